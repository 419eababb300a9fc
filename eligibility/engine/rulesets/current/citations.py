"""Citations into the rules in force (in-force.md): the Exit and Entry Administration Law, the
2004 Measures with the 2015 widening of employers, and the 2019 nationwide measures."""

from eligibility.engine.model import Citation
from eligibility.engine.text import gettext_noop, message

RULE_SET_ID = "current"


def measures(article: int, item: int | None = None, also: int | None = None) -> Citation:
    """2004 Measures, art. ``article`` (para. 1, item ``item``), with art. ``also`` (item)."""
    if item is None:
        label = message(gettext_noop("2004 Measures, art. %(article)s"), article=article)
    elif also is None:
        label = message(
            gettext_noop("2004 Measures, art. %(article)s(1)(%(item)s)"), article=article, item=item
        )
    else:
        label = message(
            gettext_noop("2004 Measures, art. %(article)s(1)(%(item)s) and art. %(also)s"),
            article=article,
            item=item,
            also=also,
        )
    return Citation(RULE_SET_ID, article=article, item=item, label=label)


def investment_tier(tier: int) -> Citation:
    return Citation(
        RULE_SET_ID,
        article=6,
        item=1,
        label=message(gettext_noop("2004 Measures, art. 6(1)(1) and art. 7(%(tier)s)"), tier=tier),
    )


def measures_2019(item: int) -> Citation:
    return Citation(
        RULE_SET_ID,
        item=item,
        label=message(gettext_noop("2019 nationwide measures, item (%(item)s)"), item=item),
    )


# Spouses and minor children may apply with a principal under each of the three items.
ITEMS_1_TO_3_2019 = Citation(
    RULE_SET_ID,
    item=1,
    label=message(gettext_noop("2019 nationwide measures, items (1), (2) and (3)")),
)
ART_6 = measures(6)
ART_6_2_WITH_8 = Citation(
    RULE_SET_ID,
    article=6,
    item=2,
    label=message(gettext_noop("2004 Measures, art. 6(1)(2) and art. 8, widened in 2015")),
)
ART_9 = measures(9)
PROCEDURE = Citation(
    RULE_SET_ID,
    label=message(gettext_noop("2004 Measures, arts. 5 and 17 to 19")),
)
AFTER_GRANT = Citation(
    RULE_SET_ID,
    label=message(gettext_noop("2004 Measures, arts. 20, 21 and 24")),
)
EXIT_ENTRY_LAW_49 = Citation(
    "exit_entry_law",
    label=message(gettext_noop("Exit and Entry Administration Law, art. %(article)s"), article=49),
)
