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
    # --- sync: station cards, enrollment, batch files (issue 6) ---
    "batch_cancelled": ("已取消", "cancelled"),
    "card_unreadable": (
        "无法读取工作站名片 {path}：{detail}",
        "cannot read the station card {path}: {detail}",
    ),
    "card_invalid": (
        "工作站名片无效或已被改动（{reason}）",
        "the station card is invalid or was altered ({reason})",
    ),
    "enroll_self": (
        "这是本工作站自己的名片，不能登记",
        "this is this station's own card; it cannot be enrolled",
    ),
    "enroll_wrong_peer": (
        "{name}（{code}）不是本站可以交换数据的工作站：村只登记所属乡镇，乡镇只登记下属的村",
        "{name} ({code}) is not a station this one exchanges with: a village enrolls its "
        "township, a township its own villages",
    ),
    "enroll_needs_replace": (
        "{name}（{code}）已登记，指纹 {old}；新名片指纹 {new}。确认更换请加 --replace（旧密钥留档）",
        "{name} ({code}) is already enrolled with fingerprint {old}; the new card has {new}. "
        "Confirm the change with --replace (the old key stays on record)",
    ),
    "batch_folder_unusable": ("无法使用文件夹 {path} {detail}", "cannot use the folder {path} {detail}"),
    "batch_disk_full": (
        "{path} 空间不足：需要约 {needed} KB，只剩 {free} KB",
        "not enough space on {path}: about {needed} KB needed, {free} KB free",
    ),
    "batch_for_required": ("乡镇导出时请用 --for 指定村代码", "a township must name the village with --for"),
    "batch_bad_destination": (
        "本村只能向所属乡镇导出，不能发给 {code}",
        "a village exports only to its township, not to {code}",
    ),
    "batch_peer_not_enrolled": (
        "{code} 尚未登记，请先导入它的工作站名片",
        "{code} is not enrolled; enroll its station card first",
    ),
    "batch_changed_during_export": (
        "导出期间数据有变动，请重新导出",
        "the data changed during the export; export again",
    ),
    "batch_write_verify_failed": (
        "写入 {path} 后回读校验失败，U盘可能有问题，请换一个再试",
        "the file written to {path} failed its read-back check; the USB drive may be faulty, "
        "try another",
    ),
    "batch_truncated": (
        "批次文件不完整（可能拷贝时拔出了U盘）",
        "the batch file is incomplete (was the drive pulled out while copying?)",
    ),
    "batch_not_a_batch": ("不是民情台账批次文件", "not a Minqing batch file"),
    "batch_too_new": (
        "批次文件由更新版本的软件生成（格式 {version}），请先升级本软件",
        "the batch was made by a newer version of Minqing (format {version}); update the app",
    ),
    "batch_bad_version": ("批次文件格式版本 {version} 无效", "invalid batch format version {version}"),
    "batch_damaged": (
        "批次文件已损坏或被改动（{detail}）",
        "the batch file is damaged or was altered ({detail})",
    ),
    "batch_unreadable": ("无法读取批次文件：{detail}", "cannot read the batch file: {detail}"),
    "batch_bad_signature": (
        "批次文件签名不符：文件被改动过，或不是由登记的工作站生成",
        "the batch signature does not match: the file was altered or not made by the enrolled "
        "station",
    ),
    "batch_wrong_destination": (
        "此批次是发给 {destination} 的，不是本站（{me}）",
        "this batch is addressed to {destination}, not to this station ({me})",
    ),
    "batch_unknown_origin": (
        "来源工作站 {name}（{origin}）未登记，拒绝导入",
        "the origin station {name} ({origin}) is not enrolled; refused",
    ),
    "batch_not_for_our_key": (
        "此批次不是用本站密钥加密的（对方登记的是旧名片？）",
        "this batch was not sealed for this station's key (does the sender hold an old card?)",
    ),
    "batch_inflates": (
        "批次内容解压后超过声明的大小 {declared} 字节（疑似压缩炸弹）",
        "the batch inflates beyond its declared size of {declared} bytes (a compression bomb?)",
    ),
    "batch_line_too_long": ("批次中有一条记录过长", "a record in the batch is too long"),
    "batch_digest_mismatch": (
        "批次内容摘要与清单不符",
        "the batch content does not match the digests in its manifest",
    ),
    "batch_bad_json": (
        "批次中有记录不是规范的 JSON：{detail}",
        "a record in the batch is not canonical JSON: {detail}",
    ),
    "batch_unknown_table": (
        "批次中有未知的数据类型“{table}”",
        "the batch holds an unknown kind of record “{table}”",
    ),
    "batch_bad_record": (
        "批次中 {table} 记录 {id} 的字段 {field} 无效：{value}",
        "record {id} in {table}: invalid {field}: {value}",
    ),
    "batch_foreign_record": (
        "批次中 {table} 记录 {id} 属于 {origin}，发送方无权提供",
        "record {id} in {table} belongs to {origin}; the sender may not supply it",
    ),
    "batch_duplicate_record": (
        "批次中 {table} 记录 {id} 出现了两次",
        "record {id} in {table} appears twice in the batch",
    ),
    "batch_count_mismatch": (
        "批次清单中的记录数与内容不符：清单 {declared}，实际 {found}",
        "the manifest's record counts do not match the content: declared {declared}, found "
        "{found}",
    ),
    "batch_missing_parent": (
        "批次引用的 {table} 记录 {id} 既不在批次中也不在本站，请先导入缺少的批次",
        "the batch refers to {table} record {id}, which is neither in the batch nor here; "
        "import the missing batch first",
    ),
    "batch_unique_taken": (
        "本站已有不同的 {table} 记录使用 {value}",
        "a different {table} record here already uses {value}",
    ),
    "batch_bad_receipt": ("批次中的回执无效", "a receipt in the batch is invalid"),
    "batch_gap": ("缺少来自{origin}的第 {seq} 批", "batch {seq} from {origin} is missing"),
    "batch_not_refused": (
        "此批次可以导入，无需拒收回执",
        "this batch can be imported; no refusal receipt is needed",
    ),
    "batch_refusal_not_authentic": (
        "无法确认此批次来自登记的村（{reason}），不能出具拒收回执",
        "this batch cannot be shown to come from an enrolled village ({reason}); no receipt is issued",
    ),
    "batch_refusal_township_only": ("只有乡镇出具回执", "only a township issues receipts"),
    # --- end sync ---
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
