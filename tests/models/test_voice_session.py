"""The real-time voice session end to end: real audio in, real models, the real answer engine.

A scripted client streams 30 ms frames on a ManualClock (tests/voice/harness.py), so the
session's pacing sees real time however loaded the machine is; outcomes depend only on
the audio and on the client's playback acks, never on how fast the models ran.
"""

from __future__ import annotations

import base64
import re

import numpy as np
import pytest

from assistant.answer.engine import build_answer_engine
from assistant.speech.audio import Audio
from assistant.speech.metrics import error_rate
from assistant.voice.clock import ManualClock
from assistant.voice.models import VoiceModels, asr_hotwords
from assistant.voice.session import RealtimeSession
from tests.speech_fixtures import cough_burst, english_speech, mandarin_speech, with_silence
from tests.voice.harness import Client

EN_QUESTION = "Fifty eight year old man with crushing chest pain for forty minutes, sweating, blood pressure ninety over sixty."
# said without commas: Tacotron pauses ~0.5-0.8 s at a comma, which rightly ends a turn at 500 ms
ZH_QUESTION = "男性五十八岁胸痛四十分钟伴大汗血压九十比六十。"
OUT_RATE = 24000


@pytest.fixture(scope="module")
def voice_models(whisper_base, piper, zh_voice, settings):
    hotwords = asr_hotwords(settings)
    return VoiceModels(whisper_base, {"en": piper, "zh": zh_voice}, hotwords)


@pytest.fixture(scope="module")
def engine(settings, embedder):
    return build_answer_engine(settings, embedder=embedder)


@pytest.fixture
async def client(voice_models, engine, settings):
    clock = ManualClock()
    client = Client(clock)
    # partial transcripts re-decode every 0.9 s of speech; on a loaded 2-core machine they only
    # slow these tests down, so they are exercised in the turn test alone
    quiet = settings.model_copy(update={"asr_partial_interval_ms": 60_000})
    client.session = RealtimeSession(engine, voice_models, client.receive, quiet, clock=clock)
    yield client
    await client.session.close()
    assert client.session.running_tasks() == []


def _done(client: Client, response_id: str) -> dict | None:
    return next((e["response"] for e in client.of("response.done") if e["response"]["id"] == response_id), None)


async def _typed_question(client: Client, text: str) -> str:
    await client.send({"type": "conversation.item.create",
                       "item": {"type": "message", "role": "user", "content": [{"type": "input_text", "text": text}]}})
    before = len(client.of("response.created"))
    await client.send({"type": "response.create"})
    return await _created(client, after=before)


async def _created(client: Client, after: int = 0) -> str:
    await client.silence_until(lambda: len(client.of("response.created")) > after)
    return client.of("response.created")[after]["response"]["id"]


def _item_of(client: Client, response_id: str) -> str:
    return next(e["item_id"] for e in client.events if e.get("response_id") == response_id and "item_id" in e)


def _ms(nbytes: int) -> float:
    return nbytes / 2 / OUT_RATE * 1000


async def _until_chunks(client: Client, response_id: str, n: int) -> list[tuple[str, int]]:
    """Let playback run until chunk n has started sending audio."""
    await client.silence_until(lambda: len(client.chunks_of(response_id)) >= n and client.chunks_of(response_id)[n - 1][1] > 0)
    return client.chunks_of(response_id)


def _assert_cancelled_cleanly(client: Client, response_id: str) -> None:
    done = _done(client, response_id)
    assert done["status"] == "cancelled" and done["status_details"]["reason"] == "turn_detected"
    types = [(e["type"], e.get("response_id")) for e in client.events]
    cleared = types.index(("output_audio_buffer.cleared", response_id))
    assert ("response.output_audio.delta", response_id) not in types[cleared:], "audio sent after cleared"
    stopped = next(r for r in client.session.finished_responses() if r.id == response_id)
    assert stopped.producer.done() and stopped.sender.done(), "answer or TTS task still running"
    assert stopped.outbox.empty(), "audio left queued"
    report = next(e for e in client.of("latency.report") if e.get("kind") == "interruption" and e["response_id"] == response_id)
    assert report["time_to_yield_ms"] >= 0


async def test_english_turn_is_detected_transcribed_and_answered(voice_models, engine, settings):
    clock = ManualClock()
    client = Client(clock)
    client.session = RealtimeSession(engine, voice_models, client.receive, settings, clock=clock)
    await client.stream(with_silence(english_speech(EN_QUESTION), 0.3, 0.0))
    response_id = await _created(client)
    await client.silence_until(lambda: _done(client, response_id) is not None)
    kinds = [e["type"] for e in client.events]
    order = ["session.created", "input_audio_buffer.speech_started", "input_audio_buffer.speech_stopped",
             "input_audio_buffer.committed", "conversation.item.input_audio_transcription.completed",
             "response.created", "case.updated", "assessment.updated", "response.output_audio_transcript.delta",
             "response.output_audio.delta", "response.done", "latency.report"]
    assert all(k in kinds for k in order), set(order) - set(kinds)
    assert [kinds.index(k) for k in order] == sorted(kinds.index(k) for k in order)
    transcript = client.of("conversation.item.input_audio_transcription.completed")[0]["transcript"]
    assert error_rate(EN_QUESTION, transcript, "en") <= 0.35, transcript
    assert _done(client, response_id)["status"] == "completed"
    audio = client.audio_of(response_id)
    assert _ms(len(audio)) > 1000
    history = client.session.conversation.history
    assert [t.role for t in history[-2:]] == ["doctor", "assistant"] and not history[-1].interrupted
    assert client.session.conversation.case.findings, "the case was not updated from speech"
    report = client.of("latency.report")[-1]
    assert report["voice_to_voice_ms"] is not None and report["end_of_speech_to_final_transcript_ms"] is not None
    await client.session.close()
    assert client.session.running_tasks() == []


async def test_english_barge_in_truncates_history_to_the_heard_chunk(client):
    await client.stream(with_silence(english_speech(EN_QUESTION), 0.3, 0.0))
    response_id = await _created(client)
    chunks = await _until_chunks(client, response_id, 2)
    first_text, first_bytes = chunks[0]
    # the client reports it played exactly the first chunk
    await client.send({"type": "output_audio_buffer.played", "item_id": _item_of(client, response_id),
                       "audio_end_ms": _ms(first_bytes)})
    await client.stream(with_silence(english_speech("Wait. What dose of aspirin should I give?"), 0.0, 0.0))
    await client.silence_until(lambda: _done(client, response_id) is not None)
    _assert_cancelled_cleanly(client, response_id)
    turn = next(t for t in client.session.conversation.history if t.interrupted)
    assert turn.text == first_text.strip() + "…[interrupted by the doctor]"
    spoken = " ".join(t.strip() for t, _ in client.chunks_of(response_id))
    assert (first_text.strip() + " " + turn.unheard).split()[: len(spoken.split())] == spoken.split()
    # the interruption became the doctor's next turn, and is answered
    second = await _created(client, after=1)
    assert second != response_id
    heard = client.of("conversation.item.input_audio_transcription.completed")[-1]["transcript"]
    assert len(heard.split()) >= 4, heard  # (Whisper base hears espeak's "what dose of aspirin" poorly)


async def test_chinese_barge_in_truncates_at_the_character_heard(client):
    await client.stream(with_silence(mandarin_speech(ZH_QUESTION), 0.3, 0.0))
    response_id = await _created(client)
    chunks = await _until_chunks(client, response_id, 3)  # chunk 2 fully sent
    (first_text, first_bytes), (second_text, second_bytes) = chunks[0], chunks[1]
    hanzi_ends = [m.end() for m in re.finditer(r"[\u3400-\u9fffA-Za-z0-9]", second_text)]
    k = len(hanzi_ends) // 2
    # played: all of chunk 1 and k and a half characters' worth of chunk 2 (time shared per character)
    position = _ms(first_bytes) + (k + 0.5) / len(hanzi_ends) * _ms(second_bytes)
    await client.send({"type": "output_audio_buffer.played", "item_id": _item_of(client, response_id),
                       "audio_end_ms": position})
    await client.stream(mandarin_speech("等一下，阿司匹林该给多少？"))
    await client.silence_until(lambda: _done(client, response_id) is not None)
    _assert_cancelled_cleanly(client, response_id)
    turn = next(t for t in client.session.conversation.history if t.interrupted)
    # punctuation right after the last character heard takes no time: either side of the cut may hold it
    pause = "，。；：！？、 "
    heard = first_text + second_text[: hanzi_ends[k - 1]]
    assert turn.text.endswith("…[被医生打断]")
    assert turn.text.removesuffix("…[被医生打断]").rstrip(pause) == heard.rstrip(pause)
    assert turn.unheard.lstrip(pause).startswith(second_text[hanzi_ends[k - 1] :].lstrip(pause).strip())


async def test_backchannel_and_cough_do_not_interrupt_and_playback_resumes(client):
    response_id = await _typed_question(client, EN_QUESTION)
    await _until_chunks(client, response_id, 1)
    await client.silence(0.3)
    await client.stream(with_silence(cough_burst(), 0.0, 0.6))
    await client.silence_until(lambda: len(client.of("input_audio_buffer.speech_ignored")) >= 1 or _done(client, response_id) is not None)
    await client.stream(with_silence(english_speech("Okay."), 0.0, 0.6))
    await client.silence_until(lambda: _done(client, response_id) is not None)
    assert _done(client, response_id)["status"] == "completed"
    ignored = client.of("input_audio_buffer.speech_ignored")
    assert {e["reason"] for e in ignored} <= {"noise", "backchannel", "short"} and any(e["reason"] == "backchannel" for e in ignored)
    assert not client.of("output_audio_buffer.cleared")
    # playback resumed after the last false interruption
    last = client.events.index(ignored[-1])
    assert any(e["type"] == "response.output_audio.delta" for e in client.events[last:])
    assert not client.session.conversation.history[-1].interrupted
    assert len(client.of("response.created")) == 1, "a backchannel must not start a turn"


async def test_the_assistants_own_voice_fed_back_does_not_interrupt(client):
    response_id = await _typed_question(client, EN_QUESTION)
    chunks = await _until_chunks(client, response_id, 2)
    # the headset mic hears the assistant: the echo of what was playing when the onset paused it lasts
    # at most the playback lead plus the VAD's onset, so feed back 0.7 s of the assistant's first words
    own = np.frombuffer(client.audio_of(response_id)[: chunks[0][1]], dtype="<i2").astype(np.float32) / 32768
    start = int(np.argmax(np.abs(own) > 0.05))
    await client.stream(Audio(0.6 * own[start : start + int(0.7 * OUT_RATE)], OUT_RATE))
    await client.silence_until(lambda: _done(client, response_id) is not None)
    assert _done(client, response_id)["status"] == "completed"
    assert "echo" in {e["reason"] for e in client.of("input_audio_buffer.speech_ignored")}
    assert not client.session.conversation.history[-1].interrupted


async def test_typed_text_interrupts_and_leaves_nothing_running(client):
    response_id = await _typed_question(client, EN_QUESTION)
    await _until_chunks(client, response_id, 1)
    await client.send({"type": "conversation.item.create",
                       "item": {"type": "message", "role": "user",
                                "content": [{"type": "input_text", "text": "What is the aspirin dose?"}]}})
    # cancelled at once, before any more audio time passes
    assert _done(client, response_id)["status"] == "cancelled"
    assert client.of("output_audio_buffer.cleared")
    assert client.session.response is None and client.session.queued_audio() == 0
    assert client.session.running_tasks() == []
    _assert_cancelled_cleanly_typed(client, response_id)
    await client.send({"type": "response.create"})
    second = await _created(client, after=1)
    await client.silence_until(lambda: _done(client, second) is not None)
    assert _done(client, second)["status"] == "completed"
    roles = [(t.role, t.interrupted) for t in client.session.conversation.history]
    assert roles == [("doctor", False), ("assistant", True), ("doctor", False), ("assistant", False)]


def _assert_cancelled_cleanly_typed(client: Client, response_id: str) -> None:
    stopped = next(r for r in client.session.finished_responses() if r.id == response_id)
    assert stopped.producer.done() and stopped.sender.done() and stopped.outbox.empty()
    types = [(e["type"], e.get("response_id")) for e in client.events]
    cleared = types.index(("output_audio_buffer.cleared", response_id))
    assert ("response.output_audio.delta", response_id) not in types[cleared:]
