"""A local Telegram Bot API double for end-to-end tests of the aiogram bot.

Telegram cannot be reached from test machines, so the double plays the server side: it checks
every request against the official spec (api.json from PaulSonOfLars/telegram-bot-api-spec,
kept in <shared>/telegram-bot-api) and answers like Telegram would, so that requests Telegram
would reject fail in tests too.

    async with BotAPIDouble(token="123:ABC") as api:
        bot = Bot("123:ABC", session=AiohttpSession(api=TelegramAPIServer.from_base(api.base_url)))
        api.push_message(42, "/start")
        ...  # run the dispatcher's polling
        await api.wait_for_sent(1)
        assert api.violations == []
"""

from __future__ import annotations

import asyncio
import copy
import functools
import html
import json
import os
import re
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from aiohttp import web

PRIMITIVES = {"Integer", "String", "Boolean", "Float"}
TEXT_METHODS = ("sendMessage", "editMessageText")
MAX_POLL_TIMEOUT = 1.0  # long polls are capped so tests never hang on getUpdates

# Tags Telegram accepts with parse_mode=HTML; anything else is "Unsupported start tag".
HTML_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
             "a", "code", "pre", "blockquote", "tg-emoji", "tg-time"}
HTML_TAG_RE = re.compile(r"<(/?)([a-zA-Z][\w-]*)[^<>]*>")

# Character-set rules stated in prose in field descriptions.
CHARSET_RULES = {
    "only lowercase English letters, digits and underscores": re.compile(r"[a-z0-9_]*"),
    "A-Z, a-z, 0-9, _ and - are allowed": re.compile(r"[A-Za-z0-9_-]*"),
}


# Parameters dropped from the docs in Bot API 7.0 that Telegram still accepts and aiogram still
# sends (DefaultBotProperties(link_preview_is_disabled=True) sends disable_web_page_preview).
# Accepted (type-checked) wherever their replacement field exists.
LEGACY_FIELDS = {
    "disable_web_page_preview": ("link_preview_options", "Boolean"),
    "reply_to_message_id": ("reply_parameters", "Integer"),
    "allow_sending_without_reply": ("reply_parameters", "Boolean"),
}


def default_spec_path() -> Path:
    shared = os.environ.get("SHARED_DIR")
    root = Path(shared) if shared else Path(__file__).resolve().parent.parent.parent / "shared"
    return root / "telegram-bot-api" / "api.json"


@dataclass
class UploadedFile:
    """A file part of a multipart request (an InputFile)."""

    filename: str
    content: bytes


@dataclass
class Request:
    """One recorded call: decoded params; error is the failure description, None if it succeeded."""

    method: str
    params: dict[str, Any]
    files: dict[str, UploadedFile] = field(default_factory=dict)
    error: str | None = None
    result: Any = None


class APIError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None):
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after

    def response(self) -> web.Response:
        body: dict[str, Any] = {"ok": False, "error_code": self.code, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return web.json_response(body, status=self.code)


# ---------------------------------------------------------------- spec rules parsed from prose


@dataclass(frozen=True)
class FieldRule:
    name: str
    types: tuple[str, ...]
    required: bool
    description: str
    required_unless: tuple[str, ...] = ()  # "Required if X and Y are not specified"
    size: tuple[int, int, str] | None = None  # (lo, hi, unit): characters|bytes|items|value
    const: str | None = None  # "always "user"" / "must be default"
    charset: re.Pattern | None = None


def parse_field_rule(spec: dict) -> FieldRule:
    desc, types = spec["description"], tuple(spec["types"])
    size = None
    if types == ("String",):
        if m := re.search(r"(\d+)-(\d+) (characters|bytes)", desc, re.I):
            size = (int(m[1]), int(m[2]), m[3].lower())
    elif types == ("Integer",):
        if m := re.search(r"Values between (\d+)-(\d+)", desc):
            size = (int(m[1]), int(m[2]), "value")
    elif all(t.startswith("Array of ") for t in types):
        if m := re.search(r"At most (\d+) ", desc):
            size = (0, int(m[1]), "items")
        elif (m := re.search(r"\b(\d+)-(\d+) [a-z]", desc)) and int(m[1]) <= int(m[2]):
            size = (int(m[1]), int(m[2]), "items")
    unless = ()
    if m := re.search(r"[Rr]equired if ([\w ]+?) (?:is|are) not specified|"
                      r"[Rr]equired if (\w+) isn't specified", desc):
        unless = tuple(re.split(r" and |, ", m[1] or m[2]))
    const = None
    if spec["name"] in ("type", "status", "source"):
        if m := re.search(r'(?:must be|always) "?([a-z_]+)"?$', desc):
            const = m[1]
    charset = next((rx for phrase, rx in CHARSET_RULES.items() if phrase in desc), None)
    return FieldRule(spec["name"], types, spec["required"], desc, unless, size, const, charset)


@dataclass(frozen=True)
class ObjectRule:
    fields: dict[str, FieldRule]
    one_of: tuple[tuple[str, ...], bool] | None = None  # (names, exactly-one?) else at-most-one
    string_ok: bool = False  # "String can be used instead of this object"


def parse_object_rule(spec: dict) -> ObjectRule:
    fields = {f["name"]: parse_field_rule(f) for f in spec.get("fields", [])}
    for name, (replacement, t) in LEGACY_FIELDS.items():
        if replacement in fields:
            fields[name] = FieldRule(name, (t,), False, f"legacy, replaced by {replacement}")
    desc = " ".join(spec.get("description", []))
    optional = tuple(n for n, f in fields.items() if not f.required)
    one_of = None
    if m := re.search(r"(Exactly|At most) one of the fields other than (.+?) must be used", desc):
        excluded = set(re.split(r",? and |, ", m[2]))
        one_of = (tuple(n for n in fields if n not in excluded), m[1] == "Exactly")
    elif m := re.search(r"(Exactly|At most) one of the fields (\w+) or (\w+) must be used", desc):
        one_of = ((m[2], m[3]), m[1] == "Exactly")
    elif re.search(r"must use exactly one of the optional fields", desc):
        one_of = (optional, True)
    elif re.search(r"At most one of the optional fields can be present", desc):
        one_of = (optional, False)
    return ObjectRule(fields, one_of, "String can be used instead of this object" in desc)


def type_name(value: Any) -> str:
    for cls, name in ((bool, "Boolean"), (int, "Integer"), (float, "Float"), (str, "String"),
                      (list, "Array"), (dict, "object"), (UploadedFile, "InputFile")):
        if isinstance(value, cls):
            return name
    return type(value).__name__


def parse_html(text: str) -> tuple[str, str | None]:
    """Visible text of an HTML-formatted message and the parse error Telegram would report."""
    stack: list[str] = []
    for m in HTML_TAG_RE.finditer(text):
        closing, tag = m[1], m[2].lower()
        if tag not in HTML_TAGS:
            return text, f"can't parse entities: unsupported tag <{closing}{tag}>"
        if not closing:
            stack.append(tag)
        elif not stack or stack.pop() != tag:
            return text, f"can't parse entities: unexpected end tag </{tag}>"
    if stack:
        return text, f"can't parse entities: unclosed tag <{stack[-1]}>"
    rest = HTML_TAG_RE.sub("", text)
    if "<" in rest:
        return text, "can't parse entities: unescaped '<' (use &lt;)"
    return html.unescape(rest), None


def parse_entities(obj: dict, name: str) -> tuple[str, str | None]:
    """Field `name` of obj after entity parsing, and the parse error if any.
    Only HTML is parsed; other parse modes are taken as plain text."""
    mode = obj.get(f"{name}_parse_mode") or obj.get("parse_mode")  # quote has quote_parse_mode
    return parse_html(obj[name]) if str(mode).upper() == "HTML" else (obj[name], None)


def visible_text(obj: dict, name: str) -> str:
    return parse_entities(obj, name)[0]


class SpecValidator:
    """Checks decoded requests against api.json; every error names the method and field path."""

    def __init__(self, spec: dict):
        self.spec = spec
        self.methods = {name.lower(): name for name in spec["methods"]}

    def canonical(self, method: str) -> str | None:
        return self.methods.get(method.lower())  # Telegram matches method names case-insensitively

    @functools.cache
    def rule(self, section: str, name: str) -> ObjectRule:
        return parse_object_rule(self.spec[section][name])

    def decode_params(self, method: str, raw: dict[str, Any]) -> dict[str, Any]:
        """Form fields are strings: JSON-decode objects/arrays and coerce numbers and booleans."""
        fields = self.rule("methods", method).fields
        return {k: decode_value(fields[k].types, v) if k in fields else v for k, v in raw.items()}

    def check_method(self, method: str, params: dict, files: dict) -> list[str]:
        return self.check_object(method, self.rule("methods", method), params, files)

    def check_object(self, where: str, rule: ObjectRule, obj: dict, files: dict) -> list[str]:
        errors = [f"{where}: unknown field {k!r}" for k in obj if k not in rule.fields]
        for f in rule.fields.values():
            if obj.get(f.name) is None:
                if f.required or (f.required_unless and all(obj.get(o) is None for o in f.required_unless)):
                    errors.append(f"{where}.{f.name}: required field is missing")
                continue
            errors += self.check_field(f"{where}.{f.name}", f, obj, files)
        if rule.one_of:
            names, exactly = rule.one_of
            used = [n for n in names if obj.get(n) is not None]
            if len(used) > 1 or (exactly and not used):
                need = "exactly" if exactly else "at most"
                errors.append(f"{where}: {need} one of {', '.join(names)} must be used, got {used}")
        return errors

    def check_field(self, where: str, f: FieldRule, obj: dict, files: dict) -> list[str]:
        value = obj[f.name]
        if errors := self.check_value(where, f.types, value, files):
            return errors
        if f.const is not None and value != f.const:
            return [f"{where}: must be {f.const!r}, got {value!r}"]
        if isinstance(value, str) and f.charset and not f.charset.fullmatch(value):
            return [f"{where}: {value!r} has characters outside {f.charset.pattern}"]
        if f.size is None:
            return []
        lo, hi, unit = f.size
        if unit == "characters" and "after entit" in f.description:
            text, error = parse_entities(obj, f.name)
            if error:
                return [f"{where}: {error}"]
            n = len(text)
        elif unit == "characters":
            n = len(value)
        elif unit == "bytes":
            n = len(value.encode())
        elif unit == "items":
            n = len(value)
        else:
            n = value
        if not lo <= n <= hi:
            return [f"{where}: {n} {unit}, must be {lo}-{hi}" if unit != "value"
                    else f"{where}: {n} is outside {lo}-{hi}"]
        return []

    def check_value(self, where: str, types: tuple[str, ...] | list[str], value: Any, files: dict) -> list[str]:
        """A union is satisfied by any member; otherwise report the member whose shape fits best."""
        if isinstance(value, str) and value.startswith("attach://") and "InputFile" in types:
            types = ["InputFile"]
        candidates = [t for t in types if self.fits(t, value)] or list(types)
        results = []
        for t in candidates:
            errors = self.check_type(where, t, value, files)
            if not errors:
                return []
            results.append(errors)
        return min(results, key=len)

    def fits(self, t: str, value: Any) -> bool:
        """Shallow shape test used to pick the intended member of a union."""
        if t.startswith("Array of "):
            return isinstance(value, list)
        if t in PRIMITIVES:
            return type_name(value) == t or (t == "Float" and type_name(value) == "Integer")
        if t == "InputFile":
            return isinstance(value, UploadedFile) or (isinstance(value, str) and value.startswith("attach://"))
        spec = self.spec["types"][t]
        if "subtypes" in spec:
            return any(self.fits(s, value) for s in spec["subtypes"])
        rule = self.rule("types", t)
        if isinstance(value, str):
            return rule.string_ok
        return (isinstance(value, dict) and set(value) <= set(rule.fields)
                and all(f.name in value for f in rule.fields.values() if f.required)
                and all(value.get(f.name) == f.const for f in rule.fields.values() if f.const))

    def check_type(self, where: str, t: str, value: Any, files: dict) -> list[str]:
        if t.startswith("Array of "):
            if not isinstance(value, list):
                return [f"{where}: expected {t}, got {type_name(value)}"]
            inner = t.removeprefix("Array of ")
            return [e for i, item in enumerate(value) for e in self.check_value(f"{where}[{i}]", [inner], item, files)]
        if t in PRIMITIVES:
            return [] if self.fits(t, value) else [f"{where}: expected {t}, got {type_name(value)}"]
        if t == "InputFile":
            if isinstance(value, str) and value.startswith("attach://"):
                name = value.removeprefix("attach://")
                return [] if name in files else [f"{where}: no file part named {name!r} for {value!r}"]
            return [] if isinstance(value, UploadedFile) else [f"{where}: expected InputFile, got {type_name(value)}"]
        if t not in self.spec["types"]:
            return [f"{where}: spec has no type {t!r}"]
        spec = self.spec["types"][t]
        if "subtypes" in spec:
            return self.check_value(where, spec["subtypes"], value, files)
        rule = self.rule("types", t)
        if isinstance(value, str) and rule.string_ok:
            return []
        if not isinstance(value, dict):
            return [f"{where}: expected {t} object, got {type_name(value)}"]
        return self.check_object(where, rule, value, files)


def decode_value(types: tuple[str, ...], raw: Any) -> Any:
    if not isinstance(raw, str):
        return raw
    if any(t not in PRIMITIVES and t != "InputFile" for t in types) and raw[:1] in ("[", "{"):
        try:
            return json.loads(raw)
        except ValueError:
            return raw  # left as a string, so the type check reports it
    if "Integer" in types and re.fullmatch(r"-?\d+", raw):
        return int(raw)
    if "Float" in types and re.fullmatch(r"-?\d+(\.\d*)?([eE][-+]?\d+)?", raw):
        return float(raw)
    if "Boolean" in types and raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    return raw


@functools.cache
def load_validator(path: str) -> SpecValidator:
    return SpecValidator(json.loads(Path(path).read_text(encoding="utf-8")))


# ---------------------------------------------------------------- the server


class BotAPIDouble:
    """An aiohttp server on 127.0.0.1:<free port> speaking the Bot API for one bot token.

    Inspect: requests, violations, errors, calls(), sent_texts(), chats, open_callbacks,
    forums, topics, topic_messages().
    Drive: push_message(), push_callback(), press(), fail_next(), results[method] = value;
    add_forum() and push_group_message() for a forum supergroup with topics.
    Wait: wait_for_sent(), wait_until().
    """

    def __init__(self, token: str = "123:ABC", *, spec_path: str | Path | None = None,
                 username: str = "test_bot", first_name: str = "Test Bot"):
        self.token = token
        self.validator = load_validator(str(spec_path or default_spec_path()))
        self.bot_user = {"id": int(token.split(":")[0]), "is_bot": True, "first_name": first_name,
                         "username": username}
        self.requests: list[Request] = []
        self.violations: list[str] = []  # requests Telegram would reject as malformed (spec)
        self.errors: list[str] = []  # every error answered: violations, injected, state errors
        self.chats: dict[int, dict[int, dict]] = defaultdict(dict)  # chat id -> message id -> Message
        self.open_callbacks: set[str] = set()  # callback query ids the bot has not answered yet
        self.results: dict[str, Any] = {}  # fixed results per method, overriding the defaults
        # awaited with (method, params) before a valid call is answered: tests look at
        # the world at the moment a message reaches "Telegram"
        self.on_request: list[Callable[[str, dict], Any]] = []
        self._last_ids: dict[int, int] = defaultdict(int)
        self._names: dict[int, str] = {}  # user id -> first_name, for private chat objects
        # forum supergroups (add_forum): chat id -> Chat; their topics: chat id -> thread id -> state
        self.forums: dict[int, dict] = {}
        self.topics: dict[int, dict[int, dict]] = defaultdict(dict)
        self._closing = False
        self._updates: list[dict] = []
        self._update_id = 0
        self.confirmed_offset = 0  # getUpdates' highest offset: every update below it was received
        self._new_update = asyncio.Event()
        self._failures: dict[str, deque[APIError]] = defaultdict(deque)
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    # -- lifecycle

    async def start(self) -> BotAPIDouble:
        app = web.Application(client_max_size=64 * 2**20)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{port}"
        return self

    async def close(self) -> None:
        self._closing = True
        self._new_update.set()  # release pending long polls at once
        if self._runner:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> BotAPIDouble:
        return await self.start()

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()

    # -- inspection

    def calls(self, method: str) -> list[dict]:
        """Params of every call of `method`, including rejected ones (see Request.error)."""
        return [r.params for r in self.requests if r.method == method]

    def sent_texts(self, chat_id: int | None = None) -> list[str]:
        """Texts of accepted sendMessage/editMessageText calls, in order, as the bot sent them."""
        return [r.params["text"] for r in self.requests
                if r.method in TEXT_METHODS and r.error is None and "text" in r.params
                and (chat_id is None or r.params.get("chat_id") == chat_id)]

    def last_bot_message(self, chat_id: int) -> dict | None:
        mine = [m for m in self.chats[chat_id].values() if m["from"]["id"] == self.bot_user["id"]]
        return mine[-1] if mine else None

    async def wait_until(self, predicate: Callable[[], Any], timeout: float = 5, what: str = "condition") -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"{what} not met within {timeout}s; sent texts: {self.sent_texts()!r}; "
                                     f"violations: {self.violations!r}; errors: {self.errors!r}")
            await asyncio.sleep(0.01)

    async def settled(self, quiet: float = 0.3) -> None:
        """Every press answered, then no request for `quiet` seconds: the bot is done
        with what it was sent."""
        await self.wait_until(lambda: not self.open_callbacks, what="every press answered")
        n, still = len(self.requests), 0.0
        while still < quiet:
            await asyncio.sleep(0.05)
            still = still + 0.05 if len(self.requests) == n else 0.0
            n = len(self.requests)

    async def wait_for_sent(self, n: int, timeout: float = 5, chat_id: int | None = None) -> list[str]:
        """Wait until at least n accepted sendMessage/editMessageText calls; return the texts."""
        await self.wait_until(lambda: len(self.sent_texts(chat_id)) >= n, timeout, f"{n} sent text(s)")
        return self.sent_texts(chat_id)

    # -- knobs

    def fail_next(self, method: str, error_code: int, description: str, retry_after: int | None = None) -> None:
        """The next valid call of `method` is answered with this error (e.g. 429 or 403)."""
        if (canonical := self.validator.canonical(method)) is None:
            raise ValueError(f"{method!r} is not a Bot API method")
        self._failures[canonical].append(APIError(error_code, description, retry_after))

    # -- incoming updates

    def push_message(self, user_id: int, text: str, language_code: str | None = "ru",
                     first_name: str = "Test") -> dict:
        user = self._user(user_id, first_name, language_code)
        msg = self._store(user_id, {"from": user, "text": text})
        if text.startswith("/"):
            msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return self._enqueue({"message": msg})

    def push_callback(self, user_id: int, data: str, message_id: int | None = None,
                      language_code: str | None = "ru", first_name: str = "Test",
                      check_button: bool = True) -> dict:
        """Press an inline button; by default the button must exist on that message."""
        msg = self.chats[user_id].get(message_id) if message_id else self.last_bot_message(user_id)
        if msg is None:
            raise AssertionError(f"no bot message {message_id or ''} in chat {user_id} to press a button on")
        buttons = [b.get("callback_data") for row in msg.get("reply_markup", {}).get("inline_keyboard", [])
                   for b in row]
        if check_button and data not in buttons:
            raise AssertionError(f"message {msg['message_id']} has no button with callback_data {data!r}: {buttons}")
        user = self._user(user_id, first_name, language_code)
        query_id = f"cq{self._update_id + 1}"
        self.open_callbacks.add(query_id)
        return self._enqueue({"callback_query": {"id": query_id, "from": user, "message": copy.deepcopy(msg),
                                                 "chat_instance": f"ci{user_id}", "data": data}})

    def press(self, user_id: int, button_text: str, message_id: int | None = None, **kw: Any) -> dict:
        """Press the inline button labelled `button_text` on the last (or given) bot message."""
        msg = self.chats[user_id].get(message_id) if message_id else self.last_bot_message(user_id)
        for row in (msg or {}).get("reply_markup", {}).get("inline_keyboard", []):
            for b in row:
                if b["text"] == button_text and "callback_data" in b:
                    return self.push_callback(user_id, b["callback_data"], msg["message_id"], **kw)
        raise AssertionError(f"no callback button {button_text!r} in {msg!r}")

    def add_forum(self, chat_id: int, title: str = "Operators") -> dict:
        """A supergroup with topics (is_forum) where the bot is an admin that may manage topics."""
        if chat_id >= 0:
            raise ValueError("group chat ids are negative")
        self.forums[chat_id] = {"id": chat_id, "type": "supergroup", "title": title, "is_forum": True}
        return self.forums[chat_id]

    def push_group_message(self, chat_id: int, user_id: int, text: str, thread_id: int | None = None,
                           first_name: str = "Operator", language_code: str | None = "ru") -> dict:
        """A person's message in a forum supergroup, in topic `thread_id` (None: General)."""
        if chat_id not in self.forums:
            raise AssertionError(f"chat {chat_id} is not a forum (add_forum first)")
        if thread_id is not None and thread_id not in self.topics[chat_id]:
            raise AssertionError(f"forum {chat_id} has no topic {thread_id}")
        user = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code:
            user["language_code"] = language_code
        fields: dict[str, Any] = {"from": user, "text": text}
        if thread_id is not None:
            fields.update(message_thread_id=thread_id, is_topic_message=True)
        msg = self._store(chat_id, fields)
        if text.startswith("/"):
            msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return self._enqueue({"message": copy.deepcopy(msg)})

    def topic_messages(self, chat_id: int, thread_id: int) -> list[dict]:
        """Messages in a forum topic, oldest first (the topic's creation message excluded)."""
        return [m for mid, m in sorted(self.chats[chat_id].items())
                if m.get("message_thread_id") == thread_id and mid != thread_id]

    def push_update(self, payload: dict) -> dict:
        """Any update as Telegram would send it (without update_id): group and channel
        posts, edited messages, inline queries... A callback query's id is expected
        to be answered like any other."""
        if "callback_query" in payload:
            self.open_callbacks.add(payload["callback_query"]["id"])
        return self._enqueue(payload)

    def _user(self, user_id: int, first_name: str, language_code: str | None) -> dict:
        self._names[user_id] = first_name
        user = {"id": user_id, "is_bot": False, "first_name": first_name}
        return {**user, "language_code": language_code} if language_code else user

    def _enqueue(self, payload: dict) -> dict:
        self._update_id += 1
        update = {"update_id": self._update_id, **payload}
        self._updates.append(update)
        self._new_update.set()
        return update

    def _store(self, chat_id: int, fields: dict) -> dict:
        self._last_ids[chat_id] += 1  # one id sequence per chat, shared by both sides as in Telegram
        chat = self.forums.get(chat_id) or {"id": chat_id, "type": "private", "first_name": self._names.get(chat_id, "Test")}
        msg = {"message_id": self._last_ids[chat_id], "date": int(time.time()), "chat": dict(chat), **fields}
        self.chats[chat_id][msg["message_id"]] = msg
        return msg

    # -- request handling

    async def _handle(self, request: web.Request) -> web.Response:
        name = request.match_info["method"]
        raw, files = await read_params(request)
        method = self.validator.canonical(name)
        record = Request(method or name, raw, files)
        self.requests.append(record)
        try:
            if request.match_info["token"] != self.token:
                raise self._violation(401, "Unauthorized", f"{name}: wrong bot token")
            if method is None:
                raise self._violation(404, "Not Found: method not found", f"{name}: unknown method")
            fields = self.validator.rule("methods", method).fields
            raw.update({k: f for k, f in files.items() if k in fields})  # a file sent as the field itself
            record.params = params = self.validator.decode_params(method, raw)
            if errors := self.validator.check_method(method, params, files):
                self.violations.extend(errors)
                raise APIError(400, "Bad Request: " + "; ".join(errors))
            for hook in self.on_request:
                await hook(method, params)
            if self._failures[method]:
                raise self._failures[method].popleft()
            # A snapshot: stored messages keep changing as the bot edits them.
            record.result = copy.deepcopy(await self._result(method, params, files))
        except APIError as e:
            record.error = e.description
            self.errors.append(f"{record.method}: {e.description}")
            return e.response()
        return web.json_response({"ok": True, "result": record.result})

    def _violation(self, code: int, description: str, violation: str) -> APIError:
        self.violations.append(violation)
        return APIError(code, description)

    async def _result(self, method: str, params: dict, files: dict) -> Any:
        if method in self.results:
            return self.results[method]
        if method == "getMe":
            return {**self.bot_user, "can_join_groups": True, "can_read_all_group_messages": False,
                    "supports_inline_queries": False, "can_connect_to_business": False,
                    "has_main_web_app": False}
        if method == "getUpdates":
            return await self._get_updates(params)
        if method in ("editMessageText", "editMessageReplyMarkup"):
            return self._edit(method, params)
        if method == "deleteMessage":
            self._find(params, "message to delete not found", own=False)
            del self.chats[params["chat_id"]][params["message_id"]]
            return True
        if method == "answerCallbackQuery":
            if params["callback_query_id"] not in self.open_callbacks:
                raise APIError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
            self.open_callbacks.discard(params["callback_query_id"])
            return True
        if method == "createForumTopic":
            return self._create_topic(params)
        if method in ("closeForumTopic", "reopenForumTopic"):
            topic = self._topic(params)
            closing = method == "closeForumTopic"
            if topic["closed"] == closing:
                raise APIError(400, "Bad Request: TOPIC_NOT_MODIFIED")
            topic["closed"] = closing
            return True
        if method == "deleteForumTopic":
            self._topic(params)
            chat_id, thread = params["chat_id"], params["message_thread_id"]
            del self.topics[chat_id][thread]
            for message_id in [m for m, msg in self.chats[chat_id].items() if msg.get("message_thread_id") == thread]:
                del self.chats[chat_id][message_id]  # the topic goes with every message in it
            return True
        if method == "copyMessage":
            return self._copy(params)
        if method == "getWebhookInfo":
            return {"url": "", "has_custom_certificate": False, "pending_update_count": len(self._updates)}
        returns = self.validator.spec["methods"][method].get("returns", ["Boolean"])
        if "Message" in returns and method.startswith(("edit", "stop")):
            return True if "inline_message_id" in params else self._find(params, "message to edit not found")
        if "Message" in returns and "chat_id" in params:
            return self._send(method, params, files)
        if returns[0].startswith("Array of "):
            return []
        return True

    async def _get_updates(self, params: dict) -> list[dict]:
        if offset := params.get("offset"):  # confirming: drop everything below offset
            self.confirmed_offset = max(self.confirmed_offset, offset)
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        timeout = 0 if self._closing else min(params.get("timeout") or 0, MAX_POLL_TIMEOUT)
        if not self._updates and timeout > 0:
            self._new_update.clear()
            try:
                await asyncio.wait_for(self._new_update.wait(), timeout)
            except asyncio.TimeoutError:
                pass
        return self._updates[: params.get("limit") or 100]

    def _create_topic(self, params: dict) -> dict:
        chat_id = params["chat_id"]
        if chat_id not in self.forums:
            raise APIError(400, "Bad Request: the chat is not a forum")
        created = {"name": params["name"], "icon_color": params.get("icon_color", 7322096)}
        msg = self._store(chat_id, {"from": self.bot_user, "forum_topic_created": created})
        msg.update(message_thread_id=msg["message_id"], is_topic_message=True)
        self.topics[chat_id][msg["message_id"]] = {"name": params["name"], "closed": False}
        return {"message_thread_id": msg["message_id"], **created}

    def _topic(self, params: dict) -> dict:
        topic = self.topics.get(params.get("chat_id"), {}).get(params.get("message_thread_id"))
        if topic is None:
            raise APIError(400, "Bad Request: message thread not found")
        return topic

    def _thread_fields(self, params: dict) -> dict:
        """A send into a forum topic lands in it; an unknown topic is refused as by Telegram."""
        if params["chat_id"] not in self.forums or params.get("message_thread_id") is None:
            return {}
        self._topic(params)
        return {"message_thread_id": params["message_thread_id"], "is_topic_message": True}

    def _copy(self, params: dict) -> dict:
        source = self.chats.get(params["from_chat_id"], {}).get(params["message_id"])
        if source is None:
            raise APIError(400, "Bad Request: message to copy not found")
        if not isinstance(params["chat_id"], int):
            raise APIError(400, "Bad Request: chat not found")
        fields: dict[str, Any] = {"from": self.bot_user, **self._thread_fields(params)}
        for key in ("text", "entities", "caption", "photo", "document", "voice", "sticker"):
            if key in source:
                fields[key] = copy.deepcopy(source[key])
        if "caption" in params:
            fields["caption"] = visible_text(params, "caption")
        if "inline_keyboard" in (params.get("reply_markup") or {}):
            fields["reply_markup"] = params["reply_markup"]
        return {"message_id": self._store(params["chat_id"], fields)["message_id"]}

    def _send(self, method: str, params: dict, files: dict) -> dict:
        chat_id = params["chat_id"]
        if not isinstance(chat_id, int):
            raise APIError(400, "Bad Request: chat not found")
        fields: dict[str, Any] = {"from": self.bot_user, **self._thread_fields(params)}
        if "text" in params:
            fields["text"] = visible_text(params, "text")
        if "caption" in params:
            fields["caption"] = visible_text(params, "caption")
        if "inline_keyboard" in (params.get("reply_markup") or {}):
            fields["reply_markup"] = params["reply_markup"]
        if method == "sendDocument":
            doc = params["document"]
            if isinstance(doc, str) and doc.startswith("attach://"):
                doc = files[doc.removeprefix("attach://")]
            fields["document"] = {"file_id": f"doc{len(self.requests)}", "file_unique_id": f"u{len(self.requests)}"}
            if isinstance(doc, UploadedFile):
                fields["document"].update(file_name=doc.filename, file_size=len(doc.content))
        return self._store(chat_id, fields)

    def _find(self, params: dict, not_found: str, own: bool = True) -> dict:
        msg = self.chats.get(params.get("chat_id"), {}).get(params.get("message_id"))
        if msg is None:
            raise APIError(400, f"Bad Request: {not_found}")
        if own and msg["from"]["id"] != self.bot_user["id"]:
            raise APIError(400, "Bad Request: message can't be edited")
        return msg

    def _edit(self, method: str, params: dict) -> dict | bool:
        if "inline_message_id" in params:
            return True
        msg = self._find(params, "message to edit not found")
        # An edit without reply_markup removes the inline keyboard, as in Telegram.
        new = {"reply_markup": params.get("reply_markup")}
        if method == "editMessageText":
            new["text"] = visible_text(params, "text")
        if all(msg.get(k) == v for k, v in new.items()):
            raise APIError(400, "Bad Request: message is not modified: specified new message content and "
                                "reply markup are exactly the same as a current content and reply markup of the message")
        msg.update({k: v for k, v in new.items() if v is not None}, edit_date=int(time.time()))
        if new["reply_markup"] is None:
            msg.pop("reply_markup", None)
        return msg


async def read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
    """Query string, JSON body, urlencoded or multipart form; file parts go to `files`."""
    params: dict[str, Any] = dict(request.query)
    files: dict[str, UploadedFile] = {}
    if request.content_type == "application/json":
        body = await request.json()
        params.update(body if isinstance(body, dict) else {})
    elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        for key, value in (await request.post()).items():
            if isinstance(value, web.FileField):
                files[key] = UploadedFile(value.filename, value.file.read())
            else:
                params[key] = value if isinstance(value, str) else bytes(value).decode()
    return params, files
