"""/start /menu /back /restart /help."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from ..filters import PrivateChat
from ..conversation import Conversation
from .common import send_screen



async def start(message: Message, bot: Bot, state: FSMContext, conversation: Conversation, lang: str) -> None:
    await message.answer(conversation.renderer.t(lang, "welcome"))
    menu = conversation.engine.menu()
    await conversation.save(state, message.from_user.id, menu)
    await send_screen(bot, message.chat.id, conversation.screen(menu, lang))


async def menu(message: Message, bot: Bot, state: FSMContext, conversation: Conversation, lang: str) -> None:
    menu = conversation.engine.menu()
    await conversation.save(state, message.from_user.id, menu)
    await send_screen(bot, message.chat.id, conversation.screen(menu, lang))


async def help_(message: Message, bot: Bot, state: FSMContext, conversation: Conversation, lang: str) -> None:
    await message.answer(conversation.renderer.t(lang, "help-text"))
    current = await conversation.load(state, message.from_user.id)
    await send_screen(bot, message.chat.id, conversation.screen(current, lang))


async def back_or_restart(message: Message, bot: Bot, state: FSMContext, conversation: Conversation, lang: str) -> None:
    current = await conversation.load(state, message.from_user.id)
    if current is not None:
        engine = conversation.engine
        current = engine.back(current) if message.text.startswith("/back") else engine.restart(current)
        await conversation.save(state, message.from_user.id, current)
    await send_screen(bot, message.chat.id, conversation.screen(current, lang))


def build_router() -> Router:
    router = Router(name="commands")
    router.message.filter(PrivateChat())
    router.message.register(start, CommandStart())
    router.message.register(menu, Command("menu"))
    router.message.register(help_, Command("help"))
    router.message.register(back_or_restart, Command("back", "restart"))
    return router
