"""Family reunion (art. 17), and family applying with a principal (art. 18). The conditions
the rules in force share are in ``rulesets.shared.family``."""

from eligibility.engine.answers import Answers
from eligibility.engine.conditions import (
    Wording,
    always,
    by_answer,
    met,
    unknown,
    unmet,
    years_met,
    years_short,
)
from eligibility.engine.model import Check, Condition
from eligibility.engine.readings import (
    COMMON_LIFE_START,
    EACH_OF_FIVE_YEARS,
    EACH_YEAR_ROLLING,
    FULL_YEARS,
)
from eligibility.engine.rulesets.draft_2020.procedure import PROCESSING_DAYS
from eligibility.engine.rulesets.shared.family import nine_months_each_year, under_18
from eligibility.engine.text import gettext_noop, message

# --- Art. 17: family reunion ---------------------------------------------------------------------
SPOUSE_STATUS = Condition(
    "spouse_chinese_or_pr_in_china",
    message(
        gettext_noop(
            "Your spouse is a Chinese citizen residing in China, or a foreigner with permanent "
            "residence in China"
        )
    ),
    by_answer(
        "spouse_status",
        {
            "chinese_citizen_in_china": met(
                gettext_noop("Your spouse is a Chinese citizen residing in China.")
            ),
            "pr_holder_in_china": met(
                gettext_noop("Your spouse is a foreigner with permanent residence in China.")
            ),
            "chinese_citizen_abroad": unmet(
                gettext_noop(
                    "Your spouse is a Chinese citizen living outside China. The draft requires a "
                    "Chinese citizen residing in China."
                ),
                gap=gettext_noop("Your spouse would need to reside in China."),
            ),
            "pr_holder_abroad": unknown(
                gettext_noop(
                    "Your spouse holds Chinese permanent residence but lives outside China. The "
                    "draft does not make clear whether such a spouse must also reside in China "
                    "(open question A18-ter)."
                )
            ),
            "none_of_these": unmet(
                gettext_noop(
                    "Your spouse is neither a Chinese citizen nor a foreigner with permanent "
                    "residence in China."
                )
            ),
        },
        unknown(gettext_noop("You have not told us who your spouse is.")),
    ),
)
_COMMON_LIFE = Wording(
    met=gettext_noop(
        "Since your marriage, you have lived together with your spouse in China for %(given)s "
        "years; at least %(required)s are required."
    ),
    unmet=gettext_noop(
        "Since your marriage, you have lived together with your spouse in China for %(given)s of "
        "the %(required)s years required."
    ),
    gap=gettext_noop(
        "%(missing)s more years of common life with your spouse in China (%(required)s years on "
        "%(date)s)."
    ),
    missing=gettext_noop(
        "You have not told us your marriage date and since when you have lived together with "
        "your spouse in China."
    ),
)
_COMMON_LIFE_INTERRUPTED = {
    "yes": unknown(
        gettext_noop(
            "Your common life in China has been interrupted. The draft does not say whether the "
            "five years must be continuous (open question A18-bis)."
        )
    ),
    "dont_know": unknown(
        gettext_noop(
            "You do not know whether your common life in China has been interrupted. The draft "
            "does not say whether the five years must be continuous (open question A18-bis)."
        )
    ),
}
_COMMON_LIFE_SILENT = unknown(
    gettext_noop("You have not told us whether your common life in China has been interrupted.")
)
COMMON_LIFE_YEARS = 5


def _common_life(answers: Answers) -> Check:
    # The later of the two dates starts the common life: it gives the shorter period.
    periods = [
        (period, fact)
        for fact in ("marriage_date", "living_together_in_china_since")
        if (period := answers.span(fact)) is not None
    ]
    if periods:
        period, fact = min(periods)
        if period.full < COMMON_LIFE_YEARS:
            start = answers.date(fact)
            return years_short(start, period.years, COMMON_LIFE_YEARS, _COMMON_LIFE, answers.encode)
    if len(periods) < 2:
        return _COMMON_LIFE.not_answered
    interrupted = answers.choice("living_together_interrupted")
    if interrupted == "no":
        return years_met(period.years, COMMON_LIFE_YEARS, _COMMON_LIFE, answers.encode)
    return _COMMON_LIFE_INTERRUPTED.get(interrupted, _COMMON_LIFE_SILENT)


COMMON_LIFE = Condition(
    "common_life_in_china_5_years",
    message(
        gettext_noop(
            "Since your marriage, you have lived together with your spouse in China for "
            "%(years)s years"
        ),
        years=COMMON_LIFE_YEARS,
    ),
    _common_life,
    readings=(FULL_YEARS, COMMON_LIFE_START),
)

SPOUSE_DAYS_EACH_YEAR = nine_months_each_year((EACH_YEAR_ROLLING, EACH_OF_FIVE_YEARS))
RELATIVE_DAYS_EACH_YEAR = nine_months_each_year((EACH_YEAR_ROLLING,))

UNDER_18 = under_18(
    gettext_noop(
        "You turn 18 on %(date)s. A decision is due within %(days)s days of acceptance, but "
        "time spent waiting for a quota does not count and has no limit, so you may turn 18 "
        "before the decision. The draft does not say whether age counts on the date of "
        "application or of approval: apply as early as you can (open question A19)."
    ),
    PROCESSING_DAYS,
)


CHILD_RELATIONSHIP = Condition(
    "child_of_that_parent",
    message(gettext_noop("You are that parent's child")),
    by_answer(
        "child_relationship",
        {
            "biological": met(gettext_noop("You are that parent's biological child.")),
            "adopted": unknown(
                gettext_noop(
                    "You are that parent's adopted child. The draft does not say whether adopted "
                    "children count (open question A19)."
                )
            ),
            "step": unknown(
                gettext_noop(
                    "You are that parent's stepchild. The draft does not say whether stepchildren "
                    "count (open question A19)."
                )
            ),
        },
        unknown(gettext_noop("You have not told us your relationship to that parent.")),
    ),
)

# --- Art. 18: family applying with a principal (content inferred) -------------------------
FAMILY_APPLIES_TOGETHER = Condition(
    "family_applies_together",
    message(gettext_noop("Your spouse and minor children may apply together with you")),
    always(
        unknown(
            gettext_noop(
                "The text of this provision is not available: that your spouse and minor "
                "children may apply with you is inferred from a commentator's summary, and any "
                "conditions are not known (open question A34)."
            )
        )
    ),
)
