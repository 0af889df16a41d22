"""What the bot keeps about a person: the minimum to talk to them and resume.

No names, usernames or phone numbers: a Telegram id, a language, and where the
user is in a dialog (their answers, which may include permit dates).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, BigInteger, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, func, text
from sqlalchemy import true as sa_true
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class User(Base):
    __tablename__ = "users"

    telegram_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    language: Mapped[str] = mapped_column(String(8))
    # False once Telegram says the user blocked the bot (403): nothing is sent to them.
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=sa_true())
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, server_default=func.now())
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now, server_default=func.now())


class DialogSession(Base):
    """The user's place in a dialog, so a restart of the bot resumes where they were."""

    __tablename__ = "dialog_sessions"

    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.telegram_id", ondelete="CASCADE"), primary_key=True)
    tree_id: Mapped[str] = mapped_column(String(64))
    tree_version: Mapped[int] = mapped_column(Integer)
    node: Mapped[str] = mapped_column(String(128))
    answers: Mapped[dict] = mapped_column(JSON, default=dict)
    history: Mapped[list] = mapped_column(JSON, default=list)
    parent: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now, server_default=func.now())


class TrackedItem(Base):
    """A permit, application or employer duty the user asked the bot to watch.

    `inputs` holds only what the schedule needs (dates, months); `label` is optional
    and chosen by the user (e.g. a worker's first name for an employer's roster).
    """

    __tablename__ = "tracked_items"
    __table_args__ = (
        Index("ix_tracked_items_user", "user_id"),
        # the same service, kind, dates and label saved again is the same item
        UniqueConstraint("user_id", "fingerprint", name="uq_tracked_items_user_fingerprint"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.telegram_id", ondelete="CASCADE"))
    service: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    label: Mapped[str | None] = mapped_column(String(64), nullable=True)
    inputs: Mapped[dict] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | done
    # storage.tracking.fingerprint(service, kind, inputs, label); NULL only on older duplicates
    fingerprint: Mapped[str | None] = mapped_column(String(32), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, server_default=func.now())
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now, server_default=func.now())


class Reminder(Base):
    """The transactional outbox: one row per item and occasion, claimed and sent once."""

    __tablename__ = "reminders"
    __table_args__ = (
        UniqueConstraint("item_id", "occasion", name="uq_reminders_item_occasion"),
        Index("ix_reminders_due", "status", "send_after"),
        Index("ix_reminders_user", "user_id"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    item_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("tracked_items.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.telegram_id", ondelete="CASCADE"))
    occasion: Mapped[str] = mapped_column(String(64))
    due_on: Mapped[dt.date] = mapped_column(Date)
    send_after: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    # pending | claimed | sent | cancelled | blocked | failed
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    claimed_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_error: Mapped[str | None] = mapped_column(String(255), nullable=True)


class StaffMember(Base):
    """A contact-center employee granted staff tools by an admin (admins themselves
    come from ADMIN_IDS). Who granted it and when, for accountability."""

    __tablename__ = "staff_members"

    telegram_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    granted_by: Mapped[int] = mapped_column(BigInteger)
    granted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, server_default=func.now())


class CampaignOpen(Base):
    """How many times a staff link with a campaign tag (an office, a leaflet) opened
    a service, per day. No user ids."""

    __tablename__ = "campaign_opens"

    campaign: Mapped[str] = mapped_column(String(16), primary_key=True)
    service: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    opens: Mapped[int] = mapped_column(Integer, default=0)


class Handoff(Base):
    """A conversation handed to a person: one topic in the operators' forum group.
    Only what routes messages and counts hand-offs: who, which topic, which service
    and language, when it opened and closed (nothing the user wrote)."""

    __tablename__ = "handoffs"
    __table_args__ = (
        # at most one open hand-off per user: a double tap opens one topic
        Index("uq_handoffs_open_user", "user_id", unique=True, postgresql_where=text("closed_at IS NULL"), sqlite_where=text("closed_at IS NULL")),
        Index("ix_handoffs_user", "user_id"),
        Index("ix_handoffs_topic", "topic_id"),
        Index("ix_handoffs_opened", "opened_at"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.telegram_id", ondelete="CASCADE"))
    service: Mapped[str] = mapped_column(String(64))  # a tree id, or "general" (from /help)
    lang: Mapped[str] = mapped_column(String(8))
    topic_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)  # message_thread_id, once created
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class HandoffMessage(Base):
    """The outbox of sends to the operators' group (paced at 20 a minute there):
    create the topic, the case summary, a copy of a user's message (by its id; the
    text stays with Telegram), a note. A summary's or note's text is erased once sent."""

    __tablename__ = "handoff_outbox"
    __table_args__ = (Index("ix_handoff_outbox_due", "status", "send_after"), Index("ix_handoff_outbox_handoff", "handoff_id"))

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    handoff_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("handoffs.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # topic | text | copy | close
    text: Mapped[str | None] = mapped_column(Text, nullable=True)
    from_chat_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    message_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    # pending | claimed | sent | failed
    status: Mapped[str] = mapped_column(String(16), default="pending")
    send_after: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    claimed_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    last_error: Mapped[str | None] = mapped_column(String(255), nullable=True)
