"""Outstanding contribution (art. 11), recognised achievement (art. 12), other legitimate
reasons (art. 19)."""

from eligibility.engine.conditions import (
    always,
    by_answer,
    government_recommendation,
    met,
    selected,
    unknown,
    unmet,
)
from eligibility.engine.model import Condition, ConditionKind
from eligibility.engine.text import gettext_noop, message

# --- Art. 11: outstanding contribution ------------------------------------------------------
_CONTRIBUTION_MISSING = unknown(
    gettext_noop("You have not told us what kind of contribution you have made.")
)


def _contribution(kind: str, label: str) -> Condition:
    return Condition(
        f"contribution_{kind}",
        message(label),
        selected(
            "contribution_kinds",
            kind,
            met(
                gettext_noop("You told us you have made an outstanding contribution of this kind.")
            ),
            unmet(
                gettext_noop(
                    "You did not say you have made an outstanding contribution of this kind."
                )
            ),
            _CONTRIBUTION_MISSING,
        ),
        ConditionKind.GATE,
    )


CONTRIBUTION_SCIENCE = _contribution(
    "science_education_culture_health_sport",
    gettext_noop(
        "You have made an outstanding contribution to China's science and technology, "
        "education, culture, health, sport or a similar field"
    ),
)
CONTRIBUTION_PUBLIC_WELFARE = _contribution(
    "public_welfare_in_china",
    gettext_noop(
        "Your public-interest activities in China made an outstanding contribution to China's "
        "public-welfare undertakings"
    ),
)
CONTRIBUTION_FRIENDSHIP = _contribution(
    "friendship_peace_development",
    gettext_noop(
        "You have made an outstanding contribution to friendly exchanges and cooperation between "
        "China and other countries, to world peace or to common development"
    ),
)
CONTRIBUTION_OTHER = _contribution(
    "other",
    gettext_noop(
        "You have made another kind of outstanding contribution to China's economic and social "
        "development"
    ),
)
CONTRIBUTION_OTHER_CRITERIA = Condition(
    "contribution_other_criteria",
    message(gettext_noop("Your contribution meets the criteria of this open category")),
    always(
        unknown(
            gettext_noop(
                "Standard not published: the draft sets no criteria for this open category. "
                "An application may be possible, but we cannot tell."
            )
        )
    ),
)


CONTRIBUTION_RECOMMENDED = government_recommendation(
    "recommended_by_authority_or_province",
    gettext_noop(
        "You are recommended by a relevant competent national authority or a provincial-level "
        "government"
    ),
    ("national_authority", "provincial_government"),
)


# --- Art. 12: internationally recognised achievement ----------------------------------------
RECOGNISED_ACHIEVEMENT = Condition(
    "recognised_achievement",
    message(
        gettext_noop(
            "You have an internationally recognised, outstanding achievement in economics, "
            "science and technology, education, culture, health, sport or a similar field"
        )
    ),
    by_answer(
        "recognised_achievement",
        {
            "yes": met(
                gettext_noop(
                    "You told us you have an internationally recognised outstanding achievement."
                ),
                message(
                    gettext_noop(
                        "This rests on your own statement: no official standard is published, "
                        "and the authorities decide (open question A2)."
                    )
                ),
            ),
            "no": unmet(
                gettext_noop(
                    "You told us you do not have an internationally recognised outstanding "
                    "achievement."
                )
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You are not sure whether your achievement is internationally recognised. "
                    "No standard is published (open question A2)."
                )
            ),
        },
        unknown(
            gettext_noop(
                "You have not told us whether you have an internationally recognised "
                "outstanding achievement."
            )
        ),
    ),
)


# --- Art. 19: other legitimate reasons (no published criteria) ------------------------------
OTHER_LEGITIMATE_REASON = Condition(
    "other_legitimate_reason",
    message(gettext_noop("You need to reside permanently in China for another legitimate reason")),
    always(
        unknown(
            gettext_noop(
                "Standard not published: the draft sets no criteria for other legitimate "
                "reasons. An application may be possible, but we cannot tell (open question "
                "A32)."
            )
        )
    ),
)
