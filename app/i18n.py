"""Words the services and the CLI show, in Simplified Chinese (default) and English.

The Qt window translates its own strings with Qt's translation system (``resources/translations``);
messages that come from the services (validation, refusals) are produced here so the CLI, the
window and the sync reports all say the same thing. Labels for vocabulary codes live here too.
"""

from __future__ import annotations

from typing import Any

LANGS = ("zh_CN", "en")

MESSAGES: dict[str, tuple[str, str]] = {
    "field_error": ("{field}：{reason}", "{field}: {reason}"),
    "validation_failed": ("有 {count} 处填写有误", "{count} fields need correcting"),
    "required": ("不能为空", "must not be empty"),
    "id_length": (
        "“{value}”不是18位身份证号码",
        "“{value}” is not an 18-character resident ID number",
    ),
    "id_birth_invalid": (
        "“{value}”中的出生日期不存在",
        "the birth date inside “{value}” does not exist",
    ),
    "id_check_digit": (
        "“{value}”的校验位不对，请核对是否抄错",
        "the check digit of “{value}” is wrong; please check for a typing error",
    ),
    "id_excel_scientific": (
        "“{value}”已被 Excel 改成科学计数法，原号码已丢失，请把该列设为文本后重新录入",
        "“{value}” was turned into scientific notation by Excel and the number is lost; "
        "format the column as text and enter it again",
    ),
    "id_excel_zeroed": (
        "“{value}”末几位被 Excel 改成了 0，原号码已丢失，请把该列设为文本后重新录入",
        "the last digits of “{value}” were zeroed by Excel and the number is lost; "
        "format the column as text and enter it again",
    ),
    "phone_invalid": (
        "“{value}”不是有效的手机号或座机号（座机请带区号）",
        "“{value}” is not a valid mobile or landline number (landlines need the area code)",
    ),
    "date_in_future": ("日期 {value} 晚于今天", "the date {value} is in the future"),
    "date_invalid": ("“{value}”不是有效日期", "“{value}” is not a valid date"),
    "code_length": (
        "“{value}”应为{length}位数字代码",
        "“{value}” must be a {length}-digit code",
    ),
    "deadline_before_received": (
        "办结期限 {deadline} 不能早于受理日期 {received}",
        "the deadline {deadline} cannot be before the received date {received}",
    ),
    "result_required": ("办结时必须填写办理结果", "a result is required to close a matter"),
    "transition_not_allowed": (
        "事项当前状态为“{current}”，不能改为“{target}”",
        "a matter that is “{current}” cannot become “{target}”",
    ),
    "unknown_value": ("“{value}”不是可选的值", "“{value}” is not one of the allowed values"),
    "not_found": ("找不到{what}：{key}", "{what} not found: {key}"),
    "station_exists": (
        "{path} 已经是“{name}”（{code}）的数据文件，不能再次初始化",
        "{path} already holds the station “{name}” ({code}); it cannot be initialised again",
    ),
    "no_station": (
        "{path} 还没有初始化工作站，请先运行 minqing init",
        "{path} holds no station yet; run minqing init first",
    ),
    "store_too_new": (
        "数据文件 {path} 由更新版本的民情台账创建（结构版本 {revision}），请先升级本软件；文件未做任何改动",
        "{path} was written by a newer Minqing (schema {revision}); update the app first. "
        "The file was not touched",
    ),
    "store_not_sqlite": (
        "{path} 不是民情台账的数据文件",
        "{path} is not a Minqing database",
    ),
    "store_damaged": (
        "数据文件 {path} 已损坏（{detail}），未做任何写入；请从最近的备份恢复",
        "{path} is damaged ({detail}); nothing was written. Restore the last good backup",
    ),
    "demo_not_empty": (
        "该工作站已有 {count} 户数据，演示数据只能填入空工作站",
        "this station already holds {count} households; demo data only goes into an empty one",
    ),
    "township_needs_villages": (
        "乡镇工作站没有村可用", "a township station needs villages"),
    "month_invalid": ("“{value}”不是 YYYY-MM 格式的月份", "“{value}” is not a month (YYYY-MM)"),
    "check_ok": ("检查通过：数据文件完好，审计记录 {events} 条，链条完整",
                 "check passed: file sound, {events} audit events, chain intact"),
    "check_failed": ("检查未通过：", "check failed:"),
    "audit_chain_broken": ("审计记录第 {seq} 条被改动或删除", "audit event {seq} was altered or removed"),
    "satisfaction_needs_resolved": ("只有已办结的事项才能评价满意度",
                                    "satisfaction is recorded on resolved matters only"),
    "escalation_village_only": ("只有村工作站可以上报事项", "only a village station escalates"),
    "reply_township_only": ("只有乡镇工作站可以答复上报事项",
                            "only a township station answers escalated matters"),
    "reply_needs_escalated": ("只能答复已上报的事项", "only escalated matters can be answered"),
    "household_inactive": ("该户已注销", "this household has been removed"),
    # --- desktop window (ui/) ---
    "no_household_picked": ("没有“{value}”这一户，请从下方列表中选择",
                            "“{value}” is not a household on the register; pick one from the list"),
}

FIELDS: dict[str, tuple[str, str]] = {
    "id_number": ("身份证号", "ID number"),
    "phone": ("联系电话", "Phone"),
    "head_name": ("户主姓名", "Head of household"),
    "name": ("姓名", "Name"),
    "group": ("村民小组", "Group"),
    "members_count": ("家庭人口", "Members"),
    "address": ("家庭住址", "Address"),
    "tags": ("户类型", "Tags"),
    "code": ("代码", "Code"),
    "township_code": ("乡镇代码", "Township code"),
    "kind": ("工作站类型", "Station kind"),
    "visit_date": ("走访日期", "Visit date"),
    "mode": ("走访方式", "Mode"),
    "cadre": ("干部", "Cadre"),
    "household": ("农户", "Household"),
    "summary": ("了解情况", "What was learned"),
    "category": ("事项类别", "Category"),
    "title": ("事项", "Matter"),
    "received_date": ("受理日期", "Received"),
    "deadline": ("办结期限", "Deadline"),
    "status": ("状态", "Status"),
    "result": ("办理结果", "Result"),
    "satisfaction": ("满意度", "Satisfaction"),
    "note": ("备注", "Note"),
    "month": ("月份", "Month"),
    "issue_date": ("发卡日期", "Issue date"),
    "reply": ("答复", "Reply"),
    # --- desktop window (ui/) ---
    "admin": ("管理员", "Administrator"),
}

LABELS: dict[str, tuple[str, str]] = {
    # station kinds
    "village": ("村（社区）", "Village"),
    "township": ("乡镇", "Township"),
    # visit modes
    "home": ("入户走访", "Home visit"),
    "phone": ("电话", "Phone"),
    "walk_in": ("来访", "Walk-in"),
    "joint_office": ("联合办公", "Joint office day"),
    "meeting": ("民情恳谈会", "Dialogue meeting"),
    "opinion_box": ("收集箱", "Opinion box"),
    # categories
    "dispute": ("矛盾纠纷", "Dispute"),
    "hardship": ("困难问题", "Hardship"),
    "suggestion": ("意见建议", "Suggestion"),
    "petition": ("信访", "Petition"),
    "proxy_licence": ("证照代办", "Licence proxy"),
    "proxy_subsidy": ("补贴代发", "Subsidy proxy"),
    "proxy_enquiry": ("信息代问", "Enquiry proxy"),
    "proxy_supplies": ("农资代购", "Farm-supply proxy"),
    # statuses
    "open": ("待办", "Open"),
    "in_progress": ("办理中", "In progress"),
    "escalated": ("已上报", "Escalated"),
    "answered": ("乡镇已答复", "Answered"),
    "resolved": ("已办结", "Resolved"),
    # satisfaction
    "satisfied": ("满意", "Satisfied"),
    "basic": ("基本满意", "Fairly satisfied"),
    "unsatisfied": ("不满意", "Unsatisfied"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang.startswith("en") else pair[0]


def tr(msg: str, lang: str = "zh_CN", /, **params: Any) -> str:
    pair = MESSAGES.get(msg)
    if pair is None:
        return msg
    return _pick(pair, lang).format(**params)


def field_label(field: str, lang: str = "zh_CN") -> str:
    pair = FIELDS.get(field)
    return _pick(pair, lang) if pair else field


def label(code: str, lang: str = "zh_CN") -> str:
    pair = LABELS.get(code)
    return _pick(pair, lang) if pair else code


def code_for_label(text: str) -> str | None:
    """Reverse lookup: '矛盾纠纷' or 'Dispute' → 'dispute' (for imports and the CLI)."""
    text = text.strip()
    for code, (zh, en) in LABELS.items():
        if text in (zh, en, code) or text.lower() == en.lower():
            return code
    return None
