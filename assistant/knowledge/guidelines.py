"""Guideline documents (knowledge_base/guidelines/*.md) -> citable passages.

A document is Markdown with YAML front matter (title, issuer, year, source, language,
topics, conditions). Each `## Heading {#anchor}` section is one passage whose citation
id is `<doc-id>#<anchor>` (doc id = file stem). Ids are stable as long as the file
name and the anchor are; the heading text and body may change freely.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from assistant.yaml_data import load_yaml

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_SECTION = re.compile(r"^##\s+(.+?)\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$", re.MULTILINE)


class GuidelineMeta(BaseModel):
    title: str
    issuer: str
    year: int | str
    source: str
    language: Literal["zh", "en"]
    url: str | None = None
    topics: list[str] = Field(default_factory=list)
    conditions: list[str] = Field(default_factory=list)


class Passage(BaseModel):
    """One section of a guideline: the unit that is retrieved and cited."""

    id: str  # "<doc-id>#<anchor>"
    doc_id: str
    anchor: str
    title: str  # document title
    section: str  # section heading
    issuer: str
    year: int | str
    source: str
    language: Literal["zh", "en"]
    url: str | None = None
    topics: list[str] = Field(default_factory=list)
    conditions: list[str] = Field(default_factory=list)
    text: str

    def embedding_text(self) -> str:
        """What the dense model sees: heading context plus the body."""
        return f"{self.title} — {self.section}\n{self.text}"

    def heading_text(self) -> str:
        return f"{self.title} — {self.section}"

    @property
    def content_hash(self) -> str:
        """Changes whenever anything the index derives from this passage changes."""
        digest = hashlib.sha256()
        for part in (self.id, self.embedding_text(), " ".join(self.topics), " ".join(self.conditions)):
            digest.update(part.encode("utf-8"))
            digest.update(b"\x00")
        return digest.hexdigest()[:24]


def parse_guideline(doc_id: str, markdown: str) -> list[Passage]:
    match = _FRONT_MATTER.match(markdown)
    if not match:
        raise ValueError(f"{doc_id}: missing YAML front matter")
    meta = GuidelineMeta.model_validate(load_yaml(match.group(1)))
    body = markdown[match.end():]
    heads = list(_SECTION.finditer(body))
    passages: list[Passage] = []
    seen: set[str] = set()
    for i, head in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(body)
        text = body[head.end():end].strip()
        anchor = head.group(2)
        if anchor in seen:
            raise ValueError(f"{doc_id}: duplicate anchor #{anchor}")
        seen.add(anchor)
        if not text:
            continue
        passages.append(
            Passage(
                id=f"{doc_id}#{anchor}", doc_id=doc_id, anchor=anchor, section=head.group(1).strip(),
                text=text, **meta.model_dump(),
            )
        )
    # a "## " heading without an anchor would silently merge into the previous passage
    stray = [line for line in body.splitlines() if line.startswith("## ") and not _SECTION.match(line)]
    if stray:
        raise ValueError(f"{doc_id}: section headings without {{#anchor}}: {stray}")
    return passages


def load_guidelines(kb_dir: Path) -> list[Passage]:
    """All passages of all guideline documents, in file then section order."""
    passages: list[Passage] = []
    for path in sorted((kb_dir / "guidelines").glob("*.md")):
        passages.extend(parse_guideline(path.stem, path.read_text(encoding="utf-8")))
    return passages
