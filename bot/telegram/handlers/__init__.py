"""Routers: commands, settings (language, personal data), the dialog itself.

Each module builds a fresh router, so one process can run several bots (tests,
benchmarks) without "Router is already attached".
"""

from aiogram import Router

from . import commands, dialog, employer, guard, handoff, settings, staff, stats, tracking


def routers() -> list[Router]:
    """The routers in the order aiogram tries them, included straight into the
    Dispatcher (a root router around them would be one more level on every update)."""
    # settings and commands first: their callbacks and commands are matched before
    # the dialog's catch-all text handler
    # the dialog's presses first: the most frequent update, with a prefix ("d:") of its
    # own, and private chats only (its root filter), so each router before it would be
    # one more level on every press;
    # then the guard (presses from groups are answered silently and go no further),
    # the fallback last (a press nobody recognised is answered "out of date");
    # the operators' forum group (hand-offs) is the one group the bot reads and writes;
    # /start and /menu, the most frequent messages, before the rarer commands: each
    # Command filter ahead of theirs is parsed on every one of them (the commands are
    # distinct, so the order decides nothing else);
    # a hand-off before the roster's file handler: a file sent while an operator is
    # on the line is for the operator (a scan of a permit), not a list of workers
    return [dialog.buttons_router(), guard.first_router(), handoff.operators_router(), commands.build_router(), settings.build_router(),
            staff.build_router(), stats.build_router(), handoff.user_router(), employer.build_router(), tracking.build_router(),
            dialog.build_router(), guard.last_router()]
