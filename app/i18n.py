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
    "not_owner": (
        "这条记录属于工作站 {owner}，只能由该站修改；本站只能查看（乡镇可对上报事项作答复）",
        "this record belongs to station {owner} and only that station changes it; here it is "
        "read-only (a township answers escalated matters with a reply)",
    ),
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
    # --- desktop window (ui/) ---
    "no_household_picked": ("没有“{value}”这一户，请从下方列表中选择",
                            "“{value}” is not a household on the register; pick one from the list"),
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
    # --- sync trust boundaries (issue 9) ---
    "batch_not_a_file": (
        "“批次文件”是{kind_zh}，不是普通文件，未读取",
        "the “batch file” is a {kind_en}, not a regular file; it was not read",
    ),
    "batch_seq_too_far": (
        "{origin}的批次序号 {seq} 超出上一批（{last}）之后 {limit} 批的范围，清单有误或被伪造，拒绝导入",
        "batch number {seq} from {origin} is more than {limit} past the last one applied "
        "({last}); the manifest is wrong or forged; refused",
    ),
    "batch_foreign_reference": (
        "批次中 {table} 记录 {id} 引用了 {owner} 的 {ref_table} 记录 {ref_id}，"
        "发送方无权引用其他工作站的记录",
        "record {id} in {table} refers to {ref_table} record {ref_id} of {owner}; the sender "
        "may not point at another station's records",
    ),
    "batch_id_taken": (
        "批次中 {table} 记录 {id} 的编号在本站属于 {owner} 的记录，发送方无权提供或更改它",
        "record {id} in {table} has the id of a record of {owner} here; the sender may not "
        "supply or change it",
    ),
    "batch_gap_range": (
        "缺少来自{origin}的第 {first}–{last} 批（共 {count} 批）",
        "batches {first}–{last} from {origin} are missing ({count} batches)",
    ),
    "batch_gaps_more": (
        "另有 {runs} 处缺批未列出（共 {count} 批）",
        "{runs} more runs of missing batches not listed ({count} batches)",
    ),
    "audit_trail_truncated": (
        "审计记录被截短：本站在发出的批次中报告过第 {reported} 条，现在只到第 {have} 条",
        "the audit trail was cut short: this station reported event {reported} in a batch it "
        "sent, but the trail now ends at event {have}",
    ),
    "audit_trail_rewritten": (
        "审计记录第 {seq} 条与本站在发出的批次中报告的不一致（记录被改写）",
        "audit event {seq} differs from what this station reported in a batch it sent (the "
        "trail was rewritten)",
    ),
    # --- end sync ---
    # --- release: users, backups, integrity, instance lock (issue 5) ---
    "login_required": (
        "本工作站已设用户账号，修改数据需要登录：请加 --user 用户名",
        "this station has user accounts; changing data needs a sign-in: add --user NAME",
    ),
    "read_only_user": ("用户“{user}”是只读账号，不能修改数据；未做任何改动",
                       "“{user}” is a read-only account and cannot change data; nothing was saved"),
    "admin_only": ("只有管理员可以管理用户账号（当前用户：{user}）",
                   "only an administrator manages accounts (signed in: {user})"),
    "reveal_not_allowed": ("用户“{user}”的角色不能查看完整身份证号",
                           "“{user}”'s role may not see full ID numbers"),
    "password_too_short": ("密码至少 {length} 位", "a password needs at least {length} characters"),
    "passwords_differ": ("两次输入的密码不一致", "the two passwords differ"),
    "role_township_only": ("乡镇管理员只能在乡镇工作站设置",
                           "a township administrator exists on a township station only"),
    "first_user_admin": ("第一个账号必须是管理员", "the first account must be an administrator"),
    "user_exists": ("用户“{name}”已存在", "the user “{name}” already exists"),
    "user_name_reserved": ("“{name}”是保留名称，请换一个", "“{name}” is reserved; choose another"),
    "last_admin": ("“{name}”是最后一个管理员，不能停用", "“{name}” is the last administrator"),
    "login_failed": ("用户名或密码不对", "wrong user name or password"),
    "user_disabled": ("账号“{name}”已停用，请找管理员", "the account “{name}” is disabled"),
    "backup_done": ("已备份到 {path}", "backed up to {path}"),
    "backup_failed": ("备份失败：{detail}；原文件未改动", "backup failed: {detail}; the file is untouched"),
    "backup_damaged": ("备份文件 {path} 已损坏或不是民情台账数据（{detail}），未恢复",
                       "the backup {path} is damaged or not a Minqing database ({detail}); "
                       "nothing was restored"),
    "restore_done": ("已从 {backup} 恢复；原文件保留为 {aside}",
                     "restored from {backup}; the previous file was kept as {aside}"),
    "store_damaged_at_start": (
        "数据文件 {path} 已损坏（{detail}），为保护数据不再写入。最近的完好备份：{backup}",
        "{path} is damaged ({detail}); it will not be written to. Last good backup: {backup}",
    ),
    "migration_failed": (
        "数据文件 {path} 升级失败（{detail}），文件保持原样；升级前的备份：{backup}",
        "upgrading {path} failed ({detail}); the file was left as it was. "
        "Backup taken before the upgrade: {backup}",
    ),
    "db_in_use": ("数据文件 {path} 已被另一个民情台账窗口打开，请使用那个窗口",
                  "{path} is already open in another Minqing window; please use that one"),
    "db_removable": (
        "数据文件 {path} 在U盘或移动硬盘上，拔出时可能损坏。请先复制到本机：{hint}",
        "{path} is on a removable drive and could be damaged when it is pulled out. "
        "Copy it to this laptop first: {hint}",
    ),
    "db_network": (
        "数据文件 {path} 在网络共享上，不能直接使用。请先复制到本机：{hint}",
        "{path} is on a network share and cannot be used there. "
        "Copy it to this laptop first: {hint}",
    ),
    "copy_target_exists": ("本机已有数据文件 {path}，未覆盖", "{path} already exists; not overwritten"),
    "selftest_ok": ("自检通过", "self-test passed"),
    "selftest_failed": ("自检未通过：{step}", "self-test failed: {step}"),
    # --- end release ---
    # --- window: cards, reports, roster import (ui/pages/cards.py, reports.py, import_dialog) ---
    "cards_printer_failed": ("无法连接打印机，请检查打印机后重试",
                             "the printer could not be opened; check it and try again"),
    # --- end window paper ---
    # --- holiday table and provisional deadlines (issue 15, app/services/calendar.py) ---
    "calendar_bad_rows": ("节假日表有 {count} 行无法读取，未做任何改动：",
                          "{count} rows of the holiday table cannot be read; nothing was saved:"),
    "calendar_row": ("第 {row} 行：{problem}", "row {row}: {problem}"),
    "calendar_more_rows": ("……另有 {count} 行有问题", "… and {count} more rows with problems"),
    "calendar_row_columns": ("需要日期、类型、名称三列（如 2027-01-01,休,元旦）",
                             "needs the columns date, kind, name (e.g. 2027-01-01,休,元旦)"),
    "calendar_row_date": ("日期“{value}”不是有效日期（应为 2027-01-01 这样的格式）",
                          "“{value}” is not a valid date (write it as 2027-01-01)"),
    "calendar_row_year": ("日期“{value}”的年份不在 2000—2200 之间",
                          "the year of “{value}” is not between 2000 and 2200"),
    "calendar_row_kind": ("类型“{value}”无法识别（应为 休 或 班，holiday 或 workday）",
                          "kind “{value}” is not known (use 休 or 班, holiday or workday)"),
    "calendar_row_name": ("名称超过 {length} 个字", "the name is longer than {length} characters"),
    "calendar_row_twice": ("日期 {value} 已在第 {other} 行出现过",
                           "the date {value} already appears in row {other}"),
    "calendar_row_workday_weekday": ("{value} 本来就是工作日，不能再标为调休上班（班）",
                                     "{value} is a weekday already; it cannot be a make-up "
                                     "working day (班)"),
    "calendar_empty": ("节假日表是空的：没有任何日期，未做任何改动",
                       "the holiday table is empty: no dates in it; nothing was saved"),
    "calendar_file_unreadable": ("无法读取节假日文件 {path}（{detail}）",
                                 "the holiday file {path} cannot be read ({detail})"),
    "calendar_admin_only": ("只有管理员可以导入节假日安排（当前用户：{user}）",
                            "only an administrator may import the holiday table "
                            "(signed in: {user})"),
    "calendar_bad_source": ("未知的节假日来源“{source}”", "unknown holiday table source “{source}”"),
    "calendar_bad_days": ("工作日数不能为负数：{days}", "the number of working days cannot be "
                                                   "negative: {days}"),
    "calendar_bad_year": ("年份“{value}”无效（应为 2000—2200 之间的四位数）",
                          "“{value}” is not a valid year (four digits, 2000 to 2200)"),
    "calendar_bad_date": ("日期“{value}”无效（应为 2027-01-01 这样的格式）",
                          "“{value}” is not a valid date (write it as 2027-01-01)"),
    "calendar_imported": ("已导入 {years} 年节假日安排：新增 {added} 天，修改 {changed} 天，"
                          "删除 {removed} 天；重新计算 {recomputed} 件事项的办结期限",
                          "holiday table for {years} imported: {added} days added, {changed} "
                          "changed, {removed} removed; {recomputed} matter deadlines counted again"),
    # --- end holiday table ---
    # --- issue 9: CLI trust, files at rest, content check, locks, validation (h/cli) ---
    "login_required_read": (
        "本工作站已设用户账号，导出或打印个人信息需要登录：请加 --user 用户名；未写入任何文件",
        "this station has user accounts; reading out personal data needs a sign-in: "
        "add --user NAME; nothing was written",
    ),
    "full_numbers_not_allowed": (
        "用户“{user}”的角色不能导出完整身份证号和电话（本站只允许指定角色）；未写入任何文件",
        "“{user}”'s role may not export full ID and phone numbers on this station; "
        "nothing was written",
    ),
    "store_busy": (
        "另一个民情台账窗口或命令正在写入数据；请稍后再试（未做任何改动）",
        "another Minqing window or command is writing; try again (nothing was changed)",
    ),
    "backup_offsite_admin": (
        "带出本机的备份只能由管理员制作（当前用户：{user}）",
        "only an administrator makes a backup that leaves the laptop (signed in: {user})",
    ),
    "passphrase_required": (
        "带出本机的备份必须加密：请在 MINQING_PASSPHRASE 中给出口令（或在提示时输入）；未写入任何文件",
        "a backup that leaves the laptop must be encrypted: give a passphrase in "
        "MINQING_PASSPHRASE (or when asked); nothing was written",
    ),
    "passphrase_required_restore": (
        "{path} 是加密备份：请在 MINQING_PASSPHRASE 中给出备份口令（或在提示时输入）；未恢复",
        "{path} is an encrypted backup: give its passphrase in MINQING_PASSPHRASE "
        "(or when asked); nothing was restored",
    ),
    "passphrase_too_short": ("备份口令至少 {length} 位",
                             "a backup passphrase needs at least {length} characters"),
    "passphrase_wrong": (
        "备份文件 {path} 的口令不对，或文件已被改动；未恢复",
        "wrong passphrase for {path}, or the file was altered; nothing was restored",
    ),
    "check_content_mismatch": (
        "{entity} {id} 的当前内容与审计记录不符（字段：{fields}），可能被直接改过数据文件",
        "{entity} {id}: its content does not match its audit trail (fields: {fields}); "
        "the file may have been edited directly",
    ),
    "check_content_unaudited": (
        "{entity} {id} 在审计记录之后被改过（版本 {version}，记录为 {expected}），可能被直接改过数据文件",
        "{entity} {id} was changed after its audit trail (version {version}, trail says "
        "{expected}); the file may have been edited directly",
    ),
    # --- per-row digests of bulk writes (issue 9) ---
    "check_content_digest": (
        "{entity} {id} 的当前内容与批量写入时的摘要不符，可能被直接改过数据文件",
        "{entity} {id}: its content does not match the digest taken when it was written in "
        "bulk; the file may have been edited directly",
    ),
    "check_digests_altered": (
        "第 {seq} 条审计记录所述的批量写入摘要被改动过",
        "the row digests of bulk write (audit event {seq}) were altered",
    ),
    "check_digests_orphaned": (
        "有 {count} 条批量写入摘要不属于任何审计记录，可能被直接写入数据文件",
        "{count} row digests belong to no audit event; the file may have been edited directly",
    ),
    "check_more_problems": ("另有 {count} 条记录不符，未一一列出", "{count} more records do not match"),
    "date_out_of_range": (
        "日期 {value} 不在 {low} 至 {high} 之间",
        "the date {value} is not between {low} and {high}",
    ),
    "members_out_of_range": (
        "家庭人口 {value} 不在 {low}–{high} 之间",
        "household members {value} is not between {low} and {high}",
    ),
    # --- end issue 9 ---
    # --- matters handed on: reassign, extend, urgency, walk-in, matter card (issue 15) ---
    "matter_not_owner": (
        "这件事项由{village}办理，乡镇只能查看（已上报的事项可以答复）",
        "this matter is handled by {village}; the township can only read it (and answer it "
        "once escalated)"),
    "matter_resolved_locked": ("事项已办结，不能再更换包案干部或延期；如需继续办理，请先“重新办理”",
                               "the matter is resolved: reopen it before handing it on or "
                               "extending it"),
    "reassign_same_owner": ("{name} 已经是这件事项的包案干部", "{name} already owns this matter"),
    "cadre_inactive": ("{name} 已不在岗，不能包案", "{name} is no longer active"),
    "extension_not_later": ("新的办结期限须晚于原期限 {deadline}",
                            "the new deadline must be later than {deadline}"),
    "workdays_range": ("须在 {low} 到 {high} 个工作日之间（填的是 {value}）",
                       "must be {low} to {high} working days (got {value})"),
    "matter_id_ambiguous": ("事项编号 {key} 对应多件事项，请多写几位",
                            "matter number {key} matches several matters; give more characters"),
    "walk_in_contact": ("诉求人：{contact}", "Raised by: {contact}"),
    "history_received": ("受理：{text}", "Received: {text}"),
    "history_escalated": ("上报乡镇：{text}", "Escalated to the township: {text}"),
    "history_resolved": ("办结：{text}", "Resolved: {text}"),
    "history_reassign": ("更换包案干部：{old} → {new}（理由：{reason}）",
                         "Owner changed: {old} → {new} (reason: {reason})"),
    "history_extend": ("延期：{old} → {new}（理由：{reason}）",
                       "Deadline extended: {old} → {new} (reason: {reason})"),
    "matter_card_written": ("事项卡已保存到 {path}（{pages} 页）",
                            "matter card saved to {path} ({pages} page(s))"),
    "matter_card_size": ("纸张只能是 A5 或 A4（填的是 {value}）",
                         "the paper size must be A5 or A4 (got {value})"),
    # --- end matters handed on ---
    # --- h/clerk: what a township may do with a village's records (issue 15) ---
    "cadre_not_owner": (
        "这名干部由{village}登记和管理，乡镇只能查看",
        "this cadre is recorded and managed by {village}; the township can only read it"),
    # --- end h/clerk ---
    # --- work plans, ratings, scorecard, payout (issue 16: app/services/plans.py …) ---
    "quarter_invalid": ("“{value}”不是有效的季度，应写成 2026-Q4 这样",
                        "“{value}” is not a quarter; write it like 2026-Q4"),
    "text_too_long": ("不能超过 {limit} 个字", "must not be longer than {limit} characters"),
    "amount_invalid": ("“{value}”不是有效金额（元，最多两位小数，不能为负）",
                       "“{value}” is not an amount (yuan, at most two decimals, not negative)"),
    "plan_admin_only": ("“{user}”不是管理员：审定、安排和确认销号由上级（管理员）进行",
                        "“{user}” is not an administrator: approving, assigning and confirming "
                        "plan items is for the level above (an administrator)"),
    "plan_not_our_cadre": ("干部“{name}”的工作计划由其所在工作站（{owner}）管理，本站只能查看",
                           "the plans of “{name}” are kept by their own station ({owner}); "
                           "this station can only view them"),
    "plan_cadre_inactive": ("干部“{name}”已停用，不能再安排工作",
                            "“{name}” is no longer active; no plan items can be added"),
    "plan_already_closed": ("这项工作（{month}）已经销号过（经办人 {by}），不能重复销号",
                            "this item ({month}) has already been checked off (by {by}); it "
                            "cannot be checked off twice"),
    "plan_dropped": ("这项工作（{month}）已撤销，不能销号",
                     "this item ({month}) was dropped; it cannot be checked off"),
    "plan_month_not_begun": ("这项工作属于 {month}，该月尚未开始，不能销号",
                             "this item belongs to {month}, which has not begun; it cannot be "
                             "checked off yet"),
    "plan_confirm_not_closed": ("这项工作（{month}）还没有销号，不能确认",
                                "this item ({month}) has not been checked off yet; there is "
                                "nothing to confirm"),
    "plan_already_confirmed": ("这项工作已由 {by} 确认过", "this item was already confirmed by {by}"),
    "plan_confirm_own": ("“{user}”不能确认自己销号或自己的工作，须由上级另一人确认",
                         "“{user}” cannot confirm their own check-off or their own item; "
                         "another person at the level above must confirm it"),
    "plan_reason_required": ("撤销工作须写明原因", "a reason is required to drop an item"),
    "plan_carry_finished": ("这项工作已完成或已撤销，无需转入下月",
                            "this item is finished or dropped; there is nothing to carry into "
                            "next month"),
    "plan_already_carried": ("这项工作（{month}）已经转入下月", "this item ({month}) was already "
                             "carried into the next month"),
    "plan_added": ("已添加工作计划 {id}", "plan item {id} added"),
    "review_not_served": ("{cadre}不是农户“{household}”在 {date} 的联系干部，不能评议",
                          "{cadre} was not the liaison cadre of the household “{household}” on "
                          "{date}; the rating was not recorded"),
    "review_not_our_household": ("这户的群众评议由其所在村（{owner}）记录",
                                 "ratings of this household are recorded by its village "
                                 "({owner})"),
    "payout_no_plans": ("{quarter} 没有任何干部有工作计划，无法分配",
                        "no cadre has plan items in {quarter}; there is nothing to pay out by"),
    "payout_all_equal": ("所有干部的销号率相同，无法按完成情况拉开 {spread} 元差距，请人工决定",
                         "every cadre has the same closure rate, so no spread of {spread} yuan "
                         "can be set by completion; decide by hand"),
    "payout_pool_too_small": (
        "资金池 {pool} 元太少：{n} 名干部最高与最低至少相差 {spread} 元，至少需要 {need} 元",
        "a pool of {pool} yuan is too small: with {n} cadres and a spread of at least {spread} "
        "yuan it must be at least {need} yuan"),
    "payout_saved": ("已保存绩酬挂钩规则", "payout rule saved"),
    "plan_sheet_written": ("已保存 {path}（{count} 张表）", "saved {path} ({count} sheets)"),
    # --- end plans ---
    # --- events, opinion boxes, duties (issue 12: app/services/events.py, boxes.py, duties.py) ---
    "event_kind_joint_office": ("联合办公", "Joint office day"),
    "event_kind_analysis": ("社情民意分析会", "Analysis meeting"),
    "event_kind_dialogue": ("民情恳谈会", "Dialogue meeting"),
    "event_kind_representatives": ("村民代表会议", "Villager representatives' meeting"),
    "event_kind_party_group": ("党小组长会议", "Party group leaders' meeting"),
    "event_kind_briefing": ("进组通报会", "Briefing in the groups"),
    "event_kind_reception": ("接访日", "Reception day"),
    "event_kind_other": ("其他活动", "Other gathering"),
    "event_end_before_start": ("{end} 早于开始日期 {start}",
                               "the end date {end} is before the start date {start}"),
    "event_days_invalid": ("天数 {value} 不对，应为 1 到 {max} 天",
                           "{value} days is not possible; give 1 to {max} days"),
    "event_days_and_end": ("天数 {days} 与结束日期 {end} 对不上，只填一个即可",
                           "{days} days does not agree with the end date {end}; give only one"),
    "event_hours_invalid": ("{value} 小时不可能，一天应为 0 到 {max} 小时",
                            "{value} hours a day is not possible; give 0 to {max} hours"),
    "event_household_other_village": (
        "农户“{name}”属于另一个村（{village}），不能登记到本村的活动",
        "the household “{name}” belongs to another village ({village}) and cannot be recorded "
        "at this village's gathering"),
    "event_on_spot_needs_result": ("第 {n} 件事项当场办结，请填写办理结果",
                                   "matter {n} was resolved on the spot: write down the result"),
    "box_group_unknown": ("没有“{group}”这个村民小组，请先在农户名册中建组",
                          "there is no villager group “{group}”; add the group first"),
    "box_group_has_box": ("{group}已经有收集箱了，每组一个",
                          "{group} already has an opinion box (one per group)"),
    "box_unknown": ("找不到收集箱“{box}”", "there is no opinion box “{box}”"),
    "box_slips_invalid": ("意见条数 {value} 不对，应为 0 到 {max}",
                          "{value} slips is not possible; give 0 to {max}"),
    "box_opened_before_installed": ("开箱日期 {date} 早于安装日期 {installed}",
                                    "the opening date {date} is before the box was installed "
                                    "({installed})"),
    "box_slips_all_recorded": ("这次开箱的 {slips} 张意见条都已登记",
                               "all {slips} slips of this opening are already recorded"),
    "duty_joint_office_days": ("村级联合办公（每月天数）", "Joint office days a month"),
    "duty_analysis_meeting": ("社情民意分析会（每月）", "Monthly analysis meeting"),
    "duty_monthly_report": ("逐月上报（本月批次已发送）", "Monthly report (the month's batch sent)"),
    "duty_opinion_boxes": ("社情民意收集箱（每组一个，每月开箱）",
                           "Opinion boxes (one per group, opened every month)"),
    "duty_representatives_meeting": ("村民代表会议（每年）",
                                     "Villager representatives' meeting (yearly)"),
    "duty_yearly_visits": ("每户每年至少走访一次", "Every household visited this year"),
    "duty_groups_without_box": ("{n} 个组还没有收集箱", "{n} groups have no box yet"),
    "duty_villages_met": ("{done}/{n} 个村已完成", "{done} of {n} villages done"),
    "duty_met": ("已完成", "met"),
    "duty_not_met": ("未完成", "not met"),
    "duty_not_yet_due": ("未到期", "not yet due"),
    "duty_rules_admin_only": ("只有管理员可以修改工作制度",
                              "only an administrator may change the duty rules"),
    "duty_required_invalid": ("次数 {value} 不对，应为 1 到 99",
                              "{value} is not possible; give 1 to 99"),
    "event_added": ("已登记活动 {id}", "gathering recorded: {id}"),
    # --- end events ---
    # --- county tier (issue 14, h/county) ---
    "county_foreign_village": ("{code} 不是乡镇 {township} 登记的村，县里不接收它的数据",
                               "{code} is not an enrolled village of township {township}; "
                               "the county refuses its records"),
    "county_forward_missing": ("乡镇转来的村数据包 {file} 不在同一文件夹里",
                               "the village batch {file} forwarded by the township is not in "
                               "the same folder"),
    "county_township_only": ("只有乡镇工作站向县里报送数据包",
                             "only a township station sends batches to its county"),
    "county_not_enrolled": ("还没有登记本县的工作站名片", "the county's station card is not enrolled"),
    "county_only": ("这个操作只在县级工作站上使用", "this is for a county station"),
    "county_no_demo": ("县级工作站不登记农户：演示数据请在村工作站上生成，再经乡镇报到县里",
                       "a county keeps no households: make demo data on village stations and "
                       "send it up through their townships"),
    "county_use_county_commands": (
        "乡镇与县之间的数据包用 minqing county export / import / reply / accept",
        "batches between a township and its county use minqing county export / import / "
        "reply / accept"),
    "county_exported": ("已写出报县数据包 {path}（本乡镇记录 {records} 条，转报村数据包 {forwarded} 个）",
                        "county batch written to {path} ({records} township records, "
                        "{forwarded} village batches forwarded)"),
    # --- end county tier ---
    # --- township desk: supervision, villages compared, meeting report (issue 13) ---
    "notice_township_only": ("只有乡镇工作站可以发督办单",
                             "only a township station issues supervision notices"),
    "notice_unknown_village": ("“{value}”不是本乡镇登记的村", "“{value}” is not a village of this township"),
    "notice_nothing_overdue": ("{village}截至 {as_of} 没有超期未办结的事项，不需要督办",
                               "{village} has no overdue matter as of {as_of}; nothing to supervise"),
    "notice_reply_by_past": ("回复期限 {value} 已经过去", "the reply-by date {value} is already past"),
    "notice_issued": ("已发督办单 {no}：{village}，{count} 件超期事项，请于 {reply_by} 前回复 → {path}",
                      "supervision notice {no} issued: {village}, {count} overdue matters, "
                      "reply by {reply_by} → {path}"),
    "notice_format": ("督办单只能保存为 .pdf 或 .xlsx：{path}",
                      "a supervision notice is saved as .pdf or .xlsx: {path}"),
    "report_format": ("月度会议报告只能保存为 .xlsx 或 .pdf：{path}",
                      "the monthly meeting report is saved as .xlsx or .pdf: {path}"),
    "report_written": ("已生成月度会议报告 {path}（{villages} 个村，超期 {overdue} 件）",
                       "monthly meeting report written to {path} ({villages} villages, "
                       "{overdue} overdue)"),
    "desk_township_only": ("督办和村务比较只在乡镇工作站上使用",
                           "supervision and villages compared are for a township station"),
    # --- end township desk ---
    # --- h/layer: a village's audit head may not go backwards (issue 9, sync/verify.py) ---
    "batch_audit_head_backwards": (
        "{origin}的第 {seq} 批报告的审计记录只到第 {head} 条，而它之前的第 {prev_seq} 批已报告到第 "
        "{prev_head} 条：该站的审计记录被截短或数据被换成旧副本，拒绝导入；请在该站运行“minqing check”",
        "batch {seq} from {origin} reports its audit trail up to event {head}, but its earlier "
        "batch {prev_seq} already reported event {prev_head}: the station's trail was cut "
        "short or its data replaced by an older copy; refused — run “minqing check” there",
    ),
    "batch_audit_head_rewritten": (
        "{origin}的第 {seq} 批报告的第 {head} 条审计记录与它第 {prev_seq} 批报告的不同："
        "该站的审计记录被改写，拒绝导入；请在该站运行“minqing check”",
        "batch {seq} from {origin} reports audit event {head} with another content than its "
        "batch {prev_seq} did: the station's trail was rewritten; refused — run “minqing "
        "check” there",
    ),
    # --- end h/layer ---

    # --- h/pg: a county station on PostgreSQL (issue 14) ---
    "db_url_password": (
        "数据库地址 {url} 中含有密码：命令行对本机所有用户可见，请改用 ~/.pgpass、PGPASSWORD "
        "或 MINQING_DATABASE_URL 环境变量",
        "The database URL {url} contains a password: a command line is visible to every user of "
        "this machine. Use ~/.pgpass, PGPASSWORD or the MINQING_DATABASE_URL environment variable",
    ),
    "db_url_unsupported": (
        "不支持的数据库地址 {url}：县级服务器请用 postgresql+psycopg://用户@主机:端口/库名",
        "Unsupported database URL {url}: a county server is postgresql+psycopg://USER@HOST:PORT/DB",
    ),
    "db_server_unreachable": (
        "连不上数据库服务器 {url}（{detail}）",
        "Cannot reach the database server {url} ({detail})",
    ),
    "server_backup_pg_dump": (
        "{url} 是数据库服务器，本软件的文件备份不适用；请用 pg_dump 备份"
        "（例如 pg_dump -Fc -f minqing.dump 库名），见 README“County server”",
        "{url} is a database server: the app's file backup does not apply. Back it up with "
        "pg_dump (e.g. pg_dump -Fc -f minqing.dump DBNAME); see the README's \"County server\"",
    ),
    # --- h2/county2: county read-only, county supervision notices, batch hints (issue 14) ---
    "county_read_only": (
        "县级工作站只查看各村的记录，不能修改（{entity}）：请由该村工作站修改后经乡镇报县",
        "a county station only reads the villages' records and cannot change them ({entity}): "
        "the village station changes them and its township forwards the batch",
    ),
    "county_use_county_import": (
        "这是乡镇报县的数据包：请用“minqing county import”导入（连同它转报的村数据包）",
        "this is a township's batch for its county: import it with \"minqing county import\" "
        "(together with the village files it forwards)",
    ),
    "county_batch_for_county": (
        "这是{township}报给{county}的数据包，只能在县级工作站上用“minqing county import”导入",
        "this is {township}'s batch for {county}: only the county station imports it, with "
        "\"minqing county import\"",
    ),
    "county_use_county_accept": (
        "这是县里发回的回执数据包：请用“minqing county accept”导入（或在“数据交换”页选“导入县回执”）",
        "this is the county's reply: accept it with \"minqing county accept\" (or \"Accept "
        "the county's reply\" on the Exchange page)",
    ),
    "county_notice_nothing_overdue": (
        "{township}截至 {as_of} 没有逾期事项，不需要督办单",
        "nothing in {township} is overdue as of {as_of}: no supervision notice needed",
    ),
    "county_notice_issued": (
        "已下督办单 {no}：{village}，逾期事项 {matters} 件，{reply_by} 前回复（随下次县回执发往乡镇）",
        "supervision notice {no} issued: {village}, {matters} overdue matter(s), reply by "
        "{reply_by} (travels in the next county reply to the township)",
    ),
    "county_import_applied": (
        "{name}：已导入，核验并导入村数据包 {villages} 个（已导入过的 {skipped} 个）",
        "{name}: applied; {villages} village batch(es) checked and applied ({skipped} already "
        "applied)",
    ),
    "county_import_already_applied": (
        "{name}：已导入过（村数据包新导入 {villages} 个）",
        "{name}: already applied ({villages} village batch(es) newly applied)",
    ),
    "county_import_refused": ("{name}：拒绝导入 — {reason}", "{name}: REFUSED — {reason}"),
    # --- end h2/county2 ---
}

FIELDS: dict[str, tuple[str, str]] = {
    "passphrase": ("备份口令", "backup passphrase"),
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
    # release (issue 5)
    "user": ("用户名", "User name"),
    "password": ("密码", "Password"),
    "role": ("角色", "Role"),
    # paper: roster import column mapping
    "relation": ("与户主关系", "Relation to head"),
    # --- desktop window (ui/) ---
    "admin": ("管理员", "Administrator"),
    # the field named in words that fit it (a station's name is not 姓名)
    "station_name": ("工作站名称", "Station name"),
    "village_name": ("村名", "Village name"),
    # matters handed on (issue 15)
    "urgency": ("紧急程度", "Urgency"),
    "reason": ("理由", "Reason"),
    "owner": ("包案干部", "Owner"),
    "workdays": ("办结时限（工作日）", "Time limit (working days)"),
    "event_date": ("日期", "Date"),
    "size": ("纸张", "Paper size"),
    # work plans, ratings, payout (issue 16)
    "plan_text": ("工作内容", "Plan item"),
    "quarter": ("季度", "Quarter"),
    "rating": ("评议", "Rating"),
    "review_date": ("评议日期", "Rating date"),
    "remark": ("意见", "Remark"),
    "occasion": ("评议场合", "Occasion"),
    "pool": ("资金池", "Pool"),
    "min_spread": ("最低差额", "Minimum spread"),
    # events, boxes, duties (issue 12)
    "event_kind": ("活动类型", "Kind of gathering"),
    "event_end": ("结束日期", "End date"),
    "event_days": ("天数", "Days"),
    "event_hours": ("每天小时数", "Hours a day"),
    "event_title": ("活动名称", "Title"),
    "place": ("地点", "Place"),
    "installed": ("安装日期", "Installed"),
    "open_date": ("开箱日期", "Opening date"),
    "slips": ("意见条数", "Slips"),
    "no_action_reason": ("不予处理的理由", "Reason for no action"),
    "duty": ("工作制度", "Duty"),
    "required_count": ("要求次数", "Required"),
    # township desk (issue 13)
    "village": ("村（社区）", "Village"),
    "reply_by": ("回复期限", "Reply by"),
    "as_of": ("截至日期", "As of"),
}

LABELS: dict[str, tuple[str, str]] = {
    # station kinds
    "village": ("村（社区）", "Village"),
    "township": ("乡镇", "Township"),
    "county": ("县（市、区）", "County"),  # issue 14
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
    # roles (issue 5)
    "administrator": ("管理员", "Administrator"),
    "clerk": ("工作人员", "Clerk"),
    "read_only": ("只读", "Read-only"),
    "township_administrator": ("乡镇管理员", "Township administrator"),
    "guest": ("未登录", "Not signed in"),
    # matter urgency and events (issue 15)
    "normal": ("一般", "Normal"),
    "urgent": ("急", "Urgent"),
    "critical": ("特急", "Critical"),
    "reassign": ("更换包案干部", "Owner changed"),
    "extend": ("延期", "Deadline extended"),
    # work plans (issue 16)
    "planned": ("待审定", "Proposed"),
    "approved": ("已审定", "Approved"),
    "done": ("已完成", "Done"),
    "not_done": ("未完成", "Not done"),
    "dropped": ("已撤销", "Dropped"),
    "proposed": ("自报（预）", "Proposed (预)"),
    "assigned": ("上级安排（安）", "Assigned (安)"),
    "visits": ("走访联系", "Visits"),
    "matters": ("事项办理", "Matters"),
    "projects": ("重点工作", "Key work"),
    "services": ("便民服务", "Services"),
    "other": ("其他", "Other"),
    "fair": ("基本满意", "Fairly satisfied"),
    "visit": ("走访时", "At a visit"),
    "yearly": ("年度评议", "Yearly round"),
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
