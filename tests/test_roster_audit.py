"""The employer-flow audit's findings about HR roster files (/work/tmp/audit_employer):
what real files from HR departments look like, and what the import reply and the
stored roster must then be.

A  a name header merged over Фамилия | Имя, or separate name columns: every worker kept
B  ё and е are one letter: "Елкин Петр" updates "Ёлкин Пётр" (and migration 0015)
C  the reply names who was added and updated, and who is on the list but not in the file
D  a file over the row limit: the reply says the company's limit, not "send the rest"
E  real-world headers, and every message names a column in the user's own words
"""

from __future__ import annotations

import datetime as dt
import io
import re

import openpyxl
import pytest
from sqlalchemy import JSON, bindparam, select, text

from bot.app import build_renderer
from bot.employer import Employers
from dialogs.runtime.engine import Engine
from dialogs.tracking.roster import MAX_ROWS, parse_roster
from storage.db import Database, alembic_config
from storage.employers import Companies, digest_start, name_key
from storage.models import Reminder, RosterWorker
from storage.repositories import Users
from tests.test_reminders import almaty

TODAY = dt.date(2026, 12, 10)
HR, OTHER = 8101, 8102


def xlsx(build) -> bytes:
    book = openpyxl.Workbook()
    build(book.active)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def employers(db: Database) -> Employers:
    return Employers(db, build_renderer(), Engine({}), today=lambda: TODAY, now=lambda: almaty(2026, 12, 10, 10))


@pytest.fixture
async def db(sqlite_url):
    database = Database(sqlite_url)
    await database.migrate()
    for uid in (HR, OTHER):
        await Users(database).ensure(uid, "ru")
    yield database
    await database.close()


async def stored(e: Employers, user: int = HR) -> list[tuple[str, str]]:
    return [(w.name, w.inputs["permit_expiry"]) for w in await e.companies.workers(user)]


def plain(reply: str) -> str:
    """The reply with Fluent's non-breaking spaces in numbers ("1 000") as plain spaces."""
    return reply.replace("\u00a0", " ").replace("\u202f", " ")


# --- A: how the name is split ------------------------------------------------------------

def merged_name_header(sheet):
    sheet.append(["ФИО", None, "Действует до"])
    sheet.merge_cells("A1:B1")
    sheet.append(["Бекова", "Айгерим", dt.datetime(2026, 12, 20)])
    sheet.append(["Бекова", "Динара", dt.datetime(2027, 2, 1)])


async def test_a_name_header_merged_over_surname_and_first_name_keeps_both_workers(db):
    e = employers(db)
    reply = await e.import_roster(HR, xlsx(merged_name_header), "ru", "Сотрудники.xlsx")
    assert await stored(e) == [("Бекова Айгерим", "2026-12-20"), ("Бекова Динара", "2027-02-01")]
    assert "уже есть в строке" not in reply
    assert reply.startswith("Добавлено работников: 2.\nБекова Айгерим, Бекова Динара")


@pytest.mark.parametrize("data", [
    "Фамилия;Имя;Отчество;Действует до\nБекова;Айгерим;Болатовна;20.12.2026\nБекова;Динара;;01.02.2027\n",
    "Surname;First name;Patronymic;Permit expiry\nБекова;Айгерим;Болатовна;20.12.2026\nБекова;Динара;;01.02.2027\n",
    "Last name;First name;Middle name;Expiry date\nБекова;Айгерим;Болатовна;20.12.2026\nБекова;Динара;;01.02.2027\n",
    # in any order, joined as surname, first name, patronymic
    "Имя;Отчество;Фамилия;Действует до\nАйгерим;Болатовна;Бекова;20.12.2026\nДинара;;Бекова;01.02.2027\n",
])
def test_separate_name_columns_are_joined_surname_first_name_patronymic(data):
    parsed = parse_roster(data.encode(), TODAY)
    assert parsed.problems == []
    assert [r.label for r in parsed.rows] == ["Бекова Айгерим Болатовна", "Бекова Динара"]


async def test_surname_and_first_name_columns_are_not_read_as_first_names_only(db):
    """Before: "Имя" was the name column, so both workers were "Айгерим" and one was dropped."""
    e = employers(db)
    await e.import_roster(HR, "Фамилия;Имя;Действует до\nБекова;Айгерим;20.12.2026\nСаидова;Айгерим;01.02.2027\n".encode(), "ru")
    assert await stored(e) == [("Бекова Айгерим", "2026-12-20"), ("Саидова Айгерим", "2027-02-01")]


def test_a_merged_name_header_in_a_two_row_header_reads_the_parts_below_it():
    def build(sheet):
        sheet["A1"] = "ФИО"
        sheet.merge_cells("A1:B1")
        sheet["C1"] = "Действует до"
        sheet.merge_cells("C1:C2")
        sheet["A2"], sheet["B2"] = "Фамилия", "Имя"
        sheet.append(["Бекова", "Айгерим", dt.datetime(2026, 12, 20)])
        sheet.append(["Бекова", "Динара", dt.datetime(2027, 2, 1)])

    parsed = parse_roster(xlsx(build), TODAY)
    assert parsed.problems == []
    assert [(r.line, r.label) for r in parsed.rows] == [(3, "Бекова Айгерим"), (4, "Бекова Динара")]


def test_a_headerless_column_of_dates_or_numbers_is_not_joined_into_the_name():
    parsed = parse_roster("ФИО;;Действует до\nБекова Айгерим;7;20.12.2026\n".encode(), TODAY)
    assert [r.label for r in parsed.rows] == ["Бекова Айгерим"]
    # whole names in the name column: a header-less column of job titles beside it is
    # not joined into the name
    parsed = parse_roster("ФИО;;Действует до\nБекова Айгерим;Сварщик;20.12.2026\nСаидов Рустам;Повар;01.02.2027\n".encode(), TODAY)
    assert [r.label for r in parsed.rows] == ["Бекова Айгерим", "Саидов Рустам"]


# --- B: ё and е --------------------------------------------------------------------------

def test_yo_and_ye_are_the_same_name_within_one_file():
    parsed = parse_roster("ФИО;Действует до\nЁлкин Пётр;24.12.2026\nЕлкин Петр;24.12.2027\n".encode(), TODAY)
    assert [r.label for r in parsed.rows] == ["Ёлкин Пётр"]
    assert [(p.line, p.code, p.details) for p in parsed.problems] == [
        (3, "roster-error-duplicate", {"value": "Елкин Петр", "first": 2})]


async def test_a_name_written_without_yo_updates_the_worker_written_with_it(db):
    e = employers(db)
    await e.import_roster(HR, "ФИО;Действует до\nЁлкин Пётр;24.12.2026\n".encode(), "ru")
    reply = await e.import_roster(HR, "ФИО;Действует до\nЕлкин Петр;24.12.2027\n".encode(), "ru")
    assert await stored(e) == [("Елкин Петр", "2027-12-24")]
    assert "Добавлено работников: 0." in reply
    assert "Уже были в списке, обновлены: 1.\nЕлкин Петр" in reply
    assert name_key("Ёлкин  ПЁТР") == name_key("елкин петр") == "елкин петр"


def _alembic(connection, action, target):
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = connection
    getattr(command, action)(cfg, target)


async def _migration_keeps_the_later_expiry_and_replans_the_digest(url: str) -> None:
    today = dt.datetime.now(dt.timezone.utc).date()  # the migration plans from the real clock
    soon, later, other = (today + dt.timedelta(days=n) for n in (20, 200, 90))
    db = Database(url)
    try:
        async with db.engine.begin() as conn:
            await conn.run_sync(_alembic, "upgrade", "0014")
        await Users(db).ensure(HR, "ru")
        await Users(db).ensure(OTHER, "ru")
        async with db.engine.begin() as conn:
            await conn.execute(text("INSERT INTO companies (id, name) VALUES (1, 'ТОО'), (2, 'Другая')"))
            await conn.execute(text("INSERT INTO company_members (user_id, company_id, role, digest) VALUES (:a, 1, 'owner', :t), (:b, 2, 'owner', :t)"),
                               {"a": HR, "b": OTHER, "t": True})
            rows = [  # keyed as before revision 0015: ё kept
                (1, "Ёлкин Пётр", "ёлкин пётр", soon), (1, "Елкин Петр", "елкин петр", later),
                (1, "Бекова Алёна", "бекова алёна", other), (2, "Ёжиков Фёдор", "ёжиков фёдор", soon),
            ]
            insert = text(
                "INSERT INTO roster_workers (company_id, name, name_key, kind, inputs) VALUES (:c, :n, :k, 'self-employment', :i)"
            ).bindparams(bindparam("i", type_=JSON))
            for company, name, key, expiry in rows:
                await conn.execute(insert, {"c": company, "n": name, "k": key, "i": {"permit_expiry": expiry.isoformat()}})
        companies = Companies(db)
        now = dt.datetime.now(dt.timezone.utc)
        await companies.plan_digests(1, now)
        await companies.plan_digests(2, now)

        async def pending(user):
            async with db.sessions() as s:
                return list((await s.execute(select(Reminder.occasion).where(Reminder.user_id == user, Reminder.status == "pending"))).scalars())

        before = await pending(HR)
        assert before == [f"digest:{digest_start(now).isoformat()}"]  # Ёлкин's permit ends within the digest's 14 days

        async with db.engine.begin() as conn:
            await conn.run_sync(_alembic, "upgrade", "head")
        async with db.sessions() as s:
            left = (await s.execute(select(RosterWorker).order_by(RosterWorker.id))).scalars().all()
        assert [(w.company_id, w.name, w.name_key, w.inputs["permit_expiry"]) for w in left] == [
            (1, "Елкин Петр", "елкин петр", later.isoformat()),
            (1, "Бекова Алёна", "бекова алена", other.isoformat()),
            (2, "Ёжиков Фёдор", "ежиков федор", soon.isoformat()),
        ]
        # the dropped worker's digest day went, as a removal in /workers does: the plan is
        # the one the app makes from the workers left (planning again changes nothing)
        after = await pending(HR)
        assert len(after) == 1 and after[0] > before[0]  # Бекова's, months ahead
        await companies.plan_digests(1, dt.datetime.now(dt.timezone.utc))
        assert await pending(HR) == after
        # the other company lost nobody: its digest stays as it was
        assert len(await pending(OTHER)) == 1
        # a name written without ё now updates the re-keyed worker
        e = Employers(db, build_renderer(), Engine({}), today=lambda: today)
        await e.import_roster(OTHER, f"ФИО;Вид разрешения;Действует до\nЕжиков Федор;self-employment;{later:%d.%m.%Y}\n".encode(), "ru")
        assert [(w.name, w.inputs["permit_expiry"]) for w in await e.companies.workers(OTHER)] == [("Ежиков Федор", later.isoformat())]

        async with db.engine.begin() as conn:
            await conn.run_sync(_alembic, "downgrade", "0014")
        async with db.sessions() as s:
            keys = (await s.execute(select(RosterWorker.name_key).order_by(RosterWorker.id))).scalars().all()
        assert keys == ["елкин петр", "бекова алёна", "ежиков федор"]  # the keys as before 0015: ё kept
    finally:
        await db.close()


async def test_the_migration_folds_yo_and_drops_the_earlier_duplicate_on_sqlite(sqlite_url):
    await _migration_keeps_the_later_expiry_and_replans_the_digest(sqlite_url)


@pytest.mark.postgres
async def test_the_migration_folds_yo_and_drops_the_earlier_duplicate_on_postgres(pg_url):
    await _migration_keeps_the_later_expiry_and_replans_the_digest(pg_url)


# --- C: what changed, and who is not in the file -------------------------------------------

FIRST = "ФИО;Действует до;Месяцев\nБекова Айгерим;20.12.2026;6\nКаримов Бахтиёр;05.01.2027;6\nТурсунов Фарход;31.01.2027;6\nНазаров Азиз;31.12.2026;6\n"
SECOND = (  # Каримов renewed, Бекова the same, Назаров's row has a bad date, Турсунов gone, Юсупов new
    "ФИО;Действует до;Месяцев\nБекова Айгерим;20.12.2026;6\nКаримов Бахтиёр;05.07.2027;6\nНазаров Азиз;31.12.26;6\nЮсупов Шерзод;15.02.2027;6\n"
)


async def test_the_reply_names_who_was_added_updated_and_who_the_file_does_not_hold(db):
    e = employers(db)
    await e.import_roster(HR, FIRST.encode(), "ru")
    reply = await e.import_roster(HR, SECOND.encode(), "ru")
    assert reply.startswith("Добавлено работников: 1.\nЮсупов Шерзод\n")
    assert "Уже были в списке, обновлены: 1.\nКаримов Бахтиёр\n" in reply
    assert "Уже были в списке, без изменений: 1." in reply
    # Назаров is in the file (his row has an error): only Турсунов is missing from it
    assert "В списке компании есть работники, которых нет в этом файле: 1.\nТурсунов Фарход\n" in reply
    assert "/workers → номер работника → 🗑 Удалить из списка" in reply
    assert "никого не удаляет" in reply
    # nothing was removed
    assert [n for n, _ in await stored(e)] == ["Бекова Айгерим", "Каримов Бахтиёр", "Турсунов Фарход", "Назаров Азиз", "Юсупов Шерзод"]


async def test_long_lists_of_names_end_with_and_n_more_in_each_language(db):
    e = employers(db)
    everyone = "".join(f"Работник {n:02};01.0{1 + n % 9}.2027\n" for n in range(12))
    reply = await e.import_roster(HR, ("ФИО;Действует до\n" + everyone).encode(), "ru")
    assert "Добавлено работников: 12.\nРаботник 00, Работник 01, Работник 02, Работник 03, Работник 04 и ещё 7" in reply
    reply = await e.import_roster(HR, "ФИО;Действует до\nРаботник 00;01.01.2027\n".encode(), "en")
    assert "Workers on the company's list who are not in this file: 11.\nРаботник 01, Работник 02, Работник 03, Работник 04, Работник 05 and 6 more" in reply
    assert "/workers → the worker's number → 🗑 Remove from the list" in reply


# --- D: more rows than a file may hold ------------------------------------------------------

async def test_a_file_over_the_row_limit_names_the_company_limit_not_another_file(db):
    e = employers(db)
    rows = "".join(f"Работник {n:04};{dt.date(2027, 1, 1) + dt.timedelta(days=n % 300):%d.%m.%Y}\n" for n in range(MAX_ROWS + 5))
    reply = plain(await e.import_roster(HR, ("ФИО;Действует до\n" + rows).encode(), "ru"))
    assert "В файле 1 005 строк с работниками. Прочитаны только первые 1 000" in reply
    assert "в списке одной компании может быть не больше 1 000 работников" in reply
    assert "остальные пришлите отдельным файлом" not in reply
    assert len(await e.companies.workers(HR)) == MAX_ROWS


# --- E: real-world headers, and columns named in the user's words ---------------------------

def title_row(sheet):
    sheet["A1"] = "Список иностранных работников ТОО «Стройка» на 01.12.2026"
    sheet.merge_cells("A1:D1")
    sheet.append(["№", "ФИО", "Действует до", "Месяцев"])
    sheet.append([1, "Бекова Айгерим", dt.datetime(2026, 12, 20), 6])


def two_row_header(sheet):
    sheet["A1"] = "ФИО"
    sheet.merge_cells("A1:A2")
    sheet["B1"] = "Разрешение"
    sheet.merge_cells("B1:C1")
    sheet["B2"], sheet["C2"] = "Действует до", "Месяцев"
    sheet.append(["Бекова Айгерим", dt.datetime(2026, 12, 20), 6])


@pytest.mark.parametrize("data", [
    "Ф.И.О.;Срок действия разрешения\nБекова Айгерим;20.12.2026\n".encode("utf-8-sig"),
    "№;ФИО работника;Дата рождения;Срок действия разрешения\n1;Бекова Айгерим;01.02.1990;20.12.2026\n".encode(),
    "Ф. И. О.;Дата окончания разрешения\nБекова Айгерим;20.12.2026\n".encode("cp1251"),
    "Worker name;Date of birth;Permit expiry date\nБекова Айгерим;1990-02-01;2026-12-20\n".encode(),
    "Список работников;;\n\nФИО;;Действует до\nБекова Айгерим;;20.12.2026\n".encode(),
    xlsx(title_row),
    xlsx(two_row_header),
], ids=["fio-dots", "fio-of-worker", "spaced-dots", "english", "csv-title", "xlsx-title", "xlsx-two-rows"])
def test_real_world_headers_are_read(data):
    parsed = parse_roster(data, TODAY)
    assert parsed.problems == []
    assert [(r.label, r.expiry) for r in parsed.rows] == [("Бекова Айгерим", dt.date(2026, 12, 20))]


def test_a_birth_or_passport_date_is_not_the_permit_expiry():
    parsed = parse_roster("ФИО;Дата рождения;Срок действия паспорта\nБекова;01.02.1990;20.12.2030\n".encode(), TODAY)
    assert [(p.code, p.details) for p in parsed.problems] == [("roster-error-header-no-expiry", {"name": "ФИО"})]


async def test_row_messages_name_the_columns_as_the_file_does(db):
    e = employers(db)
    data = "Ф.И.О.;Действует до;Кол-во месяцев;Вид разрешения\nБекова;;6;labour-permit\n;20.12.2026;6;labour-permit\nКаримов;05.01.2027;6,5;labour-permit\nНазаров;05.01.2027;6;\n"
    for lang in ("ru", "en"):
        reply = await e.import_roster(HR, data.encode(), lang)
        for internal in ("permit_expiry", "months_total", "permit_kind", "(column name)", "(колонка name)"):
            assert internal not in reply, (lang, internal)
    ru = await e.import_roster(HR, data.encode(), "ru")
    assert "Строка 2: не указан последний день действия разрешения (колонка «Действует до»)." in ru
    assert "Строка 3: не указано имя работника (колонка «Ф.И.О.»)." in ru
    assert "Строка 4: «6,5» не подходит для колонки «Кол-во месяцев»" in ru
    assert "Строка 5: не указан вид разрешения (колонка «Вид разрешения»)." in ru
    en = await e.import_roster(HR, data.encode(), "en")
    assert "Line 2: the last day of the permit is missing (column “Действует до”)." in en


@pytest.mark.parametrize("data, lang, said, unsaid", [
    ("ФИО;Телефон\nБекова;+7 700\n", "ru", ["«ФИО»", "«Действует до»"], ["permit_expiry", "name,"]),
    ("Работник;Срок действия паспорта\nБекова;20.12.2030\n", "ru", ["«Работник»", "«Действует до»"], ["permit_expiry"]),
    ("Телефон;Действует до\n+7 700;20.12.2026\n", "ru", ["«Действует до»", "«ФИО»"], ["name", "permit_expiry"]),
    ("Просто текст\n", "ru", ["«ФИО»", "«Действует до»", "первых 5 строк"], ["name", "permit_expiry"]),
    ("Просто текст\n", "en", ["“Name”", "“Permit expiry”", "first 5 lines"], ["permit_expiry"]),
])
async def test_a_header_problem_names_the_columns_in_the_users_words(db, data, lang, said, unsaid):
    reply = await employers(db).import_roster(HR, data.encode(), lang)
    for part in said:
        assert part in reply, (part, reply)
    for part in unsaid:
        assert part not in reply, (part, reply)
    assert re.search(r"\{|roster-", reply) is None


def test_a_roster_date_in_the_wrong_century_is_called_a_typo_of_the_year():
    """«31.12.1826» is written as DD.MM.YYYY: the row's error says the year looks like a
    typo, not "write it as DD.MM.YYYY" (input audit, stop 30)."""
    from bot.app import build_renderer

    parsed = parse_roster("ФИО;Действует до\nАйгерим;31.12.1826\n".encode(), TODAY)
    [problem] = parsed.problems
    text = build_renderer().t("ru", problem.code, **problem.details)
    assert text == "не получилось прочитать дату «31.12.1826»: год 1826 похож на опечатку. Проверьте год."
    assert "ДД.ММ.ГГГГ" not in text
