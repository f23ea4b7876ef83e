"""The root command. Every subcommand is registered here, in one readable place.

`main()` is the only way in: it turns every failure into a one-line message and a
documented exit code (see exitcodes.py) — no traceback reaches a user unless
they ask for one with --traceback or NEWSX_TRACEBACK=1.
"""

from __future__ import annotations

import errno
import os
import sys
from typing import Annotated, NoReturn

import typer

from newsx import __version__
from newsx.cli import (
    amounts,
    articles,
    cloud,
    duplicates,
    export,
    keywords,
    kwic,
    network,
    officials,
    projects,
    report,
    segment,
    signals,
    trends,
)
from newsx.cli.exitcodes import Exit, UsageError

app = typer.Typer(
    name="newsx",
    help="Analyse Chinese news articles: words, keywords, officials, projects, clouds.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

app.command("segment")(segment.segment_cli)
app.command("keywords")(keywords.keywords_cli)
app.command("articles")(articles.articles_cli)
app.command("officials")(officials.officials_cli)
app.command("projects")(projects.projects_cli)
app.command("amounts")(amounts.amounts_cli)
app.command("kwic")(kwic.kwic_cli)
app.command("duplicates")(duplicates.duplicates_cli)
app.command("cloud")(cloud.cloud_cli)
app.command("report")(report.report_cli)
app.command("trends")(trends.trends_cli)
app.command("network")(network.network_cli)
app.command("export")(export.export_cli)


def _version(value: bool) -> None:
    if value:
        print(f"newsx {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
    traceback: Annotated[
        bool, typer.Option("--traceback", help="Show Python tracebacks (for developers).")
    ] = False,
) -> None:
    """Analyse Chinese news articles: words, keywords, officials, projects, clouds."""
    if traceback:
        os.environ["NEWSX_TRACEBACK"] = "1"


def main() -> NoReturn:
    from newsx.analysis.parallel import ClusterError
    from newsx.cli.output import OutputError, StdoutClosed
    from newsx.cli.state import StateError

    signals.install()
    code: int
    try:
        result = app(standalone_mode=False)  # returns the exit code; Ctrl-C gives 130
        signals.check()
        code = result if isinstance(result, int) else Exit.OK
        if code == Exit.INTERRUPTED:
            _say("interrupted")
    except typer.Exit as done:
        code = done.exit_code
    except typer.exceptions.TyperException as error:  # usage errors from option parsing
        show = getattr(error, "show", None)
        if show is not None:
            show()
        else:
            _say(f"error: {error.format_message()}")
        code = getattr(error, "exit_code", Exit.USAGE)
    except (UsageError, ClusterError) as error:
        _say(f"error: {error}")
        code = Exit.USAGE
    except OutputError as error:
        _say(f"error: {error}")
        code = Exit.OUTPUT
    except StateError as error:  # --state: unusable 2, busy 75, not written 3
        _say(f"error: {error}")
        code = error.code
    except (KeyboardInterrupt, typer.Abort):
        _say("interrupted")
        code = Exit.INTERRUPTED
    except signals.Terminated:
        _say("terminated")
        code = Exit.TERMINATED
    except (BrokenPipeError, StdoutClosed):
        code = Exit.PIPE
    except OSError as error:
        if error.errno == errno.EPIPE:
            code = Exit.PIPE
        else:
            _reraise_for_developers()
            _say(f"error: cannot write output: {error.strerror or error}")
            code = Exit.OUTPUT
    except Exception as error:  # a bug: say so in one line
        _reraise_for_developers()
        _say(
            f"internal error: {type(error).__name__}: {error} (rerun with --traceback for details)"
        )
        code = Exit.INTERNAL
    _exit(code)


def _say(text: str) -> None:
    try:
        print(f"newsx: {text}", file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


def _reraise_for_developers() -> None:
    if os.environ.get("NEWSX_TRACEBACK"):
        raise


def _exit(code: int) -> NoReturn:
    # stdout may be a closed pipe: flushing it at exit would print a traceback.
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        code = code or Exit.PIPE
    except OSError as error:
        _say(f"error: cannot write output: {error.strerror or error}")
        code = code or Exit.OUTPUT
    except ValueError:  # stdout already closed
        pass
    else:
        sys.exit(code)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(code)
