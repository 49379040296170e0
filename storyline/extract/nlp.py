"""Loading the spaCy pipeline named in the settings, offline, and parsing texts with it."""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import warnings
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from storyline.errors import ModelNotInstalled
from storyline.settings import DEFAULT_MODEL, KNOWN_MODELS

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
    """Load the spaCy English pipeline package `name`, offline; official en_core_web_* names work too.

    Never falls back to another pipeline: a name that does not load raises ModelNotInstalled naming
    the pipelines that are installed.
    """
    nlp = _try_load(name)
    if nlp is None:
        raise not_installed(name)
    if "parser" in nlp.pipe_names and PARAGRAPH_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    return nlp


def installed_pipelines() -> list[str]:
    """The spaCy pipeline packages that can be loaded here (registered ones and the ones we know)."""
    known = {n for n in KNOWN_MODELS if importlib.util.find_spec(n) is not None}
    return sorted(known | set(spacy.util.get_installed_models()))


def check_pipeline(name: str) -> None:
    """Raise ModelNotInstalled unless `name` is an installed package (checked without loading it)."""
    if not name.isidentifier() or importlib.util.find_spec(name) is None:
        raise not_installed(name)


def pipeline_version(name: str) -> str | None:
    """The installed version of the pipeline package `name` (None when it has no distribution)."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def not_installed(name: str) -> ModelNotInstalled:
    installed = ", ".join(installed_pipelines()) or "none"
    return ModelNotInstalled(
        f"the spaCy pipeline {name!r} is not installed (installed: {installed})",
        hint="give --model (or STORYLINE_MODEL) one of the installed names, or `pip install` the package",
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
