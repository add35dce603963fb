"""Voice activity detection: WebRTC VAD per 30 ms frame, and speech segments with hangover."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import webrtcvad

from assistant.speech.audio import ASR_SAMPLE_RATE, float_to_pcm16

FRAME_MS = 30
FRAME_SAMPLES = ASR_SAMPLE_RATE * FRAME_MS // 1000


@dataclass(frozen=True)
class Segment:
    start_s: float
    end_s: float


class FrameVad:
    """Classifies 30 ms PCM16 frames at 16 kHz as speech or not."""

    def __init__(self, aggressiveness: int = 2) -> None:
        self._vad = webrtcvad.Vad(aggressiveness)

    def is_speech(self, frame_pcm16: bytes) -> bool:
        return self._vad.is_speech(frame_pcm16, ASR_SAMPLE_RATE)


def speech_segments(
    samples: np.ndarray,
    aggressiveness: int = 2,
    start_frames: int = 3,
    silence_ms: int = 300,
    min_speech_ms: int = 150,
) -> list[Segment]:
    """Speech regions of a 16 kHz recording.

    A segment starts at the first of `start_frames` consecutive speech frames and ends
    at the last speech frame before `silence_ms` of non-speech; segments shorter than
    `min_speech_ms` (clicks, noise bursts) are dropped.
    """
    vad = FrameVad(aggressiveness)
    pcm = float_to_pcm16(samples)
    frame_bytes = FRAME_SAMPLES * 2
    flags = [
        vad.is_speech(pcm[i : i + frame_bytes])
        for i in range(0, len(pcm) - frame_bytes + 1, frame_bytes)
    ]
    end_after = max(1, silence_ms // FRAME_MS)
    segments: list[Segment] = []
    start: int | None = None
    last_speech = -1
    run = 0
    for index, speech in enumerate(flags):
        run = run + 1 if speech else 0
        if speech:
            last_speech = index
        if start is None and run >= start_frames:
            start = index - start_frames + 1
        elif start is not None and index - last_speech >= end_after:
            segments.append(Segment(start * FRAME_MS / 1000, (last_speech + 1) * FRAME_MS / 1000))
            start = None
    if start is not None:
        segments.append(Segment(start * FRAME_MS / 1000, (last_speech + 1) * FRAME_MS / 1000))
    return [s for s in segments if (s.end_s - s.start_s) * 1000 >= min_speech_ms]
