"""covering indexes for the township's villages compared (issue 13)

The comparison's first opening at 30 villages / 150,000 households spent seconds fetching
visit and household rows one by one after an index range search; these two indexes hold every
column those GROUP BYs read, so they are answered from the indexes alone.

Revision ID: 0006_compare
Revises: 0006_perf
Create Date: 2026-12-04 01:00:00
"""
from alembic import op


revision = '0006_compare'
down_revision = '0006_perf'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index('ix_visit_date_household',
                              ['visit_date', 'household_id', 'village_code', 'deleted'],
                              unique=False)
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.create_index('ix_household_village_created',
                              ['village_code', 'created_at', 'deleted', 'updated_at'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.drop_index('ix_household_village_created')
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_date_household')
