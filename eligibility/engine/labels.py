"""Names of the codes a result uses (outcomes, statuses, confidence), as messages."""

from eligibility.engine.text import Message, gettext_noop, message

OUTCOMES: dict[str, Message] = {
    "eligible": message(gettext_noop("Meets the conditions")),
    "needs_recommendation": message(gettext_noop("Meets the conditions if recommended")),
    "undetermined": message(gettext_noop("Cannot tell")),
    "not_eligible": message(gettext_noop("Does not meet the conditions")),
}

STATUSES: dict[str, Message] = {
    "met": message(gettext_noop("Met")),
    "unmet": message(gettext_noop("Not met")),
    "unknown": message(gettext_noop("Cannot tell")),
}

CONFIDENCES: dict[str, Message] = {
    "verbatim": message(gettext_noop("Verbatim")),
    "near_verbatim": message(gettext_noop("Near-verbatim")),
    "substance_only": message(gettext_noop("Substance only")),
}

# What each confidence label obliges the product to say (README, "How the product presents them").
CONFIDENCE_NOTICES: dict[str, Message | None] = {
    "verbatim": None,
    "near_verbatim": message(
        gettext_noop(
            "Taken from a secondary copy of the text; the official wording may differ slightly."
        )
    ),
    "substance_only": message(
        gettext_noop(
            "The exact text of this provision is not available. This check is based on "
            "published summaries of its content."
        )
    ),
}

RISK_STATUSES: dict[str, Message] = {
    "indicated": message(gettext_noop("Your answers point to this")),
    "possible": message(gettext_noop("Cannot tell")),
    "not_indicated": message(gettext_noop("Nothing in your answers points to this")),
}

SOURCE_KINDS: dict[str, Message] = {
    "official": message(gettext_noop("Official source")),
    "official_media": message(gettext_noop("Official media")),
    "legal_database": message(gettext_noop("Legal database")),
    "news": message(gettext_noop("News report")),
    "copy": message(gettext_noop("Copy of the text")),
    "commentary": message(gettext_noop("Commentary")),
    "transcript": message(gettext_noop("Transcript")),
}

ALL: dict[str, dict[str, Message]] = {
    "outcomes": OUTCOMES,
    "statuses": STATUSES,
    "confidences": CONFIDENCES,
    "risk_statuses": RISK_STATUSES,
    "source_kinds": SOURCE_KINDS,
}
