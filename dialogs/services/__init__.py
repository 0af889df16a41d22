"""Per-service domain computations (deadlines, validity checks) that trees call by name."""
