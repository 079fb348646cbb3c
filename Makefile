# Two entry points (README quick start): `make report` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PROVINCE ?= kien-giang

.PHONY: report test lint bench clean

$(STAMP): pyproject.toml scripts/ensure-system-deps.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	sh scripts/ensure-system-deps.sh
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/tracker report --province $(PROVINCE)

test: $(STAMP)
	$(BIN)/ruff check tracker tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check tracker tests bench
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) build *.egg-info
