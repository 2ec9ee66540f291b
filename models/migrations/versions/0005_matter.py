"""matters handed on: urgency, matter events (reassign / extend), the station's time-limit table

Revision ID: 0005_matter
Revises: 0004_register_index
Create Date: 2026-12-03 10:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_matter'
down_revision = '0005_batch'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('deadline_rule',
    sa.Column('category', sa.String(length=24), nullable=False),
    sa.Column('urgency', sa.String(length=16), nullable=False),
    sa.Column('workdays', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('category', 'urgency', name=op.f('pk_deadline_rule'))
    )
    op.create_table('matter_event',
    sa.Column('matter_id', sa.String(length=36), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('old_value', sa.String(length=64), nullable=False),
    sa.Column('new_value', sa.String(length=64), nullable=False),
    sa.Column('author', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_code', sa.String(length=12), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['matter_id'], ['matter.id'], name=op.f('fk_matter_event_matter_id_matter')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_matter_event'))
    )
    with op.batch_alter_table('matter_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_matter_event_event_date'), ['event_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_matter_event_matter_id'), ['matter_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_matter_event_origin_code'), ['origin_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_matter_event_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('matter', schema=None) as batch_op:
        batch_op.add_column(sa.Column('urgency', sa.String(length=16), server_default='normal', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('matter', schema=None) as batch_op:
        batch_op.drop_column('urgency')

    with op.batch_alter_table('matter_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_matter_event_updated_at'))
        batch_op.drop_index(batch_op.f('ix_matter_event_origin_code'))
        batch_op.drop_index(batch_op.f('ix_matter_event_matter_id'))
        batch_op.drop_index(batch_op.f('ix_matter_event_event_date'))

    op.drop_table('matter_event')
    op.drop_table('deadline_rule')
