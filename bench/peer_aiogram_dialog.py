"""Reference B, the peer: the three-question tree built the idiomatic aiogram-dialog way.

One Dialog over a StatesGroup (Q1, Q2, Q3, Done); each question window offers its
answers as widgets (a Select on Q1, Buttons on Q2 and Q3). Every answer stores itself
in dialog_data and moves on with manager.next(); the Done window shows what was
collected. /start (CommandStart) resets the stack and opens Q1. The first button of
every question window is an answer that advances, because the driver always presses
the first button: /start, click, click, click -> Done (clicks=3).

A fresh Dispatcher, Dialog (a Router) and Bot are built on every call, since aiogram
routers cannot be attached to a second parent.
"""

from __future__ import annotations

import operator
from typing import Any

from aiogram import Bot, Dispatcher, Router
from aiogram.filters import CommandStart
from aiogram.fsm.state import State, StatesGroup
from aiogram.fsm.storage.memory import MemoryStorage
from aiogram.methods import TelegramMethod
from aiogram.types import CallbackQuery, Message
from aiogram_dialog import Dialog, DialogManager, StartMode, Window, setup_dialogs
from aiogram_dialog.widgets.kbd import Button, Row, Select
from aiogram_dialog.widgets.text import Const, Format

from bench import harness

FINAL_TEXT = "Thanks! Your answers:"
ANSWERS = [("Yes", "yes"), ("No", "no")]  # (label, id); "Yes" first so the driver advances


class Q(StatesGroup):
    Q1 = State()
    Q2 = State()
    Q3 = State()
    Done = State()


async def _answers_getter(**_kwargs: Any) -> dict[str, Any]:
    return {"answers": ANSWERS}


async def _on_q1_selected(callback: CallbackQuery, widget: Any, manager: DialogManager, item_id: str) -> None:
    manager.dialog_data["q1"] = item_id
    await manager.next()


def _answer_button(question: str, label: str, value: str) -> Button:
    async def on_click(callback: CallbackQuery, button: Button, manager: DialogManager) -> None:
        manager.dialog_data[question] = value
        await manager.next()

    return Button(Const(label), id=f"{question}_{value}", on_click=on_click)


async def _done_getter(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    data = dialog_manager.dialog_data
    return {"q1": data.get("q1", "-"), "q2": data.get("q2", "-"), "q3": data.get("q3", "-")}


def build_dispatcher() -> Dispatcher:
    """A fresh Dispatcher with MemoryStorage, a /start router and the dialog."""
    dialog = Dialog(
        Window(
            Const("Question 1: do you like benchmarks?"),
            Select(
                Format("{item[0]}"),
                id="q1",
                item_id_getter=operator.itemgetter(1),
                items="answers",
                on_click=_on_q1_selected,
            ),
            getter=_answers_getter,
            state=Q.Q1,
        ),
        Window(
            Const("Question 2: do you like Python?"),
            Row(_answer_button("q2", "Yes", "yes"), _answer_button("q2", "No", "no")),
            state=Q.Q2,
        ),
        Window(
            Const("Question 3: do you like Telegram bots?"),
            Row(_answer_button("q3", "Yes", "yes"), _answer_button("q3", "No", "no")),
            state=Q.Q3,
        ),
        Window(
            Const(FINAL_TEXT),
            Format("Q1: {q1}\nQ2: {q2}\nQ3: {q3}"),
            getter=_done_getter,
            state=Q.Done,
        ),
    )

    start_router = Router(name="peer_start")

    @start_router.message(CommandStart())
    async def on_start(message: Message, dialog_manager: DialogManager) -> None:
        await dialog_manager.start(Q.Q1, mode=StartMode.RESET_STACK)

    dp = Dispatcher(storage=MemoryStorage())
    dp.include_router(start_router)
    dp.include_router(dialog)
    setup_dialogs(dp)
    return dp


async def _run_with(bot: Bot, session: harness.NullSession, users: int, clicks: int) -> harness.Result:
    dp = build_dispatcher()
    try:
        return await harness.drive(dp, bot, session, users, clicks)
    finally:
        await dp.storage.close()
        await bot.session.close()


async def run(users: int, clicks: int = 3) -> harness.Result:
    bot, session = harness.make_bot()
    return await _run_with(bot, session, users, clicks)


# --- correctness check ---------------------------------------------------------------

class RecordingSession(harness.NullSession):
    """NullSession that also remembers, per chat, every message-returning call it answered:
    (API method name, message_id, text)."""

    def __init__(self) -> None:
        super().__init__()
        self.log: dict[int, list[tuple[str, int, str | None]]] = {}

    async def make_request(self, bot: Bot, method: TelegramMethod[Any], timeout: int | None = None) -> Any:
        result = await super().make_request(bot, method, timeout)
        if isinstance(result, Message):
            self.log.setdefault(result.chat.id, []).append(
                (method.__api_method__, result.message_id, getattr(method, "text", None))
            )
        return result


async def self_check() -> None:
    """Five users go /start + 3 clicks; each must end on the Done window with all 'yes',
    every click landing on the message that was edited in place."""
    users, clicks = 5, 3
    session = RecordingSession()
    bot = Bot(f"{harness.BOT_ID}:BENCH", session=session)
    try:
        result = await _run_with(bot, session, users, clicks)
    except Exception as exc:  # a handler blew up inside feed_update
        raise AssertionError(f"drive raised: {exc!r}") from exc

    assert not result.errors, f"driver errors: {result.errors}"
    assert result.updates == users * (1 + clicks), f"updates {result.updates} != {users * (1 + clicks)}"
    expected_texts = [
        "Question 1: do you like benchmarks?",
        "Question 2: do you like Python?",
        "Question 3: do you like Telegram bots?",
        f"{FINAL_TEXT}\nQ1: yes\nQ2: yes\nQ3: yes",
    ]
    for uid in range(1, users + 1):
        log = session.log.get(uid)
        assert log, f"user {uid}: bot sent nothing"
        texts = [text for _, _, text in log]
        assert texts == expected_texts, f"user {uid}: screens {texts!r}"
        methods = [name for name, _, _ in log]
        assert methods == ["sendMessage", "editMessageText", "editMessageText", "editMessageText"], (
            f"user {uid}: methods {methods}"
        )
        ids = {mid for _, mid, _ in log}
        assert len(ids) == 1, f"user {uid}: expected one message edited in place, got ids {ids}"
        assert FINAL_TEXT in (log[-1][2] or ""), f"user {uid}: last text {log[-1][2]!r}"
