"""Entry point: registers every command module and turns StorylineErrors into one-line messages."""

from __future__ import annotations

import sys

import click
from rich.console import Console

from storyline.cli import commands  # noqa: F401  (registers the commands on the app)
from storyline.cli.base import app
from storyline.errors import StorylineError

ERROR_EXIT = 2


def main() -> None:
    """Run the CLI; `--debug` anywhere on the line shows tracebacks instead of one-line errors."""
    debug = "--debug" in sys.argv
    if debug:
        sys.argv.remove("--debug")
    try:
        code = app(standalone_mode=False)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except click.exceptions.Exit as error:
        sys.exit(error.exit_code)
    except StorylineError as error:
        if debug:
            raise
        Console(stderr=True).print(f"[bold red]error[/] {error}", highlight=False, soft_wrap=True)
        sys.exit(ERROR_EXIT)
    except (click.Abort, KeyboardInterrupt):
        Console(stderr=True).print("aborted")
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as error:  # an unexpected failure: say so plainly, traceback only with --debug
        if debug:
            raise
        Console(stderr=True).print(
            f"[bold red]internal error[/] {type(error).__name__}: {error} (run again with --debug)",
            highlight=False,
        )
        sys.exit(3)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
