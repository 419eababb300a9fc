"""Finding English interface text left on a page that should be in Chinese.

What a reader sees is the text of the page and a few attributes (titles, labels, alternative
text). Deliberate English is left out: ``<script>``, ``<style>`` and every element marked
``lang="en"`` (our English rendering of the regulation, the "English" button). So are things that
are not words of the interface: references, web and e-mail addresses, numbers and dates, and the
applicant's own entries, which a test names explicitly.
"""

import re
from html.parser import HTMLParser

VOID_ELEMENTS = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
}  # fmt: skip
NOT_READ = {"script", "style", "template"}
READ_ATTRIBUTES = ("title", "alt", "aria-label", "placeholder")

REFERENCE = re.compile(r"\bRP-[0-9A-Z]{4}-[0-9A-Z]{2}\b")
URL = re.compile(r"https?://[^\s<>\"'，。；）]+")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Codes that are not words: ids of open questions and grounds (A21, R3), rule set versions.
CODE = re.compile(r"\b\w*\d[\w.-]*\b")
# Latin words: two or more letters (an apostrophe or hyphen inside a word belongs to it).
WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
ENGLISH_RUN = re.compile(rf"{WORD.pattern}(?:[\s,.:;!?()“”‘’\"'/&–-]+{WORD.pattern})+")

# Latin words a Chinese page may show: each one is named here on purpose.
ALLOWED_WORDS = frozenset(
    {
        "CSV",  # the export format, as advisors' software names it
        "PDF",  # the file format, as browsers name it
        "Cookie",  # as Chinese websites name cookies
    }
)


class _ReadableText(HTMLParser):
    def __init__(self, region_id: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.region_id = region_id
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, left out, inside the region)
        self.parts: list[str] = []

    def _state(self) -> tuple[bool, bool]:
        if not self.stack:
            return False, self.region_id is None
        _, left_out, inside = self.stack[-1]
        return left_out, inside

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        left_out, inside = self._state()
        left_out = (
            left_out or tag in NOT_READ or values.get("lang", "").lower().split("-")[0] == "en"
        )
        inside = inside or (self.region_id is not None and values.get("id") == self.region_id)
        if inside and not left_out:
            self.parts.extend(values[name] for name in READ_ATTRIBUTES if values.get(name))
            if tag == "input" and values.get("type") in ("submit", "button", "reset"):
                self.parts.append(values.get("value", ""))
        if tag not in VOID_ELEMENTS:
            self.stack.append((tag, left_out, inside))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        left_out, inside = self._state()
        if inside and not left_out:
            self.parts.append(data)


def readable_text(html: str, region_id: str | None = None) -> str:
    """The text a reader sees (in the element with this id, if given), without deliberate
    English, one part per line."""
    parser = _ReadableText(region_id)
    parser.feed(html)
    parser.close()
    return "\n".join(" ".join(part.split()) for part in parser.parts if part.strip())


def english_left(html: str, region_id: str | None = None, entries: tuple[str, ...] = ()) -> list:
    """The English a Chinese page still shows: every run of Latin words, and every single Latin
    word not allowed on purpose, each with the line it was found in. ``entries`` are the
    applicant's own entries (a name they typed), which are data, not interface."""
    found = []
    for line in readable_text(html, region_id).splitlines():
        text = line
        for entry in entries:
            text = text.replace(entry, " ")
        for pattern in (REFERENCE, URL, EMAIL, CODE):
            text = pattern.sub(" ", text)
        runs = ENGLISH_RUN.findall(text)
        words = [
            word
            for word in WORD.findall(ENGLISH_RUN.sub(" ", text))
            if len(word) > 1 and word not in ALLOWED_WORDS
        ]
        if runs or words:
            found.append(f"{', '.join(runs + words)!r} in {line!r}")
    return found
