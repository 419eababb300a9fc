"""The registry of rule sets. Adding one is one more declaration (and its facts) here."""

from eligibility.engine.model import RuleSet
from eligibility.engine.rulesets.current import RULE_SET as CURRENT
from eligibility.engine.rulesets.draft_2020 import RULE_SET as DRAFT_2020

# The rules in force first: a result shows them first.
RULE_SETS: dict[str, RuleSet] = {rule_set.id: rule_set for rule_set in (CURRENT, DRAFT_2020)}
