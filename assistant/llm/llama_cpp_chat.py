"""In-process llama.cpp (llama-cpp-python) with a GGUF file, as a langchain chat model.

Generation runs in a worker thread; cancelling the async stream sets a stop flag that
the thread checks between tokens, so nothing keeps running after a barge-in.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import PrivateAttr

from assistant.llm.openai_compatible import to_openai_messages


class LlamaCppChat(BaseChatModel):
    model_path: Path
    n_ctx: int = 2048
    n_threads: int = 2
    max_tokens: int = 256
    temperature: float = 0.2

    _llama: Any = PrivateAttr(default=None)
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    @property
    def _llm_type(self) -> str:
        return "llama-cpp"

    @property
    def llama(self) -> Any:
        if self._llama is None:
            from llama_cpp import Llama

            self._llama = Llama(
                model_path=str(self.model_path), n_ctx=self.n_ctx, n_threads=self.n_threads, verbose=False
            )
        return self._llama

    def _completion_stream(self, messages: list[BaseMessage], stop: list[str] | None) -> Iterator[str]:
        chunks = self.llama.create_chat_completion(
            messages=to_openai_messages(messages),
            max_tokens=self.max_tokens,
            temperature=self.temperature,
            stop=stop,
            stream=True,
        )
        for chunk in chunks:
            delta = chunk["choices"][0]["delta"].get("content")
            if delta:
                yield delta

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        text = "".join(chunk.text for chunk in self._stream(messages, stop))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        with self._lock:  # one llama context: one generation at a time
            for delta in self._completion_stream(messages, stop):
                yield ChatGenerationChunk(message=AIMessageChunk(content=delta))

    async def _astream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[ChatGenerationChunk]:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[str | BaseException | None] = asyncio.Queue()
        stop_flag = threading.Event()

        def produce() -> None:
            try:
                with self._lock:
                    for delta in self._completion_stream(messages, stop):
                        if stop_flag.is_set():
                            break
                        loop.call_soon_threadsafe(queue.put_nowait, delta)
            except BaseException as error:  # surfaced to the consumer below
                loop.call_soon_threadsafe(queue.put_nowait, error)
            finally:
                loop.call_soon_threadsafe(queue.put_nowait, None)

        worker = asyncio.ensure_future(asyncio.to_thread(produce))
        try:
            while (item := await queue.get()) is not None:
                if isinstance(item, BaseException):
                    raise item
                yield ChatGenerationChunk(message=AIMessageChunk(content=item))
        finally:
            stop_flag.set()
            await asyncio.shield(worker)  # the thread stops after at most one more token
