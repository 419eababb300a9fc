"""The draft_2020 rule set as declared: routes, citations, texts, labels."""

import re
from pathlib import Path

import pytest

from eligibility.engine import RULE_SETS, Confidence, Outcome, evaluate
from eligibility.engine.model import ConditionKind
from tests.engine.corpus import all_answers
from tests.engine.tables import load_cases

ROOT = Path(__file__).resolve().parents[2]
ENGINE = ROOT / "eligibility" / "engine"
DRAFT = RULE_SETS["draft_2020"]
ROUTES = DRAFT.routes
ALL_ROUTES = (*ROUTES, *(family.route for family in DRAFT.accompanying_family))
# Routes with no published criteria or standard: never better than "cannot tell".
NO_CRITERIA = {
    "draft_a11_4_contribution_other",
    "draft_a16_investment_encouraged",
    "draft_a16_investment_hightech_innovative",
    "draft_a18_accompanying_family",
    "draft_a19_other_legitimate_reason",
}


@pytest.fixture(scope="module")
def snapshots() -> list[dict]:
    return [evaluate(answers, "draft_2020").to_dict() for answers in all_answers()]


def test_the_rule_set_names_the_draft_and_says_it_is_not_law() -> None:
    assert DRAFT.id == "draft_2020"
    assert DRAFT.version == "2020-02-27"
    assert DRAFT.title_zh == "《中华人民共和国外国人永久居留管理条例（征求意见稿）》"
    assert DRAFT.status["text"] == "Consultation draft, not in force"
    assert DRAFT.label["text"] == "Proposed rule (2020 consultation draft), not law"
    snapshot = evaluate({}).to_dict()
    assert snapshot["rule_set"]["id"] == "draft_2020"
    assert snapshot["rule_set"]["label"] == DRAFT.label


def test_route_ids_are_unique_and_stable_in_form() -> None:
    ids = [route.id for route in ALL_ROUTES]
    assert len(ids) == len(set(ids)) == 21
    for id in ids:
        assert re.fullmatch(r"draft_a\d+(_\d+)?_[a-z0-9_]+", id), id


@pytest.mark.parametrize("route", ALL_ROUTES, ids=lambda route: route.id)
def test_every_route_cites_its_article_and_has_documents(route) -> None:
    assert route.id.startswith(f"draft_a{route.citation.article}_")
    assert route.citation.rule_set == "draft_2020"
    assert route.citation.snapshot["label"]["text"].startswith("Art. ")
    assert route.confidence in set(Confidence)
    assert route.title["text"] and route.text_en
    assert route.documents and all(document["text"] for document in route.documents)
    assert route.sources


@pytest.mark.parametrize("route", ALL_ROUTES, ids=lambda route: route.id)
def test_chinese_text_only_where_the_text_is_known(route) -> None:
    if route.confidence is Confidence.SUBSTANCE_ONLY:
        assert route.text_zh is None
    else:
        assert route.text_zh and route.text_zh.startswith(f"第{_chinese_number(route)}条")


def _chinese_number(route) -> str:
    return {10: "十", 11: "十一", 12: "十二", 13: "十三", 17: "十七", 19: "十九"}[
        route.citation.article
    ]


def test_substance_only_routes_are_arts_13_3_15_16_and_18() -> None:
    substance_only = {
        (route.citation.article, route.citation.item)
        for route in ALL_ROUTES
        if route.confidence is Confidence.SUBSTANCE_ONLY
    }
    assert substance_only == {(13, 3), (15, 1), (15, 2), (15, 3), (15, 4), (16, None), (18, None)}


def test_the_investment_route_takes_no_side_on_adding_up_investments() -> None:
    """Whether several investments add up is not known (A15): no "累计" (cumulative) in what
    the art. 16 route says of the amount, in either language."""
    from django.utils import translation

    from eligibility.messages import render_message

    route = next(route for route in DRAFT.routes if route.id == "draft_a16_investment_10m")
    amount = next(c for c in route.conditions if c.id == "investment_10_million")
    with translation.override("zh-hans"):
        for text in (render_message(route.title), render_message(amount.label)):
            assert "累计" not in text
    assert "totals" not in amount.label["text"]
    assert "whether several investments add up" in route.text_en


@pytest.mark.parametrize("route", ROUTES, ids=lambda route: route.id)
def test_a_recommendation_condition_exactly_where_one_is_required(route) -> None:
    kinds = {condition.kind for condition in route.conditions}
    assert (ConditionKind.RECOMMENDATION in kinds) == (route.recommendation.required is True)
    if route.recommendation.required:
        assert route.recommendation.by["text"]


def test_every_route_has_its_best_and_a_not_eligible_case_in_the_tables() -> None:
    expected: dict[str, set[str]] = {route.id: set() for route in ROUTES}
    for case in load_cases():
        for key, outcome in case.expected.items():
            if key in expected:
                expected[key].add(outcome)
    for id, outcomes in expected.items():
        best = Outcome.UNDETERMINED if id in NO_CRITERIA else Outcome.ELIGIBLE
        assert {best, Outcome.NOT_ELIGIBLE} <= outcomes, id


def test_routes_without_criteria_are_never_better_than_cannot_tell(snapshots) -> None:
    for snapshot in snapshots:
        for route in [*snapshot["routes"], *snapshot["accompanying_family"]]:
            if route["id"] in NO_CRITERIA:
                assert route["outcome"] in ("undetermined", "not_eligible")


def test_every_result_carries_the_duty_after_grant_and_the_procedure(snapshots) -> None:
    for snapshot in snapshots[:3]:
        duty = snapshot["duty_after_grant"]
        assert duty["minimum_days_per_year"] == 90
        assert duty["text_zh"] == "永久居留外国人每年在中国境内实际居留时间不得少于三个月。"
        assert duty["exception"]["text"].startswith("Whether any exception exists is not known")
        assert "three_months_as_90_days" in {reading["id"] for reading in snapshot["readings"]}
        procedure = snapshot["procedure"]
        assert procedure["time_limit_days"] == 120
        assert [step["id"] for step in procedure["steps"]] == ["P1", "P2", "P3", "P4", "P5", "P6"]


ART_16_ROUTES = (
    "draft_a16_investment_10m",
    *sorted(NO_CRITERIA & {r.id for r in ROUTES if r.citation.article == 16}),
)


@pytest.mark.parametrize("id", ART_16_ROUTES)
def test_art_16_says_its_number_rests_on_one_source_and_its_recommendation_is_not_known(
    id: str,
) -> None:
    route = next(route for route in ROUTES if route.id == id)
    assert route.recommendation.required is None
    assert route.citation.snapshot["number_note"]["text"] == "Article number given by one source."


def test_art_18_says_its_number_and_content_are_inferred() -> None:
    (family,) = DRAFT.accompanying_family
    route = family.route
    assert route.citation.snapshot["number_note"]["text"] == (
        "Article number inferred; content inferred."
    )
    assert route.text_en.startswith("Content inferred:")
    assert route.recommendation.required is None


@pytest.mark.parametrize("route", [r for r in ROUTES if r.citation.article == 15], ids=str)
def test_art_15_notes_cite_the_open_question_on_tax_and_say_the_wording_is_missing(
    route,
) -> None:
    assert route.citation.snapshot["number_note"]["text"] == (
        "Article number given by secondary sources."
    )
    (note,) = route.notes
    assert "open question A13 for the tax" in note["text"]
    assert "the wording is not available" in note["text"]


def test_fraud_is_a_ground_in_this_application_not_a_past_finding() -> None:
    snapshot = evaluate({"false_information": "yes"}, "draft_2020").to_dict()
    grounds = {ground["id"]: ground["message"] for ground in snapshot["refusal_grounds"]["grounds"]}
    assert grounds["R4"]["text"] == "The applicant practised fraud in the application."
    risk = next(risk for risk in snapshot["risks"] if risk["id"] == "false_information")
    assert risk["status"] == "indicated"
    assert tuple(risk["grounds"]) == ("R6", "R4")
    assert (
        "Fraud in this application would itself be a ground for refusal."
        in (risk["message"]["text"])
    )


def test_cancellation_is_cited_as_the_law_in_force_not_as_the_draft() -> None:
    duty = evaluate({}, "draft_2020").to_dict()["duty_after_grant"]
    citation = duty["cancellation_citation"]
    assert citation["rule_set"] == "exit_entry_law"
    assert citation["label"]["text"] == (
        "Exit and Entry Administration Law, art. %(article)s, items (1) to (5): law in force, "
        "not part of the draft"
    )
    assert "in force whatever becomes of the draft" in duty["cancellation"]["text"]
