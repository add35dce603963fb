"""Any OpenAI-compatible chat server (vLLM, llama.cpp server, ...) as a langchain chat model."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from openai import AsyncOpenAI, OpenAI
from pydantic import PrivateAttr

_ROLES = {"human": "user", "ai": "assistant", "system": "system", "tool": "tool"}


def to_openai_messages(messages: list[BaseMessage]) -> list[dict[str, str]]:
    return [{"role": _ROLES.get(m.type, "user"), "content": str(m.content)} for m in messages]


class OpenAICompatibleChat(BaseChatModel):
    base_url: str
    model: str
    api_key: str = "EMPTY"
    max_tokens: int = 256
    temperature: float = 0.2
    timeout_s: float = 60.0

    _client: OpenAI | None = PrivateAttr(default=None)
    _aclient: AsyncOpenAI | None = PrivateAttr(default=None)

    @property
    def _llm_type(self) -> str:
        return "openai-compatible"

    @property
    def client(self) -> OpenAI:
        if self._client is None:
            self._client = OpenAI(base_url=self.base_url, api_key=self.api_key, timeout=self.timeout_s)
        return self._client

    @property
    def aclient(self) -> AsyncOpenAI:
        if self._aclient is None:
            self._aclient = AsyncOpenAI(base_url=self.base_url, api_key=self.api_key, timeout=self.timeout_s)
        return self._aclient

    def _params(self, stop: list[str] | None) -> dict[str, Any]:
        return {"model": self.model, "max_tokens": self.max_tokens, "temperature": self.temperature, "stop": stop}

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        response = self.client.chat.completions.create(messages=to_openai_messages(messages), **self._params(stop))
        text = response.choices[0].message.content or ""
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        stream = self.client.chat.completions.create(
            messages=to_openai_messages(messages), stream=True, **self._params(stop)
        )
        with stream:
            for event in stream:
                delta = event.choices[0].delta.content if event.choices else None
                if delta:
                    yield ChatGenerationChunk(message=AIMessageChunk(content=delta))

    async def _astream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[ChatGenerationChunk]:
        stream = await self.aclient.chat.completions.create(
            messages=to_openai_messages(messages), stream=True, **self._params(stop)
        )
        async with stream:  # closing the stream on cancellation aborts the server-side request
            async for event in stream:
                delta = event.choices[0].delta.content if event.choices else None
                if delta:
                    yield ChatGenerationChunk(message=AIMessageChunk(content=delta))
