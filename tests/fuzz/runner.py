"""Drive the real dispatcher (long polling the Bot API double over HTTP on
127.0.0.1) with the seeded generator and count what went wrong."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
from dataclasses import dataclass, field

from bot.app import build_bot_app
from bot.config import Settings
from bot.telegram.conversation import parse_button_data, state_token
from bot.telegram.handlers.commands import FIRST_LANGUAGE
from dialogs.runtime.engine import DialogState, Engine
from dialogs.model.loader import load_trees
from tests.botapi_double import BotAPIDouble

from .generator import Fuzzer

TOKEN = "424242:FUZZ"
TODAY = dt.date(2026, 12, 10)


class _Errors(logging.Handler):
    """Every ERROR record anywhere: the dispatcher's error handler, aiogram's
    "Cause exception while process update", asyncio's "Task exception was never retrieved"."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@dataclass
class FuzzReport:
    updates: int = 0
    seconds: float = 0.0
    users: int = 0
    errors: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    unanswered_callbacks: int = 0
    sent_to_groups: int = 0
    users_at_menu: int = 0
    asked_language: int = 0  # forgotten users asked their language again by the last /start
    not_at_menu: list = field(default_factory=list)  # (user, last texts, last methods): for a failing run
    requests: int = 0
    slow_down_notices: int = 0

    def lines(self) -> list[str]:
        return [
            f"fuzz_updates: {self.updates} updates",
            f"fuzz_seconds: {self.seconds:.4g} s",
            f"fuzz_rate: {self.updates / self.seconds if self.seconds else 0:.4g} updates/s",
            f"fuzz_bot_api_requests: {self.requests} requests",
            f"fuzz_unhandled_errors: {len(self.errors)} errors",
            f"fuzz_spec_violations: {len(self.violations)} requests",
            f"fuzz_unanswered_callbacks: {self.unanswered_callbacks} queries",
            f"fuzz_sent_to_groups_or_channels: {self.sent_to_groups} messages",
            f"fuzz_slow_down_notices: {self.slow_down_notices} messages",
            f"fuzz_users_back_at_menu: {self.users_at_menu} users",
            f"fuzz_users_asked_language_again: {self.asked_language} users",
            f"fuzz_users: {self.users} users",
        ]


async def run_fuzz(updates: int, seed: int, database_url: str, redis_url: str | None = None, users: int = 40,
                   batch: int = 100) -> FuzzReport:
    errors = _Errors()
    root = logging.getLogger()
    root.addHandler(errors)
    report = FuzzReport(users=users)
    trees = load_trees()
    engine = Engine(trees, today=lambda: TODAY)
    menu = engine.menu()
    try:
        async with BotAPIDouble(token=TOKEN) as api:
            settings = Settings(bot_token=TOKEN, telegram_api_url=api.base_url, database_url=database_url, redis_url=redis_url,
                                reminders=False, throttle_limit=10, throttle_window=3.0, throttle_cooldown=1.0)
            app = await build_bot_app(settings, engine=engine)
            polls = len(api.calls("getUpdates"))
            task = asyncio.create_task(app.dispatcher.start_polling(app.bot, handle_signals=False, polling_timeout=1))
            try:
                await api.wait_until(lambda: len(api.calls("getUpdates")) > polls, what="polling to start")
                fuzzer = Fuzzer(api, seed, users)
                started = time.monotonic()
                while fuzzer.pushed < updates:
                    fuzzer.next_batch(min(batch, updates - fuzzer.pushed))
                    await _wait_drained(api, app.dispatcher)
                report.updates = fuzzer.pushed
                report.seconds = time.monotonic() - started

                # afterwards every user reaches the menu with /start (once any throttling cooled down)
                # (a flood's updates still count in the throttle's window while its cooldown
                # runs, so wait out both)
                await asyncio.sleep(settings.throttle_window + settings.throttle_cooldown + 0.5)
                for uid in fuzzer.users:
                    fuzzer.text(uid, "/start")
                await _wait_drained(api, app.dispatcher)
                # a user who deleted everything (/forget) and whose Telegram language is not one
                # of ours is asked the language first, as at a first contact: they answer it
                asked = 0
                for uid in fuzzer.users:
                    question = _language_question(api, uid)
                    if question is not None:
                        fuzzer.press(uid, question, question["reply_markup"]["inline_keyboard"][0][0]["callback_data"])
                        asked += 1
                if asked:
                    await _wait_drained(api, app.dispatcher)
                report.asked_language = asked
                sessions = app.dispatcher["conversation"].sessions
                for uid in fuzzer.users:
                    # the screen /start last showed: a message sent or edited in place (a
                    # later message, e.g. quotes, may sit below an edited screen); it must
                    # show the state saved for the user, and that state must be the menu
                    # (with a dialog left under way kept behind it, one ⬅️ away)
                    last = _last_screen(api, uid)
                    tokens = [parse_button_data(b.get("callback_data", "")) for r in last.get("inline_keyboard", []) for b in r]
                    raw = await sessions.load(uid)
                    saved = engine.resume(DialogState.from_dict(raw)) if raw else None
                    at_menu = bool(saved is not None and (saved.tree_id, saved.node, saved.history) == (menu.tree_id, menu.node, [])
                                   and tokens and tokens[0] and tokens[0][0] == state_token(saved))
                    report.users_at_menu += at_menu
                    if not at_menu:
                        report.not_at_menu.append((uid, api.sent_texts(uid)[-3:], [r.method for r in api.requests if str(r.params.get("chat_id")) == str(uid)][-4:],
                                                   saved.to_dict() if saved else None, tokens[:1], state_token(saved) if saved else None))
                group_ids = {g for g in fuzzer.groups} | {g - 5 for g in fuzzer.groups}
                report.sent_to_groups = sum(1 for r in api.requests if r.params.get("chat_id") in group_ids and r.method.startswith("send"))
                report.unanswered_callbacks = len(api.open_callbacks)
                report.violations = list(api.violations)
                report.requests = len(api.requests)
                slow = {app.dispatcher["conversation"].renderer.t(lang, "error-slow-down") for lang in ("ru", "kk", "en")}
                report.slow_down_notices = sum(1 for t in api.sent_texts() if t in slow)
            finally:
                await app.dispatcher.stop_polling()
                with contextlib.suppress(asyncio.CancelledError):
                    await asyncio.wait_for(task, 10)
                await app.close()
    finally:
        root.removeHandler(errors)
    report.errors = [f"{r.name}: {r.getMessage()}" + (f" [{type(r.exc_info[1]).__name__}: {r.exc_info[1]}]" if r.exc_info else "")
                     for r in errors.records]
    return report


async def _wait_drained(api: BotAPIDouble, dp, timeout: float = 60) -> None:
    """Wait until the bot has fetched every pushed update and finished handling them."""
    last_id = api._update_id
    # confirmed by the next getUpdates: by then aiogram has started a handler for each
    await api.wait_until(lambda: api.confirmed_offset > last_id, timeout=timeout, what="every update fetched")
    deadline = time.monotonic() + timeout
    while any(not t.done() for t in getattr(dp, "_handle_update_tasks", ())):
        if time.monotonic() > deadline:
            raise AssertionError("handlers still running")
        await asyncio.sleep(0.01)


def _language_question(api, uid: int) -> dict | None:
    """The bot's last message to `uid` if it is the first-contact language question."""
    mine = [m for m in api.chats[uid].values() if m["from"]["id"] == api.bot_user["id"] and m.get("reply_markup")]
    if not mine:
        return None
    last = mine[-1]
    first = last["reply_markup"]["inline_keyboard"][0][0] if last["reply_markup"].get("inline_keyboard") else {}
    return last if str(first.get("callback_data", "")).startswith(FIRST_LANGUAGE) else None


def _last_screen(api, uid: int) -> dict:
    """The keyboard of the last screen the bot sent or edited for `uid`."""
    for r in reversed(api.requests):
        if r.error is None and r.method in ("sendMessage", "editMessageText") and str(r.params.get("chat_id")) == str(uid):
            markup = r.params.get("reply_markup")
            if isinstance(markup, str):
                import json

                markup = json.loads(markup)
            if markup:
                return markup
    return {}
