"""Holiday table as station data (holiday_day) and the working-day count of a matter's deadline.

Revision ID: 0005_cal
Revises: 0004_register_index
Create Date: 2026-12-03 10:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_cal'
down_revision = '0004_register_index'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('holiday_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_code', sa.String(length=12), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_holiday_day')),
    sa.UniqueConstraint('origin_code', 'day', name='uq_holiday_day_origin_day')
    )
    with op.batch_alter_table('holiday_day', schema=None) as batch_op:
        batch_op.create_index('ix_holiday_day_year', ['year', 'origin_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_holiday_day_origin_code'), ['origin_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_holiday_day_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('matter', schema=None) as batch_op:
        batch_op.add_column(sa.Column('deadline_workdays', sa.Integer(), server_default='0',
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('matter', schema=None) as batch_op:
        batch_op.drop_column('deadline_workdays')
    with op.batch_alter_table('holiday_day', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_holiday_day_updated_at'))
        batch_op.drop_index(batch_op.f('ix_holiday_day_origin_code'))
        batch_op.drop_index('ix_holiday_day_year')
    op.drop_table('holiday_day')
