"""A scripted realtime client for the voice session: streams audio in (virtual) real time.

Audio goes in 30 ms frames; every frame advances the session's ManualClock by 30 ms and
yields to the event loop, so pacing and turn-taking see a real-time stream however slow
the machine is. Waiting for model work (ASR, TTS) happens while feeding silence.
"""

from __future__ import annotations

import asyncio
import base64
from typing import Any, Callable

import numpy as np

from assistant.speech.audio import ASR_SAMPLE_RATE, Audio, float_to_pcm16
from assistant.voice.clock import ManualClock

FRAME_MS = 30
FRAME = ASR_SAMPLE_RATE * FRAME_MS // 1000


class Client:
    def __init__(self, clock: ManualClock, real_pause_s: float = 0.004) -> None:
        self.clock = clock
        self.events: list[dict[str, Any]] = []
        self.session = None
        self.real_pause_s = real_pause_s
        self.sent_ms = 0  # audio time sent

    async def receive(self, event: dict[str, Any]) -> None:
        self.events.append(event)

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e["type"] == kind]

    async def send(self, event: dict[str, Any]) -> None:
        await self.session.handle(event)

    async def frame(self, samples: np.ndarray) -> None:
        await self.send({"type": "input_audio_buffer.append", "audio": base64.b64encode(float_to_pcm16(samples)).decode()})
        self.sent_ms += FRAME_MS
        self.clock.advance(FRAME_MS / 1000)
        await asyncio.sleep(self.real_pause_s)

    async def stream(self, audio: Audio) -> None:
        samples = audio.resampled(ASR_SAMPLE_RATE).samples
        for start in range(0, len(samples), FRAME):
            piece = samples[start : start + FRAME]
            if len(piece) < FRAME:
                piece = np.concatenate([piece, np.zeros(FRAME - len(piece), dtype=np.float32)])
            await self.frame(piece)

    async def silence_until(self, condition: Callable[[], bool], max_real_s: float = 120.0, max_audio_s: float = 600.0) -> None:
        """Feed silence until condition() holds (real-time budget guards a hang, not the outcome)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max_real_s
        zero = np.zeros(FRAME, dtype=np.float32)
        fed = 0.0
        while not condition():
            if loop.time() > deadline or fed > max_audio_s:
                raise TimeoutError(f"condition not met; events: {[e['type'] for e in self.events][-30:]}")
            await self.frame(zero)
            fed += FRAME_MS / 1000
            await asyncio.sleep(0.01)

    async def silence(self, seconds: float) -> None:
        zero = np.zeros(FRAME, dtype=np.float32)
        for _ in range(int(seconds * 1000 / FRAME_MS)):
            await self.frame(zero)

    def audio_of(self, response_id: str) -> bytes:
        return b"".join(base64.b64decode(e["delta"]) for e in self.of("response.output_audio.delta")
                        if e["response_id"] == response_id)

    def chunks_of(self, response_id: str) -> list[tuple[str, int]]:
        """(transcript delta, audio bytes after it) per TTS chunk, from the event stream alone."""
        chunks: list[list] = []
        for e in self.events:
            if e.get("response_id") != response_id:
                continue
            if e["type"] == "response.output_audio_transcript.delta":
                chunks.append([e["delta"], 0])
            elif e["type"] == "response.output_audio.delta":
                chunks[-1][1] += len(base64.b64decode(e["delta"]))
        return [(t, n) for t, n in chunks]
