"""The terminal chat: the same engine and texts as the Telegram bot, on stdin/stdout.

Each message is printed, then its buttons one per line as `[N] label`. Type N, a
label (or its first word: "нет" for "Нет, ни разу"), or free text (a date, a
number). A result's notes and grounds are folded: `/grounds` prints them. Slash
commands: /back /restart /menu /quotes /grounds /services /lang xx /quit. Works
with piped stdin and exits 0 at end of input.
"""

from __future__ import annotations

import sys
from typing import Callable, TextIO

from dialogs.law.dates import is_number
from dialogs.runtime.engine import URL, DialogState, Engine, Step
from dialogs.runtime.i18n import Localizer
from dialogs.runtime.languages import COMPLETE_LANGS
from dialogs.runtime.render import AMBIGUOUS, BACK, MENU, QUOTES, RESTART, SHARE, TRACK, Renderer, match_button
from dialogs.search.dialog import answer_text as search_answer

MAX_INPUT = 1000


class TerminalChat:
    def __init__(
        self,
        engine: Engine,
        renderer: Renderer,
        lang: str = "ru",
        out: TextIO = sys.stdout,
        on_state: Callable[[DialogState | None, str], None] | None = None,
        tracking=None,
    ):
        self.engine = engine
        self.renderer = renderer
        self.lang = lang
        self.out = out
        self.state: DialogState | None = None
        self.buttons: list[tuple[str, str]] = []
        self.folded = ""  # the last screen's folded notes and grounds, for /grounds
        self.on_state = on_state or (lambda state, lang: None)
        # synchronous facade over bot.tracking.Tracking (see bot.app.build_chat); None: no database
        self.tracking = tracking

    @property
    def l10n(self) -> Localizer:
        return self.renderer.l10n

    def say(self, text: str) -> None:
        print(text, file=self.out)

    def show_buttons(self, buttons: list[tuple[str, str]]) -> None:
        self.buttons = buttons
        for i, (action, label) in enumerate(buttons, 1):
            # a web link cannot be pressed in a terminal: show its address
            self.say(f"[{i}] {label}" + (f" <{action[len(URL):]}>" if action.startswith(URL) else ""))
        self.say("")

    # -- screens ---------------------------------------------------------------
    def menu(self) -> None:
        self.state = self.engine.menu_from(self.state)  # a dialog under way stays one /back away
        if self.state is not None:
            self.show_view()
            return
        self.on_state(None, self.lang)
        self.say(self.renderer.t(self.lang, "menu-title"))
        self.show_buttons([(f"tree:{tid}", self.renderer.t(self.lang, t.title)) for tid, t in sorted(self.engine.trees.items())])

    def start_service(self, tree_id: str) -> None:
        self.state = self.engine.start(tree_id)
        self.show_view()

    def show_view(self, step: Step | None = None) -> None:
        if step is not None:
            self.state = step.state
        view = step.view if step else self.engine.view(self.state)
        rendered = self.renderer.render(view, self.lang, can_go_back=bool(self.state.history or self.state.parent))
        self.on_state(self.state, self.lang)
        self.say(rendered.text)
        self.folded = rendered.folded
        if rendered.folded:
            self.say(self.renderer.t(self.lang, "chat-grounds-hint"))
        self.show_buttons(rendered.buttons)

    # -- input -----------------------------------------------------------------
    def handle(self, line: str) -> bool:
        """Process one line; False means the user asked to quit."""
        text = line.strip()
        if not text:
            return True
        if len(text) > MAX_INPUT:
            self.say("⚠️ " + self.renderer.t(self.lang, "error-too-long"))
            self._repeat()
            return True
        if text.startswith("/"):
            return self._command(text)
        action = self._button_for(text)
        if action == AMBIGUOUS:
            self.say("⚠️ " + self.renderer.t(self.lang, "error-use-buttons"))
            self.show_buttons(self.buttons)
        elif action is not None:
            self._act(action)
        elif self.state is None:
            self.say(self.renderer.t(self.lang, "chat-unknown-choice"))
            self.show_buttons(self.buttons)
        else:
            self.show_view(search_answer(self.engine, self.state, text, self.lang))  # issue 15: typed questions
        return True

    def _button_for(self, text: str) -> str | None:
        if is_number(text) and 1 <= int(text) <= len(self.buttons):
            # a number is a button, unless the question asks for a number
            if self.state is None or self.engine.view(self.state).input_type != "number":
                return self.buttons[int(text) - 1][0]
        typing = self.state is not None and self.engine.view(self.state).kind == "input"
        # at a typed question only a whole label counts ("Назад"), never a first word
        return match_button(text, self.buttons, whole_only=typing)

    def _act(self, action: str) -> None:
        if action.startswith("tree:"):
            self.start_service(action[5:])
        elif action == MENU:
            self.menu()
        elif action == BACK:
            self.state = self.engine.back(self.state)
            self.show_view()
        elif action == RESTART:
            self.state = self.engine.restart(self.state)
            self.show_view()
        elif action == TRACK and self.tracking is not None:
            self.say(self.tracking.save(dict(self.engine.view(self.state).track or {}), self.lang))
            self.say("")
            self.show_buttons(self.buttons)
        elif action.startswith(URL):
            self.say(action[len(URL):])
            self.say("")
            self.show_buttons(self.buttons)
        elif action == QUOTES:
            self.say(self.renderer.render_quotes(self.engine.view(self.state), self.lang))
            self.say("")
            self.show_buttons(self.buttons)
        elif action == SHARE:
            view = self.engine.view(self.state)
            self.say(self.renderer.share_text(view, self.lang))
            self.say("")
            self.show_buttons(self.buttons)
        else:
            self.show_view(self.engine.choose(self.state, action))

    def _command(self, text: str) -> bool:
        cmd, _, arg = text.partition(" ")
        cmd = cmd.lower()
        if cmd in ("/quit", "/exit"):
            self.say(self.renderer.t(self.lang, "chat-bye"))
            return False
        if cmd == "/start" and arg.strip():
            self._deep_link(arg.strip())
        elif cmd in ("/menu", "/start"):
            self.menu()
        elif cmd == "/lang" and arg.strip():
            code = arg.strip()
            if code.lower().split("-")[0] not in COMPLETE_LANGS:
                # an unknown code keeps the language as it is, and says which there are
                self.say(self.renderer.t(self.lang, "language-unknown", code=code, codes=", ".join(COMPLETE_LANGS)))
            else:
                self.lang = self.l10n.resolve_lang(code)
                self.say(self.renderer.t(self.lang, "language-set"))
                self._repeat()
        elif cmd in ("/track", "/status", "/calendar", "/roster", "/workers") and self.tracking is not None:
            self._tracking_command(cmd, arg.strip())
        elif cmd == "/help":
            self.say(self.renderer.t(self.lang, "help-text"))
            self.say("")
            self.show_buttons(self.buttons)
        elif cmd == "/grounds":
            self.say(self.folded or self.renderer.t(self.lang, "grounds-none"))
            self.say("")
            self.show_buttons(self.buttons)
        elif cmd == "/services":
            self.say(self.renderer.t(self.lang, "services-title"))
            self.show_buttons([(f"tree:{tid}", self.renderer.t(self.lang, t.title)) for tid, t in sorted(self.engine.trees.items()) if tid not in ("start", "track")])
        elif self.state is not None and cmd in ("/back", "/restart", "/quotes"):
            self._act({"/back": BACK, "/restart": RESTART, "/quotes": QUOTES}[cmd])
        else:
            self.say(self.renderer.t(self.lang, "help-text"))
            self._repeat()
        return True

    def _deep_link(self, payload: str) -> None:
        """`/start <payload>` as in a t.me link (bot.deeplink): a service, a node, a language."""
        from bot.deeplink import parse_payload

        target = parse_payload(payload, self.engine.trees)
        if target is None:
            self.say(self.renderer.t(self.lang, "deeplink-unknown"))
            self.menu()
            return
        if target.lang:
            self.lang = target.lang
        self.state = self.engine.start(target.tree_id)
        if target.opens:
            self.state.node = target.opens
        if target.asks_first:
            self.say(self.renderer.t(self.lang, "deeplink-asks-first"))
        self.show_view()

    def _tracking_command(self, cmd: str, arg: str) -> None:
        if cmd == "/track":
            self.state = self.engine.start("track")
            menu = self.engine.menu()
            self.state.parent = menu.to_dict() if menu else None
            self.show_view()
            return
        if cmd == "/status":
            self.say(self.tracking.status(self.lang))
        elif cmd == "/calendar":
            data = self.tracking.calendar(self.lang)
            if data is None:
                self.say(self.renderer.t(self.lang, "calendar-empty"))
            else:
                path = arg or "deadlines.ics"
                with open(path, "wb") as f:
                    f.write(data)
                self.say(self.renderer.t(self.lang, "calendar-caption") + f"\n→ {path}")
        elif cmd == "/workers":
            self.say(self.tracking.workers(self.lang))
        elif cmd == "/roster":
            if not arg:
                self.say(self.renderer.t(self.lang, "roster-help"))
            else:
                try:
                    with open(arg, "rb") as f:
                        self.say(self.tracking.roster(f.read(), self.lang))
                except OSError as e:
                    self.say(f"⚠️ {e}")
        self.say("")
        self._repeat()

    def _repeat(self) -> None:
        if self.state is None:
            self.menu()
        else:
            self.show_view()


def run_chat(
    engine: Engine,
    renderer: Renderer,
    lang: str,
    service: str | None,
    stdin: TextIO = sys.stdin,
    start_state: DialogState | None = None,
    **kw,
) -> int:
    chat = TerminalChat(engine, renderer, lang=lang, **kw)
    chat.say(renderer.t(lang, "welcome"))
    chat.say("")
    if start_state is not None:
        chat.state = start_state
        chat.show_view()
    elif service:
        chat.start_service(service)
    else:
        chat.menu()
    interactive = stdin.isatty()
    while True:
        if interactive:
            print("> ", end="", flush=True, file=chat.out)
        line = stdin.readline()
        if not line:
            return 0
        if not interactive:
            chat.say(f"> {line.rstrip()}")
        if not chat.handle(line):
            return 0
