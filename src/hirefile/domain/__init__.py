"""The hiring domain in plain Python: vocabularies, value objects and rules.

Nothing here imports Qt or SQLAlchemy, so every rule can be tested on its own and reused by
the storage layer, the services, the documents and the user interface alike.
"""
