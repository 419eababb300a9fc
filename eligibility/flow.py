"""The questionnaire: its pages in order, and when each one applies.

The position in the questionnaire is never stored. It is replayed from the answers: start at the
first page and follow the pages that apply; the first page that applies and is unanswered is the
current page, and the pages passed are the applicant's path. A page's condition only sees the
answers on the path before it, so answers kept from a branch the applicant has left (they are never
deleted) neither route the questionnaire nor reach Check your answers or the engine. It also
keeps the conditions short: a page whose condition reads an answer comes after that answer's page,
so the condition need not repeat the conditions of that page.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from eligibility import forms
from eligibility.engine.facts import FACTS_BY_NAME

Answers = dict[str, Any]

NOT_A_QUALIFYING_FAMILY_MEMBER = "none_of_these"


def always(answers: Answers) -> bool:
    return True


def selected(*situations: str) -> Callable[[Answers], bool]:
    """The condition "the applicant selected one of these situations"."""

    def condition(answers: Answers) -> bool:
        return not set(situations).isdisjoint(answers.get("situations", ()))

    return condition


works_in_china = selected("work", "academic", "enterprise_senior")
# Applicants who may bring a spouse and minor children along (draft art. 18; 2004 art. 6(1)(4);
# 2019 items 1-3).
is_principal_applicant = selected(
    "work",
    "academic",
    "enterprise_senior",
    "investment",
    "contribution",
    "achievement",
    "high_level_talent",
)
needs_government_recommendation = selected("contribution", "achievement", "high_level_talent")


def answered(question: str, *values: str) -> Callable[[Answers], bool]:
    """The condition "the answer to ``question`` is one of ``values``"."""

    def condition(answers: Answers) -> bool:
        return answers.get(question) in values

    return condition


def all_of(*conditions: Callable[[Answers], bool]) -> Callable[[Answers], bool]:
    def condition(answers: Answers) -> bool:
        return all(each(answers) for each in conditions)

    return condition


consented_to_sensitive_questions = answered("sensitive_consent", forms.SENSITIVE_AGREE)
consented_to_income_questions = answered("income_consent", forms.SENSITIVE_AGREE)
work_was_interrupted = answered("work_interrupted", "yes")


def does_not_work_in_china(answers: Answers) -> bool:
    return not works_in_china(answers)


def has_no_doctorate(answers: Answers) -> bool:
    return answers.get("highest_degree") not in (None, "doctorate")


def worked_in_a_past_year(answers: Answers) -> bool:
    return forms.work_started_before(1)(answers)


def neither_post_nor_title(answers: Answers) -> bool:
    return not forms.holds_senior_post_or_title(answers)


def post_title_or_treatment(answers: Answers) -> bool:
    return forms.holds_senior_post_or_title(answers) or answers.get("equivalent_treatment") == "yes"


def joins(member: str) -> Callable[[Answers], bool]:
    """The condition "the applicant would join this family member in China"."""

    def condition(answers: Answers) -> bool:
        return member in answers.get("family_links", ())

    return condition


def joins_qualifying_spouse(answers: Answers) -> bool:
    return answers.get("spouse_status") not in (None, NOT_A_QUALIFYING_FAMILY_MEMBER)


def joins_qualifying_relative(answers: Answers) -> bool:
    return answers.get("relative_in_china_status") not in (None, NOT_A_QUALIFYING_FAMILY_MEMBER)


def counts_days_in_china_each_year(answers: Answers) -> bool:
    """Spouses and relatives aged 60 or over: nine months in China each year, a livelihood and a
    home, and five years' residence (draft art. 17(1), (3); 2004 art. 6(1)(5), (7))."""
    return joins_qualifying_spouse(answers) or joins_qualifying_relative(answers)


def is_a_child_of_a_parent(answers: Answers) -> bool:
    """Children joining a parent, or applying as a principal applicant's child: the rules in
    force are for unmarried children."""
    return "parent" in answers.get("family_links", ()) or (
        answers.get("principal_relation") == "parent"
    )


@dataclass(frozen=True)
class Page:
    id: str
    form_class: type[forms.QuestionForm]
    applies: Callable[[Answers], bool] = always


PAGES: tuple[Page, ...] = (
    Page("about-you", forms.AboutYouForm),
    Page("situations", forms.SituationsForm),
    Page("stay", forms.StayPurposeForm),
    # Sensitive personal information: asked only with separate consent (PIPL arts. 28-29).
    Page("sensitive-questions", forms.SensitiveConsentForm),
    Page("record", forms.RecordForm, consented_to_sensitive_questions),
    Page("conviction", forms.ConvictionPlacesForm, answered("criminal_conviction", "yes")),
    Page("health", forms.HealthForm, consented_to_sensitive_questions),
    # Work in China (draft arts. 13, 15; 2004 art. 6(1)(2); 2019 items 2 and 3).
    Page("work", forms.WorkForm, works_in_china),
    Page("work-continuous-since", forms.WorkContinuousSinceForm, work_was_interrupted),
    Page("days-in-china", forms.DaysInChinaForm, works_in_china),
    Page("income-questions", forms.IncomeConsentForm, works_in_china),
    Page("wage", forms.WageForm, all_of(works_in_china, consented_to_income_questions)),
    Page(
        "wage-by-year",
        forms.WageByYearForm,
        all_of(works_in_china, consented_to_income_questions, worked_in_a_past_year),
    ),
    Page("degree", forms.DegreeForm, works_in_china),
    Page("renowned-university", forms.RenownedUniversityForm, has_no_doctorate),
    Page("academic", forms.AcademicForm, selected("academic")),
    Page("enterprise", forms.EnterpriseForm, selected("enterprise_senior")),
    Page("employer", forms.EmployerForm, works_in_china),
    Page(
        "priority-work-since",
        forms.PriorityWorkSinceForm,
        answered("priority_industry_confirmed", "yes"),
    ),
    Page("post", forms.PostForm, works_in_china),
    Page(
        "equivalent-treatment",
        forms.EquivalentTreatmentForm,
        all_of(works_in_china, neither_post_nor_title),
    ),
    Page("post-since", forms.PostSinceForm, all_of(works_in_china, post_title_or_treatment)),
    Page("key-region", forms.KeyRegionForm, answered("chinese_origin", "yes")),
    # Investment (draft art. 16; 2004 arts. 6(1)(1), 7).
    Page("investment", forms.InvestmentForm, selected("investment")),
    Page("investment-where", forms.InvestmentBreakdownForm, selected("investment")),
    Page("investment-how", forms.InvestmentFormForm, selected("investment")),
    Page("investment-kind", forms.InvestmentKindForm, selected("investment")),
    Page("tax-record", forms.TaxRecordForm, all_of(selected("investment"), does_not_work_in_china)),
    # Contribution, achievement, talent (draft arts. 11, 12; 2004 art. 6(1)(3); 2019 item 1).
    Page("contribution", forms.ContributionForm, selected("contribution")),
    Page("achievement", forms.AchievementForm, selected("achievement")),
    Page("recommendation", forms.GovernmentRecommendationForm, needs_government_recommendation),
    # Family in China (draft art. 17; 2004 art. 6(1)(5)-(7)).
    Page("family", forms.FamilyLinksForm, selected("family")),
    Page("spouse", forms.SpouseForm, joins("spouse")),
    Page("marriage", forms.MarriageForm, joins_qualifying_spouse),
    Page("living-together", forms.LivingTogetherForm, joins_qualifying_spouse),
    Page("parent", forms.ParentForm, joins("parent")),
    Page("relative", forms.RelativeForm, joins("other_direct_relative")),
    Page("relatives-abroad", forms.RelativesAbroadForm, joins_qualifying_relative),
    Page("resident-since", forms.ResidentSinceForm, counts_days_in_china_each_year),
    Page("days-each-year", forms.FewestDaysForm, counts_days_in_china_each_year),
    Page("livelihood", forms.LivelihoodForm, counts_days_in_china_each_year),
    # A spouse or parent applying on their own grounds (2004 art. 6(1)(4); 2019 items 1-3).
    Page("family-member-application", forms.PrincipalForm, selected("family_of_applicant")),
    Page("married", forms.MarriedForm, is_a_child_of_a_parent),
    Page("other-reason", forms.OtherReasonForm, selected("other_reason")),
    Page("accompanying-family", forms.AccompanyingFamilyForm, is_principal_applicant),
    Page("contact", forms.ContactForm),
)
PAGES_BY_ID: dict[str, Page] = {page.id: page for page in PAGES}


def questions_on(page: Page, answers: Answers) -> int:
    """The questions the page asks, given the answers (some are asked only after others)."""
    return len(page.form_class.fields_for(answers))


@dataclass(frozen=True)
class QuestionCount:
    """How many questions the applicant answers in all, as far as the answers so far tell: at
    least ``fewest`` and at most ``most``. Both bounds only close in as answers are given."""

    fewest: int
    most: int

    @property
    def is_exact(self) -> bool:
        return self.fewest == self.most

    @property
    def is_narrow(self) -> bool:
        """Close enough to tell as a range ("26 to 28"); otherwise only the fewest is told."""
        return self.most * 4 <= self.fewest * 5


@dataclass(frozen=True)
class Replay:
    """Where an applicant is, replayed from their answers."""

    path: tuple[Page, ...]
    current: Page | None  # None when every page that applies is answered
    answers: Answers  # the answers on the path: Check your answers and the engine read only these
    question_count: QuestionCount

    @property
    def is_complete(self) -> bool:
        return self.current is None

    def facts(self, as_of: date) -> Answers:
        """What the engine reads: the facts on the path, counted from the application date."""
        facts = {name: value for name, value in self.answers.items() if name in FACTS_BY_NAME}
        return {**facts, "as_of_date": as_of.isoformat()}

    def can_show(self, page: Page) -> bool:
        return page in self.path or page == self.current

    def answered_before(self, page: Page) -> int:
        """The questions on the path before this page."""
        index = len(self.path) if page == self.current else self.path.index(page)
        return sum(questions_on(passed, self.answers) for passed in self.path[:index])

    def previous(self, page: Page) -> Page | None:
        index = len(self.path) if page == self.current else self.path.index(page)
        return self.path[index - 1] if index else None

    def next(self, page: Page) -> Page | None:
        """The page after this one: the next on the path, else the current page (None: done)."""
        index = self.path.index(page)
        return self.path[index + 1] if index + 1 < len(self.path) else self.current


def replay(answers: Answers) -> Replay:
    path: list[Page] = []
    known: Answers = {}
    for index, page in enumerate(PAGES):
        if not page.applies(known):
            continue
        if not page.form_class.is_answered(answers):
            answered = sum(questions_on(passed, known) for passed in path)
            to_come = questions_to_come(PAGES[index:], known, answers)
            count = QuestionCount(answered + to_come.fewest, answered + to_come.most)
            return Replay(tuple(path), page, known, count)
        path.append(page)
        known.update(page.form_class.answers_of(answers))
    answered = sum(questions_on(passed, known) for passed in path)
    return Replay(tuple(path), None, known, QuestionCount(answered, answered))


def questions_to_come(
    remaining: tuple[Page, ...], known: Answers, answers: Answers
) -> QuestionCount:
    """The questions on the pages still to come, at least and at most. A page or question is
    sure to be asked when its condition holds on the answers that will be read; it may be asked
    when its condition reads an answer still open (not given yet, or given on a page that may
    not be shown); otherwise it is not asked."""
    settled = dict(known)
    still_open: set[str] = set()
    fewest = most = 0
    for page in remaining:
        page_shown = may_hold(page.applies, settled, still_open)
        if page_shown is False:
            continue
        conditions = page.form_class.field_conditions
        for name in page.form_class.question_fields():
            asked = may_hold(conditions[name], settled, still_open) if name in conditions else True
            if asked is False:
                continue
            most += 1
            if page_shown and asked:
                fewest += 1
            if page_shown and asked and name in answers:
                settled[name] = answers[name]
            else:
                still_open.add(name)
    return QuestionCount(fewest, most)


def may_hold(
    condition: Callable[[Answers], bool], settled: Answers, still_open: set[str]
) -> bool | None:
    """True or False, or None when the condition reads an answer still open."""
    reading = Reading(settled)
    holds = condition(reading)
    return None if reading.read & still_open else holds


class Reading(dict):
    """Answers that note which of them a condition reads."""

    def __init__(self, answers: Answers) -> None:
        super().__init__(answers)
        self.read: set[str] = set()

    def get(self, key: str, default: Any = None) -> Any:
        self.read.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> Any:
        self.read.add(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self.read.add(str(key))
        return super().__contains__(key)
