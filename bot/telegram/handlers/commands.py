"""/start (first contact, deep links) /menu /services /back /restart /help."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from dialogs.runtime.i18n import COMPLETE_LANGS
from storage.repositories import Users

from ...deeplink import Target, parse_payload
from ...employer import parse_invite
from ...staff_links import is_signed
from .employer import join
from .staff import count_campaign_open, open_signed
from ..commands_menu import set_commands_for_chat
from ..conversation import Conversation
from ..filters import CallbackData, PrivateChat
from .common import pressed_again, save_step, show_and_remember

FIRST_LANGUAGE = "lang:"  # callback data of the first-contact language buttons: "lang:<code>"


async def start(message: Message, bot: Bot, state: FSMContext, conversation: Conversation, users: Users, lang: str,
                command: CommandObject | None = None, staff=None, link_secret: bytes | None = None, employers=None) -> None:
    payload = (command.args or "").strip() if command else ""
    if payload and employers is not None and link_secret and parse_invite(payload) is not None:
        await join(message, employers, lang, link_secret, payload)  # a colleague's one-time company invitation
        return
    link = None
    if payload and is_signed(payload):
        # a staff link: open what it names only if its signature holds
        link = open_signed(payload, link_secret) if staff is not None and link_secret else None
        payload = link.base if link else "-"  # "-" names nothing: the menu with a one-line note
    current, screen_id = await conversation.load_with_screen(state, message.from_user.id)
    if payload:
        opened = await _deep_link(message, bot, state, conversation, users, lang, payload, current, screen_id)
        if link is not None and opened is not None:
            await count_campaign_open(staff, link, opened.tree_id)  # its campaign counts only once it opened
        return
    if current is None and not _language_known(conversation, message.from_user.language_code):
        # first contact, and Telegram did not tell us a language we speak: ask, each in its own name
        t = conversation.renderer.t
        rows = [[InlineKeyboardButton(text=t(code, "language-name"), callback_data=FIRST_LANGUAGE + code)] for code in COMPLETE_LANGS]
        text = "\n".join(t(code, "language-choose") for code in COMPLETE_LANGS)
        await message.answer(text, reply_markup=InlineKeyboardMarkup(inline_keyboard=rows))
        return
    await _welcome(bot, message.chat.id, message.from_user.id, state, conversation, lang, screen_id)


def _language_known(conversation: Conversation, code: str | None) -> bool:
    return bool(code) and code.lower().split("-")[0] in COMPLETE_LANGS


async def _welcome(bot: Bot, chat_id: int, user_id: int, state: FSMContext, conversation: Conversation, lang: str,
                   screen_id: int | None, note: str | None = None) -> None:
    """The welcome and the menu in one message (a dialog under way stays one ⬅️ away)."""
    current, _ = await conversation.load_with_screen(state, user_id)
    menu = conversation.engine.menu_from(current)
    await save_step(conversation, state, user_id, menu, lang, screen_id)
    prefix = "welcome" if note is None else note
    await show_and_remember(conversation, state, screen_id, bot, chat_id, conversation.screen(menu, lang, prefix=prefix), old_id=screen_id)


async def first_language(query: CallbackQuery, bot: Bot, state: FSMContext, conversation: Conversation, users: Users,
                         lang: str) -> None:
    code = (query.data or "")[len(FIRST_LANGUAGE):]
    if code not in COMPLETE_LANGS or query.message is None:
        await query.answer(conversation.renderer.t(lang, "error-stale-button-short"))  # in the presser's language
        return
    await query.answer()
    await users.set_language(query.from_user.id, code)
    await set_commands_for_chat(bot, conversation.renderer, code, query.message.chat.id)
    # the language question becomes the welcome and the menu
    menu = conversation.engine.menu()
    await save_step(conversation, state, query.from_user.id, menu, code, None)
    screen = conversation.screen(menu, code, prefix="welcome")
    await show_and_remember(conversation, state, None, bot, query.message.chat.id, screen, old_id=query.message.message_id, edit=True)


async def _deep_link(message: Message, bot: Bot, state: FSMContext, conversation: Conversation, users: Users, lang: str,
                     payload: str, left, screen_id: int | None) -> Target | None:
    """`left`: the dialog the user was in when the link came (None: none). Returns what
    the link opened (None: it named nothing we have, and the menu was shown)."""
    target = parse_payload(payload, conversation.engine.trees)
    if target is None:
        await _welcome(bot, message.chat.id, message.from_user.id, state, conversation, lang, screen_id, note="deeplink-unknown")
        return None
    if target.lang and target.lang != lang:
        lang = target.lang
        await users.set_language(message.from_user.id, lang)
        await set_commands_for_chat(bot, conversation.renderer, lang, message.chat.id)
    engine = conversation.engine
    current = engine.start(target.tree_id)
    if target.opens:
        current.node = target.opens
    # ⬅️ leads to the menu, and from there to a dialog left under way (answers and all),
    # as after /start: a link into the same service starts it afresh and keeps the old one
    menu = engine.menu_from(left)
    if menu is None:
        current.parent = None
    elif target.tree_id == menu.tree_id:
        current.parent = menu.parent  # a link into the menu itself: ⬅️ is the dialog left
    else:
        current.parent = menu.to_dict()
    await save_step(conversation, state, message.from_user.id, current, lang, screen_id)
    screen = conversation.screen(current, lang, prefix="deeplink-asks-first" if target.asks_first else None)
    await show_and_remember(conversation, state, screen_id, bot, message.chat.id, screen, old_id=screen_id)
    return target


async def menu(message: Message, bot: Bot, state: FSMContext, conversation: Conversation, lang: str) -> None:
    current, screen_id = await conversation.load_with_screen(state, message.from_user.id)
    menu = conversation.engine.menu_from(current)  # a dialog under way stays one ⬅️ away
    await save_step(conversation, state, message.from_user.id, menu, lang, screen_id)
    await show_and_remember(conversation, state, screen_id, bot, message.chat.id, conversation.screen(menu, lang), old_id=screen_id)


async def services(message: Message, bot: Bot, conversation: Conversation, lang: str) -> None:
    """Every service, for someone who knows what they want: each opens by its link."""
    t = conversation.renderer.t
    trees = conversation.engine.trees
    rows = [[InlineKeyboardButton(text=t(lang, tree.title)[:64], callback_data=f"svc:{tid}")]
            for tid, tree in sorted(trees.items()) if tid not in ("start", "track")]
    await message.answer(t(lang, "services-title"), reply_markup=InlineKeyboardMarkup(inline_keyboard=rows))


async def service_chosen(query: CallbackQuery, bot: Bot, state: FSMContext, conversation: Conversation, lang: str) -> None:
    tree_id = (query.data or "")[4:]
    engine = conversation.engine
    if tree_id not in engine.trees or query.message is None:
        await query.answer(conversation.renderer.t(lang, "error-stale-button-short"))
        return
    await query.answer()
    if await pressed_again(state, "service_chosen", tree_id):
        return  # a double tap: its first question is in the chat already
    _, screen_id = await conversation.load_with_screen(state, query.from_user.id)
    current = engine.start(tree_id)
    menu = engine.menu()
    current.parent = menu.to_dict() if menu else None
    await save_step(conversation, state, query.from_user.id, current, lang, screen_id)
    # the list stays (another service may follow); the service opens below it
    await show_and_remember(conversation, state, screen_id, bot, query.message.chat.id, conversation.screen(current, lang), old_id=screen_id)


async def help_(message: Message, conversation: Conversation, lang: str, handoff=None) -> None:
    # the screen is not sent again: its buttons above still work
    t = conversation.renderer.t
    if handoff is None:
        await message.answer(t(lang, "help-text"))
        return
    from .handoff import ask_button  # a person, when the operators' chat is configured

    markup = InlineKeyboardMarkup(inline_keyboard=[[ask_button(conversation, lang)]])
    await message.answer(t(lang, "help-text") + "\n\n" + t(lang, "handoff-help"), reply_markup=markup)


async def back_or_restart(message: Message, bot: Bot, state: FSMContext, conversation: Conversation, lang: str) -> None:
    current, screen_id = await conversation.load_with_screen(state, message.from_user.id)
    if current is not None:
        engine = conversation.engine
        current = engine.back(current) if message.text[:5].casefold() == "/back" else engine.restart(current)
        await save_step(conversation, state, message.from_user.id, current, lang, screen_id)
    await show_and_remember(conversation, state, screen_id, bot, message.chat.id, conversation.screen(current, lang), old_id=screen_id)


def build_router() -> Router:
    router = Router(name="commands")
    router.message.filter(PrivateChat())
    # commands are matched whatever their case (/Menu, /MENU: a phone's auto-capitalisation);
    # one addressed to another bot (/menu@other_bot) is not ours: the dialog says it is unknown
    router.message.register(start, CommandStart(ignore_case=True))
    router.callback_query.register(first_language, CallbackData(FIRST_LANGUAGE))
    router.callback_query.register(service_chosen, CallbackData("svc:"))
    router.message.register(menu, Command("menu", ignore_case=True))
    router.message.register(services, Command("services", ignore_case=True))
    router.message.register(help_, Command("help", ignore_case=True))
    router.message.register(back_or_restart, Command("back", "restart", ignore_case=True))
    return router
