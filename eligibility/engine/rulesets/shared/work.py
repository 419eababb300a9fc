"""Work conditions both rule sets share: years of continuous work in China (A9), and a good tax
record (A14)."""

from dataclasses import dataclass

from eligibility.engine.answers import Answers
from eligibility.engine.conditions import (
    UNKNOWN,
    Wording,
    by_answer,
    met,
    tenths,
    unknown,
    unmet,
    years_at_least,
    years_met,
    years_short,
)
from eligibility.engine.model import Check, CheckFunction, Citation, Condition
from eligibility.engine.readings import CONTINUOUS_WORK, FULL_YEARS
from eligibility.engine.text import gettext_noop, message


@dataclass(frozen=True, slots=True)
class WorkWording:
    """The sentences of a work-period test; the A9 sentences differ for continuous work."""

    period: Wording
    interrupted_since: str  # takes total, current, required
    interrupted: str  # takes total
    dont_know: str  # takes total
    silent: str  # takes total


_CONTINUOUS_WORK = WorkWording(
    Wording(
        met=gettext_noop(
            "You have worked in China continuously for %(given)s years; at least %(required)s "
            "are required."
        ),
        unmet=gettext_noop(
            "Counted from when you started working in China, you have worked there for "
            "%(given)s of the %(required)s years required."
        ),
        gap=gettext_noop(
            "%(missing)s more years of continuous work in China (%(required)s years on "
            "%(date)s, if your work continues without a break)."
        ),
        missing=gettext_noop("You have not told us when you started working in China."),
    ),
    interrupted_since=gettext_noop(
        "Your work in China was interrupted. Counted from when you first started, you have "
        "%(total)s years; counted from the start of your current uninterrupted period, only "
        "%(current)s of the %(required)s years required. A gap may break continuity (open "
        "question A9)."
    ),
    interrupted=gettext_noop(
        "Your work in China was interrupted, and you have not told us when your current "
        "uninterrupted period started. Counted from when you first started, you have %(total)s "
        "years. A gap may break continuity (open question A9)."
    ),
    dont_know=gettext_noop(
        "You do not know whether your work in China has been interrupted. Counted from when you "
        "first started, you have %(total)s years. A gap may break continuity (open question A9)."
    ),
    silent=gettext_noop(
        "You have not told us whether your work in China has been interrupted. Counted from when "
        "you first started, you have %(total)s years. A gap may break continuity (open question "
        "A9)."
    ),
)


def work_period(required: int, wording: "WorkWording") -> CheckFunction:
    """Work in China for at least ``required`` years (A9): met if the current uninterrupted
    period (or the whole period, when never interrupted) is long enough; unmet if even the
    whole period is too short; otherwise a gap may matter and we cannot tell."""

    whole_period = years_at_least("work_start_date", required, wording.period)

    def check(answers: Answers) -> Check:
        interrupted = answers.choice("work_interrupted")
        if interrupted == "no":
            return whole_period(answers)
        current = answers.span("work_continuous_since")
        if current is not None and current.full >= required:
            return years_met(current.years, required, wording.period, answers.encode)
        total = answers.span("work_start_date")
        if total is None:
            return wording.period.not_answered
        if total.full < required:
            start = answers.date("work_start_date")
            return years_short(start, total.years, required, wording.period, answers.encode)
        total_shown = tenths(total.years)
        if interrupted == "yes" and current is not None:
            text = message(
                wording.interrupted_since,
                total=total_shown,
                current=min(tenths(current.years), required - 0.1),
                required=required,
            )
        else:
            sentence = {"yes": wording.interrupted, "dont_know": wording.dont_know}.get(
                interrupted, wording.silent
            )
            text = message(sentence, total=total_shown)
        return Check(UNKNOWN, text, figures={"required": required, "given": None, "unit": "years"})

    return check


def continuous_work(years: int) -> Condition:
    return Condition(
        f"continuous_work_{years}_years",
        message(
            gettext_noop("You have worked in China continuously for at least %(years)s years"),
            years=years,
        ),
        work_period(years, _CONTINUOUS_WORK),
        readings=(FULL_YEARS, CONTINUOUS_WORK),
    )


def good_tax_record(unmet_reason: str, citation: Citation | None = None) -> Condition:
    """A good tax record, from the answer on tax arrears and penalties in China; the rules leave
    "good" undefined (A14). ``unmet_reason`` names the rules that require it."""
    return Condition(
        "good_tax_record",
        message(gettext_noop("You have a good tax record")),
        by_answer(
            "tax_record_issues",
            {
                "no": met(
                    gettext_noop("You told us you have no tax arrears and no tax penalty in China.")
                ),
                "yes": unmet(
                    unmet_reason,
                    gap=gettext_noop(
                        "A good tax record: settled arrears at least. Whether a past penalty "
                        "still counts against you is not known."
                    ),
                ),
                "dont_know": unknown(
                    gettext_noop(
                        "You do not know whether you have tax arrears or a tax penalty in China "
                        "(open question A14)."
                    )
                ),
            },
            unknown(gettext_noop("You have not told us about your tax record in China.")),
        ),
        citation=citation,
    )
