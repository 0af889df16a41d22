"""The employer's side, as the user sees it: importing a roster into the company
account, /workers (a table sorted by urgency, a worker's detail, CSV and XLSX
exports), invites for colleagues, the owner's list of colleagues, and the daily digest text. Shared by the Telegram
layer and the reminder dispatcher; free of aiogram."""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import hashlib
import hmac
import io
import re
from dataclasses import dataclass
from typing import Callable

from dialogs.law.dates import ALMATY
from dialogs.runtime.engine import Engine
from dialogs.runtime.render import Renderer
from dialogs.tracking.grounds import grounds as cited
from dialogs.tracking.roster import TOO_LONG, parse_roster
from dialogs.tracking.schedule import PlannedReminder
from dialogs.tracking.workers import DIGEST_DAYS, WorkerOutlook, ahead, in_digest, urgency_key
from storage.db import Database
from storage.employers import (
    Colleague, Colleagues, Companies, JoinResult, SavedWorkers, WorkerEntry, name_key, worker_inputs, worker_outlook,
)
from storage.models import RosterWorker
from storage.userdata import RosterFate

ROSTER_PROBLEMS_LISTED = 20
ROSTER_NAMES_LISTED = 5  # the workers an import reply names per line, before "and N more"
PAGE_WORKERS = 10
PAGE_CHARS = 3800  # one Telegram message (4096) with room for the footer
DIGEST_CHARS = 3900
COLLEAGUES_PAGE = 10  # colleagues per screen of the owner's list (one ✖️ button each)
NAME_CHARS = 24  # a colleague's first name as shown (a button's label with it stays short on a phone)
INVITE = re.compile(r"join-(?P<id>[1-9][0-9]{0,17})-(?P<sig>[0-9a-f]{16})")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass(frozen=True)
class WorkerLine:
    worker: RosterWorker
    outlook: WorkerOutlook | None  # None: the stored dates cannot be read


@dataclass(frozen=True)
class WorkersPage:
    text: str
    lines: list[tuple[int, WorkerLine]]  # (number in the whole table, line)


def action_label(renderer: Renderer, lang: str, p: PlannedReminder) -> str:
    """A short name for a worker's occasion (the list, the card, the digest, the
    calendar): its message id with "-short", if written (given the occasion's arguments,
    for a selector: months unknown, `literal`)."""
    short = f"{p.text}-short"
    if renderer.l10n.has(lang, short):
        return renderer.t(lang, short, **p.args)
    return renderer.t(lang, "workers-action-deadline")


@dataclass(frozen=True)
class ColleaguesPage:
    text: str
    shown: list[tuple[int, Colleague, str]]  # (number in the whole list, colleague, the name shown)
    index: int
    pages: int


def invite_signature(secret: bytes, invite_id: int, nonce: str) -> str:
    """16 hex digits of HMAC-SHA256 over the invite id and its stored nonce (a key
    of its own: a staff-link signature never fits an invite, nor the other way)."""
    return hmac.new(secret, f"company-invite:{invite_id}:{nonce}".encode(), hashlib.sha256).hexdigest()[:16]


def parse_invite(payload: str) -> tuple[int, str] | None:
    m = INVITE.fullmatch(payload or "")
    return (int(m["id"]), m["sig"]) if m else None


class Employers:
    def __init__(self, db: Database, renderer: Renderer, engine: Engine, today: Callable[[], dt.date],
                 now: Callable[[], dt.datetime] = utcnow):
        self.companies = Companies(db)
        self.renderer = renderer
        self.engine = engine
        self.today = today
        self.now = now

    # --- import -----------------------------------------------------------------
    async def import_roster(self, user_id: int, data: bytes, lang: str, filename: str | None = None) -> str:
        """Import a CSV or XLSX into the user's company roster (a user in none becomes
        the owner of a new one). What was imported comes first, each line naming the
        first workers it counts; then the notes; then the workers on the company's
        list the file does not hold (a file removes no one: the reply says so and how
        to remove one); then the bad lines (the first ROSTER_PROBLEMS_LISTED and a
        count of the rest). The file is parsed in a thread: a slow one (up to 1 MB of
        CSV, or an XLSX read up to its limits) never holds up other users' updates."""
        t = self.renderer.t
        parsed = await asyncio.to_thread(parse_roster, data, self.today())
        saved = SavedWorkers([], [], [], [])
        missing: list[str] = []
        if parsed.rows:
            # a new company account is named after the file ("ТОО Стройка.xlsx"): /forget names it
            membership = await self.companies.ensure_company(user_id, name=(filename or "").rsplit(".", 1)[0][:64] or None)
            entries = [
                WorkerEntry(row.label, row.kind, {"permit_expiry": row.expiry, "months_total": row.cumulative_months})
                for row in parsed.rows
            ]
            saved = await self.companies.save_workers(user_id, entries)
            await self.companies.plan_digests(membership.company_id, self.now())
            if parsed.complete:  # a file read only so far may hold anyone below where reading stopped
                in_file = {name_key(n) for n in parsed.names}
                missing = [w.name for w in await self.companies.workers(user_id) if w.name_key not in in_file]
        if not parsed.rows and not parsed.notes and parsed.problems and not any(p.line for p in parsed.problems):
            # nothing read and only what is wrong with the whole file (no worker in it, no
            # header row, an unreadable file): that alone, not "added: 0" over a heading
            # for lines with errors
            return "\n".join(self._problem_text(lang, p) for p in parsed.problems[:ROSTER_PROBLEMS_LISTED])
        if saved.added:
            lines = [t(lang, "roster-added", count=len(saved.added), names=self.names_text(lang, saved.added))]
        else:
            lines = [t(lang, "roster-imported", count=0)]
        if saved.updated:
            lines.append(t(lang, "roster-updated", count=len(saved.updated), names=self.names_text(lang, saved.updated)))
        if saved.unchanged:
            lines.append(t(lang, "roster-unchanged", count=len(saved.unchanged)))
        if saved.capped:
            lines.append(t(lang, "roster-too-many-workers", max=self.companies.max_workers, count=len(saved.capped)))
        for note in parsed.notes:
            args = {k: (t(lang, v) if k == "kind" else v) for k, v in note.details.items()}
            lines.append(t(lang, note.code, **args))
        if missing:
            lines.append("")
            lines.append(t(lang, "roster-not-in-file", count=len(missing), names=self.names_text(lang, missing)))
        if parsed.problems:
            lines.append("")
            lines.append(t(lang, "roster-problems"))
            for p in parsed.problems[:ROSTER_PROBLEMS_LISTED]:
                prefix = t(lang, "roster-line", line=p.line) if p.line else ""
                lines.append(prefix + self._problem_text(lang, p))
            if len(parsed.problems) > ROSTER_PROBLEMS_LISTED:
                lines.append(t(lang, "roster-problems-more", count=len(parsed.problems) - ROSTER_PROBLEMS_LISTED))
        if parsed.rows:
            lines.append("")
            lines.append(t(lang, "roster-see-workers"))
        return "\n".join(lines)

    def _problem_text(self, lang: str, p) -> str:
        code, details = p.code, p.details
        if code == "roster-error-too-many":  # the rest cannot go in another file: the company's list is as long
            code, details = "roster-error-too-many-company", {**details, "company_max": self.companies.max_workers}
        elif code == TOO_LONG:
            details = {**details, "company_max": self.companies.max_workers}
        return self.renderer.t(lang, code, **details)

    def names_text(self, lang: str, names: list[str]) -> str:
        """The first ROSTER_NAMES_LISTED names, comma-separated, and "and N more"."""
        shown = ", ".join(names[:ROSTER_NAMES_LISTED])
        if len(names) <= ROSTER_NAMES_LISTED:
            return shown
        return self.renderer.t(lang, "roster-names-more", names=shown, count=len(names) - ROSTER_NAMES_LISTED)

    # --- the table --------------------------------------------------------------
    async def table(self, user_id: int) -> list[WorkerLine]:
        """The user's company roster, most urgent first (nothing for a non-member)."""
        return self.sorted_lines(await self.companies.workers(user_id), self.today())

    @staticmethod
    def sorted_lines(workers: list[RosterWorker], today: dt.date) -> list[WorkerLine]:
        out = []
        for w in workers:
            try:
                out.append(WorkerLine(w, worker_outlook(w, today)))
            except Exception:  # noqa: BLE001 - one unreadable row must not hide the others
                out.append(WorkerLine(w, None))
        return sorted(out, key=lambda wl: urgency_key(wl.outlook, wl.worker.name) if wl.outlook else (-1, dt.date.min, wl.worker.name))

    def line_text(self, n: int, wl: WorkerLine, lang: str) -> str:
        t = self.renderer.t
        o = wl.outlook
        if o is None:
            return f"{n}. {wl.worker.name} — {t(lang, 'workers-unreadable')}"
        kind = t(lang, o.kind.title)
        head = t(lang, "workers-line-expired" if o.expired else "workers-line", n=n, name=wl.worker.name, kind=kind, expiry=o.expiry)
        if not o.has_rules:
            tail = t(lang, "workers-no-rules")
        elif o.next_action is None:
            tail = t(lang, "workers-next-none")
        else:
            tail = t(lang, "workers-next", action=action_label(self.renderer, lang, o.next_action), date=o.next_action.day or o.next_action.due_on)
        return f"{head}\n   {tail}"

    def pages(self, lines: list[WorkerLine], lang: str, hint_id: str = "workers-hint",
              more_hint_id: str | None = None) -> list[WorkersPage]:
        """The list in pages of one message each; `hint_id`: the last paragraph (an owner's
        "👥 — invite a colleague", or a member's "the owner invites; /leave"), and
        `more_hint_id` a sentence opening it (an owner's "👥 Colleagues: who is in the account";
        the paragraph still ends with what the row of buttons under it does)."""
        t = self.renderer.t
        if not lines:
            return [WorkersPage(t(lang, "workers-empty"), [])]
        title, hint = t(lang, "workers-title", count=len(lines)), t(lang, hint_id)
        if more_hint_id:
            hint = t(lang, more_hint_id) + " " + hint
        room = len(hint) + len(t(lang, "status-page", page=9999, pages=9999)) + 8
        groups: list[list[tuple[int, WorkerLine, str]]] = [[]]
        size = len(title)
        for n, wl in enumerate(lines, 1):
            text = self.line_text(n, wl, lang)[: PAGE_CHARS // 2]
            if groups[-1] and (len(groups[-1]) >= PAGE_WORKERS or size + len(text) + 2 + room > PAGE_CHARS):
                groups.append([])
                size = len(title)
            groups[-1].append((n, wl, text))
            size += len(text) + 2
        out = []
        for i, group in enumerate(groups):
            parts = [title, *(text for _, _, text in group), hint]
            if len(groups) > 1:
                parts.append(t(lang, "status-page", page=i + 1, pages=len(groups)))
            out.append(WorkersPage("\n\n".join(parts), [(n, wl) for n, wl, _ in group]))
        return out

    async def detail(self, user_id: int, worker_id: int, lang: str) -> str | None:
        """A worker's card: kind, expiry, where they stand, every deadline ahead with
        its grounds; None if the worker is not on the user's company roster."""
        found = await self.card(user_id, worker_id, lang)
        return None if found is None else found[0]

    async def card(self, user_id: int, worker_id: int, lang: str) -> tuple[str, bool] | None:
        """`detail`, and whether the card cites anything (its 📜 then sends the quotes)."""
        worker = await self.companies.worker(user_id, worker_id)
        if worker is None:
            return None
        t = self.renderer.t
        today = self.today()
        try:
            o = worker_outlook(worker, today)
        except Exception:  # noqa: BLE001
            return f"{worker.name}: {t(lang, 'workers-unreadable')}", False
        inputs = worker_inputs(worker)
        lines = [t(lang, "workers-detail-title", name=worker.name, kind=t(lang, o.kind.title))]
        lines.append(t(lang, "workers-detail-expired" if o.expired else "workers-detail-expiry", expiry=o.expiry))
        if inputs.get("months_total"):
            lines.append(t(lang, "workers-detail-months", months=inputs["months_total"]))
        if not o.has_rules:
            lines.append(t(lang, "workers-no-rules"))
            return "\n".join(lines), False
        if o.ended:
            lines.append(t(lang, o.ended[1], date=o.ended[0]))  # what the end of the term means
        elif o.status:
            lines.append(t(lang, o.status[0], **o.status[1]))
        upcoming = [p for p in o.planned if ahead(p, today)]  # an expiry on Sunday is ahead on Saturday
        if upcoming:
            lines.append("")
            lines.append(t(lang, "workers-detail-ahead"))
            for p in upcoming:
                lines.append(f"• {t(lang, 'workers-detail-occasion', date=p.day or p.due_on, action=action_label(self.renderer, lang, p))}")
        else:
            lines.append(t(lang, "workers-next-none"))
        grounds = self.renderer.grounds(lang, self._card_citations(o, today))
        text = "\n".join(lines) + ("\n\n" + grounds if grounds else "")
        return text[:4000], bool(grounds)

    @staticmethod
    def _card_citations(o, today: dt.date) -> list:
        """What a worker's card cites: its status line (or what the end of the term
        means), then the deadlines ahead (or, none ahead, every planned one)."""
        upcoming = [p for p in o.planned if ahead(p, today)]
        sources = [(p.cite, p.due_on) for p in (upcoming or o.planned)]
        if o.ended:
            sources.append((o.ended[2], o.ended[0]))
        elif o.status:
            sources.insert(0, (o.status_cite, today))  # what its status line states, first
        cites: list = []
        for cite, day in sources:
            for ref in cited(o.kind.service, cite, day):
                if ref not in cites:
                    cites.append(ref)
        return cites

    async def card_quotes(self, user_id: int, worker_id: int, lang: str) -> str | None:
        """📜 under a worker's card: the verbatim quotes behind its grounds. None: not a
        worker of the user's company roster, or nothing cited (a kind without rules)."""
        worker = await self.companies.worker(user_id, worker_id)
        if worker is None:
            return None
        try:
            o = worker_outlook(worker, self.today())
        except Exception:  # noqa: BLE001 - the card says it cannot be read
            return None
        quotes = self.renderer.quotes(lang, self._card_citations(o, self.today()))
        return ("📜 " + worker.name + "\n\n" + quotes) if quotes else None

    # --- exports ----------------------------------------------------------------
    def _export_rows(self, lines: list[WorkerLine], lang: str) -> tuple[list[str], list[list]]:
        t = self.renderer.t
        header = ["name", "permit_kind", "permit_expiry", "months_total",
                  t(lang, "workers-col-kind"), t(lang, "workers-col-next-action"), t(lang, "workers-col-next-date")]
        rows = []
        for wl in lines:
            inputs = worker_inputs(wl.worker)
            o = wl.outlook
            action = date = ""
            if o is not None and o.next_action is not None:
                action, date = action_label(self.renderer, lang, o.next_action), o.next_action.day or o.next_action.due_on
            elif o is not None and not o.has_rules:
                action = t(lang, "workers-no-rules")
            rows.append([wl.worker.name, wl.worker.kind, inputs.get("permit_expiry"), inputs.get("months_total"),
                         t(lang, o.kind.title) if o else "", action, date])
        return header, rows

    def export_csv(self, lines: list[WorkerLine], lang: str) -> bytes:
        """The table as CSV (UTF-8 with BOM, semicolons: what Excel opens in Kazakhstan);
        its first four columns import back with /roster."""
        header, rows = self._export_rows(lines, lang)
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([v.strftime("%d.%m.%Y") if isinstance(v, dt.date) else ("" if v is None else v) for v in row])
        return out.getvalue().encode("utf-8-sig")

    def export_xlsx(self, lines: list[WorkerLine], lang: str) -> bytes:
        import openpyxl

        header, rows = self._export_rows(lines, lang)
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "workers"
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        for column in ("C", "G"):
            for cell in sheet[column][1:]:
                cell.number_format = "DD.MM.YYYY"
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()

    # --- the daily digest ---------------------------------------------------------
    async def digest_text(self, company_id: int, user_id: int, day: dt.date, lang: str) -> str | None:
        """One message: every worker whose next action falls within DIGEST_DAYS days
        of `day`, most urgent first; None if there is none, the user is no longer a
        member or has turned the digest off (the row is then dropped)."""
        if not await self.companies.wants_digest(company_id, user_id):
            return None
        lines = [wl for wl in self.sorted_lines(await self.companies.workers_of(company_id), day)
                 if wl.outlook is not None and in_digest(wl.outlook, day)]
        if not lines:
            return None
        t = self.renderer.t
        head = t(lang, "digest-title", count=len(lines), days=DIGEST_DAYS, until=day + dt.timedelta(days=DIGEST_DAYS))
        parts = [head]
        size = len(head)
        for n, wl in enumerate(lines, 1):
            text = self.line_text(n, wl, lang)
            if size + len(text) + 2 > DIGEST_CHARS:
                parts.append(t(lang, "digest-more", count=len(lines) - n + 1))
                break
            parts.append(text)
            size += len(text) + 2
        parts.append(t(lang, "digest-hint"))
        return "\n\n".join(parts)

    # --- leaving ------------------------------------------------------------------
    async def leave(self, user_id: int, lang: str) -> str | None:
        """The user leaves their company: the reply says what became of its list as it
        happened (kept with the colleagues, or deleted: the user was the last one out,
        even if a colleague left a moment earlier), or None if they are in none."""
        fate = await self.companies.leave(user_id)
        return self.leave_done(fate, lang) if fate is not None else None

    def leave_done(self, fate: RosterFate, lang: str) -> str:
        """The reply to a member who left (`fate`: what Companies.leave did)."""
        return self.renderer.t(lang, "leave-done", company=fate.company, deleted="no" if fate.kept else "yes")

    # --- colleagues: the owner's list -------------------------------------------------
    @staticmethod
    def colleagues_slice(found: Colleagues, page: int) -> tuple[int, int, list[tuple[int, Colleague]]]:
        """(page index, pages, the colleagues on it numbered in the whole list)."""
        pages = max(1, -(-len(found.members) // COLLEAGUES_PAGE))
        index = min(max(page, 0), pages - 1)
        numbered = list(enumerate(found.members, 1))
        return index, pages, numbered[index * COLLEAGUES_PAGE:(index + 1) * COLLEAGUES_PAGE]

    def colleague_name(self, lang: str, n: int, first_name: str | None) -> str:
        """A colleague's Telegram first name as fetched for this screen (never stored),
        shortened; "colleague N" (their number in the list) if it could not be fetched."""
        name = " ".join((first_name or "").split())
        if not name:
            return self.renderer.t(lang, "colleague-fallback", n=n)
        return name if len(name) <= NAME_CHARS else name[: NAME_CHARS - 1] + "…"

    @staticmethod
    def colleague_since(c: Colleague) -> dt.date:
        return c.joined_at.astimezone(ALMATY).date()

    def colleagues_page(self, found: Colleagues, named: list[tuple[int, Colleague, str]], index: int, pages: int,
                        lang: str, done: str | None = None) -> ColleaguesPage:
        """The owner's list: each colleague with the day they joined; `done` (what the
        last press did) on top."""
        t = self.renderer.t
        parts = [done] if done else []
        if not found.members:
            parts.append(t(lang, "colleagues-none", company=found.company))
        else:
            parts.append(t(lang, "colleagues-title", company=found.company, count=len(found.members)))
            parts.append("\n".join(t(lang, "colleagues-line", n=n, name=name, since=self.colleague_since(c)) for n, c, name in named))
            parts.append(t(lang, "colleagues-hint"))
            if pages > 1:
                parts.append(t(lang, "status-page", page=index + 1, pages=pages))
        return ColleaguesPage("\n\n".join(parts), named, index, pages)

    def colleague_remove_question(self, found: Colleagues, c: Colleague, name: str, lang: str) -> str:
        return self.renderer.t(lang, "colleague-remove-question", name=name, since=self.colleague_since(c), company=found.company)

    # --- invites ----------------------------------------------------------------
    async def invite_payload(self, user_id: int, secret: bytes) -> str:
        """A one-time /start payload inviting a colleague (raises NotOwner)."""
        invite_id, nonce = await self.companies.create_invite(user_id, self.now())
        return f"join-{invite_id}-{invite_signature(secret, invite_id, nonce)}"

    async def join(self, user_id: int, payload: str, secret: bytes) -> JoinResult:
        parsed = parse_invite(payload)
        if parsed is None:
            return JoinResult.INVALID
        invite_id, sig = parsed
        result, company_id = await self.companies.accept_invite(
            invite_id, user_id, self.now(), lambda nonce: hmac.compare_digest(sig, invite_signature(secret, invite_id, nonce))
        )
        if result is JoinResult.JOINED and company_id is not None:
            await self.companies.plan_digests(company_id, self.now(), only_user=user_id)
        return result
