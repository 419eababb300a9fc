"""Fake assessments for trying out and benchmarking the admin (``manage.py generate_assessments``).

Answers start from the engine's sample profiles (professors, high earners, spouses, investors…)
and are completed page by page along the questionnaire, so that every page on the applicant's
path is answered as the questionnaire would store it. They look like real applicants: born long
enough before they started work or married, minors rare and never with contact details, few
seriously ill, nationalities as country codes, and each result (under each rule set) evaluated
as of the day it was submitted. Evaluating and storing results is slow, so a few distinct
answer sets are evaluated for each day, and the day's rows reuse them
(``FakeAssessments`` says how results are stored). The same seed gives the same assessments,
apart from their times, counted back from now, and their public ids: those are the
applicants' private keys, drawn at random as always.
"""

import json
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db import reset_queries, transaction
from django.db.models import Expression, JSONField, Subquery, Value
from django.db.models.functions import Cast
from django.utils import timezone

from eligibility import flow
from eligibility.engine import RULE_SETS, evaluate, samples
from eligibility.engine.record import to_record
from eligibility.fields import (
    ChoiceQuestion,
    DateQuestion,
    MultipleChoiceQuestion,
    NumberQuestion,
    QuestionField,
)
from eligibility.models import (
    BEST_OUTCOME_FIELDS,
    OPEN_OUTCOMES,
    Assessment,
    IndicatedRisk,
    OpenRoute,
)
from eligibility.references import ALPHABET, PREFIX
from eligibility.results import indicated_risks

Answers = dict[str, Any]

# Nationality codes, weighted roughly as foreigners living in China.
NATIONALITIES = {
    "en": ("US", "GB", "DE", "FR", "CA", "AU", "IN", "BR", "KE", "RU", "IT", "PK", "NG", "ES"),
    "zh-hans": ("KR", "JP", "SG", "MY", "US", "RU", "PK", "TH", "VN", "AU", "CA", "DE"),
}  # fmt: skip
# Names with the e-mail address their owner would use.
NAMES = {
    "en": (("Marie Dubois", "marie.dubois"), ("Jonas Weber", "jonas.weber"),
           ("Emily Carter", "emily.carter"), ("Oliver Smith", "osmith"),
           ("Hiroshi Tanaka", "h.tanaka"), ("Min-jun Kim", "minjun.kim"),
           ("Priya Sharma", "priya.sharma"), ("Lucas Silva", "lucas.silva"),
           ("Amina Otieno", "amina.otieno"), ("Ivan Petrov", "ivan.petrov")),
    "zh-hans": (("王伟", "wangwei"), ("李娜", "lina"), ("张敏", "zhangmin"), ("刘洋", "liuyang"),
                ("陈静", "chenjing"), ("杨帆", "yangfan"), ("Tanaka Yuki", "yuki.tanaka"),
                ("Kim Ji-woo", "jiwoo.kim")),
}  # fmt: skip
MAIL_DOMAINS = ("example.com", "example.org", "example.net", "example.cn")
# How often each kind of applicant comes: minors (children of a Chinese parent, or of someone
# applying on their own grounds) are rare.
PROFILE_WEIGHTS = {
    samples.professor: 14,
    samples.high_earner: 30,
    samples.spouse: 25,
    samples.investor: 10,
    samples.minor: 2,
    samples.elderly: 7,
    samples.dependant: 3,
    samples.distinguished: 9,
}
# The sample profiles give each health answer as often as no illness: a stress test, not real
# life. About 2 in 100 applicants know of a serious illness.
HEALTH_WEIGHTS = {(): 96, ("serious_mental_or_infectious",): 2, ("other_listed",): 2}
ADULT = 18
# The youngest age at which people start work or marry, and the dates that tell.
EVENTS_FROM_AGE = {
    "work_start_date": 21,
    "work_continuous_since": 21,
    "marriage_date": 20,
    "living_together_in_china_since": 20,
}
LANGUAGE_WEIGHTS = {"en": 7, "zh-hans": 3}
REVIEW_WEIGHTS = {
    Assessment.ReviewStatus.NEW: 70,
    Assessment.ReviewStatus.IN_REVIEW: 10,
    Assessment.ReviewStatus.REVIEWED: 15,
    Assessment.ReviewStatus.CONTACTED: 5,
}
IN_PROGRESS_SHARE = 0.1
CONTACT_SHARE = 0.3
# Answer sets evaluated for each day with submissions; the day's rows reuse them.
ENTRIES_PER_DAY = 6
# Written by the questionnaire as numbers; some sample profiles give them as text.
NUMBER_FACTS = ("local_average_wage_rmb", "investment_paid_in", "annual_wage_rmb")


def fake_answers(rng: random.Random, as_of: date) -> Answers:
    """A sample profile's answers, completed along the questionnaire's pages."""
    profile = rng.choices(list(PROFILE_WEIGHTS), weights=PROFILE_WEIGHTS.values())[0]
    answers = profile(rng, as_of)
    answers.pop("as_of_date", None)  # the questionnaire adds it on submitting
    for name in NUMBER_FACTS:
        if isinstance(answers.get(name), str):
            answers[name] = round(float(answers[name]))
    answers["date_of_birth"] = born_before_events(rng, answers)
    if "health_conditions" in answers:
        health = rng.choices(list(HEALTH_WEIGHTS), weights=HEALTH_WEIGHTS.values())[0]
        answers["health_conditions"] = list(health)
    is_minor = age_on(answers["date_of_birth"], as_of) < ADULT
    answers["contact"] = "yes" if not is_minor and rng.random() < CONTACT_SHARE else "no"
    # The profiles that answer the record questions agreed to answer them.
    answers["sensitive_consent"] = "agree" if "criminal_conviction" in answers else "decline"
    if "work" in answers.get("situations", ()):
        answers["income_consent"] = "agree" if "annual_wage_now_rmb" in answers else "decline"
    for _page in flow.PAGES:
        page = flow.replay(answers).current
        if page is None:
            break
        for name, field in page.form_class.fields_for(answers).items():
            if field.required:
                answers.setdefault(name, any_answer(rng, field, as_of))
    return answers


def born_before_events(rng: random.Random, answers: Answers) -> str:
    """The date of birth, moved back where the applicant would have started work or married
    too young."""
    born = date.fromisoformat(answers["date_of_birth"])
    latest = min(
        (
            years_before(date.fromisoformat(answers[name]), age)
            for name, age in EVENTS_FROM_AGE.items()
            if isinstance(answers.get(name), str)
        ),
        default=born,
    )
    if born > latest:
        born = latest - timedelta(days=rng.randint(0, 12 * 365))
    return born.isoformat()


def years_before(day: date, years: int) -> date:
    return day.replace(
        year=day.year - years, day=28 if (day.month, day.day) == (2, 29) else day.day
    )


def age_on(born: str, day: date) -> int:
    birth = date.fromisoformat(born)
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def any_answer(rng: random.Random, field: QuestionField, as_of: date) -> Any:
    """A plausible answer to a question the sample profile left open."""
    if isinstance(field, MultipleChoiceQuestion):
        values = [value for value, _label in field.choices if value != "none"]
        return rng.sample(values, rng.randint(0, min(2, len(values))))
    if isinstance(field, ChoiceQuestion):
        return rng.choice([value for value, _label in field.choices])
    if isinstance(field, DateQuestion):
        return (as_of - timedelta(days=rng.randint(30, 3650))).isoformat()
    if isinstance(field, NumberQuestion):
        return rng.randint(int(field.minimum), min(int(field.maximum), 366))
    return "Fake answer"


@dataclass(frozen=True)
class PoolEntry:
    day: date
    answers: Answers
    results: dict[str, Any]  # the stored records, by rule set
    best_outcomes: dict[str, str]  # by column
    open_routes: list[tuple[str, str, str]]  # rule set, route, outcome
    risks: list[tuple[str, str]]  # rule set, risk


def pool_entry(rng: random.Random, day: date) -> PoolEntry:
    """An answer set evaluated under each rule set as of the day it is submitted, as the
    questionnaire does."""
    answers = fake_answers(rng, day)
    facts = flow.replay(answers).facts(as_of=day)
    results = {rule_set: evaluate(facts, rule_set) for rule_set in RULE_SETS}
    # As stored: lists and plain strings.
    records = json.loads(json.dumps({id: to_record(result) for id, result in results.items()}))
    return PoolEntry(
        day,
        answers,
        records,
        {BEST_OUTCOME_FIELDS[id]: result.overall.value for id, result in results.items()},
        [
            (id, route.route.id, route.outcome.value)
            for id, result in results.items()
            for route in result.routes
            if route.outcome in OPEN_OUTCOMES
        ],
        indicated_risks(records),
    )


def started_answers(rng: random.Random, answers: Answers) -> Answers:
    """The answers to the first few pages only: an assessment still in progress."""
    path = flow.replay(answers).path
    started: Answers = {}
    for page in path[: rng.randrange(1, len(path))]:
        started.update(page.form_class.answers_of(answers))
    return started


@dataclass(frozen=True)
class Fake:
    assessment: Assessment
    open_routes: list[tuple[str, str, str]]
    risks: list[tuple[str, str]]
    entry: int  # its pool entry


class FakeAssessments:
    """Builds unsaved assessments (with their open routes and risks) reproducibly, in the order
    they were created, as a live database stores them, each with results evaluated as of the
    day it was submitted.

    The stored results are a few kilobytes of JSON, which the database parses and compresses
    for each row: they are sent with the first assessment saved from each pool entry only; the
    assessments after it copy that one's, which the database does without parsing or
    compressing them again.
    """

    def __init__(
        self, rng: random.Random, taken: set[str], days: int, entries_per_day: int
    ) -> None:
        self.rng = rng
        self.taken = taken
        self.entries_per_day = entries_per_day
        self.pool: list[PoolEntry] = []
        self.by_day: dict[date, list[int]] = {}
        self.results: list[Expression] = []
        self.copied: set[int] = set()
        self.end = timezone.now()
        self.start = self.end - timedelta(days=days)

    def entry_for(self, day: date) -> int:
        """One of the day's answer sets, evaluating a new one until the day has enough."""
        indexes = self.by_day.setdefault(day, [])
        if len(indexes) < self.entries_per_day:
            entry = pool_entry(self.rng, day)
            self.pool.append(entry)
            self.results.append(Cast(Value(json.dumps(entry.results)), output_field=JSONField()))
            indexes.append(len(self.pool) - 1)
            return indexes[-1]
        return self.rng.choice(indexes)

    def copy_results_of(self, saved: list[Fake]) -> None:
        """Has later assessments copy the results of the first one saved from each entry."""
        for fake in saved:
            if fake.assessment.results is not None and fake.entry not in self.copied:
                first = Assessment.objects.filter(pk=fake.assessment.pk)
                self.results[fake.entry] = Subquery(first.values("results"))
                self.copied.add(fake.entry)

    def reference(self) -> str:
        while True:
            characters = "".join(self.rng.choices(ALPHABET, k=6))
            reference = f"{PREFIX}-{characters[:4]}-{characters[4:]}"
            if reference not in self.taken:
                self.taken.add(reference)
                return reference

    def build(self, position: float) -> Fake:
        """The assessment started at ``position`` (0 to 1) of the period."""
        rng = self.rng
        created = self.start + (self.end - self.start) * position
        submitted = min(created + timedelta(minutes=rng.randint(5, 90)), self.end)
        index = self.entry_for(timezone.localdate(submitted))
        entry = self.pool[index]
        in_progress = rng.random() < IN_PROGRESS_SHARE
        language = rng.choices(list(LANGUAGE_WEIGHTS), weights=LANGUAGE_WEIGHTS.values())[0]
        answers = started_answers(rng, entry.answers) if in_progress else dict(entry.answers)
        if "nationality" in answers:
            answers["nationality"] = rng.choice(NATIONALITIES[language])
        assessment = Assessment(
            reference=self.reference(),
            answers=answers,
            language=language,
            nationality=answers.get("nationality", ""),
            created_at=created,
            updated_at=created,
        )
        if answers.get("contact") == "yes":
            name, mailbox = rng.choice(NAMES[language])
            assessment.contact_consent = True
            assessment.contact_name = name
            domain = rng.choice(MAIL_DOMAINS)
            assessment.contact_email = f"{mailbox}{rng.randrange(1, 10**4)}@{domain}"
        if in_progress:
            return Fake(assessment, [], [], index)
        assessment.status = Assessment.Status.SUBMITTED
        assessment.submitted_at = submitted
        assessment.updated_at = submitted
        assessment.results = self.results[index]
        for column, outcome in entry.best_outcomes.items():
            setattr(assessment, column, outcome)
        assessment.has_indicated_risk = bool(entry.risks)
        assessment.review_status = rng.choices(list(REVIEW_WEIGHTS), REVIEW_WEIGHTS.values())[0]
        return Fake(assessment, entry.open_routes, entry.risks, index)


@contextmanager
def given_timestamps() -> Iterator[None]:
    """Lets ``bulk_create`` keep the creation and update times it is given."""
    fields = [Assessment._meta.get_field(name) for name in ("created_at", "updated_at")]
    saved = [(field.auto_now, field.auto_now_add) for field in fields]
    for field in fields:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, (auto_now, auto_now_add) in zip(fields, saved, strict=True):
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


def generate_assessments(
    count: int,
    *,
    seed: int = 0,
    days: int = 180,
    entries_per_day: int = ENTRIES_PER_DAY,
    batch_size: int = 1000,
    progress: Callable[[int], None] = lambda done: None,
) -> int:
    """Saves ``count`` fake assessments created over the last ``days`` days, oldest first."""
    rng = random.Random(seed)
    taken = set(Assessment.objects.values_list("reference", flat=True).iterator())
    fakes = FakeAssessments(rng, taken, days, entries_per_day)
    done = 0
    with given_timestamps():
        while done < count:
            size = min(batch_size, count - done)
            batch = [fakes.build((done + i + rng.random()) / count) for i in range(size)]
            save(batch)
            fakes.copy_results_of(batch)
            done += len(batch)
            # With DEBUG on, Django keeps every query's text: a batch's is megabytes.
            reset_queries()
            progress(done)
    return done


def save(batch: list[Fake]) -> None:
    with transaction.atomic():
        Assessment.objects.bulk_create([fake.assessment for fake in batch])
        OpenRoute.objects.bulk_create(
            OpenRoute(
                assessment=fake.assessment,
                rule_set=rule_set,
                route_id=route_id,
                outcome=outcome,
                created_at=fake.assessment.created_at,
            )
            for fake in batch
            for rule_set, route_id, outcome in fake.open_routes
        )
        IndicatedRisk.objects.bulk_create(
            IndicatedRisk(assessment=fake.assessment, rule_set=rule_set, risk_id=risk_id)
            for fake in batch
            for rule_set, risk_id in fake.risks
        )
