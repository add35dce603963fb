"""Bad input on `WS /v1/realtime` against a real server: errors, never a crash, other sessions unaffected."""

from __future__ import annotations

import asyncio
import base64
import json

import pytest
import websockets
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.gateway.realtime_ws import CLIENT_EVENTS
from tests.integration.server import TOKENS, ServerProcess

pytestmark = pytest.mark.models

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3),
    max_leaves=12,
)
events = st.one_of(
    st.builds(lambda t, extra: {"type": t, **extra}, st.sampled_from(sorted(CLIENT_EVENTS)),
              st.dictionaries(st.sampled_from(["audio", "item", "session", "item_id", "audio_end_ms", "response",
                                               "content_index", "event_id"]), json_values, max_size=3)),
    st.builds(lambda t: {"type": t}, st.text(max_size=30)),
    json_values,
)
frames = st.one_of(events.map(json.dumps), st.text(max_size=200), st.binary(max_size=200))


def url(server: ServerProcess, token: str = TOKENS[0]) -> str:
    return f"ws://127.0.0.1:{server.port}/v1/realtime?token={token}"


async def _drain(ws, seconds: float) -> list[dict]:
    out = []
    try:
        while True:
            out.append(json.loads(await asyncio.wait_for(ws.recv(), seconds)))
    except TimeoutError:
        return out


async def _alive(ws) -> bool:
    """The session still answers: session.update -> session.updated."""
    await ws.send(json.dumps({"type": "session.update", "session": {"type": "realtime"}}))
    for _ in range(200):
        event = json.loads(await asyncio.wait_for(ws.recv(), 20))
        if event["type"] == "session.updated":
            return True
    return False


def test_violations_get_error_events_and_the_session_lives(live_server: ServerProcess) -> None:
    async def run() -> None:
        async with websockets.connect(url(live_server), max_size=None) as ws:
            await _drain(ws, 1.0)
            cases = {
                "invalid_json": "{not json",
                "invalid_event": json.dumps([1, 2]),
                "unknown_event": json.dumps({"type": "no.such.event"}),
                "invalid_audio": json.dumps({"type": "input_audio_buffer.append", "audio": "@@@"}),
                "message_too_large": json.dumps({"type": "input_audio_buffer.append",
                                                 "audio": base64.b64encode(bytes(70_000)).decode()}),
                "unsupported_audio_format": json.dumps(
                    {"type": "session.update", "session": {"input_audio_format": "g711_ulaw"}}),
            }
            for code, frame in cases.items():
                await ws.send(frame)
                errors = [e for e in await _drain(ws, 1.0) if e["type"] == "error"]
                assert errors and errors[0]["error"]["code"] == code, (code, errors)
            await ws.send(bytes([0xff, 0xfe, 0x00]))
            errors = [e for e in await _drain(ws, 1.0) if e["type"] == "error"]
            assert errors and errors[0]["error"]["code"] == "invalid_json"
            # a flood: over the message rate -> rate_limited, and the session survives
            for _ in range(400):
                await ws.send(json.dumps({"type": "input_audio_buffer.append",
                                          "audio": base64.b64encode(bytes(320)).decode()}))
            flood = await _drain(ws, 2.0)
            assert any(e["type"] == "error" and e["error"]["code"] == "rate_limited" for e in flood)
            await asyncio.sleep(1.2)
            assert await _alive(ws)

    asyncio.run(run())


def test_bad_token_is_refused(live_server: ServerProcess) -> None:
    async def run() -> None:
        with pytest.raises(websockets.exceptions.InvalidStatus):
            async with websockets.connect(url(live_server, "wrong")):
                pass

    asyncio.run(run())


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(batch=st.lists(frames, min_size=1, max_size=15))
def test_fuzzed_frames_never_kill_the_session_or_others(live_server: ServerProcess, batch) -> None:
    async def run() -> None:
        async with websockets.connect(url(live_server), max_size=None) as bystander, \
                websockets.connect(url(live_server), max_size=None) as ws:
            await _drain(bystander, 0.3)
            for frame in batch:
                await ws.send(frame)
            await _drain(ws, 0.3)
            assert await _alive(ws)
            assert await _alive(bystander)

    asyncio.run(run())
