"""Contribution, special need and high-level talent (2004 art. 6(1)(3); 2019 item 1): both turn
on a discretionary recommendation and on undefined terms (A25)."""

from eligibility.engine.conditions import GOVERNMENT_RECOMMENDERS, government_recommendation
from eligibility.engine.text import gettext_noop

RECOMMENDED_BY_GOVERNMENT = government_recommendation(
    "recommended_by_government_department",
    gettext_noop("A competent Chinese government department recommends you"),
    GOVERNMENT_RECOMMENDERS,
)
RECOMMENDED_AS_TALENT = government_recommendation(
    "recommended_by_authority_province_or_key_region",
    gettext_noop(
        "A relevant competent national authority, a provincial-level government or the "
        "administration of a national key development region recommends you"
    ),
    ("national_authority", "provincial_government", "key_region_administration"),
)
