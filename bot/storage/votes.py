"""Helpful / Not helpful votes: one per member per answer message, and voting again changes it."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot.storage.database import Database
from bot.storage.tables import VoteRow


async def vote(
    database: Database, *, message_id: int, user_id: int, guild_id: int | None, entry_key: str, helpful: bool
) -> bool | None:
    """Record the vote; returns the member's previous vote on this message (None if it is the first)."""
    user_hash = database.hash_user(user_id)
    for _ in range(2):  # a second try when a double click raced us to the insert
        try:
            async with database.session() as session:
                found = await session.scalar(
                    select(VoteRow).where(VoteRow.message_id == message_id, VoteRow.user_hash == user_hash)
                )
                now = datetime.now(UTC)
                if found is None:
                    session.add(
                        VoteRow(
                            message_id=message_id,
                            user_hash=user_hash,
                            guild_id=guild_id,
                            entry_key=entry_key,
                            helpful=helpful,
                            voted_at=now,
                        )
                    )
                    return None
                previous = found.helpful
                found.helpful, found.voted_at = helpful, now
                return previous
        except IntegrityError:
            continue
    raise RuntimeError("the vote kept conflicting with a concurrent one")
