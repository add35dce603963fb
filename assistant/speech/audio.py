"""Audio helpers: PCM16 <-> float, resampling (soxr), WAV files, loudness."""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soxr

ASR_SAMPLE_RATE = 16_000


@dataclass(frozen=True)
class Audio:
    """Mono float32 samples in [-1, 1] at a known rate."""

    samples: np.ndarray
    sample_rate: int

    @property
    def duration_s(self) -> float:
        return len(self.samples) / self.sample_rate

    def resampled(self, rate: int) -> "Audio":
        if rate == self.sample_rate:
            return self
        out = soxr.resample(self.samples, self.sample_rate, rate, quality="HQ")
        return Audio(out.astype(np.float32), rate)

    def to_pcm16(self) -> bytes:
        return float_to_pcm16(self.samples)


def pcm16_to_float(data: bytes) -> np.ndarray:
    if len(data) % 2:
        raise ValueError("PCM16 data must have an even number of bytes")
    return np.frombuffer(data, dtype="<i2").astype(np.float32) / 32768.0


def float_to_pcm16(samples: np.ndarray) -> bytes:
    clipped = np.clip(samples, -1.0, 1.0)
    return (clipped * 32767.0).astype("<i2").tobytes()


def rms_dbfs(samples: np.ndarray) -> float:
    if len(samples) == 0:
        return -120.0
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
    return 20.0 * np.log10(max(rms, 1e-6))


def read_wav(source: str | Path | bytes) -> Audio:
    """Read a PCM16 WAV (any rate, mono or stereo → mono)."""
    handle = io.BytesIO(source) if isinstance(source, bytes) else open(source, "rb")
    with handle, wave.open(handle, "rb") as wav:
        if wav.getsampwidth() != 2:
            raise ValueError("only 16-bit PCM WAV is supported")
        channels = wav.getnchannels()
        rate = wav.getframerate()
        samples = pcm16_to_float(wav.readframes(wav.getnframes()))
    if channels > 1:
        samples = samples.reshape(-1, channels).mean(axis=1)
    return Audio(samples.astype(np.float32), rate)


def write_wav(path: str | Path, audio: Audio) -> None:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(audio.sample_rate)
        wav.writeframes(audio.to_pcm16())

