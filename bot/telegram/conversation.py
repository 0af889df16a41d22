"""One user's conversation: load and save the dialog state, render a screen.

State lives in aiogram's FSM storage (memory by default, Redis in production) for
speed, and in the database so that a restart of the bot resumes where the user
was. The FSM copy is read first; the database is the fallback.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from aiogram.fsm.context import FSMContext
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from dialogs.dates import is_number
from dialogs.engine import LINK, URL, DialogState, Engine, View
from dialogs.render import Renderer, split_text
from storage.repositories import DialogSessions

MENU_TOKEN = "menu"
_SENTINEL = object()


def state_token(state: DialogState | None) -> str:
    """A short fingerprint of where the user is; buttons carry it so that a button
    from an older screen (or a forged one) is recognised on arrival."""
    if state is None:
        return MENU_TOKEN
    raw = json.dumps(state.to_dict(), sort_keys=True, ensure_ascii=False).encode()
    return hashlib.blake2b(raw, digest_size=6).hexdigest()


def button_data(token: str, index: int) -> str:
    return f"d:{token}:{index}"  # at most 2 + 12 + 1 + 3 bytes, far below Telegram's 64


def parse_button_data(data: str) -> tuple[str, int] | None:
    parts = (data or "").split(":")
    if len(parts) != 3 or parts[0] != "d" or not is_number(parts[2]) or len(parts[2]) > 3:
        return None
    return parts[1], int(parts[2])


@dataclass
class Screen:
    texts: list[str]
    buttons: list[tuple[str, str]]  # (action, label), in keyboard order
    markup: InlineKeyboardMarkup | None


class Conversation:
    def __init__(self, engine: Engine, renderer: Renderer, sessions: DialogSessions):
        self.engine = engine
        self.renderer = renderer
        self.sessions = sessions

    # -- state -------------------------------------------------------------------
    async def load(self, fsm: FSMContext, user_id: int) -> DialogState | None:
        data = await fsm.get_data()
        raw = data.get("dialog", _SENTINEL)
        if raw is _SENTINEL:
            raw = await self.sessions.load(user_id)
        if not raw:
            return None
        try:
            return self.engine.resume(DialogState.from_dict(raw))
        except KeyError:
            return None  # the service was removed: back to the menu

    async def save(self, fsm: FSMContext, user_id: int, state: DialogState | None) -> None:
        await fsm.update_data(dialog=state.to_dict() if state else None)
        if state is None:
            await self.sessions.clear(user_id)
        else:
            await self.sessions.save(user_id, state.to_dict())

    # -- screens -----------------------------------------------------------------
    def menu(self, lang: str, hint: str | None = None) -> Screen:
        """The plain list of services, used only when no menu tree is loaded."""
        text = self.renderer.t(lang, "menu-title")
        if hint:
            text = self.renderer.t(lang, hint) + "\n\n" + text
        buttons = [(f"tree:{tid}", self.renderer.t(lang, tree.title)) for tid, tree in sorted(self.engine.trees.items())]
        return Screen([text], buttons, self._markup(MENU_TOKEN, buttons))

    def screen(self, state: DialogState | None, lang: str, view: View | None = None, prefix: str | None = None) -> Screen:
        if state is None and self.engine.menu() is not None:
            state = self.engine.menu()
        if state is None:
            return self.menu(lang, hint=prefix)
        view = view or self.engine.view(state)
        rendered = self.renderer.render(view, lang, can_go_back=bool(state.history or state.parent))
        text = rendered.text
        if prefix:
            text = self.renderer.t(lang, prefix) + "\n\n" + text
        return Screen(split_text(text), rendered.buttons, self._markup(state_token(state), rendered.buttons))

    def actions_for(self, state: DialogState | None, lang: str) -> list[str]:
        """The actions of the buttons on the user's current screen, in order."""
        if state is None and self.engine.menu() is not None:
            state = self.engine.menu()
        if state is None:
            return [f"tree:{tid}" for tid in sorted(self.engine.trees)]
        return self.renderer.actions(self.engine.view(state), can_go_back=bool(state.history or state.parent))

    @staticmethod
    def _markup(token: str, buttons: list[tuple[str, str]]) -> InlineKeyboardMarkup | None:
        if not buttons:
            return None
        rows: list[list[InlineKeyboardButton]] = []
        nav: list[InlineKeyboardButton] = []
        for i, (action, label) in enumerate(buttons):
            if action.startswith(URL):
                button = InlineKeyboardButton(text=label, url=action[len(URL):])
            else:
                button = InlineKeyboardButton(text=label, callback_data=button_data(token, i))
            # answers and links one per row (labels are long); navigation two per row
            if action.startswith(("c:", "tree:", "next", LINK, URL)):
                rows.append([button])
            else:
                nav.append(button)
                if len(nav) == 2:
                    rows.append(nav)
                    nav = []
        if nav:
            rows.append(nav)
        return InlineKeyboardMarkup(inline_keyboard=rows)
