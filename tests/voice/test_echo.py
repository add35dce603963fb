"""The audio echo check: the assistant's own playback coming back through the mic (no models)."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.speech.audio import ASR_SAMPLE_RATE, float_to_pcm16
from assistant.voice.echo import PlaybackReference, echo_share
from tests.speech_fixtures import english_speech

OUT_RATE = 24000


@pytest.fixture(scope="module")
def playback() -> tuple[PlaybackReference, np.ndarray]:
    """The assistant's answer sent in 60 ms pieces at the output rate, and the same audio at 16 kHz."""
    said = english_speech("Red flag: chest pain with sweating needs an ECG within ten minutes.", voice="en-us+f3")
    out = said.resampled(OUT_RATE).samples
    reference = PlaybackReference(seconds=8.0)
    step = OUT_RATE * 60 // 1000
    for start in range(0, len(out), step):
        reference.add(float_to_pcm16(out[start : start + step]), OUT_RATE)
    return reference, said.resampled(ASR_SAMPLE_RATE).samples


def test_a_scaled_delayed_copy_of_the_playback_is_echo(playback):
    reference, said = playback
    rng = np.random.default_rng(1)
    heard = 0.4 * said[8000 : 8000 + 11200]
    heard = heard + rng.normal(0, 0.03 * np.sqrt(np.mean(heard**2)), len(heard)).astype(np.float32)  # -30 dB noise
    heard = np.concatenate([np.zeros(1600, np.float32), heard])  # the echo starts after the onset
    assert reference.echo_share(heard) >= 0.95


def test_the_doctor_talking_is_not_echo_even_over_the_playback(playback):
    reference, said = playback
    doctor = english_speech("Stop, what about aspirin for this patient?", voice="en-us+m3").resampled(ASR_SAMPLE_RATE).samples
    doctor = doctor[: len(said)]
    assert reference.echo_share(doctor) < 0.5
    # the headset leaks the playback at a third of the doctor's level while the doctor speaks
    leak = said[: len(doctor)]
    leak = leak / np.sqrt(np.mean(leak**2)) * np.sqrt(np.mean(doctor**2)) / 3
    assert reference.echo_share(doctor + leak) < 0.85


def test_only_the_last_seconds_are_kept_and_silence_matches_nothing():
    reference = PlaybackReference(seconds=1.0)
    tone = np.sin(np.arange(OUT_RATE * 3) / OUT_RATE * 2 * np.pi * 440).astype(np.float32) * 0.3
    for start in range(0, len(tone), 1440):
        reference.add(float_to_pcm16(tone[start : start + 1440]), OUT_RATE)
    assert abs(len(reference.samples()) - ASR_SAMPLE_RATE) <= 1440
    assert reference.echo_share(np.zeros(3200, np.float32)) == 0.0
    assert PlaybackReference(seconds=1.0).echo_share(np.ones(3200, np.float32)) == 0.0
    assert echo_share(np.zeros(0, np.float32), tone) == 0.0
