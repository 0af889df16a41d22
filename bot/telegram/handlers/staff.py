"""Staff tools: /staff (admins grant and revoke staff) and /link (staff make a signed
link and a QR code that open a service, optionally at a question, in a language).

Every handler here checks the role first; anyone else gets a one-line refusal and
nothing else happens (a forged button included)."""

from __future__ import annotations

import datetime as dt
import logging

from aiogram import Bot, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import BufferedInputFile, CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from dialogs.law.dates import today_almaty
from dialogs.model.entry import link_entry
from dialogs.runtime.i18n import COMPLETE_LANGS
from storage.staff import Staff

from ...deeplink import OPENABLE
from ...staff_links import TAG, BadLink, StaffLink, qr_png, sign, verify
from ..conversation import Conversation
from ..filters import CallbackData, PrivateChat

log = logging.getLogger(__name__)

MENU_TREES = ("start", "track")  # not services a caller is sent to
LINK_PREFIX = "lk:"


def _services(conversation: Conversation) -> list[str]:
    return sorted(t for t in conversation.engine.trees if t not in MENU_TREES)


async def staff_command(message: Message, command: CommandObject, staff: Staff, conversation: Conversation, lang: str) -> None:
    t = conversation.renderer.t
    if not staff.is_admin(message.from_user.id):
        await message.answer(t(lang, "staff-admins-only"))
        return
    parts = (command.args or "").split()
    if parts[:1] == ["list"] or not parts:
        members = await staff.members()
        lines = [t(lang, "staff-list-title")] + [
            t(lang, "staff-list-row", user=str(m.telegram_id), by=str(m.granted_by) if m.granted_by is not None else "—", on=m.granted_at.date()) for m in members
        ]
        await message.answer("\n".join(lines) if members else t(lang, "staff-list-empty"))
        return
    if len(parts) != 2 or parts[0] not in ("add", "remove") or not parts[1].isdigit() or len(parts[1]) > 15:
        await message.answer(t(lang, "staff-usage"))
        return
    user_id = int(parts[1])
    if parts[0] == "add":
        added = await staff.grant(user_id, by=message.from_user.id)
        await message.answer(t(lang, "staff-added" if added else "staff-already", user=parts[1]))
    else:
        removed = await staff.revoke(user_id)
        await message.answer(t(lang, "staff-removed" if removed else "staff-not-member", user=parts[1]))


async def link_command(message: Message, command: CommandObject, bot: Bot, staff: Staff, conversation: Conversation, lang: str, link_secret: bytes) -> None:
    t = conversation.renderer.t
    if not await staff.is_staff(message.from_user.id):
        await message.answer(t(lang, "staff-only"))
        return
    args = (command.args or "").split()
    campaign = next((a[1:] for a in args if a.startswith("#")), None)
    if campaign is not None and not TAG.fullmatch(campaign):
        await message.answer(t(lang, "link-bad-tag"))
        return
    rest = [a for a in args if not a.startswith("#")]
    if not rest and campaign is not None:
        await message.answer(t(lang, "link-tag-needs-service"))  # the picker's buttons cannot carry a tag
        return
    if not rest:
        rows = [[InlineKeyboardButton(text=t(lang, conversation.engine.trees[s].title)[:60], callback_data=f"{LINK_PREFIX}{s}")] for s in _services(conversation)]
        await message.answer(t(lang, "link-choose-service"), reply_markup=InlineKeyboardMarkup(inline_keyboard=rows))
        return
    service = rest[0]
    link_lang = next((a for a in rest[1:] if a in COMPLETE_LANGS), None)
    node = next((a for a in rest[1:] if a not in COMPLETE_LANGS), None)
    problem = _link_problem(conversation, service, node)
    if problem:
        await message.answer(t(lang, problem))
        return
    await _send_link(message.chat.id, bot, conversation, lang, link_secret, service, node, link_lang, campaign)


def _link_problem(conversation: Conversation, service: str, node: str | None) -> str | None:
    trees = conversation.engine.trees
    if service not in trees or service in MENU_TREES:
        return "link-unknown-service"
    if node is not None and (node not in trees[service].nodes or trees[service].nodes[node].kind not in OPENABLE):
        return "link-unknown-node"
    return None


async def _send_link(chat_id: int, bot: Bot, conversation: Conversation, lang: str, secret: bytes,
                     service: str, node: str | None, link_lang: str | None, campaign: str | None) -> None:
    t = conversation.renderer.t
    base = "__".join(p for p in (service, node, link_lang) if p)
    try:
        payload = sign(base, secret, campaign=campaign)
    except ValueError:
        await bot.send_message(chat_id, t(lang, "link-too-long"))
        return
    me = await bot.me()
    url = f"https://t.me/{me.username}?start={payload}"
    title = t(link_lang or lang, conversation.engine.trees[service].title)
    caption = t(lang, "link-ready", service=title, url=url, campaign=campaign or "—")
    tree = conversation.engine.trees[service]
    opens = link_entry(tree, node) if node else None
    if opens is not None and opens != node:
        # the link cannot know the answers before its node (bot/deeplink.py): staff see where it opens
        question = t(lang, tree.nodes[opens].text).split("\n", 1)[0][:120]
        caption += "\n" + t(lang, "link-asks-first", question=question)
    await bot.send_photo(chat_id, BufferedInputFile(qr_png(url), filename=f"{service}.png"), caption=caption[:1024])


async def link_button(query: CallbackQuery, bot: Bot, staff: Staff, conversation: Conversation, lang: str, link_secret: bytes) -> None:
    t = conversation.renderer.t
    if not await staff.is_staff(query.from_user.id):
        await query.answer(t(lang, "staff-only"), show_alert=True)
        return
    parts = (query.data or "")[len(LINK_PREFIX):].split(":")
    service = parts[0]
    if _link_problem(conversation, service, None) or len(parts) > 2 or (len(parts) == 2 and parts[1] not in COMPLETE_LANGS):
        await query.answer(t(lang, "error-stale-button-short"))
        return
    await query.answer()
    if len(parts) == 1:
        rows = [[InlineKeyboardButton(text=t(code, "language-name"), callback_data=f"{LINK_PREFIX}{service}:{code}") for code in COMPLETE_LANGS]]
        await bot.send_message(query.message.chat.id, t(lang, "link-choose-language"), reply_markup=InlineKeyboardMarkup(inline_keyboard=rows))
        return
    await _send_link(query.message.chat.id, bot, conversation, lang, link_secret, service, None, parts[1], None)


def open_signed(payload: str, secret: bytes) -> StaffLink | None:
    """The public payload a signed staff link carries, or None for a forged or edited
    one. For the /start handler, which counts the campaign (count_campaign_open) only
    once the link opened what it names: a link to a node or a service that is gone
    opens the menu instead and is not counted."""
    try:
        return verify(payload, secret)
    except BadLink:
        return None


async def count_campaign_open(staff: Staff, link: StaffLink, service: str, day: dt.date | None = None) -> None:
    """One open of a campaign's link that opened `service` (no user id). Counted after
    the screen was sent: a failure to count is logged and never reaches the person."""
    if not link.campaign:
        return
    try:
        await staff.count_open(link.campaign, service, day or today_almaty())
    except Exception:  # noqa: BLE001 - a count must not fail a link that opened
        log.exception("could not count an open of campaign %s", link.campaign)


def build_router() -> Router:
    router = Router(name="staff")
    router.message.filter(PrivateChat())
    router.message.register(staff_command, Command("staff", ignore_case=True))
    router.message.register(link_command, Command("link", ignore_case=True))
    router.callback_query.register(link_button, CallbackData(LINK_PREFIX))
    return router
