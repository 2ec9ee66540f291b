"""register search index on PostgreSQL (a no-op on SQLite)

A county's register search per keystroke is a prefix of the head's name, of the pinyin
initials or full pinyin, or of the reversed ID / phone number (``app.services.households``).
On PostgreSQL these are B-tree indexes under ``COLLATE "C"``: a prefix is then exactly one byte
range, whatever locale the county's database was created with (``zh_CN.UTF-8``'s collation
does not keep a prefix contiguous); ``household_detail.quick_search`` compares under the same
collation so the planner uses them. Not pg_trgm: a one- or two-letter query has no trigram,
and prefixes are what clerks type (``bench/pg_county.py``). SQLite keeps its current indexes:
its default (binary) collation already is the byte order.

Revision ID: 0007_pgsearch
Revises: 0006_compare
"""
from alembic import op


revision = '0007_pgsearch'
down_revision = '0007_lists'
branch_labels = None
depends_on = None

# (index name, column): one per search key of the register.
INDEXES = (
    ("ix_household_head_name_c", "head_name"),
    ("ix_household_py_initials_c", "py_initials"),
    ("ix_household_py_full_c", "py_full"),
    ("ix_household_id_rev_c", "id_rev"),
    ("ix_household_phone_rev_c", "phone_rev"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, column in INDEXES:
        op.execute(f'CREATE INDEX {name} ON household ({column} COLLATE "C")')


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, _column in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
