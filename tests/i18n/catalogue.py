"""Where the Chinese catalogue is, and how to read it."""

import re
from pathlib import Path

from django.conf import settings

PROJECT = Path(settings.BASE_DIR)
LC_MESSAGES = PROJECT / "locale" / "zh_Hans" / "LC_MESSAGES"
PO = LC_MESSAGES / "django.po"
MO = LC_MESSAGES / "django.mo"
# What makemessages reads: the project's own code and templates, never tests or installed packages.
IGNORED = ("tests/*", "staticfiles/*", ".venv/*", "docs/*", "scripts/*")
PLACEHOLDER = re.compile(r"%\([a-z_0-9]+\)[sdf]|\{[a-z_0-9]*\}")


def makemessages_arguments() -> list[str]:
    arguments = ["makemessages", "-l", "zh_Hans", "--no-location"]
    for pattern in IGNORED:
        arguments += ["-i", pattern]
    return arguments


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


# The Chinese copywriting guidelines (sparanoid/chinese-copywriting-guidelines): a space between
# Chinese and Latin letters or digits.
CJK = "\u4e00-\u9fff"
UNSPACED = re.compile(rf"[{CJK}][A-Za-z0-9]|[A-Za-z0-9][{CJK}]")
# Placeholders filled with a date, which reads "2020 年 2 月 27 日" in Chinese.
DATE_PLACEHOLDERS = {"date", "start", "priority", "submitted", "earliest"}
# Limits of a question's answer: a figure, or an amount in words ("人民币 1,000 元"); the
# question wording test checks them with the values the questions show.
LIMIT_PLACEHOLDERS = {"maximum", "minimum"}
# Placeholders filled with Chinese words, not figures, dates or codes.
WORD_PLACEHOLDERS = {"by", "where", "first", "second", "currency", "filter_title", "risk", "routes"}
TAG = re.compile(r"<[^>]*>")
NAMED_PLACEHOLDER = re.compile(r"%\(([a-z_0-9]+)\)[sdf]")


def as_read(msgid: str, msgstr: str) -> str:
    """A translation as the reader sees it, for its spacing: markup left out, each placeholder
    replaced by a figure ("1"), a date as Chinese writes it ("1 日"), or a Chinese word where it
    stands for words (the missing part of a date, in "must include %(missing)s")."""
    words = WORD_PLACEHOLDERS | ({"missing"} if "must include %(missing)s" in msgid else set())

    def sample(match: re.Match) -> str:
        if match.group(1) in DATE_PLACEHOLDERS:
            return "1 日"
        if match.group(1) in LIMIT_PLACEHOLDERS:
            return "—"
        return "词" if match.group(1) in words else "1"

    return NAMED_PLACEHOLDER.sub(sample, TAG.sub("", msgstr))
