"""Investors: 2004 art. 6(1)(1) with the amounts of art. 7, read as the Chengdu interpretation
reads direct investment and stability (in-force.md §§2.3, 3)."""

import math

from eligibility.engine.answers import Answers
from eligibility.engine.conditions import (
    UNKNOWN,
    UNMET,
    AmountWording,
    Wording,
    amount_at_least,
    amount_range,
    by_answer,
    met,
    unknown,
    unmet,
    years_met,
    years_short,
)
from eligibility.engine.model import Check, Condition
from eligibility.engine.readings import (
    FULL_YEARS,
    PERIODS_BEFORE_APPLICATION,
    USD_AMOUNTS,
    WESTERN_AND_CENTRAL_CHINA,
    Reading,
)
from eligibility.engine.text import gettext_noop, message

DIRECT_INVESTMENT = Condition(
    "direct_investment",
    message(gettext_noop("You invested directly in China")),
    by_answer(
        "investment_form",
        {
            "direct": met(gettext_noop("You told us you invested directly, in your own name.")),
            "holding_company": unknown(
                gettext_noop(
                    "You invested through a company you control. Whether that counts as direct "
                    "investment is not settled, so we cannot tell (open question A15)."
                )
            ),
            "housing_shares_bonds": unmet(
                gettext_noop(
                    "Buying housing, shares or bonds does not count as direct investment, as "
                    "the Chengdu exit-entry administration reads the rule."
                ),
                gap=gettext_noop(
                    "A direct investment, for example by setting up a foreign-invested enterprise."
                ),
            ),
            "dont_know": unknown(
                gettext_noop("You do not know whether your investment counts as direct.")
            ),
        },
        unknown(gettext_noop("You have not told us how you invested.")),
    ),
)


_AMOUNT = AmountWording(
    met=gettext_noop(
        "Registered capital you have paid in, %(where)s: USD %(given)s. At least USD "
        "%(required)s is required."
    ),
    unmet=gettext_noop(
        "Registered capital you have paid in, %(where)s: USD %(given)s, of the USD %(required)s "
        "required."
    ),
    rate=gettext_noop(
        "The registered capital you have paid in, %(where)s, is worth between USD %(low)s and USD "
        "%(high)s depending on the exchange rate, and USD %(required)s is required: we cannot "
        "tell (open question A15)."
    ),
    gap=gettext_noop("USD %(missing)s more registered capital paid in, %(where)s."),
    missing=gettext_noop(
        "You have not told us how much registered capital you have paid in for this kind of "
        "investment."
    ),
)
ENCOURAGED_USD = 500_000
WEST_OR_POVERTY_USD = 500_000
CENTRAL_USD = 1_000_000
ANYWHERE_USD = 2_000_000
_IN_ENCOURAGED = message(gettext_noop("in encouraged industries"))
_IN_WEST = message(gettext_noop("in western China"))
_IN_WEST_OR_POVERTY = message(
    gettext_noop("in western China and former national key poverty-alleviation counties")
)
_IN_CENTRAL = message(gettext_noop("in central China"))
_IN_CHINA = message(gettext_noop("in China"))


def _tier(
    id: str,
    label: str,
    fact: str,
    required: int,
    where: dict,
    readings: tuple[Reading, ...] = (USD_AMOUNTS,),
) -> Condition:
    return Condition(
        id,
        message(label, amount=required),
        amount_at_least(fact, "usd", required, _AMOUNT, where=where),
        readings=readings,
    )


PAID_IN_ENCOURAGED = _tier(
    "paid_in_encouraged_500k_usd",
    gettext_noop(
        "Your paid-in registered capital in encouraged industries totals at least USD %(amount)s"
    ),
    "investment_paid_in_encouraged",
    ENCOURAGED_USD,
    _IN_ENCOURAGED,
)
PAID_IN_CENTRAL = _tier(
    "paid_in_central_1m_usd",
    gettext_noop("Your paid-in registered capital in central China totals at least USD %(amount)s"),
    "investment_paid_in_central",
    CENTRAL_USD,
    _IN_CENTRAL,
    (USD_AMOUNTS, WESTERN_AND_CENTRAL_CHINA),
)
PAID_IN_ANYWHERE = _tier(
    "paid_in_2m_usd",
    gettext_noop("Your paid-in registered capital in China totals at least USD %(amount)s"),
    "investment_paid_in",
    ANYWHERE_USD,
    _IN_CHINA,
)

# Western China alone decides; the counties' part adds only a "cannot tell", since the list of
# national key poverty-alleviation counties lapsed after 2020 (A17).
_WEST_ALONE = amount_at_least(
    "investment_paid_in_west", "usd", WEST_OR_POVERTY_USD, _AMOUNT, where=_IN_WEST
)
_COUNTIES_LAPSED = gettext_noop(
    "With the former national key poverty-alleviation counties, your paid-in registered capital "
    "may reach USD %(required)s, but that list lapsed after 2020 and whether it is still used is "
    "not known, so we cannot tell (open question A17)."
)


def _west_or_poverty(answers: Answers) -> Check:
    west = _WEST_ALONE(answers)
    if west.status is not UNMET:
        return west
    counties = amount_range(answers, "investment_paid_in_poverty_county", "usd")
    west_amount = amount_range(answers, "investment_paid_in_west", "usd")
    if counties is None or west_amount is None:
        return west
    if west_amount[1] + counties[1] < WEST_OR_POVERTY_USD:
        combined = math.floor(west_amount[1] + counties[1])
        return Check(
            UNMET,
            message(
                _AMOUNT.unmet,
                given=combined,
                required=WEST_OR_POVERTY_USD,
                where=_IN_WEST_OR_POVERTY,
            ),
            gap=message(
                _AMOUNT.gap,
                missing=math.ceil(WEST_OR_POVERTY_USD - west_amount[1] - counties[1]),
                where=_IN_WEST_OR_POVERTY,
            ),
            figures={"required": WEST_OR_POVERTY_USD, "given": combined, "unit": "usd"},
        )
    return Check(
        UNKNOWN,
        message(_COUNTIES_LAPSED, required=WEST_OR_POVERTY_USD),
        figures={"required": WEST_OR_POVERTY_USD, "given": None, "unit": "usd"},
    )


PAID_IN_WEST_OR_POVERTY = Condition(
    "paid_in_west_or_poverty_500k_usd",
    message(
        gettext_noop(
            "Your paid-in registered capital in western China or in national key "
            "poverty-alleviation counties totals at least USD %(amount)s"
        ),
        amount=WEST_OR_POVERTY_USD,
    ),
    _west_or_poverty,
    readings=(USD_AMOUNTS, WESTERN_AND_CENTRAL_CHINA),
)


# --- Stable for 3 consecutive years (Chengdu: never below the required amount) -------------
STABLE_YEARS = 3
_STABLE = Wording(
    met=gettext_noop(
        "Your paid-in registered capital has stayed at least at its present level for %(given)s "
        "years; %(required)s are required."
    ),
    unmet=gettext_noop(
        "Your paid-in registered capital has stayed at its present level for %(given)s of the "
        "%(required)s years required."
    ),
    gap=gettext_noop(
        "%(missing)s more years of stable investment (%(required)s years on %(date)s, if it "
        "does not fall below the required amount)."
    ),
    missing=gettext_noop(
        "You have not told us since when your paid-in registered capital has stayed at its "
        "present level."
    ),
)
_MAYBE_STABLE_LONGER = gettext_noop(
    "Your paid-in registered capital reached its present level %(given)s years ago, above the "
    "USD %(required)s required: it may have been at least USD %(required)s for longer, so we "
    "cannot tell. What counts is that it never fell below the required amount in the last "
    "%(years)s years."
)


def stable_3_years(fact: str, required: int) -> Condition:
    """The capital counted by the route (``fact``) never below ``required`` in the 3 years
    before the application date. The applicant gives the date since which it has been at its
    present level: before that date it was lower, but it may still have been above
    ``required``."""

    def check(answers: Answers) -> Check:
        period = answers.span("investment_stable_since")
        if period is None:
            return _STABLE.not_answered
        if period.full >= STABLE_YEARS:
            return years_met(period.years, STABLE_YEARS, _STABLE)
        present = amount_range(answers, fact, "usd")
        if present is not None and present[0] > required:
            return Check(
                UNKNOWN,
                message(
                    _MAYBE_STABLE_LONGER,
                    given=math.floor(period.years * 10) / 10,
                    required=required,
                    years=STABLE_YEARS,
                ),
                figures={"required": STABLE_YEARS, "given": None, "unit": "years"},
            )
        start = answers.date("investment_stable_since")
        return years_short(start, period.years, STABLE_YEARS, _STABLE)

    return Condition(
        f"stable_3_years_{required}",
        message(
            gettext_noop(
                "Your investment has been stable for %(years)s years: never below USD %(amount)s"
            ),
            years=STABLE_YEARS,
            amount=required,
        ),
        check,
        readings=(FULL_YEARS, PERIODS_BEFORE_APPLICATION),
    )
