"""An employer's roster of workers from a CSV or XLSX file: whose permits to watch.

The file is a table with a header row (XLSX: the first sheet) among its first
HEADER_ROWS non-blank rows: a title row above it is skipped, and a header of two rows
(a merged group title over the column names) is read as one. Columns (names are
case-insensitive, in any order, in Russian, Kazakh or English; dots are dropped, so
"Ф.И.О." is "фио"; spaces, hyphens and other punctuation count as underscores; a
header that starts with a name below, or contains the telling words, is recognised
too: "ФИО работника", "Срок действия разрешения"; other columns are ignored):

    name           the worker's name or any label, 1-64 characters
                   (also: label, worker, фио, работник, аты_жөні, қызметкер).
                   A header merged over the next header-less columns (Фамилия | Имя
                   under one "ФИО") joins their text into the name.
    surname, first_name, patronymic
                   instead of name: the name in separate columns, joined in this order
                   (фамилия / имя / отчество, тегі / аты / әкесінің_аты,
                   last name / first name / middle name)
    permit_kind    optional: which permit the worker holds, one of the kinds in
                   dialogs/roster_kinds.yaml (labour-immigrant permit, employer's
                   permit for foreign labour, intra-corporate transfer, self-employment
                   certificate, residence permit) by its id or a name in ru, kk or en
                   (also: kind, permit_type, вид_разрешения, рұқсат_түрі). Without the
                   column every row is read as the default kind and a note says so.
    permit_expiry  the permit's last day of validity: DD.MM.YYYY, D.M.YYYY or
                   YYYY-MM-DD, or an Excel date cell (also: expiry, valid_until,
                   действует_до, срок, срок_действия_разрешения, жарамды_мерзімі; a
                   header naming a birth, issue, passport or contract date is not it)
    months_total   optional: months granted in total, extensions included,
                   a whole number 1-12 (also: months, cumulative_months, месяцев, ай_саны)

Example (ROSTER_TEMPLATE):

    name;permit_kind;permit_expiry;months_total
    Айгерим Б.;labour-permit;31.12.2026;6

What a real Excel export brings is accepted: UTF-8 with or without a BOM,
Windows-1251, UTF-16 with a BOM; semicolons, commas or tabs between the cells;
blank lines; a time after the date ("31.12.2026 0:00:00"); "6,0" months.

A bad row does not stop the import: it is reported as a RosterProblem with its
line in the file and a message id from locales/*/roster.ftl, and the other rows
are imported. A message about a column names it as the file's header does
(details["column"]). A name met a second time is a duplicate of the first row with
that name (compared ignoring case, ё/е and extra spaces), even when that first row
was itself rejected. File-level problems have line 0.

An XLSX file is read only as far as the import can use it: a 144 KB file may unzip
into a million rows (or a huge shared-strings table), so at most XLSX_MAX_RECORDS
non-blank rows, XLSX_MAX_SHEET_ROWS rows in all (blank ones too) and XLSX_MAX_UNZIPPED
bytes of XML are read; a file cut short says so (TOO_LONG) instead of counting its rows.
The parse is plain CPU work: callers in an event loop run it in a thread.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..law.dates import DateProblem, add_months, is_number, parse_user_date
from ..law.parameters import default_parameters
from ..model.yamlio import load_yaml

MAX_ROWS = 1000  # per file; the same as a company's list holds (storage.employers.MAX_WORKERS)
MAX_BYTES = 1024 * 1024
MAX_LABEL = 64
PAST_MONTHS = 24  # an expiry more than 2 years ago is a typo, not a worker to watch
FUTURE_MONTHS = 36  # no permit runs 3 years ahead
HEADER_ROWS = 5  # the header row is looked for among the first 5 non-blank rows (a title above it)
MAX_COLUMN_LABEL = 40  # a header's text as quoted in a message

ROSTER_TEMPLATE = (
    "name;permit_kind;permit_expiry;months_total\n"
    "Айгерим Б.;labour-permit;31.12.2026;6\n"
    "John Smith;employer-permit;30.06.2027;\n"
)
KINDS_FILE = Path(__file__).resolve().parent.parent / "roster_kinds.yaml"
XLSX_MAGIC = b"PK\x03\x04"
# How much of an XLSX is read (see the module's docstring). Enough non-blank rows to see
# that a file holds more than MAX_ROWS workers below a header among its HEADER_ROWS first
# rows; blank rows (formatted empty rows of a template) count too, with room for a few
# thousand of them; every part's XML, unzipped, counts against one budget.
XLSX_MAX_RECORDS = HEADER_ROWS + MAX_ROWS + 1
XLSX_MAX_SHEET_ROWS = XLSX_MAX_RECORDS + 4 * MAX_ROWS
XLSX_MAX_COLUMNS = 256  # cells of a row read (a roster has a dozen columns)
XLSX_MAX_UNZIPPED = 16 * 1024 * 1024  # a real roster of 1,000 rows is a few MB of XML
# a file-level problem: the XLSX was read only so far (its row count is not known); a
# company import's message (locales/*/roster.ftl, with the company's limit)
TOO_LONG = "workers-file-too-long"

# A header cell's exact names (compared after _normalize_header: ё is е, no dots).
_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "label", "worker", "full_name", "employee", "employee_name", "worker_name", "фио", "ф_и_о",
             "работник", "сотрудник", "фамилия_имя_отчество", "фамилия_имя", "фамилия_и_имя",
             "аты_жөні", "толық_аты_жөні", "қызметкер", "жұмыскер"),
    "surname": ("surname", "last_name", "family_name", "фамилия", "тегі"),
    "first_name": ("first_name", "given_name", "имя", "аты"),
    "patronymic": ("patronymic", "middle_name", "отчество", "әкесінің_аты"),
    "permit_kind": ("permit_kind", "kind", "permit_type", "type", "вид_разрешения", "вид", "тип_разрешения",
                    "тип", "рұқсат_түрі", "рұқсаттың_түрі", "түрі"),
    "permit_expiry": ("permit_expiry", "expiry", "valid_until", "expires", "действует_до", "срок",
                      "срок_действия", "дата_окончания", "жарамды_мерзімі", "мерзімі", "дейін_жарамды"),
    "months_total": ("months_total", "months", "cumulative_months", "месяцев", "всего_месяцев", "ай_саны", "айлар"),
}
_NAME_PARTS = ("surname", "first_name", "patronymic")  # joined in this order when there is no name column
_REQUIRED = ("name", "permit_expiry")  # "name": the name column or its parts

# A header that is not an exact alias: what it starts with (tokens) or what it contains.
_STARTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "name": (("фио",), ("ф", "и", "о"), ("фамилия", "имя"), ("фамилия", "и", "имя"), ("full", "name"),
             ("аты", "жөні"), ("толық", "аты")),
    "surname": (("фамилия",), ("surname",), ("last", "name"), ("family", "name"), ("тегі",)),
    "first_name": (("имя",), ("first", "name"), ("given", "name"), ("аты",)),
    "patronymic": (("отчество",), ("patronymic",), ("middle", "name"), ("әкесінің", "аты")),
    "permit_kind": (("вид", "разрешения"), ("тип", "разрешения"), ("permit", "kind"), ("permit", "type"),
                    ("рұқсат", "түрі"), ("рұқсаттың", "түрі")),
    "permit_expiry": (("действует", "до"), ("действ", "до"), ("действителен", "до"), ("действительно", "до"),
                      ("годен", "до"), ("срок",), ("срок", "действия"), ("дата", "окончания"), ("expiry",),
                      ("expires",), ("expiration",), ("valid", "until"), ("жарамды", "мерзімі"), ("дейін", "жарамды")),
    "months_total": (("месяцев",), ("всего", "месяцев"), ("количество", "месяцев"), ("кол", "во", "месяцев"),
                     ("months",), ("ай", "саны")),
}
_NAME_WORDS = ("фио", "name")  # "ФИО работника", "Worker name"
_NOT_NAME = ("first", "last", "middle", "family", "given", "company", "employer", "user", "file", "father", "sur")
_EXPIRY_STEMS = ("действ", "оконч", "истек", "истеч", "срок", "expir", "valid", "until", "жарамд", "мерзім", "дейін", "аяқтал")
_PERMIT_STEMS = ("разреш", "permit", "рұқсат")
_KIND_WORDS = ("вид", "тип", "type", "kind", "түрі")
_MONTH_STEMS = ("месяц", "month")
# another date or duration than the permit's last day: not permit_expiry, whatever else the header says
_NOT_EXPIRY_STEMS = ("рожд", "birth", "туған", "паспорт", "passport", "выдач", "выдан", "issue", "берілг", "договор",
                     "contract", "шарт", "виза", "визы", "visa", "регистрац", "registr", "тірке", "пребыван",
                     "прибыт", "въезд", "entry", "arriv", "начал", "start", "бастал", "месяц", "month")
_NOT_EXPIRY_WORDS = ("мес", "ай")  # "Срок (мес.)": months
_COLUMN_BY_ALIAS: dict[str, str] = {}  # filled below, once _normalize_header is defined
_DELIMITERS = (";", ",", "\t")
_TIME_SUFFIX = re.compile(r"^(.*?\S)\s+\d{1,2}:\d{2}(?::\d{2})?$")
_WHOLE = re.compile(r"^(\d+)(?:[.,]0+)?$")


@dataclass(frozen=True)
class PermitKind:
    """A roster permit kind and the schedule (service, kind) that watches it."""

    id: str
    title: str  # message id
    names: frozenset[str]  # folded (see fold_kind)
    service: str
    schedule_kind: str
    inputs: tuple[tuple[str, str], ...]  # (schedule input, roster column)
    fixed: tuple[tuple[str, str], ...] = ()  # (schedule input, value) the kind settles

    def schedule_inputs(self, columns: dict) -> dict:
        """The schedule's inputs from a worker's roster columns."""
        out = {name: columns.get(column) for name, column in self.inputs if columns.get(column) is not None}
        out.update(self.fixed)
        return out


@dataclass(frozen=True)
class PermitKinds:
    default: str
    kinds: dict[str, PermitKind]

    def find(self, text: str) -> PermitKind | None:
        folded = fold_kind(text)
        for kind in self.kinds.values():
            if folded in kind.names:
                return kind
        return None


def fold_kind(text: str) -> str:
    """A permit kind as written in a cell, compared ignoring case, quotes, dots,
    hyphens and extra spaces: "Labour-Immigrant Permit" == "labour immigrant permit"."""
    text = re.sub(r"[\"'«»“”‘’.,()]", " ", (text or "").casefold().replace("ё", "е"))
    return " ".join(re.sub(r"[-_–—/]", " ", text).split())


def load_permit_kinds(path: Path = KINDS_FILE) -> PermitKinds:
    raw = load_yaml(path) or {}
    kinds = {}
    for kid, spec in (raw.get("kinds") or {}).items():
        names = frozenset(fold_kind(n) for n in [kid, *(spec.get("names") or ())])
        kinds[kid] = PermitKind(
            id=kid,
            title=spec["title"],
            names=names,
            service=spec["schedule"]["service"],
            schedule_kind=spec["schedule"]["kind"],
            inputs=tuple((str(k), str(v)) for k, v in (spec.get("inputs") or {}).items()),
            fixed=tuple((str(k), str(v)) for k, v in (spec.get("fixed") or {}).items()),
        )
    default = raw.get("default")
    if default not in kinds:
        raise ValueError(f"{path.name}: the default kind {default!r} is not listed")
    return PermitKinds(default=default, kinds=kinds)


@lru_cache(maxsize=1)
def default_permit_kinds() -> PermitKinds:
    return load_permit_kinds()


@dataclass(frozen=True)
class RosterRow:
    line: int  # 1-based line number in the file (XLSX: the sheet row), counting the header and title rows
    label: str  # worker's name or label, 1-64 chars, stripped
    expiry: dt.date  # the permit's last day of validity
    cumulative_months: int | None  # months granted in total incl. extensions, 1-12, optional
    kind: str = "labour-permit"  # a PermitKind id (dialogs/roster_kinds.yaml)


@dataclass(frozen=True)
class RosterProblem:
    line: int  # 0 for the whole file
    code: str  # a Fluent message id in locales/*/roster.ftl
    details: dict = field(default_factory=dict)  # the message's arguments


@dataclass(frozen=True)
class RosterFile:
    rows: list[RosterRow]
    problems: list[RosterProblem]  # in line order, file-level (line 0) first
    notes: list[RosterProblem] = field(default_factory=list)  # not errors: e.g. which kind was assumed
    # every worker's name the file holds, in file order: rejected rows and rows past MAX_ROWS too
    # (so a worker in the file is never said to be missing from it)
    names: list[str] = field(default_factory=list)
    # column -> its header as the file writes it ("name": "ФИО", or "Фамилия, Имя" for parts)
    columns: dict[str, str] = field(default_factory=dict)
    # False: an XLSX read only up to its limits (problem TOO_LONG); `names` then lacks
    # whoever is below, so nobody may be said to be missing from the file
    complete: bool = True


@dataclass(frozen=True)
class _Header:
    start: int  # the position of the first record below the header
    cells: list[str]  # the header's cells (two header rows read as one)
    index: dict[str, int]  # column -> position
    labels: dict[str, str]  # column -> the header's own text


def parse_roster(data: bytes | str, today: dt.date, kinds: PermitKinds | None = None) -> RosterFile:
    """A roster from a CSV or an XLSX file (told apart by its first bytes)."""
    kinds = kinds or default_permit_kinds()
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8"))
    if size > MAX_BYTES:
        return RosterFile([], [RosterProblem(0, "roster-error-too-large", {"max_mb": MAX_BYTES // (1024 * 1024)})])
    if isinstance(data, bytes) and data.startswith(XLSX_MAGIC):
        sheet = _xlsx_records(data)
        if sheet is None:
            return RosterFile([], [RosterProblem(0, "roster-error-xlsx")])
        records, cut = sheet
        if not records:
            if cut is not None:  # thousands of blank rows before anything
                return RosterFile([], [_too_long(cut)], complete=False)
            return RosterFile([], [RosterProblem(0, "roster-error-empty")])
        header, found = _find_header(records)
        if header is None:
            return RosterFile([], [_header_problem(found)], complete=cut is None)
        return _rows_from(records[header.start:], header, today, kinds, cut)
    text = _decode(data) if isinstance(data, bytes) else data.lstrip("\ufeff")
    if text is None or text.count("\x00") * 20 > len(text):  # binary, or UTF-16 without a BOM
        return RosterFile([], [_header_problem({})])
    text = text.replace("\x00", "")  # a stray NUL in a cell (the database refuses them)
    sample = _first_lines(text, HEADER_ROWS)
    if not sample:
        return RosterFile([], [RosterProblem(0, "roster-error-empty")])
    best: dict[str, str] = {}
    for delimiter in sorted(_DELIMITERS, key=lambda d: -"".join(sample).count(d)):
        header, found = _find_header(list(itertools.islice(_records(text, delimiter), HEADER_ROWS)))
        if header is not None:
            records = list(_records(text, delimiter))
            return _rows_from(records[header.start:], header, today, kinds)
        if _required_found(found) > _required_found(best):
            best = found
    return RosterFile([], [_header_problem(best)])


def parse_roster_csv(
    data: bytes | str, today: dt.date
) -> tuple[list[RosterRow], list[RosterProblem]]:
    """The rows to import and the problems to tell the user, in line order
    (file-level problems, line 0, first). CSV only: an XLSX file is not a CSV."""
    if isinstance(data, bytes) and data.startswith(XLSX_MAGIC):
        return [], [_header_problem({})]
    parsed = parse_roster(data, today)
    return parsed.rows, parsed.problems


def _rows_from(records: list, header: _Header, today: dt.date, kinds: PermitKinds, cut: int | None = None) -> RosterFile:
    """`cut`: the last row read of an XLSX read only so far (None: the whole file)."""
    index = header.index
    name_cells, name_label = _name_columns(header, records)
    labels = {**{c: text for c, text in header.labels.items() if c not in _NAME_PARTS}, "name": name_label}
    if not records:
        if cut is not None:
            return RosterFile([], [_too_long(cut)], columns=labels, complete=False)
        return RosterFile([], [RosterProblem(0, "roster-error-empty")], columns=labels)
    notes: list[RosterProblem] = []
    if "permit_kind" not in index:
        notes.append(RosterProblem(0, "roster-note-kind-assumed", {"kind": kinds.kinds[kinds.default].title}))

    def name_of(cells: list[str]) -> str:
        parts = (cells[i].strip() for i in name_cells if i < len(cells))
        return clean_label(" ".join(p for p in parts if p), max_length=10 * MAX_LABEL) or ""

    names = [n[:MAX_LABEL] for n in (name_of(cells) for _, cells in records) if n]
    file_problems: list[RosterProblem] = []
    if cut is not None:
        # how many rows the file holds is not known: say how far it was read
        file_problems.append(_too_long(records[MAX_ROWS - 1][0] if len(records) > MAX_ROWS else cut))
        records = records[:MAX_ROWS]
    elif len(records) > MAX_ROWS:
        file_problems.append(RosterProblem(0, "roster-error-too-many", {"max": MAX_ROWS, "count": len(records)}))
        records = records[:MAX_ROWS]

    earliest = add_months(today, -PAST_MONTHS)
    latest = add_months(today, FUTURE_MONTHS)
    # a labour permit's months with its extensions: at most the law's maximum in force today
    max_months = default_parameters().value("labour_permit.max_total_months", today)
    rows: list[RosterRow] = []
    problems: list[RosterProblem] = []
    first_line_of: dict[str, int] = {}
    for line, cells in records:

        def cell(column: str) -> str:
            i = index.get(column)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        row_problems: list[RosterProblem] = []
        label = name_of(cells)
        if not label:
            row_problems.append(RosterProblem(line, "roster-error-name-empty", {"column": labels["name"]}))
        elif len(label) > MAX_LABEL:
            row_problems.append(RosterProblem(line, "roster-error-name-too-long", {"max": MAX_LABEL, "length": len(label)}))
        else:
            key = fold_name(label)
            if key in first_line_of:
                row_problems.append(RosterProblem(line, "roster-error-duplicate", {"value": label, "first": first_line_of[key]}))
            else:
                first_line_of[key] = line

        expiry = None
        raw_date = cell("permit_expiry")
        if not raw_date:
            row_problems.append(RosterProblem(line, "roster-error-expiry-empty", {"column": labels["permit_expiry"]}))
        else:
            try:
                expiry = parse_user_date(_without_time(raw_date))
            except DateProblem as problem:
                details = {**problem.details, "reason": problem.code, "value": raw_date}
                row_problems.append(RosterProblem(line, "roster-error-date", details))
            else:
                if not earliest <= expiry <= latest:
                    row_problems.append(
                        RosterProblem(line, "roster-error-date-range", {"value": raw_date, "earliest": earliest, "latest": latest})
                    )

        kind = kinds.default
        raw_kind = cell("permit_kind")
        if raw_kind:
            found = kinds.find(raw_kind)
            if found is None:
                row_problems.append(RosterProblem(line, "roster-error-kind", {"value": raw_kind[:64]}))
            else:
                kind = found.id
        elif "permit_kind" in index:
            row_problems.append(RosterProblem(line, "roster-error-kind-empty", {"column": labels["permit_kind"]}))

        months = None
        raw_months = cell("months_total")
        if raw_months:
            m = _WHOLE.match(raw_months)
            if m and is_number(m.group(1)) and 1 <= int(m.group(1)) <= max_months:
                months = int(m.group(1))
            else:
                row_problems.append(RosterProblem(
                    line, "roster-error-months-value", {"value": raw_months, "max": max_months, "column": labels["months_total"]}))

        if row_problems:
            problems.extend(row_problems)
        else:
            rows.append(RosterRow(line=line, label=label, expiry=expiry, cumulative_months=months, kind=kind))
    return RosterFile(rows, file_problems + problems, notes, names=names, columns=labels, complete=cut is None)


def _too_long(row: int) -> RosterProblem:
    return RosterProblem(0, TOO_LONG, {"row": row, "max": MAX_ROWS})


def fold_name(name: str) -> str:
    """A worker's name compared ignoring case, extra spaces and ё/е: "Ёлкин  Пётр" is
    "елкин петр" (storage.employers.name_key keys the stored roster the same way)."""
    return " ".join(name.casefold().replace("ё", "е").split())


def clean_label(text: str | None, max_length: int = MAX_LABEL) -> str | None:
    """A name or label as it may be stored and shown: control characters (NUL and
    the like, which a database refuses), unpaired surrogates and line breaks removed,
    spaces collapsed, at most `max_length` characters; None if nothing is left."""
    if text is None:
        return None
    kept = "".join(" " if unicodedata.category(c) in ("Zl", "Zp") or c in "\t\n\r" else c
                   for c in str(text) if unicodedata.category(c) not in ("Cc", "Cs") or c in "\t\n\r")
    kept = " ".join(kept.split())[:max_length].strip()
    return kept or None


def _decode(data: bytes) -> str | None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _first_lines(text: str, count: int) -> list[str]:
    """The first `count` non-blank lines of the text."""
    out = []
    for line in io.StringIO(text, newline=""):
        if not _blank(line):
            out.append(line.rstrip("\r\n"))
            if len(out) == count:
                break
    return out


def _records(text: str, delimiter: str):
    """(line the row starts on, cells) for each row with any non-blank cell."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for cells in reader:
            if not all(_blank(c) for c in cells):
                yield start, cells
            start = reader.line_num + 1
    except csv.Error:
        return  # e.g. an unclosed quote at the end: keep what was read


class _XmlBudgetSpent(Exception):
    """An XLSX's parts, unzipped, are more XML than XLSX_MAX_UNZIPPED."""


class _BudgetedPart:
    """A part of the archive, read against the archive's budget of unzipped bytes."""

    def __init__(self, raw, archive: _BudgetedZip):
        self.raw, self.archive = raw, archive

    def read(self, size: int | None = -1) -> bytes:
        allowed = self.archive.left + 1  # one byte more than allowed tells "over"
        chunk = self.raw.read(allowed if size is None or size < 0 else min(size, allowed))
        self.archive.left -= len(chunk)
        if self.archive.left < 0:
            raise _XmlBudgetSpent()
        return chunk

    def close(self) -> None:
        self.raw.close()

    def __enter__(self):
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


class _BudgetedZip(zipfile.ZipFile):
    """An XLSX archive whose parts, opened or read whole, share XLSX_MAX_UNZIPPED
    unzipped bytes (zipfile ends a part at its declared size: a lie does not get past it)."""

    def __init__(self, data: bytes, budget: int = XLSX_MAX_UNZIPPED):
        super().__init__(io.BytesIO(data))
        self.left = budget

    def open(self, name, mode="r", pwd=None, **kwargs):
        part = super().open(name, mode, pwd, **kwargs)
        return _BudgetedPart(part, self) if mode == "r" else part


def _xlsx_records(data: bytes) -> tuple[list[tuple[int, list[str]]], int | None] | None:
    """(row number, cells as text) of the non-blank rows of the first sheet, and None
    if the whole sheet was read, else the last row read (reading stops at
    XLSX_MAX_RECORDS non-blank rows, XLSX_MAX_SHEET_ROWS rows, blank ones included, or
    XLSX_MAX_UNZIPPED bytes of XML, whichever comes first; at most XLSX_MAX_COLUMNS
    cells a row). None if the workbook cannot be read. Date cells become YYYY-MM-DD;
    6.0 becomes 6.

    openpyxl's load_workbook, even read-only, reads every sheet through to find its
    size when the file does not state it (the million-row file), so its steps are taken
    here without that one, and the first sheet's rows are read as its read-only sheet
    reads them (WorkSheetParser), row element by row element: a gap between row numbers
    costs nothing, an empty row element counts."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet
    from openpyxl.worksheet._reader import WorkSheetParser

    try:
        reader = ExcelReader(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
        reader.archive.close()
        reader.archive = archive = _BudgetedZip(data)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError):
        return None
    try:
        reader.read_manifest()
        reader.read_strings()
        reader.read_workbook()
        apply_stylesheet(archive, reader.wb)
        target = next((rel.target for _, rel in reader.parser.find_sheets()
                       if rel.target in reader.valid_files and "chartsheet" not in rel.Type), None)
        if target is None:
            return [], None
        book = reader.wb
        out: list[tuple[int, list[str]]] = []
        read = last = 0
        with archive.open(target) as source:
            parser = WorkSheetParser(source, reader.shared_strings, data_only=True, epoch=book.epoch,
                                     date_formats=book._date_formats, timedelta_formats=book._timedelta_formats)
            try:
                for number, row in parser.parse():
                    if read == XLSX_MAX_SHEET_ROWS or len(out) == XLSX_MAX_RECORDS:
                        return out, last  # another row is there, past what the import can use
                    read, last = read + 1, number
                    width = min(max((c["column"] for c in row), default=0), XLSX_MAX_COLUMNS)
                    cells = [""] * width
                    for c in row:
                        if c["column"] <= width:
                            cells[c["column"] - 1] = _xlsx_text(c["value"])
                    if not all(_blank(c) for c in cells):
                        out.append((number, cells))
            except _XmlBudgetSpent:
                return out, last
        return out, None
    except Exception:  # noqa: BLE001 - a damaged workbook (or one whose parts unzip too big) is the user's file problem
        return None
    finally:
        archive.close()


def _xlsx_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _blank(text: str) -> bool:
    """Nothing but spaces, quotes and delimiters: Excel's ";;;" rows."""
    return not text.strip(" \t\r\n;,\"'")


def _normalize_header(cell: str | None) -> str:
    """A header cell as compared: lower case, ё as е, the dots of an abbreviation
    dropped ("Ф.И.О." is "фио"), any other run of spaces and punctuation one "_"."""
    text = str(cell or "").replace("\ufeff", "").casefold().replace("ё", "е")
    text = re.sub(r"(?<!\w)(\w)\.", r"\1", text)
    return re.sub(r"[\W_]+", "_", text).strip("_")


_COLUMN_BY_ALIAS.update({_normalize_header(alias): column for column, aliases in _ALIASES.items() for alias in aliases})


def _column_of(cell: str | None) -> str | None:
    """Which roster column a header cell names, if any: an exact alias, else a header
    that starts with one ("ФИО работника", "Срок действия разрешения") or says what
    it holds; a date that is not the permit's last day ("Дата рождения", "Срок
    действия паспорта", "Дата выдачи разрешения") is none."""
    norm = _normalize_header(cell)
    if not norm:
        return None
    if norm in _COLUMN_BY_ALIAS:
        return _COLUMN_BY_ALIAS[norm]
    tokens = tuple(norm.split("_"))

    def starts(column: str) -> bool:
        return any(tokens[: len(p)] == p for p in _STARTS[column])

    def stems(found: tuple[str, ...]) -> set[str]:
        return {stem for stem in found for token in tokens if stem in token}

    if starts("name") or (any(w in tokens for w in _NAME_WORDS) and not any(w in tokens for w in _NOT_NAME)):
        return "name"
    for part in _NAME_PARTS:
        if starts(part):
            return part
    expiry_words = stems(_EXPIRY_STEMS)
    other_date = stems(_NOT_EXPIRY_STEMS) or any(w in tokens for w in _NOT_EXPIRY_WORDS)
    if not other_date and (starts("permit_expiry") or (expiry_words and stems(_PERMIT_STEMS)) or len(expiry_words) >= 2):
        return "permit_expiry"
    if starts("permit_kind") or (any(w in tokens for w in _KIND_WORDS) and stems(_PERMIT_STEMS) and not expiry_words):
        return "permit_kind"
    if starts("months_total") or stems(_MONTH_STEMS) or "мес" in tokens:
        return "months_total"
    return None


def _index(cells: list[str]) -> tuple[dict[str, int], dict[str, str]]:
    """column -> position, and column -> the header's own text (the first cell naming a column wins)."""
    index: dict[str, int] = {}
    labels: dict[str, str] = {}
    for i, cell in enumerate(cells):
        column = _column_of(cell)
        if column and column not in index:
            index[column] = i
            labels[column] = clean_label(cell, MAX_COLUMN_LABEL) or column
    return index, labels


def _found(labels: dict[str, str]) -> dict[str, str]:
    """The required columns among `labels`: name (its column, or its parts joined) and permit_expiry."""
    out = {}
    parts = [labels[p] for p in _NAME_PARTS if p in labels]
    if "name" in labels or parts:
        out["name"] = labels.get("name") or ", ".join(parts)
    if "permit_expiry" in labels:
        out["permit_expiry"] = labels["permit_expiry"]
    return out


def _required_found(found: dict[str, str]) -> int:
    return sum(c in found for c in _REQUIRED)


def _find_header(records: list[tuple[int, list[str]]]) -> tuple[_Header | None, dict[str, str]]:
    """The header among the first HEADER_ROWS records: one row naming the required
    columns (a title row above it is skipped), or two rows read as one (a merged group
    title over the column names: each column is named by its lower cell, else its
    upper one). None, and the required columns the best candidate named, if none does."""
    head = records[:HEADER_ROWS]
    best: dict[str, str] = {}
    for pos in range(len(head)):
        below = head[pos + 1][1] if pos + 1 < len(head) else None
        # a complete row followed by column names and no digits (no date: not a worker) is
        # the upper row of two: "ФИО" merged over "Фамилия | Имя"; else the row alone
        order = (2, 1) if below is not None and _names_columns(below) else (1, 2)
        for rows in order:
            if rows == 2 and below is None:
                continue
            cells = _header_cells(head[pos][1], below if rows == 2 else None)
            index, labels = _index(cells)
            found = _found(labels)
            if _required_found(found) == len(_REQUIRED):
                return _Header(start=pos + rows, cells=cells, index=index, labels=labels), found
            if _required_found(found) > _required_found(best):
                best = found
    return None, best


def _names_columns(cells: list[str]) -> bool:
    """A row of column names, not of a worker: some cell names a column, none holds a digit."""
    return any(_column_of(c) for c in cells) and not any(ch.isdigit() for c in cells for ch in c)


def _header_cells(top: list[str], bottom: list[str] | None) -> list[str]:
    if bottom is None:
        return list(top)
    width = max(len(top), len(bottom))
    return [bottom[i] if i < len(bottom) and not _blank(bottom[i]) else (top[i] if i < len(top) else "")
            for i in range(width)]


def _name_columns(header: _Header, records: list) -> tuple[tuple[int, ...], str]:
    """The positions whose text, joined, is a worker's name, and how the header names
    them. Separate surname / first name / patronymic columns (two or more of them) are
    joined in that order; a name column holding one word a row (a surname) is followed
    by the header-less columns next to it that hold name words in the rows (a header cell
    merged over them: Фамилия | Имя under one "ФИО"), so that "Бекова | Айгерим" is not
    read as "Бекова"; beside whole names such a column is left alone (a job title)."""
    index, labels = header.index, header.labels
    parts = [p for p in _NAME_PARTS if p in index]
    if "name" not in index or len(parts) >= 2:
        return tuple(index[p] for p in parts), ", ".join(labels[p] for p in parts)
    first = index["name"]
    columns = [first]
    if not _single_words(records, first):
        # the name column holds whole names ("Бекова Айгерим"): a header-less column
        # beside it is something else (a job title), not the rest of a split name
        return tuple(columns), labels["name"]
    taken = set(index.values())
    for i in range(first + 1, min(first + 4, len(header.cells))):
        if not _blank(header.cells[i]) or i in taken or not _holds_name_words(records, i):
            break
        columns.append(i)
    return tuple(columns), labels["name"]


def _column_values(records: list, i: int) -> list[str]:
    """Column `i`'s non-blank cells, stripped, in the rows that have it."""
    return [cells[i].strip() for _, cells in records if i < len(cells) and cells[i].strip()]


def _single_words(records: list, i: int) -> bool:
    """Column `i` holds one word in every row that has it (a surname alone)."""
    values = _column_values(records, i)
    return bool(values) and all(len(v.split()) == 1 for v in values)


def _holds_name_words(records: list, i: int) -> bool:
    """Column `i` holds text that can be part of a name in some row, and nothing else
    (no digits, at most three words: not a date, a number or a note)."""
    values = _column_values(records, i)
    return bool(values) and all(
        len(v) <= MAX_COLUMN_LABEL and len(v.split()) <= 3 and not any(c.isdigit() for c in v) and any(c.isalpha() for c in v)
        for v in values
    )


def _header_problem(found: dict[str, str]) -> RosterProblem:
    """No header: the message names the column that is there, as the file writes it."""
    if "name" in found:
        return RosterProblem(0, "roster-error-header-no-expiry", {"name": found["name"]})
    if "permit_expiry" in found:
        return RosterProblem(0, "roster-error-header-no-name", {"expiry": found["permit_expiry"]})
    return RosterProblem(0, "roster-error-header-none", {"rows": HEADER_ROWS})


def _without_time(text: str) -> str:
    """Excel may write a date cell as "31.12.2026 0:00:00"."""
    m = _TIME_SUFFIX.match(text)
    return m.group(1) if m else text
