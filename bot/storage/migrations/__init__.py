"""Alembic migrations, run by the bot at start-up (``bot.storage.database.migrate``)."""
