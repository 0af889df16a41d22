"""Production processes besides the bot itself: the one-off schema upgrade and a
reminder dispatcher that runs on its own (so webhook processes only answer users)."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys

log = logging.getLogger("bot")


def run_migrate(settings) -> int:
    """`python -m bot migrate`: bring the database to this release's schema, once,
    before the bot processes start (they only check it)."""
    from storage.db import Database
    from storage.schema_state import ensure_schema

    async def go() -> str:
        from dialogs.law.dates import today_almaty
        from storage.tracking import TrackedItems

        database = Database(settings.database_url)
        try:
            reason = (await ensure_schema(database, migrate=True)).reason()
            # this release's reminder schedules reach the items saved under the last one
            planned = await TrackedItems(database).replan_all(today_almaty())
            return f"{reason}; reminders planned again for {planned} tracked items"
        finally:
            await database.close()

    print(asyncio.run(go()))
    return 0


async def reminder_pacer(settings):
    """The send rate: shared by every process through Redis when it is configured,
    else this process alone at REMINDER_RATE."""
    from bot.reminders import Pacer

    if settings.redis_url:
        from redis.asyncio import Redis

        from bot.ratelimit import SharedPacer

        return SharedPacer(Redis.from_url(settings.redis_url))
    return Pacer(per_second=settings.reminder_rate)


def retention_sweeper(settings, database):
    """The periodic deletion of dialog answers older than DIALOG_RETENTION_DAYS, run by
    the reminder process. With Redis it also drops those users' conversation state
    there (the bot's copy of the same answers); returns (sweeper, storage to close)."""
    from bot.privacy import RetentionSweeper, stale_dialog_clearer

    fsm = None
    if settings.redis_url:
        from bot.app import make_fsm_storage

        fsm = make_fsm_storage(settings.redis_url)
    bot_id = int(settings.bot_token.split(":")[0]) if settings.bot_token else 0
    on_purged = stale_dialog_clearer(fsm, bot_id) if fsm is not None else None
    return RetentionSweeper(database, settings.dialog_retention_days, settings.retention_sweep_seconds, on_purged=on_purged), fsm


def run_reminders(settings) -> int:
    """`python -m bot reminders`: deliver due reminders until SIGTERM or SIGINT."""
    from aiogram import Bot
    from aiogram.client.telegram import TelegramAPIServer

    from bot.app import build_engine, build_renderer
    from bot.reminders import ReminderDispatcher
    from storage.db import Database
    from storage.schema_state import SchemaNotCurrent, ensure_schema

    if not settings.bot_token:
        print("BOT_TOKEN is required to deliver reminders", file=sys.stderr)
        return 2
    from bot.app import setup_logging

    setup_logging(settings)

    async def go() -> int:
        database = Database(settings.database_url)
        try:
            await ensure_schema(database, migrate=False)
        except SchemaNotCurrent as e:
            print(str(e), file=sys.stderr)
            await database.close()
            return 1
        from bot.telegram.session import BotSession

        # the reminders' answers read without rebuilding their types (bot/telegram/session.py)
        session = BotSession(api=TelegramAPIServer.from_base(settings.telegram_api_url)) if settings.telegram_api_url else BotSession()
        bot = Bot(settings.bot_token, session=session)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        dispatcher = ReminderDispatcher(database, bot, build_renderer(), build_engine(), pacer=await reminder_pacer(settings))
        from bot import heap

        await heap.settle()  # the start-up heap frozen, the collector resumed
        log.info("reminder dispatcher %s started", dispatcher.worker)
        sweeper, fsm = retention_sweeper(settings, database)
        try:
            await asyncio.gather(dispatcher.run_forever(stop), sweeper.run_forever(stop))
        finally:
            if fsm is not None:
                await fsm.close()
            await bot.session.close()
            await database.close()
        return 0

    return asyncio.run(go())
