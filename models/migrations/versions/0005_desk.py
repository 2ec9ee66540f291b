"""supervision notices (督办单) and their matters

Revision ID: 0005_desk
Revises: 0004_register_index
Create Date: 2026-12-03 10:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_desk'
down_revision = '0005_events'
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column]:
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('origin_code', sa.String(length=12), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('updated_by', sa.String(length=64), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        'supervision_notice',
        sa.Column('village_code', sa.String(length=12), nullable=False),
        sa.Column('owner_cadre_id', sa.String(length=36), nullable=True),
        sa.Column('notice_no', sa.String(length=32), nullable=False),
        sa.Column('issue_date', sa.Date(), nullable=False),
        sa.Column('as_of', sa.Date(), nullable=False),
        sa.Column('reply_by', sa.Date(), nullable=False),
        sa.Column('matter_count', sa.Integer(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('issued_by', sa.String(length=64), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(['owner_cadre_id'], ['cadre.id'],
                                name=op.f('fk_supervision_notice_owner_cadre_id_cadre')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_supervision_notice')),
    )
    with op.batch_alter_table('supervision_notice', schema=None) as batch_op:
        batch_op.create_index('ix_supervision_notice_village', ['village_code', 'issue_date'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_supervision_notice_origin_code'), ['origin_code'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_supervision_notice_updated_at'), ['updated_at'],
                              unique=False)
    op.create_table(
        'supervision_item',
        sa.Column('notice_id', sa.String(length=36), nullable=False),
        sa.Column('matter_id', sa.String(length=36), nullable=False),
        sa.Column('days_overdue', sa.Integer(), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(['matter_id'], ['matter.id'],
                                name=op.f('fk_supervision_item_matter_id_matter')),
        sa.ForeignKeyConstraint(['notice_id'], ['supervision_notice.id'],
                                name=op.f('fk_supervision_item_notice_id_supervision_notice')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_supervision_item')),
    )
    with op.batch_alter_table('supervision_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_supervision_item_matter_id'), ['matter_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_supervision_item_notice_id'), ['notice_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_supervision_item_origin_code'), ['origin_code'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_supervision_item_updated_at'), ['updated_at'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('supervision_item')
    op.drop_table('supervision_notice')
