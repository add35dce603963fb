"""Consultation records: SQLAlchemy 2 models and a small store, committed once per turn.

SQLite (a file under settings.data_dir, WAL journal) by default; PostgreSQL or any
SQLAlchemy URL through ASSISTANT_DATABASE_URL. A turn's rows (doctor text, assistant
text with its interruption mark, case snapshot, assessment, latency report) are written
in one transaction, so a crash loses at most the turn in flight.

Sessions belong to the API token that created them: only a hash of the token is stored.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, Text, create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON}


class ConsultationRow(Base):
    __tablename__ = "consultations"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    owner: Mapped[str] = mapped_column(String(64), index=True)  # sha256 of the API token
    channel: Mapped[str] = mapped_column(String(16))  # chat | realtime | assess
    lang: Mapped[str | None] = mapped_column(String(8), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    turn_count: Mapped[int] = mapped_column(Integer, default=0)

    turns: Mapped[list[TurnRow]] = relationship(order_by="TurnRow.seq", cascade="all, delete-orphan")
    snapshots: Mapped[list[SnapshotRow]] = relationship(order_by="SnapshotRow.turn", cascade="all, delete-orphan")


class TurnRow(Base):
    __tablename__ = "turns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    consultation_id: Mapped[str] = mapped_column(ForeignKey("consultations.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    turn: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(16))  # doctor | assistant
    text: Mapped[str] = mapped_column(Text)
    interrupted: Mapped[bool] = mapped_column(Boolean, default=False)
    unheard: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class SnapshotRow(Base):
    """The case, the assessment and the latency report after one turn."""

    __tablename__ = "snapshots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    consultation_id: Mapped[str] = mapped_column(ForeignKey("consultations.id"), index=True)
    turn: Mapped[int] = mapped_column(Integer)
    case: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    assessment: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    triage: Mapped[str | None] = mapped_column(String(16), nullable=True)
    latency: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class TurnText(BaseModel):
    role: str
    text: str
    interrupted: bool = False
    unheard: str | None = None


class TurnRecord(BaseModel):
    """Everything one turn adds to a consultation."""

    texts: list[TurnText] = Field(default_factory=list)
    case: dict[str, Any] | None = None
    assessment: dict[str, Any] | None = None
    latency: dict[str, Any] | None = None
    lang: str | None = None


class ConsultationSummary(BaseModel):
    id: str
    channel: str
    lang: str | None
    created_at: datetime
    updated_at: datetime
    turns: int


class ConsultationExport(ConsultationSummary):
    transcript: list[dict[str, Any]]
    snapshots: list[dict[str, Any]]


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across process crashes
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    Base.metadata.create_all(engine)
    return engine


class RecordStore:
    """Synchronous store; the gateway calls it through asyncio.to_thread."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)

    def close(self) -> None:
        self.engine.dispose()

    def create(self, consultation_id: str, owner: str, channel: str) -> None:
        with Session(self.engine) as db, db.begin():
            db.add(ConsultationRow(id=consultation_id, owner=owner, channel=channel))

    def owner_of(self, consultation_id: str) -> str | None:
        with Session(self.engine) as db:
            row = db.get(ConsultationRow, consultation_id)
            return None if row is None else row.owner

    def add_turn(self, consultation_id: str, record: TurnRecord) -> int:
        """Write one turn in one transaction; returns the turn number (1-based)."""
        with Session(self.engine) as db, db.begin():
            row = db.get(ConsultationRow, consultation_id, with_for_update=True)
            if row is None:
                raise KeyError(consultation_id)
            row.turn_count += 1
            row.updated_at = _now()
            row.lang = record.lang or row.lang
            seq = db.scalar(
                select(TurnRow.seq).where(TurnRow.consultation_id == consultation_id).order_by(TurnRow.seq.desc())
            )
            seq = 0 if seq is None else seq + 1
            for offset, text in enumerate(record.texts):
                db.add(
                    TurnRow(
                        consultation_id=consultation_id, seq=seq + offset, turn=row.turn_count, role=text.role,
                        text=text.text, interrupted=text.interrupted, unheard=text.unheard,
                    )
                )
            if record.case is not None or record.assessment is not None or record.latency is not None:
                triage = (record.assessment or {}).get("triage", {}).get("level")
                db.add(
                    SnapshotRow(
                        consultation_id=consultation_id, turn=row.turn_count, case=record.case,
                        assessment=record.assessment, triage=triage, latency=record.latency,
                    )
                )
            return row.turn_count

    def mark_interrupted(self, consultation_id: str, played_text: str | None, unheard: str | None) -> None:
        """Barge-in after the turn was written: mark the last assistant turn as cut short."""
        with Session(self.engine) as db, db.begin():
            turn = db.scalar(
                select(TurnRow)
                .where(TurnRow.consultation_id == consultation_id, TurnRow.role == "assistant")
                .order_by(TurnRow.seq.desc())
            )
            if turn is None:
                return
            turn.interrupted = True
            if unheard is not None:
                turn.unheard = unheard
            elif played_text is not None and turn.text.startswith(played_text):
                turn.unheard = turn.text[len(played_text):] or None

    def update_latency(self, consultation_id: str, latency: dict[str, Any]) -> None:
        """Merge a latency report that arrives after the turn was written into its snapshot."""
        with Session(self.engine) as db, db.begin():
            snapshot = db.scalar(
                select(SnapshotRow).where(SnapshotRow.consultation_id == consultation_id).order_by(SnapshotRow.id.desc())
            )
            if snapshot is not None:
                snapshot.latency = {**(snapshot.latency or {}), **latency}

    def list(self, limit: int = 50, owner: str | None = None) -> list[ConsultationSummary]:
        with Session(self.engine) as db:
            query = select(ConsultationRow).order_by(ConsultationRow.updated_at.desc()).limit(limit)
            if owner is not None:
                query = query.where(ConsultationRow.owner == owner)
            return [self._summary(row) for row in db.scalars(query)]

    def export(self, consultation_id: str) -> ConsultationExport | None:
        with Session(self.engine) as db:
            row = db.get(ConsultationRow, consultation_id)
            if row is None:
                return None
            return ConsultationExport(
                **self._summary(row).model_dump(),
                transcript=[
                    {
                        "turn": t.turn, "role": t.role, "text": t.text, "interrupted": t.interrupted,
                        "unheard": t.unheard, "at": t.created_at.isoformat(),
                    }
                    for t in row.turns
                ],
                snapshots=[
                    {
                        "turn": s.turn, "case": s.case, "assessment": s.assessment, "triage": s.triage,
                        "latency": s.latency, "at": s.created_at.isoformat(),
                    }
                    for s in row.snapshots
                ],
            )

    @staticmethod
    def _summary(row: ConsultationRow) -> ConsultationSummary:
        return ConsultationSummary(
            id=row.id, channel=row.channel, lang=row.lang, created_at=row.created_at,
            updated_at=row.updated_at, turns=row.turn_count,
        )


def export_json(export: ConsultationExport) -> str:
    return json.dumps(export.model_dump(mode="json"), ensure_ascii=False, indent=2)
