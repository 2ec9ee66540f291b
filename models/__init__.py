"""ORM models: the store's schema. Knows nothing of Qt, files or the CLI."""

from models.audit import AuditEvent, AuditRowDigest
from models.base import Base, Synced
from models.cadre import Assignment, Cadre
from models.calendar import HolidayDay
from models.card import ContactCard
from models.event import (
    BoxOpening,
    BoxSlip,
    DutyRule,
    Event,
    EventCadre,
    EventHousehold,
    OpinionBox,
)
from models.household import Household, Member
from models.matter_events import DeadlineRule, MatterEvent
from models.plan import PayoutRule, PlanItem, Review
from models.station import Group, Station, Village
from models.supervision import SupervisionItem, SupervisionNotice
from models.sync import SyncBatch, SyncConflict, SyncOwnKey, SyncPeer, SyncPeerKey, SyncReceipt
from models.user import Role, User
from models.visit import Matter, MatterNote, Reply, Visit

__all__ = [
    "BoxOpening",
    "BoxSlip",
    "DutyRule",
    "Event",
    "EventCadre",
    "EventHousehold",
    "OpinionBox",
    "AuditEvent",
    "AuditRowDigest",
    "Assignment",
    "Base",
    "Cadre",
    "ContactCard",
    "Group",
    "HolidayDay",
    "Household",
    "Matter",
    "MatterNote",
    "Member",
    "PayoutRule",
    "PlanItem",
    "Review",
    "Reply",
    "Role",
    "Station",
    "Synced",
    "SupervisionItem",
    "SupervisionNotice",
    "SyncBatch",
    "SyncConflict",
    "SyncOwnKey",
    "SyncPeer",
    "SyncPeerKey",
    "SyncReceipt",
    "User",
    "Village",
    "Visit",
    "MatterEvent",
    "DeadlineRule",
]
