"""Alembic's entry point: migrate the connection the bot passes in, never one of its own."""

from __future__ import annotations

from alembic import context

from bot.storage.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through bot.storage.database.migrate, which passes a connection")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
