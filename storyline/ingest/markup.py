"""Text of an HTML fragment (a feed item's content) with one line per paragraph, via lxml."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from storyline.ingest.nesting import cap_nesting

_BLOCKS = frozenset(
    {
        *("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"),
        *("table", "tr", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt"),
    }
)
_DROPPED = ("script", "style", "noscript", "iframe", "template")


def fragment_text(fragment: str) -> str:
    """The visible text of `fragment`, paragraphs separated by blank lines; "" when it has none."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(cap_nesting(fragment), create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    etree.strip_elements(root, *_DROPPED, with_tail=False)
    parts: list[str] = []
    _walk(root, parts)
    text = "".join(parts)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _walk(element: etree._Element, parts: list[str]) -> None:
    block = isinstance(element.tag, str) and element.tag.lower() in _BLOCKS
    if block:
        parts.append("\n\n")
    if element.text and isinstance(element.tag, str):
        parts.append(element.text)
    for child in element:
        _walk(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n\n")
