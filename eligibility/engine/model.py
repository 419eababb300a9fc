"""The declarations a rule set is made of: citations, conditions, routes, risks.

A rule set is data plus small pure functions. Each route carries its citation, its text and its
conditions in one declaration; each condition carries a check function, which reads the answers
and returns a ``Check``.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple

from eligibility.engine import labels
from eligibility.engine.answers import Answers, CompiledFacts
from eligibility.engine.facts import Fact
from eligibility.engine.readings import Reading
from eligibility.engine.text import Message, gettext_noop, message


class Status(StrEnum):
    """A condition's status."""

    MET = "met"
    UNMET = "unmet"
    UNKNOWN = "unknown"


class Outcome(StrEnum):
    """A route's outcome, best first."""

    ELIGIBLE = "eligible"
    NEEDS_RECOMMENDATION = "needs_recommendation"
    UNDETERMINED = "undetermined"
    NOT_ELIGIBLE = "not_eligible"


class Confidence(StrEnum):
    """How the text a route relies on is known (README, "Confidence labels")."""

    VERBATIM = "verbatim"
    NEAR_VERBATIM = "near_verbatim"
    SUBSTANCE_ONLY = "substance_only"


class ConditionKind(StrEnum):
    REQUIREMENT = "requirement"
    # A gate decides whether the route concerns the applicant at all (a situation they did not
    # select): when it is unmet, the route's other conditions are not checked.
    GATE = "gate"
    # A recommendation by a third party: when it is all that is missing, the route is open
    # "if recommended" (needs_recommendation).
    RECOMMENDATION = "recommendation"


class RiskStatus(StrEnum):
    INDICATED = "indicated"  # the answer points to a ground for refusal
    POSSIBLE = "possible"  # not answered, not known, or not yet examined
    NOT_INDICATED = "not_indicated"


def _frozen_snapshot(obj: Any, snapshot: dict) -> None:
    object.__setattr__(obj, "snapshot", snapshot)


class SourceKind(StrEnum):
    """What a source is, most trustworthy first: a result lists official sources first."""

    OFFICIAL = "official"  # a government site
    OFFICIAL_MEDIA = "official_media"  # a report by official media (Xinhua, People's Daily)
    LEGAL_DATABASE = "legal_database"  # a reproduction of the text in a legal database
    NEWS = "news"  # another news report
    COPY = "copy"  # a copy of the text on a secondary site (service guide, Q&A page)
    COMMENTARY = "commentary"  # a commentator's summary or analysis
    TRANSCRIPT = "transcript"  # a transcript of a spoken commentary


SOURCE_ORDER = {kind: rank for rank, kind in enumerate(SourceKind)}


@dataclass(frozen=True, slots=True, eq=False)
class Source:
    """Where a text or its content was found: the address, what the page is and why it is
    cited (``why``: what it is the source of)."""

    url: str
    kind: SourceKind
    why: Message
    snapshot: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _frozen_snapshot(self, {"url": self.url, "kind": self.kind.value, "why": self.why})


@dataclass(frozen=True, slots=True, eq=False)
class Citation:
    """Where a rule comes from: the rule set, the article and item, and how the number is known.

    ``label`` overrides the generated label, e.g. for a provision whose number is not found, or
    for another instrument.
    """

    rule_set: str
    article: int | None = None
    item: int | None = None
    paragraph: int | None = None
    clause: int | None = None
    number_note: Message | None = None
    label: Message | None = None
    snapshot: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        label = self.label or _citation_label(self.article, self.item, self.paragraph, self.clause)
        _frozen_snapshot(
            self,
            {
                "rule_set": self.rule_set,
                "article": self.article,
                "item": self.item,
                "paragraph": self.paragraph,
                "clause": self.clause,
                "label": label,
                "number_note": self.number_note,
            },
        )


def _citation_label(
    article: int | None, item: int | None, paragraph: int | None, clause: int | None
) -> Message:
    if article is None:
        raise ValueError("a citation without an article needs a label")
    if item is not None and clause is not None:
        return message(
            gettext_noop("Art. %(article)s(%(item)s), clause %(clause)s"),
            article=article,
            item=item,
            clause=clause,
        )
    if item is not None:
        return message(gettext_noop("Art. %(article)s(%(item)s)"), article=article, item=item)
    if paragraph is not None:
        return message(
            gettext_noop("Art. %(article)s para. %(paragraph)s"),
            article=article,
            paragraph=paragraph,
        )
    return message(gettext_noop("Art. %(article)s"), article=article)


@dataclass(slots=True, eq=False)
class Check:
    """What a condition's check found. ``figures`` holds the required and given figures where
    the condition is numeric; ``gap`` says what would change an unmet condition.

    A ``constant`` check is declared once, at import, and returned as is by its condition:
    results made only of constant checks can be reused from one evaluation to the next.
    Checks compare by identity, and are not changed once made (not frozen: frozen dataclasses
    are several times slower to create).

    A numeric check comes finished: with ``entry``, its entry in the stored record after the
    condition's position (``record``), made as it decides (``conditions.measured``). Other
    checks' entries are made by the record's encoder.
    """

    status: Status
    reason: Message
    gap: Message | None = None
    figures: dict | None = None
    notes: tuple[Message, ...] = ()
    constant: bool = False
    entry: list | None = None


CheckFunction = Callable[[Answers], Check | None]


@dataclass(frozen=True, slots=True, eq=False)
class Condition:
    """One condition of a route. The check returns ``None`` when the condition does not arise
    (e.g. a gate whose situation was selected): it is then left out of the result."""

    id: str
    label: Message
    check: CheckFunction
    kind: ConditionKind = ConditionKind.REQUIREMENT
    citation: Citation | None = None  # None: the route's citation
    readings: tuple[Reading, ...] = ()
    readings_snapshot: tuple[dict, ...] = field(init=False, repr=False, compare=False)
    readings_by_id: dict[str, dict] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        snapshots = tuple(reading.snapshot for reading in self.readings)
        object.__setattr__(self, "readings_snapshot", snapshots)
        object.__setattr__(self, "readings_by_id", {s["id"]: s for s in snapshots})


@dataclass(frozen=True, slots=True, eq=False)
class Recommendation:
    """Whether a route needs a recommendation (``None``: not known) and by whom."""

    required: bool | None
    by: Message | None = None
    snapshot: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _frozen_snapshot(self, {"required": self.required, "by": self.by})


@dataclass(frozen=True, slots=True, eq=False)
class Route:
    """A route to PR: one circumstance of the rule set, with its text and conditions."""

    id: str
    citation: Citation
    title: Message
    confidence: Confidence
    text_zh: str | None  # the Chinese as recovered; None when only the substance is known
    text_en: str  # our English rendering (or, for substance only, the content in our words)
    recommendation: Recommendation
    conditions: tuple[Condition, ...]
    documents: tuple[Message, ...]  # route-specific; the rule set's general documents apply too
    notes: tuple[Message, ...] = ()
    source_note: Message | None = None
    sources: tuple[Source, ...] = ()
    notice: Message | None = None  # replaces the confidence label's notice, e.g. for inferences
    snapshot: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if (self.confidence is Confidence.SUBSTANCE_ONLY) != (self.text_zh is None):
            raise ValueError(f"{self.id}: only a substance-only route lacks its Chinese text")
        _frozen_snapshot(
            self,
            {
                "id": self.id,
                "article": self.citation.article,
                "item": self.citation.item,
                "citation": self.citation.snapshot,
                "title": self.title,
                "confidence": self.confidence.value,
                "confidence_label": labels.CONFIDENCES[self.confidence],
                "confidence_notice": self.notice or labels.CONFIDENCE_NOTICES[self.confidence],
                "text_zh": self.text_zh,
                "text_en": self.text_en,
                "source_note": self.source_note,
                # Official sources first.
                "sources": tuple(
                    source.snapshot
                    for source in sorted(self.sources, key=lambda s: SOURCE_ORDER[s.kind])
                ),
                "recommendation": self.recommendation.snapshot,
                "documents": self.documents,
            },
        )


@dataclass(frozen=True, slots=True, eq=False)
class RiskRule:
    """A refusal ground reported as a risk, from one answer: the choice ``fact``, or what
    ``read`` makes of the answers."""

    id: str
    grounds: tuple[str, ...]
    fact: str
    by_answer: Mapping[str, tuple[RiskStatus, Message]]
    missing: tuple[RiskStatus, Message]
    citation: Citation
    read: Callable[[Answers], str | None] | None = None

    def answer(self, answers: Answers) -> str | None:
        return answers.choice(self.fact) if self.read is None else self.read(answers)


@dataclass(frozen=True, slots=True, eq=False)
class AccompanyingFamily:
    """Family members who may apply with a principal applicant, on ``route``: information shown
    when the applicant names them in ``fact``, never more than "cannot tell". ``conditions``
    (by default the route's) are what can be said of them from the applicant's answers."""

    route: Route
    fact: str
    principal_routes: tuple[str, ...]  # the routes a principal applicant would apply under
    note_open: Message  # shown when one of them may be open to the applicant
    note_closed: Message  # shown when none is
    conditions: tuple[Condition, ...] | None = None

    @property
    def checked(self) -> tuple[Condition, ...]:
        return self.route.conditions if self.conditions is None else self.conditions


class Step(NamedTuple):
    """A condition as evaluation meets it in a route."""

    condition: Condition
    shared: bool  # used by several routes
    gate: bool


@dataclass(frozen=True, slots=True, eq=False)
class GeneralConditions:
    """Conditions every route needs, reported once at the top of the result."""

    citation: Citation
    confidence: Confidence
    text_zh: str
    text_en: str
    conditions: tuple[Condition, ...]


@dataclass(frozen=True, eq=False)
class RuleSet:
    id: str
    version: str  # the date of the text applied
    release: str  # this declaration's published release (catalogue), e.g. "2020-02-27.1"
    date: str
    title_zh: str
    title_en: str
    status: Message
    label: Message
    notice: Message
    source_url: str
    facts: Mapping[str, Fact]
    general: GeneralConditions
    routes: tuple[Route, ...]
    risks: tuple[RiskRule, ...]
    refusal_grounds: dict | None
    general_documents: dict
    duty_after_grant: dict
    procedure: dict
    accompanying_family: tuple[AccompanyingFamily, ...] = ()
    # Notes that follow from the applicant's own situation (e.g. living abroad).
    situational: Callable[[Answers], tuple[Message, ...]] | None = None
    snapshot: dict = field(init=False, repr=False, compare=False)
    compiled_facts: CompiledFacts = field(init=False, repr=False, compare=False)
    gate_groups: tuple[tuple[Condition | None, tuple[int, ...]], ...] = field(
        init=False, repr=False, compare=False
    )
    plans: tuple[tuple[Step, ...], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled_facts", CompiledFacts(self.facts.values()))
        # Routes that open with the same gate, by position: when the gate is closed, the whole
        # group is settled at once.
        groups: dict[Condition | None, list[int]] = {}
        for index, route in enumerate(self.routes):
            first = route.conditions[0] if route.conditions else None
            gate = first if first is not None and first.kind is ConditionKind.GATE else None
            groups.setdefault(gate, []).append(index)
        object.__setattr__(
            self, "gate_groups", tuple((gate, tuple(group)) for gate, group in groups.items())
        )
        # Each route's conditions as steps; a condition several routes share is checked once
        # per evaluation (see ``evaluate._run``). So is a route's opening gate, checked before
        # the routes are (``evaluate._evaluate_routes``).
        uses: dict[Condition, int] = {gate: 2 for gate in groups if gate is not None}
        for route in self.routes:
            for condition in route.conditions:
                uses[condition] = uses.get(condition, 0) + 1
        object.__setattr__(
            self,
            "plans",
            tuple(
                tuple(
                    Step(condition, uses[condition] > 1, condition.kind is ConditionKind.GATE)
                    for condition in route.conditions
                )
                for route in self.routes
            ),
        )
        ids = [route.id for route in self.routes]
        ids += [f.route.id for f in self.accompanying_family if f.route not in self.routes]
        if len(ids) != len(set(ids)):
            raise ValueError(f"{self.id}: route ids must be unique")
        object.__setattr__(
            self,
            "snapshot",
            {
                "id": self.id,
                "version": self.version,
                "release": self.release,
                "date": self.date,
                "title_zh": self.title_zh,
                "title_en": self.title_en,
                "status": self.status,
                "label": self.label,
                "notice": self.notice,
                "source_url": self.source_url,
            },
        )
