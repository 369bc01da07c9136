"""The interview the repository ships, the one the tests specify the engine, the CLI and the bot by.

Owners add their own interviews beside it in knowledge/; the tests load this one file, so they hold
whatever else the folder holds. tests/test_knowledge_files.py checks every file there.
"""

from pathlib import Path

BUNDLED_INTERVIEW = Path(__file__).resolve().parents[1] / "knowledge" / "biodlink-jun-liu-2024.yaml"
