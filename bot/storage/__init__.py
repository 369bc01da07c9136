"""Everything the bot keeps between runs: the question log, votes and lessons, behind a small interface.

Adapters (the Discord layer and the command line) call these modules; no SQL lives anywhere else, and
the engine never sees the database: it only receives the lessons.
"""
