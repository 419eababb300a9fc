"""Citations into the 2020 consultation draft (draft-2020.md §3), with how each number is known."""

from eligibility.engine.model import Citation
from eligibility.engine.text import Message, gettext_noop, message

RULE_SET_ID = "draft_2020"

_SECONDARY_NUMBER = message(gettext_noop("Article number given by secondary sources."))
_INFERRED_NUMBER = message(gettext_noop("Article number inferred; content inferred."))
_ONE_SOURCE_NUMBER = message(gettext_noop("Article number given by one source."))


# Articles whose number is not seen in a reproduction of the text (draft-2020.md §2, A1).
_NUMBER_NOTES = {
    15: _SECONDARY_NUMBER,
    16: _ONE_SOURCE_NUMBER,
    18: _INFERRED_NUMBER,
    26: _ONE_SOURCE_NUMBER,
}


def cite(
    article: int | None = None,
    item: int | None = None,
    paragraph: int | None = None,
    clause: int | None = None,
    label: Message | None = None,
) -> Citation:
    return Citation(
        RULE_SET_ID, article, item, paragraph, clause, _NUMBER_NOTES.get(article), label
    )


ART_10 = cite(10)
ART_10_1 = cite(10, paragraph=1)
ART_10_2 = cite(10, paragraph=2)
ART_15 = cite(15)
ART_26 = cite(26)
MINIMUM_STAY = cite(
    label=message(gettext_noop("Minimum stay after approval (article number not found)"))
)
PROCEDURE = cite(
    label=message(gettext_noop("Application and approval procedure (art. 20 or later, inferred)"))
)
EXIT_ENTRY_LAW_49 = Citation(
    "exit_entry_law",
    label=message(
        gettext_noop(
            "Exit and Entry Administration Law, art. %(article)s, items (1) to (5): law in force, "
            "not part of the draft"
        ),
        article=49,
    ),
)
