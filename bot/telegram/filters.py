"""Small async filters, one job each.

aiogram runs a synchronous filter (a magic `F` expression included) through
asyncio.to_thread; on every update that is a thread hop per filter. These are
coroutines, so they run inline.
"""

from __future__ import annotations

from aiogram.filters import Filter
from aiogram.types import CallbackQuery, Message


class PrivateChat(Filter):
    """A message in a private chat, or a press on a button of one. A press on an
    inline-mode message (no chat) or on a group's message is not private."""

    async def __call__(self, event: Message | CallbackQuery) -> bool:
        message = event.message if isinstance(event, CallbackQuery) else event
        return message is not None and message.chat.type == "private"


class NotPrivateChat(Filter):
    async def __call__(self, event: Message | CallbackQuery) -> bool:
        return not await PrivateChat()(event)


class CallbackData(Filter):
    """callback_data starting with one of the prefixes (or equal to one of `exact`)."""

    def __init__(self, *prefixes: str, exact: tuple[str, ...] = ()):
        self.prefixes = prefixes
        self.exact = exact

    async def __call__(self, query: CallbackQuery) -> bool:
        data = query.data or ""
        return data in self.exact if self.exact else data.startswith(self.prefixes)


class HasText(Filter):
    async def __call__(self, message: Message) -> bool:
        return message.text is not None


ROSTER_SUFFIXES = (".csv", ".xlsx", ".txt")
ROSTER_TYPES = {"text/csv", "text/comma-separated-values", "text/plain", "application/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


class RosterDocument(Filter):
    """A file that can be an employer's list of workers (CSV or XLSX, by name or type).
    A scan or a PDF is not one: it is not answered with a roster's column errors."""

    async def __call__(self, message: Message) -> bool:
        doc = message.document
        if doc is None:
            return False
        name = (doc.file_name or "").lower()
        return name.endswith(ROSTER_SUFFIXES) or (doc.mime_type or "").lower() in ROSTER_TYPES


UNREADABLE_SHEET_SUFFIXES = (".xls", ".ods", ".xlsb", ".fods")
UNREADABLE_SHEET_TYPES = {"application/vnd.ms-excel", "application/vnd.oasis.opendocument.spreadsheet",
                          "application/vnd.ms-excel.sheet.binary.macroenabled.12"}


class UnreadableSpreadsheet(Filter):
    """A spreadsheet the roster cannot read (old Excel .xls, OpenDocument .ods, binary
    .xlsb), by name or type: it is answered "save it as XLSX or CSV", not "I understand
    only text". A file named .csv or .xlsx is RosterDocument's whatever its type (Windows
    labels CSV files application/vnd.ms-excel), so that filter goes first."""

    async def __call__(self, message: Message) -> bool:
        doc = message.document
        if doc is None:
            return False
        name = (doc.file_name or "").lower()
        if name.endswith(ROSTER_SUFFIXES):
            return False
        return name.endswith(UNREADABLE_SHEET_SUFFIXES) or (doc.mime_type or "").lower() in UNREADABLE_SHEET_TYPES
