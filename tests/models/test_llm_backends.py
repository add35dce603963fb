"""The LLM backends behind the langchain-core chat interface, on the real Gemma 3 270M GGUF."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import time

import httpx
import pytest
from langchain_core.messages import HumanMessage

from assistant.config import Settings
from assistant.llm.llama_cpp_chat import LlamaCppChat
from assistant.llm.openai_compatible import OpenAICompatibleChat
from assistant.speech.model_files import gemma_gguf_path

pytest.importorskip("llama_cpp")

# The base model continues this greeting at length (it stops at once on many instructions).
PROMPT = [HumanMessage(content="Hello, doctor.")]


@pytest.fixture(scope="module")
def gguf_path(settings: Settings):
    return gemma_gguf_path(settings.cache_dir / "gguf").path


@pytest.fixture(scope="module")
def gemma(gguf_path) -> LlamaCppChat:
    return LlamaCppChat(model_path=gguf_path, max_tokens=200, temperature=0.0)


async def test_gguf_streams_tokens(gemma):
    chunks = [chunk.content async for chunk in gemma.astream(PROMPT)]
    assert len(chunks) > 5
    assert "".join(chunks).strip()


async def test_gguf_stops_when_cancelled(gemma):
    """Cancelling the consumer stops generation: the model is free again almost at once."""
    received: list[str] = []

    async def consume() -> None:
        async for chunk in gemma.astream(PROMPT):
            received.append(chunk.content)

    task = asyncio.create_task(consume())
    while len(received) < 3:
        await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    count_at_cancel = len(received)
    # the worker thread released the model: a fresh generation can take the lock at once
    assert gemma._lock.acquire(timeout=2.0)
    gemma._lock.release()
    await asyncio.sleep(0.3)
    assert len(received) == count_at_cancel
    assert count_at_cancel < 200


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def llama_server(gguf_path):
    """llama.cpp's own OpenAI-compatible server (llama_cpp.server) on the Gemma GGUF."""
    pytest.importorskip("llama_cpp.server")
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf_path), "--model_alias", "gemma-270m",
         "--host", "127.0.0.1", "--port", str(port), "--n_threads", "2", "--n_ctx", "1024"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/models", timeout=1.0).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.5)
    else:
        process.kill()
        pytest.fail("llama_cpp.server did not start")
    yield base
    process.terminate()
    process.wait(timeout=10)


async def test_openai_compatible_backend_streams_from_a_real_server(llama_server):
    chat = OpenAICompatibleChat(base_url=llama_server, model="gemma-270m", max_tokens=24, temperature=0.0)
    chunks = [chunk.content async for chunk in chat.astream([HumanMessage(content="Hello, doctor.")])]
    assert chunks and "".join(chunks).strip()
    reply = chat.invoke([HumanMessage(content="Hello, doctor.")])
    assert isinstance(reply.content, str) and reply.content.strip()
