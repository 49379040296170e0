"""One exception base with coded, actionable messages; the CLI and web edges translate them."""

from __future__ import annotations


class StorylineError(Exception):
    """Base of every error storyline raises on purpose. `code` is stable; `hint` says what to do."""

    code = "E000"
    exit_code = 2  # the CLI's exit code: 2 = usage or configuration error (see docs/cli.md)

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class InputError(StorylineError):
    """An input file or value cannot be used (missing, unreadable, wrong format)."""

    code = "E100"


class UsageError(InputError):
    """A command-line option or argument is wrong; the hint says what to type instead."""

    code = "E110"


class UnreadableInput(InputError):
    """A file's bytes cannot be decoded or parsed."""

    code = "E101"


class EmptyInput(InputError):
    """A file (or item) holds no article text."""

    code = "E102"


class UnsupportedFormat(InputError):
    """A file's format is not one storyline reads."""

    code = "E103"


class InputTooLarge(InputError):
    """A file, a decompressed stream or one document is over a size or depth bound storyline keeps."""

    code = "E104"


class ConfigError(StorylineError):
    """A setting is wrong or a needed component is not installed."""

    code = "E200"


class ModelNotInstalled(ConfigError):
    """The spaCy pipeline named in the settings cannot be loaded offline."""

    code = "E201"


class EncoderNotInstalled(ConfigError):
    """Semantic search was asked for but its optional sentence encoder is not installed."""

    code = "E202"


class StoreError(StorylineError):
    """The database cannot be opened, migrated or written."""

    code = "E300"


class ForeignDatabase(StoreError):
    """The file is SQLite but not a storyline database (or from a newer storyline): refused untouched."""

    code = "E301"


class NotFound(StorylineError):
    """A record asked for by id or name does not exist."""

    code = "E400"


class QueryError(InputError):
    """A search query cannot be understood (FTS5 syntax)."""

    code = "E110"
