"""/roster (import a CSV or XLSX into the company account), /workers (the table, a
worker's card, exports, the owner's list of colleagues), /invite, /leave (leave the
company account) and the company's buttons (w:...).

Every id in a button is looked up through the presser's own membership: a forged or
someone else's worker id, page or export reaches nothing of a roster the presser is
not a member of (storage/employers.py takes the user id, never a company id)."""

from __future__ import annotations

import asyncio
import logging
import re
import time

from aiogram import Bot, Router
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.filters import Command, Filter
from aiogram.fsm.context import FSMContext
from aiogram.types import BufferedInputFile, CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from dialogs.runtime.render import split_text
from dialogs.tracking.roster import MAX_BYTES, ROSTER_TEMPLATE
from storage.employers import COMPANY_ROSTERS, INVITE_TTL, Colleague, Colleagues, JoinResult, NotOwner, RemoveResult

from ...employer import COLLEAGUES_PAGE, Employers, WorkersPage
from ...reminders import digest_toggle
from ..filters import CallbackData, PrivateChat, RosterDocument, UnreadableSpreadsheet
from ..keyboards import page_nav
from .common import clear_message, send_quotes_once, show_page
from .tracking import parse_id

log = logging.getLogger(__name__)

NAME_TIMEOUT = 3.0  # seconds to wait for a colleague's first name (getChat) before "colleague N"

JOIN_MESSAGES = {
    JoinResult.JOINED: "invite-joined",
    JoinResult.ALREADY: "invite-already",
    JoinResult.OTHER_COMPANY: "invite-other-company-leave",  # names /leave: the way out
    JoinResult.USED: "invite-used",
    JoinResult.EXPIRED: "invite-expired",
    JoinResult.INVALID: "invite-invalid",
}


def _page_markup(employers: Employers, lang: str, page: WorkersPage, index: int, pages: int, owner: bool,
                 digest_on: bool = True, colleagues: int = 0) -> InlineKeyboardMarkup | None:
    """`colleagues`: how many other members the owner's account has (👥 Colleagues (N), owner only)."""
    t = employers.renderer.t
    who = [InlineKeyboardButton(text=t(lang, "button-workers-colleagues", count=colleagues), callback_data="w:m")]
    numbers = [InlineKeyboardButton(text=t(lang, "button-worker", n=n), callback_data=f"w:v:{wl.worker.id}") for n, wl in page.lines]
    rows = [numbers[i:i + 5] for i in range(0, len(numbers), 5)]
    nav = page_nav(t, lang, "w:p:", index, pages)
    if nav:
        rows.append(nav)
    if page.lines:
        files = [InlineKeyboardButton(text=t(lang, "button-workers-csv"), callback_data="w:c"),
                 InlineKeyboardButton(text=t(lang, "button-workers-xlsx"), callback_data="w:e")]
        if owner:
            files.append(InlineKeyboardButton(text=t(lang, "button-workers-invite"), callback_data="w:i"))
        rows.append(files)
        if owner and colleagues:
            rows.append(who)
        rows.append([digest_toggle(employers.renderer, lang, on=digest_on)])
    elif owner and colleagues:  # an emptied list: the owner still sees who is in the account
        rows.append(who)
    return InlineKeyboardMarkup(inline_keyboard=rows) if rows else None


async def _send_workers(bot: Bot, chat_id: int, user_id: int, employers: Employers, lang: str, page: int = 0, pressed=None) -> None:
    """One page of /workers (turning a page, or going back from a card, edits the `pressed` message)."""
    lines = await employers.table(user_id)
    membership = await employers.companies.membership(user_id)
    owner = membership is not None and membership.role == "owner"
    found = await employers.companies.colleagues(user_id) if owner else None
    colleagues = len(found.members) if found is not None else 0
    # a member has no 👥 button: their hint says who invites, and how to leave
    pages = employers.pages(lines, lang, hint_id="workers-hint" if owner else "workers-hint-member",
                            more_hint_id="workers-hint-colleagues" if colleagues else None)
    index = min(max(page, 0), len(pages) - 1)
    digest_on = membership is None or membership.digest
    markup = _page_markup(employers, lang, pages[index], index, len(pages), owner, digest_on, colleagues)
    await show_page(bot, chat_id, pages[index].text, markup, pressed)


async def workers(message: Message, bot: Bot, employers: Employers, lang: str) -> None:
    await _send_workers(bot, message.chat.id, message.from_user.id, employers, lang)


async def roster(message: Message, bot: Bot, state: FSMContext, employers: Employers, lang: str) -> None:
    t = employers.renderer.t
    await message.answer(t(lang, "roster-prompt") + "\n\n" + t(lang, "roster-help"))
    await bot.send_document(message.chat.id, BufferedInputFile(ROSTER_TEMPLATE.encode("utf-8-sig"), filename="workers.csv"))
    await state.update_data({ROSTER_ASKED: time.time()})  # worker rows typed next are told to come as a file


ROSTER_ASKED = "roster_asked"  # FSM key: when /roster last asked for a file (a file received clears it)
ROSTER_TYPED_WINDOW = 30 * 60  # seconds after /roster in which typed worker rows get "send a file"
_DATE = re.compile(r"(?<!\d)(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2})(?!\d)")


class TypedRoster(Filter):
    """Text that looks like worker rows (cells split by ";" or tabs, or a date on a short
    line, or several lines with a date), typed within ROSTER_TYPED_WINDOW of /roster
    asking for a file. On a question that asks for a typed answer (a date) a lone line
    without cells is that question's: the dialog reads it."""

    async def __call__(self, message: Message, state: FSMContext, conversation) -> bool:
        text = message.text
        if not text or text.startswith("/") or text.rstrip().endswith("?"):
            return False
        asked = await state.get_value(ROSTER_ASKED)
        if not asked or not 0 <= time.time() - asked < ROSTER_TYPED_WINDOW:
            return False
        lines = [line for line in text.splitlines() if line.strip()]
        cells = ";" in text or "\t" in text
        dated = [line for line in lines if _DATE.search(line)]
        if not (cells or dated):
            return False
        if cells or (len(lines) > 1 and dated):
            return True
        if len(lines[0].split()) > 6:
            return False  # a sentence with a date in it: a question, not a row
        current, _ = await conversation.load_with_screen(state, message.from_user.id)
        node = conversation.engine.trees[current.tree_id].nodes.get(current.node) if current is not None else None
        return node is None or node.kind != "input"


async def typed_roster(message: Message, employers: Employers, lang: str) -> None:
    """Worker rows typed after /roster: they come as a file, said so; the dialog and its
    screen above stay as they were (the text is no answer to it), the message stays in
    the chat to copy into a file."""
    await message.answer(employers.renderer.t(lang, "roster-typed"))


async def roster_file(message: Message, bot: Bot, state: FSMContext, employers: Employers, lang: str) -> None:
    t = employers.renderer.t
    if await state.get_value(ROSTER_ASKED):
        await state.update_data({ROSTER_ASKED: None})  # the file came: typed text is no roster any more
    document = message.document
    if document.file_size and document.file_size > MAX_BYTES:
        await message.answer(t(lang, "roster-error-too-large", max_mb=MAX_BYTES // (1024 * 1024)))
        return
    buffer = await bot.download(document)
    # what was imported comes first; a long list of bad lines goes out in several messages
    for part in split_text(await employers.import_roster(message.from_user.id, buffer.read(), lang, document.file_name)):
        await message.answer(part)
    if await employers.companies.membership(message.from_user.id) is not None:
        await _send_workers(bot, message.chat.id, message.from_user.id, employers, lang)


async def invite(message: Message, bot: Bot, employers: Employers, lang: str, link_secret: bytes) -> None:
    await _send_invite(bot, message.chat.id, message.from_user.id, employers, lang, link_secret)


async def _send_invite(bot: Bot, chat_id: int, user_id: int, employers: Employers, lang: str, link_secret: bytes) -> None:
    t = employers.renderer.t
    try:
        payload = await employers.invite_payload(user_id, link_secret)
    except NotOwner:
        # a member (who may have uploaded files into the shared list) is told who invites;
        # someone in no company, that the one who uploads a list may
        member = await employers.companies.membership(user_id) is not None
        await bot.send_message(chat_id, t(lang, "invite-member-only" if member else "invite-owner-only"))
        return
    me = await bot.me()
    await bot.send_message(chat_id, t(lang, "invite-link", days=INVITE_TTL.days) + f"\nhttps://t.me/{me.username}?start={payload}")


async def unreadable_file(message: Message, employers: Employers, lang: str) -> None:
    """An old Excel .xls, an .ods or an .xlsb: not read, and said how to send it (a file
    sent during a hand-off never gets here: it goes to the operator)."""
    await message.answer(employers.renderer.t(lang, "workers-file-format-unreadable"))


async def _company_fate(employers: Employers, user_id: int):
    """(membership, what leaving does to the company's list: RosterFate) or None."""
    membership = await employers.companies.membership(user_id)
    if membership is None:
        return None
    async with employers.companies.db.sessions() as s:
        fates = await COMPANY_ROSTERS.plan(s, user_id)
    return (membership, fates[0]) if fates else None


async def leave(message: Message, employers: Employers, lang: str) -> None:
    """/leave: asks first, saying what happens to the company's list (Companies.leave:
    it stays with the other members; with the last one it is deleted)."""
    found = await _company_fate(employers, message.from_user.id)
    if found is None:
        await message.answer(employers.renderer.t(lang, "leave-not-member"))
        return
    await _ask_leave(message.bot, message.chat.id, employers, lang, *found)


async def _ask_leave(bot: Bot, chat_id: int, employers: Employers, lang: str, membership, fate) -> None:
    t = employers.renderer.t
    if fate.kept:
        lines = [t(lang, "leave-question-kept", company=fate.company, workers=fate.workers, others=fate.others)]
        if membership.role == "owner":
            lines.append(t(lang, "leave-question-owner"))
    else:
        lines = [t(lang, "leave-question-deleted", company=fate.company, workers=fate.workers)]
    lines.append(t(lang, "leave-question-own-data"))
    # the company's id in the button: an old question never takes the user out of another
    # company they joined since; and what it promised (k: the list stays with colleagues,
    # d: it is deleted): a question that said "it stays" never deletes a list left to one
    markup = _above_back(t, lang, "button-leave-yes", f"w:q:{membership.company_id}:{'k' if fate.kept else 'd'}")
    await bot.send_message(chat_id, "\n\n".join(lines), reply_markup=markup)


async def _leave_chosen(query: CallbackQuery, bot: Bot, employers: Employers, lang: str, company_id: int, promised: str) -> None:
    """Yes, leave. Updates of one user are handled one at a time (event isolation): a
    double tap's second press finds the user out of the company and changes nothing. If
    what leaving does has changed since the question (the colleagues left meanwhile, so the
    list would now be deleted), the question is asked again instead."""
    t = employers.renderer.t
    user_id = query.from_user.id
    found = await _company_fate(employers, user_id)
    if found is None or found[0].company_id != company_id:
        await query.answer(t(lang, "leave-stale"), show_alert=True)
        return
    fate = found[1]
    if promised != ("k" if fate.kept else "d"):
        await query.answer()
        if query.message is not None:
            await clear_message(bot, query.message.chat.id, query.message.message_id)
        await _ask_leave(bot, query.message.chat.id if query.message else user_id, employers, lang, found[0], fate)
        return
    # the reply says what leaving did, not what the question foresaw: a colleague who left
    # a moment earlier makes this the last one out, and the list goes with them
    done = await employers.leave(user_id, lang)
    if done is None:
        await query.answer(t(lang, "leave-stale"), show_alert=True)
        return
    await query.answer()
    if query.message is not None:
        await clear_message(bot, query.message.chat.id, query.message.message_id)
    chat_id = query.message.chat.id if query.message else user_id
    await bot.send_message(chat_id, done)


async def join(message: Message, employers: Employers, lang: str, link_secret: bytes, payload: str) -> None:
    """/start join-<id>-<sig>: a colleague's one-time invitation."""
    result = await employers.join(message.from_user.id, payload, link_secret)
    count = len(await employers.companies.workers(message.from_user.id)) if result is JoinResult.JOINED else 0
    await message.answer(employers.renderer.t(lang, JOIN_MESSAGES[result], count=count))


async def workers_button(query: CallbackQuery, bot: Bot, employers: Employers, lang: str, link_secret: bytes,
                         users=None, state: FSMContext | None = None) -> None:
    """w:p:<page>, w:v:<worker>, w:g:<worker> (the quotes behind its card's grounds), w:x:<worker> (remove? asks),
    w:y:<worker> (yes, remove), w:c / w:e (CSV / XLSX), w:i (invite),
    w:d:0 / w:d:1 (the daily digest off / on), w:o (the list as a new message: the digest's button),
    w:q:<company>:<k|d> (yes, leave the company: /leave asks; k/d what it said of the list),
    the owner's colleagues: w:m (the list as a new message), w:m:<page> (a page of it), w:k:<user> (remove? asks),
    w:r:<company>:<user> (yes, remove them from the account)."""
    t = employers.renderer.t
    parts = (query.data or "").split(":")
    chat_id = query.message.chat.id if query.message else query.from_user.id
    user_id = query.from_user.id
    action = parts[1] if len(parts) in (2, 3, 4) else ""
    if len(parts) == 2 and action in ("c", "e", "i", "o"):
        await query.answer()
        if action == "o":
            await _send_workers(bot, chat_id, user_id, employers, lang)  # below the digest, which stays
            return
        if action == "i":
            await _send_invite(bot, chat_id, user_id, employers, lang, link_secret)
            return
        lines = await employers.table(user_id)
        if not lines:
            await bot.send_message(chat_id, t(lang, "workers-empty"))
            return
        if action == "c":
            data, name = employers.export_csv(lines, lang), "workers.csv"
        else:
            data, name = employers.export_xlsx(lines, lang), "workers.xlsx"
        await bot.send_document(chat_id, BufferedInputFile(data, filename=name), caption=t(lang, "workers-export-caption-update"))
        return
    if len(parts) == 3 and action == "d" and parts[2] in ("0", "1"):
        await _toggle_digest(query, bot, employers, lang, on=parts[2] == "1")
        return
    if len(parts) == 3 and action == "p" and parts[2].isascii() and parts[2].isdigit() and len(parts[2]) <= 4:
        await query.answer()
        await _send_workers(bot, chat_id, user_id, employers, lang, page=int(parts[2]), pressed=query.message)
        return
    if action == "m" and (len(parts) == 2 or (len(parts) == 3 and parts[2].isascii() and parts[2].isdigit() and len(parts[2]) <= 4)):
        found = await employers.companies.colleagues(user_id)
        if found is None:
            await _not_owner(query, employers, lang)
            return
        await query.answer()
        # from /workers a new message below the table; its own pages and ⬅️ edit it
        pressed = query.message if len(parts) == 3 else None
        await _show_colleagues(bot, chat_id, employers, lang, found, int(parts[2]) if len(parts) == 3 else 0, pressed)
        return
    target = parse_id(parts[2]) if len(parts) == 3 and action == "k" else None
    if target is not None:
        await _ask_remove(query, bot, employers, lang, target)
        return
    if len(parts) == 4 and action == "r" and (company_id := parse_id(parts[2])) is not None and (target := parse_id(parts[3])) is not None:
        await _remove_chosen(query, bot, employers, users, lang, company_id, target)
        return
    company_id = parse_id(parts[2]) if len(parts) == 4 and action == "q" and parts[3] in ("k", "d") else None
    if company_id is not None:
        await _leave_chosen(query, bot, employers, lang, company_id, parts[3])
        return
    worker_id = parse_id(parts[2]) if len(parts) == 3 and action in ("v", "g", "x", "y") else None
    if worker_id is None:
        await query.answer(t(lang, "error-stale-button-short"))  # malformed or forged: nothing to do
        return
    if action == "v":
        found = await employers.card(user_id, worker_id, lang)
        if found is None:
            await query.answer(t(lang, "worker-not-found"))
            return
        await query.answer()
        text, cites = found
        markup = _above_back(t, lang, "button-worker-delete", f"w:x:{worker_id}")
        if cites:  # its quotes one tap away
            quotes = InlineKeyboardButton(text=t(lang, "button-quotes"), callback_data=f"w:g:{worker_id}")
            markup.inline_keyboard[0].insert(0, quotes)
        await bot.send_message(chat_id, text, reply_markup=markup)
        return
    if action == "g":
        text = await employers.card_quotes(user_id, worker_id, lang)
        if text is None:
            await query.answer(t(lang, "worker-not-found"))
            return
        await query.answer()
        await send_quotes_once(bot, chat_id, state, "worker_quotes_sent", worker_id, text)
        return
    worker = await employers.companies.worker(user_id, worker_id)
    if action == "x":
        # 🗑 asks first: the list is the whole company's, and a removal cannot be undone
        if worker is None:
            await query.answer(t(lang, "worker-not-found"))
            return
        await query.answer()
        markup = _above_back(t, lang, "button-worker-delete-yes", f"w:y:{worker_id}")
        await show_page(bot, chat_id, t(lang, "worker-delete-question", name=worker.name), markup, query.message)
        return
    if worker is None or not await employers.companies.delete_worker(user_id, worker_id):
        await query.answer(t(lang, "worker-not-found"))  # not ours, or a second tap after the removal
        return
    await query.answer()
    await employers.companies.plan_digests(worker.company_id, employers.now())
    await bot.send_message(chat_id, t(lang, "worker-deleted", name=worker.name))
    await _send_workers(bot, chat_id, user_id, employers, lang)


async def _first_name(bot: Bot, user_id: int) -> str | None:
    """A colleague's Telegram first name, asked of Telegram for one screen and never
    stored; None if it does not come (the chat is gone, a timeout, an error)."""
    try:
        chat = await asyncio.wait_for(bot.get_chat(user_id), NAME_TIMEOUT)
    except Exception as e:  # noqa: BLE001 - a name is a nicety: "colleague N" instead
        log.info("no first name for a colleague (%s)", type(e).__name__)
        return None
    return getattr(chat, "first_name", None)


def _find(found: Colleagues, user_id: int) -> tuple[int, Colleague] | None:
    """(number in the list, colleague), or None if they are not in the owner's account."""
    return next(((n, c) for n, c in enumerate(found.members, 1) if c.user_id == user_id), None)


async def _not_owner(query: CallbackQuery, employers: Employers, lang: str) -> None:
    """A colleagues' button pressed by someone who owns no account (a member, someone who
    left, a forged press): a member is told who manages colleagues, anyone else that they
    are in no company account."""
    member = await employers.companies.membership(query.from_user.id) is not None
    await query.answer(employers.renderer.t(lang, "colleagues-owner-only" if member else "leave-not-member"), show_alert=True)


async def _show_colleagues(bot: Bot, chat_id: int, employers: Employers, lang: str, found: Colleagues, page: int = 0,
                           pressed=None, done: str | None = None) -> None:
    """A page of the owner's colleagues, each with a ✖️ button; first names fetched now."""
    t = employers.renderer.t
    index, pages, numbered = employers.colleagues_slice(found, page)
    names = await asyncio.gather(*(_first_name(bot, c.user_id) for _, c in numbered))
    named = [(n, c, employers.colleague_name(lang, n, name)) for (n, c), name in zip(numbered, names)]
    view = employers.colleagues_page(found, named, index, pages, lang, done)
    rows = [[InlineKeyboardButton(text=t(lang, "button-colleague-remove", n=n, name=name), callback_data=f"w:k:{c.user_id}")]
            for n, c, name in named]
    nav = page_nav(t, lang, "w:m:", index, pages)
    if nav:
        rows.append(nav)
    if not found.members:
        rows.append([InlineKeyboardButton(text=t(lang, "button-workers-invite"), callback_data="w:i")])
    await show_page(bot, chat_id, view.text, InlineKeyboardMarkup(inline_keyboard=rows), pressed)


async def _ask_remove(query: CallbackQuery, bot: Bot, employers: Employers, lang: str, target: int) -> None:
    """✖️ on a colleague: asks first, naming them and the day they joined."""
    t = employers.renderer.t
    found = await employers.companies.colleagues(query.from_user.id)
    if found is None:
        await _not_owner(query, employers, lang)
        return
    if target == query.from_user.id:
        await query.answer(t(lang, "colleague-self"), show_alert=True)
        return
    where = _find(found, target)
    if where is None:
        await query.answer(t(lang, "colleague-gone"), show_alert=True)
        return
    await query.answer()
    n, colleague = where
    name = employers.colleague_name(lang, n, await _first_name(bot, target))
    # the company's id in the button: an old question never reaches another account the owner is in since
    markup = InlineKeyboardMarkup(inline_keyboard=[
        [InlineKeyboardButton(text=t(lang, "button-colleague-remove-yes"), callback_data=f"w:r:{found.company_id}:{target}")],
        [InlineKeyboardButton(text=t(lang, "button-colleagues-back"), callback_data=f"w:m:{(n - 1) // COLLEAGUES_PAGE}")],
    ])
    chat_id = query.message.chat.id if query.message else query.from_user.id
    await show_page(bot, chat_id, employers.colleague_remove_question(found, colleague, name, lang), markup, query.message)


async def _remove_chosen(query: CallbackQuery, bot: Bot, employers: Employers, users, lang: str, company_id: int, target: int) -> None:
    """Yes, remove: Companies.remove_colleague decides under the company's lock. Updates of
    one user are handled one at a time: a double tap's second press finds them gone and
    is told so. The owner's message becomes the list as it is now; the colleague is told."""
    t = employers.renderer.t
    owner_id = query.from_user.id
    found = await employers.companies.colleagues(owner_id)
    where = _find(found, target) if found is not None and target != owner_id else None
    first_name = await _first_name(bot, target) if where is not None else None
    removal = await employers.companies.remove_colleague(owner_id, target, company_id)
    result = removal.result
    if result is RemoveResult.NOT_OWNER:
        await _not_owner(query, employers, lang)
        return
    if result is not RemoveResult.REMOVED:
        await query.answer(t(lang, "colleague-self" if result is RemoveResult.SELF else "colleague-gone"), show_alert=True)
        return
    await query.answer()
    n = where[0] if where is not None else len(found.members) + 1 if found is not None else 1
    done = t(lang, "colleague-removed", name=employers.colleague_name(lang, n, first_name), invites=removal.invites_withdrawn)
    chat_id = query.message.chat.id if query.message else owner_id
    updated = await employers.companies.colleagues(owner_id)
    if updated is not None:
        await _show_colleagues(bot, chat_id, employers, lang, updated, (n - 1) // COLLEAGUES_PAGE, query.message, done)
    else:
        await bot.send_message(chat_id, done)
    await _tell_removed(bot, employers, users, target, found.company if found is not None else "—")


async def _tell_removed(bot: Bot, employers: Employers, users, user_id: int, company: str) -> None:
    """One message to the removed colleague, in their language; one who blocked the bot
    (or whose chat is gone) is not told, and nothing fails."""
    user = await users.get(user_id) if users is not None else None
    if user is None:
        return
    try:
        await bot.send_message(user_id, employers.renderer.t(user.language, "colleague-removed-you", company=company))
    except TelegramForbiddenError:
        await users.set_active(user_id, False)  # as every 403 does: they blocked the bot
    except TelegramBadRequest as e:
        log.info("the removed colleague could not be told (%s)", e)


def _above_back(t, lang: str, label: str, data: str) -> InlineKeyboardMarkup:
    """One button above "⬅️ All workers" (a worker's card, and the question before a removal)."""
    return InlineKeyboardMarkup(inline_keyboard=[
        [InlineKeyboardButton(text=t(lang, label), callback_data=data)],
        [InlineKeyboardButton(text=t(lang, "button-workers-back"), callback_data="w:p:0")],
    ])


async def _toggle_digest(query: CallbackQuery, bot: Bot, employers: Employers, lang: str, on: bool) -> None:
    """The answer says what is now so (a second tap says it again); the pressed button
    turns into its opposite on whichever message it was (the digest, or /workers)."""
    renderer = employers.renderer
    changed = await employers.companies.set_digest(query.from_user.id, on, employers.now())
    if changed is None:
        await query.answer(renderer.t(lang, "error-stale-button-short"))  # in no company: nothing to turn
        return
    await query.answer(renderer.t(lang, "digest-turned-on" if on else "digest-turned-off"), show_alert=changed)
    message = query.message
    markup = getattr(message, "reply_markup", None)
    if message is None or markup is None:
        return
    flipped = [[digest_toggle(renderer, lang, on=on) if b.callback_data in ("w:d:0", "w:d:1") else b for b in row]
               for row in markup.inline_keyboard]
    if flipped != markup.inline_keyboard:
        await bot.edit_message_reply_markup(chat_id=message.chat.id, message_id=message.message_id,
                                            reply_markup=InlineKeyboardMarkup(inline_keyboard=flipped))


def build_router() -> Router:
    router = Router(name="employer")
    router.message.filter(PrivateChat())
    router.message.register(workers, Command("workers", ignore_case=True))
    router.message.register(roster, Command("roster", ignore_case=True))
    router.message.register(invite, Command("invite", ignore_case=True))
    router.message.register(leave, Command("leave", ignore_case=True))
    router.message.register(typed_roster, TypedRoster())  # text: before the dialog's catch-all
    router.message.register(roster_file, RosterDocument())
    # after RosterDocument (a .csv labelled application/vnd.ms-excel is a roster)
    router.message.register(unreadable_file, UnreadableSpreadsheet())
    router.callback_query.register(workers_button, CallbackData("w:"))
    return router
