"""`WS /v1/realtime` through the stock OpenAI SDK realtime client: audio in, audio out, records."""

from __future__ import annotations

import asyncio
import base64
import time

import httpx
import pytest
from openai import AsyncOpenAI

from assistant.speech.audio import float_to_pcm16
from tests.integration.server import ServerProcess
from tests.speech_fixtures import english_speech, with_silence

pytestmark = pytest.mark.models

QUESTION = "Fifty eight year old man with chest pain and heavy sweating. What should I do?"


async def _converse(server: ServerProcess, token: str) -> tuple[list, str | None]:
    client = AsyncOpenAI(base_url=server.base_url + "/v1", api_key=token, max_retries=0)
    audio = with_silence(english_speech(QUESTION), 0.3, 1.5)
    pcm = float_to_pcm16(audio.samples)
    events = []
    session_id = None
    async with client.realtime.connect(model="clinical-assistant") as conn:
        await conn.session.update(
            session={"type": "realtime", "audio": {"input": {"format": {"type": "audio/pcm", "rate": 16000}}}}
        )
        step = 3200  # 100 ms of 16 kHz PCM16
        for start in range(0, len(pcm), step):
            await conn.input_audio_buffer.append(audio=base64.b64encode(pcm[start:start + step]).decode())
            await asyncio.sleep(0.02)
        deadline = time.monotonic() + 120
        async for event in conn:
            events.append(event)
            if event.type == "session.id":
                session_id = event.model_extra.get("session_id") if event.model_extra else None
                session_id = session_id or getattr(event, "session_id", None)
            if event.type == "response.done" or time.monotonic() > deadline:
                break
        # the latency report follows response.done
        try:
            events.append(await asyncio.wait_for(conn.recv(), 5))
        except TimeoutError:
            pass
    return events, session_id


def test_realtime_audio_in_audio_out_with_the_openai_sdk(server: ServerProcess, token: str) -> None:
    events, session_id = asyncio.run(_converse(server, token))
    kinds = [e.type for e in events]
    assert "error" not in kinds, [e for e in events if e.type == "error"]
    assert "session.created" in kinds and "input_audio_buffer.speech_started" in kinds
    transcript = next(e for e in events if e.type == "conversation.item.input_audio_transcription.completed")
    assert "chest" in transcript.transcript.lower()
    assert "case.updated" in kinds
    assessment = next(e for e in events if e.type == "assessment.updated")
    flags = (assessment.model_extra or {}).get("assessment", getattr(assessment, "assessment", {}))["red_flags"]
    assert flags, "a red flag for crushing chest pain with sweating"
    audio = b"".join(base64.b64decode(e.delta) for e in events if e.type in ("response.output_audio.delta",
                                                                            "response.audio.delta"))
    assert len(audio) > 2 * 24000 * 0.5, "at least half a second of answer audio"
    done = next(e for e in events if e.type == "response.done")
    assert done.response.status == "completed"
    assert session_id
    # the turn is in the records
    deadline = time.monotonic() + 10
    while True:
        record = httpx.get(f"{server.base_url}/v1/sessions/{session_id}",
                           headers={"Authorization": f"Bearer {token}"}).json()
        if record.get("turns", 0) >= 1 or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert record["channel"] == "realtime"
    roles = [t["role"] for t in record["transcript"]]
    assert roles == ["doctor", "assistant"]
    assert "chest" in record["transcript"][0]["text"].lower()
    assert record["snapshots"][0]["assessment"]["red_flags"]
