"""One vote per member per answer, which the member can change."""

from __future__ import annotations

from sqlalchemy import select

from bot.storage.database import Database
from bot.storage.tables import VoteRow
from bot.storage.votes import vote


async def votes(database: Database) -> list[tuple[int, bool]]:
    async with database.session() as session:
        rows = await session.execute(select(VoteRow.message_id, VoteRow.helpful).order_by(VoteRow.id))
        return [tuple(row) for row in rows]  # type: ignore[misc]


async def test_a_first_vote_is_recorded_and_has_no_previous(database: Database):
    previous = await vote(database, message_id=10, user_id=1, guild_id=5, entry_key="a/b", helpful=True)
    assert previous is None
    assert await votes(database) == [(10, True)]


async def test_voting_again_changes_the_vote_instead_of_adding_one(database: Database):
    await vote(database, message_id=10, user_id=1, guild_id=5, entry_key="a/b", helpful=True)
    previous = await vote(database, message_id=10, user_id=1, guild_id=5, entry_key="a/b", helpful=False)
    assert previous is True
    assert await votes(database) == [(10, False)]


async def test_each_member_and_each_answer_has_its_own_vote(database: Database):
    await vote(database, message_id=10, user_id=1, guild_id=5, entry_key="a/b", helpful=True)
    await vote(database, message_id=10, user_id=2, guild_id=5, entry_key="a/b", helpful=False)
    await vote(database, message_id=11, user_id=1, guild_id=5, entry_key="a/c", helpful=False)
    assert await votes(database) == [(10, True), (10, False), (11, False)]
