"""Staff roles and campaign counts: the only SQL of the staff tools."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import case, delete, func, select

from .db import Database
from .models import CampaignOpen, StaffMember, StaffSignIn
from .repositories import _insert_for


class Staff:
    """Admins are fixed by configuration; staff are granted and revoked by an admin."""

    def __init__(self, db: Database, admin_ids: frozenset[int] = frozenset()):
        self.db = db
        self.admin_ids = admin_ids

    def is_admin(self, user_id: int) -> bool:
        return user_id in self.admin_ids

    async def is_staff(self, user_id: int) -> bool:
        if self.is_admin(user_id):
            return True
        async with self.db.sessions() as s:
            return await s.get(StaffMember, user_id) is not None

    async def grant(self, user_id: int, by: int) -> bool:
        """True if newly granted (granting twice keeps the first grant's record)."""
        insert = _insert_for(self.db)
        async with self.db.sessions.begin() as s:
            result = await s.execute(
                insert(StaffMember).values(telegram_id=user_id, granted_by=by).on_conflict_do_nothing(index_elements=["telegram_id"])
            )
            return result.rowcount == 1

    async def revoke(self, user_id: int) -> bool:
        async with self.db.sessions.begin() as s:
            result = await s.execute(delete(StaffMember).where(StaffMember.telegram_id == user_id))
            return result.rowcount == 1

    async def members(self) -> list[StaffMember]:
        async with self.db.sessions() as s:
            return list((await s.execute(select(StaffMember).order_by(StaffMember.granted_at))).scalars())

    async def count_open(self, campaign: str, service: str, day: dt.date) -> None:
        insert = _insert_for(self.db)
        stmt = insert(CampaignOpen).values(campaign=campaign, service=service, day=day, opens=1)
        stmt = stmt.on_conflict_do_update(
            index_elements=["campaign", "service", "day"], set_={"opens": CampaignOpen.opens + 1}
        )
        async with self.db.sessions.begin() as s:
            await s.execute(stmt)

    async def campaign_opens(self, since: dt.date) -> dict[tuple[str, str], int]:
        async with self.db.sessions() as s:
            rows = (await s.execute(select(CampaignOpen).where(CampaignOpen.day >= since))).scalars()
            out: dict[tuple[str, str], int] = {}
            for r in rows:
                out[(r.campaign, r.service)] = out.get((r.campaign, r.service), 0) + r.opens
            return out

    async def campaign_counts(self, week_since: dt.date, month_since: dt.date, until: dt.date) -> list[tuple[str, str, int, int]]:
        """(campaign, service, opens from week_since, opens from month_since), both up to
        and including `until`, for every campaign and service opened since month_since."""
        day, opens = CampaignOpen.day, CampaignOpen.opens
        week = func.sum(case((day >= week_since, opens), else_=0))
        stmt = (select(CampaignOpen.campaign, CampaignOpen.service, week, func.sum(opens))
                .where(day >= month_since, day <= until)
                .group_by(CampaignOpen.campaign, CampaignOpen.service))
        async with self.db.sessions() as s:
            return [(c, svc, int(w or 0), int(m or 0)) for c, svc, w, m in await s.execute(stmt)]

    async def issue_sign_in(self, nonce: str, staff_id: int, expires_at: dt.datetime) -> None:
        """Store a one-time web sign-in (and drop the ones that expired unused)."""
        now = dt.datetime.now(dt.timezone.utc)
        async with self.db.sessions.begin() as s:
            await s.execute(delete(StaffSignIn).where(StaffSignIn.expires_at < now))
            s.add(StaffSignIn(nonce=nonce, staff_id=staff_id, expires_at=expires_at))

    async def sign_in_open(self, nonce: str, staff_id: int, now: dt.datetime | None = None) -> bool:
        """The sign-in is stored, unexpired and unused (nothing is changed)."""
        async with self.db.sessions() as s:
            found = await s.execute(select(StaffSignIn.nonce).where(*_open_sign_in(nonce, staff_id, now)))
            return found.first() is not None

    async def use_sign_in(self, nonce: str, staff_id: int, now: dt.datetime | None = None) -> bool:
        """True once for a stored, unexpired sign-in of this person: it is deleted here,
        so a second use (or a concurrent one) finds nothing."""
        async with self.db.sessions.begin() as s:
            result = await s.execute(delete(StaffSignIn).where(*_open_sign_in(nonce, staff_id, now)))
            return result.rowcount == 1


def _open_sign_in(nonce: str, staff_id: int, now: dt.datetime | None) -> tuple:
    """The conditions of a sign-in that still works: this person's, stored, unexpired."""
    now = now or dt.datetime.now(dt.timezone.utc)
    return StaffSignIn.nonce == nonce, StaffSignIn.staff_id == staff_id, StaffSignIn.expires_at > now
