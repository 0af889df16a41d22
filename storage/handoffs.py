"""Hand-offs to a person and the outbox of their sends to the operators' group.

A hand-off is one row per conversation with an operator (at most one open per
user, enforced by a partial unique index, so a double tap opens one topic). Every
send to the operators' group is an outbox row, claimed with a lease like the
reminders (storage/tracking.py) and delivered in order within a hand-off: a row is
claimable only when no earlier row of its hand-off is still waiting, so the topic
exists before its first message and messages arrive in the order written.

/forget deletes the person's hand-offs with everything else; their topics are
deleted from the operators' group through the same outbox (`HandoffTopics`, a
forget hook): a "delete" row names only the group and the topic, no hand-off.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased

from .db import Database
from .models import Handoff, HandoffMessage
from .tracking import _aware, claim_values, due_for_claim, release_claims
from .userdata import RosterFate, register_forget_hook

TEXT, COPY, CLOSE, DELETE = "text", "copy", "close", "delete"


@dataclass(frozen=True)
class Outgoing:
    """One send to the operators' group: a text (summary, note), a copy of a
    user's message (by chat and message id), or a closing note that also closes the topic."""

    kind: str
    text: str | None = None
    from_chat_id: int | None = None
    message_id: int | None = None


@dataclass(frozen=True)
class ClaimedSend:
    id: int
    handoff_id: int | None  # None: a topic to delete (its hand-off went with the user)
    kind: str
    text: str | None
    from_chat_id: int | None
    message_id: int | None
    attempts: int
    chat_id: int | None = None  # DELETE: the group and the topic
    topic_id: int | None = None


class Handoffs:
    def __init__(self, db: Database):
        self.db = db

    # -- hand-offs -----------------------------------------------------------------
    async def open(self, user_id: int, service: str, lang: str, now: dt.datetime,
                   first: Callable[[int], list[Outgoing]]) -> tuple[Handoff, bool]:
        """The user's open hand-off, or a new one with its first sends (made from its
        id) queued in the same transaction. (hand-off, True) when it was opened now."""
        existing = await self.current(user_id)
        if existing is not None:
            return existing, False
        try:
            async with self.db.sessions.begin() as s:
                handoff = Handoff(user_id=user_id, service=service, lang=lang, opened_at=now)
                s.add(handoff)
                await s.flush()
                self._add(s, handoff.id, first(handoff.id), now)
        except IntegrityError:  # another update of this user opened it first
            existing = await self.current(user_id)
            if existing is None:
                raise
            return existing, False
        return handoff, True

    async def current(self, user_id: int) -> Handoff | None:
        async with self.db.sessions() as s:
            stmt = select(Handoff).where(Handoff.user_id == user_id, Handoff.closed_at.is_(None))
            return (await s.execute(stmt)).scalar_one_or_none()

    async def get(self, handoff_id: int) -> Handoff | None:
        async with self.db.sessions() as s:
            return await s.get(Handoff, handoff_id)

    async def by_topic(self, topic_id: int) -> Handoff | None:
        async with self.db.sessions() as s:
            stmt = select(Handoff).where(Handoff.topic_id == topic_id).order_by(Handoff.id.desc()).limit(1)
            return (await s.execute(stmt)).scalar_one_or_none()

    async def set_topic(self, handoff_id: int, topic_id: int | None, chat_id: int | None = None) -> bool:
        """False if the hand-off is gone (the user's /forget came first)."""
        async with self.db.sessions.begin() as s:
            result = await s.execute(update(Handoff).where(Handoff.id == handoff_id).values(topic_id=topic_id, chat_id=chat_id))
            return result.rowcount > 0

    async def topics_of(self, user_id: int) -> int:
        """How many topics in the operators' group hold the user's hand-offs."""
        async with self.db.sessions() as s:
            stmt = select(func.count()).select_from(Handoff).where(Handoff.user_id == user_id, Handoff.topic_id.is_not(None))
            return (await s.execute(stmt)).scalar_one()

    async def close(self, handoff_id: int, now: dt.datetime, note: Outgoing | None = None) -> bool:
        """Close it (once: False if it was already closed) and queue the closing note."""
        async with self.db.sessions.begin() as s:
            result = await s.execute(
                update(Handoff).where(Handoff.id == handoff_id, Handoff.closed_at.is_(None)).values(closed_at=now)
            )
            if result.rowcount != 1:
                return False
            if note is not None:
                self._add(s, handoff_id, [note], now)
            return True

    async def counts_by_service(self, since: dt.datetime, until: dt.datetime | None = None) -> dict[str, int]:
        """Hand-offs opened in [since, until) per service ("general": from /help), for /stats.
        A user's /forget deletes their hand-offs, so these are hand-offs still on record."""
        cond = [Handoff.opened_at >= since]
        if until is not None:
            cond.append(Handoff.opened_at < until)
        async with self.db.sessions() as s:
            rows = await s.execute(select(Handoff.service, func.count()).where(*cond).group_by(Handoff.service))
            return {service: n for service, n in rows.all()}

    # -- the outbox ------------------------------------------------------------------
    @staticmethod
    def _add(s, handoff_id: int, items: list[Outgoing], now: dt.datetime) -> None:
        for item in items:
            s.add(HandoffMessage(handoff_id=handoff_id, kind=item.kind, text=item.text, from_chat_id=item.from_chat_id,
                                 message_id=item.message_id, status="pending", send_after=now, attempts=0))

    async def delete_topic_later(self, chat_id: int, topic_id: int, now: dt.datetime) -> None:
        """Queue a topic's deletion (a topic whose hand-off is gone)."""
        async with self.db.sessions.begin() as s:
            s.add(topic_deletion(chat_id, topic_id, now))

    async def enqueue(self, handoff_id: int, items: list[Outgoing], now: dt.datetime) -> None:
        async with self.db.sessions.begin() as s:
            self._add(s, handoff_id, items, now)

    async def claim(self, worker: str, now: dt.datetime, limit: int = 20, lease: dt.timedelta = dt.timedelta(minutes=5)) -> list[ClaimedSend]:
        """Up to `limit` due sends, the oldest waiting one of each hand-off."""
        earlier = aliased(HandoffMessage)
        waiting_before = (
            select(earlier.id)
            .where(earlier.handoff_id == HandoffMessage.handoff_id, earlier.id < HandoffMessage.id,
                   earlier.status.in_(("pending", "claimed")))
            .exists()
        )
        due = (
            select(HandoffMessage.id)
            .where(due_for_claim(HandoffMessage, now), ~waiting_before)
            .order_by(HandoffMessage.id)
            .limit(limit)
        )
        if self.db.engine.dialect.name == "postgresql":
            due = due.with_for_update(skip_locked=True)
        stmt = (
            update(HandoffMessage)
            .where(HandoffMessage.id.in_(due.scalar_subquery()))
            .values(**claim_values(HandoffMessage, worker, now + lease))
            .returning(HandoffMessage.id, HandoffMessage.handoff_id, HandoffMessage.kind, HandoffMessage.text,
                       HandoffMessage.from_chat_id, HandoffMessage.message_id, HandoffMessage.attempts,
                       HandoffMessage.chat_id, HandoffMessage.topic_id)
            .execution_options(synchronize_session=False)
        )
        async with self.db.sessions.begin() as s:
            rows = (await s.execute(stmt)).all()
        return [ClaimedSend(*r) for r in sorted(rows)]

    async def release_claims_of(self, worker: str) -> int:
        """A restarted worker's claimed rows: pending again (the interrupted try counted)."""
        async with self.db.sessions.begin() as s:
            return (await s.execute(release_claims(HandoffMessage, worker))).rowcount

    async def _set(self, send_id: int, worker: str, **values) -> bool:
        cond = [HandoffMessage.id == send_id, HandoffMessage.status == "claimed", HandoffMessage.claimed_by == worker]
        async with self.db.sessions.begin() as s:
            result = await s.execute(update(HandoffMessage).where(*cond).values(**values).execution_options(synchronize_session=False))
            return result.rowcount > 0

    async def mark_sent(self, send_id: int, worker: str) -> bool:
        # what the bot wrote for operators is theirs now: our copy goes
        return await self._set(send_id, worker, status="sent", text=None, lease_until=None, last_error=None)

    async def retry_later(self, send_id: int, worker: str, when: dt.datetime, error: str, count_attempt: bool = True) -> bool:
        values = dict(status="pending", send_after=when, lease_until=None, claimed_by=None, last_error=error[:255])
        if count_attempt:
            values["attempts"] = HandoffMessage.attempts + 1
        return await self._set(send_id, worker, **values)

    async def fail(self, send_id: int, worker: str, error: str) -> bool:
        return await self._set(send_id, worker, status="failed", text=None, lease_until=None, last_error=error[:255])

    async def waiting(self) -> int:
        """Sends not yet delivered (pending or claimed)."""
        async with self.db.sessions() as s:
            stmt = select(func.count()).select_from(HandoffMessage).where(HandoffMessage.status.in_(("pending", "claimed")))
            return (await s.execute(stmt)).scalar_one()

    async def sends(self, handoff_id: int) -> list[HandoffMessage]:
        async with self.db.sessions() as s:
            rows = await s.execute(select(HandoffMessage).where(HandoffMessage.handoff_id == handoff_id).order_by(HandoffMessage.id))
            return list(rows.scalars())


def opened_at(handoff: Handoff) -> dt.datetime:
    return _aware(handoff.opened_at)


def topic_deletion(chat_id: int | None, topic_id: int, now: dt.datetime | None = None) -> HandoffMessage:
    """An outbox row that deletes a topic: it names the group and the topic, no hand-off."""
    row = HandoffMessage(handoff_id=None, kind=DELETE, chat_id=chat_id, topic_id=topic_id, status="pending", attempts=0)
    if now is not None:
        row.send_after = now
    return row


class HandoffTopics:
    """/forget: each topic that holds the person's hand-off (the case, their copied
    messages, the operators' replies) is queued for deletion from the operators' group,
    in the deletion's own transaction, before their hand-offs go."""

    async def plan(self, session, user_id: int) -> list[RosterFate]:
        return []  # the confirmation counts the topics itself (Handoffs.topics_of)

    async def apply(self, session, user_id: int) -> None:
        rows = await session.execute(
            select(Handoff.chat_id, Handoff.topic_id).where(Handoff.user_id == user_id, Handoff.topic_id.is_not(None))
        )
        for chat_id, topic_id in rows.all():
            session.add(topic_deletion(chat_id, topic_id))


register_forget_hook(HANDOFF_TOPICS := HandoffTopics())
