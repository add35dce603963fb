"""Structured logging without patient text.

Log lines are JSON objects: an event name plus ids, timings, sizes and codes. Any field
whose name suggests free text (text, transcript, content, message, case...) is replaced
by its length, so a transcript can never reach a plain log by accident.
"""

from __future__ import annotations

import json
import logging
from typing import Any

REDACTED_FIELDS = frozenset(
    {"text", "transcript", "content", "message", "messages", "case", "assessment", "question", "answer", "delta",
     "prompt", "utterance", "body"}
)


def redact(fields: dict[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key in REDACTED_FIELDS:
            clean[f"{key}_len"] = len(value) if isinstance(value, str | list | dict) else None
        elif isinstance(value, str | int | float | bool) or value is None:
            clean[key] = value
        else:
            clean[key] = type(value).__name__
    return clean


class EventLogger:
    """`log.info("turn.done", session=..., ms=...)` -> one JSON line, redacted."""

    def __init__(self, name: str = "assistant.gateway") -> None:
        self._logger = logging.getLogger(name)

    def _emit(self, level: int, event: str, fields: dict[str, Any]) -> None:
        if self._logger.isEnabledFor(level):
            self._logger.log(level, json.dumps({"event": event, **redact(fields)}, ensure_ascii=True))

    def info(self, event: str, **fields: Any) -> None:
        self._emit(logging.INFO, event, fields)

    def warning(self, event: str, **fields: Any) -> None:
        self._emit(logging.WARNING, event, fields)

    def error(self, event: str, **fields: Any) -> None:
        self._emit(logging.ERROR, event, fields)


def configure_logging(level: int = logging.INFO) -> None:
    """Send the gateway's JSON lines to stderr (once per process; idempotent)."""
    logger = logging.getLogger("assistant.gateway")
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.propagate = False
