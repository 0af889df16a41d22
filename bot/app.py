"""Wiring: build the engine, renderer, storage and dispatcher once, then run a front end."""

from __future__ import annotations

import asyncio
import gc
import logging
import sys
from dataclasses import dataclass

from dialogs.runtime.engine import Engine
from dialogs.runtime.i18n import default_localizer
from dialogs.model.loader import load_trees
from dialogs.runtime.render import Renderer

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
    from dialogs.runtime.engine import DialogState
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
        from bot.employer import Employers

        employers = Employers(database, renderer, engine, engine.today)

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
                return runner.run(employers.import_roster(CHAT_USER_ID, data, chat_lang))

            def workers(self, chat_lang):
                lines = runner.run(employers.table(CHAT_USER_ID))
                return "\n\n".join(page.text for page in employers.pages(lines, chat_lang))

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
        analytics = self.dispatcher["conversation"].analytics
        if analytics is not None:
            await analytics.events.close()
        await self.dispatcher.storage.close()
        await self.bot.session.close()
        await self.database.close()


def make_event_isolation(storage):
    """One update at a time per user (per chat and user, as the FSM key): two quick
    messages are applied in order, the second to the question the first led to.
    A Redis lock when the state is in Redis (several processes), else in memory."""
    from aiogram.fsm.storage.memory import SimpleEventIsolation
    from aiogram.fsm.storage.redis import RedisStorage

    if isinstance(storage, RedisStorage):
        return storage.create_isolation()
    return SimpleEventIsolation()


def make_dialog_sessions(database, durable_fsm: bool):
    """The database copy of each user's dialog, the one a restarted bot resumes from.

    A screen goes out only after the state it shows is durable. With Redis the FSM
    write is the durable one and the database is written behind in batches; with
    the state in memory nothing else survives a crash, so each step is written to
    the database before its screen is sent."""
    from storage.repositories import BufferedDialogSessions

    if durable_fsm:
        return BufferedDialogSessions(database)

    class WriteThroughDialogSessions(BufferedDialogSessions):
        async def save(self, user_id: int, state: dict) -> None:
            await self.save_now(user_id, state)

        async def clear(self, user_id: int) -> None:
            await self.save_now(user_id, None)

    return WriteThroughDialogSessions(database)


def make_fsm_storage(redis_url: str | None):
    """Conversation state: in memory by default, Redis when a URL is given."""
    if redis_url:
        from aiogram.fsm.storage.redis import RedisStorage
        from redis.asyncio import Redis
        from redis.asyncio.retry import Retry
        from redis.backoff import ExponentialBackoff
        from redis.driver_info import DriverInfo
        from redis.exceptions import ConnectionError as RedisConnectionError, TimeoutError as RedisTimeoutError

        # A dropped connection (a Redis restart, a network blip) is retried on a fresh
        # one instead of failing the user's step. One DriverInfo for the pool: without
        # it redis-py looks its own version up in the installed packages' metadata for
        # every new connection (~1 ms each), and a burst of users opens hundreds.
        client = Redis.from_url(
            redis_url,
            retry=Retry(ExponentialBackoff(cap=1.0, base=0.05), 3),
            retry_on_error=[RedisConnectionError, RedisTimeoutError],
            health_check_interval=30,
            driver_info=DriverInfo(),
        )
        return RedisStorage(redis=client, state_ttl=None, data_ttl=None)
    from aiogram.fsm.storage.memory import MemoryStorage

    return MemoryStorage()


async def build_bot_app(settings, engine: Engine | None = None, session=None, pacer=None, clock=None) -> BotApp:
    """`pacer` (the send rate shared by reminders and hand-offs; default from the
    settings) and `clock` (UTC now, for working hours) are for tests."""
    from aiogram import Bot, Dispatcher
    from aiogram.client.default import DefaultBotProperties
    from aiogram.client.telegram import TelegramAPIServer

    from bot.telegram.conversation import Conversation
    from bot.telegram.errors import install_error_handler
    from bot.telegram.handlers import routers
    from bot.telegram.middlewares import UserLanguageMiddleware
    from bot.telegram.requests import ExpectedErrors, MarkHandling, RetryAfter
    from bot.telegram.session import BotSession
    from bot.telegram.throttling import MemoryThrottle, RedisThrottle, ThrottlingMiddleware
    from storage.repositories import Users

    from bot.tracking import Tracking

    # a database still starting up is waited for, with backoff; then the schema must be
    # this release's (migrated here, or by `python -m bot migrate` before the processes)
    from storage.schema_state import open_database

    database = await open_database(settings.database_url, settings.migrate_on_start)
    if settings.migrate_on_start:
        # the pilot's single process migrates itself: as `python -m bot migrate` does, the
        # reminders of saved items are planned again under this release's schedules
        from dialogs.law.dates import today_almaty
        from storage.tracking import TrackedItems

        await TrackedItems(database).replan_all(today_almaty())
    users = Users(database)
    renderer = build_renderer()
    engine = engine or build_engine()
    fsm_storage = make_fsm_storage(settings.redis_url)
    from bot.analytics import Analytics
    from bot.observability import Metrics
    from storage.analytics import AnalyticsLog

    metrics = Metrics()
    # where people get stuck: events without user ids, written behind in batches
    analytics = Analytics(engine, AnalyticsLog(database), metrics)
    conversation = Conversation(engine, renderer, make_dialog_sessions(database, durable_fsm=bool(settings.redis_url)), analytics,
                                ask_person=bool(settings.operators_chat_id))
    tracking = Tracking(database, renderer, engine.today)
    from bot.employer import Employers

    employers = Employers(database, renderer, engine, engine.today)

    if session is None:
        session = BotSession(api=TelegramAPIServer.from_base(settings.telegram_api_url)) if settings.telegram_api_url else BotSession()
    session.middleware(RetryAfter())
    session.middleware(ExpectedErrors())
    bot = Bot(settings.bot_token, session=session, default=DefaultBotProperties(parse_mode=None, link_preview_is_disabled=True))

    from bot.observability import MetricsMiddleware
    from bot.staff_links import secret_from
    from bot.web.signin import StaffWeb
    from storage.analytics import AnalyticsQueries
    from storage.staff import Staff

    dp = Dispatcher(
        storage=fsm_storage, events_isolation=make_event_isolation(fsm_storage), conversation=conversation, users=users, tracking=tracking, employers=employers,
        staff=Staff(database, settings.admin_id_set), link_secret=secret_from(settings.link_secret, settings.bot_token),
        metrics=metrics, analytics=analytics, stats=AnalyticsQueries(database),
        staff_web=StaffWeb(settings.web_url, secret_from(settings.link_secret, settings.bot_token)), handoff=None,
    )
    if settings.operators_chat_id:
        from bot.handoff import HandoffDesk, utcnow

        dp["handoff"] = HandoffDesk(database, renderer, engine, settings.operators_chat_id, settings.operators_language, clock=clock or utcnow)
    dp.update.outer_middleware(MetricsMiddleware(dp["metrics"]))
    if settings.redis_url:
        throttle = RedisThrottle(fsm_storage.redis, settings.throttle_limit, settings.throttle_window, settings.throttle_cooldown)
    else:
        throttle = MemoryThrottle(settings.throttle_limit, settings.throttle_window, settings.throttle_cooldown)

    from bot.privacy import Privacy

    dp["privacy"] = Privacy(database, users, conversation.sessions, fsm_storage, throttle, settings.dialog_retention_days)

    async def language_of(tg_user) -> str:
        user = await users.get(tg_user.id)
        return user.language if user else renderer.l10n.resolve_lang(tg_user.language_code)

    # throttling goes before aiogram's FSM middleware, which holds the per-user lock;
    # ours is aiogram's with the data read once per update (bot/telegram/fsm.py)
    from bot.telegram.fsm import UpdateFSMMiddleware

    dp.update.outer_middleware.unregister(dp.fsm)
    dp.fsm = UpdateFSMMiddleware(storage=dp.fsm.storage, strategy=dp.fsm.strategy, events_isolation=dp.fsm.events_isolation)
    dp.update.outer_middleware(MarkHandling())
    dp.update.outer_middleware(ThrottlingMiddleware(throttle, lambda lang: renderer.t(lang, "error-slow-down"), language_of))
    dp.update.outer_middleware(dp.fsm)
    # on the update, so that error handlers also know the user's language
    dp.update.outer_middleware(UserLanguageMiddleware(users, renderer.l10n))
    dp.include_routers(*routers())
    install_error_handler(dp, renderer)
    from bot import heap

    dp.startup.register(heap.settle)  # the start-up heap frozen, the collector resumed (bot/heap.py)
    dp.shutdown.register(_drain_in_flight_updates)

    async def flush_sessions(**_) -> None:
        await conversation.sessions.flush()
        await analytics.events.flush()

    dp.shutdown.register(flush_sessions)
    pacers: list = [pacer] if pacer is not None else []

    async def shared_pacer():
        """One send rate for the reminders and the hand-offs of this process (and, with
        Redis, of every process)."""
        if not pacers:
            from bot.processes import reminder_pacer

            pacers.append(await reminder_pacer(settings))
        return pacers[0]

    if settings.reminders:
        _run_reminders_with(dp, database, bot, renderer, engine, shared_pacer, settings)
    if dp["handoff"] is not None:
        _run_handoff_relay_with(dp, database, bot, shared_pacer)
    return BotApp(bot, dp, database)


def _run_handoff_relay_with(dp, database, bot, shared_pacer) -> None:
    """Every bot process delivers the hand-off outbox (claims are exclusive); a
    message queued here wakes this process's relay at once."""
    from bot.handoff import HandoffRelay

    desk = dp["handoff"]
    stop = asyncio.Event()
    state: dict = {}

    async def start(**_) -> None:
        desk.relay = HandoffRelay(database, bot, desk.chat_id, await shared_pacer(), desk.topic_title, clock=desk.clock)
        state["task"] = asyncio.create_task(desk.relay.run_forever(stop))

    async def finish(**_) -> None:
        stop.set()
        if "task" in state:
            await asyncio.wait([state["task"]], timeout=10)

    dp.startup.register(start)
    dp.shutdown.register(finish)


def _run_reminders_with(dp, database, bot, renderer, engine, shared_pacer, settings) -> None:
    """The reminder dispatcher runs beside polling or the webhook, started and
    stopped with them. Several bot processes may run it: claims are exclusive, and
    with Redis they share one send rate."""
    from bot.privacy import RetentionSweeper, stale_dialog_clearer
    from bot.reminders import ReminderDispatcher

    stop = asyncio.Event()
    state: dict = {}

    async def start(**_) -> None:
        dispatcher = ReminderDispatcher(database, bot, renderer, engine, pacer=await shared_pacer())
        dp["metrics"].watch_reminders(dispatcher.stats)
        state["task"] = asyncio.create_task(dispatcher.run_forever(stop))
        # the retention of dialog answers runs where reminders run: one place per deployment
        sweeper = RetentionSweeper(database, settings.dialog_retention_days, settings.retention_sweep_seconds,
                                   on_purged=stale_dialog_clearer(dp.storage, bot.id))
        state["sweep"] = asyncio.create_task(sweeper.run_forever(stop))

    async def finish(**_) -> None:
        stop.set()
        tasks = [state[k] for k in ("task", "sweep") if k in state]
        if tasks:
            await asyncio.wait(tasks, timeout=10)

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


def setup_logging(settings) -> None:
    if settings.log_format == "json":
        from bot.observability import use_json_logs

        use_json_logs(key=settings.link_secret or settings.bot_token or "")
    else:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s [%(process)d] %(levelname)s %(name)s %(message)s")


def run_polling(settings) -> int:
    from storage.schema_state import SchemaNotCurrent

    setup_logging(settings)
    try:
        asyncio.run(_polling(settings))
    except SchemaNotCurrent as e:
        print(str(e), file=sys.stderr)
        return 1
    return 0


def _update_request_handler():
    from aiohttp import web
    from aiogram.types import Update
    from aiogram.webhook.aiohttp_server import SimpleRequestHandler

    class UpdateRequestHandler(SimpleRequestHandler):
        """Telegram's POST is answered only after the update is handled, so that an
        update in flight when the process dies is delivered again (Telegram retries
        until it gets a 2xx). A body that is not JSON or not an update is answered 400
        at once, with no traceback and no background task."""

        def __init__(self, dispatcher, bot, **kwargs):
            super().__init__(dispatcher, bot, handle_in_background=False, **kwargs)

        async def handle(self, request: web.Request) -> web.Response:
            bot = await self.resolve_bot(request)
            if not self.verify_secret(request.headers.get("X-Telegram-Bot-Api-Secret-Token", ""), bot):
                return web.Response(body="Unauthorized", status=401)
            try:
                update = Update.model_validate(await request.json(loads=bot.session.json_loads), context={"bot": bot})
            except ValueError:  # invalid JSON, or JSON that is not an update (pydantic's error is a ValueError)
                log.warning("webhook: a request body that is not a Telegram update was refused")
                return web.Response(status=400, text="not a Telegram update")
            result = await self.dispatcher.feed_webhook_update(bot, update, **self.data)
            return web.Response(body=self._build_response_writer(bot=bot, result=result))

    return UpdateRequestHandler


MENUS_AFTER = 2.0  # seconds after a webhook process starts: its command menus are set then


async def build_webhook_app(settings, engine: Engine | None = None, session=None):
    """The aiohttp application that receives Telegram's updates at WEBHOOK_PATH
    (checking WEBHOOK_SECRET) and registers the webhook on startup."""
    from aiohttp import web
    from aiogram.webhook.aiohttp_server import setup_application

    from bot.telegram.commands_menu import set_commands

    UpdateRequestHandler = _update_request_handler()

    app = await build_bot_app(settings, engine=engine, session=session)

    menus: set = set()

    async def set_menus() -> None:
        # a command menu per language (seven calls, and their types built on first use)
        # would compete with the first updates for the CPU: set a moment later
        await asyncio.sleep(MENUS_AFTER)
        try:
            await set_commands(app.bot, build_renderer())
        except Exception:  # noqa: BLE001 - the menus are set again at the next start
            logging.getLogger(__name__).exception("command menus not set")

    async def on_startup(**_) -> None:
        # only the updates some handler reads, as polling asks for them
        await app.bot.set_webhook(settings.webhook_url + settings.webhook_path, secret_token=settings.webhook_secret,
                                  allowed_updates=app.dispatcher.resolve_used_update_types())
        task = asyncio.ensure_future(set_menus())
        menus.add(task)
        task.add_done_callback(menus.discard)

    app.dispatcher.startup.register(on_startup)
    web_app = web.Application()
    from bot.observability import add_routes

    storage = app.dispatcher.storage
    add_routes(web_app, app.dispatcher["metrics"], app.database, getattr(storage, "redis", None))
    UpdateRequestHandler(app.dispatcher, app.bot, secret_token=settings.webhook_secret).register(web_app, path=settings.webhook_path)
    setup_application(web_app, app.dispatcher, bot=app.bot)

    async def close(_web_app) -> None:
        # a process stopped before (or while) its menus are set: the task goes first, not
        # on into a closed session and an error in the log
        for task in list(menus):
            task.cancel()
        await asyncio.gather(*menus, return_exceptions=True)
        await app.close()

    web_app.on_cleanup.append(close)
    return web_app


def run_webhook(settings, workers: int = 1) -> int:
    """The same bot behind a webhook: Telegram posts updates to WEBHOOK_URL + WEBHOOK_PATH.
    With `workers` > 1, that many identical processes share the port (SO_REUSEPORT: the
    kernel spreads connections over them); or run several on their own ports behind a
    reverse proxy."""
    if not (settings.bot_token and settings.webhook_url):
        print("BOT_TOKEN and WEBHOOK_URL are required for the webhook", file=sys.stderr)
        return 2
    if workers <= 1:
        return _serve_webhook(settings, reuse_port=False)
    import shutil

    metrics_dir = _shared_metrics_dir()
    try:
        return _run_workers(settings, workers)
    finally:
        if metrics_dir is not None:
            shutil.rmtree(metrics_dir, ignore_errors=True)


def _run_workers(settings, workers: int) -> int:
    import multiprocessing
    import signal

    from storage.schema_state import SchemaNotCurrent

    if "fork" in multiprocessing.get_all_start_methods():
        # preload, as gunicorn's preload_app: import and build once here, then fork, so
        # the workers start from this process's memory instead of each importing again
        setup_logging(settings)
        try:
            _preload_webhook(settings)
        except SchemaNotCurrent as e:
            print(str(e), file=sys.stderr)
            return 1
        # one full pass sorts out start-up's leftovers (bot/heap.py); what the workers
        # inherit is then never walked by their collectors, so its pages stay shared
        # (Python's advice for fork without exec: gc.freeze before fork)
        gc.collect()
        gc.freeze()
        ctx = multiprocessing.get_context("fork")
    else:
        ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_serve_webhook, args=(settings, True), name=f"webhook-{i}") for i in range(workers)]
    for p in procs:
        p.start()

    def forward(signum, _frame) -> None:
        for p in procs:
            if p.is_alive():
                p.terminate()  # SIGTERM: each drains its updates in flight and stops

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    for p in procs:
        p.join()
    return max((p.exitcode or 0) for p in procs)


def _shared_metrics_dir() -> str | None:
    """Workers on one port answer scrapes in turn: their metrics go to files in one
    directory (prometheus_client's multiprocess mode), summed at each scrape. The
    variable must be set before prometheus_client is first imported; a directory the
    operator set is used as it is. Returns the directory made here (to remove at exit)."""
    import os
    import tempfile

    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        return None
    if "prometheus_client" in sys.modules:  # too late to switch: each worker reports its own
        log.warning("metrics: each worker reports its own figures (prometheus_client imported before the workers)")
        return None
    path = tempfile.mkdtemp(prefix="bot-metrics-")
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = path
    return path


def _preload_webhook(settings) -> None:
    """Everything a webhook worker imports, and the aiogram types every update needs,
    built before forking: the application is built once (schema checked, trees and
    locales loaded) and closed again, so no connection or loop is inherited."""
    from aiogram.methods import AnswerCallbackQuery, DeleteMessage, EditMessageReplyMarkup, EditMessageText, SendMessage
    from aiogram.types import Message, Update

    async def build_and_close() -> None:
        web_app = await build_webhook_app(settings)
        for cleanup in web_app.on_cleanup:
            await cleanup(web_app)

    asyncio.run(build_and_close())
    for model in (Update, Message, SendMessage, EditMessageText, EditMessageReplyMarkup, AnswerCallbackQuery, DeleteMessage):
        model.model_rebuild()  # built on first use otherwise (bot/lazy_types.py): once here for all workers
    from bot.telegram import session

    session.keep(SendMessage, EditMessageText, EditMessageReplyMarkup, AnswerCallbackQuery, DeleteMessage)


def _serve_webhook(settings, reuse_port: bool) -> int:
    from bot import heap

    heap.pause_collector()  # a forked worker too: the parent's timer did not come with the fork
    from aiohttp import web

    from storage.schema_state import SchemaNotCurrent

    setup_logging(settings)
    try:
        from bot.observability import AccessLog  # no query string, no Referer in the log

        web.run_app(build_webhook_app(settings), host=settings.webhook_host, port=settings.webhook_port, reuse_port=reuse_port or None,
                    access_log_class=AccessLog)
    except SchemaNotCurrent as e:
        print(str(e), file=sys.stderr)
        return 1
    return 0
