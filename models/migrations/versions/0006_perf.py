"""index for the month's escalated matters (issue 11)

Revision ID: 0006_perf
Revises: 0006_rowdigest
"""
from alembic import op


revision = '0006_perf'
down_revision = '0006_rowdigest'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # the month's figures count matters escalated in the month, per village: without it, the
    # whole matter table was read for every month asked
    op.create_index('ix_matter_escalated', 'matter', ['escalated_date'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_matter_escalated', table_name='matter')
