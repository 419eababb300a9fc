"""The Chinese catalogue: complete, well-formed, compiled, and up to date with the source."""

import os
import re
import shutil
import subprocess
import sys
from gettext import GNUTranslations

import polib
import pytest

from tests.i18n.catalogue import (
    IGNORED,
    MO,
    PO,
    PROJECT,
    UNSPACED,
    as_read,
    makemessages_arguments,
    placeholders,
)

GETTEXT_TOOLS = ("xgettext", "msgmerge", "msguniq", "msgattrib", "msgfmt")


def require_gettext() -> None:
    missing = [tool for tool in GETTEXT_TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.fail(
            f"GNU gettext is needed to check the catalogue ({', '.join(missing)} not found): "
            "apt-get install -y gettext"
        )


@pytest.fixture(scope="module")
def catalogue() -> polib.POFile:
    return polib.pofile(str(PO))


def test_every_message_is_translated_and_none_is_fuzzy(catalogue):
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, f"{len(untranslated)} untranslated: {untranslated}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy: {fuzzy}"
    assert not catalogue.obsolete_entries(), "obsolete entries: run makemessages --no-obsolete"
    assert len(catalogue) > 500


def test_the_header_is_complete_so_that_plurals_work(catalogue):
    # A fuzzy header is left out of the .mo, and ngettext would then fall back to English.
    assert not catalogue.metadata_is_fuzzy
    assert catalogue.metadata["Language"] == "zh_Hans"
    assert catalogue.metadata["Plural-Forms"] == "nplurals=1; plural=0;"
    assert catalogue.metadata["Content-Type"] == "text/plain; charset=UTF-8"


def test_translations_keep_every_placeholder(catalogue):
    wrong = []
    for entry in catalogue.translated_entries():
        if entry.msgid_plural:
            translations = entry.msgstr_plural.values()
            expected = placeholders(entry.msgid_plural)
        else:
            translations = [entry.msgstr]
            expected = placeholders(entry.msgid)
        for translation in translations:
            if placeholders(translation) != expected:
                wrong.append((entry.msgid, translation))
            # A lone percent sign breaks "text % params".
            if "%" in entry.msgid + translation and "%" in translation.replace("%%", ""):
                leftover = translation
                for placeholder in expected:
                    leftover = leftover.replace(placeholder, "")
                if "%" in leftover.replace("%%", ""):
                    wrong.append((entry.msgid, translation))
    assert not wrong, wrong


def is_chinese(character: str) -> bool:
    """A Chinese character, or Chinese (full-width) punctuation: a message may be only
    "%(citation)s。" or "（%(note)s）"."""
    return (
        "\u4e00" <= character <= "\u9fff"
        or "\u3000" <= character <= "\u303f"
        or "\uff00" <= character <= "\uffef"
    )


def test_translations_are_chinese_and_keep_the_markup(catalogue):
    """Every translation is written in Chinese, and HTML in a message is kept as it is."""
    wrong = []
    for entry in catalogue.translated_entries():
        translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for translation in translations:
            if not any(is_chinese(character) for character in translation):
                wrong.append((entry.msgid, translation))
            if sorted(re.findall(r"</?\w+", entry.msgid)) != sorted(
                re.findall(r"</?\w+", translation)
            ):
                wrong.append((entry.msgid, translation))
    assert not wrong, wrong


def test_chinese_is_spaced_from_latin_letters_digits_and_figures(catalogue):
    """Every message, as the reader sees it with figures and dates in its placeholders, follows
    the copywriting guidelines' spacing: "第 6 条", "2020 年", "要求 %(required)s 年"."""
    wrong = [
        f"{entry.msgid!r}: {translation!r}"
        for entry in catalogue
        for translation in [entry.msgstr, *entry.msgstr_plural.values()]
        if UNSPACED.search(as_read(entry.msgid, translation))
    ]
    assert not wrong, "\n".join(wrong)


def test_msgfmt_accepts_the_catalogue():
    require_gettext()
    result = subprocess.run(
        ["msgfmt", "--check", "--output-file", os.devnull, str(PO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_the_committed_mo_file_matches_the_po_file(catalogue):
    """The compiled catalogue is committed so that a machine without gettext can run the site;
    it must say exactly what the .po says."""
    assert MO.exists(), "compile it: python manage.py compilemessages -l zh_Hans -i .venv"
    with MO.open("rb") as file:
        compiled = GNUTranslations(file)
    expected = {}
    for entry in catalogue.translated_entries():
        if entry.msgid_plural:
            for index, text in entry.msgstr_plural.items():
                expected[(entry.msgid, int(index))] = text
        elif entry.msgctxt:
            expected[f"{entry.msgctxt}\x04{entry.msgid}"] = entry.msgstr
        else:
            expected[entry.msgid] = entry.msgstr
    actual = {key: value for key, value in compiled._catalog.items() if key != ""}
    differing = {
        key: (expected.get(key), actual.get(key))
        for key in expected.keys() | actual.keys()
        if expected.get(key) != actual.get(key)
    }
    assert not differing, (
        f"{len(differing)} messages differ between django.po and django.mo "
        f"(run compilemessages): {list(differing.items())[:10]}"
    )
    assert compiled.ngettext("%(count)s day", "%(count)s days", 3) == expected.get(
        ("%(count)s day", 0)
    )


def test_the_catalogue_has_every_message_in_the_source(tmp_path, catalogue):
    """makemessages, run on a copy of the project, finds no message that the committed
    catalogue lacks, and none that the source no longer has."""
    require_gettext()
    for name in ("residency", "eligibility", "templates", "locale"):
        shutil.copytree(
            PROJECT / name,
            tmp_path / name,
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
        )
    shutil.copy(PROJECT / "manage.py", tmp_path / "manage.py")
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "residency.settings",
        "SECRET_KEY": "makemessages-check",
        "DEBUG": "false",
        "PYTHONPATH": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", *makemessages_arguments()],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    extracted = polib.pofile(str(tmp_path / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"))
    in_source = {entry.msgid for entry in extracted if not entry.obsolete}
    committed = {entry.msgid for entry in catalogue}
    missing = sorted(in_source - committed)
    stale = sorted(committed - in_source)
    workflow = (
        "run: python manage.py makemessages -l zh_Hans --no-location --no-obsolete "
        + " ".join(f'-i "{pattern}"' for pattern in IGNORED)
        + ", translate, then python manage.py compilemessages -l zh_Hans -i .venv"
    )
    assert not missing, f"{len(missing)} messages are not in the catalogue ({workflow}): {missing}"
    assert not stale, f"{len(stale)} messages are no longer in the source ({workflow}): {stale}"
