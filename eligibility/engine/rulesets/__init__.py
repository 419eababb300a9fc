"""The registry of rule sets. Adding one is one more declaration (and its facts) here."""

from eligibility.engine.model import RuleSet
from eligibility.engine.rulesets.draft_2020 import RULE_SET as DRAFT_2020

RULE_SETS: dict[str, RuleSet] = {rule_set.id: rule_set for rule_set in (DRAFT_2020,)}
