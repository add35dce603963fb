"""A real server (models loaded) in a subprocess, shared by this folder's tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.server import TOKENS, ServerProcess


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    process = ServerProcess(tmp_path_factory.mktemp("server-data")).start()
    yield process
    process.stop()


@pytest.fixture(scope="session")
def token() -> str:
    return TOKENS[0]


@pytest.fixture(scope="session")
def other_token() -> str:
    return TOKENS[1]
