"""One real-time voice consultation, transport-agnostic (OpenAI Realtime event protocol).

The transport (the gateway's websocket, or a test) feeds client events to
`await session.handle(event)` and receives server events through the `emit` callback.

Latency comes from overlapping work: partial transcripts while the doctor speaks; at a
short pause the final decode *and the answer* start speculatively (held back, on a copy
of the conversation); if the pause becomes the end of the turn they are released at
once, if the doctor goes on they are dropped. TTS starts on the first clause.

Barge-in: speech onset while the assistant speaks pauses the audio at once; the
utterance is then judged (too short, noise, backchannel, echo of the assistant's own
words → resume; real speech → cancel the answer and TTS tasks, drop queued audio, send
`output_audio_buffer.cleared` and `response.done` cancelled, and keep in the history
only what the doctor heard, from the client's playback acks or the paced position).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from assistant.answer.events import (
    AnswerDone,
    AssessmentUpdated,
    CaseUpdated,
    Conversation,
    HistoryTurn,
    TextDelta,
)
from assistant.config import Settings
from assistant.speech.audio import ASR_SAMPLE_RATE, Audio, float_to_pcm16, pcm16_to_float
from assistant.speech.chunker import TextChunker, speakable
from assistant.speech.streaming_asr import UtteranceRecognizer, detect_text_language
from assistant.speech.streaming_tts import SpokenChunk, StreamingSynthesizer
from assistant.speech.turns import TurnConfig, TurnDetector, TurnEvent
from assistant.voice.clock import Clock, MonotonicClock
from assistant.voice.echo import PlaybackReference
from assistant.voice.filters import InterruptionPolicy
from assistant.voice.metrics import VoiceMetrics
from assistant.voice.models import VoiceModels
from assistant.voice.protocol import SessionConfig
from assistant.voice.timeline import PlaybackTimeline

log = logging.getLogger(__name__)

Emit = Callable[[dict[str, Any]], Awaitable[None]]
_END = object()


class AnswerEngineLike(Protocol):
    def respond(self, conversation: Conversation, text: str, lang: str | None = None) -> Any: ...


def _id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:20]}"


@dataclass
class Utterance:
    item_id: str
    kind: str  # "turn" | "candidate" (heard during an answer, being judged) | "ignored"
    recognizer: UtteranceRecognizer
    onset_clock: float
    ended: bool = False
    last_partial_ms: int = 0
    judged_at_speech_ms: int = 0
    judging: asyncio.Task | None = None
    speculative: "Response | None" = None


@dataclass
class Response:
    id: str
    item_id: str
    user_item_id: str | None
    user_text: str
    language: str | None
    conversation: Conversation  # working copy; adopted when the answer is released
    base_history: int
    audio: bool
    eos_clock: float | None = None
    final_transcript_clock: float | None = None
    outbox: asyncio.Queue = field(default_factory=asyncio.Queue)
    released: asyncio.Event = field(default_factory=asyncio.Event)
    may_send: asyncio.Event = field(default_factory=asyncio.Event)
    timeline: PlaybackTimeline = field(default_factory=PlaybackTimeline)
    produced: list[str] = field(default_factory=list)  # chunk texts produced so far (spoken or queued)
    chunker: TextChunker | None = None
    generated: str = ""
    shown_text: str = ""  # text-only mode: deltas already sent
    done: AnswerDone | None = None
    producer: asyncio.Task | None = None
    sender: asyncio.Task | None = None
    sent_ms: float = 0.0
    anchor: tuple[float, float] | None = None  # (clock, playhead ms) for the playhead estimate
    first_text_clock: float | None = None
    first_audio_clock: float | None = None
    last_audio_clock: float | None = None
    finished: bool = False
    status: str = "in_progress"
    history_turn: HistoryTurn | None = None  # the assistant turn this answer wrote

    def playhead(self, now: float) -> float:
        """Estimated client playback position: real time since the first byte, never past what was sent."""
        if self.anchor is None:
            return 0.0
        clock, played = self.anchor
        return min(self.sent_ms, played + max(0.0, now - clock) * 1000)

    def heard_ms(self, now: float) -> float:
        if self.timeline.acked_ms is not None:
            return min(self.timeline.acked_ms, self.timeline.total_ms)
        return self.playhead(now)


class RealtimeSession:
    def __init__(
        self,
        engine: AnswerEngineLike,
        models: VoiceModels,
        emit: Emit,
        settings: Settings,
        conversation: Conversation | None = None,
        clock: Clock | None = None,
        metrics: VoiceMetrics | None = None,
        policy: InterruptionPolicy | None = None,
    ) -> None:
        self.engine = engine
        self.models = models
        self.settings = settings
        self.conversation = conversation if conversation is not None else Conversation()
        self.clock = clock or MonotonicClock()
        self.metrics = metrics
        self.policy = policy or InterruptionPolicy.load(settings.prompts_dir)
        self.config = SessionConfig.from_settings(settings)
        self.id = _id("sess")
        self._emit_callback = emit
        self._event_no = 0
        self._tasks: set[asyncio.Task] = set()
        self._turns = self._new_turn_detector()
        self._utterance: Utterance | None = None
        self.response: Response | None = None
        self._recent: list[Response] = []  # finished responses, for late acks/truncates
        self.playback = PlaybackReference(settings.voice_echo_window_s)  # what the mic may hear back
        self._pending_text: tuple[str, str | None, str] | None = None  # (text, lang, item id) awaiting response.create
        self._manual_audio: list[bytes] = []
        self._last_recognizer: UtteranceRecognizer | None = None
        self._closed = False
        self.interruptions: list[dict[str, Any]] = []  # verdicts, for the benchmark and tests
        self._started = asyncio.get_running_loop().create_task(self._emit("session.created", session=self._session()))

    # ------------------------------------------------------------------ plumbing
    def _session(self) -> dict[str, Any]:
        return self.config.describe(self.id)

    def _new_turn_detector(self) -> TurnDetector:
        detection = self.config.turn_detection
        return TurnDetector(
            TurnConfig(
                silence_ms=detection.silence_duration_ms if detection else self.settings.vad_silence_ms,
                pause_ms=min(self.settings.vad_pause_ms, (detection.silence_duration_ms if detection else 10_000) - 30),
                start_frames=self.settings.vad_start_frames,
                preroll_ms=detection.prefix_padding_ms if detection else 300,
                aggressiveness=self.settings.vad_aggressiveness,
            )
        )

    async def _emit(self, event_type: str, /, **payload: Any) -> None:
        self._event_no += 1
        await self._emit_callback({"type": event_type, "event_id": f"event_{self._event_no}", **payload})

    def _spawn(self, coro: Awaitable[Any], name: str) -> asyncio.Task:
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            error = task.exception()
            log.error("voice task %s failed: %s", task.get_name(), error, exc_info=error)
            if not self._closed:
                asyncio.get_running_loop().create_task(
                    self._error("server_error", f"{task.get_name()} failed: {type(error).__name__}")
                )

    async def _error(self, code: str, message: str, event_id: str | None = None) -> None:
        await self._emit(
            "error", error={"type": "invalid_request_error", "code": code, "message": message, "event_id": event_id}
        )

    def running_tasks(self) -> list[asyncio.Task]:
        """Background tasks still alive (tests assert none survive a cancellation)."""
        return [t for t in self._tasks if not t.done()]

    async def close(self) -> None:
        self._closed = True
        if self.response is not None:
            await self._stop_response(self.response, "cancelled", "session_closed", heard=True, notify=False)
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(BaseException):
                await task
        with contextlib.suppress(BaseException):
            await self._started

    # ------------------------------------------------------------------ client events
    async def handle(self, event: dict[str, Any] | str | bytes) -> None:
        await self._started
        if isinstance(event, (str, bytes)):
            import json

            try:
                event = json.loads(event)
            except ValueError:
                await self._error("invalid_json", "message is not valid JSON")
                return
        if not isinstance(event, dict) or not isinstance(event.get("type"), str):
            await self._error("invalid_event", "an event is a JSON object with a string 'type'")
            return
        handler = self._handlers().get(event["type"])
        event_id = event.get("event_id") if isinstance(event.get("event_id"), str) else None
        if handler is None:
            await self._error("unknown_event", f"unknown event type {event['type'][:80]!r}", event_id)
            return
        try:
            await handler(event)
        except (ValueError, TypeError, KeyError) as error:
            await self._error("invalid_event", f"{event['type']}: {error}", event_id)

    def _handlers(self) -> dict[str, Callable[[dict[str, Any]], Awaitable[None]]]:
        return {
            "session.update": self._on_session_update,
            "input_audio_buffer.append": self._on_append,
            "input_audio_buffer.commit": self._on_commit,
            "input_audio_buffer.clear": self._on_clear,
            "conversation.item.create": self._on_item_create,
            "response.create": self._on_response_create,
            "response.cancel": self._on_response_cancel,
            "conversation.item.truncate": self._on_truncate,
            "output_audio_buffer.played": self._on_played,
            "output_audio_buffer.clear": self._on_response_cancel,
            "session.new_patient": self._on_new_patient,
        }

    async def _on_session_update(self, event: dict[str, Any]) -> None:
        session = event.get("session")
        if not isinstance(session, dict):
            raise ValueError("'session' must be an object")
        old = self.config
        self.config = self.config.updated(session)
        if self.config.turn_detection != old.turn_detection and self._utterance is None:
            self._turns = self._new_turn_detector()
        await self._emit("session.updated", session=self._session())

    async def _on_new_patient(self, event: dict[str, Any]) -> None:
        if self.response is not None:
            await self._stop_response(self.response, "cancelled", "client_cancelled", heard=True)
        self.conversation.new_patient()

    async def _on_append(self, event: dict[str, Any]) -> None:
        audio = event.get("audio")
        if not isinstance(audio, str):
            raise ValueError("'audio' must be base64 PCM16")
        raw = base64.b64decode(audio, validate=True)
        if len(raw) % 2:
            raise ValueError("PCM16 audio needs an even number of bytes")
        if self.config.input_rate != ASR_SAMPLE_RATE:
            raw = float_to_pcm16(Audio(pcm16_to_float(raw), self.config.input_rate).resampled(ASR_SAMPLE_RATE).samples)
        if self.config.turn_detection is None:
            self._manual_audio.append(raw)
            return
        for turn_event in self._turns.feed(raw):
            await self._on_turn_event(turn_event)
        self._maybe_partial()

    async def _on_commit(self, event: dict[str, Any]) -> None:
        item_id = _id("item")
        if self.config.turn_detection is None:
            pcm = b"".join(self._manual_audio)
            self._manual_audio = []
            if not pcm:
                await self._error("input_audio_buffer_commit_empty", "the input audio buffer is empty")
                return
            await self._emit("input_audio_buffer.committed", item_id=item_id, previous_item_id=None)
            recognizer = self._recognizer()
            samples = pcm16_to_float(pcm)
            decode = await recognizer.decode(samples, len(samples) * 1000 // ASR_SAMPLE_RATE)
            text = decode.transcript.text
            await self._transcription_completed(item_id, text)
            if text:
                self._pending_text = (text, decode.transcript.language, item_id)
            return
        utterance = self._utterance
        if utterance is None:
            await self._error("input_audio_buffer_commit_empty", "no speech in the input audio buffer")
            return
        end = TurnEvent("end", self._turns.time_ms, self._turns.speech_start_ms, self._turns.speech_end_ms,
                        self._turns.speech_ms)
        self._turns.in_utterance = False
        await self._on_turn_event(end)

    async def _on_clear(self, event: dict[str, Any]) -> None:
        self._manual_audio = []
        await self._drop_utterance()
        self._turns = self._new_turn_detector()
        await self._emit("input_audio_buffer.cleared")

    async def _on_item_create(self, event: dict[str, Any]) -> None:
        item = event.get("item")
        if not isinstance(item, dict) or item.get("role", "user") != "user":
            raise ValueError("only user messages can be added")
        parts = item.get("content") or []
        text = " ".join(
            str(p.get("text") or p.get("transcript") or "") for p in parts if isinstance(p, dict)
        ).strip()
        if not text:
            raise ValueError("the item has no text")
        if len(text) > self.settings.max_text_chars:
            raise ValueError(f"text longer than {self.settings.max_text_chars} characters")
        # typed text while the assistant answers interrupts it like speech does
        if self.response is not None:
            await self._stop_response(self.response, "cancelled", "turn_detected", heard=True)
        item_id = item.get("id") if isinstance(item.get("id"), str) else _id("item")
        self._pending_text = (text, self.config.language or detect_text_language(text), item_id)
        await self._emit(
            "conversation.item.added",
            previous_item_id=None,
            item={"id": item_id, "object": "realtime.item", "type": "message", "role": "user", "status": "completed",
                  "content": [{"type": "input_text", "text": text}]},
        )

    async def _on_response_create(self, event: dict[str, Any]) -> None:
        if self._pending_text is None:
            await self._error("no_input", "nothing to answer: add a user message or speak first")
            return
        if self.response is not None:
            await self._stop_response(self.response, "cancelled", "turn_detected", heard=True)
        text, lang, item_id = self._pending_text
        self._pending_text = None
        response = self._start_response(text, lang, item_id, eos_clock=None)
        await self._release(response)

    async def _on_response_cancel(self, event: dict[str, Any]) -> None:
        if self.response is not None:
            await self._stop_response(self.response, "cancelled", "client_cancelled", heard=True)

    async def _on_played(self, event: dict[str, Any]) -> None:
        position = event.get("audio_end_ms")
        if not isinstance(position, (int, float)) or position < 0:
            raise ValueError("'audio_end_ms' must be a non-negative number")
        response = self._find_response(event.get("item_id"))
        if response is not None:
            response.timeline.ack(position)

    async def _on_truncate(self, event: dict[str, Any]) -> None:
        position = event.get("audio_end_ms")
        if not isinstance(position, (int, float)) or position < 0:
            raise ValueError("'audio_end_ms' must be a non-negative number")
        response = self._find_response(event.get("item_id"))
        if response is None:
            await self._error("item_not_found", "no assistant item with that id")
            return
        response.timeline.acked_ms = float(position)
        if response is self.response:
            await self._stop_response(response, "cancelled", "turn_detected", heard=True)
        elif response.released:
            self._remember(response, response.status == "cancelled" or position < response.timeline.total_ms)
        await self._emit("conversation.item.truncated", item_id=response.item_id, content_index=0,
                         audio_end_ms=int(position))

    def _find_response(self, item_id: Any) -> Response | None:
        candidates = ([self.response] if self.response else []) + self._recent[::-1]
        for response in candidates:
            if item_id is None or response.item_id == item_id:
                return response
        return None

    # ------------------------------------------------------------------ turn-taking
    def _recognizer(self) -> UtteranceRecognizer:
        recognizer = UtteranceRecognizer(self.models.transcriber, self.config.language, self.models.hotwords,
                                         english=self.models.english)
        previous = self._utterance.recognizer if self._utterance is not None else self._last_recognizer
        if previous is not None:  # decode speed and the doctor's language carry over from turn to turn
            recognizer.decode_s = previous.decode_s
            recognizer.previous_language = previous.language or previous.previous_language
        self._last_recognizer = recognizer
        return recognizer

    def _clock_at(self, audio_ms: int) -> float:
        """Clock time at which the client sent audio time `audio_ms` (audio arrives in real time)."""
        return self.clock.now() - max(0, self._turns.time_ms - audio_ms) / 1000

    async def _on_turn_event(self, event: TurnEvent) -> None:
        if event.kind == "onset":
            await self._on_onset(event)
            return
        utterance = self._utterance
        if utterance is None:
            return
        if event.kind == "resume":
            if utterance.speculative is not None:  # the doctor went on: the early answer is void
                await self._discard(utterance.speculative)
                utterance.speculative = None
            if utterance.kind == "ignored" and self.response is not None:
                utterance.kind = "candidate"
                self._pause(self.response)
        elif event.kind == "pause":
            if utterance.kind == "turn":
                utterance.judging = self._spawn(self._speculate(utterance, event), "speculate")
            elif utterance.kind == "candidate":
                self._judge_later(utterance, event)
        elif event.kind == "end":
            utterance.ended = True
            if utterance.kind == "turn":
                await self._finish_turn(utterance, event)
            elif utterance.kind == "candidate" and (utterance.judging is None or utterance.judging.done()):
                self._judge_later(utterance, event)
            elif utterance.kind == "ignored":
                self._utterance = None

    async def _on_onset(self, event: TurnEvent) -> None:
        onset_clock = self._clock_at(event.speech_start_ms)
        response = self.response
        interrupting = (
            response is not None and response.released.is_set()
            and (self.config.turn_detection is None or self.config.turn_detection.interrupt_response)
        )
        utterance = Utterance(_id("item"), "candidate" if interrupting else "turn", self._recognizer(), onset_clock)
        utterance.last_partial_ms = event.at_ms
        self._utterance = utterance
        if interrupting:
            self._pause(response)
        else:
            await self._emit("input_audio_buffer.speech_started", audio_start_ms=event.speech_start_ms,
                             item_id=utterance.item_id)

    def _maybe_partial(self) -> None:
        utterance = self._utterance
        turns = self._turns
        if utterance is None or not turns.in_utterance or utterance.ended:
            return
        if utterance.kind == "ignored" and self.response is not None and (
            turns.speech_ms - utterance.judged_at_speech_ms >= self.settings.barge_in_decide_ms
        ):
            # judged "noise" on its first words, but the doctor keeps talking: judge it again
            utterance.kind = "candidate"
            self._pause(self.response)
        if utterance.kind == "candidate":
            speech = turns.speech_ms
            if speech >= self.settings.barge_in_confirm_ms:
                # the answer has been paused since the onset, so this cannot be its echo, and coughs
                # and backchannels are shorter: interrupt now rather than wait for Whisper
                utterance.kind = "confirming"
                self._spawn(self._barge_in(utterance, "long speech"), "barge-in")
                return
            if speech - utterance.judged_at_speech_ms >= self.settings.barge_in_decide_ms and (
                utterance.judging is None or utterance.judging.done()
            ):
                self._judge_later(utterance, None)
            return
        recognizer = utterance.recognizer
        if utterance.kind != "turn" or recognizer.decoding_until_ms is not None:
            return
        if (recognizer.language is None and not recognizer.language_unsure
                and turns.speech_ms >= self.settings.asr_detect_after_ms):
            self._spawn(recognizer.detect_language(turns.utterance_audio()), "detect-language")
            return
        if not recognizer.partials_affordable(self.settings.asr_partial_interval_ms):
            return
        if turns.time_ms - turns.speech_end_ms > 0 or turns.time_ms - utterance.last_partial_ms < self.settings.asr_partial_interval_ms:
            return
        utterance.last_partial_ms = turns.time_ms
        self._spawn(self._partial(utterance, turns.utterance_audio(), turns.time_ms), "partial-asr")

    async def _partial(self, utterance: Utterance, samples: np.ndarray, covered_ms: int) -> None:
        decode = await utterance.recognizer.decode(samples, covered_ms)
        delta = utterance.recognizer.agree(decode.transcript)
        if delta and self._utterance is utterance and utterance.kind == "turn":
            await self._emit("conversation.item.input_audio_transcription.delta", item_id=utterance.item_id,
                             content_index=0, delta=delta)

    async def _speculate(self, utterance: Utterance, event: TurnEvent) -> None:
        """At a pause: the final decode, and the answer held back until the turn really ends."""
        samples = self._turns.utterance_audio()
        decode = await utterance.recognizer.decode(samples, event.at_ms, need_ms=event.speech_end_ms)
        if self._utterance is not utterance or self._turns.speech_end_ms != event.speech_end_ms:
            return  # the doctor went on
        if utterance.ended or utterance.speculative is not None:
            return
        transcript = decode.transcript
        if event.speech_ms < self.settings.vad_min_speech_ms or self.policy.judge(transcript, "") != "speech":
            return
        if not self.config.turn_detection or not self.config.turn_detection.create_response:
            return
        utterance.speculative = self._start_response(
            transcript.text, transcript.language, utterance.item_id, eos_clock=self._clock_at(event.speech_end_ms)
        )

    async def _finish_turn(self, utterance: Utterance, event: TurnEvent) -> None:
        eos_clock = self._clock_at(event.speech_end_ms)
        self._utterance = None
        await self._emit("input_audio_buffer.speech_stopped", audio_end_ms=event.speech_end_ms,
                         item_id=utterance.item_id)
        await self._emit("input_audio_buffer.committed", item_id=utterance.item_id, previous_item_id=None)
        samples = self._turns.utterance_audio()
        self._spawn(self._complete_turn(utterance, event, samples, eos_clock), "final-asr")

    async def _complete_turn(self, utterance: Utterance, event: TurnEvent, samples: np.ndarray, eos: float) -> None:
        decode = await utterance.recognizer.decode(samples, event.at_ms, need_ms=event.speech_end_ms)
        transcript = decode.transcript
        final_clock = self.clock.now()
        noise = event.speech_ms < self.settings.vad_min_speech_ms or self.policy.judge(transcript, "") == "noise"
        text = "" if noise else transcript.text
        delta = utterance.recognizer.final_delta(transcript) if text else ""
        if delta:
            await self._emit("conversation.item.input_audio_transcription.delta", item_id=utterance.item_id,
                             content_index=0, delta=delta)
        await self._transcription_completed(utterance.item_id, text)
        speculative = utterance.speculative
        wanted = bool(text) and self.policy.judge(transcript, "") == "speech" and bool(
            self.config.turn_detection and self.config.turn_detection.create_response
        )
        if not wanted:
            if speculative is not None:
                await self._discard(speculative)
            if text:
                self._pending_text = (text, transcript.language, utterance.item_id)
            return
        response = speculative or self._start_response(text, transcript.language, utterance.item_id, eos_clock=eos)
        response.eos_clock = eos
        response.final_transcript_clock = final_clock
        if self.response is not None and self.response is not response:  # the doctor spoke over it
            await self._stop_response(self.response, "cancelled", "turn_detected", heard=True,
                                      onset_clock=utterance.onset_clock)
        await self._release(response)

    async def _transcription_completed(self, item_id: str, text: str) -> None:
        await self._emit("conversation.item.input_audio_transcription.completed", item_id=item_id, content_index=0,
                         transcript=text)

    async def _drop_utterance(self) -> None:
        utterance = self._utterance
        self._utterance = None
        if utterance is None:
            return
        if utterance.speculative is not None:
            await self._discard(utterance.speculative)
        if utterance.judging is not None and not utterance.judging.done():
            utterance.judging.cancel()
        if self.response is not None:
            self._resume(self.response)

    # ------------------------------------------------------------------ barge-in
    def _judge_later(self, utterance: Utterance, event: TurnEvent | None) -> None:
        if utterance.judging is not None and not utterance.judging.done():
            return
        utterance.judged_at_speech_ms = self._turns.speech_ms
        utterance.judging = self._spawn(self._judge(utterance), "judge-interruption")

    async def _judge(self, utterance: Utterance) -> None:
        turns = self._turns
        speech_ms = turns.speech_ms if turns.in_utterance else utterance.judged_at_speech_ms
        response = self.response
        recent = " ".join(response.produced) if response else ""
        audio = turns.utterance_audio()
        if speech_ms < self.settings.vad_min_speech_ms:
            verdict, heard = "noise", ""
        elif await asyncio.to_thread(self.playback.echo_share, audio) >= self.settings.voice_echo_share:
            verdict, heard = "echo", ""  # the playback itself, however Whisper would have heard it
        else:
            decode = await utterance.recognizer.decode(audio, turns.time_ms)
            verdict, heard = self.policy.judge(decode.transcript, recent, interrupting=True), decode.transcript.text
        if self._utterance is not utterance or utterance.kind != "candidate":
            return
        if self.metrics:
            self.metrics.interruptions.labels(verdict).inc()
        self.interruptions.append({"verdict": verdict, "transcript": heard, "speech_ms": speech_ms})
        if verdict != "speech":
            await self._emit("input_audio_buffer.speech_ignored", item_id=utterance.item_id, reason=verdict,
                             transcript=heard)
            utterance.kind = "ignored"
            if response is not None:
                self._resume(response)
            if utterance.ended or not turns.in_utterance:
                self._utterance = None
            return
        await self._barge_in(utterance, heard)

    async def _barge_in(self, utterance: Utterance, heard: str) -> None:
        """A real interruption: stop the answer now; the utterance becomes the doctor's turn."""
        turns = self._turns
        response = self.response
        if utterance.kind == "confirming":  # decided by duration, without a transcript
            if self.metrics:
                self.metrics.interruptions.labels("speech").inc()
            self.interruptions.append({"verdict": "speech", "transcript": heard, "speech_ms": turns.speech_ms})
        utterance.kind = "confirming"  # until the turn events below are out, an "end" only marks it ended
        if response is not None:
            await self._stop_response(response, "cancelled", "turn_detected", heard=True,
                                      onset_clock=utterance.onset_clock)
        await self._emit("input_audio_buffer.speech_started", audio_start_ms=turns.speech_start_ms,
                         item_id=utterance.item_id)
        utterance.kind = "turn"
        if self._utterance is utterance and (utterance.ended or not turns.in_utterance):
            end = TurnEvent("end", turns.time_ms, turns.speech_start_ms, turns.speech_end_ms, turns.speech_ms)
            await self._finish_turn(utterance, end)

    def _pause(self, response: Response) -> None:
        response.may_send.clear()

    def _resume(self, response: Response) -> None:
        if not response.may_send.is_set():
            now = self.clock.now()
            if response.anchor is not None:
                response.anchor = (now, response.playhead(now))
            response.may_send.set()

    # ------------------------------------------------------------------ answering
    def _start_response(self, text: str, lang: str | None, user_item_id: str | None, eos_clock: float | None) -> Response:
        lang = self.config.language or lang or detect_text_language(text)
        response = Response(
            id=_id("resp"), item_id=_id("item"), user_item_id=user_item_id, user_text=text, language=lang,
            conversation=self.conversation.model_copy(deep=True), base_history=len(self.conversation.history),
            audio=self.config.audio_out, eos_clock=eos_clock,
            # TTS runs only a few chunks ahead of playback: the rest of a long answer is not
            # synthesised on the CPU the doctor's next words need, and is never made if cut off
            outbox=asyncio.Queue(maxsize=self.settings.voice_tts_lookahead),
        )
        response.may_send.set()
        response.chunker = TextChunker(lang) if response.audio else None
        response.producer = self._spawn(self._produce(response), "answer")
        response.sender = self._spawn(self._send(response), "send")
        return response

    async def _release(self, response: Response) -> None:
        self.response = response
        response.released.set()

    async def _discard(self, response: Response) -> None:
        """Drop an answer that was never released: no events were sent for it."""
        for task in (response.producer, response.sender):
            if task is not None:
                task.cancel()
        for task in (response.producer, response.sender):
            if task is not None:
                with contextlib.suppress(BaseException):
                    await task
        _drain(response.outbox)

    async def _produce(self, response: Response) -> None:
        synth = (StreamingSynthesizer(self.models.voices, self.config.output_rate, self.models.phrases)
                 if response.audio else None)
        events = self.engine.respond(response.conversation, response.user_text, response.language)
        try:
            async for event in events:
                if isinstance(event, CaseUpdated):
                    await response.outbox.put(("case.updated", {"case": event.case.model_dump(mode="json")}))
                elif isinstance(event, AssessmentUpdated):
                    await response.outbox.put(
                        ("assessment.updated", {"assessment": event.assessment.model_dump(mode="json")}))
                elif isinstance(event, TextDelta):
                    if response.first_text_clock is None:
                        response.first_text_clock = self.clock.now()
                    response.generated += event.text
                    if synth is None:
                        await response.outbox.put(("text", event.text))
                        continue
                    for chunk in response.chunker.feed(event.text):
                        await self._speak(response, synth, chunk)
                elif isinstance(event, AnswerDone):
                    response.done = event
        finally:  # cancelling the turn closes the engine's stream: nothing keeps running
            close = getattr(events, "aclose", None)
            if close is not None:
                await close()
        if synth is not None:
            for chunk in response.chunker.flush():
                await self._speak(response, synth, chunk)
        await response.outbox.put(_END)

    async def _speak(self, response: Response, synth: StreamingSynthesizer, text: str) -> None:
        response.produced.append(text)
        spoken = await synth.speak(text, response.language)
        await response.outbox.put(spoken)

    async def _send(self, response: Response) -> None:
        await response.released.wait()
        await self._emit("response.created", response=self._response_object(response, "in_progress"))
        await self._emit("conversation.item.added", previous_item_id=response.user_item_id, item={
            "id": response.item_id, "object": "realtime.item", "type": "message", "role": "assistant",
            "status": "in_progress", "content": []})
        ids = {"response_id": response.id, "item_id": response.item_id, "output_index": 0, "content_index": 0}
        while True:
            item = await response.outbox.get()
            if item is _END:
                break
            if isinstance(item, SpokenChunk):
                await self._send_chunk(response, item, ids)
            elif item[0] == "text":
                response.shown_text += item[1]
                await self._emit("response.output_text.delta", delta=item[1], **ids)
            else:
                await self._emit(item[0], **item[1])
        transcript = self._spoken_text(response) if response.audio else response.shown_text
        if response.audio:
            await self._emit("response.output_audio.done", **ids)
            await self._emit("response.output_audio_transcript.done", transcript=transcript, **ids)
        else:
            await self._emit("response.output_text.done", text=transcript, **ids)
        await self._finish(response, "completed", None)

    async def _send_chunk(self, response: Response, chunk: SpokenChunk, ids: dict[str, Any]) -> None:
        separator = "" if chunk.language == "zh" or not response.timeline.chunks else " "
        await self._emit("response.output_audio_transcript.delta", delta=separator + chunk.text, **ids)
        response.timeline.add(chunk.text, chunk.language, chunk.duration_ms)
        bytes_per_ms = chunk.sample_rate * 2 / 1000
        step = int(self.settings.voice_audio_delta_ms * bytes_per_ms) // 2 * 2
        for offset in range(0, len(chunk.pcm16), step):
            piece = chunk.pcm16[offset : offset + step]
            await self._pace(response)
            now = self.clock.now()
            if response.anchor is None or response.playhead(now) >= response.sent_ms:
                response.anchor = (now, response.sent_ms)  # (re)start of playback after a gap
            await self._emit("response.output_audio.delta", delta=base64.b64encode(piece).decode("ascii"), **ids)
            self.playback.add(piece, chunk.sample_rate)
            response.sent_ms += len(piece) / bytes_per_ms
            response.last_audio_clock = self.clock.now()
            if response.first_audio_clock is None:
                response.first_audio_clock = response.last_audio_clock

    async def _pace(self, response: Response) -> None:
        """Wait until this piece is due: at most `voice_playback_lead_ms` ahead of the client's playhead."""
        lead = self.settings.voice_playback_lead_ms
        while True:
            await response.may_send.wait()
            now = self.clock.now()
            ahead = response.sent_ms - response.playhead(now)
            if response.anchor is None or ahead <= lead:
                return
            await self.clock.sleep((ahead - lead) / 1000)

    def _spoken_text(self, response: Response) -> str:
        sep = "" if response.language == "zh" else " "
        return sep.join(response.produced)

    async def _stop_response(self, response: Response, status: str, reason: str, heard: bool,
                             onset_clock: float | None = None, notify: bool = True) -> None:
        """Cancel the answer and TTS tasks, drop queued audio, tell the client, truncate the history."""
        if response.finished:
            return
        now = self.clock.now()
        for task in (response.producer, response.sender):
            if task is not None and task is not asyncio.current_task():
                task.cancel()
        for task in (response.producer, response.sender):
            if task is not None and task is not asyncio.current_task():
                with contextlib.suppress(BaseException):
                    await task
        _drain(response.outbox)
        if notify and response.audio and response.released.is_set():
            await self._emit("output_audio_buffer.cleared", response_id=response.id)
        if onset_clock is not None:
            last = response.last_audio_clock
            yield_s = 0.0 if last is None else max(0.0, last - onset_clock)
            if self.metrics:
                self.metrics.time_to_yield.observe(yield_s)
            if notify:
                await self._emit("latency.report", kind="interruption", response_id=response.id,
                                 item_id=response.item_id, time_to_yield_ms=round(yield_s * 1000, 1),
                                 heard_ms=round(response.heard_ms(now), 1))
        await self._finish(response, status, reason, position_ms=response.heard_ms(now), notify=notify)

    async def _finish(self, response: Response, status: str, reason: str | None,
                      position_ms: float | None = None, notify: bool = True) -> None:
        response.finished = True
        response.status = status
        if self.response is response:
            self.response = None
        if response.released.is_set():
            self._remember(response, interrupted=status == "cancelled", position_ms=position_ms)
            self._recent = (self._recent + [response])[-8:]
        if notify and response.released.is_set():
            await self._emit("response.done", response=self._response_object(response, status, reason))
            if response.first_text_clock is not None:  # also for a cancelled answer: the turn's latency stands
                await self._latency_report(response)

    def _remember(self, response: Response, interrupted: bool, position_ms: float | None = None) -> None:
        """Adopt the answer's working conversation, with the assistant turn as the doctor heard it."""
        lang = response.language or "en"
        if not interrupted:
            full = response.done.text if response.done else (self._spoken_text(response) or response.generated)
            turn = HistoryTurn(role="assistant", text=full)
        else:
            heard, unheard = self._heard_split(response, position_ms)
            turn = HistoryTurn(role="assistant", text=heard + self.policy.marker(lang), interrupted=True,
                               unheard=unheard or None)
        history = self.conversation.history
        if response.history_turn is not None:  # a later truncate rewrites the turn in place
            for index, existing in enumerate(history):
                if existing is response.history_turn:
                    history[index] = turn
            response.history_turn = turn
            return
        working = list(response.conversation.history)
        # the engine records the doctor's turn and what it generated; keep up to the doctor's turn
        tail = [i for i in range(max(0, len(working) - 2), len(working)) if working[i].role == "doctor"
                and response.user_text.strip().startswith(working[i].text.strip())]
        if tail and (len(working) > response.base_history or tail[-1] == 0):
            del working[tail[-1] + 1 :]
        else:  # the engine never got as far as recording the question
            working.append(HistoryTurn(role="doctor", text=response.user_text))
        working.append(turn)
        response.history_turn = turn
        self.conversation.case = response.conversation.case
        if response.conversation.lang:
            self.conversation.lang = response.conversation.lang
        history[:] = working[-self.conversation.max_history :]

    def _heard_split(self, response: Response, position_ms: float | None) -> tuple[str, str]:
        sep = "" if response.language == "zh" else " "
        if not response.audio:
            shown = response.shown_text.strip()
            return shown, speakable(response.generated[len(response.shown_text):]).strip()
        position = response.heard_ms(self.clock.now()) if position_ms is None else position_ms
        if response.timeline.acked_ms is not None:
            position = min(response.timeline.acked_ms, response.timeline.total_ms)
        heard, unheard = response.timeline.split(position)
        rest = response.produced[len(response.timeline.chunks) :]
        if response.chunker is not None:
            rest = rest + [speakable(response.chunker._buffer).strip()]
        unheard = sep.join(p for p in [unheard, *rest] if p)
        return heard, unheard

    def _response_object(self, response: Response, status: str, reason: str | None = None) -> dict[str, Any]:
        transcript = self._spoken_text(response) if response.audio else response.shown_text
        content = {"type": "output_audio", "transcript": transcript} if response.audio else {
            "type": "output_text", "text": transcript}
        return {
            "id": response.id,
            "object": "realtime.response",
            "status": status,
            "status_details": None if reason is None else {"type": status, "reason": reason},
            "output": [] if status == "in_progress" else [{
                "id": response.item_id, "object": "realtime.item", "type": "message", "role": "assistant",
                "status": "completed" if status == "completed" else "incomplete", "content": [content]}],
            "output_modalities": self.config.modalities,
            "audio": {"output": {"format": {"type": "audio/pcm", "rate": self.config.output_rate}}},
            "usage": None,
        }

    async def _latency_report(self, response: Response) -> None:
        eos = response.eos_clock

        def since(t: float | None) -> float | None:
            return None if eos is None or t is None else round((t - eos) * 1000, 1)

        report = {
            "end_of_speech_to_final_transcript_ms": since(response.final_transcript_clock),
            "end_of_speech_to_first_text_ms": since(response.first_text_clock),
            "end_of_speech_to_first_audio_ms": since(response.first_audio_clock),
            "voice_to_voice_ms": since(response.first_audio_clock),
        }
        if self.metrics and eos is not None:
            lang = response.language or "en"
            for histogram, value in (
                (self.metrics.final_transcript, report["end_of_speech_to_final_transcript_ms"]),
                (self.metrics.first_text, report["end_of_speech_to_first_text_ms"]),
                (self.metrics.first_audio, report["end_of_speech_to_first_audio_ms"]),
                (self.metrics.voice_to_voice, report["voice_to_voice_ms"]),
            ):
                if value is not None:
                    histogram.labels(lang).observe(max(0.0, value) / 1000)
        await self._emit("latency.report", kind="turn", response_id=response.id, item_id=response.item_id,
                         lang=response.language, **report)

    def finished_responses(self) -> list[Response]:
        """The last few answers that were sent (finished or cancelled), oldest first."""
        return list(self._recent)

    def queued_audio(self) -> int:
        """Audio chunks waiting to be sent (tests assert none remain after a cancellation)."""
        response = self.response
        return 0 if response is None else response.outbox.qsize()


def _drain(queue: asyncio.Queue) -> None:
    while not queue.empty():
        queue.get_nowait()
