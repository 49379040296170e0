"""Content-derived identifiers: the same content always gets the same id, on any worker."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical_json(value: Any) -> str:
    """Serialise `value` as compact JSON with sorted keys (the form that ids hash)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def make_id(kind: str, *parts: Any) -> str:
    """Return `kind:` plus 16 hex digits of the SHA-1 of the canonical JSON of `parts`.

    >>> make_id("doc", "hello")
    'doc:...'  # doctest: +SKIP
    """
    digest = hashlib.sha1(canonical_json(list(parts)).encode("utf-8")).hexdigest()
    return f"{kind}:{digest[:16]}"
