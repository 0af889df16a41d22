"""Benchmarks, run side by side in one process: `python -m bench [--quick]`.

`bot` is imported first, as in production, so aiogram's types are built on first use
(bot/lazy_types.py) for every contender alike."""

import bot  # noqa: F401
