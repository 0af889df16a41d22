"""A person when the bot cannot answer: hand-offs to the operators' forum group.

"🙋 Ask a person" (on ☎️ results and in /help) opens a hand-off: a topic in the
operators' forum supergroup (OPERATORS_CHAT_ID), titled with the request's number,
the user's language and the service; its first message is the case for the operator
(the way and the answers, the screen the user saw) in OPERATORS_LANGUAGE. While it
is open, what the user writes is copied into the topic (a message they edit, again,
after a note that it is a correction) and what staff write there is passed to the
user; `/close` in the topic ends it.

Every send to the group goes through an outbox (storage/handoffs.py) delivered by
`HandoffRelay` through the same pacer as the reminders, so the group never gets more
than 20 messages a minute (Telegram's limit for a group) and nothing is lost when
Telegram says 429, the process restarts, or operators are off duty.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass
from typing import Callable

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest, TelegramNetworkError, TelegramRetryAfter

from dialogs.law.dates import ALMATY
from dialogs.runtime.engine import DialogState, Engine
from dialogs.law.office_hours import next_opening
from dialogs.runtime.render import Renderer, split_text
from storage.db import Database
from storage.handoffs import CLOSE, COPY, DELETE, TEXT, ClaimedSend, Handoffs, Outgoing
from storage.models import Handoff

from .reminders import BACKOFF_CAP, BACKOFF_FIRST, MAX_ATTEMPTS, stable_worker_id

log = logging.getLogger(__name__)
UTC = dt.timezone.utc
GENERAL = "general"  # a hand-off from /help or the menu, not from a service
NOT_SERVICES = ("start", "track")
TOPIC_NAME_MAX = 128  # createForumTopic: 1-128 characters
TOPIC_GONE = ("thread not found", "topic_deleted", "topic deleted", "topic_id_invalid")


def utcnow() -> dt.datetime:
    return dt.datetime.now(UTC)


@dataclass(frozen=True)
class Opened:
    handoff: Handoff
    created: bool  # False: the user already had this hand-off open (a double tap)
    answer_from: dt.datetime | None  # operators are off duty: when they are back (Almaty time)
    node: str | None = None  # the node the user asked from (None: not in a service)


class HandoffDesk:
    """What the handlers do with hand-offs: open, pass a user's message on, close."""

    def __init__(self, db: Database, renderer: Renderer, engine: Engine, chat_id: int, operators_lang: str = "ru",
                 clock: Callable[[], dt.datetime] = utcnow):
        self.handoffs = Handoffs(db)
        self.renderer = renderer
        self.engine = engine
        self.chat_id = chat_id
        self.op_lang = operators_lang
        self.clock = clock
        self.relay: HandoffRelay | None = None  # set when the relay starts with the bot

    def wake(self) -> None:
        """Something was queued for the group (a send, a topic to delete): deliver now."""
        if self.relay is not None:
            self.relay.wake()

    async def open(self, user_id: int, lang: str, state: DialogState | None) -> Opened:
        now = self.clock()
        later = next_opening(now)
        service = state.tree_id if state is not None and state.tree_id not in NOT_SERVICES else GENERAL

        def first(handoff_id: int) -> list[Outgoing]:
            return [Outgoing(TEXT, text) for text in self.case_text(handoff_id, lang, service, state, now, later)]

        handoff, created = await self.handoffs.open(user_id, service, lang, now, first)
        if created:
            self.wake()
        return Opened(handoff, created, later, state.node if service != GENERAL else None)

    async def from_user(self, handoff: Handoff, chat_id: int, message_id: int) -> None:
        """A user's message, copied into the topic by its id (its text is not stored)."""
        await self.handoffs.enqueue(handoff.id, [Outgoing(COPY, from_chat_id=chat_id, message_id=message_id)], self.clock())
        self.wake()

    async def edited_by_user(self, handoff: Handoff, chat_id: int, message_id: int) -> None:
        """A user's message edited after it was sent: a note that what follows corrects
        an earlier message, then the message as it reads now (copied by its id, in order
        after the note; its text is not stored)."""
        note = Outgoing(TEXT, self.renderer.t(self.op_lang, "handoff-op-user-edited"))
        await self.handoffs.enqueue(handoff.id, [note, Outgoing(COPY, from_chat_id=chat_id, message_id=message_id)], self.clock())
        self.wake()

    async def note(self, handoff: Handoff, msg_id: str, **args) -> None:
        await self.handoffs.enqueue(handoff.id, [Outgoing(TEXT, self.renderer.t(self.op_lang, msg_id, **args))], self.clock())
        self.wake()

    async def close(self, handoff: Handoff, by_operator: bool, note: bool = True) -> bool:
        """False if it was closed already. The topic gets a note and is closed; with
        note=False not yet: `closing_note` does it once the user was told (or not)."""
        if not note:
            return await self.handoffs.close(handoff.id, self.clock())
        text = self.renderer.t(self.op_lang, "handoff-op-closed" if by_operator else "handoff-op-closed-by-user")
        closed = await self.handoffs.close(handoff.id, self.clock(), Outgoing(CLOSE, text))
        if closed:
            self.wake()
        return closed

    async def closing_note(self, handoff: Handoff, msg_id: str) -> None:
        """The note that ends a closed hand-off's topic (what the user was told), and the topic closed."""
        await self.handoffs.enqueue(handoff.id, [Outgoing(CLOSE, self.renderer.t(self.op_lang, msg_id))], self.clock())
        self.wake()

    # -- what operators read -----------------------------------------------------------
    def service_title(self, service: str) -> str:
        tree = self.engine.trees.get(service)
        if tree is None:
            return self.renderer.t(self.op_lang, "handoff-op-general")
        return f"{self.renderer.t(self.op_lang, tree.title)} ({service})"

    def topic_title(self, handoff: Handoff) -> str:
        title = self.renderer.t(self.op_lang, "handoff-op-title", id=str(handoff.id), code=handoff.lang, service=self.service_title(handoff.service))
        return title[:TOPIC_NAME_MAX]

    def case_text(self, handoff_id: int, lang: str, service: str, state: DialogState | None,
                  now: dt.datetime, later: dt.datetime | None) -> list[str]:
        """The first message(s) of the topic, in the operators' language: who asked about
        what, the way and the answers, and the screen the user saw."""
        t = lambda msg_id, **args: self.renderer.t(self.op_lang, msg_id, **args)  # noqa: E731
        language = f"{self.renderer.t(lang, 'language-name')} ({lang})"
        parts = [t("handoff-op-head", id=str(handoff_id), service=self.service_title(service), language=language,
                   opened=now.astimezone(ALMATY).strftime("%d.%m.%Y %H:%M"))]
        if later is not None:
            parts.append(t("handoff-op-outside", day=later.strftime("%d.%m.%Y"), time=later.strftime("%H:%M")))
        path = []
        if state is not None:
            try:
                path = self.engine.path(state)
            except (KeyError, LookupError, ValueError, TypeError):
                path = []
        if path:
            lines = [f"{i}. {self.renderer.plain(self.op_lang, q)} — {self.renderer.plain(self.op_lang, a)}" for i, (q, a) in enumerate(path, 1)]
            parts.append(t("handoff-op-path") + "\n" + "\n".join(lines))
        else:
            parts.append(t("handoff-op-no-path"))
        if state is not None:
            try:
                view = self.engine.view(state)
                screen = self.renderer.render(view, self.op_lang)
                heading = "handoff-op-result" if view.kind == "result" else "handoff-op-screen"
                # the folded notes and grounds too: why the bot could not answer
                parts.append(t(heading) + "\n" + screen.text + ("\n\n" + screen.folded if screen.folded else ""))
            except (KeyError, LookupError, ValueError, TypeError):
                pass
        parts.append(t("handoff-op-how"))
        return split_text("\n\n".join(parts))


class HandoffRelay:
    """Delivers the hand-off outbox to the operators' group, one send at a time,
    each after the pacer's go-ahead (20 a minute in a group)."""

    def __init__(self, db: Database, bot: Bot, chat_id: int, pacer, title: Callable[[Handoff], str],
                 clock: Callable[[], dt.datetime] = utcnow, worker: str | None = None, batch: int = 5,
                 lease: dt.timedelta = dt.timedelta(minutes=5)):
        # a batch of 5 takes ~30 s at the group's pace (two sends for a new topic), far
        # inside the lease, even when other processes share the group's 20 a minute
        self.handoffs = Handoffs(db)
        self.bot = bot
        self.chat_id = chat_id
        self.pacer = pacer
        self.title = title
        self.clock = clock
        self.worker = (worker or stable_worker_id())[:55] + "-handoff"  # claimed_by holds 64
        self.batch = batch
        self.lease = lease
        self._wake = asyncio.Event()
        self.stats = {"sent": 0, "retry_after": 0, "retried": 0, "failed": 0}

    def wake(self) -> None:
        self._wake.set()

    async def run_once(self) -> int:
        claimed = await self.handoffs.claim(self.worker, self.clock(), self.batch, self.lease)
        for row in claimed:
            try:
                await self._deliver(row)
            except Exception:  # noqa: BLE001 - one bad row must not stop the others
                log.exception("hand-off send %s failed", row.id)
                await self._retry(row, "unexpected error")
        return len(claimed)

    async def run_forever(self, stop: asyncio.Event, idle_seconds: float = 15) -> None:
        try:  # rows this worker id claimed before a restart: due again at once
            await self.handoffs.release_claims_of(self.worker)
        except Exception:  # noqa: BLE001 - the lease frees them later anyway
            log.exception("could not take back this worker's claimed hand-off sends")
        while not stop.is_set():
            self._wake.clear()
            try:
                if await self.run_once():
                    continue
            except Exception:  # noqa: BLE001 - the loop must survive a database hiccup
                log.exception("hand-off claim failed")
            waiters = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self._wake.wait())]
            await asyncio.wait(waiters, timeout=idle_seconds, return_when=asyncio.FIRST_COMPLETED)
            for w in waiters:
                w.cancel()

    async def _topic(self, handoff: Handoff) -> int | None:
        """The hand-off's topic, made on its first send; None if the user's /forget
        came while it was being made (the new topic is queued for deletion)."""
        if handoff.topic_id is not None:
            return handoff.topic_id
        await self.pacer.wait(self.chat_id)
        topic = await self.bot.create_forum_topic(chat_id=self.chat_id, name=self.title(handoff))
        if not await self.handoffs.set_topic(handoff.id, topic.message_thread_id, self.chat_id):
            await self.handoffs.delete_topic_later(self.chat_id, topic.message_thread_id, self.clock())
            self.wake()
            return None
        return topic.message_thread_id

    async def _deliver(self, row: ClaimedSend) -> None:
        if row.kind == DELETE:
            await self._delete_topic(row)
            return
        handoff = await self.handoffs.get(row.handoff_id)
        if handoff is None:
            return  # the user deleted their data: the row went with it
        try:
            topic = await self._topic(handoff)
            if topic is None:
                return  # the user deleted their data meanwhile: the row went with it
            await self.pacer.wait(self.chat_id)
            if row.kind == COPY:
                await self.bot.copy_message(chat_id=self.chat_id, message_thread_id=topic, from_chat_id=row.from_chat_id, message_id=row.message_id)
            else:
                await self.bot.send_message(self.chat_id, row.text or "-", message_thread_id=topic)
            if row.kind == CLOSE:
                await self.pacer.wait(self.chat_id)
                try:
                    await self.bot.close_forum_topic(chat_id=self.chat_id, message_thread_id=topic)
                except (TelegramBadRequest, TelegramRetryAfter) as e:  # closed by hand already; the note is what counts
                    log.info("hand-off %s: topic not closed (%s)", handoff.id, type(e).__name__)
        except TelegramRetryAfter as e:
            self.pacer.pause(e.retry_after)
            await self.handoffs.retry_later(row.id, self.worker, self.clock() + dt.timedelta(seconds=e.retry_after), "429", count_attempt=False)
            self.stats["retry_after"] += 1
        except TelegramBadRequest as e:
            if any(g in e.message.lower() for g in TOPIC_GONE) and row.attempts + 1 < MAX_ATTEMPTS:
                await self.handoffs.set_topic(handoff.id, None)  # operators deleted the topic: open a new one
                await self.handoffs.retry_later(row.id, self.worker, self.clock(), e.message)
                self.stats["retried"] += 1
            else:  # the user deleted the message before it was copied; or the group is not a forum
                log.warning("hand-off %s: Telegram refused a send to the operators' group (%s); check that "
                            "OPERATORS_CHAT_ID is a forum and the bot an admin who may manage topics", handoff.id, e.message)
                await self.handoffs.fail(row.id, self.worker, e.message)
                self.stats["failed"] += 1
        except (TelegramNetworkError, TelegramAPIError) as e:
            await self._retry(row, str(e))
        else:
            await self.handoffs.mark_sent(row.id, self.worker)
            self.stats["sent"] += 1

    async def _delete_topic(self, row: ClaimedSend) -> None:
        """A forgotten user's topic, with every message in it. Gone already (operators
        deleted it) counts as done; a group where the bot may not delete is logged."""
        chat_id = row.chat_id if row.chat_id is not None else self.chat_id  # hand-offs from before 0014: this group
        try:
            await self.pacer.wait(chat_id)
            await self.bot.delete_forum_topic(chat_id=chat_id, message_thread_id=row.topic_id)
        except TelegramRetryAfter as e:
            self.pacer.pause(e.retry_after)
            await self.handoffs.retry_later(row.id, self.worker, self.clock() + dt.timedelta(seconds=e.retry_after), "429", count_attempt=False)
            self.stats["retry_after"] += 1
            return
        except TelegramBadRequest as e:
            if not any(g in e.message.lower() for g in TOPIC_GONE):
                log.warning("a forgotten user's topic was not deleted from the operators' group (%s); the bot must be "
                            "an admin who may delete messages there", e.message)
                await self.handoffs.fail(row.id, self.worker, e.message)
                self.stats["failed"] += 1
                return
        except (TelegramNetworkError, TelegramAPIError) as e:
            await self._retry(row, str(e))
            return
        await self.handoffs.mark_sent(row.id, self.worker)
        self.stats["sent"] += 1

    async def _retry(self, row: ClaimedSend, error: str) -> None:
        if row.attempts + 1 >= MAX_ATTEMPTS:
            await self.handoffs.fail(row.id, self.worker, error)
            self.stats["failed"] += 1
            return
        delay = min(BACKOFF_FIRST * (2**row.attempts), BACKOFF_CAP)
        await self.handoffs.retry_later(row.id, self.worker, self.clock() + delay, error)
        self.stats["retried"] += 1
