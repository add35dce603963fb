"""Clinical HTTP API: `POST /v1/assess`, `GET /v1/sessions/{id}`, `GET /v1/guidelines/{doc_id}`."""

from __future__ import annotations

import asyncio
import re
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel, ConfigDict, Field

from assistant.clinical.assessment import Assessment
from assistant.clinical.case import Case
from assistant.clinical.knowledge import cached_clinical_knowledge
from assistant.gateway.records import ConsultationExport, token_hash
from assistant.gateway.services import SESSION_ID, Services
from assistant.knowledge.guidelines import Passage, parse_guideline

DOC_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,127}$")


class TextAssessRequest(BaseModel):
    """Free text (zh/en) to extract a case from, optionally added to an existing case."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1)
    case: Case | None = None
    lang: Literal["zh", "en", "auto"] = "auto"


AssessRequest = Annotated[TextAssessRequest | Case, Field(union_mode="left_to_right")]


class FindingName(BaseModel):
    en: str
    zh: str


class GuidelineSection(BaseModel):
    id: str
    anchor: str
    heading: str
    text: str


class GuidelineDocument(BaseModel):
    id: str
    title: str
    issuer: str
    year: int | str
    source: str
    language: str
    url: str | None = None
    sections: list[GuidelineSection]


def _not_found(what: str) -> HTTPException:
    return HTTPException(404, detail={"message": f"{what} not found", "type": "invalid_request_error",
                                      "code": "not_found"})


def build_router(services: Services, auth) -> APIRouter:
    router = APIRouter(prefix="/v1", tags=["clinical"])
    settings = services.settings

    @router.post("/assess", response_model=Assessment)
    async def assess(body: AssessRequest, _: str = Depends(auth)) -> Assessment:
        try:
            await services.ready(timeout=120)
        except Exception as error:
            raise HTTPException(503, detail={"message": f"service not ready: {error}", "type": "server_error",
                                             "code": "not_ready"}) from error
        if isinstance(body, TextAssessRequest):
            if len(body.text) > settings.max_text_chars:
                raise HTTPException(413, detail={"message": "text too long", "type": "invalid_request_error",
                                                 "code": "too_long"})
            case = await asyncio.to_thread(services.clinical.extract, body.text, body.case, body.lang)
        else:
            case = body
        return await asyncio.to_thread(services.clinical.assess, case)

    @router.get("/sessions/{session_id}", response_model=ConsultationExport)
    async def get_session(session_id: str, token: str = Depends(auth)) -> ConsultationExport:
        if not SESSION_ID.match(session_id):
            raise _not_found("session")
        owner = await asyncio.to_thread(services.records.owner_of, session_id)
        if owner != token_hash(token):  # someone else's session looks exactly like a missing one
            raise _not_found("session")
        export = await asyncio.to_thread(services.records.export, session_id)
        if export is None:
            raise _not_found("session")
        return export

    @router.get("/findings", response_model=dict[str, FindingName])
    async def finding_names(_: str = Depends(auth)) -> dict[str, FindingName]:
        """Display names of every finding id (first zh / en synonym), for the case card."""
        knowledge = await asyncio.to_thread(cached_clinical_knowledge, settings.knowledge_base_dir)
        return {
            fid: FindingName(en=c.en[0] if c.en else fid, zh=c.zh[0] if c.zh else (c.en[0] if c.en else fid))
            for fid, c in knowledge.findings.items()
        }

    @router.get("/guidelines/{doc_id}", response_model=GuidelineDocument)
    async def guideline(
        doc_id: str, section: str | None = Query(default=None, max_length=128), _: str = Depends(auth)
    ) -> GuidelineDocument:
        if not DOC_ID.match(doc_id):
            raise _not_found("guideline")
        path = settings.knowledge_base_dir / "guidelines" / f"{doc_id}.md"
        if not path.is_file():
            raise _not_found("guideline")
        passages: list[Passage] = await asyncio.to_thread(parse_guideline, doc_id, path.read_text(encoding="utf-8"))
        if section is not None:
            passages = [p for p in passages if p.anchor == section]
            if not passages:
                raise _not_found("guideline section")
        if not passages:
            raise _not_found("guideline")
        first = passages[0]
        return GuidelineDocument(
            id=doc_id, title=first.title, issuer=first.issuer, year=first.year, source=first.source,
            language=first.language, url=first.url,
            sections=[GuidelineSection(id=p.id, anchor=p.anchor, heading=p.section, text=p.text) for p in passages],
        )

    return router
