"""``python -m bot`` behaves exactly like the ``interview-bot`` command."""

import sys

from bot.cli import main

sys.exit(main())
