"""Keyboard pieces shared by handlers: the paged lists (/status, /workers), a save's 📜 and 🗑."""

from __future__ import annotations

from typing import Callable

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup


def page_nav(t: Callable[..., str], lang: str, prefix: str, index: int, pages: int) -> list[InlineKeyboardButton]:
    """◀️ / ▶️ for page `index` of `pages`; callback data `<prefix><page>` (empty on a single page)."""
    nav = []
    if index > 0:
        nav.append(InlineKeyboardButton(text=t(lang, "button-page-prev"), callback_data=f"{prefix}{index - 1}"))
    if index < pages - 1:
        nav.append(InlineKeyboardButton(text=t(lang, "button-page-next"), callback_data=f"{prefix}{index + 1}"))
    return nav


def saved_buttons(renderer, lang: str, twins: tuple[int, ...], item_id: int | None = None) -> InlineKeyboardMarkup | None:
    """Under a save's confirmation: 📜 the quotes behind the saved item's line (t:g:<id>,
    as 📜 in /status), and 🗑 for each current item of the same thing with other dates
    (numbered as the text lists them when there are several). 🗑 asks before deleting
    (t:o:<id>, as 🗑 in /status does)."""
    rows = [[InlineKeyboardButton(text=renderer.t(lang, "button-quotes"), callback_data=f"t:g:{item_id}")]] if item_id else []
    rows += [
        [InlineKeyboardButton(text=renderer.t(lang, "button-twin-delete", n=n if len(twins) > 1 else 0), callback_data=f"t:o:{twin}")]
        for n, twin in enumerate(twins, 1)
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows) if rows else None
