"""The stored form of a result: what varies between applicants, and nothing else.

``to_record(result)`` keeps the outcomes, statuses, figures and the messages that depend on the
answers, each message as the position of its text in the release's message table and its
params. ``evaluate`` writes it with the result, in the same pass, with the release's
``Encoder`` (numeric checks write their own entry: ``conditions.measured``). Everything
constant (texts, citations, documents, labels, the rule set's procedure) stays in the published
catalogue of the rule set's release (``catalogue``), which the record names. ``expand(record,
catalogue)`` rebuilds the full result, equal to ``Result.to_dict()`` for the release that made
it, with each message's translations from the catalogue: a stored result renders as the
applicant saw it, whatever later releases change.

Layout (positions are those of the release's catalogue):

- ``general``: ``[status, [condition, ...]]``;
- ``routes``: one ``[outcome, [condition, ...], [gap, ...], [note, ...]]`` per route, in order;
  the notes are those added to the route's own;
- a condition: ``[index in its route, status, reason, gap, figures, notes]``, trailing empty
  items left out; a gap: ``[condition index, or -1 for the general conditions, message]``;
- ``risks``: one ``[status, message]`` per risk rule;
- ``family``: ``[family index, outcome, [condition, ...], [gap, ...], [note, ...],
  [principal route id, ...]]``;
- a message: its id (the position of its text in the release's message table), or ``[id,
  params]``; a message inside params: ``{"m": id, "p": params}``.
"""

from functools import cache
from typing import Any

from eligibility.engine import labels
from eligibility.engine.catalogue import load
from eligibility.engine.model import Check, Outcome, Status
from eligibility.engine.result import AS_OF_ASSUMED, Result
from eligibility.engine.text import Message, message

RECORD_VERSION = 3
STATUSES = tuple(Status)
OUTCOMES = tuple(Outcome)
STATUS_CODE = {status: code for code, status in enumerate(STATUSES)}
OUTCOME_CODE = {outcome: code for code, outcome in enumerate(OUTCOMES)}
GENERAL = -1  # a gap's condition index when the gap is the general conditions'

# --- To the record ------------------------------------------------------------------------------
_PLAIN = (int, float, str)


class Encoder:
    """Writes the parts of records of one release (``evaluate`` makes them with the result):
    each message as the position of its text in the release's message table. Entries of
    constant checks are made once: like the results they come from, they are shared, so treat
    a record as read-only."""

    def __init__(self, release: str, texts: list[dict]) -> None:
        self.release = release
        self.ids = {entry["en"]: id for id, entry in enumerate(texts)}
        self.constant_entries: dict[tuple[int, Check], list] = {}
        self.declared_refs: dict[int, int | list] = {}

    def id(self, text: str) -> int:
        try:
            return self.ids[text]
        except KeyError:
            raise KeyError(f"not in release {self.release}: {text!r}") from None

    def message(self, msg: Message) -> int | list:
        params = msg["params"]
        id = self.id(msg["text"])
        if not params:
            return id
        for value in params.values():
            if value.__class__ not in _PLAIN:
                return [id, {name: self.param(value) for name, value in params.items()}]
        return [id, params]  # numbers and strings as they are: shared, like the message

    def declared(self, msg: Message) -> int | list:
        """``message`` for a message made once and kept (declared at import, or cached): its
        reference is made once too."""
        ref = self.declared_refs.get(id(msg))
        if ref is None:
            ref = self.declared_refs[id(msg)] = self.message(msg)
        return ref

    def param(self, value: Any) -> Any:
        if value.__class__ is dict:
            params = value["params"]
            found = {"m": self.id(value["text"])}
            if params:
                found["p"] = {name: self.param(item) for name, item in params.items()}
            return found
        if value.__class__ in (list, tuple):
            return [self.param(item) for item in value]
        return value

    def condition(self, index: int, check: Check) -> list:
        if check.constant:
            key = (index, check)  # checks hash by identity
            entry = self.constant_entries.get(key)
            if entry is None:
                entry = self.constant_entries[key] = self.new_condition(index, check)
            return entry
        if check.entry is not None:
            return [index, *check.entry]
        return self.new_condition(index, check)

    def new_condition(self, index: int, check: Check) -> list:
        message = self.message
        entry: list[Any] = [index, STATUS_CODE[check.status], message(check.reason)]
        gap, figures, notes = check.gap, check.figures, check.notes
        if gap is not None or figures is not None or notes:
            entry.append(message(gap) if gap is not None else None)
            if figures is not None or notes:
                entry.append(figures)
                if notes:
                    entry.append([message(note) for note in notes])
        return entry


@cache
def encoder(rule_set: str, release: str) -> Encoder:
    return Encoder(release, load(rule_set, release)["messages"])


def to_record(result: Result) -> dict:
    """The stored form of ``result``, made with it by ``evaluate``."""
    return result.record


# --- From the record ----------------------------------------------------------------------------
class _Expander:
    """Rebuilds messages from the catalogue's message table, with their translations."""

    def __init__(self, catalogue: dict) -> None:
        self.texts = catalogue["messages"]

    def message(self, ref: int | list | None) -> Message | None:
        if ref is None:
            return None
        id, params = (ref, {}) if isinstance(ref, int) else ref
        return self._build(id, {name: self._param(value) for name, value in params.items()})

    def _param(self, value: Any) -> Any:
        if isinstance(value, dict):
            return self._build(
                value["m"], {name: self._param(item) for name, item in value.get("p", {}).items()}
            )
        if isinstance(value, list):
            return [self._param(item) for item in value]
        return value

    def _build(self, id: int, params: dict) -> Message:
        entry = self.texts[id]
        built = message(entry["en"], **params)
        built["translations"] = entry["translations"]
        return built

    def by_text(self, text: str, **params: Any) -> Message:
        return self._build(next(i for i, e in enumerate(self.texts) if e["en"] == text), params)

    def condition(self, entry: list, declared: list[dict]) -> dict:
        index, status, reason, gap, figures, notes = [*entry, None, None, None][:6]
        constant = declared[index]
        return {
            "id": constant["id"],
            "label": constant["label"],
            "kind": constant["kind"],
            "citation": constant["citation"],
            "status": STATUSES[status].value,
            "reason": self.message(reason),
            "figures": figures,
            "gap": self.message(gap),
            "notes": [self.message(note) for note in notes or ()],
            "readings": constant["readings"],
        }

    def route(self, entry: list, constant: dict, declared: list[dict]) -> dict:
        outcome, conditions, gaps, notes = entry[:4]
        route = {
            key: value for key, value in constant.items() if key not in ("conditions", "notes")
        }
        outcome = OUTCOMES[outcome]
        route["outcome"] = outcome.value
        route["outcome_label"] = labels.OUTCOMES[outcome]
        route["conditions"] = [self.condition(condition, declared) for condition in conditions]
        route["gaps"] = [
            {
                "condition": "general_conditions" if index == GENERAL else declared[index]["id"],
                "message": self.message(gap),
            }
            for index, gap in gaps
        ]
        route["notes"] = [*constant["notes"], *(self.message(note) for note in notes)]
        return route


def expand(record: dict, catalogue: dict) -> dict:
    """The full result of a record, as ``Result.to_dict()`` gave it when the record was made,
    each message with its ``translations``."""
    expander = _Expander(catalogue)
    routes_declared = catalogue["routes"]
    routes = [
        expander.route(entry, constant, constant["conditions"])
        for entry, constant in zip(record["routes"], routes_declared, strict=True)
    ]
    summary: dict[str, list[str]] = {outcome.value: [] for outcome in OUTCOMES}
    for route in routes:
        summary[route["outcome"]].append(route["id"])
    general_status, general_conditions = record["general"]
    general = dict(catalogue["general"])
    declared_general = general.pop("conditions")
    general = {
        "status": STATUSES[general_status].value,
        **general,
        "conditions": [expander.condition(c, declared_general) for c in general_conditions],
    }
    families = []
    for index, *entry, principal_routes in record["family"]:
        constant = catalogue["accompanying_family"][index]
        family = expander.route(entry, constant["route"], constant["conditions"])
        family["principal_routes"] = principal_routes
        families.append(family)
    as_of = record["as_of"]
    notices = [expander.by_text(AS_OF_ASSUMED, date=as_of)] if record["as_of_assumed"] else []
    return {
        "schema_version": 1,
        "rule_set": catalogue["rule_set"],
        "as_of_date": as_of,
        "as_of_date_assumed": record["as_of_assumed"],
        "notices": notices,
        "overall": next(outcome for outcome in summary if summary[outcome]),
        "summary": summary,
        "general_conditions": general,
        "risks": [
            {**constant, "status": status, "message": expander.message(msg)}
            for constant, (status, msg) in zip(catalogue["risks"], record["risks"], strict=True)
        ],
        "refusal_grounds": catalogue["refusal_grounds"],
        "routes": routes,
        "accompanying_family": families,
        "personal_notes": [expander.message(note) for note in record["notes"]],
        "general_documents": catalogue["general_documents"],
        "duty_after_grant": catalogue["duty_after_grant"],
        "procedure": catalogue["procedure"],
        "readings": _readings(routes, catalogue),
        "labels": catalogue["labels"],
    }


def _readings(routes: list[dict], catalogue: dict) -> list[dict]:
    """The readings of the conditions of the routes whose gate is open, then the duty's."""
    found: dict[str, dict] = {}
    for route in routes:
        conditions = route["conditions"]
        closed = (
            conditions and conditions[0]["kind"] == "gate" and conditions[0]["status"] == "unmet"
        )
        if closed:
            continue
        for condition in conditions:
            for reading in condition["readings"]:
                found[reading["id"]] = reading
    for reading in catalogue["duty_after_grant"]["readings"]:
        found[reading["id"]] = reading
    return list(found.values())
