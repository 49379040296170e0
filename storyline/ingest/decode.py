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
_MAGIC = (  # file signatures of kinds that are never text
    *(b"%PDF-", b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"PK\x03\x04", b"PK\x05\x06"),
    *(b"\x1f\x8b", b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"\x28\xb5\x2f\xfd", b"\x7fELF"),
    *(
        b"SQLite format 3\x00",
        b"OggS",
        b"fLaC",
        b"ID3\x03",
        b"ID3\x04",
        b"\x00\x00\x01\x00",
        b"II*\x00",
        b"MM\x00*",
    ),
)


def looks_binary(data: bytes) -> bool:
    """True for images, archives, PDFs and other binaries: a known file signature, or control bytes.

    A few NUL bytes do not make a file binary (a real article may carry some); a tenth of the first
    8 KB being NULs, or a twentieth other control bytes (tab, LF, FF, CR aside), does.
    """
    head = data[:_SNIFF]
    if head.startswith(_MAGIC) or (head.startswith(b"RIFF") and head[8:12] in (b"WAVE", b"AVI ", b"WEBP")):
        return True
    nuls = head.count(b"\x00")
    controls = sum(1 for byte in head if byte in _CONTROL) - nuls
    return nuls > len(head) * 0.1 or controls > len(head) * 0.05


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
    data = data.replace(b"\x00", b"")  # stray NULs carry no text (and SQLite's text functions stop at one)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    return None if best is None else str(best)
