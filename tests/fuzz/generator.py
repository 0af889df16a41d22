"""A seeded generator of Telegram updates for the fuzzer.

Each call to `next_batch` looks at what the Bot API double has shown each user (so
that "current" presses press real buttons) and returns the next few actions, all
drawn from one random.Random(seed): presses of current, stale and forged buttons,
texts (numbers, real and impossible dates, huge texts, emoji), commands, media,
edited messages, group and channel posts, presses on group messages, inline
queries, and bursts of 15-25 updates from one user.
"""

from __future__ import annotations

import random
import time

COMMANDS = ["/start", "/menu", "/back", "/restart", "/help", "/status", "/track", "/calendar", "/mydata",
            "/language", "/forget", "/roster", "/quotes", "/nonsense", "/start payload", "/START",
            "/workers", "/invite", "/start join-1-0123456789abcdef", "/start labour-permit__no-work-yet__kk",
            "/start regional-quota__complaint-date"]
TEXTS = ["1", "2", "3", "7", "0", "-1", "12", "31.02.2026", "31.12.2026", "29.02.2027", "01.01.1900", "2026-12-31",
         "1.1.2027", "31/12/2026", "6", "24", "999999999999999999999", "да", "Yes", "не знаю", "🙂", "  ", "\u202e1",
         "Казахстан", "Uzbekistan", "<b>x</b>", "a" * 1001, "я" * 4096, "1\n2", "%s%s%s", "{ $x }"]
FORGED = ["d:0123456789ab:0", "d:menu:0", "d:::", "d:x:999", "d:x:-1", "t:e:abc", "t:x:999999", "t:y:999999", "t:u:999999", "t:d:", "r:o:1", "r:s:abc",
          "l:xx", "l:", "f:maybe", "f:yes", "", "x" * 64, "d:" + "9" * 60, "tree:labour-permit", "\u0000",
          "w:v:1", "w:x:abc", "w:y:abc", "w:y:1", "w:c", "w:e", "w:i", "w:p:99999", "w:v:" + "9" * 30, "w:d:0", "w:d:1", "w:d:2", "w:o",
          "t:p:1", "t:p:0"]
LANGS = ["ru", "kk", "en", None, "de", "uz"]


class Fuzzer:
    def __init__(self, api, seed: int, users: int = 40):
        self.api = api
        self.rng = random.Random(seed)
        self.users = [9_100_001 + i for i in range(users)]
        self.lang = {u: self.rng.choice(LANGS) for u in self.users}
        self.groups = [-1_009_100_001 - i for i in range(3)]
        self._group_msg = 0
        self.pushed = 0

    # -- the pieces of one update ------------------------------------------------
    def _tg_user(self, uid: int) -> dict:
        user = {"id": uid, "is_bot": False, "first_name": "F"}
        if self.lang[uid]:
            user["language_code"] = self.lang[uid]
        return user

    def _bot_messages_with_buttons(self, uid: int) -> list[dict]:
        mine = self.api.chats[uid].values()
        return [m for m in mine if m["from"]["id"] == self.api.bot_user["id"] and m.get("reply_markup") and _callbacks(m)]

    def _push(self, payload: dict) -> None:
        self.api.push_update(payload)
        self.pushed += 1

    def _message(self, uid: int, fields: dict) -> None:
        self.api._user(uid, "F", self.lang[uid])
        msg = self.api._store(uid, {"from": self._tg_user(uid), **fields})
        self._push({"message": msg})

    def text(self, uid: int, text: str) -> None:
        fields = {"text": text}
        if text.startswith("/"):
            fields["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        self._message(uid, fields)

    def press(self, uid: int, message: dict, data: str) -> None:
        self._push({"callback_query": {"id": f"fz{self.pushed}", "from": self._tg_user(uid), "message": dict(message),
                                       "chat_instance": f"ci{uid}", "data": data}})

    # -- actions -------------------------------------------------------------------
    def act(self, uid: int) -> None:
        rng = self.rng
        roll = rng.random()
        with_buttons = self._bot_messages_with_buttons(uid)
        if roll < 0.30 and with_buttons:  # a current button
            msg = with_buttons[-1]
            self.press(uid, msg, rng.choice(_callbacks(msg)))
        elif roll < 0.38 and len(with_buttons) > 1:  # a stale one
            msg = rng.choice(with_buttons[:-1])
            self.press(uid, msg, rng.choice(_callbacks(msg)))
        elif roll < 0.44:  # a forged one, on whatever the user sees
            msg = (with_buttons or [None])[-1] or {"message_id": 1, "date": int(time.time()),
                                                    "chat": {"id": uid, "type": "private", "first_name": "F"},
                                                    "from": self.api.bot_user, "text": "x"}
            self.press(uid, msg, rng.choice(FORGED))
        elif roll < 0.66:
            self.text(uid, rng.choice(TEXTS))
        elif roll < 0.80:
            self.text(uid, rng.choice(COMMANDS))
        elif roll < 0.85:
            self._message(uid, rng.choice(MEDIA)())
        elif roll < 0.88:  # an edited message
            self.api._user(uid, "F", self.lang[uid])
            msg = self.api._store(uid, {"from": self._tg_user(uid), "text": rng.choice(TEXTS)})
            self._push({"edited_message": {**msg, "edit_date": msg["date"] + 1}})
        elif roll < 0.92:  # a group message, or a press on a group's message
            gid = rng.choice(self.groups)
            self._group_msg += 1
            chat = {"id": gid, "type": rng.choice(["group", "supergroup"]), "title": "G"}
            msg = {"message_id": self._group_msg, "date": int(time.time()), "chat": chat}
            if rng.random() < 0.5:
                text = rng.choice(COMMANDS + TEXTS)
                self._push({"message": {**msg, "from": self._tg_user(uid), "text": text}})
            else:
                data = rng.choice(FORGED + [b["callback_data"] for m in with_buttons[-1:] for r in m["reply_markup"]["inline_keyboard"] for b in r if "callback_data" in b])
                self.press(uid, {**msg, "from": self.api.bot_user, "text": "x"}, data)
        elif roll < 0.95:  # a channel post
            gid = rng.choice(self.groups)
            self._group_msg += 1
            chat = {"id": gid - 5, "type": "channel", "title": "C"}
            self._push({"channel_post": {"message_id": self._group_msg, "date": int(time.time()), "chat": chat,
                                         "sender_chat": chat, "text": rng.choice(COMMANDS + TEXTS)}})
        elif roll < 0.97:
            self._push({"inline_query": {"id": f"iq{self.pushed}", "from": self._tg_user(uid), "query": rng.choice(TEXTS)[:256], "offset": ""}})
        else:  # a burst of 15-25 from one user
            for _ in range(rng.randint(15, 25)):
                if rng.random() < 0.5:
                    self.text(uid, rng.choice(TEXTS[:8]))
                elif with_buttons:
                    msg = with_buttons[-1]
                    self.press(uid, msg, rng.choice(_callbacks(msg)))

    def next_batch(self, size: int) -> int:
        start = self.pushed
        while self.pushed - start < size:
            self.act(self.rng.choice(self.users))
        return self.pushed - start


def _file(kind: str) -> dict:
    return {"file_id": f"{kind}-id", "file_unique_id": f"{kind}-u"}


MEDIA = [
    lambda: {"photo": [{**_file("p"), "width": 90, "height": 90}], "caption": "31.12.2026"},
    lambda: {"sticker": {**_file("s"), "type": "regular", "width": 512, "height": 512, "is_animated": False, "is_video": False}},
    lambda: {"voice": {**_file("v"), "duration": 3}},
    lambda: {"location": {"latitude": 43.25, "longitude": 76.95}},
    lambda: {"contact": {"phone_number": "+77000000000", "first_name": "C"}},
    lambda: {"video_note": {**_file("n"), "length": 240, "duration": 2}},
]


def _callbacks(msg: dict) -> list[str]:
    """The callback data of a message's buttons (a web-link button has none)."""
    return [b["callback_data"] for row in msg["reply_markup"]["inline_keyboard"] for b in row if "callback_data" in b]
