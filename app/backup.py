"""Backups with SQLite's online backup API, their rotation, and restoring one.

``sqlite3.Connection.backup`` copies a consistent snapshot page by page while the app keeps
working (a plain file copy of a WAL database can miss the last commits or catch a half-written
page). Every backup is written to a temporary name, checked, flushed to disk and then renamed, so
a cut in the middle never leaves a half file with a backup's name.

Automatic backups live in ``data_dir()/backups/<file stem>-<path hash>/``: one per day
(``daily-YYYY-MM-DD``, the last 7 kept, refreshed on closing the app) and one per month
(``monthly-YYYY-MM``, the last 12 kept, the month's latest state). A backup before a schema
upgrade goes to ``pre-upgrade-<revision>-<time>`` and is never rotated away.

Files at rest (issue 9): every backup and every temporary ``.partial`` is created owner-only
(0600, folders 0700) before a byte is written, so a killed backup leaves at most a file only its
owner can read, under a name that the next backup into that folder (and this process at exit)
removes. A backup that leaves the laptop is encrypted (``encrypt_file``): the snapshot is taken
into a 0600 temporary file on the laptop's own disk and only ciphertext is written to the stick,
so the station's private keys (kept in the database) never leave unencrypted.
"""

from __future__ import annotations

import atexit
import base64
import contextlib
import hashlib
import json
import os
import re
import secrets
import sqlite3
from datetime import datetime
from pathlib import Path

from app.errors import MinqingError
from app.paths import data_dir

DAILY_KEEP = 7
MONTHLY_KEEP = 12
SUFFIX = ".sqlite3"


def backups_root() -> Path:
    return data_dir() / "backups"


def backup_folder(db_path: Path, root: Path | None = None) -> Path:
    """One folder per database file: two stations' files with the same name never mix."""
    resolved = str(Path(db_path).resolve())
    tag = hashlib.sha256(resolved.encode()).hexdigest()[:8]
    return (root or backups_root()) / f"{Path(db_path).stem}-{tag}"


PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
# Temporary files this process is writing: removed at exit if a backup was interrupted by an
# exception the ``finally`` could not reach (a kill -9 leaves them 0600, for the next start).
_IN_FLIGHT: set[Path] = set()


def _remove_in_flight() -> None:
    for tmp in list(_IN_FLIGHT):
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


atexit.register(_remove_in_flight)


def private_dir(folder: Path) -> Path:
    """Create ``folder`` (and missing parents) owner-only. An existing folder the user chose
    (a stick's root) keeps its mode; our own backup folders are tightened."""
    folder = Path(folder)
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
        with contextlib.suppress(OSError):
            os.chmod(folder, PRIVATE_DIR)  # mkdir's mode is filtered by the umask
    return folder


def create_private(path: Path) -> Path:
    """Create ``path`` empty with mode 0600 (refusing to reuse an existing file), so nothing is
    ever written to it while others may read it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    os.close(fd)
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_FILE)
    return path


def clean_partials(folder: Path) -> None:
    """Remove our leftover temporary files in ``folder`` (a backup killed half-way)."""
    if not Path(folder).is_dir():
        return
    for pattern in (".*.partial", ".*.restoring", ".*.decrypting", ".*.snapshot"):
        for stale in Path(folder).glob(pattern):
            if stale not in _IN_FLIGHT:
                with contextlib.suppress(OSError):
                    stale.unlink()


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def file_problems(path: Path) -> list[str]:
    """Why a file is not a usable Minqing database (empty list if it is)."""
    from app.store import integrity_problems

    try:
        with path.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return ["not a SQLite database"]
    except OSError as exc:
        return [str(exc)]
    problems = integrity_problems(path, quick=True)
    if problems:
        return problems
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return []


def backup_file(db_path: Path, out: Path) -> Path:
    """Snapshot ``db_path`` into ``out`` (a self-contained file, no -wal beside it).

    Reads through a read-only connection, so backing up a file never writes to it. A county's
    PostgreSQL database is not a file: refused, pointing at ``pg_dump``."""
    refuse_server(db_path)
    db_path, out = Path(db_path), Path(out)
    if not db_path.exists():
        raise MinqingError("store_not_sqlite", path=str(db_path))
    tmp = out.with_name(f".{out.name}.partial")
    try:
        # Inside the try: a stick pulled out (or a file where the folder should be) is a
        # refusal with a message, not a crash.
        private_dir(out.parent)
        tmp.unlink(missing_ok=True)
        create_private(tmp)
        _IN_FLIGHT.add(tmp)
        src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                # One file on the stick: no WAL to lose if only the main file is copied on.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        problems = file_problems(tmp)
        if problems:
            raise MinqingError("backup_failed", detail="; ".join(problems[:3]))
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
        _fsync_dir(out.parent)
    except sqlite3.Error as exc:
        raise MinqingError("backup_failed", detail=str(exc)) from exc
    except OSError as exc:
        raise MinqingError("backup_failed", detail=str(exc)) from exc
    finally:
        _IN_FLIGHT.discard(tmp)
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return out


def refuse_server(db_path: Path | str) -> None:
    """File backups, restores and copies are SQLite-only; a server is dumped with pg_dump."""
    from app.dialect import display, is_folded_url

    if is_folded_url(db_path):
        raise MinqingError("server_backup_pg_dump", url=display(str(db_path)))


def _stamp(now: datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def backup_now(db_path: Path, dest_dir: Path, now: datetime | None = None, *,
               passphrase: str) -> Path:
    """"Back up to USB now": a dated, encrypted copy in ``dest_dir`` (e.g. the stick's root)."""
    now = now or datetime.now()
    out = Path(dest_dir) / f"{Path(db_path).stem}-{_stamp(now)}{ENCRYPTED_SUFFIX}"
    return encrypted_backup(db_path, out, passphrase)


def _rotate(folder: Path, prefix: str, keep: int) -> None:
    files = sorted(folder.glob(f"{prefix}-*{SUFFIX}"))
    for old in files[:-keep] if keep else files:
        old.unlink(missing_ok=True)


def automatic_backup(db_path: Path, *, now: datetime | None = None, root: Path | None = None,
                     refresh: bool = True) -> Path | None:
    """Today's backup and this month's, rotated. ``refresh=False`` (daily timer, app start)
    only writes if today has none yet; ``refresh=True`` (closing the app) replaces today's
    with the latest state. Returns the daily file written, or None if nothing was needed."""
    refuse_server(db_path)
    now = now or datetime.now()
    folder = backup_folder(db_path, root)
    daily = folder / f"daily-{now:%Y-%m-%d}{SUFFIX}"
    # At every start (the app calls this with refresh=False) a partial file left by a killed
    # backup goes, even on a day that needs no new backup.
    clean_partials(folder)
    if daily.exists() and not refresh:
        return None
    private_dir(folder)
    backup_file(db_path, daily)
    monthly = folder / f"monthly-{now:%Y-%m}{SUFFIX}"
    tmp = monthly.with_name(f".{monthly.name}.partial")
    tmp.unlink(missing_ok=True)
    create_private(tmp)
    _IN_FLIGHT.add(tmp)
    try:
        with daily.open("rb") as fin, tmp.open("r+b") as fout:
            while chunk := fin.read(1 << 20):
                fout.write(chunk)
            fout.flush()
            os.fsync(fout.fileno())
        st = daily.stat()
        os.utime(tmp, ns=(st.st_atime_ns, st.st_mtime_ns))  # the daily file is listed first
        os.replace(tmp, monthly)
    finally:
        _IN_FLIGHT.discard(tmp)
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    _rotate(folder, "daily", DAILY_KEEP)
    _rotate(folder, "monthly", MONTHLY_KEEP)
    return daily


def pre_upgrade_backup(db_path: Path, revision: str, *, root: Path | None = None,
                       now: datetime | None = None) -> Path:
    now = now or datetime.now()
    safe = re.sub(r"[^A-Za-z0-9_]", "_", revision)
    return backup_file(db_path, backup_folder(db_path, root)
                       / f"pre-upgrade-{safe}-{_stamp(now)}{SUFFIX}")


def list_backups(db_path: Path, root: Path | None = None) -> list[Path]:
    """This file's automatic backups, newest first."""
    folder = backup_folder(db_path, root)
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob(f"*{SUFFIX}") if not p.name.startswith(".")]
    return sorted(files, key=lambda p: (p.stat().st_mtime, p.name.startswith("daily")),
                  reverse=True)


def last_good_backup(db_path: Path, root: Path | None = None) -> Path | None:
    """The newest backup of this file that passes the integrity check (what to offer when the
    file itself is damaged)."""
    for candidate in list_backups(db_path, root):
        if not file_problems(candidate):
            return candidate
    return None


def _aside_name(db_path: Path, now: datetime) -> Path:
    """A dated name beside the file that no earlier kept-aside file has."""
    base = f"{db_path.name}.before-restore-{_stamp(now)}"
    candidate, n = db_path.with_name(base), 1
    while candidate.exists() or Path(str(candidate) + "-wal").exists():
        n += 1
        candidate = db_path.with_name(f"{base}-{n}")
    return candidate


def restore(db_path: Path, backup: Path, *, now: datetime | None = None,
            passphrase: str | None = None) -> Path | None:
    """Put ``backup`` in place of ``db_path``. The current file (with its -wal/-shm) is kept
    aside under a dated name, never overwritten; returns that name (None if there was no file).
    Refuses a damaged backup before touching anything. An encrypted backup (from a stick) needs
    its passphrase; it is decrypted into a 0600 temporary file beside the database first."""
    refuse_server(db_path)
    db_path, backup = Path(db_path), Path(backup)
    if is_encrypted(backup):
        if not passphrase:
            raise MinqingError("passphrase_required_restore", path=str(backup))
        private_dir(db_path.parent)
        plain = db_path.with_name(f".{db_path.name}.decrypting")
        plain.unlink(missing_ok=True)
        _IN_FLIGHT.add(plain)
        try:
            decrypt_file(backup, plain, passphrase)
            return restore(db_path, plain, now=now)
        finally:
            _IN_FLIGHT.discard(plain)
            with contextlib.suppress(OSError):
                plain.unlink(missing_ok=True)
    problems = file_problems(backup)
    if problems:
        raise MinqingError("backup_damaged", path=str(backup), detail="; ".join(problems[:3]))
    from app.instance_lock import InstanceLock

    now = now or datetime.now()
    private_dir(db_path.parent)
    with InstanceLock(db_path):  # not while a window has this file open
        tmp = db_path.with_name(f".{db_path.name}.restoring")
        backup_file(backup, tmp)
        aside: Path | None = None
        if db_path.exists():
            aside = _aside_name(db_path, now)
            os.replace(db_path, aside)
            for ext in ("-wal", "-shm"):
                side = Path(str(db_path) + ext)
                if side.exists():
                    os.replace(side, Path(str(aside) + ext))
        os.replace(tmp, db_path)
        _fsync_dir(db_path.parent)
    return aside


def copy_in(src: Path, dest: Path) -> Path:
    """Copy a station file from a stick or share onto this laptop (never over an existing
    file)."""
    if Path(dest).exists():
        raise MinqingError("copy_target_exists", path=str(dest))
    return backup_file(src, dest)


# --- Encrypted backups: what leaves the laptop (issue 9) ---
# Format: MAGIC, one line of JSON (the KDF and cipher parameters, salt and nonce), then the
# AES-256-GCM ciphertext of the SQLite snapshot. The key is scrypt(passphrase, salt); the magic
# and the header line are the GCM associated data, so neither can be altered unnoticed. Only
# the `cryptography` package's primitives are used. The file is encrypted in one piece: a
# township file of ~50 MB needs ~100 MB of memory for a moment.

MAGIC = b"MINQING-ENCRYPTED-BACKUP\n"
ENCRYPTED_SUFFIX = ".minqing-backup"
MIN_PASSPHRASE = 8
KDF_N, KDF_R, KDF_P = 2**15, 8, 1
PASSPHRASE_ENV = "MINQING_PASSPHRASE"


def is_encrypted(path: Path) -> bool:
    try:
        with Path(path).open("rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def check_passphrase(passphrase: str) -> str:
    from app.errors import ValidationError

    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError("passphrase", "passphrase_too_short", length=MIN_PASSPHRASE)
    return passphrase


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def encrypt_file(src: Path, out: Path, passphrase: str) -> Path:
    """Encrypt ``src`` into ``out`` through a 0600 temporary name, fsynced, renamed."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_passphrase(passphrase)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = json.dumps({"format": 1, "kdf": "scrypt", "n": KDF_N, "r": KDF_R, "p": KDF_P,
                         "salt": base64.b64encode(salt).decode(), "cipher": "AES-256-GCM",
                         "nonce": base64.b64encode(nonce).decode()},
                        sort_keys=True).encode() + b"\n"
    aad = MAGIC + header
    sealed = AESGCM(_key(passphrase, salt, KDF_N, KDF_R, KDF_P)).encrypt(
        nonce, Path(src).read_bytes(), aad)
    out = Path(out)
    tmp = out.with_name(f".{out.name}.partial")
    try:
        private_dir(out.parent)
        tmp.unlink(missing_ok=True)
        create_private(tmp)
        _IN_FLIGHT.add(tmp)
        with tmp.open("r+b") as fh:
            fh.write(aad)
            fh.write(sealed)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
        _fsync_dir(out.parent)
    except OSError as exc:
        raise MinqingError("backup_failed", detail=str(exc)) from exc
    finally:
        _IN_FLIGHT.discard(tmp)
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return out


def decrypt_file(src: Path, out: Path, passphrase: str) -> Path:
    """Decrypt an encrypted backup into ``out`` (created 0600). A wrong passphrase and an
    altered file are the same refusal: GCM cannot tell them apart, and neither is restored."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    data = Path(src).read_bytes()
    try:
        if not data.startswith(MAGIC):
            raise ValueError("not an encrypted backup")
        end = data.index(b"\n", len(MAGIC)) + 1
        header = json.loads(data[len(MAGIC):end])
        if header.get("kdf") != "scrypt" or header.get("cipher") != "AES-256-GCM":
            raise ValueError("unknown format")
        n, r, p = int(header["n"]), int(header["r"]), int(header["p"])
        if not (2 <= n <= 2**20 and 1 <= r <= 32 and 1 <= p <= 16):
            raise ValueError("unreasonable key parameters")
        key = _key(passphrase, base64.b64decode(header["salt"]), n, r, p)
        plain = AESGCM(key).decrypt(base64.b64decode(header["nonce"]), data[end:], data[:end])
    except (ValueError, KeyError, TypeError, InvalidTag) as exc:
        raise MinqingError("passphrase_wrong", path=str(src)) from exc
    create_private(out)
    with Path(out).open("r+b") as fh:
        fh.write(plain)
        fh.flush()
        os.fsync(fh.fileno())
    return out


def encrypted_backup(db_path: Path, out: Path, passphrase: str) -> Path:
    """A backup for a stick: the snapshot goes to a 0600 temporary file on the laptop (in this
    file's backup folder), is checked, and only its ciphertext is written to ``out``."""
    refuse_server(db_path)
    check_passphrase(passphrase)
    folder = private_dir(backup_folder(db_path))
    clean_partials(folder)
    plain = folder / f".{Path(out).name}.{os.getpid()}.snapshot"
    _IN_FLIGHT.add(plain)
    try:
        backup_file(db_path, plain)
        return encrypt_file(plain, out, passphrase)
    finally:
        _IN_FLIGHT.discard(plain)
        with contextlib.suppress(OSError):
            plain.unlink(missing_ok=True)


def stays_on_laptop(db_path: Path, out: Path) -> bool:
    """A plain backup may go to the data folder (where automatic backups live) or beside the
    database itself; anywhere else — a stick, a share, another folder to be copied on — it
    leaves the laptop and is encrypted."""
    from app.instance_lock import Location, location_of

    target = Path(out).resolve().parent
    inside = target == Path(db_path).resolve().parent or target.is_relative_to(
        data_dir().resolve())
    if not inside:
        return False
    try:
        return location_of(target) == Location.LOCAL
    except OSError:
        return False
