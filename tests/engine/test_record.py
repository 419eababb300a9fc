"""The stored record of a result: it expands back to the full result, it names a published
release, and an old record renders unchanged after the rules change."""

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
