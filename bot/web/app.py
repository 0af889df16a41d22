"""The staff web page: read-only figures and a funnel per service, and the opens of
staff links per campaign tag, for staff only.

    GET /login?t=<token>   a one-time link from /stats: a page with one "Sign in" button
    POST /login            the button: uses the link up, sets the session cookie, then /
    GET /                  the page (a valid session of someone who is still staff)

Opening the link changes nothing, so a link checker or a preview that fetches it does
not use it up; only the button (a POST from the page) does.
    GET /healthz           200 "ok" (for a load balancer)

Everything is rendered on the server (Jinja2; the funnel is SVG from a template); the
page loads nothing from anywhere (Content-Security-Policy forbids it).
"""

from __future__ import annotations

import logging
from pathlib import Path

from aiohttp import web
from jinja2 import Environment, FileSystemLoader, select_autoescape

from dialogs.law.dates import ALMATY
from dialogs.runtime.i18n import COMPLETE_LANGS
from storage.analytics import OUTCOMES, AnalyticsQueries, utcnow
from storage.staff import Staff

from ..stats_report import campaign_reports, reports, share
from .signin import SESSION_TTL, SIGNIN_TTL, BadSignIn, make_session, read_link_token, read_session

log = logging.getLogger(__name__)

COOKIE = "staff_session"
TEMPLATES = Path(__file__).parent / "templates"
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}
# the sign-in page's one form posts back here
SIGNIN_HEADERS = {**HEADERS, "Content-Security-Policy": HEADERS["Content-Security-Policy"].replace("form-action 'none'", "form-action 'self'")}
FUNNEL_MAX_STEPS = 15  # bars for steps 1-15; deeper steps (rare) are not drawn, "reached a result" always is


def funnel_bars(report, t, lang: str) -> list[dict]:
    """The bars of one service's 30-day funnel: started, each step, reached a result."""
    month = report.month
    bars = []
    for depth, n in month.funnel[: FUNNEL_MAX_STEPS + 1]:
        label = t(lang, "web-funnel-start") if depth == 0 else t(lang, "web-funnel-step", n=depth)
        bars.append({"label": label, "n": n, "kind": "step"})
    bars.append({"label": t(lang, "web-funnel-result"), "n": month.finished, "kind": "result"})
    top = max((b["n"] for b in bars), default=0) or 1
    for b in bars:
        b["share"] = b["n"] / top
    return bars


class StaffPage:
    def __init__(self, staff: Staff, queries: AnalyticsQueries, engine, renderer, key: bytes, secure_cookie: bool = False, clock=utcnow):
        self.clock = clock  # the figures' "now" (tests pin it)
        self.staff = staff
        self.queries = queries
        self.engine = engine
        self.renderer = renderer
        self.key = key
        self.secure_cookie = secure_cookie
        self.env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "svg"]), trim_blocks=True, lstrip_blocks=True)

    def _html(self, template: str, status: int = 200, headers: dict = HEADERS, **context) -> web.Response:
        html = self.env.get_template(template).render(t=self.renderer.t, **context)
        return web.Response(text=html, content_type="text/html", status=status, headers=headers)

    def _refuse(self, lang: str, message: str, status: int = 403) -> web.Response:
        return self._html("refused.html", status=status, lang=lang, message=message, minutes=SIGNIN_TTL // 60)

    @staticmethod
    def _lang_of(request: web.Request) -> str:
        accepted = request.headers.get("Accept-Language", "")[:2].lower()
        return accepted if accepted in COMPLETE_LANGS else "ru"

    async def _link(self, request: web.Request, token: str, use: bool):
        """(sign-in, language) of a link that can still sign a staff member in (used up
        here when `use`: the button), else (None, the refusal page)."""
        lang = self._lang_of(request)
        try:
            signin = read_link_token(self.key, token)
        except BadSignIn as e:
            log.info("staff web: sign-in refused (%s)", e)
            return None, self._refuse(e.lang if e.lang in COMPLETE_LANGS else lang, "web-link-bad")
        lang = signin.lang if signin.lang in COMPLETE_LANGS else lang
        open_ = self.staff.use_sign_in if use else self.staff.sign_in_open
        if not await open_(signin.nonce, signin.staff_id):
            log.info("staff web: sign-in refused (already used or unknown)")
            return None, self._refuse(lang, "web-link-bad")
        if not await self.staff.is_staff(signin.staff_id):
            return None, self._refuse(lang, "web-denied")
        return (signin, lang), None

    async def login_page(self, request: web.Request) -> web.Response:
        """The link opened: if it can still sign in, a page whose button does it."""
        token = request.query.get("t", "")
        found, refusal = await self._link(request, token, use=False)
        if found is None:
            return refusal
        return self._html("signin.html", headers=SIGNIN_HEADERS, lang=found[1], token=token)

    async def login(self, request: web.Request) -> web.Response:
        found, refusal = await self._link(request, str((await request.post()).get("t", "")), use=True)
        if found is None:
            return refusal
        signin, lang = found
        # to the page: the token leaves the address bar, the session goes in a cookie
        response = web.HTTPSeeOther("/", headers=HEADERS)
        response.set_cookie(COOKIE, make_session(self.key, signin.staff_id, lang), max_age=SESSION_TTL, httponly=True,
                            samesite="Lax", secure=self.secure_cookie, path="/")
        raise response

    async def page(self, request: web.Request) -> web.Response:
        try:
            session = read_session(self.key, request.cookies.get(COOKIE))
        except BadSignIn:
            return self._refuse(self._lang_of(request), "web-denied")
        if not await self.staff.is_staff(session.staff_id):  # revoked since signing in
            return self._refuse(session.lang, "web-denied")
        lang = session.lang
        now = self.clock()
        t = self.renderer.t
        found = await reports(self.queries, sorted(self.engine.trees), now)
        services = [
            {
                "id": r.service,
                "title": t(lang, self.engine.trees[r.service].title),
                "report": r,
                "ask_share": (share(r.week), share(r.month)),
                "dropoffs": r.dropoff_rows(),
                "bars": funnel_bars(r, t, lang),
            }
            for r in found
        ]
        trees = self.engine.trees
        campaigns = [
            {"campaign": c.campaign, "week": c.week, "month": c.month,
             "services": [{"id": s, "title": t(lang, trees[s].title) if s in trees else s, "week": w, "month": m} for s, w, m in c.services]}
            for c in await campaign_reports(self.staff, now.astimezone(ALMATY).date())
        ]
        return self._html("page.html", lang=lang, services=services, outcomes=OUTCOMES, campaigns=campaigns,
                          when=now.astimezone(ALMATY).strftime("%d.%m.%Y %H:%M"))

    async def healthz(self, _request: web.Request) -> web.Response:
        return web.Response(text="ok")


def make_app(page: StaffPage) -> web.Application:
    app = web.Application()
    app.router.add_get("/", page.page)
    app.router.add_get("/login", page.login_page)
    app.router.add_post("/login", page.login)
    app.router.add_get("/healthz", page.healthz)
    return app


async def build_web_app(settings, engine=None) -> web.Application:
    """The page on DATABASE_URL, its sign-ins checked with the staff-link key."""
    from bot.app import build_engine, build_renderer
    from bot.staff_links import secret_from
    from storage.schema_state import open_database

    database = await open_database(settings.database_url, settings.migrate_on_start)
    page = StaffPage(
        Staff(database, settings.admin_id_set), AnalyticsQueries(database), engine or build_engine(), build_renderer(),
        secret_from(settings.link_secret, settings.bot_token), secure_cookie=(settings.web_url or "").startswith("https://"),
    )
    app = make_app(page)

    async def close(_app) -> None:
        await database.close()

    app.on_cleanup.append(close)
    return app


def run_web(settings) -> int:
    import sys

    from bot.app import setup_logging
    from bot.observability import AccessLog
    from storage.schema_state import SchemaNotCurrent

    if not (settings.link_secret or settings.bot_token):
        print("LINK_SECRET (or BOT_TOKEN) is required: it signs the staff sign-in links", file=sys.stderr)
        return 2
    setup_logging(settings)
    try:
        # the access log names the path only: a sign-in link's token (and the staff
        # member's id in it) is in its query string, and GET does not use it up
        web.run_app(build_web_app(settings), host=settings.web_host, port=settings.web_port, access_log_class=AccessLog)
    except SchemaNotCurrent as e:
        print(str(e), file=sys.stderr)
        return 1
    return 0
