"""The changelist's search: what advisors type, each part found through an index.

A term finds assessments whose reference it is (with or without the "RP" prefix, with any
separators: "RP-TBPF-GW", "TBPF-GW", "rp tbpf gw", "rptbpfgw"), whose contact name or e-mail
address contains it anywhere (any script, any case), or whose nationality it names ("German",
"Kenya", "德国"). On PostgreSQL, trigram indexes serve the "contains" searches (migration
``0010_search_trigram_indexes``); a term of one or two characters has no trigram, and is
looked for row by row.
"""

import re

from django.db.models import Q, QuerySet
from django.db.models.functions import Lower

from eligibility.models import Assessment
from eligibility.nationalities import codes_matching
from eligibility.references import ALPHABET, PREFIX

# The reference's characters once spaces, dashes and the like are taken out.
REFERENCE = re.compile(rf"(?:{PREFIX})?([{ALPHABET}]{{4}})([{ALPHABET}]{{2}})")
SEPARATORS = re.compile(r"[\s\-_./·]+")


def reference_in(term: str) -> str | None:
    """The reference a term names however it was typed, e.g. "RP-TBPF-GW"."""
    match = REFERENCE.fullmatch(SEPARATORS.sub("", term.upper()))
    return f"{PREFIX}-{match[1]}-{match[2]}" if match else None


def search(queryset: QuerySet[Assessment], term: str) -> QuerySet[Assessment]:
    term = " ".join(term.split())
    if not term:
        return queryset
    lowered = term.lower()
    found = Q(name__contains=lowered) | Q(email__contains=lowered)
    if reference := reference_in(term):
        found |= Q(reference=reference)
    if codes := codes_matching(term):
        found |= Q(nationality__in=codes)
    return queryset.alias(name=Lower("contact_name"), email=Lower("contact_email")).filter(found)
