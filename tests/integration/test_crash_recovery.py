"""Records survive `kill -9` of the server: restart on the same data folder and read them back."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.integration.server import TOKENS, ServerProcess


def _ask(server: ServerProcess, text: str, session_id: str | None = None) -> dict:
    headers = {"Authorization": f"Bearer {TOKENS[0]}"}
    if session_id:
        headers["X-Session-Id"] = session_id
    reply = httpx.post(
        f"{server.base_url}/v1/chat/completions", headers=headers, timeout=120,
        json={"model": "clinical-assistant", "messages": [{"role": "user", "content": text}]},
    )
    assert reply.status_code == 200, reply.text
    return reply.json()


def test_records_survive_kill_9_and_restart(tmp_path: Path) -> None:
    first = ServerProcess(tmp_path, load_models=False).start()
    try:
        session_id = _ask(first, "60-year-old woman, sudden severe headache, worst ever")["session_id"]
        _ask(first, "She also has neck stiffness.", session_id)
    finally:
        first.kill9()
    second = ServerProcess(tmp_path, load_models=False).start()
    try:
        record = httpx.get(f"{second.base_url}/v1/sessions/{session_id}",
                           headers={"Authorization": f"Bearer {TOKENS[0]}"}).json()
        assert record["turns"] == 2
        assert [t["role"] for t in record["transcript"]] == ["doctor", "assistant"] * 2
        assert record["transcript"][2]["text"] == "She also has neck stiffness."
        assert len(record["snapshots"]) == 2 and record["snapshots"][1]["case"]["findings"]
        # the consultation continues after the restart, with its case restored from the record
        third = _ask(second, "Any vomiting? No.", session_id)
        findings = third["assessment"]["case"]["findings"]
        before = record["snapshots"][1]["case"]["findings"]
        assert set(before) <= set(findings)
    finally:
        second.stop()
