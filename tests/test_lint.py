"""The code stays clean: ruff's rules (heavy imports banned at module level
included) and mypy strict on the library, as `make lint` runs them."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT


def _tool(module: str) -> None:
    if subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True).returncode:
        pytest.skip(f"{module} is not installed (pip install -e '.[test]')")


def test_ruff():
    _tool("ruff")
    proc = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mypy_strict_on_the_library(tmp_path):
    _tool("mypy")
    # mypy must see the package as installed (newsx.analysis), not as the folder
    # it is mapped from: check it through links named like the package.
    package = tmp_path / "newsx"
    package.mkdir()
    (package / "__init__.py").symlink_to(ROOT / "__init__.py")
    (package / "analysis").symlink_to(ROOT / "analysis")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "cache"),
            "-p",
            "newsx.analysis",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_no_module_level_name_is_bound_twice():
    # A pattern defined again further down a long module silently replaces the first
    # for every function that reads it (neither ruff nor mypy objects to it).
    import ast

    twice = []
    for path in sorted((ROOT / "analysis").rglob("*.py")) + sorted((ROOT / "cli").rglob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names = [node.name]
            else:
                names = []
            for name in names:
                if name in seen:
                    twice.append(
                        f"{path.relative_to(ROOT)}: {name} (lines {seen[name]}, {node.lineno})"
                    )
                seen[name] = node.lineno
    assert not twice, twice
