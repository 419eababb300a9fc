"""General conditions of art. 10, needed by every route."""

from eligibility.engine.conditions import (
    by_answer,
    met,
    unknown,
    unmet,
)
from eligibility.engine.model import Condition
from eligibility.engine.rulesets.draft_2020.citations import ART_10_1, ART_10_2
from eligibility.engine.text import gettext_noop, message

NO_STANDARD_AMOUNT = message(gettext_noop("The draft sets no amount (open question A23)."))


# --- General conditions (art. 10) -------------------------------------------------------------
LAW_ABIDING = Condition(
    "law_abiding",
    message(gettext_noop("You abide by Chinese law")),
    by_answer(
        "chinese_law_issues",
        {
            "no": met(
                gettext_noop(
                    "You told us you have no pending criminal case and no unresolved "
                    "administrative penalty in China."
                )
            ),
            "yes": unmet(
                gettext_noop(
                    "You told us you have a pending criminal case or an unresolved "
                    "administrative penalty in China. The draft requires that you abide by "
                    "Chinese law."
                ),
                gap=gettext_noop(
                    "The pending case or penalty in China would need to be resolved first."
                ),
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether you have a pending criminal case or an unresolved "
                    "administrative penalty in China."
                )
            ),
        },
        unknown(
            gettext_noop(
                "You have not told us whether you have a pending criminal case or an "
                "unresolved administrative penalty in China."
            )
        ),
    ),
    citation=ART_10_1,
)

ECONOMIC_MEANS = Condition(
    "basic_economic_guarantee",
    message(gettext_noop("You have the basic economic means to live in China")),
    by_answer(
        "economic_means",
        {
            "yes": met(
                gettext_noop("You told us you have income, savings or support to live in China."),
                NO_STANDARD_AMOUNT,
            ),
            "no": unmet(
                gettext_noop(
                    "You told us you do not have income, savings or support enough to live in "
                    "China."
                ),
                gap=gettext_noop(
                    "Basic economic means to live in China (the draft sets no amount)."
                ),
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether your income, savings or support are enough to live "
                    "in China. The draft sets no amount (open question A23)."
                )
            ),
        },
        unknown(gettext_noop("You have not told us whether you have the means to live in China.")),
    ),
    citation=ART_10_1,
)

_NOT_DIPLOMATIC = met(gettext_noop("You are not in China for diplomatic or official purposes."))
NOT_DIPLOMATIC_STAY = Condition(
    "not_diplomatic_or_official_stay",
    message(gettext_noop("You are not staying in China for diplomatic or official purposes")),
    by_answer(
        "stay_purpose",
        {
            "work": _NOT_DIPLOMATIC,
            "study": _NOT_DIPLOMATIC,
            "family": _NOT_DIPLOMATIC,
            "business_investment": _NOT_DIPLOMATIC,
            "other": _NOT_DIPLOMATIC,
            "outside_china": _NOT_DIPLOMATIC,
            "diplomatic_official": unmet(
                gettext_noop(
                    "You are in China for diplomatic or official purposes. The draft does not "
                    "allow an application during such a stay."
                ),
                gap=gettext_noop(
                    "Not while in this status: an application would be possible only once your "
                    "diplomatic or official stay has ended (the draft says no more, open "
                    "question A24)."
                ),
            ),
        },
        unknown(gettext_noop("You have not told us the basis of your current stay in China.")),
    ),
    citation=ART_10_2,
)
