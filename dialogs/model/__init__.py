"""A question tree as data: its schema, loading and validation of the YAML files, the
safe condition language, citations of the legal sources, the registry of computations
the trees call, and the start-up cache."""
