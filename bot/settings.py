"""Every setting the bot reads, from the environment or a ``.env`` file.

Settings are built inside the command that needs them, never at import time, so importing the package
(and every test) works with no environment at all.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import Field, HttpUrl, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from pydantic_settings import SettingsError as PydanticSettingsError

if TYPE_CHECKING:
    from bot.core.loader import Problem


def _bundled_knowledge() -> Path:
    """The wheel ships the interview inside the package; a source checkout keeps it at the top level."""
    here = Path(__file__).resolve().parent
    packaged = here / "knowledge"
    return packaged if packaged.is_dir() else here.parent / "knowledge"


DEFAULT_KNOWLEDGE_DIR = _bundled_knowledge()
DEFAULT_API_BASE_URL = "https://discord.com/api/v10"
DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg/"

_TOKEN = re.compile(r"[!-~]+")  # printable ASCII, no spaces

IdList = Annotated[tuple[int, ...], NoDecode]
LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
LogFormat = Literal["text", "json"]


def _default_heartbeat_file() -> Path:
    """``$TMPDIR/interview-bot.heartbeat``, named without probing the disk as ``gettempdir()`` does.

    On a read-only root no temporary directory is writable, and only ``run`` ever writes the heartbeat.
    """
    directory = next((os.environ[name] for name in ("TMPDIR", "TEMP", "TMP") if os.environ.get(name)), None)
    if directory is None:
        directory = "/tmp" if os.name == "posix" else tempfile.gettempdir()
    return Path(directory) / "interview-bot.heartbeat"


class Settings(BaseSettings):
    """The bot's configuration; field names are the environment variables, case-insensitive."""

    # An empty variable (``ANSWER_THRESHOLD=`` as in .env.example) means "use the default".
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    discord_token: SecretStr | None = None
    discord_guild_ids: IdList = ()
    knowledge_dir: Path = DEFAULT_KNOWLEDGE_DIR
    # The probability (0-1) the answer must have of being right; empty: the calibrated midpoint, 0.5.
    answer_threshold: float | None = Field(default=None, ge=0, le=1)
    ephemeral_replies: bool = False
    cooldown_questions: int = Field(default=4, ge=1)
    cooldown_seconds: float = Field(default=30.0, gt=0)
    max_question_length: int = Field(default=300, ge=10, le=2000)
    log_level: LogLevel = "INFO"
    log_format: LogFormat = "text"
    # Storage (issue 10): the URL may hold a password, so it is a secret like the token.
    data_dir: Path = Path("data")
    database_url: SecretStr | None = None
    retention_days: int = Field(default=90, ge=1)
    log_question_text: bool = True
    user_hash_salt: SecretStr | None = None
    shard_count: int | None = Field(default=None, ge=1)
    shard_ids: Annotated[tuple[int, ...] | None, NoDecode] = None
    discord_api_base_url: HttpUrl = HttpUrl(DEFAULT_API_BASE_URL)
    discord_gateway_url: str = DEFAULT_GATEWAY_URL
    heartbeat_file: Path = Field(default_factory=_default_heartbeat_file)
    heartbeat_max_age: float = Field(default=90.0, gt=0)
    # 64 connections answered a cold burst of 1,000 interactions inside 3 s; unbounded, the TLS handshakes
    # alone missed the deadline for most of them (issue 11).
    http_pool_limit: int = Field(default=64, ge=1, le=1000)

    @field_validator("discord_guild_ids", "shard_ids", mode="before")
    @classmethod
    def _comma_separated_ids(cls, value: Any) -> Any:
        if isinstance(value, str):
            parts = [part.strip() for part in value.split(",") if part.strip()]
            for part in parts:
                if not part.isdigit():
                    raise ValueError(f"expected comma-separated numbers, got {part!r}")
            return tuple(int(part) for part in parts)
        return value

    @field_validator("discord_token")
    @classmethod
    def _one_printable_word(cls, value: SecretStr | None) -> SecretStr | None:
        """A token is one printable ASCII word; anything else would fail later, deep inside an HTTP header."""
        token = value.get_secret_value().strip() if value is not None else ""
        if token and not _TOKEN.fullmatch(token):
            raise PydanticCustomError(
                "token_invalid",
                "DISCORD_TOKEN is invalid: it contains a space, a line break or another character a token "
                "never has; copy it again from the Developer Portal (Bot → Reset Token)",
            )
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_log_level(cls, value: Any) -> Any:
        return value.upper() if isinstance(value, str) else value

    @field_validator("log_format", mode="before")
    @classmethod
    def _lower_log_format(cls, value: Any) -> Any:
        return value.lower() if isinstance(value, str) else value

    @field_validator("discord_gateway_url")
    @classmethod
    def _websocket_url(cls, value: str) -> str:
        if not value.startswith(("ws://", "wss://")):
            raise ValueError("must start with ws:// or wss://")
        return value

    @field_validator("shard_ids")
    @classmethod
    def _shards_fit(cls, value: tuple[int, ...] | None, info: ValidationInfo) -> tuple[int, ...] | None:
        """Checked on the field, so the line names SHARD_IDS; an invalid SHARD_COUNT has its own line."""
        if value is None or "shard_count" not in info.data:
            return value
        count = info.data["shard_count"]
        if count is None:
            raise ValueError("needs SHARD_COUNT, the total number of shards")
        outside = [str(shard) for shard in value if shard >= count]
        if outside:
            raise ValueError(
                f"{', '.join(outside)} not below SHARD_COUNT {count}: shards are numbered from 0"
            )
        return value

    @property
    def token(self) -> str | None:
        """The raw token, unwrapped only by the code that logs in."""
        secret = self.discord_token.get_secret_value().strip() if self.discord_token else ""
        return secret or None

    @property
    def database(self) -> str:
        """The raw DATABASE_URL, or an SQLite file in DATA_DIR; unwrapped only to connect."""
        url = self.database_url.get_secret_value().strip() if self.database_url else ""
        return url or f"sqlite:///{self.data_dir / 'interview-bot.sqlite3'}"


def from_knowledge_dir(problems: Iterable[Problem], location: Path) -> list[str]:
    """Problems loading KNOWLEDGE_DIR, one line each; one about the location itself names the variable."""
    return [
        f"{problem} (KNOWLEDGE_DIR)"
        if problem.file == str(location) and problem.line is None
        else str(problem)
        for problem in problems
    ]


class SettingsError(Exception):
    """Bad settings, one line per variable, ready to print."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        super().__init__("\n".join(lines))


def load_settings(**overrides: Any) -> Settings:
    """Build the settings, turning pydantic's report into one line per bad variable."""
    try:
        return Settings(**overrides)
    except ValidationError as error:
        raise SettingsError([_describe(detail) for detail in error.errors()]) from None
    except (PydanticSettingsError, UnicodeDecodeError, OSError) as error:  # e.g. an unreadable .env file
        raise SettingsError([f"invalid settings: {' '.join(str(error).split())}"]) from None


def _describe(detail: Any) -> str:
    location = [str(part) for part in detail["loc"]]
    variable = location[0].upper() if location else "settings"
    message = " ".join(str(detail["msg"]).removeprefix("Value error, ").split())  # always one line
    if detail["type"] == "token_invalid":
        return message
    if not location:
        return f"invalid settings: {message}"
    # pydantic echoes the rejected input only in ``input``, which we leave out: it may be a secret.
    return f"invalid {variable}: {message}"
