"""indexes for the Matters page's and the register's windows (issue 11)

The Matters page reads its list a window at a time in the list's order (overdue, open,
resolved; by deadline, received date, id). This index holds that order and the columns the
page filters by, so a window at the end of 42,000 matters is read from the index, not by
sorting the matter table.

The register's index gains ``deleted`` after the group: its count per village and group and
the rows a window skips inside a 12,500-household group are then read from the index alone,
without looking up every household row (392 ms → see bench ui_list at 250,000).

Revision ID: 0007_lists
Revises: 0006_compare
Create Date: 2026-12-04 03:00:00
"""
from alembic import op


revision = '0007_lists'
down_revision = '0006_compare'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.drop_index('ix_household_register_order')
        batch_op.create_index('ix_household_register',
                              ['village_code', 'group_id', 'deleted', 'py_full', 'id'],
                              unique=False)
    with op.batch_alter_table('matter', schema=None) as batch_op:
        batch_op.create_index('ix_matter_list',
                              ['deleted', 'deadline', 'received_date', 'id', 'status',
                               'village_code', 'category', 'owner_cadre_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('matter', schema=None) as batch_op:
        batch_op.drop_index('ix_matter_list')
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.drop_index('ix_household_register')
        batch_op.create_index('ix_household_register_order',
                              ['village_code', 'group_id', 'py_full', 'id'], unique=False)
