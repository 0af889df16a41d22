"""One user's conversation: load and save the dialog state, render a screen.

State lives in aiogram's FSM storage (memory by default, Redis in production) for
speed, and in the database so that a restart of the bot resumes where the user
was. The FSM copy is read first; the database is the fallback.
"""

from __future__ import annotations

import functools
import hashlib
import json
import time
from dataclasses import dataclass

from aiogram.fsm.context import FSMContext
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from dialogs.law.dates import is_number
from dialogs.runtime.engine import GOTO, LINK, TICK, URL, DialogState, Engine, View
from dialogs.runtime.render import ASK_PERSON_LABEL, Rendered, Renderer, split_text
from storage.repositories import DialogSessions

from ..analytics import MARK_KEY

MENU_TOKEN = "menu"
VIEWS_KEPT = 5_000  # question views, and their screens, kept by state token (~3 KB each)
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


# Screens edited in place while the user answers; the others (results, lists, the
# end of a dialog) are sent as new messages that stay in the chat.
IN_PLACE_KINDS = ("choice", "input", "pick", "info")
MAX_MESSAGE = 4096


@dataclass
class Screen:
    texts: list[str]  # the visible text as Telegram will show it, one per message
    buttons: list[tuple[str, str]]  # (action, label), in keyboard order
    markup: InlineKeyboardMarkup | None
    html: list[str] | None = None  # the same messages with parse_mode HTML (None: plain texts)
    in_place: bool = False  # a question: edit the dialog's message instead of sending a new one


class Conversation:
    def __init__(self, engine: Engine, renderer: Renderer, sessions: DialogSessions, analytics=None, ask_person: bool = False):
        self.engine = engine
        self.renderer = renderer
        self.sessions = sessions
        self.analytics = analytics  # bot.analytics.Analytics: where people get stuck (no user ids)
        # ☎️ results offer "🙋 Ask a person" (only when the operators' chat is configured)
        self.ask_person = ask_person
        # the views of the questions shown last, by state token: the press on a question
        # reads the view its step computed instead of walking the tree again; and the
        # screens drawn from them, by (token, language, prefix), since many people stand
        # at the same question with the same answers. Results are not kept: each is
        # larger, and mostly one person's (their dates)
        self._views: dict[str, tuple] = {}
        self._screens: dict[tuple, tuple] = {}

    # -- state -------------------------------------------------------------------
    async def load(self, fsm: FSMContext, user_id: int) -> DialogState | None:
        data = await fsm.get_data()
        raw = data.get("dialog", _SENTINEL)
        if raw is _SENTINEL:
            raw = await self.sessions.load(user_id)
        if not raw:
            return None
        try:
            state = self.engine.resume(DialogState.from_dict(raw))
        except KeyError:
            return None  # the service was removed: back to the menu
        return await self._keep_rerouted(fsm, user_id, state)

    async def load_with_screen(self, fsm: FSMContext, user_id: int) -> tuple[DialogState | None, int | None]:
        """The dialog and the id of the message that shows it now (None: unknown)."""
        data = await fsm.get_data()
        raw = data.get("dialog", _SENTINEL)
        if raw is _SENTINEL:
            raw = await self.sessions.load(user_id)
        state = None
        if raw:
            try:
                state = await self._keep_rerouted(fsm, user_id, self.engine.resume(DialogState.from_dict(raw)))
            except KeyError:
                state = None
        return state, data.get("screen")

    async def _keep_rerouted(self, fsm: FSMContext, user_id: int, state: DialogState) -> DialogState:
        """A screen that today's date routed again (engine.resume) is saved at once, so
        whatever shows it next (/start, a press, a text) and the answer after it act on
        the new screen. It comes back still marked `rerouted`, for the handler to say why."""
        if state.rerouted:
            await self.save(fsm, user_id, state)
        return state

    @staticmethod
    async def remember_screen(fsm: FSMContext, message_id: int | None, replaced: int | None = None) -> None:
        """The message that shows the user's place now, and the one it replaced (a
        question a result took the place of: a second press on it is a double tap)."""
        await fsm.update_data(screen=message_id, replaced=replaced)

    async def save(self, fsm: FSMContext, user_id: int, state: DialogState | None, lang: str | None = None, view: View | None = None) -> None:
        """Keep the user's new place; with `lang`, the step is also counted for staff
        statistics (one read and one write of the FSM data, as update_data costs).
        `view`: the engine's view of `state` if the step has it already."""
        new = state.to_dict() if state else None
        now = time.time()  # when the step was saved: a press on its old screen soon after is a double tap
        if self.analytics is None or lang is None:
            await fsm.update_data(dialog=new, saved_at=now)
        else:
            data = await fsm.get_data()
            data[MARK_KEY] = self.analytics.observe(data.get("dialog"), new, data.get(MARK_KEY), lang, view)
            data["dialog"] = new
            data["saved_at"] = now
            await fsm.set_data(data)
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
        token = state_token(state)
        view = self._kept_view(state, token, view)
        kept = self._screens.get((token, lang, prefix))
        if kept is not None and kept[0] is view:
            return kept[1]  # the same view (so the same day): the same screen
        screen = self._render(state, view, lang, prefix, token)
        if _keeps(view):
            _keep(self._screens, (token, lang, prefix), (view, screen))
        return screen

    def _render(self, state: DialogState, view: View, lang: str, prefix: str | None, token: str) -> Screen:
        rendered = self.renderer.render(view, lang, can_go_back=bool(state.history or state.parent))
        head = self.renderer.t(lang, prefix) if prefix else None
        texts, html = self._messages(rendered, head)
        in_place = view.kind in IN_PLACE_KINDS and not view.final
        markup = self._markup(token, rendered.buttons)
        if self.ask_person and view.kind == "result" and view.outcome == "ask_person":
            # the first row: what ☎️ means; its data is not a dialog action ("ho:o", handlers/handoff.py)
            ask = InlineKeyboardButton(text=self.renderer.t(lang, ASK_PERSON_LABEL), callback_data="ho:o")
            markup = InlineKeyboardMarkup(inline_keyboard=[[ask], *(markup.inline_keyboard if markup else [])])
        return Screen(texts, rendered.buttons, markup, html, in_place)

    @staticmethod
    def _messages(rendered: Rendered, head: str | None) -> tuple[list[str], list[str]]:
        """One HTML message (visible part, then the folded part in an expandable
        blockquote) when it fits in Telegram's 4096 characters; otherwise the visible
        part first and the folded part after it, each split."""
        import html as _html

        visible = rendered.text if head is None else head + "\n\n" + rendered.text
        html_text = rendered.html if head is None else _html.escape(head, quote=False) + "\n\n" + rendered.html
        folded = rendered.folded
        if len(visible) + len(folded) + 2 <= MAX_MESSAGE:
            return [visible + ("\n\n" + folded if folded else "")], [html_text]
        texts, htmls = [], []
        for part in split_text(visible):
            texts.append(part)
            htmls.append(_html.escape(part, quote=False))
        for part in split_text(folded, MAX_MESSAGE - 40):
            texts.append(part)
            htmls.append("<blockquote expandable>" + _html.escape(part, quote=False) + "</blockquote>")
        return texts, htmls

    def where(self, state: DialogState | None, token: str | None = None) -> tuple[View | None, list[str]]:
        """The view on the user's screen (None: the plain service list) and its actions.
        `token`: the state's token, if the caller has it."""
        if state is None and self.engine.menu() is not None:
            state = self.engine.menu()
        if state is None:
            return None, [f"tree:{tid}" for tid in sorted(self.engine.trees)]
        view = self._kept_view(state, token or state_token(state))
        return view, self.renderer.actions(view, can_go_back=bool(state.history or state.parent))

    def _kept_view(self, state: DialogState, token: str, view: View | None = None) -> View:
        """The engine's view of `state` (or `view`, the one its step computed); a
        question's is kept by token for the day: a view depends only on the state and
        today's date. A kept view is taken only for the same tree and node (a token is
        a short hash)."""
        if view is not None and view.error is not None:
            return view  # a refusal's view is shown once
        today = self.engine.today()
        kept = self._views.get(token)
        if kept is not None and kept[0] == today and kept[1].tree_id == state.tree_id and kept[1].node_id == state.node:
            return kept[1]  # (a view the step computed again is the same: the kept one serves its screen)
        view = view or self.engine.view(state)
        if _keeps(view):
            _keep(self._views, token, (today, view))
        return view

    @staticmethod
    def in_place(view: View | None) -> bool:
        return view is None or (view.kind in IN_PLACE_KINDS and not view.final)

    @staticmethod
    def _markup(token: str, buttons: list[tuple[str, str]]) -> InlineKeyboardMarkup | None:
        return _keyboard(token, tuple(buttons)) if buttons else None


def _keeps(view: View) -> bool:
    return view.error is None and view.kind in IN_PLACE_KINDS and not view.final


def _keep(table: dict, key, value) -> None:
    if len(table) >= VIEWS_KEPT:
        del table[next(iter(table))]  # the oldest goes first
    table[key] = value


@functools.lru_cache(maxsize=8192)
def _keyboard(token: str, buttons: tuple[tuple[str, str], ...]) -> InlineKeyboardMarkup:
    """The inline keyboard of a screen. The same place in a dialog (token) with the same
    buttons is the same keyboard, whoever stands there: built once and shared (Telegram
    objects are frozen)."""
    rows: list[list[InlineKeyboardButton]] = []
    nav: list[InlineKeyboardButton] = []
    ticks: list[InlineKeyboardButton] = []
    for i, (action, label) in enumerate(buttons):
        # model_construct: no validation on the hot path (labels and callback data are ours,
        # their limits checked by `check`); validating every button cost half a step
        if action.startswith(URL):
            button = InlineKeyboardButton.model_construct(text=label, url=action[len(URL):])
        else:
            button = InlineKeyboardButton.model_construct(text=label, callback_data=button_data(token, i))
        # answers and links one per row (labels are long); ticks five per row; navigation two per row
        if action.startswith(TICK):
            ticks.append(button)
            if len(ticks) == 5:
                rows.append(ticks)
                ticks = []
            continue
        if ticks:
            rows.append(ticks)
            ticks = []
        if action.startswith(("c:", "tree:", "next", LINK, URL, GOTO)):
            rows.append([button])
        else:
            nav.append(button)
            if len(nav) == 2:
                rows.append(nav)
                nav = []
    if ticks:
        rows.append(ticks)
    if nav:
        rows.append(nav)
    return InlineKeyboardMarkup.model_construct(inline_keyboard=rows)
