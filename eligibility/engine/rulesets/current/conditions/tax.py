"""A good tax record: asked of investors (2004 art. 6(1)(1)) and of employees under the 2019
measures' item 2 alike."""

from eligibility.engine.conditions import by_answer, met, unknown, unmet
from eligibility.engine.model import Condition
from eligibility.engine.text import gettext_noop, message

GOOD_TAX_RECORD = Condition(
    "good_tax_record",
    message(gettext_noop("You have a good tax record")),
    by_answer(
        "tax_record_issues",
        {
            "no": met(
                gettext_noop("You told us you have no tax arrears and no tax penalty in China.")
            ),
            "yes": unmet(
                gettext_noop(
                    "You told us you have tax arrears or have had a tax penalty in China. The "
                    "2004 Measures require a good tax record, which they do not define (open "
                    "question A14)."
                ),
                gap=gettext_noop(
                    "A good tax record: settled arrears at least. Whether a past penalty still "
                    "counts against you is not known."
                ),
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether you have tax arrears or a tax penalty in China "
                    "(open question A14)."
                )
            ),
        },
        unknown(gettext_noop("You have not told us about your tax record in China.")),
    ),
)
