"""Everything that touches SQLAlchemy: tables, the `.hirefile` file format, migrations, search.

Only this package imports SQLAlchemy. The models use portable SQLAlchemy types and constructs
so the same schema runs on PostgreSQL; SQLite-only features live in `fileformat` (pragmas,
application id) and `search` (FTS5).
"""
