"""python -m bench instructions [--small N] [--large N] [--repeat N] [--contenders A,B,...]

The dialog step's ratios counted in instructions instead of seconds. On a shared machine
the seconds of one run swing by a third from minute to minute (A's step has measured
0.21 to 0.43 ms on the same evening), which hides a change of a few per cent. Valgrind's
callgrind counts the instructions a process executes, the same for the same code and
inputs whatever else the machine is doing, so two versions of a step can be compared
one run apart.

Each contender runs under callgrind at two sizes, `small` and `large` users (the driver of
bench/harness.py, all users at once), and the difference of the two totals divided by
the difference of their updates is the instructions one more update costs: start-up,
imports and the database's creation cancel out. Every thread counts (the SQLite writes
of ours run in aiosqlite's). An instruction is not a unit of time — a contender that
waits on memory or on a thread takes longer per instruction — so these ratios stand
beside the seconds of `python -m bench`, not in their place. Each run under callgrind
takes about a minute on this machine; the runs go two at a time (one per core).

Each size runs `--repeat` times (3 by default) and the median total counts. Totals of the
same run repeated agree within about 0.15 %, which moves a per-update figure by about
1 % (2.77 to 2.80 M for ours in three pairs). One pair in the ten run on 2026-12-06
was off by far more, about 330 M instructions in one total, and gave ours 2.12 M an
update instead of about 2.78 M. A median of three is immune to one such run;
`instructions_spread_NAME` prints how far the per-update figures of the pairs (the
first small run with the first large, …) lie apart, so a doubtful figure shows.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import statistics
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

CONTENDERS = ("A_echo", "B_aiogram_dialog", "ours_memory", "ours_memory_without_durable_save", "ours_domain")
# ours_domain is not a contender but the floor: our tree walk, render and keyboard alone
# (bench/dialog_throughput.domain_step_seconds), no Telegram and no storage
COLLECTED = re.compile(r"Collected : (\d+)")
UPDATES = re.compile(r"^updates (\d+)$", re.M)
ROOT = Path(__file__).resolve().parent.parent


def run_one(contender: str, users: int) -> int:
    """One run of a contender (no callgrind here): the updates it handled."""
    from .dialog_throughput import run_echo, run_ours
    from .peer_aiogram_dialog import run as run_peer

    if contender == "ours_domain":
        from .dialog_throughput import domain_step_seconds

        domain_step_seconds(users)  # users rounds of the three questions
        return users * 3
    runs = {"A_echo": run_echo, "B_aiogram_dialog": run_peer, "ours_memory": run_ours,
            "ours_memory_without_durable_save": lambda n: run_ours(n, durable=False)}
    result = asyncio.run(runs[contender](users))
    if result.errors:
        raise SystemExit(f"{contender}: {result.errors[:3]}")
    return result.updates


def counted(contender: str, users: int) -> tuple[int, int]:
    """(instructions, updates) of one run under callgrind."""
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-m", "bench.instructions", "one", contender, str(users)],
        cwd=ROOT, capture_output=True, text=True, timeout=3600,
    )
    instructions, updates = COLLECTED.search(out.stderr), UPDATES.search(out.stdout)
    if out.returncode != 0 or not instructions or not updates:
        raise RuntimeError(f"{contender} under callgrind failed: {out.stderr[-1500:]}")
    return int(instructions.group(1)), int(updates.group(1))


def per_update(small: tuple[int, int], large: tuple[int, int]) -> float:
    """The instructions one more update costs, from two runs of different sizes."""
    (i1, u1), (i2, u2) = small, large
    if u2 <= u1:
        raise ValueError("the large run must handle more updates than the small one")
    return (i2 - i1) / (u2 - u1)


def median_run(runs: list[tuple[int, int]]) -> tuple[int, int]:
    """The run with the median total among repeats of one size (their updates agree)."""
    if len({u for _i, u in runs}) != 1:
        raise ValueError(f"repeats of one size handled different numbers of updates: {runs}")
    return sorted(runs)[(len(runs) - 1) // 2]


def spread(small: list[tuple[int, int]], large: list[tuple[int, int]]) -> float:
    """How far apart the per-update figures of the repeats lie, as a share of their median."""
    figures = [per_update(s, l) for s, l in zip(small, large)]
    return (max(figures) - min(figures)) / statistics.median(figures)


def main(argv: list[str]) -> int:
    if argv[:1] == ["one"]:
        print(f"updates {run_one(argv[1], int(argv[2]))}", flush=True)
        return 0
    parser = argparse.ArgumentParser(prog="python -m bench instructions", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", type=int, default=20, help="users in the small run (default 20)")
    parser.add_argument("--large", type=int, default=120, help="users in the large run (default 120; at most 200 run at once)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each size; the median total counts (default 3)")
    parser.add_argument("--contenders", default=",".join(CONTENDERS), help="default: all, and ours_domain (the floor)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("instructions: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    contenders = [c for c in args.contenders.split(",") if c]
    unknown = set(contenders) - set(CONTENDERS)
    if unknown:
        parser.error(f"unknown contenders: {', '.join(sorted(unknown))}")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    jobs = [(c, n) for _ in range(args.repeat) for c in contenders for n in (args.small, args.large)]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        runs = list(pool.map(lambda job: counted(*job), jobs))
    totals: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for job, run in zip(jobs, runs):
        totals.setdefault(job, []).append(run)
    per = {c: per_update(median_run(totals[(c, args.small)]), median_run(totals[(c, args.large)])) for c in contenders}
    for c in contenders:
        print(f"instructions_per_update_{c}: {per[c]:.4g} instructions", flush=True)
    if args.repeat > 1:
        for c in contenders:
            print(f"instructions_spread_{c}: {100 * spread(totals[(c, args.small)], totals[(c, args.large)]):.2g} %", flush=True)
    for ours in ("ours_memory", "ours_memory_without_durable_save"):
        for peer in ("A_echo", "B_aiogram_dialog"):
            if ours in per and peer in per:
                # fewer instructions is faster: the ratio reads as the throughput ratios do
                print(f"ratio instructions_{ours}/{peer}: {per[peer] / per[ours]:.3f}", flush=True)
    if {"A_echo", "ours_domain"} <= set(per):
        # the floor, as `python -m bench` prints it in seconds: A's whole step plus our
        # domain work, then plus what the durable save adds
        floor = per["A_echo"] + per["ours_domain"]
        print(f"ratio instructions_floor_ours/A_echo: {per['A_echo'] / floor:.3f}", flush=True)
        if {"ours_memory", "ours_memory_without_durable_save"} <= set(per):
            floor += max(0.0, per["ours_memory"] - per["ours_memory_without_durable_save"])
            for peer in ("A_echo", "B_aiogram_dialog"):
                if peer in per:
                    print(f"ratio instructions_floor_ours_with_durable_save/{peer}: {per[peer] / floor:.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
