"""Routers: commands, settings (language, personal data), the dialog itself.

Each module builds a fresh router, so one process can run several bots (tests,
benchmarks) without "Router is already attached".
"""

from aiogram import Router

from . import commands, dialog, settings, staff, tracking


def root_router() -> Router:
    router = Router(name="root")
    # settings and commands first: their callbacks and commands are matched before
    # the dialog's catch-all text handler
    router.include_routers(
        settings.build_router(), staff.build_router(), commands.build_router(), tracking.build_router(), dialog.build_router()
    )
    return router
