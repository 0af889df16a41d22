"""Load over real HTTP: bot processes behind the webhook, updates posted at a fixed
rate by a load generator in a separate process, all on 127.0.0.1.

    python -m bench.webhook_load [--rate 150] [--seconds 10] [--users 300] [--processes 1,2]

For each process count: a fresh PostgreSQL database (`python -m bot migrate` once),
Redis db 14, a permissive fake Bot API for the bot's outgoing calls, N identical
`python -m bot webhook` processes on their own ports (a reverse proxy's job — spreading
POSTs over them — is done by the generator, round robin), then the generator posts
text updates from `--users` users at `--rate` updates/s for `--seconds` and reports
how many were handled per second and the p50/p99 latency of a POST (the webhook
answers after handling, so this is the step's latency as Telegram sees it), and the bot
processes' CPU time per handled update (from /proc: what an update costs a core).
Prints `name: value unit` lines like `python -m bench`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = "redis://127.0.0.1:6379/14"
SCRIPT = ["/start", "1", "1", "/menu"]  # each user loops: menu, a persona, its first question, back


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def text_update(update_id: int, user_id: int, text: str) -> dict:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": int(time.time()),
            "chat": {"id": user_id, "type": "private"},
            "from": {"id": user_id, "is_bot": False, "first_name": "U", "language_code": "ru"},
            "text": text,
        },
    }


async def generate(ports: list[int], rate: float, seconds: float, users: int, secret: str, path: str) -> dict:
    """Post updates at a fixed rate (open loop: a slow answer does not slow the
    offered rate), round robin over `ports`; bounded by `seconds` plus a drain of 30 s."""
    import aiohttp

    latencies: list[float] = []
    errors = 0
    total = int(rate * seconds)
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(timeout=timeout) as http:

        async def post(i: int) -> None:
            nonlocal errors
            user = 10_000 + i % users
            text = SCRIPT[(i // users) % len(SCRIPT)]
            url = f"http://127.0.0.1:{ports[i % len(ports)]}{path}"
            started = time.perf_counter()
            try:
                async with http.post(url, json=text_update(i + 1, user, text), headers=headers) as response:
                    await response.read()
                    if response.status != 200:
                        errors += 1
                        return
            except Exception:  # noqa: BLE001 - counted, the run goes on
                errors += 1
                return
            latencies.append(time.perf_counter() - started)

        tasks = []
        t0 = time.perf_counter()
        for i in range(total):
            delay = t0 + i / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(post(i)))
        offered_for = max(time.perf_counter() - t0, 1e-9)
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - t0
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] if latencies else float("nan")

    return {
        "offered": total,
        "offered_per_second": total / offered_for,
        "handled": len(latencies),
        "errors": errors,
        "elapsed": elapsed,
        "handled_per_second": len(latencies) / elapsed,
        "p50": pct(0.50),
        "p99": pct(0.99),
        "mean": statistics.fmean(latencies) if latencies else float("nan"),
    }


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) a process has used so far, from /proc (Linux); None elsewhere."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _first_update(port: int, proc: subprocess.Popen, secret: str, path: str, timeout: float = 60) -> float:
    """Seconds from now until the process has handled an update: /start is posted
    until a POST is answered 200 (the webhook answers after handling the update)."""
    import aiohttp

    started = time.perf_counter()
    deadline = time.monotonic() + timeout
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as http:
        n = 0
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"webhook process on {port} exited with {proc.returncode}")
            n += 1
            try:
                update = text_update(900_000_000 + port * 100 + n, 999_000 + port, "/start")
                async with http.post(f"http://127.0.0.1:{port}{path}", json=update, headers=headers) as response:
                    await response.read()
                    if response.status == 200:
                        return time.perf_counter() - started
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.02)
    raise TimeoutError(f"webhook process on {port} handled no update")


async def run(processes: int, rate: float, seconds: float, users: int) -> dict:
    from redis.asyncio import Redis

    from .fake_telegram import LimitedBotAPI
    from .reminder_pipeline import drop_database, fresh_database

    api = await LimitedBotAPI(per_second=10**9, per_chat=0).start()
    name, db_url = await fresh_database()
    redis = Redis.from_url(REDIS_URL)
    await redis.flushdb()
    secret, path = "bench-secret", "/telegram/webhook"
    env = {k: v for k, v in os.environ.items()}
    env.update(
        BOT_TOKEN="123:ABC", TELEGRAM_API_URL=api.base_url, DATABASE_URL=db_url, REDIS_URL=REDIS_URL,
        WEBHOOK_URL="http://127.0.0.1", WEBHOOK_PATH=path, WEBHOOK_SECRET=secret, REMINDERS="false",
        MIGRATE_ON_START="false",  # as in production: `python -m bot migrate` ran first (below)
    )
    procs: list[subprocess.Popen] = []
    try:
        subprocess.run([sys.executable, "-m", "bot", "migrate"], cwd=ROOT, env=env, check=True, capture_output=True)
        ports = [free_port() for _ in range(processes)]
        for port in ports:
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "bot", "webhook"], cwd=ROOT, env={**env, "WEBHOOK_PORT": str(port)},
                stdout=subprocess.DEVNULL, stderr=open(os.path.join(tempfile.gettempdir(), f"webhook-load-{port}.log"), "w"),
            ))
        started = time.perf_counter()
        first = await asyncio.gather(*(_first_update(p, proc, secret, path) for p, proc in zip(ports, procs)))
        startup = time.perf_counter() - started
        # the generator is a process of its own, so it does not share the bots' CPU time slices
        # awaited, not run blocking: the fake Bot API answering the bots lives in this event loop
        cpu_before = [cpu_seconds(proc.pid) for proc in procs]
        gen = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bench.webhook_load", "generate", "--ports", ",".join(map(str, ports)),
            "--rate", str(rate), "--seconds", str(seconds), "--users", str(users), "--secret", secret, "--path", path,
            cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(gen.communicate(), timeout=seconds + 120)
        if gen.returncode != 0:
            raise RuntimeError(f"load generator failed: {err.decode()[-2000:]}")
        result = json.loads(out.decode().strip().splitlines()[-1])
        result["startup"] = startup
        # the bots' CPU time per handled update: what one update costs a core, which the
        # machine's other load moves far less than the updates/s it lets through
        cpu_after = [cpu_seconds(proc.pid) for proc in procs]
        if None not in cpu_before + cpu_after and result["handled"]:
            result["cpu_per_update"] = (sum(cpu_after) - sum(cpu_before)) / result["handled"]
        result["first_update"] = max(first)
        return result
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        await redis.flushdb()
        await redis.aclose()
        await api.close()
        await drop_database(name)


def report(results: dict[int, dict]) -> None:
    from .__main__ import line, ratio

    for n, r in results.items():
        line(f"webhook_{n}proc_offered", r["offered_per_second"], "updates/s")
        line(f"webhook_{n}proc_handled", r["handled_per_second"], "updates/s")
        line(f"webhook_{n}proc_errors", r["errors"], "updates")
        line(f"webhook_{n}proc_latency_p50", r["p50"] * 1000, "ms")
        line(f"webhook_{n}proc_latency_p99", r["p99"] * 1000, "ms")
        line(f"webhook_{n}proc_first_update_handled_after", r["first_update"], "s")
        if "cpu_per_update" in r:
            line(f"webhook_{n}proc_cpu_per_update", r["cpu_per_update"] * 1000, "ms")
    if 1 in results and 2 in results:
        ratio("webhook_2proc/1proc_handled", results[2]["handled_per_second"] / results[1]["handled_per_second"])
        ratio("webhook_1proc/2proc_p99", results[1]["p99"] / results[2]["p99"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.webhook_load", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command")
    g = sub.add_parser("generate", help="(internal) the load generator process")
    g.add_argument("--ports", required=True)
    g.add_argument("--rate", type=float, required=True)
    g.add_argument("--seconds", type=float, required=True)
    g.add_argument("--users", type=int, required=True)
    g.add_argument("--secret", required=True)
    g.add_argument("--path", required=True)
    parser.add_argument("--rate", type=float, default=150)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--users", type=int, default=300)
    parser.add_argument("--processes", default="1,2")
    args = parser.parse_args(argv)
    if args.command == "generate":
        result = asyncio.run(generate([int(p) for p in args.ports.split(",")], args.rate, args.seconds, args.users, args.secret, args.path))
        print(json.dumps(result))
        return 0
    print(f"bench webhook_load: {args.rate:g} updates/s offered for {args.seconds:g} s, {args.users} users", flush=True)
    results = {}
    for n in (int(x) for x in args.processes.split(",")):
        results[n] = asyncio.run(run(n, args.rate, args.seconds, args.users))
    report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
