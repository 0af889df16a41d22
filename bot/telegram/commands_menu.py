"""setMyCommands in every language the bot speaks."""

from __future__ import annotations

from aiogram import Bot
from aiogram.types import BotCommand, BotCommandScopeChat, BotCommandScopeDefault

from dialogs.runtime.i18n import COMPLETE_LANGS, FALLBACK
from dialogs.runtime.render import Renderer

COMMANDS = ("start", "menu", "services", "track", "status", "calendar", "roster", "workers", "back", "restart", "language", "help", "mydata", "forget", "privacy")


def commands_in(renderer: Renderer, lang: str) -> list[BotCommand]:
    return [BotCommand(command=c, description=renderer.t(lang, f"cmd-{c}")) for c in COMMANDS]


async def set_commands(bot: Bot, renderer: Renderer) -> None:
    await bot.set_my_commands(commands_in(renderer, FALLBACK), scope=BotCommandScopeDefault())
    for lang in COMPLETE_LANGS:
        await bot.set_my_commands(commands_in(renderer, lang), scope=BotCommandScopeDefault(), language_code=lang)


async def set_commands_for_chat(bot: Bot, renderer: Renderer, lang: str, chat_id: int) -> None:
    """After /language the menu follows the chosen language, not Telegram's."""
    await bot.set_my_commands(commands_in(renderer, lang), scope=BotCommandScopeChat(chat_id=chat_id))
