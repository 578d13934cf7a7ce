"""Use cases: one short transaction per user action, returning plain data (never live ORM rows
to the user interface). Both the GUI and the CLI call these."""
