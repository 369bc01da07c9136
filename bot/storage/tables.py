"""The schema as SQLAlchemy models; the migrations in ``migrations/versions`` are what create it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, DateTime, Float, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """The models' shared metadata, which Alembic compares the migrations against."""


class State(Base):
    """Values the bot generates once and keeps, such as the salt for user-id hashes."""

    __tablename__ = "state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class QuestionRow(Base):
    """One question asked, by any path; the user appears only as a salted hash."""

    __tablename__ = "questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    asked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    guild_id: Mapped[int | None] = mapped_column(BigInteger)
    channel_kind: Mapped[str] = mapped_column(String(16))
    via: Mapped[str] = mapped_column(String(32))
    user_hash: Mapped[str] = mapped_column(String(64), index=True)
    question: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(32))
    entry_key: Mapped[str | None] = mapped_column(String(200))
    score: Mapped[float | None] = mapped_column(Float)
    latency_ms: Mapped[float] = mapped_column(Float)


class VoteRow(Base):
    """A member's Helpful / Not helpful on one answer message; voting again changes it."""

    __tablename__ = "votes"
    __table_args__ = (UniqueConstraint("message_id", "user_hash", name="uq_votes_message_user"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_id: Mapped[int] = mapped_column(BigInteger)
    user_hash: Mapped[str] = mapped_column(String(64), index=True)
    guild_id: Mapped[int | None] = mapped_column(BigInteger)
    entry_key: Mapped[str] = mapped_column(String(200))
    helpful: Mapped[bool] = mapped_column(Boolean)
    voted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class LessonRow(Base):
    """A phrasing a manager taught, and the pair that answers it (NULL: the interview does not)."""

    __tablename__ = "lessons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    question: Mapped[str] = mapped_column(Text)
    entry_key: Mapped[str | None] = mapped_column(String(200))
    guild_id: Mapped[int | None] = mapped_column(BigInteger)
    taught_by: Mapped[str | None] = mapped_column(String(64))
    taught_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
