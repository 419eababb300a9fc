"""A good tax record: asked of investors (2004 Measures art. 6(1)(1)) and of senior staff
(art. 6(1)(2)) alike."""

from eligibility.engine.rulesets.shared.work import good_tax_record
from eligibility.engine.text import gettext_noop

GOOD_TAX_RECORD = good_tax_record(
    gettext_noop(
        "You told us you have tax arrears or have had a tax penalty in China. The 2004 Measures "
        "require a good tax record, which they do not define (open question A14)."
    )
)
