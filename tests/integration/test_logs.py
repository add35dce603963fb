"""Structured logging redacts every field that could carry patient text."""

from __future__ import annotations

import json
import logging

from assistant.gateway.logs import EventLogger, redact


def test_text_fields_become_lengths() -> None:
    clean = redact({"text": "胸痛三天", "transcript": "chest pain", "session": "sess_1", "ms": 12, "case": {"a": 1}})
    assert clean == {"text_len": 4, "transcript_len": 10, "session": "sess_1", "ms": 12, "case_len": 1}


def test_event_logger_writes_json_without_text(caplog) -> None:
    log = EventLogger("assistant.gateway.test")
    with caplog.at_level(logging.INFO, logger="assistant.gateway.test"):
        log.info("turn.recorded", session="sess_x", text="crushing chest pain", extra=object())
    line = json.loads(caplog.records[0].getMessage())
    assert line == {"event": "turn.recorded", "session": "sess_x", "text_len": 19, "extra": "object"}
    assert "crushing" not in caplog.text
