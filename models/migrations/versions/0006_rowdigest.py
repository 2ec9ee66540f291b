"""per-row digests of bulk-written rows, so ``check`` can prove their content too

Revision ID: 0006_rowdigest
Revises: 0005_desk
Create Date: 2026-12-03 23:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0006_rowdigest'
down_revision = '0005_desk'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'audit_row_digest',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('bulk_id', sa.String(length=32), nullable=False),
        sa.Column('entity', sa.String(length=32), nullable=False),
        sa.Column('digests', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_row_digest')),
    )


def downgrade() -> None:
    op.drop_table('audit_row_digest')
