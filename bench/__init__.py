"""Benchmarks, run side by side in one process: `python -m bench [--quick]`."""
