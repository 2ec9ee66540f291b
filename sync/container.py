"""The sealed batch container (``.mqb``): framing, encryption, signature. No database here.

Layout (all integers big-endian; details and rationale in docs/batch-format.md)::

    preamble   16 bytes   b"MQBATCH\\0" · u16 format version · 6 zero bytes
    frames     repeated   u32 length · AES-256-GCM ciphertext of ≤ 1 MiB of zlib stream
    manifest   JSON       canonical orjson, sorted keys
    signature  64 bytes   Ed25519 over b"minqing-batch\\0" + preamble + manifest
    trailer    20 bytes   u64 frames length · u32 manifest length · b"MQBEND\\0\\0"

The records are JSON lines, compressed with zlib and cut into frames. Each frame is sealed with
the per-batch key under nonce = frame index (11 bytes) + final flag (1 byte) and the batch id as
associated data, so frames cannot be reordered, dropped or cut short without failing. The batch
key is wrapped for the destination with X25519 + HKDF-SHA256 + AES-256-GCM (the HPKE "base mode"
shape, built from ``cryptography`` primitives). The manifest names the SHA-256 of the frames and
of the plain record stream; the origin's signature covers the manifest, hence every byte.

Reading is streaming: a 200,000-visit batch is never held whole in memory.
"""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import unicodedata
import uuid
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.errors import MinqingError
from app.i18n import N_, Term

MAGIC = b"MQBATCH\0"
END_MAGIC = b"MQBEND\0\0"
FORMAT_VERSION = 1
PREAMBLE = struct.Struct(">8sH6s")
TRAILER = struct.Struct(">QI8s")
FRAME_HEAD = struct.Struct(">I")
CHUNK = 1 << 20  # plaintext bytes per frame
TAG = 16
MAX_MANIFEST = 1 << 20
MAX_LINE = 1 << 20  # one record line
MAX_PLAIN = 4 << 30  # absolute ceiling on a batch's inflated size
INFLATE_STEP = 1 << 20
SIG_CONTEXT = b"minqing-batch\0"
WRAP_INFO = b"minqing-batch-v1 key-wrap"


class BatchRefused(MinqingError):
    """A batch file failed a check; ``code``/``params`` say which, in the user's language."""


def _nonce(index: int, final: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def _hkdf(shared: bytes, epk: bytes, rpk: bytes, batch_id: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + rpk,
                info=WRAP_INFO + uuid.UUID(batch_id).bytes).derive(shared)


def wrap_key(key: bytes, recipient_box_public: bytes, batch_id: str,
             aad: bytes) -> tuple[bytes, bytes]:
    """Seal the batch key for one recipient: (ephemeral public key, wrapped key)."""
    eph = X25519PrivateKey.generate()
    epk = eph.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient_box_public))
    kek = _hkdf(shared, epk, recipient_box_public, batch_id)
    return epk, AESGCM(kek).encrypt(b"\0" * 12, key, aad)


def unwrap_key(epk: bytes, wrapped: bytes, box: X25519PrivateKey, batch_id: str,
               aad: bytes) -> bytes | None:
    rpk = box.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    try:
        shared = box.exchange(X25519PublicKey.from_public_bytes(epk))
        kek = _hkdf(shared, epk, rpk, batch_id)
        return AESGCM(kek).decrypt(b"\0" * 12, wrapped, aad)
    except (InvalidTag, ValueError):
        return None


def canonical(obj: Any) -> bytes:
    return orjson.dumps(obj, option=orjson.OPT_SORT_KEYS)


class SealedWriter:
    """Stream record lines into an open (temporary) file; ``finish`` writes manifest and
    signature. The caller owns the file: temp name, fsync, rename (``sync.safefile``)."""

    def __init__(self, fh: IO[bytes], batch_id: str, key: bytes) -> None:
        self.fh = fh
        self.batch_id = batch_id
        self.aad = uuid.UUID(batch_id).bytes
        self.aead = AESGCM(key)
        self.comp = zlib.compressobj(1)
        self.pending = bytearray()
        self.index = 0
        self.cipher_len = 0
        self.cipher_sha = hashlib.sha256()
        self.plain_sha = hashlib.sha256()
        self.plain_len = 0
        self.lines = 0
        self.preamble = PREAMBLE.pack(MAGIC, FORMAT_VERSION, b"\0" * 6)
        fh.write(self.preamble)

    def write_line(self, line: bytes) -> None:
        data = line + b"\n"
        self.plain_sha.update(data)
        self.plain_len += len(data)
        self.lines += 1
        self.pending += self.comp.compress(data)
        while len(self.pending) > CHUNK:
            self._frame(bytes(self.pending[:CHUNK]), final=False)
            del self.pending[:CHUNK]

    def _frame(self, plain: bytes, final: bool) -> None:
        ct = self.aead.encrypt(_nonce(self.index, final), plain, self.aad)
        head = FRAME_HEAD.pack(len(ct))
        self.fh.write(head)
        self.fh.write(ct)
        self.cipher_sha.update(head)
        self.cipher_sha.update(ct)
        self.cipher_len += len(head) + len(ct)
        self.index += 1

    def finish(self, manifest: dict[str, Any], sign: Ed25519PrivateKey) -> dict[str, Any]:
        self.pending += self.comp.flush()
        while len(self.pending) > CHUNK:
            self._frame(bytes(self.pending[:CHUNK]), final=False)
            del self.pending[:CHUNK]
        self._frame(bytes(self.pending), final=True)
        manifest = dict(manifest)
        manifest["payload"] = {
            "frames": self.index, "cipher_bytes": self.cipher_len,
            "cipher_sha256": self.cipher_sha.hexdigest(), "plain_bytes": self.plain_len,
            "plain_sha256": self.plain_sha.hexdigest(), "lines": self.lines,
            "aead": "AES-256-GCM", "compression": "zlib",
        }
        body = canonical(manifest)
        sig = sign.sign(SIG_CONTEXT + self.preamble + body)
        self.fh.write(body)
        self.fh.write(sig)
        self.fh.write(TRAILER.pack(self.cipher_len, len(body), END_MAGIC))
        return manifest


@dataclass
class Envelope:
    """What can be learnt from a batch file before decrypting it (all of it still unverified
    until ``verify`` passes)."""

    path: Path
    size: int
    format_version: int
    manifest: dict[str, Any]
    manifest_bytes: bytes
    preamble: bytes
    signature: bytes
    cipher_len: int

    def verify(self, sign_public: bytes) -> None:
        try:
            Ed25519PublicKey.from_public_bytes(sign_public).verify(
                self.signature, SIG_CONTEXT + self.preamble + self.manifest_bytes)
        except InvalidSignature as exc:
            raise BatchRefused("batch_bad_signature") from exc


def printable(name: object) -> str:
    """A file name as it may be shown: control and format characters (a newline, ESC, a
    right-to-left override…) escaped as ``\\xNN``/``\\uNNNN``, so a hostile name on a stick
    cannot forge lines or colours on a terminal or reorder a line in a window."""
    out = []
    for ch in str(name):
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs"):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else
                       f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(ch)
    return "".join(out)


_KINDS = ((stat.S_ISDIR, N_("folder")), (stat.S_ISFIFO, N_("named pipe (FIFO)")),
          (stat.S_ISCHR, N_("device")), (stat.S_ISBLK, N_("device")),
          (stat.S_ISSOCK, N_("socket")))


def _not_regular(mode: int) -> BatchRefused:
    """The kind is named in the reader's language when the refusal is rendered (``Term``)."""
    kind = next((k for test, k in _KINDS if test(mode)), N_("special file"))
    return BatchRefused("batch_not_a_file", kind=Term(kind))


def open_regular(path: Path) -> IO[bytes]:
    """Open a batch for reading only if it is a regular file (after following links). The mode
    is looked at before opening (a FIFO would block ``open`` until a writer comes, a device
    reads forever) and again on the open descriptor, non-blocking, so a file swapped in between
    cannot slip through."""
    try:
        before = os.stat(path)
        if not stat.S_ISREG(before.st_mode):
            raise _not_regular(before.st_mode)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise BatchRefused("batch_unreadable", detail=exc.strerror or str(exc)) from exc
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _not_regular(st.st_mode)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_envelope(path: Path) -> Envelope:
    """Check the framing from both ends: magic, version, trailer, exact lengths. A file cut
    short (a pulled stick) fails here, before any key is touched. Only regular files are read
    (``open_regular``)."""
    try:
        with open_regular(path) as fh:
            size = os.fstat(fh.fileno()).st_size
            pre = fh.read(PREAMBLE.size)
            if len(pre) < PREAMBLE.size:
                raise BatchRefused("batch_truncated")
            magic, version, _ = PREAMBLE.unpack(pre)
            if magic != MAGIC:
                raise BatchRefused("batch_not_a_batch")
            if version > FORMAT_VERSION:
                raise BatchRefused("batch_too_new", version=version)
            if version < 1:
                raise BatchRefused("batch_bad_version", version=version)
            if size < PREAMBLE.size + TRAILER.size + 64:
                raise BatchRefused("batch_truncated")
            fh.seek(size - TRAILER.size)
            cipher_len, man_len, end = TRAILER.unpack(fh.read(TRAILER.size))
            if end != END_MAGIC:
                raise BatchRefused("batch_truncated")
            if (man_len > MAX_MANIFEST
                    or PREAMBLE.size + cipher_len + man_len + 64 + TRAILER.size != size):
                raise BatchRefused("batch_damaged", detail="lengths")
            fh.seek(PREAMBLE.size + cipher_len)
            body = fh.read(man_len)
            sig = fh.read(64)
    except OSError as exc:
        raise BatchRefused("batch_unreadable", detail=exc.strerror or str(exc)) from exc
    try:
        manifest = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise BatchRefused("batch_damaged", detail="manifest") from exc
    if not isinstance(manifest, dict) or canonical(manifest) != body:
        raise BatchRefused("batch_damaged", detail="manifest")
    return Envelope(path, size, version, manifest, body, pre, sig, cipher_len)


def _read_exact(fh: IO[bytes], n: int) -> bytes:
    data = fh.read(n)
    if len(data) != n:
        raise BatchRefused("batch_truncated")
    return data


def iter_lines(env: Envelope, key: bytes, batch_id: str,
               progress: Callable[[int, int], bool] | None = None) -> Iterator[bytes]:
    """Decrypt, inflate and split the record stream, streaming. Checks as it goes: frame
    lengths, GCM tags in order with the final flag on the last frame only, the digest of the
    ciphertext against the (signed) manifest, the inflated size against the declared size (a
    zip-bomb stops at the declared size, never inflating further), the line length, and at the
    end the plain digest. Raises ``BatchRefused``; the caller writes nothing until the whole
    stream has been read once."""
    pay = env.manifest["payload"]
    declared_plain = int(pay["plain_bytes"])
    frames = int(pay["frames"])
    if declared_plain > MAX_PLAIN or frames < 1 or frames > env.cipher_len // (TAG + 4) + 1:
        raise BatchRefused("batch_damaged", detail="payload")
    aead = AESGCM(key)
    aad = uuid.UUID(batch_id).bytes
    inflate = zlib.decompressobj()
    cipher_sha = hashlib.sha256()
    plain_sha = hashlib.sha256()
    plain_len = 0
    buf = b""
    read = 0
    with open_regular(env.path) as fh:
        fh.seek(PREAMBLE.size)
        for index in range(frames):
            head = _read_exact(fh, FRAME_HEAD.size)
            (n,) = FRAME_HEAD.unpack(head)
            read += FRAME_HEAD.size + n
            if n < TAG or n > CHUNK + TAG or read > env.cipher_len:
                raise BatchRefused("batch_damaged", detail="frame")
            ct = _read_exact(fh, n)
            cipher_sha.update(head)
            cipher_sha.update(ct)
            final = index == frames - 1
            try:
                comp = aead.decrypt(_nonce(index, final), ct, aad)
            except InvalidTag as exc:
                raise BatchRefused("batch_damaged", detail="frame") from exc
            if progress is not None and progress(read, env.cipher_len) is False:
                raise MinqingError("batch_cancelled")
            data = comp
            while True:
                # Inflate at most 1 MiB at a time (and never past the declared size), so a
                # frame of a compression bomb never turns into a gigabyte in memory.
                cap = min(declared_plain - plain_len + 1, INFLATE_STEP)
                try:
                    out = inflate.decompress(data, cap)
                except zlib.error as exc:
                    raise BatchRefused("batch_damaged", detail="zlib") from exc
                data = inflate.unconsumed_tail
                plain_len += len(out)
                if plain_len > declared_plain:
                    raise BatchRefused("batch_inflates", declared=declared_plain)
                if not out and data:
                    raise BatchRefused("batch_damaged", detail="zlib")
                plain_sha.update(out)
                buf += out
                if b"\n" in buf:
                    parts = buf.split(b"\n")
                    buf = parts.pop()
                    for line in parts:
                        if len(line) > MAX_LINE:
                            raise BatchRefused("batch_line_too_long")
                        yield line
                if len(buf) > MAX_LINE:
                    raise BatchRefused("batch_line_too_long")
                if not data and len(out) < cap:
                    break  # this frame is used up and nothing is pending in the inflater
        if read != env.cipher_len:
            raise BatchRefused("batch_damaged", detail="frames")
    if not inflate.eof or inflate.unused_data:
        raise BatchRefused("batch_damaged", detail="zlib")
    if buf:
        raise BatchRefused("batch_damaged", detail="last line")
    if cipher_sha.hexdigest() != pay["cipher_sha256"]:
        raise BatchRefused("batch_digest_mismatch")
    if plain_len != declared_plain or plain_sha.hexdigest() != pay["plain_sha256"]:
        raise BatchRefused("batch_digest_mismatch")


def new_batch_key() -> bytes:
    return os.urandom(32)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open_regular(path) as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()
