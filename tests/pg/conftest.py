"""The PostgreSQL fixtures live in ``tests.pg.server`` (registered for the whole suite from
``tests/conftest.py`` so any test can ask for ``pg_url`` or ``any_db``)."""
