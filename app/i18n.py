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
    # ---- paper: roster import/export, ledger, coverage, contact cards (app/paper) ----
    "paper_cancelled": ("已取消，未写入任何文件", "cancelled; no file was written"),
    "paper_folder_missing": ("文件夹 {path} 不存在", "the folder {path} does not exist"),
    "roster_unreadable": ("无法读取花名册文件 {path}（{detail}）",
                          "cannot read the roster file {path} ({detail})"),
    "roster_encoding": ("{path} 既不是 UTF-8 也不是 GBK 编码，请在 Excel 中另存为“CSV UTF-8”",
                        "{path} is neither UTF-8 nor GBK; save it from Excel as “CSV UTF-8”"),
    "roster_xls": ("{path} 是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再导入",
                   "{path} is an old .xls file; save it as .xlsx in Excel and import again"),
    "roster_no_header": ("在 {path} 的前30行找不到表头（至少要有“户主姓名”和另一列）",
                         "no header found in the first 30 rows of {path} (need a name column "
                         "and one more)"),
    "roster_needs_village": ("乡镇工作站导入花名册时须指定村（--village 村代码）",
                             "on a township station, name the village (--village CODE)"),
    "roster_no_name_column": ("没有指定“户主姓名”列", "no column is mapped to the head's name"),
    "roster_duplicate": ("与第 {first} 行重复", "duplicates row {first}"),
    "roster_report_sheet": ("未导入的行", "Refused rows"),
    "roster_report_row": ("原行号", "Row"),
    "roster_report_reason": ("未导入原因", "Reason"),
    "roster_summary": ("{status}：新增 {inserted} 户，更新 {updated} 户，未变 {unchanged} 户，"
                       "有误 {errors} 行，跳过空行/合计行 {skipped} 行",
                       "{status}: {inserted} added, {updated} updated, {unchanged} unchanged, "
                       "{errors} rows refused, {skipped} blank/subtotal rows skipped"),
    "roster_status_applied": ("已导入", "imported"),
    "roster_status_preview": ("预览（未写入）", "preview (nothing written)"),
    "roster_error_line": ("第 {row} 行 {column}：{message}", "row {row}, {column}: {message}"),
    "roster_report_saved": ("未导入的行及原因已保存到 {path}", "refused rows and reasons saved to {path}"),
    "roster_exported": ("已导出 {count} 户到 {path}", "{count} households exported to {path}"),
    "ledger_written": ("台账已保存到 {path}（走访 {visits} 条，事项 {matters} 件）",
                       "ledger saved to {path} ({visits} visits, {matters} matters)"),
    "coverage_written": ("年度走访覆盖情况已保存到 {path}（未走访 {unvisited} 户）",
                         "coverage saved to {path} ({unvisited} households not visited)"),
    "archive_written": ("年度归档已保存到 {path}", "annual archive saved to {path}"),
    "year_invalid": ("“{value}”不是有效年份", "“{value}” is not a valid year"),
    "cards_none": ("没有符合条件的农户，未生成联系卡", "no households match; no cards made"),
    "cards_written": ("已生成 {count} 张联系卡（{pages} 页）到 {path}，发卡记录已登记",
                      "{count} cards ({pages} pages) saved to {path}; issues recorded"),
    "cards_missing_glyphs": ("字体中没有这些字：{chars}（{names}），卡片上以□代替，请手写补上",
                             "the font lacks {chars} ({names}); printed as □, write them in"),
    "cards_group_unknown": ("找不到村民小组“{value}”", "no villager group “{value}”"),
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
    # paper: roster import column mapping
    "relation": ("与户主关系", "Relation to head"),
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
