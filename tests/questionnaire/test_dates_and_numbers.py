"""Dates, amounts and counts as people write them, in English and in Chinese: what is accepted,
what is refused and with which message, and how the answer is read back."""

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation

from eligibility.fields import USD, NumberQuestion
from tests.i18n.journeys import switch_language
from tests.questionnaire.applicants import HIGH_EARNER, PROFESSOR, post_data, until
from tests.questionnaire.conftest import question_url


def errors_of(response) -> str:
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    assert 'class="error-summary"' in html
    return html


def years_ago(years: int, day: date | None = None) -> date:
    day = day or timezone.localdate()
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def birth(born: date, **extra: str) -> dict:
    return {**post_data({"date_of_birth": born}), "nationality": "FR", **extra}


@pytest.fixture
def chinese(client):
    switch_language(client, "zh-hans")
    return client


# --- The date boxes -----------------------------------------------------------------------------


def boxes(html: str, name: str) -> list[tuple[str, str, str]]:
    """(name, id, label) of each date box, in the order of the page."""
    found = []
    for tag in re.findall(rf'<input type="text" name="{name}_[a-z]+"[^>]*>', html):
        box_name = re.search(r'name="([^"]+)"', tag)[1]
        box_id = re.search(r'id="([^"]+)"', tag)[1]
        label = re.search(rf'<label class="date-input-label" for="{box_id}">([^<]+)</label>', html)
        found.append((box_name, box_id, label[1]))
    return found


def test_english_date_boxes_read_day_month_year_with_labels_above(client, assessment):
    html = client.get(question_url(assessment, "about-you")).content.decode()
    assert boxes(html, "date_of_birth") == [
        ("date_of_birth_day", "id_date_of_birth_0", "Day"),
        ("date_of_birth_month", "id_date_of_birth_1", "Month"),
        ("date_of_birth_year", "id_date_of_birth_2", "Year"),
    ]
    assert re.search(
        r'<label class="date-input-label" for="id_date_of_birth_0">Day</label>\s*<input', html
    )
    assert "For example, 27 3 1985." in html


def test_chinese_date_boxes_read_year_month_day_each_followed_by_its_unit(chinese, assessment):
    html = chinese.get(question_url(assessment, "about-you")).content.decode()
    assert boxes(html, "date_of_birth") == [
        ("date_of_birth_year", "id_date_of_birth_0", "年"),
        ("date_of_birth_month", "id_date_of_birth_1", "月"),
        ("date_of_birth_day", "id_date_of_birth_2", "日"),
    ]
    assert re.search(
        r'id="id_date_of_birth_0">\s*<label class="date-input-label" for="id_date_of_birth_0">年',
        html,
    )
    assert "例如：1985 年 3 月 27 日。" in html
    # The error summary leads to the first box the applicant sees: the year.
    html = errors_of(chinese.post(question_url(assessment, "about-you"), {}))
    assert '<a href="#id_date_of_birth_0">请输入您的出生日期，例如：1985 年 3 月 27 日</a>' in html


def test_the_date_of_birth_boxes_let_the_browser_fill_in_the_birthday(client, assessment, answer):
    html = client.get(question_url(assessment, "about-you")).content.decode()
    for part in ("day", "month", "year"):
        assert re.search(rf'name="date_of_birth_{part}"[^>]*autocomplete="bday-{part}"', html)
    answer(assessment, until(PROFESSOR, "work"))
    html = client.get(question_url(assessment, "work")).content.decode()
    assert 'name="work_start_date_day"' in html and "autocomplete" not in html


def test_chinese_writers_may_type_units_and_full_width_digits(chinese, assessment):
    data = {
        "date_of_birth_year": "１９８５年",
        "date_of_birth_month": "３月",
        "date_of_birth_day": "27日",
        "nationality": "FR",
    }
    assert chinese.post(question_url(assessment, "about-you"), data).status_code == 302
    assessment.refresh_from_db()
    assert assessment.answers["date_of_birth"] == "1985-03-27"


@pytest.mark.parametrize(
    ("language", "parts", "message"),
    [
        ("en", ("12", "5", "90"), "Enter the year in full, for example 1990"),
        ("zh-hans", ("12", "5", "90"), "请填写完整的四位数年份，例如 1990"),
        ("en", ("", "", "1990"), "Date of birth must include a day and a month"),
        ("zh-hans", ("", "", "1990"), "出生日期需包括月份和日"),
        ("zh-hans", ("1", "5", ""), "出生日期需包括年份"),
        ("en", ("31", "12", "1899"), "Date of birth must be 1 January 1900 or later"),
        ("zh-hans", ("31", "12", "1899"), "出生日期不能早于 1900 年 1 月 1 日"),
    ],
)
def test_date_messages_say_how_to_fix_the_date(client, assessment, language, parts, message):
    switch_language(client, language)
    day, month, year = parts
    data = {
        "date_of_birth_day": day,
        "date_of_birth_month": month,
        "date_of_birth_year": year,
        "nationality": "FR",
    }
    assert message in errors_of(client.post(question_url(assessment, "about-you"), data))


def test_the_earliest_date_of_birth_is_accepted(client, assessment):
    response = client.post(question_url(assessment, "about-you"), birth(date(1900, 1, 1)))
    assert response.status_code == 302


# --- Dates of birth of children -----------------------------------------------------------------


def test_a_date_of_birth_of_today_is_refused(client, assessment):
    html = errors_of(
        client.post(question_url(assessment, "about-you"), birth(timezone.localdate()))
    )
    assert "Date of birth must be in the past" in html


def test_an_adult_of_18_today_is_not_asked_to_confirm(client, assessment):
    response = client.post(question_url(assessment, "about-you"), birth(years_ago(18)))
    assert response.status_code == 302


def test_a_child_is_asked_to_confirm_the_year_once_then_accepted(client, assessment):
    born = years_ago(18) + timedelta(days=1)  # 18 tomorrow
    url = question_url(assessment, "about-you")
    html = errors_of(client.post(url, birth(born)))
    assert "Check the year: with this date of birth you are 17 years old." in html
    assert (
        "If it is right, for example because you are answering for a child, select Continue."
        in html
    )
    assert (
        f'<input type="hidden" name="date_of_birth_confirmed" value="{born.isoformat()}">' in html
    )
    assessment.refresh_from_db()
    assert assessment.answers == {}

    response = client.post(url, birth(born, date_of_birth_confirmed=born.isoformat()))
    assert response.status_code == 302
    assessment.refresh_from_db()
    assert assessment.answers["date_of_birth"] == born.isoformat()

    # Back on the page, the confirmed date is sent again as it is, without a second question.
    html = client.get(url).content.decode()
    assert f'name="date_of_birth_confirmed" value="{born.isoformat()}"' in html
    response = client.post(url, birth(born, date_of_birth_confirmed=born.isoformat()))
    assert response.status_code == 302


def test_confirming_one_date_does_not_confirm_another(client, assessment):
    born = years_ago(7)
    other = years_ago(9)
    data = birth(born, date_of_birth_confirmed=other.isoformat())
    html = errors_of(client.post(question_url(assessment, "about-you"), data))
    assert "you are 7 years old" in html


def test_a_baby_is_less_than_a_year_old_in_either_language(client, assessment):
    yesterday = timezone.localdate() - timedelta(days=1)
    url = question_url(assessment, "about-you")
    html = errors_of(client.post(url, birth(yesterday)))
    assert "with this date of birth you are less than 1 year old" in html
    switch_language(client, "zh-hans")
    html = errors_of(client.post(url, birth(years_ago(16))))
    assert "请核对年份：按这个出生日期，您现在 16 周岁。" in html
    html = errors_of(client.post(url, birth(yesterday)))
    assert "您还不满 1 周岁" in html


def test_other_dates_may_be_today(client, assessment, answer):
    answer(assessment, until(PROFESSOR, "work"))
    form = {**PROFESSOR["work"], "work_start_date": timezone.localdate()}
    response = client.post(question_url(assessment, "work"), post_data(form))
    assert response.status_code == 302


# --- Amounts ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("350,000", 350000),
        ("350 000", 350000),
        ("350\u202f000", 350000),  # a narrow no-break space, as some keyboards group digits
        ("35万", 350000),
        ("1.2万", 12000),
        ("35 万元", 350000),
        ("人民币35万元", 350000),
        ("¥350,000", 350000),
        ("￥350,000", 350000),
        ("RMB 120,000", 120000),
        ("CNY120000", 120000),
        ("120,000元", 120000),
        ("３５０，０００", 350000),
        ("350k", 350000),
        ("1.5 million", 1500000),
        ("12,00,000", 1200000),  # grouped the Indian way
        ("350,000.50", 350000.5),
        ("1.2345万", 12345),
    ],
)
def test_amounts_are_read_as_people_write_them(client, assessment, answer, typed, stored):
    answer(assessment, until(PROFESSOR, "wage"))
    answer(assessment, {"wage": {**PROFESSOR["wage"], "annual_wage_now_rmb": typed}})
    assert assessment.answers["annual_wage_now_rmb"] == stored


GROUPING = (
    "Put commas only between thousands, for example 1,200,000, or leave them out. "
    "Use a full stop only before decimals"
)
IN_RMB = "Enter the amount in RMB: convert other currencies first"
AS_A_NUMBER = "Enter your annual wage as a number, for example 700,000"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("1,2,3", GROUPING),
        ("1,23", GROUPING),
        ("1,2345", GROUPING),
        ("1.200.000", GROUPING),
        ("350.000", GROUPING),  # 350 thousand, or 350 with three decimals?
        ("1, 200", GROUPING),
        ("USD 500,000", IN_RMB),
        ("$500,000", IN_RMB),
        ("50万美元", IN_RMB),
        ("€5,000", IN_RMB),
        ("35万5", AS_A_NUMBER),
        ("35 days", AS_A_NUMBER),
        ("0.001", AS_A_NUMBER),
        ("万", AS_A_NUMBER),
        ("-¥5", "Your annual wage must be 0 or more"),
        ("2万亿", AS_A_NUMBER),
        ("2,000,000,000,001", "Your annual wage must be RMB 1,000,000,000,000 or less"),
    ],
)
def test_unclear_amounts_are_refused_with_what_to_write(client, assessment, answer, typed, message):
    answer(assessment, until(PROFESSOR, "wage"))
    data = {**PROFESSOR["wage"], "annual_wage_now_rmb": typed}
    html = errors_of(client.post(question_url(assessment, "wage"), data))
    assert message in html
    assert f'value="{typed}"' in html.replace("&#x27;", "'")  # what was typed is kept


def test_amount_messages_in_chinese(chinese, assessment, answer):
    answer(assessment, until(PROFESSOR, "wage"))
    url = question_url(assessment, "wage")
    html = errors_of(
        chinese.post(url, {"annual_wage_now_rmb": "1,2,3", "average_wage_unknown": "on"})
    )
    assert "逗号只能用来分隔千位（例如 1,200,000），也可以不写逗号" in html
    html = errors_of(chinese.post(url, {"annual_wage_now_rmb": "$5", "average_wage_unknown": "on"}))
    assert "请以人民币填写金额（其他货币请先折算）" in html
    data = {"annual_wage_now_rmb": "9" * 20, "average_wage_unknown": "on"}
    assert "工资性年收入不能超过人民币 1,000,000,000,000 元" in errors_of(chinese.post(url, data))
    assert "例如：700,000" in html


@pytest.mark.parametrize(
    ("language", "typed", "read_back"),
    [
        ("en", "35万", "RMB 350,000"),
        ("en", "¥1.2 million", "RMB 1,200,000"),
        ("en", "350000.5", "RMB 350,000.50"),
        ("zh-hans", "35万", "人民币 350,000 元"),
        ("zh-hans", "RMB 120,000", "人民币 120,000 元"),
    ],
)
def test_amounts_are_read_back_in_the_language_on_check_your_answers(
    client, assessment, answer, language, typed, read_back
):
    switch_language(client, language)
    answer(
        assessment, {**HIGH_EARNER, "wage": {**HIGH_EARNER["wage"], "annual_wage_now_rmb": typed}}
    )
    html = client.get(reverse("eligibility:check", args=[assessment.public_id])).content.decode()
    assert f"<p>{read_back}</p>" in html
    # Back on the page, the box shows the amount as read, so that a slip shows.
    html = client.get(question_url(assessment, "wage")).content.decode()
    assert f'value="{read_back.split(" ")[1]}"' in html


def usd_question() -> NumberQuestion:
    return NumberQuestion(
        label="How much have you invested?",
        currency=USD,
        minimum=Decimal(0),
        maximum=Decimal(10) ** 12,
        errors={"required": "Enter it", "invalid": "Not a number", "minimum": "", "maximum": ""},
    )


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("USD 500,000", 500000),
        ("$500,000", 500000),
        ("500,000 USD", 500000),
        ("US$1.2m", 1200000),
        ("50万美元", 500000),
        ("50万美金", 500000),
    ],
)
def test_an_amount_in_us_dollars_accepts_dollar_signs(typed, read):
    assert usd_question().clean(typed) == read


@pytest.mark.parametrize("typed", ["¥500,000", "RMB 500,000", "500,000元"])
def test_an_amount_in_us_dollars_refuses_rmb(typed):
    with translation.override("en"):
        with pytest.raises(ValidationError) as refused:
            usd_question().clean(typed)
        assert refused.value.messages == [
            "Enter the amount in US dollars: convert other currencies first"
        ]


def test_an_amount_in_us_dollars_is_shown_in_dollars():
    field = usd_question()
    with translation.override("en"):
        assert field.display(500000) == ["USD 500,000"]
    with translation.override("zh-hans"):
        assert field.display(500000) == ["500,000 美元"]


# --- Days ---------------------------------------------------------------------------------------


def test_days_since_work_started_are_capped_at_the_days_since_then(client, assessment, answer):
    answer(assessment, until(PROFESSOR, "days-in-china"))
    url = question_url(assessment, "days-in-china")
    possible = (timezone.localdate() - date(2016, 9, 1)).days + 1
    days = PROFESSOR["days-in-china"]
    html = errors_of(
        client.post(url, {**days, "days_in_china_since_work_start": str(possible + 1)})
    )
    assert (
        f"The number of days cannot be more than {possible:,} days, the time since you "
        "started working in China"
    ) in html
    switch_language(client, "zh-hans")
    html = errors_of(client.post(url, {**days, "days_in_china_since_work_start": "99,999"}))
    assert f"天数不能超过 {possible:,} 天，即自您开始在中国工作以来的总天数" in html
    answer(assessment, {"days-in-china": {**days, "days_in_china_since_work_start": str(possible)}})
    assert assessment.answers["days_in_china_since_work_start"] == possible


@pytest.mark.parametrize(
    ("typed", "stored"), [("900天", 900), ("1,200 days", 1200), ("９００", 900)]
)
def test_days_may_be_typed_with_their_unit(client, assessment, answer, typed, stored):
    answer(assessment, until(PROFESSOR, "days-in-china"))
    answer(
        assessment,
        {"days-in-china": {**PROFESSOR["days-in-china"], "days_in_china_since_work_start": typed}},
    )
    assert assessment.answers["days_in_china_since_work_start"] == stored


@pytest.mark.parametrize("typed", ["9万", "¥900", "900.5"])
def test_days_are_a_whole_number_without_money_or_multipliers(client, assessment, answer, typed):
    answer(assessment, until(PROFESSOR, "days-in-china"))
    data = {**PROFESSOR["days-in-china"], "days_in_china_since_work_start": typed}
    html = errors_of(client.post(question_url(assessment, "days-in-china"), data))
    assert "Enter the number of days as a whole number, for example 900" in html
