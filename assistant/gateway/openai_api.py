"""OpenAI-compatible HTTP API: `POST /v1/chat/completions` (SSE streaming or not), `GET /v1/models`.

Conversation state (docs/api.md, "Sessions"):
- With a session id (header `X-Session-Id` or body field `session_id`), the session's
  case and history continue; only the last user message is the new turn.
- Without one, the case is rebuilt from the earlier user messages, a new session is
  created, and its id is returned (`session_id` field and `X-Session-Id` header).
The Assessment and the citations ride along as extra top-level fields on the response
(non-streaming) or on the final chunk (streaming); a streaming chunk carrying
`assessment` is also sent as soon as the assessment is known, before the answer text.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from assistant.answer.events import AnswerDone, AssessmentUpdated, HistoryTurn, TextDelta
from assistant.gateway.services import LiveSession, Services
from assistant.gateway.turns import TurnResult, rebuild_case, run_turn

MODEL_ID = "clinical-assistant"


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str = "text"
    text: str | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = None

    def text(self) -> str:
        if self.content is None:
            return ""
        if isinstance(self.content, str):
            return self.content
        return "".join(part.text or "" for part in self.content if part.type in ("text", "input_text"))


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="allow")
    model: str = MODEL_ID
    messages: list[ChatMessage] = Field(min_length=1, max_length=500)
    stream: bool = False
    session_id: str | None = None
    language: Literal["zh", "en"] | None = None
    user: str | None = None


def api_error(status: int, message: str, code: str, kind: str = "invalid_request_error") -> HTTPException:
    return HTTPException(status_code=status, detail={"message": message, "type": kind, "code": code})


def _usage(prompt: str, answer: str) -> dict[str, int]:
    # Rough counts (characters / 4, at least one per CJK character) for clients that expect usage.
    def count(text: str) -> int:
        cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
        return cjk + (len(text) - cjk + 3) // 4

    p, c = count(prompt), count(answer)
    return {"prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c}


def _extras(result: TurnResult) -> dict[str, Any]:
    return {
        "assessment": None if result.assessment is None else result.assessment.model_dump(mode="json"),
        "citations": [] if result.done is None else [c.model_dump(mode="json") for c in result.done.citations],
        "grounding": None if result.done is None else result.done.grounding.model_dump(mode="json"),
        "lang": None if result.done is None else result.done.lang,
    }


def build_router(services: Services, auth) -> APIRouter:
    router = APIRouter(prefix="/v1", tags=["openai"])
    limits = services.settings

    async def _session(body: ChatRequest, token: str, header_id: str | None) -> tuple[LiveSession, str]:
        doctor = [m for m in body.messages if m.role == "user"]
        if not doctor or body.messages[-1].role != "user":
            raise api_error(400, "the last message must be a user message", "invalid_messages")
        question = doctor[-1].text().strip()
        if not question:
            raise api_error(400, "the last user message is empty", "empty_message")
        total = sum(len(m.text()) for m in body.messages)
        if total > limits.max_text_chars:
            raise api_error(413, f"messages exceed {limits.max_text_chars} characters", "too_long")
        session_id = header_id or body.session_id
        try:
            await services.ready(timeout=120)
        except Exception as error:
            raise api_error(503, f"service not ready: {error}", "not_ready", "server_error") from error
        session = await services.sessions.get_or_create(session_id, token, "chat")
        if session is None:
            raise api_error(404, "unknown session id", "session_not_found")
        if session_id is None:
            # Stateless client: rebuild the case from the earlier doctor turns.
            earlier = [m.text() for m in doctor[:-1] if m.text().strip()]
            if earlier:
                session.conversation.case = rebuild_case(services, earlier)
            for message in body.messages[:-1]:
                if message.role in ("user", "assistant") and message.text().strip():
                    session.conversation.remember(
                        HistoryTurn(role="doctor" if message.role == "user" else "assistant", text=message.text())
                    )
        return session, question

    @router.get("/models")
    async def list_models(_: str = Depends(auth)) -> dict:
        return {
            "object": "list",
            "data": [{"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "local"}],
        }

    @router.post("/chat/completions", response_model=None)
    async def chat_completions(
        body: ChatRequest,
        request: Request,
        token: str = Depends(auth),
        x_session_id: str | None = Header(default=None),
    ) -> JSONResponse | StreamingResponse:
        session, question = await _session(body, token, x_session_id)
        completion_id = "chatcmpl-" + uuid.uuid4().hex
        created = int(time.time())
        headers = {"X-Session-Id": session.id}
        lang = body.language
        started = time.perf_counter()

        if not body.stream:
            result = TurnResult()
            async with session.lock:
                async for _ in run_turn(services, session, question, lang, "chat", result):
                    pass
            services.metrics.request_seconds.labels("chat").observe(time.perf_counter() - started)
            return JSONResponse(
                {
                    "id": completion_id,
                    "object": "chat.completion",
                    "created": created,
                    "model": MODEL_ID,
                    "choices": [
                        {"index": 0, "message": {"role": "assistant", "content": result.text},
                         "finish_reason": "stop", "logprobs": None}
                    ],
                    "usage": _usage(question, result.text),
                    "session_id": session.id,
                    **_extras(result),
                },
                headers=headers,
            )

        def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
            payload = {
                "id": completion_id, "object": "chat.completion.chunk", "created": created, "model": MODEL_ID,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
                "session_id": session.id, **extra,
            }
            return "data: " + json.dumps(payload, ensure_ascii=False) + "\n\n"

        async def stream() -> AsyncIterator[str]:
            result = TurnResult()
            async with session.lock:
                yield chunk({"role": "assistant", "content": ""})
                async for event in run_turn(services, session, question, lang, "chat", result):
                    if isinstance(event, AssessmentUpdated):
                        yield chunk({}, assessment=event.assessment.model_dump(mode="json"))
                    elif isinstance(event, TextDelta) and event.text:
                        yield chunk({"content": event.text})
                    elif isinstance(event, AnswerDone):
                        pass
                yield chunk({}, "stop", usage=_usage(question, result.text), **_extras(result))
                yield "data: [DONE]\n\n"
            services.metrics.request_seconds.labels("chat_stream").observe(time.perf_counter() - started)

        return StreamingResponse(
            stream(), media_type="text/event-stream", headers={**headers, "Cache-Control": "no-cache"}
        )

    return router
