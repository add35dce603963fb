"""Whether the microphone is hearing the assistant's own voice played back (acoustic echo).

The transcript check (`InterruptionPolicy.is_echo`) misses an echo that Whisper mishears ("Red
flag" heard as "Bread flag."). This compares the audio itself: the utterance against the audio
sent to the client in the last seconds. Playback leaking into a headset mic is a delayed, scaled
copy: one delay (found by cross-correlation, one FFT) lines it up with the playback, and then the
playback explains nearly all of its energy, block by block; the doctor talking over the playback
leaves most of the energy unexplained. The mic hears only part of what was sent (playback pauses
at the doctor's onset), so the share is of the heard energy, not a symmetric correlation. A
room's reverberation smears the copy and lowers the share: then the transcript check still applies.
"""

from __future__ import annotations

from collections import deque

import numpy as np
import soxr

from assistant.speech.audio import ASR_SAMPLE_RATE, pcm16_to_float


class PlaybackReference:
    """The last `seconds` of audio sent for playback, at the microphone's analysis rate."""

    def __init__(self, seconds: float, rate: int = ASR_SAMPLE_RATE) -> None:
        self.rate = rate
        self._limit = int(seconds * rate)
        self._pieces: deque[np.ndarray] = deque()
        self._size = 0
        self._stream: soxr.ResampleStream | None = None
        self._stream_rate: int | None = None

    def add(self, pcm16: bytes, sample_rate: int) -> None:
        samples = pcm16_to_float(pcm16)
        if sample_rate != self.rate:
            if self._stream is None or self._stream_rate != sample_rate:
                # one stream per output rate, so piece boundaries leave no resampling edges
                self._stream = soxr.ResampleStream(sample_rate, self.rate, 1, dtype="float32", quality="HQ")
                self._stream_rate = sample_rate
            samples = self._stream.resample_chunk(samples)
        if not len(samples):
            return
        self._pieces.append(samples)
        self._size += len(samples)
        while self._size - len(self._pieces[0]) >= self._limit:
            self._size -= len(self._pieces.popleft())

    def samples(self) -> np.ndarray:
        if not self._pieces:
            return np.zeros(0, dtype=np.float32)
        return np.concatenate(self._pieces)[-self._limit :]

    def echo_share(self, heard: np.ndarray) -> float:
        """Share (0–1) of the heard energy that the recent playback, delayed and scaled, explains."""
        return echo_share(np.asarray(heard, dtype=np.float32), self.samples())


# The copy can sit between two samples (the client and the sound card resample the playback): the
# delay is found to a quarter sample (band-limited, zero-padded spectrum), or a 3 kHz component
# half a sample off would lose a sixth of its match.
OVERSAMPLE = 4
BLOCK = 1600  # 100 ms at 16 kHz: the gain may drift (automatic gain control), the delay may not


def echo_share(heard: np.ndarray, reference: np.ndarray) -> float:
    n = len(heard)
    heard_energy = float(np.dot(heard, heard))
    if n == 0 or not len(reference) or heard_energy == 0.0:
        return 0.0
    # the copy may start before the utterance or run past it: pad so every overlap is a delay
    padded = np.concatenate([np.zeros(n, np.float32), reference, np.zeros(n + 1, np.float32)])
    size = 1 << int(len(padded) + n).bit_length()
    cross = np.fft.rfft(padded, size) * np.conj(np.fft.rfft(heard, size))
    delays = len(padded) - n  # whole-sample delays where the heard audio fits inside `padded`
    correlation = np.fft.irfft(cross, size * OVERSAMPLE)[: (delays - 1) * OVERSAMPLE + 1]
    delay = int(np.argmax(np.abs(correlation))) / OVERSAMPLE
    aligned = _delayed(padded, delay, n)
    explained = 0.0
    for start in range(0, n, BLOCK):
        x, r = heard[start : start + BLOCK], aligned[start : start + BLOCK]
        power = float(np.dot(r, r))
        if power > 0.0:
            explained += float(np.dot(x, r)) ** 2 / power  # least-squares gain per block
    return min(1.0, explained / heard_energy)


def _delayed(signal: np.ndarray, delay: float, n: int) -> np.ndarray:
    """signal[delay : delay + n] for a fractional delay (a phase ramp over one more sample)."""
    whole = int(np.floor(delay))
    part = signal[whole : whole + n + 1].astype(np.float64)
    fraction = delay - whole
    if fraction:
        spectrum = np.fft.rfft(part) * np.exp(2j * np.pi * np.fft.rfftfreq(len(part)) * fraction)
        part = np.fft.irfft(spectrum, len(part))
    return part[:n]
