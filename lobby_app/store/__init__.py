"""The local store: SQLModel tables, the engine with its PRAGMAs, migrations and repositories."""
