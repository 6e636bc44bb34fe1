"""Use cases: one function each, one transaction each, returning what changed."""
