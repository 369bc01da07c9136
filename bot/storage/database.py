"""Connecting to DATABASE_URL: an async engine, migrated to the code's schema before anything uses it.

SQLite (the default, a file in DATA_DIR) and PostgreSQL both go through SQLAlchemy's async drivers
(aiosqlite, asyncpg), so no query blocks the event loop.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, insert, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from bot.settings import Settings
from bot.storage.tables import State

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "postgresql": "postgresql+asyncpg",
    "postgres": "postgresql+asyncpg",
}
_SALT_KEY = "user_hash_salt"
CONNECT_TIMEOUT = 10.0
NO_FILE = (
    "the bot has not run with these settings; give this command the bot's DATA_DIR or DATABASE_URL "
    "(a relative DATA_DIR, such as the default data, is read from the current folder)"
)
NO_RECORDS = "the bot has not run on it; give this command the bot's DATABASE_URL"


class DatabaseError(Exception):
    """The database cannot be used; the message is one line and never contains the URL's password."""


class DatabaseTooNew(DatabaseError):
    """The database was migrated by a newer version of the bot; downgrading it silently would lose data."""


def async_url(url: str) -> str:
    """``postgresql://`` and ``sqlite:///`` as people write them, with the async driver filled in."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError("DATABASE_URL is not a database URL (postgresql://… or sqlite:///…)") from None
    driver = _DRIVERS.get(parsed.drivername)
    if driver is None and parsed.drivername not in _DRIVERS.values():
        raise DatabaseError(
            f"DATABASE_URL: unsupported database {parsed.drivername!r}; use postgresql or sqlite"
        )
    if parsed.host is not None and "@" in parsed.host:
        # The part after the first "@" was read as the host, so it would be echoed in every error.
        raise DatabaseError("DATABASE_URL has an '@' inside its user name or password: write it there as %40")
    if driver is not None:
        parsed = parsed.set(drivername=driver)
    return parsed.render_as_string(hide_password=False)


def _file_of(url: URL) -> Path | None:
    """The SQLite file a URL names; None for PostgreSQL or an in-memory database."""
    if url.drivername.startswith("postgresql") or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def describe(url: URL) -> str:
    """The database as an operator names it, a file or a database on a host: never its password."""
    if url.drivername.startswith("postgresql"):
        return f"the database {url.database or '(default)'} on {url.host or 'localhost'}:{url.port or 5432}"
    file = _file_of(url)
    return f"the database file {file.resolve()}" if file else "the in-memory database"


class Database:
    """The engine, sessions, and the salt that turns a user id into a pseudonym."""

    def __init__(self, engine: AsyncEngine, salt: bytes) -> None:
        self.engine = engine
        self.sessions = async_sessionmaker(engine, expire_on_commit=False)
        self._salt = salt

    @classmethod
    async def connect(cls, url: str, *, salt: str | None = None, create: bool = True) -> Database:
        """Open the database and migrate it to the code's schema; DatabaseError says why it cannot.

        With ``create`` False, a database the bot never ran on is refused rather than created empty: the
        commands that read the records (report, forget, learned export) would otherwise answer from a
        new, empty file, silently, when run from another folder than the bot.
        """
        full = make_url(async_url(url))
        postgres = full.drivername.startswith("postgresql")
        file = _file_of(full)
        if not create and file is not None and not file.exists():
            raise DatabaseError(f"no database at {file.resolve()}: {NO_FILE}")
        # asyncpg would wait 60 s for a host that never answers; start-up should say so sooner.
        engine = create_async_engine(
            full, pool_pre_ping=True, connect_args={"timeout": CONNECT_TIMEOUT} if postgres else {}
        )
        try:
            if file is not None:
                file.parent.mkdir(parents=True, exist_ok=True)
            async with engine.begin() as connection:
                if not create and await connection.run_sync(_revision) is None:
                    raise DatabaseError(f"{describe(full)} holds no interview-bot records: {NO_RECORDS}")
                await connection.run_sync(migrate)
                stored = await connection.run_sync(_stored_salt)
        except DatabaseError:
            await engine.dispose()
            raise
        except (SQLAlchemyError, OSError) as error:
            await engine.dispose()
            raise DatabaseError(f"cannot use {describe(full)}: {one_line(error)}") from None
        return cls(engine, (salt or stored).encode())

    @classmethod
    async def from_settings(cls, settings: Settings, *, create: bool = True) -> Database:
        """The database DATABASE_URL names, hashing with USER_HASH_SALT when it is set."""
        salt = settings.user_hash_salt.get_secret_value() if settings.user_hash_salt else None
        return await cls.connect(settings.database, salt=salt, create=create)

    def hash_user(self, user_id: int) -> str:
        """A salted pseudonym: stable, so votes and ``forget`` find a member's rows, but not reversible."""
        return hmac.new(self._salt, str(user_id).encode(), hashlib.sha256).hexdigest()

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        async with self.sessions.begin() as session:
            yield session

    async def close(self) -> None:
        await self.engine.dispose()


def one_line(error: BaseException) -> str:
    """The first line of a driver's message: enough to act on, without SQL or parameters."""
    original = getattr(error, "orig", None) or error
    text = str(original).strip().splitlines()
    return f"{type(original).__name__}: {text[0]}" if text else type(original).__name__


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _revision(connection: Connection) -> str | None:
    """The schema revision the database is at; None for one never migrated."""
    return MigrationContext.configure(connection).get_current_revision()


def migrate(connection: Connection, revision: str = "head") -> None:
    """Upgrade to ``revision``; refuse a database stamped with a revision this code does not know."""
    from alembic import command

    scripts = ScriptDirectory.from_config(alembic_config())
    current = _revision(connection)
    known = {script.revision for script in scripts.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseTooNew(
            f"the database is at schema revision {current}, which this version of interview-bot does "
            "not know: it was upgraded by a newer version; run that version, or restore a backup"
        )
    command.upgrade(alembic_config(connection), revision)
    upgraded = _revision(connection)
    if current is None:
        log.info("created the database's tables (schema revision %s)", upgraded)
    elif upgraded != current:
        log.info("upgraded the database's schema from revision %s to %s", current, upgraded)


def _stored_salt(connection: Connection) -> str:
    """The salt generated on first start; kept in the database so every process hashes alike."""
    found = connection.execute(select(State.value).where(State.key == _SALT_KEY)).scalar_one_or_none()
    if found is not None:
        return found
    salt = secrets.token_hex(32)
    connection.execute(insert(State).values(key=_SALT_KEY, value=salt))
    return salt
