"""Record Mandarin test speech once, so every run hears the same audio.

Tacotron 2 samples prenet dropout at each synthesis: made afresh, a sentence is spoken
differently on every clone (a long one was once cut to a third of its length). Tests read
the takes committed under `tests/models/audio/zh/`; this records a new one.

    .venv/bin/python -m tests.record_mandarin_speech "男性六十二岁，胸痛四十分钟。"

It keeps the first take whose length looks whole (at least 0.18 s a character) and prints
what Whisper base heard, with the character error rate, for the recorder to check.
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


def take(settings: Settings, text: str, attempts: int) -> Audio:
    for _ in range(attempts):
        with tempfile.TemporaryDirectory() as scratch:  # an empty cache: a new take each time
            voice = MandarinOtherVoice(settings, Path(scratch))
            try:
                audio = voice.speech(text)
            finally:
                voice.close()
        if audio.duration_s >= SECONDS_PER_CHARACTER * len(text):
            break
    return audio


def record(texts: list[str], attempts: int = 5) -> None:
    settings = Settings()
    whisper = model_stack.load_whisper_base(settings)
    for text in texts:
        audio = take(settings, text, attempts)
        path = recording_path(text)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_wav(path, audio)
        heard = whisper.transcribe(audio.samples, "zh").text
        print(f"{path.name}  {audio.duration_s:.1f} s  CER {error_rate(text, heard, 'zh'):.2f}  {text} -> {heard}")


if __name__ == "__main__":
    record(sys.argv[1:])
