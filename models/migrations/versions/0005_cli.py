"""Station setting: which roles may export full ID and phone numbers (issue 9).

Revision ID: 0005_cli
Revises: 0004_register_index
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_cli'
down_revision = '0005_cal'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('station', schema=None) as batch_op:
        batch_op.add_column(sa.Column('full_number_roles', sa.String(length=128), nullable=False,
                                      server_default='administrator,township_administrator'))


def downgrade() -> None:
    with op.batch_alter_table('station', schema=None) as batch_op:
        batch_op.drop_column('full_number_roles')
