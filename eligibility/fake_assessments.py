"""Fake assessments for trying out and benchmarking the admin (``manage.py generate_assessments``).

Answers start from the engine's sample profiles (professors, high earners, spouses, investors…)
and are completed page by page along the questionnaire, so that every page on the applicant's
path is answered as the questionnaire would store it. Evaluating and storing a result is slow,
so a pool of distinct answer sets is evaluated once, each as of a day in the period, and each
row reuses one (``FakeAssessments`` says how results are stored). The same seed
gives the same assessments, apart from their times, counted back from now, and their public
ids: those are the applicants' private keys, drawn at random as always.
"""

import json
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db import transaction
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
from eligibility.models import BEST_OUTCOME_FIELDS, OPEN_OUTCOMES, Assessment, OpenRoute
from eligibility.references import ALPHABET, PREFIX

Answers = dict[str, Any]

NATIONALITIES = {
    "en": ("French", "German", "American", "British", "Canadian", "Japanese", "Korean",
           "Indian", "Brazilian", "Kenyan", "Russian", "Australian", "Italian", "Pakistani"),
    "zh-hans": ("法国", "德国", "美国", "英国", "加拿大", "日本", "韩国", "俄罗斯", "新加坡",
                "马来西亚", "巴基斯坦", "澳大利亚"),
}  # fmt: skip
NAMES = {
    "en": ("Marie Dubois", "Jonas Weber", "Emily Carter", "Oliver Smith", "Hiroshi Tanaka",
           "Min-jun Kim", "Priya Sharma", "Lucas Silva", "Amina Otieno", "Ivan Petrov"),
    "zh-hans": ("王伟", "李娜", "张敏", "刘洋", "陈静", "杨帆", "Tanaka Yuki", "Kim Ji-woo"),
}  # fmt: skip
LANGUAGE_WEIGHTS = {"en": 7, "zh-hans": 3}
REVIEW_WEIGHTS = {
    Assessment.ReviewStatus.NEW: 70,
    Assessment.ReviewStatus.IN_REVIEW: 10,
    Assessment.ReviewStatus.REVIEWED: 15,
    Assessment.ReviewStatus.CONTACTED: 5,
}
IN_PROGRESS_SHARE = 0.1
CONTACT_SHARE = 0.3
# Written by the questionnaire as numbers; some sample profiles give them as text.
NUMBER_FACTS = ("local_average_wage_rmb", "investment_paid_in", "annual_wage_rmb")


def fake_answers(rng: random.Random, as_of: date) -> Answers:
    """A sample profile's answers, completed along the questionnaire's pages."""
    answers = rng.choice(samples.PROFILES)(rng, as_of)
    answers.pop("as_of_date", None)  # the questionnaire adds it on submitting
    for name in NUMBER_FACTS:
        if isinstance(answers.get(name), str):
            answers[name] = round(float(answers[name]))
    answers["contact"] = "yes" if rng.random() < CONTACT_SHARE else "no"
    # The profiles that answer the record questions agreed to answer them.
    answers["sensitive_consent"] = "agree" if "criminal_conviction" in answers else "decline"
    for _page in flow.PAGES:
        page = flow.replay(answers).current
        if page is None:
            break
        for name, field in page.form_class.fields_for(answers).items():
            if field.required:
                answers.setdefault(name, any_answer(rng, field, as_of))
    return answers


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


def answer_pool(rng: random.Random, size: int, days: int) -> list[PoolEntry]:
    today = timezone.localdate()
    pool = []
    for _ in range(size):
        day = today - timedelta(days=rng.randrange(days))
        answers = fake_answers(rng, day)
        facts = flow.replay(answers).facts(as_of=day)
        results = {rule_set: evaluate(facts, rule_set) for rule_set in RULE_SETS}
        pool.append(
            PoolEntry(
                day,
                answers,
                json.loads(json.dumps({id: to_record(r) for id, r in results.items()})),
                {BEST_OUTCOME_FIELDS[id]: r.overall.value for id, r in results.items()},
                [
                    (id, route.route.id, route.outcome.value)
                    for id, r in results.items()
                    for route in r.routes
                    if route.outcome in OPEN_OUTCOMES
                ],
            )
        )
    return pool


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
    entry: int  # its pool entry


class FakeAssessments:
    """Builds unsaved assessments (with their open routes) from a pool, reproducibly, in the
    order they were created, as a live database stores them.

    The stored results are a few kilobytes of JSON, which the database parses and compresses
    for each row: they are sent with the first assessment saved from each pool entry only; the
    assessments after it copy that one's, which the database does without parsing or
    compressing them again.
    """

    def __init__(
        self, rng: random.Random, pool: list[PoolEntry], taken: set[str], days: int
    ) -> None:
        self.rng = rng
        self.pool = pool
        self.taken = taken
        self.results: list[Expression] = [
            Cast(Value(json.dumps(entry.results)), output_field=JSONField()) for entry in pool
        ]
        self.copied: set[int] = set()
        self.end = timezone.now()
        self.start = self.end - timedelta(days=days)

    def copy_results_of(self, saved: list[Fake]) -> None:
        """Has later assessments copy the result of the first one saved from each entry."""
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
        # Any entry, whatever the day it was evaluated: the entries an outcome comes from may
        # be few, and a live database has each outcome on every day.
        index = rng.randrange(len(self.pool))
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
            created_at=created,
            updated_at=created,
        )
        if answers.get("contact") == "yes":
            assessment.contact_consent = True
            assessment.contact_name = rng.choice(NAMES[language])
            assessment.contact_email = f"applicant{rng.randrange(10**9)}@example.com"
        if in_progress:
            return Fake(assessment, [], index)
        assessment.status = Assessment.Status.SUBMITTED
        assessment.submitted_at = created + timedelta(minutes=rng.randint(5, 90))
        assessment.updated_at = assessment.submitted_at
        assessment.results = self.results[index]
        for column, outcome in entry.best_outcomes.items():
            setattr(assessment, column, outcome)
        assessment.review_status = rng.choices(list(REVIEW_WEIGHTS), REVIEW_WEIGHTS.values())[0]
        return Fake(assessment, entry.open_routes, index)


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
    pool_size: int = 1000,
    batch_size: int = 1000,
    progress: Callable[[int], None] = lambda done: None,
) -> int:
    """Saves ``count`` fake assessments created over the last ``days`` days, oldest first."""
    rng = random.Random(seed)
    pool = answer_pool(rng, min(pool_size, count), days)
    taken = set(Assessment.objects.values_list("reference", flat=True).iterator())
    fakes = FakeAssessments(rng, pool, taken, days)
    done = 0
    with given_timestamps():
        while done < count:
            size = min(batch_size, count - done)
            batch = [fakes.build((done + i + rng.random()) / count) for i in range(size)]
            save(batch)
            fakes.copy_results_of(batch)
            done += len(batch)
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
