"""Family: spouses (2004 art. 6(1)(5)), children (art. 6(1)(6)), relatives aged 60 or over
(art. 6(1)(7)), and family members of a principal applicant (art. 6(1)(4); 2019 items 1-3).
What the draft shares is in ``rulesets.shared.family``."""

from eligibility.engine.answers import Answers
from eligibility.engine.conditions import (
    MET,
    UNMET,
    Wording,
    by_answer,
    met,
    unknown,
    unmet,
    years_at_least,
)
from eligibility.engine.model import Check, Condition
from eligibility.engine.readings import AGE_ON_APPLICATION_DATE, FULL_YEARS, SIX_MONTHS, full_years
from eligibility.engine.rulesets.shared.family import under_18
from eligibility.engine.text import gettext_noop, message

# The time limit for a decision under the 2004 Measures (art. 18: six months, as days).
PROCESSING_DAYS = SIX_MONTHS.days

_SPOUSE_MET = met(
    gettext_noop(
        "Your spouse is a Chinese citizen or a foreigner with permanent residence in China."
    )
)
SPOUSE_CHINESE_OR_PR = Condition(
    "spouse_chinese_or_pr",
    message(
        gettext_noop(
            "Your spouse is a Chinese citizen or a foreigner with permanent residence in China"
        )
    ),
    by_answer(
        "spouse_status",
        {
            "chinese_citizen_in_china": _SPOUSE_MET,
            "chinese_citizen_abroad": _SPOUSE_MET,
            "pr_holder_in_china": _SPOUSE_MET,
            "pr_holder_abroad": _SPOUSE_MET,
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

MARRIAGE_YEARS = 5
MARRIED_5_YEARS = Condition(
    "married_5_years",
    message(
        gettext_noop("Your marriage has lasted at least %(years)s years"), years=MARRIAGE_YEARS
    ),
    years_at_least(
        "marriage_date",
        MARRIAGE_YEARS,
        Wording(
            met=gettext_noop(
                "You have been married for %(given)s years; at least %(required)s are required."
            ),
            unmet=gettext_noop(
                "You have been married for %(given)s of the %(required)s years required."
            ),
            gap=gettext_noop(
                "%(missing)s more years of marriage (%(required)s years on %(date)s)."
            ),
            missing=gettext_noop("You have not told us the date of your marriage."),
        ),
    ),
    readings=(FULL_YEARS,),
)

UNDER_18 = under_18(
    gettext_noop(
        "You turn 18 on %(date)s. A decision is due within six months (about %(days)s days) of "
        "acceptance, and the rules do not say whether age counts on the date of application or "
        "of approval: apply as early as you can (open question A19). A child under 18 when "
        "approved gets a card valid for 5 years, not 10."
    ),
    PROCESSING_DAYS,
)

UNMARRIED = Condition(
    "unmarried",
    message(gettext_noop("You are unmarried")),
    by_answer(
        "married",
        {
            "no": met(gettext_noop("You told us you are not married.")),
            "yes": unmet(
                gettext_noop(
                    "You told us you are married. The 2004 Measures are for unmarried children."
                )
            ),
        },
        unknown(gettext_noop("You have not told us whether you are married.")),
    ),
)

CHILD_RELATIONSHIP = Condition(
    "child_of_that_parent",
    message(gettext_noop("You are that parent's child")),
    by_answer(
        "child_relationship",
        {
            "biological": met(gettext_noop("You are that parent's biological child.")),
            "adopted": met(
                gettext_noop(
                    "You are that parent's adopted child: the materials rules of the 2004 "
                    "Measures accept an adoption certificate."
                )
            ),
            "step": unknown(
                gettext_noop(
                    "You are that parent's stepchild. The 2004 Measures do not say whether "
                    "stepchildren count (open question A19)."
                )
            ),
        },
        unknown(gettext_noop("You have not told us your relationship to that parent.")),
    ),
)


# --- Family of a principal applicant: art. 6(1)(4) and 2019 items 1-3 ------------------------
_A6_1_3_GROUNDS = {"investment", "senior_post_or_title", "contribution_or_special_need"}
_2019_GROUNDS = {"high_level_talent", "salary", "chinese_origin"}

_PRINCIPAL_A6 = met(
    gettext_noop(
        "Your family member applies, or holds permanent residence, as an investor, in a senior "
        "post or title, or for a major contribution or special need (2004 art. 6(1)(1) to (3))."
    )
)
_PRINCIPAL_TALENT_A6 = unknown(
    gettext_noop(
        "Your family member applies as recommended high-level talent under the 2019 measures. "
        "Whether that also counts as being specially needed under 2004 art. 6(1)(3) is not "
        "settled, so we cannot tell."
    )
)
_PRINCIPAL_OTHER_A6 = unmet(
    gettext_noop(
        "Your family member's grounds are not those of 2004 art. 6(1)(1) to (3) (investment, "
        "senior post or title, major contribution or special need)."
    )
)
_PRINCIPAL_NOT_KNOWN = unknown(
    gettext_noop("You do not know on what grounds your family member applies or holds it.")
)
_PRINCIPAL_MISSING = unknown(
    gettext_noop("You have not told us on what grounds your family member applies or holds it.")
)


def _principal_a6(answers: Answers) -> Check:
    grounds = answers.choice("principal_grounds")
    if grounds is None:
        return _PRINCIPAL_MISSING
    if grounds in _A6_1_3_GROUNDS:
        return _PRINCIPAL_A6
    if grounds == "high_level_talent":
        return _PRINCIPAL_TALENT_A6
    if grounds == "dont_know":
        return _PRINCIPAL_NOT_KNOWN
    return _PRINCIPAL_OTHER_A6


PRINCIPAL_UNDER_A6_1_3 = Condition(
    "principal_under_art_6_1_to_3",
    message(
        gettext_noop(
            "Your spouse or parent applies for, or holds, permanent residence under 2004 art. "
            "6(1)(1) to (3)"
        )
    ),
    _principal_a6,
)

_PRINCIPAL_2019 = met(
    gettext_noop(
        "Your family member applies as high-level talent, on salary and tax, or as a foreign "
        "national of Chinese origin (2019 items 1 to 3)."
    )
)
_PRINCIPAL_OTHER_2019 = unmet(
    gettext_noop("Your family member does not apply under items 1 to 3 of the 2019 measures.")
)


def _principal_2019(answers: Answers) -> Check:
    grounds = answers.choice("principal_grounds")
    if grounds is None:
        return _PRINCIPAL_MISSING
    if grounds in _2019_GROUNDS:
        return _PRINCIPAL_2019
    if grounds == "dont_know":
        return _PRINCIPAL_NOT_KNOWN
    return _PRINCIPAL_OTHER_2019


PRINCIPAL_UNDER_2019 = Condition(
    "principal_under_2019_measures",
    message(
        gettext_noop(
            "Your spouse or parent applies for permanent residence under items 1 to 3 of the "
            "2019 measures"
        )
    ),
    _principal_2019,
)

APPLYING_TOGETHER = Condition(
    "applies_together_with_principal",
    message(gettext_noop("You apply together with them")),
    by_answer(
        "principal_status",
        {
            "applying": met(gettext_noop("Your family member is applying now, and you with them.")),
            "granted": unmet(
                gettext_noop(
                    "Your family member already holds permanent residence: the 2019 measures let "
                    "family apply together with the applicant, not later."
                ),
                gap=gettext_noop(
                    "Look at the routes for the spouse or child of a permanent resident instead."
                ),
            ),
        },
        unknown(gettext_noop("You have not told us whether your family member is applying now.")),
    ),
)


def _dependant(minor_must_be_unmarried: bool):
    """The spouse, or a child under 18 (unmarried, for the 2004 Measures), of the principal."""

    def check(answers: Answers) -> Check:
        relation = answers.choice("principal_relation")
        if relation is None:
            return _RELATION_MISSING
        if relation == "spouse":
            return _SPOUSE
        birth = answers.date("date_of_birth")
        if birth is None or birth > answers.as_of:
            return _BIRTH_MISSING
        age = full_years(birth, answers.as_of)
        if age >= 18:
            return Check(
                UNMET,
                message(
                    gettext_noop(
                        "You are %(age)s: a child must be under 18 to apply with a parent."
                    ),
                    age=age,
                ),
                figures={"required": 18, "given": age, "unit": "age_under"},
            )
        if minor_must_be_unmarried:
            married = answers.choice("married")
            if married == "yes":
                return _MARRIED_CHILD
            if married is None:
                return _MARRIED_MISSING
        return Check(
            MET,
            message(gettext_noop("You are %(age)s, a child under 18 of that parent."), age=age),
            figures={"required": 18, "given": age, "unit": "age_under"},
        )

    return check


_RELATION_MISSING = unknown(
    gettext_noop("You have not told us who applies: your spouse or a parent.")
)
_SPOUSE = met(gettext_noop("You are their spouse."))
_BIRTH_MISSING = unknown(gettext_noop("You have not told us your date of birth."))
_MARRIED_CHILD = unmet(
    gettext_noop("You told us you are married. The 2004 Measures are for unmarried children.")
)
_MARRIED_MISSING = unknown(gettext_noop("You have not told us whether you are married."))

SPOUSE_OR_UNMARRIED_MINOR = Condition(
    "spouse_or_unmarried_child_under_18",
    message(gettext_noop("You are their spouse, or their unmarried child under 18")),
    _dependant(minor_must_be_unmarried=True),
    readings=(AGE_ON_APPLICATION_DATE,),
)
SPOUSE_OR_MINOR = Condition(
    "spouse_or_child_under_18",
    message(gettext_noop("You are their foreign spouse, or their child under 18")),
    _dependant(minor_must_be_unmarried=False),
    readings=(AGE_ON_APPLICATION_DATE,),
)
