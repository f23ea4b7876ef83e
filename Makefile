# Developer shortcuts. The README's two commands are all a newcomer needs.
PY ?= .venv/bin/python

.PHONY: test lint typecheck accuracy bench bench-quick

test:
	$(PY) -m pytest

lint: typecheck
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

# mypy sees the package as installed (newsx.analysis), not as the folders it is
# mapped from, so check it through a tree of links named like the package.
typecheck:
	rm -rf build/typecheck && mkdir -p build/typecheck/newsx
	ln -s $(CURDIR)/__init__.py build/typecheck/newsx/__init__.py
	ln -s $(CURDIR)/analysis build/typecheck/newsx/analysis
	cd build/typecheck && $(CURDIR)/$(PY) -m mypy --config-file $(CURDIR)/pyproject.toml -p newsx.analysis

accuracy:
	$(PY) bench/accuracy.py

bench:
	$(PY) bench/run.py

bench-quick:
	$(PY) bench/run.py --quick
