"""Talent brought in for the country's development (art. 13)."""

from eligibility.engine.answers import Answers
from eligibility.engine.conditions import (
    by_answer,
    met,
    recommendation,
    unknown,
    unmet,
)
from eligibility.engine.model import Check, Condition
from eligibility.engine.readings import KEY_INSTITUTION_LIST
from eligibility.engine.text import gettext_noop, message

# --- Art. 13(2): academic and research staff -------------------------------------------------
NATIONAL_KEY_INSTITUTION = Condition(
    "national_key_institution",
    message(
        gettext_noop(
            "The university or research institute that brought you in is under national key "
            "construction"
        )
    ),
    by_answer(
        "institution_national_key",
        {
            "yes": met(gettext_noop("You told us your institution is on a national key list.")),
            "no": unmet(
                gettext_noop("You told us your institution is not on a national key list."),
                gap=gettext_noop(
                    "A post at a national key institution; at another institution, only "
                    "professors and research fellows qualify."
                ),
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether your institution is on a national key list. The "
                    "draft gives no list (open question A6)."
                )
            ),
        },
        unknown(
            gettext_noop(
                "You have not told us whether your institution is under national key construction."
            )
        ),
    ),
    readings=(KEY_INSTITUTION_LIST,),
)

_TITLE_MISSING = unknown(gettext_noop("You have not told us your academic title."))
_ASSISTANT_OR_HIGHER = met(
    gettext_noop("Your title is assistant professor or assistant research fellow, or higher.")
)
TITLE_ASSISTANT_OR_HIGHER = Condition(
    "title_assistant_or_higher",
    message(
        gettext_noop(
            "You hold the title of assistant professor or assistant research fellow, or higher"
        )
    ),
    by_answer(
        "academic_title",
        {
            "full": _ASSISTANT_OR_HIGHER,
            "associate": _ASSISTANT_OR_HIGHER,
            "assistant": _ASSISTANT_OR_HIGHER,
            "intermediate_other": unknown(
                gettext_noop(
                    "Your title is of the intermediate grade (中级), like a lecturer (讲师). An "
                    "assistant research fellow is of the same grade, but the draft names only "
                    "assistant professors and assistant research fellows, and no published "
                    "text says other titles of that grade count, so we cannot tell."
                )
            ),
            "junior_or_none": unmet(
                gettext_noop(
                    "Your title is below the intermediate grade of assistant professor or "
                    "assistant research fellow."
                ),
                gap=gettext_noop(
                    "The title of assistant professor or assistant research fellow, or higher."
                ),
            ),
        },
        _TITLE_MISSING,
    ),
)
_NOT_FULL = unmet(
    gettext_noop("You are not a professor or research fellow (full rank)."),
    gap=gettext_noop("The title of professor or research fellow (full rank)."),
)
TITLE_FULL = Condition(
    "title_professor_or_research_fellow",
    message(gettext_noop("You hold the title of professor or research fellow (full rank)")),
    by_answer(
        "academic_title",
        {
            "full": met(gettext_noop("You are a professor or research fellow.")),
            "associate": _NOT_FULL,
            "assistant": _NOT_FULL,
            "intermediate_other": _NOT_FULL,
            "junior_or_none": _NOT_FULL,
        },
        _TITLE_MISSING,
    ),
)


# --- Art. 13(3): senior staff of enterprises (substance only; A7) ----------------------------
def _enterprise_type(answers: Answers) -> Check:
    kinds = answers.choices("employer_kinds")
    innovative = answers.choice("enterprise_innovative_or_well_known")
    if kinds is not None and "high_tech_enterprise" in kinds:
        return _HIGH_TECH
    if innovative == "yes":
        return _INNOVATIVE
    high_tech_unknown = kinds is None or "dont_know" in kinds
    if not high_tech_unknown and innovative == "no":
        return _NEITHER_ENTERPRISE
    if innovative == "dont_know" or (kinds is not None and "dont_know" in kinds):
        return _ENTERPRISE_NOT_KNOWN
    return _ENTERPRISE_MISSING


_HIGH_TECH = met(gettext_noop("Your employer holds a high-tech enterprise certificate."))
_INNOVATIVE = met(
    gettext_noop(
        "You told us your employer is recognised as an innovative or well-known domestic "
        "enterprise."
    ),
    message(gettext_noop("No standard for these terms is published (open question A7).")),
)
_NEITHER_ENTERPRISE = unmet(
    gettext_noop(
        "You told us your employer is neither a certified high-tech enterprise nor an innovative "
        "or well-known domestic enterprise."
    )
)
_ENTERPRISE_NOT_KNOWN = unknown(
    gettext_noop(
        "You do not know whether your employer is a certified high-tech enterprise or an "
        "innovative or well-known domestic enterprise. Only the high-tech certificate can be "
        "checked; the other terms are undefined (open question A7)."
    )
)
_ENTERPRISE_MISSING = unknown(
    gettext_noop("You have not told us what kind of enterprise brought you in.")
)
ENTERPRISE_TYPE = Condition(
    "high_tech_innovative_or_well_known_enterprise",
    message(
        gettext_noop(
            "You were brought in by a high-tech enterprise, an innovative enterprise or a "
            "well-known domestic enterprise"
        )
    ),
    _enterprise_type,
)

_SENIOR_POST = met(
    gettext_noop("You hold a senior management post or a senior professional or technical post.")
)
SENIOR_POST = Condition(
    "senior_post",
    message(
        gettext_noop("You are senior management staff, or senior professional or technical staff")
    ),
    by_answer(
        "enterprise_post",
        {
            "senior_management": _SENIOR_POST,
            "senior_technical": _SENIOR_POST,
            "other": unmet(
                gettext_noop(
                    "Your post is neither a senior management post nor a senior professional or "
                    "technical post."
                )
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether your post counts as senior. The draft does not "
                    "define senior posts (open question A7)."
                )
            ),
        },
        unknown(gettext_noop("You have not told us your post in the enterprise.")),
    ),
)


# --- Recommendations (A5, A25) ----------------------------------------------------------------
URGENT_TALENT_RECOMMENDED = recommendation(
    "recommended_as_urgently_needed_talent",
    "competent_authority_recommendation",
    gettext_noop(
        "The competent authority recommends you as urgently needed or scarce talent (open "
        "question A5)"
    ),
)
INSTITUTION_RECOMMENDED = recommendation(
    "recommended_by_institution",
    "employer_recommendation",
    gettext_noop("The university or research institute that brought you in recommends you"),
)
ENTERPRISE_RECOMMENDED = recommendation(
    "recommended_by_enterprise",
    "employer_recommendation",
    gettext_noop("The enterprise that brought you in recommends you"),
)
