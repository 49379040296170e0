"""Bytes to text for every reader: byte-order marks, UTF-8, then charset-normalizer; binaries refused."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from storyline.errors import EmptyInput, UnreadableInput
from storyline.model import Rejected

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}  # C0 controls other than tab, LF, FF, CR
_SNIFF = 8192


def looks_binary(data: bytes) -> bool:
    """True when the first bytes hold a NUL or more than 5% control bytes (images, archives, PDFs)."""
    head = data[:_SNIFF]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte in _CONTROL)
    return controls > len(head) * 0.05


def decode(source: str, data: bytes) -> str | Rejected:
    """The text of `data`, or a Rejected naming why it is not text (binary, undecodable, empty)."""
    text = _decode_text(data)
    if text is None:
        return Rejected(
            stage="ingest",
            source=source,
            reason="binary or undecodable bytes: not UTF-8 or any detectable text encoding",
            code=UnreadableInput.code,
        )
    if not text.strip():
        return Rejected(stage="ingest", source=source, reason="empty file: no text", code=EmptyInput.code)
    return text


def _decode_text(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    if looks_binary(data):
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    return None if best is None else str(best)
