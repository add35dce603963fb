"""A real server in a subprocess (`python -m assistant.cli serve`) for integration, browser and fuzz tests."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
TOKENS = ["test-token-a", "test-token-b"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class ServerProcess:
    data_dir: Path
    load_models: bool = True
    port: int = field(default_factory=free_port)
    env_extra: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen | None = None
    log_path: Path | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 900.0) -> "ServerProcess":
        try:
            return self._start(timeout)
        except BaseException:
            self.kill9()
            raise

    def _start(self, timeout: float) -> "ServerProcess":
        env = {
            **os.environ,
            "ASSISTANT_DATA_DIR": str(self.data_dir),
            "ASSISTANT_PORT": str(self.port),
            "ASSISTANT_API_TOKENS": json.dumps(TOKENS),
            "PYTHONUNBUFFERED": "1",
            **self.env_extra,
        }
        self.log_path = self.data_dir / f"server-{self.port}.log"
        log = open(self.log_path, "ab")
        code = (
            "import uvicorn;from assistant.config import Settings;from assistant.gateway.app import create_app;"
            f"s=Settings();uvicorn.run(create_app(s, load_models={self.load_models}),host='127.0.0.1',port=s.port,"
            "log_level='warning',ws_max_size=s.max_ws_message_bytes*4)"
        )
        self.process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, stdout=log, stderr=log)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text()[-3000:]}")
            try:
                health = httpx.get(self.base_url + "/healthz", timeout=2).json()
                if health["status"] in ("ok", "degraded"):
                    return self
                if health["status"] == "error":
                    raise RuntimeError(f"server failed to load: {health}")
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise TimeoutError(f"server not ready: {self.log_path.read_text()[-3000:]}")

    def kill9(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.kill9()
