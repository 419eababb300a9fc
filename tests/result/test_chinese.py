"""The result in Chinese is in Chinese: the regulation's original text, never our English
rendering, no internal ids, and every word the page itself writes in Chinese."""

import pytest

from eligibility.templatetags import residency_messages
from tests.i18n.english import english_left
from tests.result import pages
from tests.result.conftest import ENGINEER, JOURNEYS, SCIENTIST_ABROAD

# What the engine says is translated in the catalogue (its own tests check that); a stand-in
# shows what the page writes around it.
ENGINE_MESSAGE = "引擎消息"
REGIONS = ("current-decision", "draft-decision", "comparison", "current-details", "draft-details")


@pytest.fixture
def chinese_page(client, settings, result_page):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hans"
    return result_page


@pytest.fixture
def engine_messages_in_chinese(monkeypatch):
    def stand_in(msg):
        return ENGINE_MESSAGE if msg else ""

    monkeypatch.setattr(residency_messages, "render_message", stand_in)
    monkeypatch.setattr("eligibility.result_page.render_message", stand_in)


def test_the_chinese_page_shows_the_original_text_and_no_english_rendering(submit, chinese_page):
    html = chinese_page(submit(ENGINEER))
    root = pages.parse(html)
    assert '<html lang="zh-hans">' in html
    originals = [quote.text() for quote in root.select("blockquote", class_="provision-zh")]
    assert any(text.startswith("外国人在北京已连续工作满4年") for text in originals)
    assert root.select("blockquote", class_="provision-en") == []
    assert [e for e in root.iter() if e.attrs.get("lang") == "en" and e.tag != "a"] == [
        e for e in root.iter() if e.tag == "button" and e.attrs.get("lang") == "en"
    ]  # only the "English" button; links to sources show their site's name
    text = pages.text(html)
    for english in ("Our English rendering", "The content, in our words", "Regulations of the"):
        assert english not in text
    about = pages.text(html, "draft-about-this-result")
    assert "版本 截至 2020 年 2 月 27 日的规定" in about
    assert "《中华人民共和国外国人永久居留管理条例（征求意见稿）》" in about


@pytest.mark.parametrize("name", sorted(JOURNEYS))
def test_every_word_the_page_writes_is_chinese(
    submit, chinese_page, engine_messages_in_chinese, name
):
    html = chinese_page(submit(JOURNEYS[name]))
    for region in REGIONS:
        if f'id="{region}"' in html:
            assert english_left(html, region) == [], region
    for region in ("next-steps", "could-open", "print", "what-you-can-do"):
        if f'id="{region}"' in html:
            assert english_left(html, region) == [], region


def test_the_decision_reads_in_chinese(submit, chinese_page):
    html = chinese_page(submit(SCIENTIST_ABROAD))
    current = pages.parse(html).find("current-decision")
    assert current.select("h2")[0].text() == "您现在可以申请什么"
    assert current.select("p", class_="decision-answer")[0].text() == "✓? 可以，但须获得推荐"
    assert [dt.text() for dt in current.select("dt")] == [
        "途径：",
        "接下来怎么做：",
        "可能改变这一结论的因素：",
    ]
    draft = pages.parse(html).find("draft-decision")
    assert draft.select("h2")[0].text() == "如果 2020 年征求意见稿成为法律"
    assert "征求意见稿不是法律：目前不能依据它提出申请。" in draft.text()
    assert "编号 " in pages.text(html, "main") and "，提交于" in pages.text(html, "main")
