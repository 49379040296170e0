"""Entry point: registers every command module and turns every failure into one line and an exit code.

Exit codes (docs/cli.md): 0 ok, 1 some inputs rejected, 2 usage or configuration error, 3 a bug in
storyline (please report it; `--debug` shows the traceback), 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import importlib
import sys

import typer
from rich.console import Console
from rich.markup import escape
from typer._click.exceptions import ClickException, NoArgsIsHelpError, NoSuchOption, UsageError

from storyline.cli.base import app
from storyline.errors import StorylineError

USAGE_EXIT = 2
BUG_EXIT = 3
INTERRUPTED_EXIT = 130
MEANT = {"--from": "--since", "--after": "--since", "--to": "--until", "--before": "--until"}
INTERRUPTED = "interrupted: documents stored so far are kept; run the same command again to go on"


def main() -> None:
    """Run the CLI; `--debug` anywhere on the line shows tracebacks instead of one-line errors."""
    debug = "--debug" in sys.argv
    if debug:
        sys.argv.remove("--debug")
    sys.exit(run(debug=debug))


def run(*, debug: bool = False, args: list[str] | None = None) -> int:
    """Run the app on `args` (default: sys.argv) and return the exit code, having printed any error."""
    try:
        importlib.import_module("storyline.cli.commands")  # registers the commands (no spaCy yet)
        code = app(args=args, standalone_mode=False, prog_name="storyline")
    except NoArgsIsHelpError as error:  # bare `storyline` or a bare group: the help, as a usage error
        text = error.format_message()  # typer's rich help prints itself and returns ""
        if text.strip():
            typer.echo(text)
        return USAGE_EXIT
    except ClickException as error:
        say(_usage_line(error))
        return error.exit_code
    except (typer.Abort, KeyboardInterrupt):
        say(INTERRUPTED)
        return INTERRUPTED_EXIT
    except StorylineError as error:
        if debug:
            raise
        say(f"[bold red]error[/] {escape(str(error))}")
        return error.exit_code
    except Exception as error:  # a bug: say so plainly, traceback only with --debug
        if debug:
            raise
        say(
            f"[bold red]internal error[/] {type(error).__name__}: {escape(str(error))} "
            "(a bug in storyline: please report it; run again with --debug for the traceback)"
        )
        return BUG_EXIT
    if code == INTERRUPTED_EXIT:  # typer turns Ctrl-C inside a command into Exit(130)
        say(INTERRUPTED)
    return code if isinstance(code, int) else 0


def say(line: str) -> None:
    """One line on stderr (rich markup allowed; the text itself is never wrapped)."""
    Console(stderr=True).print(line, highlight=False, soft_wrap=True)


def _usage_line(error: ClickException) -> str:
    """`error: No such command 'timelin'. Did you mean 'timeline'? (see `storyline --help`)`."""
    message = error.format_message().strip().replace("\n", " ")
    if isinstance(error, NoSuchOption) and error.option_name in MEANT:
        message = f"No such option: {error.option_name} (did you mean {MEANT[error.option_name]}?)"
    if isinstance(error, UsageError) and error.ctx is not None:
        return f"[bold red]error[/] {_escape(message)} (see `{error.ctx.command_path} --help`)"
    return f"[bold red]error[/] {_escape(message)}"


def _escape(text: str) -> str:
    return text.replace("[", r"\[")


if __name__ == "__main__":
    main()
