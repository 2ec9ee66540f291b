"""Controlled vocabularies of the domain, stored as short ASCII codes.

Codes are what the database and batch files hold; the Chinese and English labels live in
``app.i18n`` so a label can be reworded without a migration.
"""

from __future__ import annotations

from enum import StrEnum


class StationKind(StrEnum):
    VILLAGE = "village"
    TOWNSHIP = "township"
    COUNTY = "county"  # a county office over its townships (issue 14)


class VisitMode(StrEnum):
    HOME = "home"  # 入户走访
    PHONE = "phone"  # 电话
    WALK_IN = "walk_in"  # 来访
    JOINT_OFFICE = "joint_office"  # 联合办公
    MEETING = "meeting"  # 民情恳谈会
    OPINION_BOX = "opinion_box"  # 收集箱


class MatterCategory(StrEnum):
    DISPUTE = "dispute"  # 矛盾纠纷
    HARDSHIP = "hardship"  # 困难问题
    SUGGESTION = "suggestion"  # 意见建议
    PETITION = "petition"  # 信访
    PROXY_LICENCE = "proxy_licence"  # 证照代办
    PROXY_SUBSIDY = "proxy_subsidy"  # 补贴代发
    PROXY_ENQUIRY = "proxy_enquiry"  # 信息代问
    PROXY_SUPPLIES = "proxy_supplies"  # 农资代购


class MatterStatus(StrEnum):
    OPEN = "open"  # 待办
    IN_PROGRESS = "in_progress"  # 办理中
    ESCALATED = "escalated"  # 已上报
    ANSWERED = "answered"  # 乡镇已答复
    RESOLVED = "resolved"  # 已办结


class MatterUrgency(StrEnum):
    """小事真办、大事力办、急事快办、特事特办: the urgency sets the default time limit."""

    NORMAL = "normal"  # 一般
    URGENT = "urgent"  # 急
    CRITICAL = "critical"  # 特急


class MatterEventKind(StrEnum):
    REASSIGN = "reassign"  # 更换包案干部
    EXTEND = "extend"  # 延期


class Satisfaction(StrEnum):
    SATISFIED = "satisfied"  # 满意
    BASIC = "basic"  # 基本满意
    UNSATISFIED = "unsatisfied"  # 不满意


# Household tags are kept as the Chinese words clerks already use on their sheets.
HOUSEHOLD_TAGS: tuple[str, ...] = (
    "低保户",
    "五保户",
    "脱贫户",
    "监测户",
    "留守老人",
    "留守儿童",
    "残疾人",
    "退役军人",
    "独居老人",
)

# Allowed status transitions of a matter card (一事一卡).
TRANSITIONS: dict[MatterStatus, frozenset[MatterStatus]] = {
    MatterStatus.OPEN: frozenset(
        {MatterStatus.IN_PROGRESS, MatterStatus.ESCALATED, MatterStatus.RESOLVED}
    ),
    MatterStatus.IN_PROGRESS: frozenset({MatterStatus.ESCALATED, MatterStatus.RESOLVED}),
    MatterStatus.ESCALATED: frozenset({MatterStatus.ANSWERED, MatterStatus.RESOLVED}),
    MatterStatus.ANSWERED: frozenset(
        {MatterStatus.IN_PROGRESS, MatterStatus.ESCALATED, MatterStatus.RESOLVED}
    ),
    # A resolved matter may be reopened when the household comes back unsatisfied.
    MatterStatus.RESOLVED: frozenset({MatterStatus.IN_PROGRESS}),
}

# Default time limits (限时办结) in working days, per category.
DEFAULT_DEADLINE_WORKDAYS: dict[MatterCategory, int] = {
    MatterCategory.DISPUTE: 10,
    MatterCategory.HARDSHIP: 15,
    MatterCategory.SUGGESTION: 20,
    MatterCategory.PETITION: 40,  # ≈ the 60 calendar days of the 信访工作条例
    MatterCategory.PROXY_LICENCE: 10,
    MatterCategory.PROXY_SUBSIDY: 5,
    MatterCategory.PROXY_ENQUIRY: 3,
    MatterCategory.PROXY_SUPPLIES: 5,
}

# Default time limits of the quicker urgencies, as a share of the category's (一般) limit; an
# administrator may set any cell differently (``app.services.matters.set_deadline_rule``).
URGENCY_SHARE: dict[MatterUrgency, float] = {
    MatterUrgency.NORMAL: 1.0,
    MatterUrgency.URGENT: 0.5,
    MatterUrgency.CRITICAL: 0.2,
}

class PlanStatus(StrEnum):
    PLANNED = "planned"  # 预: proposed, not yet approved
    APPROVED = "approved"  # 安: approved or assigned by the level above
    DONE = "done"  # 销: checked off as done
    NOT_DONE = "not_done"  # checked off as not done, with the reason
    DROPPED = "dropped"  # withdrawn with a reason; not counted in the closure rate


class PlanOrigin(StrEnum):
    PROPOSED = "proposed"  # 自下而上预
    ASSIGNED = "assigned"  # 自上而下安


class PlanCategory(StrEnum):
    VISITS = "visits"  # 走访联系
    MATTERS = "matters"  # 事项办理
    PROJECTS = "projects"  # 重点工作
    SERVICES = "services"  # 便民服务
    OTHER = "other"  # 其他


class ReviewRating(StrEnum):
    SATISFIED = "satisfied"  # 满意
    FAIR = "fair"  # 基本满意
    UNSATISFIED = "unsatisfied"  # 不满意


class ReviewOccasion(StrEnum):
    VISIT = "visit"  # 走访时
    MEETING = "meeting"  # 会议上
    YEARLY = "yearly"  # 年度评议
    OTHER = "other"
