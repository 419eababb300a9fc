"""Reading a page as a user would: the text of a part of it, its headings, links and languages."""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "wbr"}
HIDDEN_TAGS = {"script", "style", "template"}
INLINE_TAGS = {"a", "abbr", "b", "code", "em", "i", "small", "span", "strong"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    parent: "Element | None" = None
    children: list["Element | str"] = field(default_factory=list)

    def text(self) -> str:
        """The text inside, with whitespace collapsed; blocks (paragraphs, items…) are apart."""
        parts: list[str] = []
        self._collect(parts)
        return re.sub(r"\s+", " ", "".join(parts)).strip()

    def _collect(self, parts: list[str]) -> None:
        if self.tag in HIDDEN_TAGS:
            return
        separator = "" if self.tag in INLINE_TAGS else " "
        parts.append(separator)
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            else:
                child._collect(parts)
        parts.append(separator)

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find(self, element_id: str) -> "Element":
        for element in self.iter():
            if element.attrs.get("id") == element_id:
                return element
        raise AssertionError(f"No element with id {element_id!r}")

    def select(self, tag: str, **attrs: str) -> list["Element"]:
        """Elements with this tag whose attributes contain these values (class: one of them)."""
        found = []
        for element in self.iter():
            if element.tag != tag:
                continue
            if all(
                value in element.attrs.get(name.rstrip("_"), "").split()
                if name == "class_"
                else element.attrs.get(name) == value
                for name, value in attrs.items()
            ):
                found.append(element)
        return found

    def lang(self) -> str | None:
        element: Element | None = self
        while element is not None:
            if "lang" in element.attrs:
                return element.attrs["lang"]
            element = element.parent
        return None


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.current = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs}, self.current)
        self.current.children.append(element)
        if tag not in VOID_TAGS:
            self.current = element

    def handle_endtag(self, tag: str) -> None:
        element: Element | None = self.current
        while element is not None and element.tag != tag:
            element = element.parent
        if element is not None and element.parent is not None:
            self.current = element.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse(html: str) -> Element:
    builder = _TreeBuilder()
    builder.feed(html)
    return builder.root


def text(html: str, element_id: str = "main") -> str:
    return parse(html).find(element_id).text()


def headings(html: str) -> list[tuple[int, str]]:
    return [
        (int(element.tag[1]), element.text())
        for element in parse(html).iter()
        if re.fullmatch(r"h[1-6]", element.tag)
    ]


def links(html: str, element_id: str) -> list[tuple[str, str]]:
    return [(a.attrs.get("href", ""), a.text()) for a in parse(html).find(element_id).select("a")]
