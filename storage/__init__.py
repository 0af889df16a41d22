"""Persistence: SQLAlchemy 2 async models and repositories, Alembic migrations.

SQLite by default, PostgreSQL in production (same code, URL only).
"""

# company rosters and hand-off topics take part in /forget (hooks in storage/userdata.py)
from . import employers as _employers  # noqa: E402,F401
from . import handoffs as _handoffs  # noqa: E402,F401
