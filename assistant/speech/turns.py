"""Turn-taking from a live 16 kHz PCM16 stream: speech onset, pause, resume, turn end.

Time here is *audio time* (milliseconds of input received), so decisions do not depend
on how busy the machine is. Frames are 30 ms (WebRTC VAD); any chunk size may be fed.
Events:
- `onset`: `start_frames` consecutive speech frames (start_ms is the first of them)
- `pause`: `pause_ms` of silence after speech (a chance to start work speculatively)
- `resume`: speech again after a pause, before the turn ended (same utterance)
- `end`: `silence_ms` of silence: the turn is over
The utterance audio (with `preroll_ms` before the onset) is kept until `reset()`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from assistant.speech.audio import ASR_SAMPLE_RATE, pcm16_to_float
from assistant.speech.vad import FRAME_MS, FRAME_SAMPLES, FrameVad

EventKind = Literal["onset", "pause", "resume", "end"]


@dataclass(frozen=True)
class TurnEvent:
    kind: EventKind
    at_ms: int  # audio time at which the event was decided
    speech_start_ms: int  # onset of the current utterance
    speech_end_ms: int  # end of its last speech frame so far
    speech_ms: int  # total speech frames in the utterance, in ms


@dataclass(frozen=True)
class TurnConfig:
    silence_ms: int = 500
    pause_ms: int = 180
    start_frames: int = 3
    preroll_ms: int = 300
    aggressiveness: int = 2


class TurnDetector:
    def __init__(self, config: TurnConfig) -> None:
        self.config = config
        self._vad = FrameVad(config.aggressiveness)
        self._pending = b""
        self._time_ms = 0
        self._run = 0  # consecutive speech frames
        self._preroll: list[bytes] = []
        self._frames: list[bytes] = []  # utterance audio (PCM16)
        self.in_utterance = False
        self._paused = False
        self._start_ms = 0
        self._last_speech_end_ms = 0
        self._speech_ms = 0
        self._preroll_len_ms = 0

    @property
    def time_ms(self) -> int:
        return self._time_ms

    @property
    def speech_start_ms(self) -> int:
        return self._start_ms

    @property
    def speech_end_ms(self) -> int:
        return self._last_speech_end_ms

    @property
    def speech_ms(self) -> int:
        return self._speech_ms

    def utterance_audio(self, until_ms: int | None = None) -> np.ndarray:
        """Float32 16 kHz samples of the current utterance (pre-roll included)."""
        pcm = b"".join(self._frames)
        samples = pcm16_to_float(pcm)
        if until_ms is not None:
            # the utterance buffer starts preroll before the onset
            first_ms = self._start_ms - self._preroll_len_ms
            keep = max(0, (until_ms - first_ms)) * ASR_SAMPLE_RATE // 1000
            samples = samples[:keep]
        return samples

    def utterance_end_ms(self) -> int:
        """Audio time covered by the utterance buffer."""
        return self._time_ms

    def reset(self) -> None:
        """Forget the current utterance (its remaining silence is not a new onset)."""
        self.in_utterance = False
        self._paused = False
        self._frames = []
        self._run = 0
        self._speech_ms = 0

    def feed(self, pcm16: bytes) -> list[TurnEvent]:
        data = self._pending + pcm16
        size = FRAME_SAMPLES * 2
        usable = len(data) // size * size
        self._pending = data[usable:]
        events: list[TurnEvent] = []
        for offset in range(0, usable, size):
            event = self._frame(data[offset : offset + size])
            if event is not None:
                events.append(event)
        return events

    def _event(self, kind: EventKind) -> TurnEvent:
        return TurnEvent(kind, self._time_ms, self._start_ms, self._last_speech_end_ms, self._speech_ms)

    def _frame(self, frame: bytes) -> TurnEvent | None:
        speech = self._vad.is_speech(frame)
        frame_start = self._time_ms
        self._time_ms += FRAME_MS
        cfg = self.config
        if not self.in_utterance:
            self._preroll.append(frame)
            max_preroll = max(cfg.start_frames, cfg.preroll_ms // FRAME_MS + cfg.start_frames)
            del self._preroll[:-max_preroll]
            self._run = self._run + 1 if speech else 0
            if self._run >= cfg.start_frames:
                self.in_utterance = True
                self._paused = False
                self._start_ms = frame_start - (cfg.start_frames - 1) * FRAME_MS
                self._last_speech_end_ms = self._time_ms
                self._speech_ms = cfg.start_frames * FRAME_MS
                self._frames = list(self._preroll)
                self._preroll_len_ms = len(self._preroll) * FRAME_MS - cfg.start_frames * FRAME_MS
                self._preroll = []
                return self._event("onset")
            return None
        self._frames.append(frame)
        if speech:
            self._last_speech_end_ms = self._time_ms
            self._speech_ms += FRAME_MS
            if self._paused:
                self._paused = False
                return self._event("resume")
            return None
        silence = self._time_ms - self._last_speech_end_ms
        if silence >= cfg.silence_ms:
            event = self._event("end")
            self.in_utterance = False
            self._paused = False
            self._run = 0
            return event
        if not self._paused and silence >= cfg.pause_ms:
            self._paused = True
            return self._event("pause")
        return None
