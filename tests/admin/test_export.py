import csv
import io
from datetime import datetime

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from eligibility.engine import RULE_SETS
from eligibility.engine.facts import FACTS
from eligibility.models import Assessment, Note
from tests.admin.conftest import HIGH_EARNER, PROFESSOR, STARTED, MakeAssessment

CHANGELIST = reverse("admin:eligibility_assessment_changelist")
ROUTE_IDS = [route.id for rules in RULE_SETS.values() for route in rules.routes]


def export(
    client: Client, *assessments: Assessment, action: str = "export_csv_codes", **headers: str
) -> tuple[bytes, list[dict[str, str]]]:
    response = client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [a.pk for a in assessments]},
        headers=headers,
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
    assert "王芳".encode() in content
    assert rows[0]["nationality"] == "DE"
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
    assert rows[0]["nationality"] == "Kenyan"  # as written before the list of countries
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


def test_the_export_for_people_reads_in_the_advisors_language(
    admin_client: Client, admin_user, make_assessment: MakeAssessment
) -> None:
    professor = make_assessment(
        {**PROFESSOR, "health_conditions": ["serious_mental_or_infectious"]},
        contact=("王芳", "fang@example.cn"),
    )
    Assessment.objects.filter(pk=professor.pk).update(review_status="awaiting_applicant")
    Note.objects.create(
        assessment=professor,
        author=admin_user,
        text="First call.",
        created_at=timezone.make_aware(datetime(2026, 11, 3, 9, 0)),
    )
    Note.objects.create(
        assessment=professor,
        author=admin_user,
        text="=Second call.",
        created_at=timezone.make_aware(datetime(2026, 11, 4, 9, 0)),
    )

    content, rows = export(admin_client, professor, action="export_csv")

    row = rows[0]
    assert content.startswith(b"\xef\xbb\xbf")
    header = next(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert len(header) == len(set(header)) == len(row)
    assert row["Reference"] == professor.reference
    assert row["Status"] == "Submitted"
    assert row["Best outcome under the rules in force"] == "Does not meet the conditions"
    assert row["Best outcome under the 2020 draft"] == "Meets the conditions"
    assert row["Review status"] == "Awaiting applicant"
    assert row["Agreed to be contacted"] == "Yes"
    assert row["Refusal risks indicated"] == "Medical"
    assert row["Notes (newest first)"] == (
        "2026-11-04 09:00 admin: =Second call.\n2026-11-03 09:00 admin: First call."
    )
    assert row["What is your nationality?"] == "Germany"
    assert row["Which of these apply to you?"] == (
        "I work in China; I hold an academic or research post at a university or research "
        "institute in China"
    )
    assert row["What is your date of birth?"] == "1975-05-12"
    assert row["Gross wage income (annual_wage_rmb_2)"] == "600000"
    assert (
        row[
            "Art. 15(1): Doctorate or degree from a renowned university, with 3 years' work "
            "in China"
        ]
        == "Meets the conditions"
    )


def test_the_export_for_people_in_chinese(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    _content, rows = export(
        admin_client, make_assessment(PROFESSOR), action="export_csv", accept_language="zh-hans"
    )

    row = rows[0]
    assert row["审查状态"] == "新提交"
    assert row["现行规定下的最佳结果"] == "符合条件"
    assert row["您的国籍"] == "德国"
    assert not any(key.isascii() and key.isalpha() for key in row)


def test_the_export_for_software_has_notes_consent_and_risks_as_codes(
    admin_client: Client, admin_user, make_assessment: MakeAssessment
) -> None:
    professor = make_assessment(
        {**PROFESSOR, "criminal_conviction": "yes"}, contact=("Anna", "anna@example.com")
    )
    Note.objects.create(assessment=professor, author=admin_user, text="Called.")

    _content, rows = export(admin_client, professor)

    assert rows[0]["contact_consent"] == "True"
    assert rows[0]["indicated_risks"] == "criminal_conviction"
    assert rows[0]["notes"].endswith(" admin: Called.")
    assert rows[0]["review_status"] == "new"


def test_the_export_runs_as_many_queries_for_many_notes(
    admin_client: Client, admin_user, make_assessment: MakeAssessment
) -> None:
    def queries_for(assessments: list[Assessment]) -> int:
        with CaptureQueriesContext(connection) as queries:
            export(admin_client, *assessments, action="export_csv")
        return len(queries)

    few = [make_assessment(PROFESSOR) for _ in range(2)]
    for_few = queries_for(few)
    many = few + [make_assessment(HIGH_EARNER) for _ in range(8)]
    for assessment in many:
        Note.objects.create(assessment=assessment, author=admin_user, text="Note.")

    assert queries_for(many) == for_few
