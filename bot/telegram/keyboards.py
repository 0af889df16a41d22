"""Keyboard pieces shared by the paged lists (/status, /workers)."""

from __future__ import annotations

from typing import Callable

from aiogram.types import InlineKeyboardButton


def page_nav(t: Callable[..., str], lang: str, prefix: str, index: int, pages: int) -> list[InlineKeyboardButton]:
    """◀️ / ▶️ for page `index` of `pages`; callback data `<prefix><page>` (empty on a single page)."""
    nav = []
    if index > 0:
        nav.append(InlineKeyboardButton(text=t(lang, "button-page-prev"), callback_data=f"{prefix}{index - 1}"))
    if index < pages - 1:
        nav.append(InlineKeyboardButton(text=t(lang, "button-page-next"), callback_data=f"{prefix}{index + 1}"))
    return nav
