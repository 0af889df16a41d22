"""Routers: commands, settings (language, personal data), the dialog itself."""

from aiogram import Router

from . import commands, dialog, settings


def root_router() -> Router:
    router = Router(name="root")
    # settings and commands first: their callbacks and commands are matched before
    # the dialog's catch-all text handler
    router.include_routers(settings.router, commands.router, dialog.router)
    return router
