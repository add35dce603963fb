from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from assistant.config import Settings
from assistant.gateway.app import create_app
from tests.integration.server import TOKENS, ServerProcess


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/fuzz" in str(item.fspath):
            item.add_marker(pytest.mark.fuzz)


@pytest.fixture(scope="session")
def http(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The app in-process, without speech models (the HTTP APIs do not need them)."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("fuzz-data"), api_tokens=TOKENS)
    with TestClient(create_app(settings, load_models=False), raise_server_exceptions=False) as client:
        deadline = time.monotonic() + 900
        while client.get("/healthz").json()["status"] == "loading" and time.monotonic() < deadline:
            time.sleep(0.5)
        yield client


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    process = ServerProcess(tmp_path_factory.mktemp("fuzz-server"),
                            env_extra={"ASSISTANT_MAX_WS_MESSAGE_BYTES": "65536"}).start()
    yield process
    process.stop()
