"""The read-only staff web page (`python -m bot web`): statistics and funnels."""
