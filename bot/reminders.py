"""Reminder delivery: claim due rows from the outbox, send them paced, mark them.

- Paced under Telegram's limits: at most 30 messages a second in all and one a
  second per chat (`Pacer`).
- Telegram's 429 is obeyed: the row goes back with its retry_after and every
  sender of this dispatcher waits that long.
- 403 (the user blocked the bot): the user is marked inactive and nothing more is
  sent to them.
- Other failures retry with capped exponential backoff, then give up ("failed").
- Only between 09:00 and 20:00 in Almaty: a reminder due at night waits for morning.
- Written at delivery: one that arrives after its day (the night, an outage, a retry,
  ⏰) says the day it was for and where the item stands today, never "today" of a day gone.
- One late message per item: several late reminders of one item due at once go out as
  one, naming their days; the others are superseded at the claim
  (storage.tracking.ReminderOutbox.claim), across batches and dispatchers. A reminder on
  its own day is never folded into it.
- A dispatcher that dies between claim and send loses nothing: the lease runs out
  and another claim takes the row. Its worker id is stable across restarts (the host
  name and REMINDER_WORKER_ID, else the process id), so a restarted dispatcher takes
  back its own claimed rows at once instead of waiting out the lease. Two processes
  on one host must not share a REMINDER_WORKER_ID.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import socket
import time
from typing import Callable

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramForbiddenError, TelegramNetworkError, TelegramRetryAfter
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from dialogs.runtime.engine import Engine
from dialogs.runtime.render import Renderer
from dialogs.law.dates import ALMATY
from dialogs.tracking.grounds import grounds as cited
from dialogs.tracking.schedule import default_schedules, plan, within_quiet_hours
from storage.db import Database
from storage.models import TrackedItem
from storage.repositories import Users
from storage.employers import digest_start
from storage.tracking import ClaimedReminder, ReminderOutbox, TrackedItems, parse_inputs

from .tracking import Tracking, item_title

log = logging.getLogger(__name__)
UTC = dt.timezone.utc

MAX_ATTEMPTS = 8
BACKOFF_FIRST = dt.timedelta(seconds=30)
BACKOFF_CAP = dt.timedelta(hours=1)


def utcnow() -> dt.datetime:
    return dt.datetime.now(UTC)


def stable_worker_id() -> str:
    """The host name and REMINDER_WORKER_ID (or, unset, the process id): the same
    after a restart, different for every process running at the same time."""
    own = os.environ.get("REMINDER_WORKER_ID") or str(os.getpid())
    return f"{socket.gethostname()[:40]}-{own[:20]}"


# worker ids that already took back their rows in this process: a second dispatcher
# with the same id in the same process must not take rows the first is sending
_RECLAIMED: set[str] = set()


class Pacer:
    """At most `per_second` sends in all, one per private chat every `per_chat`
    seconds and `per_group_minute` a minute per group (negative chat ids: the
    operators' forum group of the hand-offs)."""

    def __init__(self, per_second: float = 30, per_chat: float = 1.0, clock: Callable[[], float] = time.monotonic,
                 per_group_minute: float = 20, sleep=None):
        self.interval = 1.0 / per_second + 1e-6  # never a 31st message inside any second
        self.per_chat = per_chat
        self.group_interval = 60.0 / per_group_minute + 1e-6
        self.clock = clock
        self.sleep = sleep  # None: asyncio.sleep (looked up when sleeping)
        self._next_global = 0.0
        self._next_chat: dict[int, float] = {}
        self._paused_until = 0.0
        self._lock = asyncio.Lock()

    def pause(self, seconds: float) -> None:
        self._paused_until = max(self._paused_until, self.clock() + seconds)

    async def wait(self, chat_id: int) -> None:
        async with self._lock:
            now = self.clock()
            at = max(now, self._next_global, self._next_chat.get(chat_id, 0.0), self._paused_until)
            self._next_global = at + self.interval
            self._next_chat[chat_id] = at + (self.group_interval if chat_id < 0 else self.per_chat)
            if len(self._next_chat) > 10_000:  # forget chats that are long past
                self._next_chat = {c: t for c, t in self._next_chat.items() if t > now}
        delay = at - self.clock()
        if delay > 0:
            await (self.sleep or asyncio.sleep)(delay)


def reminder_buttons(renderer: Renderer, lang: str, reminder_id: int, snooze: bool = True) -> InlineKeyboardMarkup:
    """📋 status and 📜 the verbatim quotes behind its grounds; ⏰ tomorrow (not on a last
    day to act: tomorrow would be too late); ✅ done."""
    t = renderer.t
    second = [InlineKeyboardButton(text=t(lang, "button-reminder-done"), callback_data=f"r:d:{reminder_id}")]
    if snooze:
        second.insert(0, InlineKeyboardButton(text=t(lang, "button-reminder-snooze"), callback_data=f"r:s:{reminder_id}"))
    first = [InlineKeyboardButton(text=t(lang, "button-reminder-open"), callback_data=f"r:o:{reminder_id}"),
             InlineKeyboardButton(text=t(lang, "button-quotes"), callback_data=f"r:q:{reminder_id}")]
    return InlineKeyboardMarkup(inline_keyboard=[first, second])


def planned_occasion(item: TrackedItem, occasion: str):
    """The item's occasion as its schedule plans it now (None: no longer in the plan)."""
    schedule = default_schedules().get((item.service, item.kind))
    if schedule is None:
        return None
    return next((p for p in plan(schedule, parse_inputs(item.inputs)) if p.occasion == occasion), None)


def digest_buttons(renderer: Renderer, lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=renderer.t(lang, "button-workers-open"), callback_data="w:o")],
                         [digest_toggle(renderer, lang, on=True)]]
    )


def digest_toggle(renderer: Renderer, lang: str, on: bool) -> InlineKeyboardButton:
    """The button that turns the daily digest off (while it is on) or on again."""
    if on:
        return InlineKeyboardButton(text=renderer.t(lang, "button-digest-off"), callback_data="w:d:0")
    return InlineKeyboardButton(text=renderer.t(lang, "button-digest-on"), callback_data="w:d:1")


def reminder_text(renderer: Renderer, lang: str, item: TrackedItem, occasion: str) -> str | None:
    """The reminder in the user's language with its grounds, or None if the
    occasion is no longer in the item's plan (the item was edited)."""
    p = planned_occasion(item, occasion)
    return None if p is None else render_reminder(renderer, lang, item, p)


def render_reminder(renderer: Renderer, lang: str, item: TrackedItem, p) -> str:
    """A planned occasion of the item as its message: what the item is, the text, then
    its grounds."""
    head = "🔔 " + item_title(renderer, lang, item) + "\n"
    body = renderer.t(lang, p.text, **p.args)
    grounds = renderer.grounds(lang, cited(item.service, p.cite, p.due_on))
    return head + body + ("\n\n" + grounds if grounds else "")


def is_late(p, today: dt.date) -> bool:
    """The occasion's day (the day its text was written for) is gone: a reminder held
    back by the night, an outage, a retry or ⏰ must not call it "today"."""
    return p.due_on < today


def render_late_reminder(renderer: Renderer, tracking: Tracking, lang: str, item: TrackedItem, p,
                         today: dt.date, earlier: list[dt.date] | tuple = ()) -> tuple[str, bool]:
    """A planned occasion delivered after its day: the day it was for (with `earlier`,
    the days of the item's late reminders it speaks for too: all of them), then where the
    item stands today as /status says it (Tracking._where, today's dates, the next
    reminder), then the grounds of that line (what it states, not what the occasion's
    own text stated); never the occasion's own text, which speaks of its day as today.
    Also whether the item is over (its last day gone): then the ⌛ line carries the
    grounds of what that means, as in /status, and they stand alone (a second "Grounds"
    block for a day gone would only confuse)."""
    t = renderer.t
    schedule = default_schedules()[(item.service, item.kind)]
    inputs = parse_inputs(item.inputs)
    where, ended, _, line_grounds = tracking._where(lang, item.service, schedule, inputs, today)
    upcoming = [q.due_on for q in plan(schedule, inputs) if q.due_on >= today]
    tail = t(lang, "status-next-reminder", date=upcoming[0]) if upcoming else t(lang, "status-no-reminders")
    head = "🔔 " + item_title(renderer, lang, item) + "\n"
    days = sorted({*earlier, p.due_on})
    if len(days) == 1:
        late = t(lang, "reminder-late", date=p.due_on, today=today)
    else:
        late = t(lang, "reminder-late-days", dates=", ".join(d.strftime("%d.%m.%Y") for d in days), today=today)
    body = late + "\n" + (where + "\n" if where else "") + "🔔 " + tail
    grounds = "" if ended else renderer.grounds(lang, line_grounds)
    return head + body + ("\n\n" + grounds if grounds else ""), ended


class ReminderDispatcher:
    def __init__(
        self,
        db: Database,
        bot: Bot,
        renderer: Renderer,
        engine: Engine,
        worker: str | None = None,
        batch: int = 50,
        lease: dt.timedelta = dt.timedelta(minutes=5),
        clock: Callable[[], dt.datetime] = utcnow,
        pacer: Pacer | None = None,
    ):
        self.db = db
        self.bot = bot
        self.renderer = renderer
        self.engine = engine
        self.worker = worker or stable_worker_id()
        self.batch = batch
        self.lease = lease
        self.clock = clock
        self.pacer = pacer or Pacer()
        self.outbox = ReminderOutbox(db)
        self.items = TrackedItems(db)
        self.users = Users(db)
        # /status's words for an item today: a late reminder says where it stands now
        self.tracking = Tracking(db, renderer, today=lambda: self.clock().astimezone(ALMATY).date())
        self.stats = {"sent": 0, "retry_after": 0, "blocked": 0, "failed": 0, "retried": 0, "cancelled": 0, "superseded": 0}
        from .employer import Employers  # the digest's text; a late import keeps this module light

        self.employers = Employers(db, renderer, engine, today=lambda: self.clock().astimezone(ALMATY).date(), now=self.clock)

    async def run_once(self) -> int:
        """Claim one batch and deliver it; returns how many were claimed."""
        now = self.clock()
        await self._take_back_own_rows()
        if within_quiet_hours(now):
            return 0
        claimed = await self.outbox.claim(self.worker, now, self.batch, self.lease)
        self.stats["superseded"] = self.outbox.superseded
        await self._deliver_all(claimed)
        return len(claimed)

    async def run_forever(self, stop: asyncio.Event, idle_seconds: float = 15, in_flight: int = 2) -> None:
        """Deliver until `stop`. Up to `in_flight` batches are being sent at once, so
        the next claim overlaps the current sends and the pacer never waits on the
        database; the pacer alone decides the rate."""
        batches: set[asyncio.Task] = set()
        try:
            await self._take_back_own_rows()
        except Exception:  # noqa: BLE001 - the lease still frees them later
            log.exception("could not take back this worker's claimed reminders")
        while not stop.is_set():
            if len(batches) >= in_flight:
                await asyncio.wait(batches, return_when=asyncio.FIRST_COMPLETED)
                continue
            try:
                now = self.clock()
                claimed = [] if within_quiet_hours(now) else await self.outbox.claim(self.worker, now, self.batch, self.lease)
                self.stats["superseded"] = self.outbox.superseded
            except Exception:  # noqa: BLE001 - the loop must survive a bad batch
                log.exception("reminder claim failed")
                claimed = []
            if claimed:
                task = asyncio.create_task(self._deliver_all(claimed))
                batches.add(task)
                task.add_done_callback(batches.discard)
                continue
            waiters = [asyncio.ensure_future(stop.wait()), *batches]
            done, _ = await asyncio.wait(waiters, timeout=idle_seconds, return_when=asyncio.FIRST_COMPLETED)
            waiters[0].cancel()
        if batches:
            await asyncio.wait(batches)

    async def _take_back_own_rows(self) -> None:
        """Once per worker id and process: rows this worker id claimed before a restart
        are due again at once."""
        if self.worker in _RECLAIMED:
            return
        _RECLAIMED.add(self.worker)
        count = await self.outbox.release_claims_of(self.worker)
        if count:
            log.info("took back %d reminders claimed before a restart", count)

    async def _deliver_all(self, claimed: list[ClaimedReminder]) -> None:
        results = await asyncio.gather(*(self._deliver(r) for r in claimed), return_exceptions=True)
        for r in results:
            if isinstance(r, Exception):
                log.error("reminder delivery failed", exc_info=r)

    async def _deliver(self, r: ClaimedReminder) -> None:
        """Deliver one claimed row. Whatever goes wrong with it (a row the code cannot
        read, say) counts as an attempt: it is retried with backoff, then parked as
        failed, never re-claimed forever. The log names the row and the error type,
        nothing about the person."""
        if r.attempts >= MAX_ATTEMPTS:  # claimed again and again by dispatchers that died on it
            await self.outbox.fail(r.id, self.worker, "gave up: claimed too many times")
            self.stats["failed"] += 1
            return
        try:
            await self._deliver_claimed(r)
        except Exception as e:  # noqa: BLE001 - one bad row must not stop the others
            reason = f"{type(e).__name__} while delivering"
            if r.attempts + 1 >= MAX_ATTEMPTS:
                log.error("reminder %s failed %d times (%s); parked as failed", r.id, r.attempts + 1, type(e).__name__)
                await self.outbox.fail(r.id, self.worker, reason)
                self.stats["failed"] += 1
            else:
                log.warning("reminder %s failed (%s); will retry", r.id, type(e).__name__)
                delay = min(BACKOFF_FIRST * (2**r.attempts), BACKOFF_CAP)
                await self.outbox.retry_later(r.id, self.worker, self.clock() + delay, reason)
                self.stats["retried"] += 1

    async def _deliver_claimed(self, r: ClaimedReminder) -> None:
        if r.item_id is None:
            await self._deliver_digest(r)
            return
        item = await self.items.get(r.item_id)
        user = await self.users.get(r.user_id)
        if item is None or item.status != "active":
            await self._cancel(r)
            return
        if not await self._reachable(r, user):
            return
        planned = planned_occasion(item, r.occasion)
        if planned is None:  # no longer in the item's plan (the item was edited)
            await self._cancel(r)
            return
        today = self.clock().astimezone(ALMATY).date()
        snooze = not planned.last
        covered: list[tuple[int, dt.date]] = []
        if is_late(planned, today):
            # its day is gone: said so, with where the item stands today (even if it is
            # over: the ⌛ line says what that means, and silence would let them think
            # nothing was due), naming the days of the item's late reminders the claim
            # superseded for this one. ⏰ not on a last day's, nor once the item is over
            covered = await self.outbox.covered_by(r)
            text, ended = render_late_reminder(self.renderer, self.tracking, user.language, item, planned, today,
                                               earlier=[day for _, day in covered])
            snooze = snooze and not ended
        else:
            text = render_reminder(self.renderer, user.language, item, planned)
        await self._send(r, text, reminder_buttons(self.renderer, user.language, r.id, snooze=snooze),
                         covered=[i for i, _ in covered])

    async def _cancel(self, r: ClaimedReminder) -> None:
        await self.outbox.cancel(r.id, self.worker)
        self.stats["cancelled"] += 1

    async def _reachable(self, r: ClaimedReminder, user) -> bool:
        """Someone to send to; if not, the reminder is settled here: cancelled when the
        user is gone (/forget), and all of theirs held when they blocked the bot."""
        if user is None:
            await self._cancel(r)
            return False
        if not user.active:
            await self.outbox.block_user(r.user_id)
            self.stats["blocked"] += 1
            return False
        return True

    async def _deliver_digest(self, r: ClaimedReminder) -> None:
        """An employer's daily digest: one message listing every worker with an action
        in the next 14 days, written at delivery from the roster as it is then; the
        member's next digest is planned once this one is out (or has nothing to say)."""
        user = await self.users.get(r.user_id)
        if r.company_id is None:
            await self._cancel(r)
            return
        if not await self._reachable(r, user):
            return
        today = self.clock().astimezone(ALMATY).date()
        day = max(r.due_on, today)  # a digest delivered late speaks of the day it arrives
        text = await self.employers.digest_text(r.company_id, r.user_id, day, user.language)
        if text is None:
            await self._cancel(r)
        elif await self._send(r, text, digest_buttons(self.renderer, user.language)) not in ("sent", "failed"):
            return  # it will be tried again: the next digest waits until this one is out
        after = max(day + dt.timedelta(days=1), digest_start(self.clock()))  # never a burst of past days' digests
        await self.employers.companies.plan_digests(r.company_id, self.clock(), only_user=r.user_id, after=after)

    async def _send(self, r: ClaimedReminder, text: str, markup: InlineKeyboardMarkup, covered: list[int] | tuple = ()) -> str:
        """Send one claimed row paced; the outcome: sent, retry, blocked or failed.
        `covered`: superseded rows whose days the text names (marked with it once sent)."""
        await self.pacer.wait(r.user_id)
        try:
            await self.bot.send_message(r.user_id, text, reply_markup=markup)
        except TelegramRetryAfter as e:
            self.pacer.pause(e.retry_after)
            await self.outbox.retry_later(r.id, self.worker, self.clock() + dt.timedelta(seconds=e.retry_after), "429", count_attempt=False)
            self.stats["retry_after"] += 1
            return "retry"
        except TelegramForbiddenError:
            await self.outbox.block_user(r.user_id)
            self.stats["blocked"] += 1
            return "blocked"
        except (TelegramNetworkError, TelegramAPIError) as e:
            if r.attempts + 1 >= MAX_ATTEMPTS:
                await self.outbox.fail(r.id, self.worker, str(e))
                self.stats["failed"] += 1
                return "failed"
            delay = min(BACKOFF_FIRST * (2**r.attempts), BACKOFF_CAP)
            await self.outbox.retry_later(r.id, self.worker, self.clock() + delay, str(e))
            self.stats["retried"] += 1
            return "retry"
        await self.outbox.mark_sent(r.id, self.worker, self.clock(), covered)
        self.stats["sent"] += 1
        return "sent"
