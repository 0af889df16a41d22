"""The law's arithmetic: dates in Almaty, working days from the holiday calendar,
deadlines, legal values with their effective dates and references, office hours and
countries."""
