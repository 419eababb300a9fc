"""Nationalities as ISO 3166-1 alpha-2 country codes, named in the reader's language by
django-countries.

The questionnaire once asked for the nationality as free text; ``code_for`` reads such text
("German", "Germany", "德国", "de") as a country code where it names one.
"""

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import Countries


class Nationalities(Countries):
    """The countries whose nationals apply as foreigners: not China, nor its Hong Kong, Macao
    and Taiwan regions, whose residents do not apply for a foreigner's permanent residence."""

    override = {
        "CN": None,
        "HK": None,
        "MO": None,
        "TW": None,
        # django-countries' Chinese name has half-width brackets; ours, full-width ones.
        "CC": _("Cocos (Keeling) Islands"),
    }


NATIONALITIES = Nationalities()

# How people write their nationality when it is not a country's name.
DEMONYMS = {
    "american": "US", "australian": "AU", "austrian": "AT", "belgian": "BE", "brazilian": "BR",
    "british": "GB", "canadian": "CA", "danish": "DK", "dutch": "NL", "egyptian": "EG",
    "english": "GB", "filipino": "PH", "finnish": "FI", "french": "FR", "german": "DE",
    "greek": "GR", "indian": "IN", "indonesian": "ID", "irish": "IE", "israeli": "IL",
    "italian": "IT", "japanese": "JP", "kenyan": "KE", "korean": "KR", "south korean": "KR",
    "malaysian": "MY", "mexican": "MX", "new zealander": "NZ", "nigerian": "NG",
    "norwegian": "NO", "pakistani": "PK", "polish": "PL", "portuguese": "PT", "russian": "RU",
    "scottish": "GB", "singaporean": "SG", "south african": "ZA", "spanish": "ES",
    "swedish": "SE", "swiss": "CH", "thai": "TH", "turkish": "TR", "ukrainian": "UA",
    "vietnamese": "VN", "welsh": "GB", "usa": "US", "us": "US", "uk": "GB",
    "united states": "US", "america": "US", "britain": "GB", "great britain": "GB",
    "korea": "KR", "russia": "RU", "vietnam": "VN", "美国人": "US", "英国人": "GB",
    "德国人": "DE", "法国人": "FR", "日本人": "JP", "韩国人": "KR", "加拿大人": "CA",
    "澳大利亚人": "AU", "俄罗斯人": "RU",
}  # fmt: skip


def code_for(text: str) -> str:
    """The country code a nationality written as text names, or "" if none."""
    key = " ".join(str(text).split()).casefold()
    if not key:
        return ""
    if len(key) == 2 and key.upper() in NATIONALITIES:
        return key.upper()
    code = DEMONYMS.get(key) or names_to_codes().get(key, "")
    return code if code in NATIONALITIES else ""


def names_to_codes() -> dict[str, str]:
    """Every country's name in each language of the site, lower-cased, with its code."""
    names = {}
    for language in ("en", "zh-hans"):
        with translation.override(language):
            names.update({str(name).casefold(): code for code, name in NATIONALITIES})
    return names


def codes_matching(term: str) -> list[str]:
    """The codes of the countries an advisor's search term names: a word of the country's
    name in English starting with it ("ken", "south kor"), a Chinese name containing it, the
    start of a demonym ("germ") or the code itself."""
    key = " ".join(term.split()).casefold()
    if len(key) < 2:
        return []
    found = {
        code
        for name, code in names_to_codes().items()
        if (name.isascii() and any(word.startswith(key) for word in word_starts(name)))
        or (not key.isascii() and key in name)
    }
    found.update(code for demonym, code in DEMONYMS.items() if demonym.startswith(key))
    if len(key) == 2 and key.upper() in NATIONALITIES:
        found.add(key.upper())
    return sorted(code for code in found if code in NATIONALITIES)


def word_starts(name: str) -> list[str]:
    """The name from each of its words on: "south korea", "korea"."""
    words = name.replace("(", " ").replace(",", " ").split()
    return [" ".join(words[i:]) for i in range(len(words))]


def name_of(value: str) -> str:
    """A stored nationality in the active language: the country's name for a code, the text
    as written otherwise (answers saved before the question offered countries)."""
    return str(NATIONALITIES.name(value) or value) if value else ""
