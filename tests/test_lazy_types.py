"""bot/lazy_types.py: aiogram's types are built on first use, not at import (start-up
time, issue 12), and they validate and serialize exactly as when aiogram builds them
all at import. Each check runs in a fresh interpreter: one with the hook (importing
`bot` first, as every entry point does), one without (plain aiogram)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PAYLOADS = [
    {"update_id": 1, "message": {"message_id": 5, "date": 1764979200, "chat": {"id": 42, "type": "private", "first_name": "Айгерим"},
                                  "from": {"id": 42, "is_bot": False, "first_name": "Айгерим", "language_code": "kk"},
                                  "text": "/start labour", "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}},
    {"update_id": 2, "callback_query": {"id": "9", "chat_instance": "c", "data": "d:ab12cd34ef56:0",
                                         "from": {"id": 42, "is_bot": False, "first_name": "A"},
                                         "message": {"message_id": 6, "date": 1764979200, "chat": {"id": 42, "type": "private"},
                                                     "from": {"id": 777, "is_bot": True, "first_name": "bot"}, "text": "Вопрос",
                                                     "reply_markup": {"inline_keyboard": [[{"text": "Да", "callback_data": "d:x:0"},
                                                                                           {"text": "egov", "url": "https://egov.kz"}]]}}}},
    {"update_id": 3, "edited_message": {"message_id": 7, "date": 1764979200, "edit_date": 1764979300,
                                         "chat": {"id": -100, "type": "supergroup", "title": "ops", "is_forum": True},
                                         "from": {"id": 5, "is_bot": False, "first_name": "Op"}, "message_thread_id": 11, "text": "ok"}},
    {"update_id": 4, "message": {"message_id": 8, "date": 1764979200, "chat": {"id": 42, "type": "private"},
                                  "from": {"id": 42, "is_bot": False, "first_name": "A"},
                                  "document": {"file_id": "F", "file_unique_id": "U", "file_name": "roster.xlsx", "file_size": 1000}}},
    {"update_id": 5, "my_chat_member": {"chat": {"id": 42, "type": "private"}, "from": {"id": 42, "is_bot": False, "first_name": "A"},
                                         "date": 1764979200,
                                         "old_chat_member": {"status": "member", "user": {"id": 777, "is_bot": True, "first_name": "bot"}},
                                         "new_chat_member": {"status": "kicked", "until_date": 0,
                                                             "user": {"id": 777, "is_bot": True, "first_name": "bot"}}}},
    {"update_id": 6, "inline_query": {"id": "q", "from": {"id": 42, "is_bot": False, "first_name": "A"}, "query": "патент", "offset": ""}},
]

SCRIPT = r"""
import json, sys
if sys.argv[1] == "lazy":
    import bot  # installs the hook, as every entry point of ours does
    from bot.lazy_types import deferred
    import aiogram.types as types
    built_at_import = [c.__name__ for c in deferred if c.__pydantic_complete__]
else:
    import aiogram.types as types
    deferred, built_at_import = [], []
from aiogram.methods import EditMessageText, SendMessage

def dump(obj):
    return json.dumps(obj.model_dump(exclude_none=True), default=repr, sort_keys=True, ensure_ascii=False)

out = {"deferred": len(deferred), "built_at_import": built_at_import, "updates": [], "requests": []}
for payload in json.loads(sys.argv[2]):
    out["updates"].append(dump(types.Update.model_validate(payload)))
markup = types.InlineKeyboardMarkup(inline_keyboard=[[types.InlineKeyboardButton(text="Да", callback_data="d:x:0")]])
out["requests"].append(dump(SendMessage(chat_id=42, text="Ответ", reply_markup=markup)))
out["requests"].append(dump(EditMessageText.model_validate({"chat_id": 42, "message_id": 6, "text": "x",
    "reply_markup": {"inline_keyboard": [[{"text": "egov", "url": "https://egov.kz"}]]}})))
# every type and method builds from what the hook kept (the methods: from their modules)
import aiogram.methods as methods
failed = []
for module in (types, methods):
    for name in module.__all__:
        cls = getattr(module, name)
        if isinstance(cls, type) and hasattr(cls, "model_rebuild") and not getattr(cls, "__parameters__", ()):
            try:
                if cls.model_rebuild(raise_errors=True) is False:
                    failed.append(name)
            except Exception as e:
                failed.append(f"{name}: {type(e).__name__}")
out["failed"] = failed
print(json.dumps(out))
"""


def _run(mode: str) -> dict:
    done = subprocess.run([sys.executable, "-c", SCRIPT, mode, json.dumps(PAYLOADS)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_types_are_built_on_first_use_and_behave_as_when_built_at_import():
    lazy, eager = _run("lazy"), _run("eager")
    # the start-up saving: aiogram's ~400 types were left for their first use
    assert lazy["deferred"] > 300
    assert lazy["built_at_import"] == []
    # and nothing a user or Telegram could notice changed
    assert lazy["updates"] == eager["updates"]
    assert lazy["requests"] == eager["requests"]
    assert lazy["failed"] == [] and eager["failed"] == []
