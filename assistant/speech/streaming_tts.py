"""Text chunks to audio, one chunk at a time, off the event loop.

Each chunk keeps its text and its exact audio duration, which is what lets the voice
session map a playback position back to the words the doctor heard.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from assistant.speech.audio import Audio, float_to_pcm16
from assistant.speech.streaming_asr import detect_text_language
from assistant.speech.tts import Voice


# chunks this short are the answers' recurring openers ("最可能：", "Red flag:", "下一步：")
SHORT_PHRASE_CHARS = 16
PhraseCache = Callable[[Voice, str], np.ndarray]


def phrase_cache(size: int = 256) -> PhraseCache:
    """Audio of short chunks, shared by every session of a process: answers open with the same
    few headings, and a hit sends the first audio without waiting ~150 ms for TTS."""

    @functools.lru_cache(maxsize=size)
    def synthesize(voice: Voice, text: str) -> np.ndarray:
        samples = np.asarray(voice.synthesize(text), dtype=np.float32)
        samples.setflags(write=False)  # one array, handed to many sessions
        return samples

    return synthesize


@dataclass(frozen=True)
class SpokenChunk:
    text: str
    language: str
    pcm16: bytes  # mono, little-endian, at the synthesizer's output rate
    sample_rate: int

    @property
    def duration_ms(self) -> float:
        return len(self.pcm16) / 2 / self.sample_rate * 1000


class StreamingSynthesizer:
    def __init__(self, voices: dict[str, Voice], sample_rate: int = 24000, phrases: PhraseCache | None = None) -> None:
        if not voices:
            raise ValueError("at least one voice is needed")
        self.voices = voices
        self.sample_rate = sample_rate
        self.phrases = phrases

    def voice_for(self, text: str, language: str | None) -> tuple[str, Voice]:
        lang = detect_text_language(text) if language is None or language not in self.voices else language
        # Chinese text is read by the Chinese voice whatever the turn's language, and vice versa
        if detect_text_language(text) == "zh" and "zh" in self.voices:
            lang = "zh"
        elif lang not in self.voices:
            lang = next(iter(self.voices))
        return lang, self.voices[lang]

    def _synthesize(self, text: str, language: str | None) -> SpokenChunk:
        lang, voice = self.voice_for(text, language)
        if self.phrases is not None and len(text.strip()) <= SHORT_PHRASE_CHARS:
            samples = self.phrases(voice, text)
        else:
            samples = voice.synthesize(text)
        audio = Audio(np.asarray(samples, dtype=np.float32), voice.sample_rate).resampled(self.sample_rate)
        return SpokenChunk(text, lang, float_to_pcm16(audio.samples), self.sample_rate)

    async def speak(self, text: str, language: str | None = None) -> SpokenChunk:
        return await asyncio.to_thread(self._synthesize, text, language)
