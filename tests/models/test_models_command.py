"""`assistant models` loads every role from package-shipped weights and exits 0."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EXPECTED_ROLES = {
    "asr (zh/en)", "asr (fast English)", "vad", "tts (en)", "tts (zh)", "embeddings", "llm (local GGUF path)",
}


def test_models_command_reports_every_role_loaded():
    cli = Path(sys.executable).with_name("assistant")
    result = subprocess.run([str(cli), "models", "--json"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    statuses = json.loads(result.stdout[result.stdout.index("[") :])
    assert {s["role"] for s in statuses} == EXPECTED_ROLES
    for status in statuses:
        assert status["loaded"], status
        assert status["load_s"] is not None and status["speed"], status
        assert status["package"] and status["licence"]
