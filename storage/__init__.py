"""Persistence: SQLAlchemy 2 async models and repositories, Alembic migrations.

SQLite by default, PostgreSQL in production (same code, URL only).
"""
