"""Consultation records: per-turn commits, ownership, export, and survival of kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from assistant.gateway.records import RecordStore, TurnRecord, TurnText, token_hash

ROOT = Path(__file__).resolve().parents[2]


def _turn(i: int) -> TurnRecord:
    return TurnRecord(
        texts=[TurnText(role="doctor", text=f"question {i}"),
               TurnText(role="assistant", text=f"answer {i}", interrupted=i % 2 == 1)],
        case={"findings": {"chest_pain": {"id": "chest_pain", "status": "present"}}},
        assessment={"triage": {"level": "emergency"}, "red_flags": []},
        latency={"first_text_s": 0.1 * i},
        lang="en",
    )


def test_turns_are_recorded_in_order_with_interruption_marks(tmp_path: Path) -> None:
    store = RecordStore(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    store.create("sess_abcdefgh", token_hash("t"), "chat")
    for i in range(3):
        assert store.add_turn("sess_abcdefgh", _turn(i)) == i + 1
    store.mark_interrupted("sess_abcdefgh", "ans", None)
    export = store.export("sess_abcdefgh")
    assert export is not None and export.turns == 3 and export.lang == "en"
    assert [t["text"] for t in export.transcript] == [
        "question 0", "answer 0", "question 1", "answer 1", "question 2", "answer 2"
    ]
    assert [t["interrupted"] for t in export.transcript if t["role"] == "assistant"] == [False, True, True]
    assert export.transcript[-1]["unheard"] == "wer 2"
    assert [s["triage"] for s in export.snapshots] == ["emergency"] * 3
    assert store.owner_of("sess_abcdefgh") == token_hash("t")
    assert store.owner_of("sess_missing0") is None
    with_sqlite_wal = store.engine.connect().exec_driver_sql("PRAGMA journal_mode").scalar()
    assert with_sqlite_wal == "wal"


WRITER = """
import sys, time
from assistant.gateway.records import RecordStore, TurnRecord, TurnText
store = RecordStore(sys.argv[1])
store.create("sess_crashtest", "owner", "realtime")
i = 0
while True:
    i += 1
    store.add_turn("sess_crashtest", TurnRecord(texts=[TurnText(role="doctor", text=f"turn {i}")]))
    print(i, flush=True)
"""


def test_committed_turns_survive_kill_9(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'crash.sqlite3'}"
    child = subprocess.Popen([sys.executable, "-c", WRITER, url], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    acknowledged = 0
    while acknowledged < 40:
        acknowledged = int(child.stdout.readline())
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    export = RecordStore(url).export("sess_crashtest")
    assert export is not None
    texts = [t["text"] for t in export.transcript]
    # every acknowledged turn is there, in order, and nothing half-written
    assert texts[:acknowledged] == [f"turn {i}" for i in range(1, acknowledged + 1)]
    assert export.turns == len(texts)


def test_sessions_cli_lists_and_exports(tmp_path: Path, monkeypatch) -> None:
    from assistant.cli import app

    store = RecordStore(f"sqlite:///{tmp_path / 'consultations.sqlite3'}")
    store.create("sess_clitest1", token_hash("t"), "chat")
    store.add_turn("sess_clitest1", _turn(0))
    store.close()
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path))
    runner = CliRunner()
    listed = runner.invoke(app, ["sessions", "list"])
    assert listed.exit_code == 0, listed.output
    assert "sess_clitest1" in listed.output
    exported = runner.invoke(app, ["sessions", "export", "sess_clitest1"])
    assert exported.exit_code == 0, exported.output
    body = json.loads(exported.output)
    assert body["id"] == "sess_clitest1" and body["transcript"][0]["text"] == "question 0"
    missing = runner.invoke(app, ["sessions", "export", "sess_nothere1"])
    assert missing.exit_code == 1
