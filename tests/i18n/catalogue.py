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
