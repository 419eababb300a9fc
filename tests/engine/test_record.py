"""The stored record of a result: it expands back to the full result, it names a published
release, and an old record renders unchanged after the rules change."""

import copy
import json

import pytest

from eligibility.engine import RULE_SETS, evaluate
from eligibility.engine.catalogue import load
from eligibility.engine.record import expand, to_record
from tests.engine.corpus import all_answers


def without_translations(value):
    if isinstance(value, dict):
        return {
            key: without_translations(item) for key, item in value.items() if key != "translations"
        }
    if isinstance(value, list | tuple):
        return [without_translations(item) for item in value]
    return value


def as_json(value) -> object:
    return json.loads(json.dumps(value, ensure_ascii=False))


@pytest.mark.parametrize("rule_set", list(RULE_SETS))
def test_every_record_expands_to_the_full_result(rule_set: str) -> None:
    catalogue = load(rule_set, RULE_SETS[rule_set].release)
    for answers in all_answers(samples=300):
        result = evaluate(answers, rule_set)
        record = as_json(to_record(result))
        assert without_translations(expand(record, catalogue)) == as_json(result.to_dict())


def test_each_rule_set_s_release_is_published_with_its_current_texts() -> None:
    from eligibility.management.commands.publish_rule_sets import release_of

    for rule_set, rules in RULE_SETS.items():
        assert load(rule_set, rules.release) == release_of(rule_set), (
            f"{rule_set}: texts changed since release {rules.release} was published: bump the "
            "release and run manage.py publish_rule_sets"
        )


def test_an_old_record_renders_unchanged_after_its_texts_change(tmp_path, monkeypatch) -> None:
    """Records name their release, and a release never changes: a text reworded in a later
    release leaves every record made before it as the applicant saw it."""
    from eligibility.engine import catalogue
    from eligibility.results import full_result

    rules = RULE_SETS["current"]
    answers = next(a for a in all_answers(samples=50) if evaluate(a, "current").routes)
    record = as_json(to_record(evaluate(answers, "current")))
    released = load("current", rules.release)
    shown = full_result(record)

    # A later release rewords every message (in English and in Chinese).
    later = copy.deepcopy(released)
    for entry in later["messages"]:
        entry["en"] = "Reworded: " + entry["en"]
        entry["translations"] = {"zh-hans": "改写：" + entry["en"]}
    published = tmp_path / "current"
    published.mkdir()
    (published / f"{rules.release}.json").write_text(json.dumps(released), encoding="utf-8")
    (published / "2099-01-01.1.json").write_text(json.dumps(later), encoding="utf-8")
    monkeypatch.setattr(catalogue, "PUBLISHED", tmp_path)
    load.cache_clear()
    try:
        assert full_result(record) == shown
        reworded = full_result({**record, "release": "2099-01-01.1"})
        assert reworded != shown
        assert reworded["routes"][0]["conditions"][0]["reason"]["text"].startswith("Reworded: ")
    finally:
        load.cache_clear()
