# Developer shortcuts. The README's two commands are all a newcomer needs.
PY ?= .venv/bin/python

.PHONY: test lint typecheck accuracy bench bench-quick

test:
	$(PY) -m pytest

lint: typecheck
	$(PY) -m ruff format --check .

# mypy strict on the library (tests/test_lint.py runs the same check).
typecheck:
	$(PY) -m pytest -q tests/test_lint.py

accuracy:
	$(PY) bench/accuracy.py

bench:
	$(PY) bench/run.py

bench-quick:
	$(PY) bench/run.py --quick
