"""A roster file small enough to upload but huge inside (the audit's s10: a 144 KB XLSX of
a million rows froze the bot for everyone): the XLSX is read only as far as the import
can use it, the reply says the file is too long, and the parse runs off the event loop,
so other users are answered meanwhile. No test here asserts on wall-clock time: what is
asserted is what was read and the order things happened in."""

from __future__ import annotations

import asyncio
import io
import threading
import zipfile

import openpyxl
import pytest
from openpyxl.styles import Font
from openpyxl.worksheet._reader import WorkSheetParser

import bot.employer
from dialogs.tracking.roster import MAX_BYTES, MAX_ROWS
from tests import test_roster_audit as audit
from tests.botapi_double import BotAPIDouble
from tests.test_e2e_employers import send_file
from tests.test_e2e_telegram import TOKEN, running_bot

# the roster audit's employer and colleague, its database fixture and its Employers (its day)
HR, OTHER, db, employers = audit.HR, audit.OTHER, audit.db, audit.employers

# the rows an XLSX may be read to: MAX_ROWS workers, a header, a few thousand blank rows at
# most; far below the million rows of the audit's file
READ_BOUND = 6 * MAX_ROWS

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '{strings}</Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    '</Relationships>',
    "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '{strings}</Relationships>',
}
STRINGS_TYPE = '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
STRINGS_REL = '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'


def cell(text: str) -> str:
    return f'<c t="inlineStr"><is><t>{text}</t></is></c>'


def handmade_xlsx(rows: list[str], repeat: str = "", times: int = 0, shared_strings: tuple[str, int] | None = None) -> bytes:
    """An XLSX whose sheet XML is written directly, as the audit's make_big_xlsx.py does:
    `rows` (row elements), then `repeat` `times` times, deflated at level 9, so a million
    rows make a small file. `shared_strings`: (an <si> element, how many of them)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, text in PARTS.items():
            z.writestr(name, text.replace("{strings}", (STRINGS_TYPE if "Types" in text else STRINGS_REL) if shared_strings else ""))
        if shared_strings:
            si, count = shared_strings
            with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
                f.write(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{NS}">'.encode())
                for done in range(0, count, 10_000):
                    f.write((si * min(10_000, count - done)).encode())
                f.write(b"</sst>")
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{NS}"><sheetData>'.encode())
            f.write("".join(rows).encode())
            for done in range(0, times, 100_000):
                f.write((repeat * min(100_000, times - done)).encode())
            f.write(b"</sheetData></worksheet>")
    return buf.getvalue()


HEADER = f'<row r="1">{cell("name")}{cell("permit_expiry")}</row>'


def plain(reply: str) -> str:
    """Fluent's non-breaking spaces in numbers ("1 000") as plain spaces."""
    return reply.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.fixture
def rows_read(monkeypatch):
    """How many row elements of a sheet were parsed (every XLSX row goes through here)."""
    count = [0]
    parse_row = WorkSheetParser.parse_row

    def counted(self, row):
        count[0] += 1
        return parse_row(self, row)

    monkeypatch.setattr(WorkSheetParser, "parse_row", counted)
    return count


async def test_a_million_rows_in_a_small_xlsx_are_read_only_as_far_as_the_import_can_use(db, rows_read):
    """The audit's file: a header and 1,000,000 one-cell rows, 144 KB, passes the 1 MB check."""
    data = handmade_xlsx([HEADER], repeat=f"<row>{cell('x')}</row>", times=1_000_000)
    assert len(data) < MAX_BYTES
    reply = plain(await employers(db).import_roster(HR, data, "ru"))
    # too long, and how far it was read: the header and the MAX_ROWS rows after it
    assert "Файл слишком длинный: прочитаны только строки до 1 001-й, дальше файл не читался" in reply
    assert "В списке одной компании может быть не больше 1 000 работников" in reply
    assert "1 000 000" not in reply  # the rows below were never read, so never counted
    assert "Добавлено работников: 0" in reply  # "x" rows have no expiry date: nobody to import
    assert rows_read[0] <= READ_BOUND


async def test_millions_of_empty_rows_stop_the_reading_and_the_workers_above_are_imported(db, rows_read):
    """Empty row elements count too; whoever is on the list but below where reading stopped
    is not said to be missing from the file."""
    e = employers(db)
    await e.import_roster(HR, "ФИО;Действует до\nСтарый Работник;31.12.2026\n".encode(), "ru")
    workers = [f'<row r="2">{cell("Бекова Айгерим")}{cell("20.12.2026")}</row>',
               f'<row r="3">{cell("Каримов Бахтиёр")}{cell("05.01.2027")}</row>']
    data = handmade_xlsx([HEADER, *workers], repeat="<row/>", times=3_000_000)
    assert len(data) < MAX_BYTES
    reply = plain(await e.import_roster(HR, data, "ru"))
    assert reply.startswith("Добавлено работников: 2.\nБекова Айгерим, Каримов Бахтиёр")
    assert "Файл слишком длинный: прочитаны только строки до" in reply
    assert "которых нет в этом файле" not in reply  # "Старый Работник" may well be further down
    assert rows_read[0] <= READ_BOUND
    assert sorted(w.name for w in await e.companies.workers(HR)) == ["Бекова Айгерим", "Каримов Бахтиёр", "Старый Работник"]


async def test_a_huge_shared_strings_table_is_not_unzipped_whole(db, monkeypatch):
    """openpyxl reads the shared strings whole: 60,000 strings of a kilobyte (60 MB of
    XML in a small file) are more than any roster holds, and the file is refused as
    unreadable once the XML read so far is more than a roster's."""
    strings_read = [0]
    import openpyxl.reader.strings as strings_module
    from openpyxl.cell.text import Text

    from_tree = Text.from_tree

    def counted(node):
        strings_read[0] += 1
        return from_tree(node)

    monkeypatch.setattr(Text, "from_tree", counted)
    assert strings_module.Text is Text
    data = handmade_xlsx([HEADER, f'<row r="2"><c t="s"><v>0</v></c>{cell("31.12.2026")}</row>'],
                         shared_strings=(f"<si><t>{'Бекова Айгерим ' * 36}</t></si>", 60_000))
    assert len(data) < MAX_BYTES
    reply = await employers(db).import_roster(HR, data, "ru")
    assert "Не получилось открыть этот файл Excel" in reply
    assert strings_read[0] < 60_000 / 2


async def test_a_formatted_empty_cell_far_below_is_no_long_file(db, rows_read):
    """A real file: two workers and one formatted empty cell at the sheet's last row (a
    whole column formatted by hand): the gap costs nothing and the file is read whole."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ФИО", "Действует до"])
    sheet.append(["Айгерим", "31.12.2026"])
    sheet.append(["Бек", "30.06.2027"])
    sheet.cell(row=1_048_576, column=1).font = Font(bold=True)
    out = io.BytesIO()
    book.save(out)
    reply = await employers(db).import_roster(HR, out.getvalue(), "ru")
    assert reply.startswith("Добавлено работников: 2.")
    assert "слишком длинный" not in reply and "Строки с ошибками" not in reply
    assert rows_read[0] == 4


async def test_a_slow_roster_file_does_not_hold_up_another_users_start(sqlite_url, trees, monkeypatch):
    """While HR's file is parsed, another user's /start is answered: the parse (held here
    until that answer has gone out) runs in a thread, not on the bot's event loop."""
    parsing, answered = threading.Event(), threading.Event()
    order: list[str] = []
    parse_roster = bot.employer.parse_roster

    def slow_parse(data, today):
        parsing.set()
        answered.wait(10)  # on the event loop this would hold everything: nobody could answer
        order.append("HR's file parsed")
        return parse_roster(data, today)

    monkeypatch.setattr(bot.employer, "parse_roster", slow_parse)
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        api.push_message(HR, "/start", language_code="ru")
        api.push_message(OTHER, "/start", language_code="kk")
        await api.wait_for_sent(1, chat_id=HR)
        await api.wait_for_sent(1, chat_id=OTHER)
        hr, other = len(api.sent_texts(HR)), len(api.sent_texts(OTHER))
        await send_file(api, app, HR, "ФИО;Действует до\nАйгерим;31.12.2026\n".encode())
        await api.wait_until(parsing.is_set, what="HR's file being parsed")
        api.push_message(OTHER, "/start", language_code="kk")
        await api.wait_until(lambda: len(api.sent_texts(OTHER)) > other, what="the other user's answer")
        order.append("the other user answered")
        answered.set()
        await api.wait_until(lambda: any("Добавлено работников: 1" in t for t in api.sent_texts(HR)[hr:]), what="HR's reply")
    assert order == ["the other user answered", "HR's file parsed"]


async def test_the_import_parses_in_a_thread(db, monkeypatch):
    """The same without the bot: a coroutine on the loop runs while the parse is held."""
    parsing, released = threading.Event(), threading.Event()
    order: list[str] = []
    parse_roster = bot.employer.parse_roster

    def slow_parse(data, today):
        parsing.set()
        released.wait(10)
        order.append("parsed")
        return parse_roster(data, today)

    monkeypatch.setattr(bot.employer, "parse_roster", slow_parse)

    async def another_user():
        while not parsing.is_set():
            await asyncio.sleep(0.01)
        order.append("another coroutine ran")
        released.set()

    reply, _ = await asyncio.gather(employers(db).import_roster(HR, "ФИО;Действует до\nАйгерим;31.12.2026\n".encode(), "ru"),
                                    another_user())
    assert reply.startswith("Добавлено работников: 1.")
    assert order == ["another coroutine ran", "parsed"]
