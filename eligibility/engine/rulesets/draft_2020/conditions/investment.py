"""Investors (art. 16; substance only)."""

from eligibility.engine.answers import Answers
from eligibility.engine.conditions import (
    Wording,
    always,
    at_least,
    by_answer,
    met,
    unknown,
    unmet,
)
from eligibility.engine.model import Condition
from eligibility.engine.text import gettext_noop, message

# --- Art. 16: investment (substance only) ----------------------------------------------------
INVESTMENT_AMOUNT_RMB = 10_000_000
_INVESTMENT_WORDING = Wording(
    met=gettext_noop(
        "You have invested RMB %(given)s in China; at least RMB %(required)s is required."
    ),
    unmet=gettext_noop("You have invested RMB %(given)s of the RMB %(required)s required."),
    gap=gettext_noop("RMB %(missing)s more investment."),
    missing=gettext_noop("You have not told us how much you have invested in China."),
)
INVESTMENT_10M = Condition(
    "investment_10_million",
    message(
        gettext_noop("Your investment in China totals at least RMB %(amount)s"),
        amount=INVESTMENT_AMOUNT_RMB,
    ),
    at_least(
        "investment_amount_rmb", Answers.amount, INVESTMENT_AMOUNT_RMB, "rmb", _INVESTMENT_WORDING
    ),
)
INVESTMENT_DIRECT_PAID_IN = Condition(
    "investment_direct_paid_in",
    message(gettext_noop("Your investment is direct and paid in")),
    by_answer(
        "investment_direct_paid_in",
        {
            "yes": met(gettext_noop("You told us your investment is direct and paid in.")),
            "no": unknown(
                gettext_noop(
                    "You told us your investment is indirect or not fully paid in. The known "
                    "content does not say whether such investment counts (open question A15)."
                )
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether your investment is direct and paid in. The known "
                    "content does not say whether that matters (open question A15)."
                )
            ),
        },
        unknown(
            gettext_noop("You have not told us whether your investment is direct and paid in.")
        ),
    ),
)
INVESTMENT_ENCOURAGED = Condition(
    "investment_encouraged_industry_or_region",
    message(
        gettext_noop(
            "A competent authority has confirmed that your investment is in an industry or "
            "region the state encourages"
        )
    ),
    by_answer(
        "investment_encouraged_confirmed",
        {
            "yes": met(gettext_noop("You told us a competent authority has confirmed this.")),
            "no": unmet(
                gettext_noop(
                    "You told us your investment has not been confirmed as being in an industry "
                    "or region the state encourages."
                )
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether your investment is in an industry or region the "
                    "state encourages. The draft gives no list (open question A4)."
                )
            ),
        },
        unknown(
            gettext_noop(
                "You have not told us whether your investment is in an industry or region the "
                "state encourages."
            )
        ),
    ),
)
ENCOURAGED_STANDARDS = Condition(
    "investment_encouraged_standards",
    message(
        gettext_noop(
            "The amount you invested, the tax you paid and the number of Chinese citizens you "
            "employ meet the prescribed standards"
        )
    ),
    always(
        unknown(
            gettext_noop(
                "Standard not published: the figures for the amount invested, the tax paid and "
                "the number of Chinese citizens employed have not been found (open question A16)."
            )
        )
    ),
)
INVESTMENT_HIGH_TECH = Condition(
    "investment_high_tech_or_innovative",
    message(gettext_noop("You have invested in a high-tech or innovative enterprise")),
    by_answer(
        "investment_high_tech_or_innovative",
        {
            "yes": met(
                gettext_noop(
                    "You told us you have invested in a high-tech or innovative enterprise."
                )
            ),
            "no": unmet(
                gettext_noop(
                    "You told us your investment is not in a high-tech or innovative enterprise."
                )
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether your investment is in a high-tech or innovative "
                    "enterprise (open question A7)."
                )
            ),
        },
        unknown(
            gettext_noop(
                "You have not told us whether your investment is in a high-tech or innovative "
                "enterprise."
            )
        ),
    ),
)
HIGH_TECH_INVESTMENT_CRITERIA = Condition(
    "investment_high_tech_criteria",
    message(gettext_noop("Your investment meets the criteria for this type of investment")),
    always(
        unknown(
            gettext_noop(
                "Standard not published: no criteria for this type of investment have been "
                "found, and only one commentator reports it (open question A35)."
            )
        )
    ),
)
