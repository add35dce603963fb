"""Model fixtures: each model is loaded once per test session."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant import model_stack


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/models" in str(item.fspath):
            item.add_marker(pytest.mark.models)


@pytest.fixture(scope="session")
def whisper_base(settings: Settings):
    return model_stack.load_whisper_base(settings)


@pytest.fixture(scope="session")
def whisper_tiny_en(settings: Settings):
    return model_stack.load_whisper_tiny_en(settings)


@pytest.fixture(scope="session")
def piper(settings: Settings):
    return model_stack.load_piper(settings)


@pytest.fixture(scope="session")
def zh_voice(settings: Settings):
    voice = model_stack.load_zh_voice(settings)
    yield voice
    close = getattr(voice, "close", None)
    if close:
        close()


@pytest.fixture(scope="session")
def embedder(settings: Settings):
    return model_stack.load_embedder(settings)
