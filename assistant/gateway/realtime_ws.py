"""`WS /v1/realtime`: the OpenAI-Realtime-protocol voice session behind limits.

The gateway owns the transport: auth, frame size, message rate, audio format checks,
session length and the number of concurrent sessions. Each violation is answered with
an `error` event and the session stays open; only an expired session or a full server
is closed (after its error event). Malformed JSON, unknown event types and any failure
inside the voice session are answered the same way. Nothing here can raise into the
server: one session's failure never touches another.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import json
import time
import uuid
from typing import Any

from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from starlette.websockets import WebSocketState

from assistant.gateway.auth import websocket_token
from assistant.gateway.recorder import RealtimeRecorder
from assistant.gateway.services import SESSION_ID, Services

# Event types a client may send (OpenAI Realtime GA and beta names, plus ours).
CLIENT_EVENTS = frozenset(
    {
        "session.update",
        "transcription_session.update",
        "input_audio_buffer.append",
        "input_audio_buffer.commit",
        "input_audio_buffer.clear",
        "conversation.item.create",
        "conversation.item.truncate",
        "conversation.item.delete",
        "conversation.item.retrieve",
        "response.create",
        "response.cancel",
        "output_audio_buffer.clear",
        "output_audio_buffer.played",  # playback acknowledgement: audio_end_ms actually heard
        "session.new_patient",  # clear the case and history ("New patient")
    }
)


class TokenBucket:
    """Message-rate limit: `rate` per second with a one-second burst."""

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.tokens = rate
        self.stamp = time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(self.rate, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


def error_event(code: str, message: str, event_id: str | None = None, kind: str = "invalid_request_error") -> dict:
    return {
        "type": "error",
        "event_id": "event_" + uuid.uuid4().hex[:20],
        "error": {"type": kind, "code": code, "message": message, "param": None, "event_id": event_id},
    }


def check_audio(event: dict[str, Any], max_bytes: int) -> tuple[str, str] | None:
    """(code, message) if an input_audio_buffer.append is not base64 PCM16, else None."""
    audio = event.get("audio")
    if not isinstance(audio, str) or not audio:
        return "invalid_audio", "input_audio_buffer.append needs 'audio': base64 PCM16 mono 16 kHz"
    if len(audio) > max_bytes:
        return "audio_too_large", f"audio chunk larger than {max_bytes} bytes"
    try:
        raw = base64.b64decode(audio, validate=True)
    except (binascii.Error, ValueError):
        return "invalid_audio", "'audio' is not valid base64"
    if len(raw) % 2:
        return "invalid_audio", "PCM16 audio must have an even number of bytes"
    return None


def _format_error(session_update: dict[str, Any]) -> str | None:
    """Reject input audio formats other than PCM16 (we do not decode G.711 or others)."""
    session = session_update.get("session")
    if not isinstance(session, dict):
        return None
    formats = []
    if "input_audio_format" in session:
        formats.append(session["input_audio_format"])
    audio_input = ((session.get("audio") or {}).get("input") or {}) if isinstance(session.get("audio"), dict) else {}
    if isinstance(audio_input, dict) and "format" in audio_input:
        formats.append(audio_input["format"])
    for value in formats:
        name = value.get("type") if isinstance(value, dict) else value
        if name not in ("pcm16", "audio/pcm"):
            return f"unsupported input audio format {name!r}: send pcm16 (16-bit little-endian mono)"
        rate = value.get("rate") if isinstance(value, dict) else None
        if rate is not None and not (isinstance(rate, int) and 8000 <= rate <= 48000):
            return f"unsupported sample rate {rate!r}: 8000 to 48000 Hz"
    return None


def build_router(services: Services) -> APIRouter:
    router = APIRouter()
    settings = services.settings

    @router.websocket("/v1/realtime")
    async def realtime(websocket: WebSocket) -> None:
        token, subprotocol = websocket_token(websocket, settings.api_tokens)
        if token is None:
            services.metrics.realtime_errors.labels("invalid_api_key").inc()
            await websocket.close(code=1008, reason="missing or invalid API token")
            return
        await websocket.accept(subprotocol=subprotocol)
        outgoing: asyncio.Queue[dict | None] = asyncio.Queue()

        async def send(event: dict) -> None:
            await outgoing.put(event)

        async def fail(code: str, message: str, event_id: str | None = None) -> None:
            services.metrics.realtime_errors.labels(code).inc()
            await send(error_event(code, message, event_id))

        async def writer() -> None:
            while (event := await outgoing.get()) is not None:
                if recorder is not None:
                    try:
                        recorder.server_event(event)
                    except Exception as error:  # recording trouble must not silence the session
                        services.log.error("record.observe_failed", error=type(error).__name__)
                try:
                    await websocket.send_text(json.dumps(event, ensure_ascii=False))
                except Exception:
                    return

        recorder: RealtimeRecorder | None = None
        writer_task = asyncio.create_task(writer())
        if services.realtime_count >= settings.max_concurrent_sessions:
            await fail("too_many_sessions", f"server is at its limit of {settings.max_concurrent_sessions} sessions")
            await _close(websocket, outgoing, writer_task, 1013)
            return
        try:
            await services.ready(timeout=120)
        except Exception as error:
            await fail("not_ready", f"service not ready: {error}")
            await _close(websocket, outgoing, writer_task, 1011)
            return

        requested = websocket.query_params.get("session_id")
        live = None
        if requested is None or SESSION_ID.match(requested):
            live = await services.sessions.get_or_create(requested, token, "realtime")
        if live is None:
            await fail("session_not_found", "unknown session id")
            await _close(websocket, outgoing, writer_task, 1008)
            return
        recorder = RealtimeRecorder(services, live.id)
        services.realtime_count += 1
        services.metrics.realtime_sessions.inc()
        session = None
        started = time.monotonic()
        services.log.info("realtime.open", session=live.id)
        try:
            try:
                session = services.open_realtime(live, send)
            except Exception as error:
                await fail("not_ready", str(error))
                return
            await send({"type": "session.id", "event_id": "event_" + uuid.uuid4().hex[:20], "session_id": live.id})
            await _receive_loop(websocket, services, session, recorder, fail, started)
        except WebSocketDisconnect:
            pass
        except Exception as error:  # a bug in one session must not reach the server
            services.log.error("realtime.crashed", session=live.id, error=type(error).__name__)
            with contextlib.suppress(Exception):
                await fail("server_error", "internal error; the session was closed")
        finally:
            services.realtime_count -= 1
            services.metrics.realtime_sessions.dec()
            if session is not None:
                with contextlib.suppress(Exception):
                    await session.close()
            await recorder.flush()
            await _close(websocket, outgoing, writer_task, 1000)
            services.log.info("realtime.close", session=live.id, seconds=round(time.monotonic() - started, 1))

    return router


async def _receive_loop(websocket: WebSocket, services: Services, session, recorder, fail, started: float) -> None:
    settings = services.settings
    bucket = TokenBucket(settings.max_messages_per_second)
    last_rate_error = 0.0
    while True:
        remaining = settings.max_session_seconds - (time.monotonic() - started)
        if remaining <= 0:
            await fail("session_expired", f"session longer than {settings.max_session_seconds} s; reconnect")
            return
        try:
            message = await asyncio.wait_for(websocket.receive(), timeout=remaining)
        except TimeoutError:
            continue
        if message["type"] == "websocket.disconnect":
            return
        data = message.get("text")
        if data is None:
            raw = message.get("bytes") or b""
            if len(raw) > settings.max_ws_message_bytes:
                await fail("message_too_large", f"message larger than {settings.max_ws_message_bytes} bytes")
                continue
            try:
                data = raw.decode("utf-8")
            except UnicodeDecodeError:
                await fail("invalid_json", "binary frames are not supported; send JSON text events")
                continue
        if len(data) > settings.max_ws_message_bytes:
            await fail("message_too_large", f"message larger than {settings.max_ws_message_bytes} bytes")
            continue
        if not bucket.take():
            now = time.monotonic()
            if now - last_rate_error > 1.0:  # one error per second, not one per dropped message
                last_rate_error = now
                await fail("rate_limited", f"more than {settings.max_messages_per_second:g} messages per second; "
                                           "messages are being dropped")
            continue
        try:
            event = json.loads(data)
        except (json.JSONDecodeError, RecursionError):
            await fail("invalid_json", "message is not valid JSON")
            continue
        if not isinstance(event, dict) or not isinstance(event.get("type"), str):
            await fail("invalid_event", "an event is a JSON object with a string 'type'")
            continue
        event_id = event.get("event_id") if isinstance(event.get("event_id"), str) else None
        kind = event["type"]
        if kind not in CLIENT_EVENTS:
            await fail("unknown_event", f"unknown event type {kind[:80]!r}", event_id)
            continue
        if kind == "input_audio_buffer.append" and (problem := check_audio(event, settings.max_ws_message_bytes)):
            await fail(problem[0], problem[1], event_id)
            continue
        if kind in ("session.update", "transcription_session.update") and (problem := _format_error(event)):
            await fail("unsupported_audio_format", problem, event_id)
            continue
        recorder.client_event(event)
        try:
            await session.handle(event)
        except Exception as error:  # the session survives a bad event
            services.log.warning("realtime.event_failed", event_type=kind, error=type(error).__name__)
            await fail("invalid_event", f"could not handle {kind}: {type(error).__name__}", event_id)


async def _close(websocket: WebSocket, outgoing: asyncio.Queue, writer_task: asyncio.Task, code: int) -> None:
    await outgoing.put(None)
    with contextlib.suppress(Exception):
        await asyncio.wait_for(writer_task, timeout=5)
    if websocket.application_state != WebSocketState.DISCONNECTED:
        with contextlib.suppress(Exception):
            await websocket.close(code=code)
