"""Wiring: build the engine, renderer and storage once, then run a front end."""

from __future__ import annotations

import sys

from dialogs.engine import Engine
from dialogs.i18n import default_localizer
from dialogs.loader import load_trees
from dialogs.render import Renderer


def build_engine(today=None) -> Engine:
    return Engine(load_trees(), today=today) if today else Engine(load_trees())


def build_renderer() -> Renderer:
    return Renderer(default_localizer())


def build_chat(lang: str, service: str | None, today=None) -> int:
    from bot.chat import run_chat

    engine = build_engine((lambda: today) if today else None)
    if service and service not in engine.trees:
        print(f"unknown service {service!r}; known: {', '.join(sorted(engine.trees))}", file=sys.stderr)
        return 2
    return run_chat(engine, build_renderer(), lang, service)
