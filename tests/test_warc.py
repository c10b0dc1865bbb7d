"""Raw pages in WARC files: each record one gzip member at the offset and length the archive
keeps, read back by warcio as it was received, whatever the body's Content-Encoding."""

from __future__ import annotations

import gzip
import os
import random
import zlib

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawler.warc import WarcWriterRotating, read_page

PAGE = "<html><head><title>产经观察</title></head><body><p>數(shù)字經濟</p></body></html>".encode()


def _deflated(data: bytes) -> bytes:
    return zlib.compress(data)


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        (None, lambda body: body),
        ("gzip", gzip.compress),
        ("deflate", _deflated),
        ("identity", lambda body: body),
        ("GZIP ", gzip.compress),
    ],
)
@pytest.mark.parametrize("size", [0, 1, 40_000, 200_000])
def test_each_record_is_one_gzip_member_read_back_as_received(tmp_path, encoding, encode, size):
    rng = random.Random(size)
    plain = (PAGE * (size // len(PAGE) + 1))[:size] if size < 100_000 else os.urandom(size)
    bodies = [encode(plain), encode(bytes(rng.getrandbits(8) for _ in range(300))), encode(PAGE)]
    writer = WarcWriterRotating(tmp_path, "test")
    headers = [("Content-Type", "text/html; charset=utf-8")] + (
        [("Content-Encoding", encoding)] if encoding else []
    )
    stored = [
        writer.write_response(
            f"http://news.test/{i}.html", 200, "OK", headers, body, fetched_at="2025-01-04T03:27:12+00:00"
        )
        for i, body in enumerate(bodies)
    ]
    writer.close()
    data = (tmp_path / stored[0].warc_file).read_bytes()
    for i, (record, body) in enumerate(zip(stored, bodies, strict=True)):
        member = data[record.offset : record.offset + record.length]
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        block = inflater.decompress(member) + inflater.flush()
        assert inflater.eof and not inflater.unused_data  # exactly one whole member
        assert block.endswith(body + b"\r\n\r\n")
        page = read_page(tmp_path, record.warc_file, record.offset)
        assert page.url == f"http://news.test/{i}.html" and page.status == 200
        assert page.body == (body if encoding in (None, "identity") else _decoded(body, encoding))
    with open(tmp_path / stored[0].warc_file, "rb") as stream:
        kinds = [record.rec_type for record in ArchiveIterator(stream)]
    assert kinds == ["warcinfo", "response", "response", "response"]


def _decoded(body: bytes, encoding: str) -> bytes:
    if encoding.strip().lower() == "gzip":
        return gzip.decompress(body)
    return zlib.decompress(body)
