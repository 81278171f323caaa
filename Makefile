# The two commands of the README:
#   make demo   set up (once) and analyze the sample proposals offline -> rfp-reports/
#   make test   set up (once) and run the test suite
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: demo test setup samples bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

demo: setup
	$(BIN)/rfp-analyze sample_rfps/proposals/ --out rfp-reports/

test: setup
	$(BIN)/pytest

samples: setup
	$(BIN)/python sample_rfps/generate.py

bench: setup
	$(BIN)/python benchmarks/bench_pipeline.py ../shared/benchmark/dev/proposals

clean:
	rm -rf rfp-reports .rfp-index
