"""Prometheus histograms for the voice path, registered on a registry the caller owns."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram

_BUCKETS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 5.0)


class VoiceMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        def histogram(name: str, doc: str) -> Histogram:
            return Histogram(name, doc, ["lang"], registry=registry, buckets=_BUCKETS)

        self.final_transcript = histogram(
            "assistant_voice_final_transcript_seconds", "End of speech to final transcript")
        self.first_text = histogram("assistant_voice_first_text_seconds", "End of speech to first answer text")
        self.first_audio = histogram("assistant_voice_first_audio_seconds", "End of speech to first audio byte sent")
        self.voice_to_voice = histogram(
            "assistant_voice_to_voice_seconds", "End of the doctor's speech to the assistant's first audio")
        self.time_to_yield = Histogram(
            "assistant_voice_time_to_yield_seconds", "Speech onset during playback to the last audio byte sent",
            registry=registry, buckets=_BUCKETS)
        self.interruptions = Counter(
            "assistant_voice_interruptions_total", "Speech heard during an answer, by verdict", ["verdict"],
            registry=registry)
