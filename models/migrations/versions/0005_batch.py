"""audit head carried by batches and echoed by receipts

Revision ID: 0005_batch
Revises: 0004_register_index
Create Date: 2026-12-03 10:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_batch'
down_revision = '0005_cli'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sync_batch', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audit_seq', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('audit_hash', sa.String(length=64), nullable=True))
    with op.batch_alter_table('sync_receipt', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audit_seq', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('audit_hash', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sync_receipt', schema=None) as batch_op:
        batch_op.drop_column('audit_hash')
        batch_op.drop_column('audit_seq')
    with op.batch_alter_table('sync_batch', schema=None) as batch_op:
        batch_op.drop_column('audit_hash')
        batch_op.drop_column('audit_seq')
