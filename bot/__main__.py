"""python -m bot [run|chat|check|deadlines|webhook]

    run        the Telegram bot by long polling if BOT_TOKEN is set, else the terminal chat
    chat       the terminal chat [--lang ru|kk|en] [--service ID] [--today YYYY-MM-DD] [--resume]
    check      validate every tree and locale [--json]; exit 1 on any error
    deadlines  labour-permit dates: deadlines labour-permit --expiry YYYY-MM-DD
               [--cumulative-months N] [--today YYYY-MM-DD] --json
    webhook    the Telegram bot behind a webhook (WEBHOOK_URL, WEBHOOK_PORT)
    migrate    bring the database schema to this release (run once before the bot processes)
    reminders  only the reminder dispatcher (REMINDERS=false on the bot processes then)
    web        the read-only staff web page (WEB_HOST, WEB_PORT; sign-in links come from /stats)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from dialogs.runtime.languages import COMPLETE_LANGS


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD: {text!r}") from None


def cmd_check(args) -> int:
    from dialogs.check import run_check

    report = run_check()
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        for tid, info in report.trees.items():
            print(f"tree {tid}: {info['nodes']} nodes, {info['citations']} citations")
        for lang, info in report.locales.items():
            print(f"locale {lang}: {info['messages']} messages, {len(info['missing'])} missing")
        for e in report.errors:
            print(f"ERROR {e}")
        print("ok" if report.ok else f"{len(report.errors)} error(s)")
    return 0 if report.ok else 1


def cmd_deadlines(args) -> int:
    from dialogs.law.deadlines import DeadlineInputError, labour_permit_deadlines

    if args.service != "labour-permit":
        print(f"unknown service {args.service!r}; known: labour-permit", file=sys.stderr)
        return 2
    try:
        result = labour_permit_deadlines(args.expiry, args.cumulative_months, args.today)
    except DeadlineInputError as e:
        print(str(e), file=sys.stderr)
        return 2
    data = result.as_json()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for k, v in data.items():
            if v is not None:
                print(f"{k}: {v}")
    return 0


def cmd_chat(args) -> int:
    from bot.app import build_chat

    return build_chat(args.lang, args.service, getattr(args, "today", None), getattr(args, "resume", False))


def cmd_run(args) -> int:
    from bot.config import Settings

    settings = Settings()
    if not settings.bot_token:
        print("BOT_TOKEN is not set: opening the terminal chat (Ctrl-D to leave).", file=sys.stderr)
        return cmd_chat(argparse.Namespace(lang=args.lang, service=None, today=None, resume=False))
    from bot import heap

    heap.pause_collector()  # until the bot is built (bot/heap.py)
    from bot.app import run_polling

    return run_polling(settings)


def cmd_webhook(args) -> int:
    from bot import heap

    heap.pause_collector()  # until the bot is built (bot/heap.py)
    from bot.config import Settings
    from bot.app import run_webhook

    return run_webhook(Settings(), workers=args.workers)


def cmd_migrate(args) -> int:
    from bot.config import Settings
    from bot.processes import run_migrate

    return run_migrate(Settings())


def cmd_reminders(args) -> int:
    from bot import heap

    heap.pause_collector()  # until the dispatcher is built (bot/heap.py)
    from bot.config import Settings
    from bot.processes import run_reminders

    return run_reminders(Settings())


def cmd_web(args) -> int:
    from bot.config import Settings
    from bot.web.app import run_web

    return run_web(Settings())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("run", help="Telegram bot if BOT_TOKEN is set, else the terminal chat")
    p.add_argument("--lang", default="ru")
    p.set_defaults(fn=cmd_run)

    p = sub.add_parser("chat", help="terminal chat")
    p.add_argument("--lang", default="ru", choices=COMPLETE_LANGS)
    p.add_argument("--service", default=None, help="tree id, e.g. labour-permit")
    p.add_argument("--today", type=_date, default=None, help="answer as if today were this date (Asia/Almaty)")
    p.add_argument("--resume", action="store_true", help="continue the last chat saved in the database")
    p.set_defaults(fn=cmd_chat)

    p = sub.add_parser("check", help="validate trees and locales")
    p.add_argument("--json", action="store_true")
    p.set_defaults(fn=cmd_check)

    p = sub.add_parser("deadlines", help="deadline dates of a permit")
    p.add_argument("service")
    p.add_argument("--expiry", type=_date, required=True)
    p.add_argument("--cumulative-months", type=int, default=0)
    p.add_argument("--today", type=_date, default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(fn=cmd_deadlines)

    p = sub.add_parser("webhook", help="Telegram bot behind a webhook")
    p.add_argument("--workers", type=int, default=1, help="identical processes sharing WEBHOOK_PORT (SO_REUSEPORT)")
    p.set_defaults(fn=cmd_webhook)

    p = sub.add_parser("migrate", help="upgrade the database schema (once, before the bot processes)")
    p.set_defaults(fn=cmd_migrate)

    p = sub.add_parser("reminders", help="run only the reminder dispatcher")
    p.set_defaults(fn=cmd_reminders)

    p = sub.add_parser("web", help="the read-only staff web page (statistics and funnels)")
    p.set_defaults(fn=cmd_web)

    args = parser.parse_args(argv)
    if not getattr(args, "fn", None):
        args = parser.parse_args(["run", *(argv or [])])
    return args.fn(args)


if __name__ == "__main__":
    sys.exit(main())
