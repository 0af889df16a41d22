"""Walking a tree and showing it: the engine (answers, conditions, back, restart), the
rendering of a view into a screen, the phone-screen limits, and the Fluent messages of
every language."""
