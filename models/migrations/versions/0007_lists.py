"""index for the Matters page's windows (issue 11)

The Matters page reads its list a window at a time in the list's order (overdue, open,
resolved; by deadline, received date, id). This index holds that order and the columns the
page filters by, so a window at the end of 42,000 matters is read from the index, not by
sorting the matter table.

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
    with op.batch_alter_table('matter', schema=None) as batch_op:
        batch_op.create_index('ix_matter_list',
                              ['deleted', 'deadline', 'received_date', 'id', 'status',
                               'village_code', 'category', 'owner_cadre_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('matter', schema=None) as batch_op:
        batch_op.drop_index('ix_matter_list')
