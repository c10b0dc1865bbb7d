"""Raw pages in WARC files (ISO 28500, written with warcio), so extraction can be re-run offline.

What is stored, honestly: the HTTP status line and headers as received, and the body as the
downloader handed it over: transfer encoding (chunking) undone, but any ``Content-Encoding``
(gzip, deflate, br) kept, so a compressed response is stored compressed and its headers still say
so. The ``Transfer-Encoding`` header is therefore dropped from the stored headers, and the
``WARC-Payload-Digest`` covers the stored bytes. A ``warcinfo`` record at the head of each file
says the same.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

WARCINFO = {
    "software": "chanjing",
    "format": "WARC File Format 1.1",
    "description": (
        "Responses as received, after transfer decoding: Content-Encoding is preserved and the "
        "payload is the still-encoded body; Transfer-Encoding headers are removed."
    ),
}

_DROPPED_HEADERS = {"transfer-encoding"}


@dataclass(frozen=True)
class StoredRecord:
    warc_file: str  # relative to the WARC directory
    offset: int
    length: int


class WarcWriterRotating:
    """Appends response records to ``<dir>/<prefix>-NNNNN.warc.gz``, starting a new file past a size."""

    def __init__(self, directory: Path, prefix: str, *, max_bytes: int = 1 << 30) -> None:
        self.directory = directory
        self.prefix = prefix
        self.max_bytes = max_bytes
        self._sequence = 0
        self._file: io.BufferedWriter | None = None
        self._writer: WARCWriter | None = None
        self._name = ""
        directory.mkdir(parents=True, exist_ok=True)

    def _open_next(self) -> None:
        self.close()
        self._sequence += 1
        self._name = f"{self.prefix}-{self._sequence:05d}.warc.gz"
        self._file = open(self.directory / self._name, "ab")  # noqa: SIM115 - owned until close()
        self._writer = WARCWriter(io.BytesIO(), gzip=False)
        self._append(self._writer.create_warcinfo_record(self._name, WARCINFO))

    def _append(self, record: object, stored_tail: int = 0) -> None:
        """Write one record as its own gzip member (the .warc.gz convention), at level 6; its
        last `stored_tail` bytes (an already compressed body) are stored as they are.

        warcio compresses at level 9, several times slower on HTML for a few percent of size.
        """
        assert self._writer is not None and self._file is not None
        buffer = io.BytesIO()
        self._writer.out = buffer
        self._writer.write_record(record)
        data = buffer.getbuffer()
        if data[-len(_RECORD_END) :] != _RECORD_END or len(data) < stored_tail:
            stored_tail = 0  # not laid out as expected: no telling where the body is
        if not stored_tail:
            compressor = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS | 16)
            self._file.write(compressor.compress(data) + compressor.flush())
            return
        self._file.write(_gzip_member(data[:-stored_tail], data[-stored_tail:]))

    def write_response(
        self,
        url: str,
        status: int,
        reason: str,
        headers: Iterable[tuple[str, str]],
        body: bytes,
        *,
        fetched_at: str,
    ) -> StoredRecord:
        if self._writer is None or (self._file is not None and self._file.tell() >= self.max_bytes):
            self._open_next()
        assert self._writer is not None and self._file is not None
        kept = [(name, value) for name, value in headers if name.lower() not in _DROPPED_HEADERS]
        http_headers = StatusAndHeaders(f"{status} {reason}".strip(), kept, protocol="HTTP/1.1")
        record = self._writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=http_headers,
            warc_headers_dict={"WARC-Date": _warc_date(fetched_at)},
        )
        offset = self._file.tell()
        # A body still content-encoded (gzip, br: most servers send HTML so) does not compress
        # again: deflating it costs four times what storing it does, for nothing.
        encoded = any(
            name.lower() == "content-encoding" and value.strip().lower() not in ("", "identity")
            for name, value in kept
        )
        self._append(record, len(body) + len(_RECORD_END) if encoded else 0)
        return StoredRecord(self._name, offset, self._file.tell() - offset)

    def flush(self) -> None:
        """Push written records to the OS, so rows pointing at them never point at nothing."""
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        file, self._file, self._writer = self._file, None, None
        if file is not None:
            file.close()  # may raise (disk full): the writer is closed all the same


@dataclass(frozen=True)
class RawPage:
    url: str
    status: int
    headers: dict[str, str]
    body: bytes  # content-decoded: what a browser would parse


def read_page(directory: Path, warc_file: str, offset: int) -> RawPage:
    """Read back the response stored at an offset, with its Content-Encoding undone."""
    from warcio.archiveiterator import ArchiveIterator

    with open(directory / warc_file, "rb") as stream:
        stream.seek(offset)
        record = next(iter(ArchiveIterator(stream)))
        headers = dict(record.http_headers.headers)
        body = record.content_stream().read()
        status = int(record.http_headers.get_statuscode() or 0)
        return RawPage(record.rec_headers.get_header("WARC-Target-URI"), status, headers, body)


_RECORD_END = b"\r\n\r\n"  # what warcio writes after a record's block
# A gzip member's header: deflate, no name, no time, unknown system (RFC 1952).
_GZIP_HEADER = bytes([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF])
_STORED_BLOCK = 0xFFFF  # the most a stored block holds


def _gzip_member(head: memoryview, tail: memoryview) -> bytes:
    """One gzip member of `head` deflated and `tail` stored as it is (RFC 1951 stored blocks).

    A deflate stream may hold blocks of both kinds once the compressed part ends on a byte
    boundary without a final block (a sync flush). The head is a record's few hundred bytes of
    headers: a 1 KB window compresses it as well, and costs a tenth of the default's set-up.
    """
    compressor = zlib.compressobj(6, zlib.DEFLATED, -10, 2)
    pieces = [_GZIP_HEADER, compressor.compress(head), compressor.flush(zlib.Z_SYNC_FLUSH)]
    for start in range(0, len(tail), _STORED_BLOCK):
        chunk = tail[start : start + _STORED_BLOCK]
        final = start + _STORED_BLOCK >= len(tail)
        pieces.append(
            bytes([final]) + len(chunk).to_bytes(2, "little") + (len(chunk) ^ 0xFFFF).to_bytes(2, "little")
        )
        pieces.append(chunk)
    crc = zlib.crc32(tail, zlib.crc32(head))
    size = (len(head) + len(tail)) & 0xFFFFFFFF
    pieces += [crc.to_bytes(4, "little"), size.to_bytes(4, "little")]
    return b"".join(pieces)


def _warc_date(iso: str) -> str:
    # WARC-Date is UTC with a Z; our timestamps are aware ISO strings in UTC.
    return iso.replace("+00:00", "Z")
