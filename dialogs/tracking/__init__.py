"""What the user tracks: reminder schedules per service, employers' rosters and the
workers' next actions, calendar files."""
