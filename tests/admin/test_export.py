import csv
import io

from django.test import Client
from django.urls import reverse

from eligibility.engine import RULE_SETS
from eligibility.engine.facts import FACTS
from eligibility.models import Assessment
from tests.admin.conftest import HIGH_EARNER, PROFESSOR, STARTED, MakeAssessment

CHANGELIST = reverse("admin:eligibility_assessment_changelist")
ROUTE_IDS = [route.id for rules in RULE_SETS.values() for route in rules.routes]


def export(client: Client, *assessments: Assessment) -> tuple[bytes, list[dict[str, str]]]:
    response = client.post(
        CHANGELIST,
        {"action": "export_csv", "_selected_action": [a.pk for a in assessments]},
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="assessments-')
    content = b"".join(response.streaming_content)
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
    return content, rows


def test_it_starts_with_a_byte_order_mark_so_that_excel_reads_chinese(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    professor = make_assessment(PROFESSOR, contact=("王芳", "fang@example.cn"))

    content, rows = export(admin_client, professor)

    assert content.startswith(b"\xef\xbb\xbf")
    assert "德国".encode() in content
    assert rows[0]["nationality"] == "德国"
    assert rows[0]["contact_name"] == "王芳"


def test_it_has_one_column_per_fact_and_per_route(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    _content, rows = export(admin_client, make_assessment(PROFESSOR))

    columns = list(rows[0])
    assert columns[:3] == ["reference", "status", "language"]
    for fact in FACTS:
        assert fact.name in columns
    for route_id in ROUTE_IDS:
        assert route_id in columns
    assert len(columns) == len(set(columns))


def test_it_has_one_row_per_selected_assessment_with_its_answers_and_outcomes(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    professor = make_assessment(PROFESSOR)
    high_earner = make_assessment(HIGH_EARNER)
    make_assessment(PROFESSOR)  # not selected

    _content, rows = export(admin_client, professor, high_earner)

    by_reference = {row["reference"]: row for row in rows}
    assert set(by_reference) == {professor.reference, high_earner.reference}
    row = by_reference[professor.reference]
    assert row["status"] == "submitted"
    assert row["best_outcome_current"] == "eligible"
    assert row["best_outcome_draft"] == "eligible"
    assert row["as_of_date"] == "2026-11-02"
    assert row["annual_wage_rmb"] == "600000"
    assert row["situations"] == "work; academic"
    assert row["marriage_date"] == ""
    assert row["draft_a15_1_doctorate_or_renowned_university"] == "eligible"
    assert row["draft_a17_1_spouse"] == "not_eligible"
    assert row["cur_a6_2_senior_post_or_title"] == "eligible"
    assert row["cur_2019_2_salary_tax"] == "not_eligible"
    assert by_reference[high_earner.reference]["draft_a15_1_doctorate_or_renowned_university"] == (
        "not_eligible"
    )


def test_it_exports_assessments_in_progress_without_outcomes(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    started = make_assessment(STARTED, submitted=False)

    _content, rows = export(admin_client, started)

    assert rows[0]["status"] == "in_progress"
    assert rows[0]["nationality"] == "Kenyan"
    assert rows[0]["draft_a17_1_spouse"] == ""


def test_text_an_applicant_typed_never_runs_as_a_formula(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(PROFESSOR, contact=("=HYPERLINK(1)", "a@example.com"))

    _content, rows = export(admin_client, assessment)

    assert rows[0]["contact_name"] == "'=HYPERLINK(1)"


def test_advisors_can_export(advisor_client: Client, make_assessment: MakeAssessment) -> None:
    _content, rows = export(advisor_client, make_assessment(PROFESSOR))

    assert len(rows) == 1
