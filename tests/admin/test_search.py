import pytest
from django.test import Client
from django.urls import reverse

from eligibility.admin.search import reference_in
from eligibility.models import Assessment
from tests.admin.conftest import HIGH_EARNER, NO_SITUATION, PROFESSOR, SPOUSE, MakeAssessment

CHANGELIST = reverse("admin:eligibility_assessment_changelist")


def listed(client: Client, **params: str) -> set[str]:
    response = client.get(CHANGELIST, params)
    assert response.status_code == 200
    return {assessment.reference for assessment in response.context["cl"].result_list}


@pytest.fixture
def people(make_assessment: MakeAssessment) -> dict[str, Assessment]:
    people = {
        "marie": make_assessment(PROFESSOR, contact=("Marie Dubois", "marie.dubois@example.fr")),
        "wang": make_assessment(HIGH_EARNER, contact=("Wang Wei", "Wang.Wei@Example.com")),
        "zhang": make_assessment(SPOUSE, contact=("张敏", "zhangmin88@example.cn")),
        "nobody": make_assessment(NO_SITUATION),
    }
    Assessment.objects.filter(pk=people["marie"].pk).update(reference="RP-TBPF-GW")
    people["marie"].refresh_from_db()
    return people


def references(people: dict[str, Assessment], *names: str) -> set[str]:
    return {people[name].reference for name in names}


@pytest.mark.parametrize(
    ("term", "found"),
    [
        ("Dubois", {"marie"}),
        ("dubo", {"marie"}),
        ("ie dub", {"marie"}),
        ("wei", {"wang"}),
        ("WANG", {"wang"}),
        ("敏", {"zhang"}),
        ("张敏", {"zhang"}),
        ("Smith", set()),
    ],
)
def test_any_part_of_a_name_in_either_script(
    admin_client: Client, people: dict[str, Assessment], term: str, found: set[str]
) -> None:
    assert listed(admin_client, q=term) == references(people, *found)


@pytest.mark.parametrize(
    ("term", "found"),
    [
        ("marie.dubois@example.fr", {"marie"}),
        ("wang.wei@example.COM", {"wang"}),
        ("zhangmin88", {"zhang"}),
        ("example.cn", {"zhang"}),
        ("@example.", {"marie", "wang", "zhang"}),
        ("wang@example.com", set()),
    ],
)
def test_any_part_of_an_email_address(
    admin_client: Client, people: dict[str, Assessment], term: str, found: set[str]
) -> None:
    assert listed(admin_client, q=term) == references(people, *found)


@pytest.mark.parametrize(
    "typed",
    ["RP-TBPF-GW", "TBPF-GW", "RP TBPF GW", "rptbpfgw", "tbpfgw", " rp-tbpf-gw ", "TBPF GW"],
)
def test_a_reference_with_or_without_prefix_and_separators(
    admin_client: Client, people: dict[str, Assessment], typed: str
) -> None:
    assert listed(admin_client, q=typed) == references(people, "marie")


def test_a_reference_needs_all_its_characters() -> None:
    assert reference_in("TBPF-G") is None
    assert reference_in("RP-TBPF-GWX") is None
    assert reference_in("RP-TBPF-G0") is None  # 0 is not in the alphabet


@pytest.mark.parametrize(
    ("term", "found"),
    [
        ("Germany", {"marie"}),
        ("german", {"marie"}),
        ("德国", {"marie"}),
        ("canada", {"wang"}),
        ("巴西", {"zhang"}),
        ("France", {"nobody"}),
        ("Kenya", set()),
    ],
)
def test_a_nationality_in_either_language(
    admin_client: Client, people: dict[str, Assessment], term: str, found: set[str]
) -> None:
    assert listed(admin_client, q=term) == references(people, *found)


def test_a_search_inside_a_filtered_list_says_when_it_finds_something_elsewhere(
    admin_client: Client, people: dict[str, Assessment]
) -> None:
    Assessment.objects.filter(pk=people["marie"].pk).update(review_status="reviewed")

    page = admin_client.get(CHANGELIST, {"q": "Dubois", "review": "new"}).content.decode()

    assert (
        "Nothing in this filtered list matches “Dubois”, but 1 assessment matches it in all "
        "assessments."
    ) in page
    assert 'href="?q=Dubois">Search all assessments</a>' in page


def test_a_search_that_finds_nothing_anywhere_says_nothing_more(
    admin_client: Client, people: dict[str, Assessment]
) -> None:
    page = admin_client.get(CHANGELIST, {"q": "Smith", "review": "new"}).content.decode()

    assert "Nothing in this filtered list matches" not in page
    assert "0 results" in page
