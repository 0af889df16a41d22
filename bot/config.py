"""Settings from the environment (or a .env file)."""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    bot_token: str | None = None
    # SQLite file by default; production: postgresql+asyncpg://user@host/db
    database_url: str = "sqlite+aiosqlite:///migration-bot.db"
    # Conversation state: in memory by default; production: redis://host:6379/0
    redis_url: str | None = None
    # Bot API server; tests point it at a local double.
    telegram_api_url: str | None = None
    webhook_url: str | None = None
    webhook_path: str = "/telegram/webhook"
    webhook_host: str = "127.0.0.1"
    webhook_port: int = 8080
    webhook_secret: str | None = None
    default_language: str = "ru"
    # deliver due reminders from this process (turn off for extra webhook replicas if you like)
    reminders: bool = True
    # messages per second this process's dispatcher may send: Telegram allows 30 in all,
    # so with n processes give each a share; a little headroom avoids 429 pauses
    reminder_rate: float = 29.0
    # contact-center tools: admins (comma-separated Telegram user ids) grant staff with
    # /staff; staff links are signed with LINK_SECRET (default: derived from the token)
    admin_ids: str = ""
    # run Alembic at start (one process, development); in production run
    # `python -m bot migrate` once and set this false: processes then only check the schema
    migrate_on_start: bool = True
    # "json": one JSON object a log line, user ids hashed (bot/observability.py)
    log_format: str = "text"
    link_secret: str | None = None
    # hand-offs to a person: the operators' forum supergroup (its id, e.g. -1001234567890;
    # the bot is an admin there with "Manage topics"); unset: no "🙋 Ask a person"
    operators_chat_id: int | None = None
    # the language of what the bot writes for operators (the case, notes)
    operators_language: str = "ru"
    # the staff web page (`python -m bot web`): its public address, for the one-time
    # sign-in links /stats sends (unset: /stats sends figures only), and where it listens
    web_url: str | None = None
    web_host: str = "127.0.0.1"
    web_port: int = 8081

    @property
    def admin_id_set(self) -> frozenset[int]:
        return frozenset(int(x) for x in self.admin_ids.replace(" ", "").split(",") if x.isdigit())
    # per-user throttling: more than `throttle_limit` updates within `throttle_window`
    # seconds gets one "slow down" notice, then the user is ignored for `throttle_cooldown`
    throttle_limit: int = 30
    throttle_window: float = 5.0
    throttle_cooldown: float = 5.0
    # a dialog's answers (finished or abandoned) are deleted this many days after the
    # last answer, by the process that delivers reminders, every `retention_sweep_seconds`
    dialog_retention_days: int = 90
    retention_sweep_seconds: float = 3600.0
