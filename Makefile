# Two commands do all the set-up on a fresh machine with Python >= 3.11:
#   make run    create .venv if absent, install, start the tray app
#   make test   create .venv, install with test extras, ruff, mypy, the suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench dist icons clean venv translations

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is needed (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(STAMP): $(PY) pyproject.toml
	$(PY) -m pip install -q -e '.[test]'
	@touch $(STAMP)

# Interface translations: .ts sources (committed) -> .qm (built, git-ignored).
TS := $(wildcard src/standup_buddy/i18n/*.ts)
QM_STAMP := src/standup_buddy/i18n/.compiled
$(QM_STAMP): $(TS) | $(STAMP)
	$(PY) tools/i18n.py release >/dev/null
	@touch $@

translations: $(QM_STAMP)

venv: $(STAMP) $(QM_STAMP)

run: venv
	$(VENV)/bin/standup-buddy $(ARGS)

lint: venv
	$(VENV)/bin/ruff check src tests benchmarks tools
	$(VENV)/bin/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py

dist: venv
	VENV=$(abspath $(VENV)) bash packaging/build_linux.sh --archive

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
	rm -f src/standup_buddy/i18n/*.qm $(QM_STAMP)
