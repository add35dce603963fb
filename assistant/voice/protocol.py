"""The session's settings as a client sets them with `session.update` (OpenAI Realtime GA or beta shape)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.config import Settings


class TurnDetection(BaseModel):
    type: str = "server_vad"
    silence_duration_ms: int = 500
    prefix_padding_ms: int = 300
    create_response: bool = True
    interrupt_response: bool = True


class SessionConfig(BaseModel):
    input_rate: int = 16000
    output_rate: int = 24000
    language: Literal["zh", "en"] | None = None  # None: detected per turn
    voice: str | None = None
    modalities: list[str] = Field(default_factory=lambda: ["audio"])
    turn_detection: TurnDetection | None = Field(default_factory=TurnDetection)
    instructions: str = ""

    @classmethod
    def from_settings(cls, settings: Settings) -> "SessionConfig":
        return cls(
            output_rate=settings.voice_output_sample_rate,
            turn_detection=TurnDetection(silence_duration_ms=settings.vad_silence_ms),
        )

    @property
    def audio_out(self) -> bool:
        return "audio" in self.modalities

    def updated(self, session: dict[str, Any]) -> "SessionConfig":
        """A copy with the fields of a `session.update` payload applied (unknown fields ignored)."""
        data = self.model_dump()
        audio = session.get("audio") if isinstance(session.get("audio"), dict) else {}
        audio_in = audio.get("input") if isinstance(audio.get("input"), dict) else {}
        audio_out = audio.get("output") if isinstance(audio.get("output"), dict) else {}
        fmt = audio_in.get("format", session.get("input_audio_format"))
        if isinstance(fmt, dict) and fmt.get("rate"):
            data["input_rate"] = int(fmt["rate"])
        elif fmt == "pcm16" and "input_audio_format" in session:
            data["input_rate"] = 24000 if session.get("input_sample_rate") == 24000 else data["input_rate"]
        out_fmt = audio_out.get("format")
        if isinstance(out_fmt, dict) and out_fmt.get("rate"):
            data["output_rate"] = int(out_fmt["rate"])
        transcription = audio_in.get("transcription", session.get("input_audio_transcription"))
        if isinstance(transcription, dict) and "language" in transcription:
            language = transcription.get("language")
            data["language"] = language if language in ("zh", "en") else None
        if "language" in session:  # our shortcut
            data["language"] = session["language"] if session["language"] in ("zh", "en") else None
        voice = audio_out.get("voice", session.get("voice"))
        if isinstance(voice, str):
            data["voice"] = voice
        modalities = session.get("output_modalities", session.get("modalities"))
        if isinstance(modalities, list) and modalities:
            data["modalities"] = ["audio"] if "audio" in modalities else ["text"]
        if "turn_detection" in audio_in or "turn_detection" in session:
            detection = audio_in.get("turn_detection", session.get("turn_detection"))
            if detection is None:
                data["turn_detection"] = None
            else:
                current = data["turn_detection"] or TurnDetection().model_dump()
                data["turn_detection"] = {**current, **{k: v for k, v in detection.items() if k in current}}
        if isinstance(session.get("instructions"), str):
            data["instructions"] = session["instructions"]
        return SessionConfig.model_validate(data)

    def describe(self, session_id: str) -> dict[str, Any]:
        """The session object of `session.created` / `session.updated` (GA shape)."""
        detection = self.turn_detection.model_dump() if self.turn_detection else None
        return {
            "id": session_id,
            "object": "realtime.session",
            "type": "realtime",
            "model": "clinical-assistant",
            "output_modalities": self.modalities,
            "instructions": self.instructions,
            "audio": {
                "input": {
                    "format": {"type": "audio/pcm", "rate": self.input_rate},
                    "transcription": {"model": "whisper-base", "language": self.language},
                    "turn_detection": detection,
                },
                "output": {"format": {"type": "audio/pcm", "rate": self.output_rate}, "voice": self.voice},
            },
        }
