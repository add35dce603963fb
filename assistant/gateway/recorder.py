"""Records a realtime consultation by watching the protocol events in both directions.

The voice session stays transport- and storage-agnostic: the gateway sees every client
and server event anyway, and a turn ends with `response.done`. That is when the turn's
rows (doctor transcript, assistant transcript, case, assessment, latencies) are written,
in one transaction. A later truncate (barge-in after the response finished) marks the
stored assistant turn as interrupted.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from assistant.gateway.records import RecordStore, TurnRecord, TurnText
from assistant.gateway.services import Services


def _item_text(item: dict[str, Any]) -> str:
    parts = item.get("content") or []
    out = []
    for part in parts if isinstance(parts, list) else []:
        if isinstance(part, dict):
            out.append(str(part.get("text") or part.get("transcript") or ""))
    return "".join(out)


class RealtimeRecorder:
    def __init__(self, services: Services, session_id: str) -> None:
        self.services = services
        self.records: RecordStore = services.records
        self.session_id = session_id
        self._doctor: list[str] = []
        self._case: dict[str, Any] | None = None
        self._assessment: dict[str, Any] | None = None
        self._lang: str | None = None
        self._speech_stopped: float | None = None
        self._first_audio: float | None = None
        self._first_text: float | None = None
        self._pending: set[asyncio.Task] = set()
        self._order = asyncio.Lock()

    def client_event(self, event: dict[str, Any]) -> None:
        kind = event.get("type")
        if kind == "conversation.item.create":
            item = event.get("item") or {}
            if isinstance(item, dict) and item.get("role") == "user":
                text = _item_text(item).strip()
                if text:
                    self._doctor.append(text)
                    self._speech_stopped = time.perf_counter()
        elif kind == "conversation.item.truncate":
            self._spawn(self.records.mark_interrupted, self.session_id, None, None)

    def server_event(self, event: dict[str, Any]) -> None:
        kind = event.get("type")
        if kind == "input_audio_buffer.speech_stopped":
            self._speech_stopped = time.perf_counter()
        elif kind == "conversation.item.input_audio_transcription.completed":
            text = str(event.get("transcript") or "").strip()
            if text:
                self._doctor.append(text)
        elif kind == "case.updated":
            self._case = event.get("case")
            if isinstance(self._case, dict):
                self._lang = self._case.get("lang") or self._lang
        elif kind == "assessment.updated":
            self._assessment = event.get("assessment")
        elif kind in ("response.audio.delta", "response.output_audio.delta") and self._first_audio is None:
            self._first_audio = time.perf_counter()
        elif kind in ("response.audio_transcript.delta", "response.output_audio_transcript.delta",
                      "response.text.delta", "response.output_text.delta") and self._first_text is None:
            self._first_text = time.perf_counter()
        elif kind == "latency.report":
            report = {k: v for k, v in event.items() if k.endswith("_ms") and isinstance(v, int | float)}
            if report:
                self._spawn(self.records.update_latency, self.session_id, report)
        elif kind == "response.done":
            self._finish(event.get("response") or {})

    def _finish(self, response: dict[str, Any]) -> None:
        status = response.get("status")
        texts = [TurnText(role="doctor", text=t) for t in self._doctor]
        answer = "".join(_item_text(item) for item in response.get("output") or [] if isinstance(item, dict))
        if answer or status == "cancelled":
            texts.append(TurnText(role="assistant", text=answer, interrupted=status == "cancelled"))
        latency: dict[str, Any] = {"channel": "realtime", "status": status}
        if self._speech_stopped is not None:
            for name, mark in (("first_text_s", self._first_text), ("first_audio_s", self._first_audio)):
                if mark is not None:
                    latency[name] = round(mark - self._speech_stopped, 4)
        record = TurnRecord(texts=texts, case=self._case, assessment=self._assessment, latency=latency,
                            lang=self._lang)
        self._doctor, self._case, self._assessment = [], None, None
        self._speech_stopped = self._first_audio = self._first_text = None
        if not record.texts and record.case is None and record.assessment is None:
            return
        self.services.metrics.turns.labels("realtime").inc()
        if "first_audio_s" in latency:
            self.services.metrics.first_text_seconds.labels("realtime").observe(latency["first_audio_s"])
        self._spawn(self.records.add_turn, self.session_id, record)

    def _spawn(self, fn, *args) -> None:
        task = asyncio.create_task(self._write(fn, *args))
        self._pending.add(task)
        task.add_done_callback(self._done)

    async def _write(self, fn, *args) -> None:
        async with self._order:  # FIFO: turns are written in the order they ended
            await asyncio.to_thread(fn, *args)

    def _done(self, task: asyncio.Task) -> None:
        self._pending.discard(task)
        if not task.cancelled() and task.exception() is not None:
            self.services.log.error("record.failed", session=self.session_id, error=type(task.exception()).__name__)

    async def flush(self) -> None:
        if self._pending:
            await asyncio.gather(*self._pending, return_exceptions=True)
