"""The bot's features, one cog per area; each only turns Discord events into desk calls and replies."""

from bot.discord_app.cogs.admin import AdminCog
from bot.discord_app.cogs.ask import AskCog
from bot.discord_app.cogs.browse import BrowseCog
from bot.discord_app.cogs.mentions import MentionsCog
from bot.discord_app.cogs.stats import StatsCog
from bot.discord_app.cogs.teach import TeachCog

COGS = (AskCog, BrowseCog, MentionsCog, AdminCog, TeachCog, StatsCog)
