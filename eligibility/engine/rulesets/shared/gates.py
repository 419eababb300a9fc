"""Gates: whether a route concerns the applicant at all (a situation or a family link)."""

from eligibility.engine.conditions import gate, gate_any
from eligibility.engine.model import Condition, ConditionKind
from eligibility.engine.text import gettext_noop, message


# --- Situations: whether a route concerns the applicant at all ----------------------------
def _situation(topic: str, label: str, reason: str) -> Condition:
    return Condition(
        f"situation_{topic}", message(label), gate("situations", topic, reason), ConditionKind.GATE
    )


WORKS_IN_CHINA = _situation(
    "work",
    gettext_noop("You work in China"),
    gettext_noop("You did not say you work in China."),
)
ACADEMIC_POST = _situation(
    "academic",
    gettext_noop("You hold an academic or research post in China"),
    gettext_noop(
        "You did not say you hold an academic or research post at a university or research "
        "institute in China."
    ),
)
ENTERPRISE_SENIOR_POST = _situation(
    "enterprise_senior",
    gettext_noop("You hold a senior post in an enterprise in China"),
    gettext_noop("You did not say you hold a senior post in an enterprise in China."),
)
INVESTS_IN_CHINA = _situation(
    "investment",
    gettext_noop("You have invested in China"),
    gettext_noop("You did not say you have invested in China."),
)
FAMILY_IN_CHINA = _situation(
    "family",
    gettext_noop("You have family in China"),
    gettext_noop(
        "You did not say you have family in China who are Chinese or hold Chinese permanent "
        "residence."
    ),
)
MADE_CONTRIBUTION = _situation(
    "contribution",
    gettext_noop("You have made an outstanding contribution to China"),
    gettext_noop("You did not say you have made an outstanding contribution to China."),
)
HAS_ACHIEVEMENT = _situation(
    "achievement",
    gettext_noop("You have an internationally recognised achievement"),
    gettext_noop("You did not say you have an internationally recognised achievement."),
)
HAS_OTHER_REASON = _situation(
    "other_reason",
    gettext_noop("You have another reason to live permanently in China"),
    gettext_noop("You did not say you have another reason to live permanently in China."),
)


def _family_link(link: str, label: str, reason: str) -> Condition:
    return Condition(
        f"family_link_{link}",
        message(label),
        gate("family_links", link, reason),
        ConditionKind.GATE,
    )


JOINS_SPOUSE = _family_link(
    "spouse",
    gettext_noop("You would join your spouse in China"),
    gettext_noop("You did not say you would join a spouse in China."),
)
JOINS_PARENT = _family_link(
    "parent",
    gettext_noop("You would join a parent in China"),
    gettext_noop("You did not say you would join a parent in China."),
)
JOINS_DIRECT_RELATIVE = _family_link(
    "other_direct_relative",
    gettext_noop("You would join a direct relative in China"),
    gettext_noop("You did not say you would join a direct relative in China."),
)


# --- Situations of the rules in force that span several topics ------------------------------
CONTRIBUTION_OR_SPECIAL_NEED = Condition(
    "situation_contribution_or_special_need",
    message(
        gettext_noop(
            "You have made an outstanding contribution to China, or you are high-level talent "
            "the state needs"
        )
    ),
    gate_any(
        "situations",
        ("contribution", "high_level_talent"),
        gettext_noop(
            "You did not say you have made an outstanding contribution to China or that you are "
            "high-level talent the state needs."
        ),
    ),
    ConditionKind.GATE,
)
TALENT_CONTRIBUTION_OR_ACHIEVEMENT = Condition(
    "situation_talent_contribution_or_achievement",
    message(
        gettext_noop(
            "You are high-level talent, have made an outstanding contribution or have an "
            "internationally recognised achievement"
        )
    ),
    gate_any(
        "situations",
        ("high_level_talent", "contribution", "achievement"),
        gettext_noop(
            "You did not say you are high-level talent, have made an outstanding contribution "
            "to China, or have an internationally recognised achievement."
        ),
    ),
    ConditionKind.GATE,
)
FAMILY_OF_APPLICANT = _situation(
    "family_of_applicant",
    gettext_noop(
        "Your spouse or a parent applies for, or holds, permanent residence on their own grounds"
    ),
    gettext_noop(
        "You did not say that your spouse or a parent applies for, or holds, permanent "
        "residence on their own grounds."
    ),
)
