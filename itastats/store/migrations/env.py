"""Alembic environment of the project store.

Migrations run from code only (:func:`itastats.store.migrate.upgrade`): the
caller opens the connection, starts the transaction and passes the
connection in ``config.attributes["connection"]``, so no ``alembic.ini`` is
needed.  ``render_as_batch`` makes ALTERs work on SQLite too.

To write a new revision, run from the repository root::

    python -c "from itastats.store.migrate import revision; revision('what changed')"
"""
from alembic import context

from itastats.store.schema import metadata

connection = context.config.attributes.get("connection")
if context.is_offline_mode() or connection is None:
    raise RuntimeError("itastats migrations run online, through itastats.store.migrate.upgrade()")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                  version_table="alembic_version")
with context.begin_transaction():
    context.run_migrations()
