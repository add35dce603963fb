from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings for tests: real knowledge base and model cache, throwaway data folder."""
    data = tmp_path_factory.mktemp("data")
    return Settings(data_dir=data, index_dir=Settings().index_dir)


@pytest.fixture(scope="session")
def project_root() -> Path:
    return Path(__file__).resolve().parents[1]
