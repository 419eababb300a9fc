"""Investors (art. 16; substance only)."""

import math

from eligibility.engine.answers import Answers
from eligibility.engine.conditions import (
    UNKNOWN,
    AmountWording,
    always,
    amount_at_least,
    amount_range,
    by_answer,
    met,
    unknown,
    unmet,
)
from eligibility.engine.model import Check, Condition
from eligibility.engine.readings import USD_AMOUNTS
from eligibility.engine.text import gettext_noop, message

# --- Art. 16: investment (substance only) ----------------------------------------------------
INVESTMENT_AMOUNT_RMB = 10_000_000
_INVESTMENT_WORDING = AmountWording(
    met=gettext_noop(
        "You have invested RMB %(given)s in China; at least RMB %(required)s is required."
    ),
    unmet=gettext_noop("You have invested RMB %(given)s of the RMB %(required)s required."),
    rate=gettext_noop(
        "Your investment is worth between RMB %(low)s and RMB %(high)s depending on the "
        "exchange rate, and RMB %(required)s is required: we cannot tell (open question A15)."
    ),
    gap=gettext_noop("RMB %(missing)s more investment."),
    missing=gettext_noop("You have not told us how much you have invested in China."),
)
INVESTMENT_10M = Condition(
    "investment_10_million",
    message(
        gettext_noop("Your investment in China is at least RMB %(amount)s"),
        amount=INVESTMENT_AMOUNT_RMB,
    ),
    amount_at_least("investment_total", "rmb", INVESTMENT_AMOUNT_RMB, _INVESTMENT_WORDING),
    readings=(USD_AMOUNTS,),
)

_DIRECT_PAID_IN = met(
    gettext_noop("You invested directly, and the required amount is paid in."),
)
_NOT_DIRECT = unknown(
    gettext_noop(
        "You did not invest directly in your own name. The known content does not say whether "
        "such investment counts (open question A15)."
    )
)
_FORM_NOT_KNOWN = unknown(
    gettext_noop(
        "You do not know whether your investment is direct. The known content does not say "
        "whether that matters (open question A15)."
    )
)
_FORM_MISSING = unknown(gettext_noop("You have not told us how you invested."))
_PAID_IN_SHORT = gettext_noop(
    "Of your investment, RMB %(given)s or less is paid in, below the RMB %(required)s "
    "required. The known content does not say whether capital subscribed but not yet paid in "
    "counts (open question A15)."
)
_PAID_IN_RATE = gettext_noop(
    "Whether your paid-in capital reaches RMB %(required)s depends on the exchange rate (open "
    "question A15)."
)


def _direct_paid_in(answers: Answers) -> Check:
    form = answers.choice("investment_form")
    if form is None:
        return _FORM_MISSING
    if form == "dont_know":
        return _FORM_NOT_KNOWN
    if form != "direct":
        return _NOT_DIRECT
    paid_in = amount_range(answers, "investment_paid_in", "rmb")
    if paid_in is None:
        return _PAID_IN_MISSING
    low, high = paid_in
    if low >= INVESTMENT_AMOUNT_RMB:
        return _DIRECT_PAID_IN
    if high < INVESTMENT_AMOUNT_RMB:
        return Check(
            UNKNOWN,
            message(_PAID_IN_SHORT, given=math.floor(high), required=INVESTMENT_AMOUNT_RMB),
        )
    return Check(UNKNOWN, message(_PAID_IN_RATE, required=INVESTMENT_AMOUNT_RMB))


_PAID_IN_MISSING = unknown(gettext_noop("You have not told us how much of it is paid in."))
INVESTMENT_DIRECT_PAID_IN = Condition(
    "investment_direct_paid_in",
    message(gettext_noop("Your investment is direct and paid in")),
    _direct_paid_in,
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
