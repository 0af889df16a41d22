"""python -m bench [--quick] [--no-profile]

Prints one line per figure as `name: value unit` and each ratio as
`ratio NAME: value`, all measured side by side in this one run:

1. dialog step throughput (updates/s through Dispatcher.feed_update, no network):
   A = bare aiogram echo, B = aiogram-dialog (the peer), ours with memory state,
   ours with Redis state + PostgreSQL; and the Bot API calls each makes per step
   (the floor: `dialog_ours_domain_step`, our tree walk + render + keyboard alone,
   beside A's whole step; `ratio floor_ours/A_echo` is what ours could reach if
   storage and middlewares cost nothing; `dialog_ours_durable_save_per_step` is what
   the save before each screen adds, from a diagnostic run without it, and
   `ratio floor_ours_with_durable_save/A_echo` (and `/B_aiogram_dialog`) the floor with it;
   `dialog_ours_redis_round_trips_per_step` × `redis_round_trip` is the Redis client's
   share of a step with Redis)
   (`calls_per_step: N calls` for ours: a question edited in place costs 2, the
   answer to the press and the edit);
2. start-up: loading every tree and locale, and the full content check; a webhook
   process from launch to ready (no network, SQLite), and its imports by whom
   (aiogram, the other libraries, ours) — the floor of the time to the first update;
3. the reminder pipeline on PostgreSQL: finding due reminders among a population
   of tracked permits (with the query plan), and delivery through two dispatchers
   to a fake Bot API that enforces 30 messages/s and 1/s per chat;
4. a profile of our dialog step (pyinstrument), the slowest per-update path.

--quick runs every part at a tiny size (the test suite runs it; no figure there
means anything).

python -m bench instructions [--small N] [--large N] [--contenders A_echo,...] counts the
dialog step of A, B and ours in instructions under valgrind's callgrind, which the
machine's load does not move, and prints `instructions_per_update_NAME` and
`ratio instructions_ours_memory/A_echo` (and /B_aiogram_dialog) beside them
(bench/instructions.py; some minutes).

python -m bench fuzz [--updates N] [--seed N] [--users N] [--database-url URL] [--redis-url URL]
drives the real dispatcher, long polling a local Bot API double over HTTP on
127.0.0.1, with seeded random updates (tests/fuzz/) and prints what went wrong in
the same `name: value unit` lines; exits 1 if anything did.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import statistics
import subprocess
import sys
import time

from dialogs.law.dates import ALMATY


PROFILE_ROWS = 40


def line(name: str, value: float, unit: str) -> None:
    print(f"{name}: {value:.4g} {unit}", flush=True)


def ratio(name: str, value: float) -> None:
    print(f"ratio {name}: {value:.3f}", flush=True)


async def _redis_pg_urls():
    from .reminder_pipeline import fresh_database

    name, url = await fresh_database()
    return name, url, "redis://127.0.0.1:6379/14"


CALLS: dict[str, float] = {}  # Bot API calls per step, by contender (the same every round)
REDIS: dict[str, float] = {}  # ours with Redis: round trips per step, one round trip's time


async def dialog_throughput(users: int, rounds: int) -> dict[str, float]:
    from redis.asyncio import Redis

    from .dialog_throughput import redis_round_trip_seconds, run_echo, run_ours
    from .peer_aiogram_dialog import run as run_peer
    from .reminder_pipeline import drop_database

    results: dict[str, list[float]] = {"A_echo": [], "B_aiogram_dialog": [], "ours_memory": [], "ours_redis_postgres": [],
                                       "ours_memory_without_durable_save": []}

    async def not_durable(n: int):
        return await run_ours(n, durable=False)

    for _ in range(rounds):  # interleaved, so the machine's mood hits all alike
        for name, run in (("A_echo", run_echo), ("B_aiogram_dialog", run_peer), ("ours_memory", run_ours),
                          ("ours_memory_without_durable_save", not_durable)):
            r = await run(users)
            assert not r.errors, (name, r.errors[:3])
            results[name].append(r.per_second)
            CALLS[name] = r.calls_per_step
        db_name, pg_url, redis_url = await _redis_pg_urls()
        try:
            r = await run_ours(users, database_url=pg_url, redis_url=redis_url)
            assert not r.errors, r.errors[:3]
            results["ours_redis_postgres"].append(r.per_second)
            REDIS["round_trips_per_step"] = r.redis_round_trips / r.updates
            REDIS["round_trip"] = await redis_round_trip_seconds(redis_url)
        finally:
            client = Redis.from_url(redis_url)
            await client.flushdb()
            await client.aclose()
            await drop_database(db_name)
    return {k: statistics.median(v) for k, v in results.items()}


def webhook_startup(repeats: int) -> dict[str, float]:
    """A webhook process's start-up without the network: from launching the interpreter
    to the aiohttp application built (database schema checked, trees and locales loaded,
    routers and middlewares set up), on SQLite; and the same under `-X importtime`,
    summed by who is imported — the floor that no code of ours after the imports moves."""
    import os
    import re
    import tempfile

    from storage.db import Database

    code = ("from bot import heap; heap.pause_collector();"  # as `python -m bot webhook` does first
            "import asyncio; from bot.config import Settings; from bot.app import build_webhook_app;"
            "asyncio.run(build_webhook_app(Settings())); print('ready', flush=True)")
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{tmp}/startup.db"

        async def migrate() -> None:
            db = Database(url)
            await db.migrate()
            await db.close()

        asyncio.run(migrate())
        env = {**os.environ, "BOT_TOKEN": "1:STARTUP", "WEBHOOK_URL": "http://127.0.0.1", "DATABASE_URL": url,
               "REDIS_URL": "redis://127.0.0.1:6379/14", "MIGRATE_ON_START": "false", "REMINDERS": "false"}
        walls = []
        for _ in range(repeats):  # until it says ready, not until it exits (tearing down is not start-up)
            started = time.perf_counter()
            proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            assert proc.stdout.readline().strip() == "ready", "the webhook application was not built"
            walls.append(time.perf_counter() - started)
            proc.wait()
        traced = subprocess.run([sys.executable, "-X", "importtime", "-c", code], env=env, capture_output=True, text=True, check=True)
    by_owner: dict[str, float] = {}
    for row in traced.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", row)
        if m:
            top = m.group(2).split(".")[0]
            owner = "ours" if top in ("bot", "dialogs", "storage") else "aiogram" if top == "aiogram" else "other"
            by_owner[owner] = by_owner.get(owner, 0.0) + int(m.group(1)) / 1e6
    return {"wall": statistics.median(walls), **by_owner}


def startup(repeats: int) -> tuple[float, float, float]:
    """In a fresh interpreter each time: load (and structurally validate) every tree
    and locale, with and without importing the libraries first; and the full check."""
    code = (
        "import time; t0=time.perf_counter();"
        "from dialogs.model.loader import load_trees; from dialogs.runtime.i18n import Localizer;"
        "t1=time.perf_counter(); load_trees(); Localizer(); t2=time.perf_counter(); print(t2-t0, t2-t1)"
    )
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split() for _ in range(repeats)]
    with_imports = statistics.median(float(r[0]) for r in runs)
    loads = [float(r[1]) for r in runs]
    code_check = "import time; t=time.perf_counter(); from dialogs.check import run_check; r=run_check(); print(time.perf_counter()-t)"
    checks = [float(subprocess.run([sys.executable, "-c", code_check], capture_output=True, text=True, check=True).stdout) for _ in range(repeats)]
    return with_imports, statistics.median(loads), statistics.median(checks)


async def reminders(permits: int, due_now: int) -> None:
    from .reminder_pipeline import deliver, drop_database, find_due, fresh_database, populate
    from storage.db import Database

    name, url = await fresh_database()
    try:
        db = Database(url)
        await db.migrate()
        await db.close()
        today = dt.date(2026, 11, 21)
        seconds = await populate(name, permits, today)
        line("reminders_population_tracked_permits", permits, "permits")
        line("reminders_population_build", seconds, "s")
        now = dt.datetime.combine(today, dt.time(10, 0), tzinfo=ALMATY).astimezone(dt.timezone.utc)
        best, count, plan = await find_due(name, now)
        line("reminders_due_now", count, "reminders")
        line("reminders_find_due", best, "s")
        print("reminders_find_due_plan:\n" + "\n".join("    " + l for l in plan.splitlines()), flush=True)
        result = await deliver(name, url, due_now)
        line("reminders_delivered", result["delivered"], "messages")
        line("reminders_delivery_rate", result["rate"], "messages/s")
        ratio("delivery_rate/telegram_limit_30", result["rate"] / 30)
        line("reminders_429_received", result["too_many"], "responses")
        line("reminders_lost", result["lost"], "reminders")
        line("reminders_duplicated", result["duplicated"], "reminders")
        line("reminders_dispatcher_share_min", min(result["per_dispatcher"]), "messages")
    finally:
        await drop_database(name)


async def profile(users: int) -> None:
    from pyinstrument import Profiler

    from . import dialog_throughput as dt_mod

    profiler = Profiler(async_mode="enabled")
    original = dt_mod.harness.drive

    async def profiled(*args, **kwargs):
        profiler.start()
        try:
            return await original(*args, **kwargs)
        finally:
            profiler.stop()

    dt_mod.harness.drive = profiled
    try:
        await dt_mod.run_ours(users)
    finally:
        dt_mod.harness.drive = original
    text = profiler.output_text(unicode=False, color=False, show_all=False)
    print("profile_ours_memory (pyinstrument, top of the tree):", flush=True)
    for row in [r for r in text.splitlines() if r.strip()][4:PROFILE_ROWS]:
        print("    " + row)


def fuzz(argv: list[str]) -> int:
    import tempfile
    from pathlib import Path

    parser = argparse.ArgumentParser(prog="python -m bench fuzz", description="seeded updates through the real dispatcher")
    parser.add_argument("--updates", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1414)
    parser.add_argument("--users", type=int, default=40)
    parser.add_argument("--database-url", default=None, help="default: a fresh SQLite file")
    parser.add_argument("--redis-url", default=None, help="conversation state in Redis (default: in memory)")
    args = parser.parse_args(argv)
    root = Path(__file__).resolve().parent.parent
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))  # the fuzzer and the Bot API double live in tests/
    from tests.fuzz.runner import run_fuzz

    print(f"bench: fuzz run, seed {args.seed}, {time.strftime('%Y-%m-%d %H:%M')} UTC", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite+aiosqlite:///{tmp}/fuzz.db"
        report = asyncio.run(run_fuzz(args.updates, args.seed, url, redis_url=args.redis_url, users=args.users))
    for text in report.lines():
        print(text, flush=True)
    for problem in (report.errors + report.violations)[:20]:
        print("    " + problem[:300], flush=True)
    failed = report.errors or report.violations or report.unanswered_callbacks or report.sent_to_groups or report.users_at_menu != report.users
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["fuzz"]:
        return fuzz(argv[1:])
    if argv[:1] == ["instructions"]:
        from .instructions import main as instructions

        return instructions(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="every part at a tiny size")
    parser.add_argument("--no-profile", action="store_true")
    args = parser.parse_args(argv)
    users, rounds = (10, 1) if args.quick else (400, 3)
    permits, due_now = (2_000, 20) if args.quick else (1_000_000, 900)

    print(f"bench: {'quick' if args.quick else 'full'} run, {time.strftime('%Y-%m-%d %H:%M')} UTC", flush=True)
    tp = asyncio.run(dialog_throughput(users, rounds))
    durability = tp.pop("ours_memory_without_durable_save")
    for name, value in tp.items():
        line(f"dialog_{name}", value, "updates/s")
    for name, value in CALLS.items():
        if name in tp:
            line(f"dialog_{name}_calls_per_step", value, "calls")
    line("calls_per_step", CALLS["ours_memory"], "calls")
    ratio("ours_memory/A_echo", tp["ours_memory"] / tp["A_echo"])
    ratio("ours_memory/B_aiogram_dialog", tp["ours_memory"] / tp["B_aiogram_dialog"])
    ratio("ours_redis_postgres/A_echo", tp["ours_redis_postgres"] / tp["A_echo"])
    # the floor: our domain work per step (no Telegram, no storage) beside A's whole step
    from .dialog_throughput import domain_step_seconds

    domain = domain_step_seconds(20 if args.quick else 500)
    line("dialog_ours_domain_step", domain * 1000, "ms")
    line("dialog_A_echo_step", 1000 / tp["A_echo"], "ms")
    ratio("floor_ours/A_echo", (1 / tp["A_echo"]) / (1 / tp["A_echo"] + domain))
    # what the floor leaves out: the durable save before each screen (memory mode: a
    # group-committed SQLite write), measured by the same run without it (a diagnostic)
    line("dialog_ours_memory_without_durable_save", durability, "updates/s")
    line("dialog_ours_durable_save_per_step", (1 / tp["ours_memory"] - 1 / durability) * 1000, "ms")
    floor_step = 1 / tp["A_echo"] + domain + max(0.0, 1 / tp["ours_memory"] - 1 / durability)
    ratio("floor_ours_with_durable_save/A_echo", (1 / tp["A_echo"]) / floor_step)
    # the same floor beside the peer: below 1.2, "1.2 × B" is out of reach for a step
    # that saves before its screen, whatever else is made faster
    ratio("floor_ours_with_durable_save/B_aiogram_dialog", (1 / tp["B_aiogram_dialog"]) / floor_step)
    # and with Redis: the round trips a step makes, and what one costs through redis-py
    line("dialog_ours_redis_round_trips_per_step", REDIS["round_trips_per_step"], "round-trips")
    line("redis_round_trip", REDIS["round_trip"] * 1000, "ms")
    line("dialog_ours_redis_time_per_step", REDIS["round_trips_per_step"] * REDIS["round_trip"] * 1000, "ms")

    with_imports, load, check = startup(1 if args.quick else 3)
    line("startup_load_trees_and_locales", load, "s")
    line("startup_load_including_imports", with_imports, "s")
    line("startup_full_check", check, "s")
    webhook = webhook_startup(1 if args.quick else 3)
    line("startup_webhook_process_ready", webhook["wall"], "s")
    # importing, by whom (-X importtime's own cost included: compare them with each other)
    line("startup_webhook_imports_aiogram", webhook.get("aiogram", 0.0), "s")
    line("startup_webhook_imports_other_libraries", webhook.get("other", 0.0), "s")
    line("startup_webhook_imports_ours", webhook.get("ours", 0.0), "s")

    asyncio.run(reminders(permits, due_now))
    if not args.no_profile:
        asyncio.run(profile(users))
    return 0


if __name__ == "__main__":
    sys.exit(main())
