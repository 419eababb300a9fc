"""The eligibility engine: plain Python, no Django. Facts in, a result value out.

from eligibility.engine import evaluate, RULE_SETS
result = evaluate(answers)            # rule set "draft_2020"
snapshot = result.to_dict()           # JSON-serialisable, self-contained
"""

from eligibility.engine.evaluate import UnknownRuleSet, evaluate
from eligibility.engine.model import Confidence, Outcome, RiskStatus, RuleSet, Status
from eligibility.engine.result import Result
from eligibility.engine.rulesets import RULE_SETS

__all__ = [
    "RULE_SETS",
    "Confidence",
    "Outcome",
    "Result",
    "RiskStatus",
    "RuleSet",
    "Status",
    "UnknownRuleSet",
    "evaluate",
]
