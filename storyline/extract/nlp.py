"""Loading the spaCy pipeline named in the settings, offline, and parsing texts with it."""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import warnings
from collections.abc import Iterator, Sequence
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from storyline.errors import InputError, ModelNotInstalled
from storyline.extract.attributes import speed_up_attribute_ruler
from storyline.extract.lemmas import remember_lemmas
from storyline.model import Document, Rejected
from storyline.settings import DEFAULT_MODEL, KNOWN_MODELS, MAX_DOCUMENT_CHARS

PARAGRAPH_COMPONENT = "storyline_paragraphs"
PART_CHARS = 100_000  # longer texts are parsed in parts of at most this many characters, then joined
_BREAKS = ("\n\n", "\n", " ")  # where a part may end, best first: paragraph, line, word


@Language.component(PARAGRAPH_COMPONENT)
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after every line break: news paragraphs and headlines never share a sentence.

    A line break is always a space token of its own (a token's trailing whitespace is one space at
    most), so only the space tokens are looked at; the starts are written in one `from_array` (setting
    `Token.is_sent_start` one by one checks the whole Doc each time).
    """
    starts = [i + 1 for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist() if "\n" in doc[i].text]
    if starts:
        values = doc.to_array(SENT_START)
        values[starts] = 1
        doc.from_array([SENT_START], values)  # type: ignore[arg-type]
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
    speed_up_attribute_ruler(nlp)  # the same attributes, set by table look-up instead of the Matcher
    remember_lemmas(nlp)  # the same lemmas, each (word, POS, morphology) worked out once
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


def parse_documents(
    nlp: Language,
    documents: Sequence[Document],
    batch_size: int = 16,
    n_process: int = 1,
    *,
    max_chars: int = MAX_DOCUMENT_CHARS,
) -> Iterator[tuple[Doc | Rejected, Document]]:
    """Parse every document, in order: one Doc (or a Rejected saying why not) per document.

    A text longer than the pipeline takes (spaCy's E088) is parsed in parts cut at paragraph, line or
    word boundaries and joined, so the Doc's text is the document's whole text and offsets hold. A
    document over `max_chars`, or one the pipeline fails on, is rejected alone; the batch goes on.
    """
    part_chars = max(1, min(nlp.max_length, PART_CHARS))
    plans = [_plan(document, part_chars, max_chars) for document in documents]
    done = 0
    while done < len(plans):
        try:
            for parsed in _stream(nlp, plans[done:], batch_size, n_process):
                yield parsed, documents[done]
                done += 1
        except Exception as error:  # a parse failure is reported for its document, not the batch
            yield _parse_alone(nlp, plans[done], documents[done], error), documents[done]
            done += 1


def split_text(text: str, part_chars: int) -> list[str]:
    """`text` cut into consecutive parts of at most `part_chars`, at the best boundary in each window."""
    parts: list[str] = []
    start = 0
    while len(text) - start > part_chars:
        window_end = start + part_chars
        cut = window_end
        for mark in _BREAKS:
            found = text.rfind(mark, start + part_chars // 2, window_end)
            if found >= 0:
                cut = found + len(mark)
                break
        parts.append(text[start:cut])
        start = cut
    parts.append(text[start:])
    return parts


def _plan(document: Document, part_chars: int, max_chars: int) -> list[str] | Rejected:
    if len(document.text) > max_chars:
        reason = (
            f"document too long to parse ({len(document.text):,} characters, at most {max_chars:,}); "
            "split the file into smaller articles"
        )
        return Rejected(stage="extract", source=document.source, reason=reason, code=InputError.code)
    return split_text(document.text, part_chars)


def _stream(
    nlp: Language, plans: Sequence[list[str] | Rejected], batch_size: int, n_process: int
) -> Iterator[Doc | Rejected]:
    """One parse per plan, in order; all parts of all documents go through one `nlp.pipe` stream."""
    parts = ((part, index) for index, plan in enumerate(plans) if isinstance(plan, list) for part in plan)
    parsed = iter(nlp.pipe(parts, as_tuples=True, batch_size=batch_size, n_process=n_process))
    for plan in plans:
        if isinstance(plan, Rejected):
            yield plan
        else:
            yield _join([next(parsed)[0] for _ in plan])


def _parse_alone(
    nlp: Language, plan: list[str] | Rejected, document: Document, error: Exception
) -> Doc | Rejected:
    if isinstance(plan, Rejected):
        return plan
    try:
        return _join(list(nlp.pipe(plan, batch_size=1)))
    except Exception as again:  # the pipeline fails on this document itself
        reason = f"the spaCy pipeline failed on this document ({type(again).__name__}: {again})"
        return Rejected(stage="extract", source=document.source, reason=reason[:500], code="E900")


def _join(docs: list[Doc]) -> Doc:
    """One Doc from consecutive parts, text joined exactly (no added whitespace); tensors are unused."""
    if len(docs) == 1:
        return docs[0]
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])  # type: ignore[call-arg]
