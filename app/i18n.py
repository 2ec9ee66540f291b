"""Words the services, the sync reports and the CLI show: gettext catalogues, English source.

The Qt window translates its own strings with Qt's translation system (``resources/translations``);
messages that come from the services (validation, refusals) are produced here so the CLI, the
window and the sync reports all say the same thing. Labels for vocabulary codes live here too.

Design (issue 10): the registries below keep the stable *keys* the ~hundreds of call sites use
(``tr("field_error", lang, field=…, reason=…)``, ``field_label``, ``label``), but hold only the
English source text, marked for extraction with ``N_`` (``NC_`` adds a gettext context where one
English text needs two different translations; ``NP_`` is a real gettext plural whose count is
the ``count`` parameter, or the one named). Every other language lives in a standard gettext
catalogue ``resources/locale/<lang>/LC_MESSAGES/minqing.po`` (compiled ``.mo`` beside it), made
with babel at development time (``resources/locale/README.md``); at run time only the stdlib
``gettext`` reads the ``.mo`` files, so start-up imports nothing new. English is the source
language (msgids are the English texts), ``zh_CN`` the default: an unknown language falls back to
it as before, a language with a catalogue is used as found. A language is added as files only:
any ``<lang>/LC_MESSAGES/minqing.mo`` under ``resources/locale`` or under a folder named in
``MINQING_LOCALE_DIR`` (``os.pathsep``-separated, searched first) is listed by
``available_languages()`` and accepted by ``--lang``.

Pairs ``(zh, en)`` that other branches still add are honoured at run time (Chinese for zh*,
English otherwise) until ``python resources/locale/fold.py`` moves them into the catalogues.
"""

from __future__ import annotations

import gettext as _gettext
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DOMAIN = "minqing"
SOURCE_LANGUAGE = "en"
DEFAULT_LANGUAGE = "zh_CN"
LOCALE_DIR_ENV = "MINQING_LOCALE_DIR"


def N_(text: str) -> str:
    """Mark ``text`` for extraction; translated later, where the language is known."""
    return text


def NC_(context: str, text: str) -> str:
    """Mark ``text`` with a gettext context (as a ``.mo`` stores it: ``context\x04text``)."""
    return f"{context}\x04{text}"


@dataclass(frozen=True)
class Plural:
    """A message with singular and plural English forms; ``count`` names the parameter that
    chooses the form (Chinese has one form, other languages up to six)."""

    singular: str
    plural: str
    count: str = "count"


def NP_(singular: str, plural: str, count: str = "count") -> Plural:
    """Mark a plural message for extraction (babel keyword ``NP_:1,2``)."""
    return Plural(singular, plural, count)


class Term(str):
    """A parameter value that is itself English source text (``Term(N_("folder"))``): ``tr``
    translates it into the message's language, so the raiser need not know the language."""

    __slots__ = ()


# A registry entry: English source, a plural, or a not-yet-folded (zh, en) pair.
Entry = str | Plural | tuple[str, str]

MESSAGES: dict[str, Entry] = {
    "field_error": N_("{field}: {reason}"),
    "validation_failed": NP_("{count} field needs correcting",
                             "{count} fields need correcting"),
    "required": N_("must not be empty"),
    "id_length": N_("“{value}” is not an 18-character resident ID number"),
    "id_birth_invalid": N_("the birth date inside “{value}” does not exist"),
    "id_check_digit": N_("the check digit of “{value}” is wrong; please check for a typing error"),
    "id_excel_scientific": N_("“{value}” was turned into scientific notation by Excel and the number is "
                              "lost; format the column as text and enter it again"),
    "id_excel_zeroed": N_("the last digits of “{value}” were zeroed by Excel and the number is lost; format "
                          "the column as text and enter it again"),
    "phone_invalid": N_("“{value}” is not a valid mobile or landline number (landlines need the area code)"),
    "date_in_future": N_("the date {value} is in the future"),
    "date_invalid": N_("“{value}” is not a valid date"),
    "code_length": N_("“{value}” must be a {length}-digit code"),
    "deadline_before_received": N_("the deadline {deadline} cannot be before the received date {received}"),
    "result_required": N_("a result is required to close a matter"),
    "transition_not_allowed": N_("a matter that is “{current}” cannot become “{target}”"),
    "unknown_value": N_("“{value}” is not one of the allowed values"),
    "not_found": N_("{what} not found: {key}"),
    "station_exists": N_("{path} already holds the station “{name}” ({code}); it cannot be initialised "
                         "again"),
    "no_station": N_("{path} holds no station yet; run minqing init first"),
    "store_too_new": N_("{path} was written by a newer Minqing (schema {revision}); update the app first. "
                        "The file was not touched"),
    "store_not_sqlite": N_("{path} is not a Minqing database"),
    "store_damaged": N_("{path} is damaged ({detail}); nothing was written. Restore the last good backup"),
    "demo_not_empty": NP_(
        "this station already holds {count} household; demo data only goes into an empty one",
        "this station already holds {count} households; demo data only goes into an empty one"),
    "township_needs_villages": N_("a township station needs villages"),
    "month_invalid": N_("“{value}” is not a month (YYYY-MM)"),
    "check_ok": N_("check passed: file sound, {events} audit events, chain intact"),
    "check_failed": N_("check failed:"),
    "audit_chain_broken": N_("audit event {seq} was altered or removed"),
    "satisfaction_needs_resolved": N_("satisfaction is recorded on resolved matters only"),
    "escalation_village_only": N_("only a village station escalates"),
    "reply_township_only": N_("only a township station answers escalated matters"),
    "reply_needs_escalated": N_("only escalated matters can be answered"),
    "household_inactive": N_("this household has been removed"),
    "not_owner": N_("this record belongs to station {owner} and only that station changes it; here it is "
                    "read-only (a township answers escalated matters with a reply)"),
    # ---- paper: roster import/export, ledger, coverage, contact cards (app/paper) ----
    "paper_cancelled": N_("cancelled; no file was written"),
    "paper_folder_missing": N_("the folder {path} does not exist"),
    "roster_unreadable": N_("cannot read the roster file {path} ({detail})"),
    "roster_encoding": N_("{path} is neither UTF-8 nor GBK; save it from Excel as “CSV UTF-8”"),
    "roster_xls": N_("{path} is an old .xls file; save it as .xlsx in Excel and import again"),
    "roster_no_header": N_("no header found in the first 30 rows of {path} (need a name column and one "
                           "more)"),
    "roster_needs_village": N_("on a township station, name the village (--village CODE)"),
    "roster_no_name_column": N_("no column is mapped to the head's name"),
    "roster_duplicate": N_("duplicates row {first}"),
    "roster_report_sheet": N_("Refused rows"),
    "roster_report_row": N_("Row"),
    "roster_report_reason": N_("Reason"),
    "roster_summary": N_("{status}: {inserted} added, {updated} updated, {unchanged} unchanged, {errors} "
                         "rows refused, {skipped} blank/subtotal rows skipped"),
    "roster_status_applied": N_("imported"),
    "roster_status_preview": N_("preview (nothing written)"),
    "roster_error_line": N_("row {row}, {column}: {message}"),
    "roster_report_saved": N_("refused rows and reasons saved to {path}"),
    "roster_exported": NP_("{count} household exported to {path}",
                           "{count} households exported to {path}"),
    "ledger_written": N_("ledger saved to {path} ({visits} visits, {matters} matters)"),
    "coverage_written": N_("coverage saved to {path} ({unvisited} households not visited)"),
    "archive_written": N_("annual archive saved to {path}"),
    "year_invalid": N_("“{value}” is not a valid year"),
    "cards_none": N_("no households match; no cards made"),
    "cards_written": NP_("{count} card ({pages} pages) saved to {path}; issues recorded",
                         "{count} cards ({pages} pages) saved to {path}; issues recorded"),
    "cards_missing_glyphs": N_("the font lacks {chars} ({names}); printed as □, write them in"),
    "cards_group_unknown": N_("no villager group “{value}”"),
    # --- desktop window (ui/) ---
    "no_household_picked": N_("“{value}” is not a household on the register; pick one from the list"),
    # --- sync: station cards, enrollment, batch files (issue 6) ---
    "batch_cancelled": N_("cancelled"),
    "card_unreadable": N_("cannot read the station card {path}: {detail}"),
    "card_invalid": N_("the station card is invalid or was altered ({reason})"),
    "enroll_self": N_("this is this station's own card; it cannot be enrolled"),
    "enroll_wrong_peer": N_("{name} ({code}) is not a station this one exchanges with: a village enrolls "
                            "its township, a township its own villages"),
    "enroll_needs_replace": N_("{name} ({code}) is already enrolled with fingerprint {old}; the new card "
                               "has {new}. Confirm the change with --replace (the old key stays on record)"),
    "batch_folder_unusable": N_("cannot use the folder {path} {detail}"),
    "batch_disk_full": N_("not enough space on {path}: about {needed} KB needed, {free} KB free"),
    "batch_for_required": N_("a township must name the village with --for"),
    "batch_bad_destination": N_("a village exports only to its township, not to {code}"),
    "batch_peer_not_enrolled": N_("{code} is not enrolled; enroll its station card first"),
    "batch_changed_during_export": N_("the data changed during the export; export again"),
    "batch_write_verify_failed": N_("the file written to {path} failed its read-back check; the USB drive "
                                    "may be faulty, try another"),
    "batch_truncated": N_("the batch file is incomplete (was the drive pulled out while copying?)"),
    "batch_not_a_batch": N_("not a Minqing batch file"),
    "batch_too_new": N_("the batch was made by a newer version of Minqing (format {version}); update the "
                        "app"),
    "batch_bad_version": N_("invalid batch format version {version}"),
    "batch_damaged": N_("the batch file is damaged or was altered ({detail})"),
    "batch_unreadable": N_("cannot read the batch file: {detail}"),
    "batch_bad_signature": N_("the batch signature does not match: the file was altered or not made by the "
                              "enrolled station"),
    "batch_wrong_destination": N_("this batch is addressed to {destination}, not to this station ({me})"),
    "batch_unknown_origin": N_("the origin station {name} ({origin}) is not enrolled; refused"),
    "batch_not_for_our_key": N_("this batch was not sealed for this station's key (does the sender hold an "
                                "old card?)"),
    "batch_inflates": N_("the batch inflates beyond its declared size of {declared} bytes (a compression "
                         "bomb?)"),
    "batch_line_too_long": N_("a record in the batch is too long"),
    "batch_digest_mismatch": N_("the batch content does not match the digests in its manifest"),
    "batch_bad_json": N_("a record in the batch is not canonical JSON: {detail}"),
    "batch_unknown_table": N_("the batch holds an unknown kind of record “{table}”"),
    "batch_bad_record": N_("record {id} in {table}: invalid {field}: {value}"),
    "batch_foreign_record": N_("record {id} in {table} belongs to {origin}; the sender may not supply it"),
    "batch_duplicate_record": N_("record {id} in {table} appears twice in the batch"),
    "batch_count_mismatch": N_("the manifest's record counts do not match the content: declared {declared}, "
                               "found {found}"),
    "batch_missing_parent": N_("the batch refers to {table} record {id}, which is neither in the batch nor "
                               "here; import the missing batch first"),
    "batch_unique_taken": N_("a different {table} record here already uses {value}"),
    "batch_bad_receipt": N_("a receipt in the batch is invalid"),
    "batch_gap": N_("batch {seq} from {origin} is missing"),
    "batch_not_refused": N_("this batch can be imported; no refusal receipt is needed"),
    "batch_refusal_not_authentic": N_("this batch cannot be shown to come from an enrolled village "
                                      "({reason}); no receipt is issued"),
    "batch_refusal_township_only": N_("only a township issues receipts"),
    # --- sync trust boundaries (issue 9) ---
    "batch_not_a_file": N_("the “batch file” is a {kind}, not a regular file; it was not read"),
    "batch_seq_too_far": N_("batch number {seq} from {origin} is more than {limit} past the last one "
                            "applied ({last}); the manifest is wrong or forged; refused"),
    "batch_foreign_reference": N_("record {id} in {table} refers to {ref_table} record {ref_id} of {owner}; "
                                  "the sender may not point at another station's records"),
    "batch_id_taken": N_("record {id} in {table} has the id of a record of {owner} here; the sender may not "
                         "supply or change it"),
    "batch_gap_range": N_("batches {first}–{last} from {origin} are missing ({count} batches)"),
    "batch_gaps_more": N_("{runs} more runs of missing batches not listed ({count} batches)"),
    "audit_trail_truncated": N_("the audit trail was cut short: this station reported event {reported} in a "
                                "batch it sent, but the trail now ends at event {have}"),
    "audit_trail_rewritten": N_("audit event {seq} differs from what this station reported in a batch it "
                                "sent (the trail was rewritten)"),
    # --- end sync ---
    # --- release: users, backups, integrity, instance lock (issue 5) ---
    "login_required": N_("this station has user accounts; changing data needs a sign-in: add --user NAME"),
    "read_only_user": N_("“{user}” is a read-only account and cannot change data; nothing was saved"),
    "admin_only": N_("only an administrator manages accounts (signed in: {user})"),
    "reveal_not_allowed": N_("“{user}”'s role may not see full ID numbers"),
    "password_too_short": N_("a password needs at least {length} characters"),
    "passwords_differ": N_("the two passwords differ"),
    "role_township_only": N_("a township administrator exists on a township station only"),
    "first_user_admin": N_("the first account must be an administrator"),
    "user_exists": N_("the user “{name}” already exists"),
    "user_name_reserved": N_("“{name}” is reserved; choose another"),
    "last_admin": N_("“{name}” is the last administrator"),
    "login_failed": N_("wrong user name or password"),
    "user_disabled": N_("the account “{name}” is disabled"),
    "backup_done": N_("backed up to {path}"),
    "backup_failed": N_("backup failed: {detail}; the file is untouched"),
    "backup_damaged": N_("the backup {path} is damaged or not a Minqing database ({detail}); nothing was "
                         "restored"),
    "restore_done": N_("restored from {backup}; the previous file was kept as {aside}"),
    "store_damaged_at_start": N_("{path} is damaged ({detail}); it will not be written to. Last good "
                                 "backup: {backup}"),
    "migration_failed": N_("upgrading {path} failed ({detail}); the file was left as it was. Backup taken "
                           "before the upgrade: {backup}"),
    "db_in_use": N_("{path} is already open in another Minqing window; please use that one"),
    "db_removable": N_("{path} is on a removable drive and could be damaged when it is pulled out. Copy it "
                       "to this laptop first: {hint}"),
    "db_network": N_("{path} is on a network share and cannot be used there. Copy it to this laptop first: "
                     "{hint}"),
    "copy_target_exists": N_("{path} already exists; not overwritten"),
    "selftest_ok": N_("self-test passed"),
    "selftest_failed": N_("self-test failed: {step}"),
    # --- end release ---
    # --- window: cards, reports, roster import (ui/pages/cards.py, reports.py, import_dialog) ---
    "cards_printer_failed": N_("the printer could not be opened; check it and try again"),
    # --- end window paper ---
    # --- holiday table and provisional deadlines (issue 15, app/services/calendar.py) ---
    "calendar_bad_rows": NP_("{count} row of the holiday table cannot be read; nothing was saved:",
                             "{count} rows of the holiday table cannot be read; nothing was saved:"),
    "calendar_row": N_("row {row}: {problem}"),
    "calendar_more_rows": NP_("… and {count} more row with problems",
                              "… and {count} more rows with problems"),
    "calendar_row_columns": N_("needs the columns date, kind, name (e.g. 2027-01-01,休,元旦)"),
    "calendar_row_date": N_("“{value}” is not a valid date (write it as 2027-01-01)"),
    "calendar_row_year": N_("the year of “{value}” is not between 2000 and 2200"),
    "calendar_row_kind": N_("kind “{value}” is not known (use 休 or 班, holiday or workday)"),
    "calendar_row_name": N_("the name is longer than {length} characters"),
    "calendar_row_twice": N_("the date {value} already appears in row {other}"),
    "calendar_row_workday_weekday": N_("{value} is a weekday already; it cannot be a make-up working day "
                                       "(班)"),
    "calendar_empty": N_("the holiday table is empty: no dates in it; nothing was saved"),
    "calendar_file_unreadable": N_("the holiday file {path} cannot be read ({detail})"),
    "calendar_admin_only": N_("only an administrator may import the holiday table (signed in: {user})"),
    "calendar_bad_source": N_("unknown holiday table source “{source}”"),
    "calendar_bad_days": N_("the number of working days cannot be negative: {days}"),
    "calendar_bad_year": N_("“{value}” is not a valid year (four digits, 2000 to 2200)"),
    "calendar_bad_date": NC_("calendar_bad_date", "“{value}” is not a valid date (write it as 2027-01-01)"),
    "calendar_imported": N_("holiday table for {years} imported: {added} days added, {changed} changed, "
                            "{removed} removed; {recomputed} matter deadlines counted again"),
    # --- end holiday table ---
    # --- issue 9: CLI trust, files at rest, content check, locks, validation (h/cli) ---
    "login_required_read": N_("this station has user accounts; reading out personal data needs a sign-in: "
                              "add --user NAME; nothing was written"),
    "full_numbers_not_allowed": N_("“{user}”'s role may not export full ID and phone numbers on this "
                                   "station; nothing was written"),
    "store_busy": N_("another Minqing window or command is writing; try again (nothing was changed)"),
    "backup_offsite_admin": N_("only an administrator makes a backup that leaves the laptop (signed in: "
                               "{user})"),
    "passphrase_required": N_("a backup that leaves the laptop must be encrypted: give a passphrase in "
                              "MINQING_PASSPHRASE (or when asked); nothing was written"),
    "passphrase_required_restore": N_("{path} is an encrypted backup: give its passphrase in "
                                      "MINQING_PASSPHRASE (or when asked); nothing was restored"),
    "passphrase_too_short": N_("a backup passphrase needs at least {length} characters"),
    "passphrase_wrong": N_("wrong passphrase for {path}, or the file was altered; nothing was restored"),
    "check_content_mismatch": N_("{entity} {id}: its content does not match its audit trail (fields: "
                                 "{fields}); the file may have been edited directly"),
    "check_content_unaudited": N_("{entity} {id} was changed after its audit trail (version {version}, "
                                  "trail says {expected}); the file may have been edited directly"),
    # --- per-row digests of bulk writes (issue 9) ---
    "check_content_digest": N_("{entity} {id}: its content does not match the digest taken when it was "
                               "written in bulk; the file may have been edited directly"),
    "check_digests_altered": N_("the row digests of bulk write (audit event {seq}) were altered"),
    # not a plural: tests and scripts look for "belong to no audit event" whatever the count
    "check_digests_orphaned": N_("{count} row digests belong to no audit event; the file may have "
                                 "been edited directly"),
    "check_more_problems": NP_("{count} more record does not match",
                               "{count} more records do not match"),
    "date_out_of_range": N_("the date {value} is not between {low} and {high}"),
    "members_out_of_range": N_("household members {value} is not between {low} and {high}"),
    # --- end issue 9 ---
    # --- matters handed on: reassign, extend, urgency, walk-in, matter card (issue 15) ---
    "matter_not_owner": N_("this matter is handled by {village}; the township can only read it (and answer "
                           "it once escalated)"),
    "matter_resolved_locked": N_("the matter is resolved: reopen it before handing it on or extending it"),
    "reassign_same_owner": N_("{name} already owns this matter"),
    "cadre_inactive": N_("{name} is no longer active"),
    "extension_not_later": N_("the new deadline must be later than {deadline}"),
    "workdays_range": N_("must be {low} to {high} working days (got {value})"),
    "matter_id_ambiguous": N_("matter number {key} matches several matters; give more characters"),
    "walk_in_contact": N_("Raised by: {contact}"),
    "history_received": N_("Received: {text}"),
    "history_escalated": N_("Escalated to the township: {text}"),
    "history_resolved": N_("Resolved: {text}"),
    "history_reassign": N_("Owner changed: {old} → {new} (reason: {reason})"),
    "history_extend": N_("Deadline extended: {old} → {new} (reason: {reason})"),
    "matter_card_written": N_("matter card saved to {path} ({pages} page(s))"),
    "matter_card_size": N_("the paper size must be A5 or A4 (got {value})"),
    # --- end matters handed on ---
    # --- h/clerk: what a township may do with a village's records (issue 15) ---
    "cadre_not_owner": N_("this cadre is recorded and managed by {village}; the township can only read it"),
    # --- end h/clerk ---
    # --- work plans, ratings, scorecard, payout (issue 16: app/services/plans.py …) ---
    "quarter_invalid": N_("“{value}” is not a quarter; write it like 2026-Q4"),
    "text_too_long": N_("must not be longer than {limit} characters"),
    "amount_invalid": N_("“{value}” is not an amount (yuan, at most two decimals, not negative)"),
    "plan_admin_only": N_("“{user}” is not an administrator: approving, assigning and confirming plan items "
                          "is for the level above (an administrator)"),
    "plan_not_our_cadre": N_("the plans of “{name}” are kept by their own station ({owner}); this station "
                             "can only view them"),
    "plan_cadre_inactive": N_("“{name}” is no longer active; no plan items can be added"),
    "plan_already_closed": N_("this item ({month}) has already been checked off (by {by}); it cannot be "
                              "checked off twice"),
    "plan_dropped": N_("this item ({month}) was dropped; it cannot be checked off"),
    "plan_month_not_begun": N_("this item belongs to {month}, which has not begun; it cannot be checked off "
                               "yet"),
    "plan_confirm_not_closed": N_("this item ({month}) has not been checked off yet; there is nothing to "
                                  "confirm"),
    "plan_already_confirmed": N_("this item was already confirmed by {by}"),
    "plan_confirm_own": N_("“{user}” cannot confirm their own check-off or their own item; another person "
                           "at the level above must confirm it"),
    "plan_reason_required": N_("a reason is required to drop an item"),
    "plan_carry_finished": N_("this item is finished or dropped; there is nothing to carry into next month"),
    "plan_already_carried": N_("this item ({month}) was already carried into the next month"),
    "plan_added": N_("plan item {id} added"),
    "review_not_served": N_("{cadre} was not the liaison cadre of the household “{household}” on {date}; "
                            "the rating was not recorded"),
    "review_not_our_household": N_("ratings of this household are recorded by its village ({owner})"),
    "payout_no_plans": N_("no cadre has plan items in {quarter}; there is nothing to pay out by"),
    "payout_all_equal": N_("every cadre has the same closure rate, so no spread of {spread} yuan can be set "
                           "by completion; decide by hand"),
    "payout_pool_too_small": N_("a pool of {pool} yuan is too small: with {n} cadres and a spread of at "
                                "least {spread} yuan it must be at least {need} yuan"),
    "payout_saved": N_("payout rule saved"),
    "plan_sheet_written": NP_("saved {path} ({count} sheet)",
                              "saved {path} ({count} sheets)"),
    # --- end plans ---
    # --- events, opinion boxes, duties (issue 12: app/services/events.py, boxes.py, duties.py) ---
    "event_kind_joint_office": N_("Joint office day"),
    "event_kind_analysis": N_("Analysis meeting"),
    "event_kind_dialogue": N_("Dialogue meeting"),
    "event_kind_representatives": N_("Villager representatives' meeting"),
    "event_kind_party_group": N_("Party group leaders' meeting"),
    "event_kind_briefing": N_("Briefing in the groups"),
    "event_kind_reception": N_("Reception day"),
    "event_kind_other": N_("Other gathering"),
    "event_end_before_start": N_("the end date {end} is before the start date {start}"),
    "event_days_invalid": N_("{value} days is not possible; give 1 to {max} days"),
    "event_days_and_end": N_("{days} days does not agree with the end date {end}; give only one"),
    "event_hours_invalid": N_("{value} hours a day is not possible; give 0 to {max} hours"),
    "event_household_other_village": N_("the household “{name}” belongs to another village ({village}) and "
                                        "cannot be recorded at this village's gathering"),
    "event_on_spot_needs_result": N_("matter {n} was resolved on the spot: write down the result"),
    "box_group_unknown": N_("there is no villager group “{group}”; add the group first"),
    "box_group_has_box": N_("{group} already has an opinion box (one per group)"),
    "box_unknown": N_("there is no opinion box “{box}”"),
    "box_slips_invalid": N_("{value} slips is not possible; give 0 to {max}"),
    "box_opened_before_installed": N_("the opening date {date} is before the box was installed "
                                      "({installed})"),
    "box_slips_all_recorded": N_("all {slips} slips of this opening are already recorded"),
    "duty_joint_office_days": N_("Joint office days a month"),
    "duty_analysis_meeting": N_("Monthly analysis meeting"),
    "duty_monthly_report": N_("Monthly report (the month's batch sent)"),
    "duty_opinion_boxes": N_("Opinion boxes (one per group, opened every month)"),
    "duty_representatives_meeting": N_("Villager representatives' meeting (yearly)"),
    "duty_yearly_visits": N_("Every household visited this year"),
    "duty_groups_without_box": NP_("{n} group has no box yet",
                                   "{n} groups have no box yet", "n"),
    "duty_villages_met": N_("{done} of {n} villages done"),
    "duty_met": N_("met"),
    "duty_not_met": N_("not met"),
    "duty_not_yet_due": N_("not yet due"),
    "duty_rules_admin_only": N_("only an administrator may change the duty rules"),
    "duty_required_invalid": N_("{value} is not possible; give 1 to 99"),
    "event_added": N_("gathering recorded: {id}"),
    # --- end events ---
    # --- county tier (issue 14, h/county) ---
    "county_foreign_village": N_("{code} is not an enrolled village of township {township}; the county "
                                 "refuses its records"),
    "county_forward_missing": N_("the village batch {file} forwarded by the township is not in the same "
                                 "folder"),
    "county_township_only": N_("only a township station sends batches to its county"),
    "county_not_enrolled": N_("the county's station card is not enrolled"),
    "county_only": N_("this is for a county station"),
    "county_no_demo": N_("a county keeps no households: make demo data on village stations and send it up "
                         "through their townships"),
    "county_use_county_commands": N_("batches between a township and its county use minqing county export / "
                                     "import / reply / accept"),
    "county_exported": N_("county batch written to {path} ({records} township records, {forwarded} village "
                          "batches forwarded)"),
    # --- end county tier ---
    # --- township desk: supervision, villages compared, meeting report (issue 13) ---
    "notice_township_only": N_("only a township station issues supervision notices"),
    "notice_unknown_village": N_("“{value}” is not a village of this township"),
    "notice_nothing_overdue": N_("{village} has no overdue matter as of {as_of}; nothing to supervise"),
    "notice_reply_by_past": N_("the reply-by date {value} is already past"),
    "notice_issued": NP_(
        "supervision notice {no} issued: {village}, {count} overdue matter, reply by {reply_by} → {path}",
        "supervision notice {no} issued: {village}, {count} overdue matters, reply by {reply_by} → "
        "{path}"),
    "notice_format": N_("a supervision notice is saved as .pdf or .xlsx: {path}"),
    "report_format": N_("the monthly meeting report is saved as .xlsx or .pdf: {path}"),
    "report_written": N_("monthly meeting report written to {path} ({villages} villages, {overdue} overdue)"),
    "desk_township_only": N_("supervision and villages compared are for a township station"),
    # --- end township desk ---
    # --- h/layer: a village's audit head may not go backwards (issue 9, sync/verify.py) ---
    "batch_audit_head_backwards": N_("batch {seq} from {origin} reports its audit trail up to event {head}, "
                                     "but its earlier batch {prev_seq} already reported event {prev_head}: "
                                     "the station's trail was cut short or its data replaced by an older "
                                     "copy; refused — run “minqing check” there"),
    "batch_audit_head_rewritten": N_("batch {seq} from {origin} reports audit event {head} with another "
                                     "content than its batch {prev_seq} did: the station's trail was "
                                     "rewritten; refused — run “minqing check” there"),
    # --- end h/layer ---

    # --- h/pg: a county station on PostgreSQL (issue 14) ---
    "db_url_password": N_("The database URL {url} contains a password: a command line is visible to every "
                          "user of this machine. Use ~/.pgpass, PGPASSWORD or the MINQING_DATABASE_URL "
                          "environment variable"),
    "db_url_unsupported": N_("Unsupported database URL {url}: a county server is "
                             "postgresql+psycopg://USER@HOST:PORT/DB"),
    "db_server_unreachable": N_("Cannot reach the database server {url} ({detail})"),
    "server_backup_pg_dump": N_("{url} is a database server: the app's file backup does not apply. Back it "
                                "up with pg_dump (e.g. pg_dump -Fc -f minqing.dump DBNAME); see the "
                                "README's \"County server\""),
    # --- h2/county2: county read-only, county supervision notices, batch hints (issue 14) ---
    "county_read_only": N_("a county station only reads the villages' records and cannot change them "
                           "({entity}): the village station changes them and its township forwards the "
                           "batch"),
    "county_use_county_import": N_("this is a township's batch for its county: import it with \"minqing "
                                   "county import\" (together with the village files it forwards)"),
    "county_batch_for_county": N_("this is {township}'s batch for {county}: only the county station imports "
                                  "it, with \"minqing county import\""),
    "county_use_county_accept": N_("this is the county's reply: accept it with \"minqing county accept\" "
                                   "(or \"Accept the county's reply\" on the Exchange page)"),
    "county_notice_nothing_overdue": N_("nothing in {township} is overdue as of {as_of}: no supervision "
                                        "notice needed"),
    "county_notice_issued": N_("supervision notice {no} issued: {village}, {matters} overdue matter(s), "
                               "reply by {reply_by} (travels in the next county reply to the township)"),
    "county_import_applied": N_("{name}: applied; {villages} village batch(es) checked and applied "
                                "({skipped} already applied)"),
    "county_import_already_applied": N_("{name}: already applied ({villages} village batch(es) newly "
                                        "applied)"),
    "county_import_refused": N_("{name}: REFUSED — {reason}"),
    # --- end h2/county2 ---
}

FIELDS: dict[str, Entry] = {
    "passphrase": N_("backup passphrase"),
    "id_number": N_("ID number"),
    "phone": N_("Phone"),
    "head_name": N_("Head of household"),
    "name": N_("Name"),
    "group": N_("Group"),
    "members_count": N_("Members"),
    "address": N_("Address"),
    "tags": N_("Tags"),
    "code": N_("Code"),
    "township_code": N_("Township code"),
    "kind": N_("Station kind"),
    "visit_date": N_("Visit date"),
    "mode": N_("Mode"),
    "cadre": N_("Cadre"),
    "household": N_("Household"),
    "summary": N_("What was learned"),
    "category": N_("Category"),
    "title": N_("Matter"),
    "received_date": N_("Received"),
    "deadline": N_("Deadline"),
    "status": N_("Status"),
    "result": N_("Result"),
    "satisfaction": N_("Satisfaction"),
    "note": N_("Note"),
    "month": N_("Month"),
    "issue_date": N_("Issue date"),
    "reply": N_("Reply"),
    # release (issue 5)
    "user": N_("User name"),
    "password": N_("Password"),
    "role": N_("Role"),
    # paper: roster import column mapping
    "relation": N_("Relation to head"),
    # --- desktop window (ui/) ---
    "admin": N_("Administrator"),
    # the field named in words that fit it (a station's name is not 姓名)
    "station_name": N_("Station name"),
    "village_name": N_("Village name"),
    # matters handed on (issue 15)
    "urgency": N_("Urgency"),
    "reason": NC_("reason", "Reason"),
    "owner": N_("Owner"),
    "workdays": N_("Time limit (working days)"),
    "event_date": N_("Date"),
    "size": N_("Paper size"),
    # work plans, ratings, payout (issue 16)
    "plan_text": N_("Plan item"),
    "quarter": N_("Quarter"),
    "rating": N_("Rating"),
    "review_date": N_("Rating date"),
    "remark": N_("Remark"),
    "occasion": N_("Occasion"),
    "pool": N_("Pool"),
    "min_spread": N_("Minimum spread"),
    # events, boxes, duties (issue 12)
    "event_kind": N_("Kind of gathering"),
    "event_end": N_("End date"),
    "event_days": N_("Days"),
    "event_hours": N_("Hours a day"),
    "event_title": N_("Title"),
    "place": N_("Place"),
    "installed": N_("Installed"),
    "open_date": N_("Opening date"),
    "slips": N_("Slips"),
    "no_action_reason": N_("Reason for no action"),
    "duty": N_("Duty"),
    "required_count": N_("Required"),
    # township desk (issue 13)
    "village": N_("Village"),
    "reply_by": N_("Reply by"),
    "as_of": N_("As of"),
}

LABELS: dict[str, Entry] = {
    # station kinds
    "village": N_("Village"),
    "township": N_("Township"),
    "county": N_("County"),  # issue 14
    # visit modes
    "home": N_("Home visit"),
    "phone": NC_("phone", "Phone"),
    "walk_in": N_("Walk-in"),
    "joint_office": N_("Joint office day"),
    "meeting": N_("Dialogue meeting"),
    "opinion_box": N_("Opinion box"),
    # categories
    "dispute": N_("Dispute"),
    "hardship": N_("Hardship"),
    "suggestion": N_("Suggestion"),
    "petition": N_("Petition"),
    "proxy_licence": N_("Licence proxy"),
    "proxy_subsidy": N_("Subsidy proxy"),
    "proxy_enquiry": N_("Enquiry proxy"),
    "proxy_supplies": N_("Farm-supply proxy"),
    # statuses
    "open": N_("Open"),
    "in_progress": N_("In progress"),
    "escalated": N_("Escalated"),
    "answered": N_("Answered"),
    "resolved": N_("Resolved"),
    # satisfaction
    "satisfied": N_("Satisfied"),
    "basic": N_("Fairly satisfied"),
    "unsatisfied": N_("Unsatisfied"),
    # roles (issue 5)
    "administrator": N_("Administrator"),
    "clerk": N_("Clerk"),
    "read_only": N_("Read-only"),
    "township_administrator": N_("Township administrator"),
    "guest": N_("Not signed in"),
    # matter urgency and events (issue 15)
    "normal": N_("Normal"),
    "urgent": N_("Urgent"),
    "critical": N_("Critical"),
    "reassign": N_("Owner changed"),
    "extend": N_("Deadline extended"),
    # work plans (issue 16)
    "planned": N_("Proposed"),
    "approved": N_("Approved"),
    "done": N_("Done"),
    "not_done": N_("Not done"),
    "dropped": N_("Dropped"),
    "proposed": N_("Proposed (预)"),
    "assigned": N_("Assigned (安)"),
    "visits": N_("Visits"),
    "matters": N_("Matters"),
    "projects": N_("Key work"),
    "services": N_("Services"),
    "other": N_("Other"),
    "fair": N_("Fairly satisfied"),
    "visit": N_("At a visit"),
    "yearly": N_("Yearly round"),
}


@lru_cache(maxsize=1)
def _bundled_dir() -> Path:
    from app.paths import resource_path

    return resource_path("locale")


def locale_dirs() -> tuple[Path, ...]:
    """Where catalogues are looked for: ``MINQING_LOCALE_DIR`` folders first, then the bundled."""
    extra = os.environ.get(LOCALE_DIR_ENV, "")
    return (*(Path(d) for d in extra.split(os.pathsep) if d), _bundled_dir())


@lru_cache(maxsize=4)
def _languages(dirs: tuple[Path, ...]) -> tuple[str, ...]:
    found: set[str] = set()
    for folder in dirs:
        if folder.is_dir():
            found.update(p.parent.parent.name for p in folder.glob(f"*/LC_MESSAGES/{DOMAIN}.mo"))
    rest = sorted(found - {DEFAULT_LANGUAGE, SOURCE_LANGUAGE})
    return (DEFAULT_LANGUAGE, SOURCE_LANGUAGE, *rest)


def available_languages() -> list[str]:
    """Every language the app can speak: the default, the English source, then each language
    with a compiled catalogue (``<dir>/<lang>/LC_MESSAGES/minqing.mo``), sorted."""
    return list(_languages(locale_dirs()))


def _candidates(lang: str) -> list[str]:
    """``zh_CN.UTF-8`` → zh_CN, zh (the stdlib's own lookup would also normalise odd names)."""
    bare = lang.split(".")[0].split("@")[0]
    out = [bare]
    if "_" in bare:
        out.append(bare.split("_")[0])
    return out


@lru_cache(maxsize=16)
def _load(lang: str, dirs: tuple[Path, ...]) -> _gettext.NullTranslations:
    for name in _candidates(lang):
        if name == SOURCE_LANGUAGE:
            return _gettext.NullTranslations()
        for folder in dirs:
            mo = folder / name / "LC_MESSAGES" / f"{DOMAIN}.mo"
            if mo.is_file():
                with mo.open("rb") as fp:
                    return _gettext.GNUTranslations(fp)
    if lang != DEFAULT_LANGUAGE:
        return _load(DEFAULT_LANGUAGE, dirs)  # as before: anything not English is Chinese
    return _gettext.NullTranslations()


def translation(lang: str) -> _gettext.NullTranslations:
    """The catalogue for ``lang`` (cached; re-read when ``MINQING_LOCALE_DIR`` changes)."""
    return _load(lang or DEFAULT_LANGUAGE, locale_dirs())


def gettext(message: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """``message`` (English source, possibly ``NC_``-marked) in ``lang``."""
    t = translation(lang)
    if "\x04" in message:
        context, text = message.split("\x04", 1)
        return t.pgettext(context, text)
    return t.gettext(message)


def ngettext(singular: str, plural: str, n: int, lang: str = DEFAULT_LANGUAGE) -> str:
    return translation(lang).ngettext(singular, plural, n)


def pgettext(context: str, message: str, lang: str = DEFAULT_LANGUAGE) -> str:
    return translation(lang).pgettext(context, message)


def _render(entry: Entry, lang: str, params: dict[str, Any]) -> str:
    if isinstance(entry, Plural):
        try:
            n = int(params.get(entry.count, 2))
        except (TypeError, ValueError):
            n = 2
        return ngettext(entry.singular, entry.plural, n, lang)
    if isinstance(entry, tuple):  # a (zh, en) pair not yet folded into the catalogues
        return entry[1] if lang.startswith(SOURCE_LANGUAGE) else entry[0]
    return gettext(entry, lang)


def tr(msg: str, lang: str = DEFAULT_LANGUAGE, /, **params: Any) -> str:
    entry = MESSAGES.get(msg)
    if entry is None:
        return msg
    values = {k: gettext(v, lang) if isinstance(v, Term) else v for k, v in params.items()}
    return _render(entry, lang, params).format(**values)


def field_label(field: str, lang: str = DEFAULT_LANGUAGE) -> str:
    entry = FIELDS.get(field)
    return _render(entry, lang, {}) if entry else field


def label(code: str, lang: str = DEFAULT_LANGUAGE) -> str:
    entry = LABELS.get(code)
    return _render(entry, lang, {}) if entry else code


def code_for_label(text: str) -> str | None:
    """Reverse lookup: '矛盾纠纷' or 'Dispute' → 'dispute' (for imports and the CLI): the code,
    or its label in any available language (case-insensitive)."""
    text = text.strip()
    if text in LABELS:
        return text
    return _codes_by_label(locale_dirs(), len(LABELS)).get(text.casefold())


@lru_cache(maxsize=4)
def _codes_by_label(dirs: tuple[Path, ...], _size: int) -> dict[str, str]:
    """Every label in every language → its code, built once (an import looks up each cell); the
    first code wins when two share a label (基本满意: basic before fair)."""
    index: dict[str, str] = {}
    for lang in _languages(dirs):
        for code in LABELS:
            index.setdefault(label(code, lang).casefold(), code)
    return index
