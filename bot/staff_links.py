"""Links and QR codes that contact-center staff hand to callers.

A staff link opens a service (and a question) in a language like a public deep link
(`bot/deeplink.py`: service[__node][__lang]), optionally carries a campaign tag (an
office, a leaflet) that is counted, and is signed, so an edited or forged link is
refused instead of opening something staff never sent:

    signed  = base [ "__c" tag ] "__s" sig        at most 64 characters of A-Z a-z 0-9 _ -
    tag     = 1-16 of A-Z a-z 0-9 -
    sig     = the first 12 hex digits of HMAC-SHA256(secret, base [ "__c" tag ])

Hex keeps "__" out of the signature, so the parts split unambiguously.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import re
from dataclasses import dataclass

MAX_PAYLOAD = 64
TAG = re.compile(r"[A-Za-z0-9-]{1,16}")
SIGNED = re.compile(r"(?P<body>(?P<base>[A-Za-z0-9_-]+?)(?:__c(?P<tag>[A-Za-z0-9-]{1,16}))?)__s(?P<sig>[0-9a-f]{12})")


class BadLink(ValueError):
    """A signed payload whose signature does not match: forged or edited."""


@dataclass(frozen=True)
class StaffLink:
    base: str  # the public payload: service[__node][__lang]
    campaign: str | None = None


def _sig(secret: bytes, body: str) -> str:
    return hmac.new(secret, body.encode(), hashlib.sha256).hexdigest()[:12]


def sign(base: str, secret: bytes, campaign: str | None = None) -> str:
    if campaign is not None and not TAG.fullmatch(campaign):
        raise ValueError("a campaign tag is 1-16 letters, digits or hyphens")
    body = base + (f"__c{campaign}" if campaign else "")
    payload = f"{body}__s{_sig(secret, body)}"
    if len(payload) > MAX_PAYLOAD or not re.fullmatch(r"[A-Za-z0-9_-]+", payload):
        raise ValueError(f"the link would be {len(payload)} characters; Telegram allows {MAX_PAYLOAD}")
    return payload


def is_signed(payload: str) -> bool:
    return bool(SIGNED.fullmatch(payload or ""))


def verify(payload: str, secret: bytes) -> StaffLink:
    m = SIGNED.fullmatch(payload or "")
    if m is None:
        raise BadLink("not a signed link")
    if not hmac.compare_digest(m["sig"], _sig(secret, m["body"])):
        raise BadLink("signature does not match")
    return StaffLink(m["base"], m["tag"])


def secret_from(link_secret: str | None, bot_token: str | None) -> bytes:
    """LINK_SECRET if set; else a key derived from the bot token (also a secret), so
    links keep working across restarts without one more setting."""
    if link_secret:
        return link_secret.encode()
    return hashlib.sha256(b"staff-links:" + (bot_token or "").encode()).digest()


def qr_png(url: str) -> bytes:
    """A QR code of `url` as PNG, large enough to print on a leaflet."""
    import segno

    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="png", scale=8, border=4)
    return out.getvalue()
