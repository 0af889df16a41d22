"""Wiring: build the engine, renderer, storage and dispatcher once, then run a front end."""

from __future__ import annotations

import asyncio
import logging
import sys
from dataclasses import dataclass

from dialogs.engine import Engine
from dialogs.i18n import default_localizer
from dialogs.loader import load_trees
from dialogs.render import Renderer

log = logging.getLogger("bot")


def build_engine(today=None) -> Engine:
    return Engine(load_trees(), today=today) if today else Engine(load_trees())


def build_renderer() -> Renderer:
    return Renderer(default_localizer())


# The terminal chat's user in the database; Telegram ids are positive, so 0 never clashes.
CHAT_USER_ID = 0


def build_chat(lang: str, service: str | None, today=None, resume: bool = False) -> int:
    """The terminal chat, saving its session in the same database as the bot
    (SQLite by default), so `--resume` continues where the last chat stopped."""
    from bot.chat import run_chat
    from bot.config import Settings
    from dialogs.engine import DialogState
    from storage.db import Database
    from storage.repositories import DialogSessions, Users

    engine = build_engine((lambda: today) if today else None)
    if service and service not in engine.trees:
        print(f"unknown service {service!r}; known: {', '.join(sorted(engine.trees))}", file=sys.stderr)
        return 2
    with asyncio.Runner() as runner:
        database = Database(Settings().database_url)
        runner.run(database.migrate())
        users, sessions = Users(database), DialogSessions(database)
        runner.run(users.ensure(CHAT_USER_ID, lang))
        saved = runner.run(sessions.load(CHAT_USER_ID)) if resume else None
        start_state = None
        if saved:
            try:
                start_state = engine.resume(DialogState.from_dict(saved))
            except KeyError:
                start_state = None

        def on_state(state, chat_lang) -> None:
            if state is None:
                runner.run(sessions.clear(CHAT_USER_ID))
            else:
                runner.run(sessions.save(CHAT_USER_ID, state.to_dict()))

        from bot.tracking import Tracking

        renderer = build_renderer()
        tracking = Tracking(database, renderer, engine.today)

        class SyncTracking:
            """The chat is synchronous; tracking is async: run each call to completion."""

            def save(self, track, chat_lang):
                return runner.run(tracking.save(CHAT_USER_ID, track, chat_lang))

            def status(self, chat_lang):
                statuses = runner.run(tracking.statuses(CHAT_USER_ID, chat_lang))
                return tracking.status_text(statuses, chat_lang, with_buttons=False)

            def calendar(self, chat_lang):
                return runner.run(tracking.calendar(CHAT_USER_ID, chat_lang))

            def roster(self, data, chat_lang):
                return runner.run(tracking.import_roster(CHAT_USER_ID, data, chat_lang))

        try:
            return run_chat(engine, renderer, lang, service, on_state=on_state, start_state=start_state, tracking=SyncTracking())
        finally:
            runner.run(database.close())


# -- Telegram -------------------------------------------------------------------

@dataclass
class BotApp:
    bot: "Bot"
    dispatcher: "Dispatcher"
    database: "Database"

    async def close(self) -> None:
        sessions = self.dispatcher["conversation"].sessions
        await sessions.flush()  # nothing written behind is left unwritten
        sessions.cancel()
        await self.dispatcher.storage.close()
        await self.bot.session.close()
        await self.database.close()


def make_fsm_storage(redis_url: str | None):
    """Conversation state: in memory by default, Redis when a URL is given."""
    if redis_url:
        from aiogram.fsm.storage.redis import RedisStorage
        from redis.asyncio import Redis
        from redis.asyncio.retry import Retry
        from redis.backoff import ExponentialBackoff
        from redis.exceptions import ConnectionError as RedisConnectionError, TimeoutError as RedisTimeoutError

        # A dropped connection (a Redis restart, a network blip) is retried on a fresh
        # one instead of failing the user's step.
        client = Redis.from_url(
            redis_url,
            retry=Retry(ExponentialBackoff(cap=1.0, base=0.05), 3),
            retry_on_error=[RedisConnectionError, RedisTimeoutError],
            health_check_interval=30,
        )
        return RedisStorage(redis=client, state_ttl=None, data_ttl=None)
    from aiogram.fsm.storage.memory import MemoryStorage

    return MemoryStorage()


async def build_bot_app(settings, engine: Engine | None = None, session=None) -> BotApp:
    from aiogram import Bot, Dispatcher
    from aiogram.client.default import DefaultBotProperties
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer

    from bot.telegram.conversation import Conversation
    from bot.telegram.errors import install_error_handler
    from bot.telegram.handlers import root_router
    from bot.telegram.middlewares import UserLanguageMiddleware
    from storage.db import Database, wait_for_database
    from storage.repositories import BufferedDialogSessions, Users

    from bot.tracking import Tracking

    database = Database(settings.database_url)
    await wait_for_database(database)  # a database still starting up is waited for, with backoff
    users = Users(database)
    renderer = build_renderer()
    engine = engine or build_engine()
    conversation = Conversation(engine, renderer, BufferedDialogSessions(database))
    tracking = Tracking(database, renderer, engine.today)

    if session is None and settings.telegram_api_url:
        session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api_url))
    bot = Bot(settings.bot_token, session=session, default=DefaultBotProperties(parse_mode=None, link_preview_is_disabled=True))

    from bot.staff_links import secret_from
    from storage.staff import Staff

    dp = Dispatcher(
        storage=make_fsm_storage(settings.redis_url), conversation=conversation, users=users, tracking=tracking,
        staff=Staff(database, settings.admin_id_set), link_secret=secret_from(settings.link_secret, settings.bot_token),
    )
    # on the update, so that error handlers also know the user's language
    dp.update.outer_middleware(UserLanguageMiddleware(users, renderer.l10n))
    dp.include_router(root_router())
    install_error_handler(dp, renderer)
    dp.shutdown.register(_drain_in_flight_updates)

    async def flush_sessions(**_) -> None:
        await conversation.sessions.flush()

    dp.shutdown.register(flush_sessions)
    if settings.reminders:
        _run_reminders_with(dp, database, bot, renderer, engine, settings.reminder_rate)
    return BotApp(bot, dp, database)


def _run_reminders_with(dp, database, bot, renderer, engine, rate: float) -> None:
    """The reminder dispatcher runs beside polling or the webhook, started and
    stopped with them. Several bot processes may run it: claims are exclusive."""
    from bot.reminders import Pacer, ReminderDispatcher

    stop = asyncio.Event()
    state: dict = {}

    async def start(**_) -> None:
        dispatcher = ReminderDispatcher(database, bot, renderer, engine, pacer=Pacer(per_second=rate))
        state["task"] = asyncio.create_task(dispatcher.run_forever(stop))

    async def finish(**_) -> None:
        stop.set()
        if "task" in state:
            await asyncio.wait([state["task"]], timeout=10)

    dp.startup.register(start)
    dp.shutdown.register(finish)


async def _drain_in_flight_updates(dispatcher) -> None:
    """On shutdown, let updates already being handled finish (at most 10 s) before
    aiogram closes the bot session and we close storage: a redeploy must not cut a
    user's step in half. aiogram keeps these tasks in a private set."""
    tasks = [t for t in getattr(dispatcher, "_handle_update_tasks", ()) if not t.done()]
    if tasks:
        await asyncio.wait(tasks, timeout=10)


async def _polling(settings) -> None:
    from bot.telegram.commands_menu import set_commands

    app = await build_bot_app(settings)
    try:
        await set_commands(app.bot, build_renderer())
        await app.bot.delete_webhook(drop_pending_updates=False)
        await app.dispatcher.start_polling(app.bot, handle_signals=True)
    finally:
        await app.close()


def run_polling(settings) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    asyncio.run(_polling(settings))
    return 0


async def build_webhook_app(settings, engine: Engine | None = None, session=None):
    """The aiohttp application that receives Telegram's updates at WEBHOOK_PATH
    (checking WEBHOOK_SECRET) and registers the webhook on startup."""
    from aiohttp import web
    from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application

    from bot.telegram.commands_menu import set_commands

    app = await build_bot_app(settings, engine=engine, session=session)

    async def on_startup(**_) -> None:
        await set_commands(app.bot, build_renderer())
        await app.bot.set_webhook(settings.webhook_url + settings.webhook_path, secret_token=settings.webhook_secret)

    app.dispatcher.startup.register(on_startup)
    web_app = web.Application()
    SimpleRequestHandler(app.dispatcher, app.bot, secret_token=settings.webhook_secret).register(web_app, path=settings.webhook_path)
    setup_application(web_app, app.dispatcher, bot=app.bot)

    async def close(_web_app) -> None:
        await app.close()

    web_app.on_cleanup.append(close)
    return web_app


def run_webhook(settings) -> int:
    """The same bot behind a webhook: Telegram posts updates to WEBHOOK_URL + WEBHOOK_PATH."""
    from aiohttp import web

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    if not (settings.bot_token and settings.webhook_url):
        print("BOT_TOKEN and WEBHOOK_URL are required for the webhook", file=sys.stderr)
        return 2
    web.run_app(build_webhook_app(settings), host=settings.webhook_host, port=settings.webhook_port)
    return 0
