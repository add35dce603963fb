"""What the gateway shares across sessions: models (loaded once), the answer engine,
the clinical engine, the record store, metrics, and the live consultations.

Start-up loads everything in a worker thread so /healthz answers at once; request
handlers await `ready()` (503 while still loading, or if loading failed).
"""

from __future__ import annotations

import asyncio
import re
import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from assistant.answer.events import Conversation, HistoryTurn
from assistant.clinical.case import Case
from assistant.config import Settings
from assistant.gateway.logs import EventLogger
from assistant.gateway.metrics import Metrics
from assistant.gateway.records import RecordStore, token_hash
from assistant.model_stack import MODEL_SPECS, LoadedStack, load_stack

SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
MAX_LIVE_SESSIONS = 1000

# Model roles the service needs; the local GGUF only when that backend is chosen.
SPEECH_ROLES = ("asr (zh/en)", "asr (fast English)", "vad", "tts (en)", "tts (zh)")
EMBEDDER_ROLE = "embeddings"
GGUF_ROLE = "llm (local GGUF path)"


class NotReady(Exception):
    pass


@dataclass
class LiveSession:
    """One consultation in memory: its conversation, owner and a lock (one turn at a time)."""

    id: str
    owner: str  # token hash
    channel: str
    conversation: Conversation = field(default_factory=Conversation)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    last_used: float = field(default_factory=time.monotonic)


class SessionRegistry:
    """Live sessions by id (bounded, least recently used evicted); records are the durable copy."""

    def __init__(self, records: RecordStore) -> None:
        self.records = records
        self._live: OrderedDict[str, LiveSession] = OrderedDict()

    @staticmethod
    def new_id() -> str:
        return "sess_" + secrets.token_hex(12)

    async def create(self, token: str, channel: str, session_id: str | None = None) -> LiveSession:
        session = LiveSession(id=session_id or self.new_id(), owner=token_hash(token), channel=channel)
        await asyncio.to_thread(self.records.create, session.id, session.owner, channel)
        self._put(session)
        return session

    async def get(self, session_id: str, token: str) -> LiveSession | None:
        """The session if this token owns it (live, or restored from its record), else None."""
        owner = token_hash(token)
        session = self._live.get(session_id)
        if session is not None:
            if session.owner != owner:
                return None
            self._live.move_to_end(session_id)
            session.last_used = time.monotonic()
            return session
        export = await asyncio.to_thread(self.records.export, session_id)
        if export is None or await asyncio.to_thread(self.records.owner_of, session_id) != owner:
            return None
        session = LiveSession(id=session_id, owner=owner, channel=export.channel)
        session.conversation.lang = export.lang  # type: ignore[assignment]
        for snapshot in reversed(export.snapshots):
            if snapshot.get("case"):
                session.conversation.case = Case.model_validate(snapshot["case"])
                break
        for turn in export.transcript:
            session.conversation.remember(
                HistoryTurn(role=turn["role"], text=turn["text"], interrupted=turn["interrupted"],
                            unheard=turn["unheard"])
            )
        self._put(session)
        return session

    async def get_or_create(self, session_id: str | None, token: str, channel: str) -> LiveSession | None:
        """None when the id is malformed or belongs to another token."""
        if session_id is None:
            return await self.create(token, channel)
        if not SESSION_ID.match(session_id):
            return None
        session = await self.get(session_id, token)
        if session is not None:
            return session
        if await asyncio.to_thread(self.records.owner_of, session_id) is not None:
            return None  # exists, someone else's
        return await self.create(token, channel, session_id)

    def _put(self, session: LiveSession) -> None:
        self._live[session.id] = session
        self._live.move_to_end(session.id)
        while len(self._live) > MAX_LIVE_SESSIONS:
            self._live.popitem(last=False)


class Services:
    """Composition root of the gateway; one per app."""

    def __init__(self, settings: Settings, load_models: bool = True) -> None:
        self.settings = settings
        self.load_models = load_models
        self.metrics = Metrics()
        self.log = EventLogger()
        self.records = RecordStore(settings.resolved_database_url)
        self.sessions = SessionRegistry(self.records)
        self.stack: LoadedStack | None = None
        self.answer_engine: Any = None
        self.clinical: Any = None
        self.load_error: str | None = None
        self._ready = asyncio.Event()
        self.realtime_count = 0
        self.voice_models: Any = None
        self.voice_metrics: Any = None

    # ---- start-up -------------------------------------------------------------
    def _load(self) -> None:
        from assistant.answer.engine import build_answer_engine
        from assistant.clinical.engine import ClinicalEngine

        started = time.perf_counter()
        roles: list[str] = []
        if self.load_models:
            roles = [*SPEECH_ROLES, EMBEDDER_ROLE]
            if self.settings.llm_backend == "gguf":
                roles.append(GGUF_ROLE)
        self.stack = load_stack(self.settings, roles=roles, probe=False)
        self.answer_engine = build_answer_engine(
            self.settings,
            embedder=self.stack.models.get(EMBEDDER_ROLE),
            chat_model=self.stack.models.get(GGUF_ROLE),
        )
        # one clinical engine (knowledge loaded once) for the chat, assess and voice paths
        self.clinical = getattr(self.answer_engine, "clinical", None) or ClinicalEngine(self.settings.knowledge_base_dir)
        if self.load_models and all(role in self.stack.models for role in ("asr (zh/en)", "tts (en)")):
            from assistant.voice.metrics import VoiceMetrics
            from assistant.voice.models import VoiceModels

            self.voice_models = VoiceModels.from_stack(self.stack.models, self.settings)
            self.voice_metrics = VoiceMetrics(self.metrics.registry)
        self.log.info("services.loaded", seconds=round(time.perf_counter() - started, 2), roles=len(roles))

    async def _warm_up(self) -> None:
        """One throwaway turn per language so the first doctor does not pay for lazy initialisation."""
        for text, lang in (("chest pain", "en"), ("胸痛", "zh")):
            async for _ in self.answer_engine.respond(Conversation(), text, lang):
                pass

    async def start(self) -> None:
        try:
            await asyncio.to_thread(self._load)
            try:
                await self._warm_up()
            except Exception as error:  # warm-up is an optimisation only
                self.log.warning("services.warm_up_failed", error=type(error).__name__)
        except Exception as error:  # reported on /healthz; requests get 503
            self.load_error = f"{type(error).__name__}: {error}"
            self.log.error("services.load_failed", error=type(error).__name__)
        finally:
            self._ready.set()

    async def ready(self, timeout: float = 300.0) -> None:
        try:
            await asyncio.wait_for(self._ready.wait(), timeout)
        except TimeoutError as error:
            raise NotReady("models are still loading") from error
        if self.load_error is not None:
            raise NotReady(self.load_error)

    def close(self) -> None:
        self.records.close()
        if self.stack is not None:
            for model in self.stack.models.values():
                close = getattr(model, "close", None)
                if callable(close):
                    try:
                        close()
                    except Exception:
                        pass

    # ---- views ----------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        if not self._ready.is_set():
            status = "loading"
        elif self.load_error is not None:
            status = "error"
        else:
            status = "ok" if self.stack is None or self.stack.ok else "degraded"
        models = []
        if self.stack is not None:
            models = [s.model_dump(include={"role", "name", "loaded", "load_s", "error"}) for s in self.stack.statuses]
        return {
            "status": status,
            "error": self.load_error,
            "models": models,
            "expected_models": [spec.role for spec in MODEL_SPECS if spec.role in SPEECH_ROLES + (EMBEDDER_ROLE,)]
            if self.load_models else [],
            "realtime_sessions": self.realtime_count,
        }

    def open_realtime(self, live: LiveSession, emit) -> Any:
        """A voice session on the shared models, continuing `live`'s conversation."""
        from assistant.voice.session import RealtimeSession

        if self.voice_models is None:
            raise NotReady("speech models are not loaded (started with load_models=False, or loading failed)")
        return RealtimeSession(
            self.answer_engine, self.voice_models, emit, self.settings,
            conversation=live.conversation, metrics=self.voice_metrics,
        )

    def model(self, role: str) -> Any:
        return None if self.stack is None else self.stack.models.get(role)
