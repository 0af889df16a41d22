"""An employer's roster of workers from a CSV or XLSX file: whose permits to watch.

The file is a table with a header row (XLSX: the first sheet). Columns (names are
case-insensitive, in any order, in Russian, Kazakh or English; spaces and hyphens
count as underscores; other columns are ignored):

    name           the worker's name or any label, 1-64 characters
                   (also: label, worker, фио, имя, работник, аты, аты_жөні, қызметкер)
    permit_kind    optional: which permit the worker holds, one of the kinds in
                   dialogs/roster_kinds.yaml (labour-immigrant permit, employer's
                   permit for foreign labour, intra-corporate transfer, self-employment
                   certificate, residence permit) by its id or a name in ru, kk or en
                   (also: kind, permit_type, вид_разрешения, рұқсат_түрі). Without the
                   column every row is read as the default kind and a note says so.
    permit_expiry  the permit's last day of validity: DD.MM.YYYY, D.M.YYYY or
                   YYYY-MM-DD, or an Excel date cell (also: expiry, valid_until,
                   действует_до, срок, жарамды_мерзімі)
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
are imported. A name met a second time is a duplicate of the first row with that
name (compared ignoring case and extra spaces), even when that first row was
itself rejected. File-level problems have line 0.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..law.dates import DateProblem, add_months, is_number, parse_user_date
from ..model.yamlio import load_yaml

MAX_ROWS = 1000
MAX_BYTES = 1024 * 1024
MAX_LABEL = 64
MAX_MONTHS = 12
PAST_MONTHS = 24  # an expiry more than 2 years ago is a typo, not a worker to watch
FUTURE_MONTHS = 36  # no permit runs 3 years ahead

ROSTER_TEMPLATE = (
    "name;permit_kind;permit_expiry;months_total\n"
    "Айгерим Б.;labour-permit;31.12.2026;6\n"
    "John Smith;employer-permit;30.06.2027;\n"
)
KINDS_FILE = Path(__file__).resolve().parent.parent / "roster_kinds.yaml"
XLSX_MAGIC = b"PK\x03\x04"

_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "label", "worker", "full_name", "employee", "фио", "имя", "работник", "сотрудник",
             "аты", "аты_жөні", "қызметкер", "жұмыскер"),
    "permit_kind": ("permit_kind", "kind", "permit_type", "type", "вид_разрешения", "вид", "тип_разрешения",
                    "тип", "рұқсат_түрі", "рұқсаттың_түрі", "түрі"),
    "permit_expiry": ("permit_expiry", "expiry", "valid_until", "expires", "действует_до", "срок",
                      "срок_действия", "дата_окончания", "жарамды_мерзімі", "мерзімі", "дейін_жарамды"),
    "months_total": ("months_total", "months", "cumulative_months", "месяцев", "всего_месяцев", "ай_саны", "айлар"),
}
_REQUIRED = ("name", "permit_expiry")
_COLUMN_BY_ALIAS = {alias: column for column, aliases in _ALIASES.items() for alias in aliases}
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
    line: int  # 1-based line number in the file (header is line 1)
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
        if not sheet:
            return RosterFile([], [RosterProblem(0, "roster-error-empty")])
        index = _index(sheet[0][1])
        if not all(c in index for c in _REQUIRED):
            return RosterFile([], [_header_problem(set(index))])
        return _rows_from(sheet[1:], index, today, kinds)
    text = _decode(data) if isinstance(data, bytes) else data.lstrip("\ufeff")
    if text is None or text.count("\x00") * 20 > len(text):  # binary, or UTF-16 without a BOM
        return RosterFile([], [_header_problem(set())])
    text = text.replace("\x00", "")  # a stray NUL in a cell (the database refuses them)
    first = next(_records(text), None)  # (line, [the header line's text])
    if first is None:
        return RosterFile([], [RosterProblem(0, "roster-error-empty")])
    columns = _find_columns(first[1][0])
    if columns is None:
        return RosterFile([], [_header_problem(_known_columns(first[1][0]))])
    delimiter, index = columns
    records = [r for r in _records(text, delimiter) if r[0] > first[0]]
    return _rows_from(records, index, today, kinds)


def parse_roster_csv(
    data: bytes | str, today: dt.date
) -> tuple[list[RosterRow], list[RosterProblem]]:
    """The rows to import and the problems to tell the user, in line order
    (file-level problems, line 0, first). CSV only: an XLSX file is not a CSV."""
    if isinstance(data, bytes) and data.startswith(XLSX_MAGIC):
        return [], [_header_problem(set())]
    parsed = parse_roster(data, today)
    return parsed.rows, parsed.problems


def _rows_from(records: list, index: dict[str, int], today: dt.date, kinds: PermitKinds) -> RosterFile:
    if not records:
        return RosterFile([], [RosterProblem(0, "roster-error-empty")])
    notes: list[RosterProblem] = []
    if "permit_kind" not in index:
        notes.append(RosterProblem(0, "roster-note-kind-assumed", {"kind": kinds.kinds[kinds.default].title}))

    file_problems: list[RosterProblem] = []
    if len(records) > MAX_ROWS:
        file_problems.append(RosterProblem(0, "roster-error-too-many", {"max": MAX_ROWS, "count": len(records)}))
        records = records[:MAX_ROWS]

    earliest = add_months(today, -PAST_MONTHS)
    latest = add_months(today, FUTURE_MONTHS)
    rows: list[RosterRow] = []
    problems: list[RosterProblem] = []
    first_line_of: dict[str, int] = {}
    for line, cells in records:

        def cell(column: str) -> str:
            i = index.get(column)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        row_problems: list[RosterProblem] = []
        label = clean_label(cell("name"), max_length=10 * MAX_LABEL) or ""
        if not label:
            row_problems.append(RosterProblem(line, "roster-error-name-missing"))
        elif len(label) > MAX_LABEL:
            row_problems.append(RosterProblem(line, "roster-error-name-too-long", {"max": MAX_LABEL, "length": len(label)}))
        else:
            key = label.casefold()
            if key in first_line_of:
                row_problems.append(RosterProblem(line, "roster-error-duplicate", {"value": label, "first": first_line_of[key]}))
            else:
                first_line_of[key] = line

        expiry = None
        raw_date = cell("permit_expiry")
        if not raw_date:
            row_problems.append(RosterProblem(line, "roster-error-date-missing"))
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
            row_problems.append(RosterProblem(line, "roster-error-kind-missing"))

        months = None
        raw_months = cell("months_total")
        if raw_months:
            m = _WHOLE.match(raw_months)
            if m and is_number(m.group(1)) and 1 <= int(m.group(1)) <= MAX_MONTHS:
                months = int(m.group(1))
            else:
                row_problems.append(RosterProblem(line, "roster-error-months", {"value": raw_months, "max": MAX_MONTHS}))

        if row_problems:
            problems.extend(row_problems)
        else:
            rows.append(RosterRow(line=line, label=label, expiry=expiry, cumulative_months=months, kind=kind))
    return RosterFile(rows, file_problems + problems, notes)


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


def _records(text: str, delimiter: str | None = None):
    """(line the row starts on, cells) for each row with any non-blank cell.
    Without a delimiter, only the first such row is split, on nothing."""
    if delimiter is None:
        for number, line in enumerate(io.StringIO(text, newline=""), start=1):
            if not _blank(line):
                yield number, [line.rstrip("\r\n")]
                return
        return
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for cells in reader:
            if not all(_blank(c) for c in cells):
                yield start, cells
            start = reader.line_num + 1
    except csv.Error:
        return  # e.g. an unclosed quote at the end: keep what was read


def _xlsx_records(data: bytes) -> list[tuple[int, list[str]]] | None:
    """(row number, cells as text) of every non-blank row of the first sheet, or
    None if the workbook cannot be read. Date cells become YYYY-MM-DD; 6.0 becomes 6."""
    import zipfile

    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError):
        return None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            return []
        out = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_xlsx_text(v) for v in values]
            if not all(_blank(c) for c in cells):
                out.append((number, cells))
        return out
    except Exception:  # noqa: BLE001 - a damaged workbook is a user's file problem, not our crash
        return None
    finally:
        book.close()


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


def _normalize_header(cell: str) -> str:
    cell = cell.strip().strip("\ufeff").strip().strip("\"'").strip().casefold()
    return re.sub(r"[\s\-]+", "_", cell)


def _index(cells: list[str]) -> dict[str, int]:
    index: dict[str, int] = {}
    for i, cell in enumerate(cells):
        column = _COLUMN_BY_ALIAS.get(_normalize_header(cell))
        if column and column not in index:
            index[column] = i
    return index


def _find_columns(raw: str) -> tuple[str, dict[str, int]] | None:
    """The delimiter and the column positions that make the line `raw` a roster header."""
    for delimiter in sorted(_DELIMITERS, key=lambda d: -raw.count(d)):
        cells = next(csv.reader([raw], delimiter=delimiter), [])
        index = _index(cells)
        if all(c in index for c in _REQUIRED):
            return delimiter, index
    return None


def _known_columns(raw: str) -> set[str]:
    found: set[str] = set()
    for delimiter in _DELIMITERS:
        found |= set(_index(next(csv.reader([raw], delimiter=delimiter), [])))
    return found


def _header_problem(found: set[str]) -> RosterProblem:
    missing = [c for c in _REQUIRED if c not in found]
    return RosterProblem(0, "roster-error-header", {"missing": ", ".join(missing)})


def _without_time(text: str) -> str:
    """Excel may write a date cell as "31.12.2026 0:00:00"."""
    m = _TIME_SUFFIX.match(text)
    return m.group(1) if m else text
