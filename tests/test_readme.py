"""Every example in the README works as written, and every command is documented."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CONSOLE = re.compile(r"```console\n(.*?)```", re.S)


def examples() -> list[tuple[str, list[str]]]:
    """($ command, the output lines shown under it) for every console block."""
    found = []
    for block in CONSOLE.findall(README):
        command, shown = None, []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command:
                    found.append((command, shown))
                command, shown = line[2:], []
            elif command:
                shown.append(line)
        if command:
            found.append((command, shown))
    return found


def run_example(command: str, folder: Path) -> tuple[int, str]:
    """Run a README command where a newcomer would: a folder with the samples in it."""
    (folder / "samples").symlink_to(ROOT / "samples")
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    proc = subprocess.run(
        ["bash", "-c", command],  # as typed in a shell: a pipeline's status is its last command's
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return proc.returncode, proc.stdout + proc.stderr


def expected_code(command: str) -> int:
    match = re.search(r"#\s*exit (\d+)\s*$", command)
    return int(match.group(1)) if match else 0


@pytest.mark.parametrize("command, shown", examples(), ids=[c for c, _ in examples()])
def test_readme_example_runs_as_written(command, shown, tmp_path):
    code, output = run_example(command, tmp_path)
    assert code == expected_code(command), output
    for line in shown:
        if line.strip() and line.strip() not in ("…", "..."):
            assert line.rstrip() in output, f"README shows {line!r}, newsx printed:\n{output}"


def test_every_command_has_help_and_a_readme_section():
    import typer.main

    from newsx.cli.app import app

    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert command.help and "Example:" in command.help, f"{name} has no help with an example"
        assert f"### `newsx {name}`" in README, f"README has no section for {name}"


def refresh() -> None:
    """Rewrite the output shown under every README example with what it prints now.

    For maintainers, after a change that alters output on purpose:
    `python tests/test_readme.py --refresh`, then read the diff before committing.
    """
    import tempfile

    text = README

    def redo(block: re.Match[str]) -> str:
        lines = []
        for line in block.group(1).splitlines():
            if line.startswith("$ "):
                with tempfile.TemporaryDirectory() as folder:
                    code, output = run_example(line[2:], Path(folder))
                if code != expected_code(line[2:]):
                    raise SystemExit(f"failed ({code}): {line}\n{output}")
                lines += [line, *(o.rstrip() for o in output.rstrip("\n").splitlines())]
        return "```console\n" + "\n".join(lines) + "\n```"

    (ROOT / "README.md").write_text(CONSOLE.sub(redo, text), encoding="utf-8")


if __name__ == "__main__" and "--refresh" in sys.argv:
    refresh()
