"""Helpers for scripted conversations in tests: walk a tree through the engine,
or run the real terminal chat."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from dialogs.runtime.engine import NEXT, DialogState, Engine, View

ROOT = Path(__file__).resolve().parent.parent


def walk(engine: Engine, tree_id: str, *answers) -> tuple[DialogState, View]:
    """Answer in order: "c:<choice id>" presses a choice, "next" presses Continue,
    anything else is typed. Fails the test if an answer is refused."""
    state = engine.start(tree_id)
    view = engine.view(state)
    for a in answers:
        step = engine.choose(state, a) if isinstance(a, str) and (a.startswith("c:") or a == NEXT) else engine.answer_text(state, str(a))
        assert step.accepted, f"answer {a!r} refused at {state.node}: {step.view.error}"
        state, view = step.state, step.view
    return state, view


def item_ids(view: View) -> list[str]:
    return [i.text.id for i in view.items]


def note_ids(view: View) -> list[str]:
    return [n.text.id for n in view.notes]


def chat(service: str, *lines: str, lang: str = "ru", today: str = "2026-12-10", env: dict | None = None) -> str:
    """Run `python -m bot chat` with piped input; returns everything printed. The
    input ends with `/grounds`, so the last screen's folded notes, answers and
    grounds are printed too."""
    lines = (*lines, "/grounds")
    import os
    import tempfile

    args = [sys.executable, "-m", "bot", "chat", "--lang", lang, "--service", service, "--today", today]
    full_env = {**os.environ, **(env or {})}
    if not env or "DATABASE_URL" not in env:
        # never the developer's own database: a throwaway SQLite file per chat
        full_env["DATABASE_URL"] = f"sqlite+aiosqlite:///{tempfile.mkdtemp()}/chat.db"
    out = subprocess.run(args, cwd=ROOT, input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=60, env=full_env)
    assert out.returncode == 0, out.stderr
    return out.stdout
