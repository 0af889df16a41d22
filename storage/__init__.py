"""Persistence: SQLAlchemy 2 async models and repositories, Alembic migrations.

SQLite by default, PostgreSQL in production (same code, URL only).
"""

# company rosters take part in /forget (a hook in storage/userdata.py)
from . import employers as _employers  # noqa: E402,F401
