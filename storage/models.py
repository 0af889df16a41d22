"""What the bot keeps about a person: the minimum to talk to them and resume.

No names, usernames or phone numbers: a Telegram id, a language, and where the
user is in a dialog (their answers, which may include permit dates).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, BigInteger, Boolean, Date, DateTime, ForeignKey, Index, Integer, SmallInteger, String, Text, UniqueConstraint, func, text
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
        # one digest per company, member and day (occasion "digest:YYYY-MM-DD")
        UniqueConstraint("company_id", "user_id", "occasion", name="uq_reminders_company_user_occasion"),
        Index("ix_reminders_due", "status", "send_after"),
        Index("ix_reminders_user", "user_id"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    # a tracked item's reminder, or (item_id NULL) an employer's daily digest of a company roster
    item_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("tracked_items.id", ondelete="CASCADE"), nullable=True)
    company_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("companies.id", ondelete="CASCADE"), nullable=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.telegram_id", ondelete="CASCADE"))
    occasion: Mapped[str] = mapped_column(String(64))
    due_on: Mapped[dt.date] = mapped_column(Date)
    send_after: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    # pending | claimed | sent | cancelled | blocked | failed | superseded (a late reminder whose
    # item's later late one went out instead, naming its day: sent_at then says when)
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
    # the admin who granted it; NULL once that admin used /forget (storage/userdata.py)
    granted_by: Mapped[int | None] = mapped_column(BigInteger, nullable=True, info={"user": "mention"})
    granted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, server_default=func.now())


class CampaignOpen(Base):
    """How many times a staff link with a campaign tag (an office, a leaflet) opened
    a service, per day. No user ids."""

    __tablename__ = "campaign_opens"
    __table_args__ = {"info": {"personal": False}}

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
    # the topic's message_thread_id in the operators' group, once created, and that group
    topic_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True, info={"user": "none"})
    chat_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True, info={"user": "none"})
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class HandoffMessage(Base):
    """The outbox of sends to the operators' group (paced at 20 a minute there): a
    text (the case, a note; the first send of a hand-off also creates its topic), a
    copy of a user's message (by its id: the text stays with Telegram), a closing
    note that closes the topic. A text is erased once sent. A topic to delete (the
    user's /forget) belongs to no hand-off any more: it names only the group and topic."""

    __tablename__ = "handoff_outbox"
    __table_args__ = (Index("ix_handoff_outbox_due", "status", "send_after"), Index("ix_handoff_outbox_handoff", "handoff_id"))

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    handoff_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("handoffs.id", ondelete="CASCADE"), nullable=True)
    kind: Mapped[str] = mapped_column(String(16))  # text | copy | close | delete
    # a topic to delete: its group and message_thread_id (kind "delete" only)
    chat_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True, info={"user": "none"})
    topic_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True, info={"user": "none"})
    text: Mapped[str | None] = mapped_column(Text, nullable=True)
    # a copy's source: the user's private chat (its id is the user's) and their message
    from_chat_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True, info={"user": "subject"})
    message_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True, info={"user": "none"})
    # pending | claimed | sent | failed
    status: Mapped[str] = mapped_column(String(16), default="pending")
    send_after: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    claimed_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    last_error: Mapped[str | None] = mapped_column(String(255), nullable=True)


class AnalyticsEvent(Base):
    """One dialog event for staff statistics (issue 11), never personal data: no user
    id, no typed value. `dialog` is a random token drawn when a dialog starts (kept only
    in that user's conversation state while the dialog lasts, never in the database
    next to their id), so starts and drop-offs can be counted per dialog."""

    __tablename__ = "analytics_events"
    __table_args__ = (
        Index("ix_analytics_events_service_at", "service", "at"),
        Index("ix_analytics_events_dialog", "dialog"),
        {"info": {"personal": False}},
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    kind: Mapped[str] = mapped_column(String(8))  # start | step | back | move | result | handoff
    service: Mapped[str] = mapped_column(String(64))
    node: Mapped[str] = mapped_column(String(128))  # the node answered (start: the first one shown)
    reached: Mapped[str | None] = mapped_column(String(128), nullable=True)  # the node shown after it
    answer: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)  # index of the choice picked
    outcome: Mapped[str | None] = mapped_column(String(16), nullable=True)  # results: eligible, not_eligible, ask_person, not_ready, info
    depth: Mapped[int] = mapped_column(SmallInteger, default=0)  # steps into this dialog
    lang: Mapped[str] = mapped_column(String(8))
    dialog: Mapped[str | None] = mapped_column(String(16), nullable=True)


class StaffSignIn(Base):
    """A one-time sign-in link to the staff web page that /stats sent: deleted when
    used, so it works once; useless after `expires_at`."""

    __tablename__ = "staff_sign_ins"

    nonce: Mapped[str] = mapped_column(String(32), primary_key=True)
    staff_id: Mapped[int] = mapped_column(BigInteger, info={"user": "subject"})
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Company(Base):
    """An employer's account: the members who share one roster of workers. No company
    details: a name to tell accounts apart (the first roster file's name) and who may
    see the roster."""

    __tablename__ = "companies"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, server_default=func.now())


class CompanyMember(Base):
    """A person in a company account; a person is in at most one. The owner is the
    HR user who imported the roster first and the one who may invite colleagues."""

    __tablename__ = "company_members"

    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.telegram_id", ondelete="CASCADE"), primary_key=True)
    company_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("companies.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(16), default="member")  # owner | member
    joined_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, server_default=func.now())
    # the daily 09:00 digest of the roster: on until the member turns it off
    digest: Mapped[bool] = mapped_column(Boolean, default=True, server_default=sa_true())


class CompanyInvite(Base):
    """A one-time link to join a company: used once, until `expires_at`. The link
    carries the id and an HMAC over the id and `nonce`, so ids cannot be guessed into
    invites."""

    __tablename__ = "company_invites"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    company_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("companies.id", ondelete="CASCADE"), index=True)
    nonce: Mapped[str] = mapped_column(String(32))
    # who invited and who joined name people: blanked by their /forget (used_at still marks it used)
    created_by: Mapped[int | None] = mapped_column(BigInteger, nullable=True, info={"user": "mention"})
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    used_by: Mapped[int | None] = mapped_column(BigInteger, nullable=True, info={"user": "mention"})
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class RosterWorker(Base):
    """One worker of a company's roster: a name (as HR wrote it), the permit kind
    (dialogs/roster_kinds.yaml) and the dates its schedule reads. The same name
    imported again is the same worker, updated."""

    __tablename__ = "roster_workers"
    __table_args__ = (UniqueConstraint("company_id", "name_key", name="uq_roster_workers_company_name"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    company_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("companies.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    name_key: Mapped[str] = mapped_column(String(64))  # the name folded: case and spaces ignored
    kind: Mapped[str] = mapped_column(String(32))
    inputs: Mapped[dict] = mapped_column(JSON, default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now, server_default=func.now())
