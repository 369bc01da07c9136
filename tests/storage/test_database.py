"""Connecting, migrating from nothing and from the previous schema, and refusing a newer database."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.storage.database import Database, DatabaseError, DatabaseTooNew, async_url, migrate
from bot.storage.lessons import all_lessons, teach

HEAD = "0002"


async def tables_and_revision(database: Database) -> tuple[set[str], str]:
    async with database.engine.connect() as connection:
        names = await connection.run_sync(lambda sync: set(inspect(sync).get_table_names()))
        revision = (await connection.execute(text("SELECT version_num FROM alembic_version"))).scalar_one()
    return names, revision


async def test_an_empty_database_is_migrated_to_the_newest_schema(database: Database):
    names, revision = await tables_and_revision(database)
    assert {"questions", "votes", "lessons", "state", "alembic_version"} <= names
    assert revision == HEAD


async def test_the_log_says_once_that_the_tables_were_created(database_url: str, caplog):
    caplog.set_level("INFO", logger="bot.storage.database")
    for _ in range(2):
        database = await Database.connect(database_url)
        await database.close()
    said = [r.getMessage() for r in caplog.records if r.name == "bot.storage.database"]
    assert said == [f"created the database's tables (schema revision {HEAD})"]


async def test_a_database_at_the_previous_schema_is_upgraded_and_keeps_its_rows(database_url: str, caplog):
    engine = create_async_engine(async_url(database_url))
    async with engine.begin() as connection:
        await connection.run_sync(migrate, "0001")
        await connection.execute(
            text(
                "INSERT INTO questions (asked_at, guild_id, channel_kind, via, user_hash, question, outcome, "
                "latency_ms) VALUES (:at, 1, 'guild', 'ask', 'abc', 'old question', 'answered', 2.5)"
            ),
            {"at": datetime(2026, 1, 1, tzinfo=UTC)},
        )
        names = await connection.run_sync(lambda sync: set(inspect(sync).get_table_names()))
    await engine.dispose()
    assert "lessons" not in names

    caplog.set_level("INFO", logger="bot.storage.database")
    database = await Database.connect(database_url)
    try:
        upgraded = f"upgraded the database's schema from revision 0001 to {HEAD}"
        assert caplog.records[-1].getMessage() == upgraded
        names, revision = await tables_and_revision(database)
        assert revision == HEAD and "lessons" in names
        async with database.session() as session:
            kept = (await session.execute(text("SELECT question FROM questions"))).scalars().all()
        assert kept == ["old question"]
        await teach(database, question="a new lesson", entry_key="x/y", user_id=1, guild_id=None)
        assert [lesson.question for lesson in await all_lessons(database)] == ["a new lesson"]
    finally:
        await database.close()


async def test_a_database_from_a_newer_version_is_refused_not_downgraded(database: Database, database_url):
    async with database.session() as session:
        await session.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    with pytest.raises(DatabaseTooNew, match=r"0099.*newer version"):
        await Database.connect(database_url)
    async with database.session() as session:  # left exactly as it was
        assert (await session.execute(text("SELECT version_num FROM alembic_version"))).scalar_one() == "0099"


async def test_connecting_twice_keeps_the_schema_and_the_salt(database: Database, database_url: str):
    again = await Database.connect(database_url)
    try:
        assert again.hash_user(42) == database.hash_user(42)
        assert (await tables_and_revision(again))[1] == HEAD
    finally:
        await again.close()


async def test_user_ids_are_stored_only_as_salted_hashes(database: Database, database_url: str):
    hashed = database.hash_user(123456789)
    assert "123456789" not in hashed and len(hashed) == 64
    configured = await Database.connect(database_url, salt="a salt from the settings")
    try:
        assert configured.hash_user(123456789) != hashed
    finally:
        await configured.close()


async def test_an_unreachable_server_gives_one_line_naming_it_without_the_password():
    with pytest.raises(DatabaseError) as caught:
        await Database.connect("postgresql://bot:hunter2-secret@127.0.0.1:1/nowhere")
    message = str(caught.value)
    assert "\n" not in message and "hunter2-secret" not in message
    assert message.startswith("cannot use the database nowhere on 127.0.0.1:1: ")


async def test_an_at_sign_in_the_password_is_named_not_read_as_the_host():
    # Read as written, the host would be "ret@127.0.0.1" and its lookup failure would print "ret".
    with pytest.raises(DatabaseError) as caught:
        await Database.connect("postgresql://bot:s3c@ret@127.0.0.1:1/bot")
    message = str(caught.value)
    assert message == "DATABASE_URL has an '@' inside its user name or password: write it there as %40"


async def test_a_database_the_bot_never_ran_on_is_refused_and_left_as_it_was(database_url: str, tmp_path):
    """What the record commands ask for: run from the wrong folder, they must not start an empty log."""
    with pytest.raises(DatabaseError, match=r"^(no database at |the database .* holds no interview-bot)"):
        await Database.connect(database_url, create=False)
    assert not (tmp_path / "bot.sqlite3").exists()
    database = await Database.connect(database_url)  # the bot's own first start creates it
    await database.close()
    again = await Database.connect(database_url, create=False)
    await again.close()


@pytest.mark.parametrize(
    ("given", "used"),
    [
        ("sqlite:///data/bot.sqlite3", "sqlite+aiosqlite:///data/bot.sqlite3"),
        ("postgresql://u:p@db:5432/bot", "postgresql+asyncpg://u:p@db:5432/bot"),
        ("postgres://u@db/bot", "postgresql+asyncpg://u@db/bot"),
        ("postgresql+asyncpg://u@db/bot", "postgresql+asyncpg://u@db/bot"),
    ],
)
def test_urls_as_people_write_them_get_the_async_driver(given: str, used: str):
    assert async_url(given) == used


@pytest.mark.parametrize("url", ["mysql://u@db/bot", "not a url"])
def test_other_databases_are_refused_with_a_clear_message(url: str):
    with pytest.raises(DatabaseError, match="DATABASE_URL"):
        async_url(url)


async def test_the_sqlite_file_and_its_folder_are_created_on_first_start(tmp_path):
    path = tmp_path / "data" / "nested" / "interview-bot.sqlite3"
    database = await Database.connect(f"sqlite:///{path}")
    await database.close()
    assert path.is_file()


async def test_a_database_file_that_cannot_be_created_is_one_line(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(DatabaseError, match=r"^cannot use the database file .*/bot.sqlite3: FileExistsError"):
        await Database.connect(f"sqlite:///{blocker / 'bot.sqlite3'}")
