"""Signing staff in to the web page without passwords: /stats in the bot sends a
one-time link; opening it sets a session cookie.

    link token = uid "." lang "." expires "." nonce "." sig     sig = HMAC-SHA256(key, "signin:" + the rest)[:32 hex]
    cookie     = uid "." lang "." expires "." sig                sig = HMAC-SHA256(key, "session:" + the rest)[:32 hex]

The key is the staff-link secret (LINK_SECRET, else derived from the bot token), so
the bot and the web process agree without one more setting; the prefixes keep a link
from being used as a cookie and the other way round. A link works once: its nonce
is stored when /stats sends it and deleted when it is used (`storage.staff.Staff`).
Every request also checks that the person is still staff, so revoking takes effect
at once.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from dataclasses import dataclass

SIGNIN_TTL = 10 * 60  # seconds a sign-in link is valid
SESSION_TTL = 8 * 60 * 60  # a working day
_LINK = re.compile(r"(?P<body>(?P<uid>[0-9]{1,15})\.(?P<lang>[a-z]{2,3})\.(?P<exp>[0-9]{1,12})\.(?P<nonce>[0-9a-f]{32}))\.(?P<sig>[0-9a-f]{32})")
_COOKIE = re.compile(r"(?P<body>(?P<uid>[0-9]{1,15})\.(?P<lang>[a-z]{2,3})\.(?P<exp>[0-9]{1,12}))\.(?P<sig>[0-9a-f]{32})")


class BadSignIn(ValueError):
    """Forged, edited, expired or malformed. `lang`: the language a genuine (but
    expired) link names, to refuse in it."""

    def __init__(self, reason: str, lang: str | None = None):
        super().__init__(reason)
        self.lang = lang


@dataclass(frozen=True)
class SignIn:
    staff_id: int
    lang: str
    expires: int  # Unix time
    nonce: str = ""


def _sig(key: bytes, purpose: str, body: str) -> str:
    return hmac.new(key, f"{purpose}:{body}".encode(), hashlib.sha256).hexdigest()[:32]


def make_link_token(key: bytes, staff_id: int, lang: str, now: float | None = None, ttl: int = SIGNIN_TTL) -> tuple[str, SignIn]:
    """(the token for the link, what it names); store `signin.nonce` before sending it."""
    expires = int((now if now is not None else time.time()) + ttl)
    nonce = secrets.token_hex(16)
    body = f"{staff_id}.{lang}.{expires}.{nonce}"
    return f"{body}.{_sig(key, 'signin', body)}", SignIn(staff_id, lang, expires, nonce)


def read_link_token(key: bytes, token: str, now: float | None = None) -> SignIn:
    m = _LINK.fullmatch(token or "")
    if m is None or not hmac.compare_digest(m["sig"], _sig(key, "signin", m["body"])):
        raise BadSignIn("forged or edited")
    if int(m["exp"]) <= (now if now is not None else time.time()):
        raise BadSignIn("expired", lang=m["lang"])
    return SignIn(int(m["uid"]), m["lang"], int(m["exp"]), m["nonce"])


def make_session(key: bytes, staff_id: int, lang: str, now: float | None = None, ttl: int = SESSION_TTL) -> str:
    expires = int((now if now is not None else time.time()) + ttl)
    body = f"{staff_id}.{lang}.{expires}"
    return f"{body}.{_sig(key, 'session', body)}"


def read_session(key: bytes, cookie: str | None, now: float | None = None) -> SignIn:
    m = _COOKIE.fullmatch(cookie or "")
    if m is None or not hmac.compare_digest(m["sig"], _sig(key, "session", m["body"])):
        raise BadSignIn("no valid session")
    if int(m["exp"]) <= (now if now is not None else time.time()):
        raise BadSignIn("session expired")
    return SignIn(int(m["uid"]), m["lang"], int(m["exp"]))


@dataclass(frozen=True)
class StaffWeb:
    """What /stats needs to send a sign-in link: the page's public address and the key."""

    base_url: str | None  # WEB_URL, e.g. https://stats.example.org (None: no web page configured)
    key: bytes
    ttl: int = SIGNIN_TTL

    def login_url(self, token: str) -> str:
        return f"{(self.base_url or '').rstrip('/')}/login?t={token}"
