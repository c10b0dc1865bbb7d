"""The word counts that score repair candidates: jieba's, whether read from jieba or from the
flat copy kept between runs, and a copy that is damaged or someone else's is not used."""

from __future__ import annotations

import os

import pytest

from crawler.text import plausibility


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(plausibility, "CACHE_DIR", tmp_path)
    plausibility._word_counts.cache_clear()
    yield tmp_path
    plausibility._word_counts.cache_clear()


@pytest.fixture(scope="module")
def jiebas():
    return plausibility._jieba_counts()


def _fresh():
    plausibility._word_counts.cache_clear()
    return plausibility.word_counts()


def test_the_kept_copy_reads_back_as_jiebas_counts(cache_dir, jiebas):
    assert _fresh() == jiebas  # built from jieba, and kept
    (kept,) = cache_dir.glob("chanjing-word-counts-*.bin")
    assert not list(cache_dir.glob("*.partial"))
    os.utime(kept, (0, 0))
    assert _fresh() == jiebas  # read from the copy
    assert kept.stat().st_mtime == 0  # not written again


def test_a_damaged_copy_is_replaced(cache_dir, jiebas):
    _fresh()
    (kept,) = cache_dir.glob("chanjing-word-counts-*.bin")
    whole = kept.read_bytes()
    for damaged in (whole[: len(whole) // 2], b"not counts", whole[:-200] + whole[-200:].replace(b"\n", b"")):
        kept.write_bytes(damaged)
        assert _fresh() == jiebas
        assert kept.read_bytes() == whole


@pytest.mark.skipif(not hasattr(os, "chown") or os.geteuid() != 0, reason="needs root to give a file away")
def test_a_copy_of_another_user_is_not_read(cache_dir, jiebas):
    _fresh()
    (kept,) = cache_dir.glob("chanjing-word-counts-*.bin")
    freq, total = jiebas
    planted = plausibility._MAGIC + (total + 1).to_bytes(8, "little") + (1).to_bytes(8, "little")
    kept.write_bytes(planted + (5).to_bytes(8, "little") + "中".encode())
    os.chown(kept, 54321, 54321)
    assert _fresh() == jiebas
    assert kept.stat().st_uid == os.getuid()


def test_threads_asking_at_once_share_one_reading(cache_dir, jiebas):
    """A worker reads the counts ahead in a thread while its first page may already ask."""
    from concurrent.futures import ThreadPoolExecutor

    _fresh()
    plausibility._word_counts.cache_clear()
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: plausibility.word_counts(), range(4)))
    assert all(result is results[0] for result in results) and results[0] == jiebas
