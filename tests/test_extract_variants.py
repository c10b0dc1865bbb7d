"""Generated page variants (tests/variants): first that the generator is right, then the extractor on them."""

from __future__ import annotations

import dataclasses
import html
import json
import re
from pathlib import Path
from urllib.parse import urljoin

import opencc
import pytest
from hypothesis import HealthCheck, given, settings

from crawler.extract import extract
from crawler.text import normalize_text
from tests.corpus.score import EXACT_FIELDS, body_accuracy
from tests.variants import HELDOUT_BASE, PageSpec, expected, one_factor_cases, render, spec_from_seed, specs
from tests.variants.generator import DATE_FORMATS, baseline_spec
from tests.variants.score import outcome
from tests.variants.templates import render_text

CORPUS_EXPECTED = Path(__file__).parent / "corpus" / "expected" / "01-original-utf8.json"
CP1252_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
T2S = opencc.OpenCC("t2s")
PINYIN = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]+[)）]")
HAN = re.compile(r"[\u4e00-\u9fff]")
SETTINGS = settings(
    max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
CASES = list(one_factor_cases())


# --- reading a generated page back, independently of the extractor --------------------------------------


def decode(spec: PageSpec, data: bytes) -> str:
    encoding = spec.s("encoding")
    if encoding == "utf-8-bom":
        assert data.startswith(b"\xef\xbb\xbf")
        return data[3:].decode("utf-8")
    if encoding.startswith("gbk"):
        return data.decode("gbk")
    return data.decode("utf-8")


def unmojibake(text: str) -> str:
    """Undo 'UTF-8 read as Windows-1252': every character back to its byte, then UTF-8."""
    return bytes(ord(c) if ord(c) < 0x100 else c.encode("cp1252")[0] for c in text).decode("utf-8")


def page_text(spec: PageSpec, data: bytes) -> str:
    """The page's visible text, undamaged: mojibake undone, pinyin annotations removed, simplified."""
    markup = decode(spec, data)
    if "mojibake" in spec.s("text.mode"):
        markup = unmojibake(markup)
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    text = html.unescape(re.sub(r"<[^>]+>", " ", markup))
    if "mirror" in spec.s("text.mode"):
        text = T2S.convert(PINYIN.sub("", text))
    return text


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


DATE_RE = re.compile(r"(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?(?:[ \u3000]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")


def printed_dates(text: str) -> set[str]:
    out = set()
    for m in DATE_RE.finditer(text):
        y, mo, d, h, mi, s = (int(g) if g else 0 for g in m.groups())
        out.add(f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}+08:00")
    return out


def assert_page_carries_record(spec: PageSpec) -> None:
    data = render(spec)
    exp = expected(spec)
    text = page_text(spec, data)
    flat = squash(text)
    values = [exp["title"], exp["source"], exp["editor"], exp["reviewer"], *exp["breadcrumbs"]]
    values += exp["body"].split("\n")
    for r in exp["related"] or []:
        values += [r["title"], r["summary"]]
    for value in values:
        if value is not None:
            assert squash(value) in flat, value
            assert normalize_text(value) == value, (
                value
            )  # an expectation the normaliser would change is wrong
    if exp["clicks"] is not None:
        assert str(exp["clicks"]) in flat.replace(",", "")
    if exp["published_at"] is not None:
        assert exp["published_at"] in printed_dates(re.sub(r"[ \u3000\xa0]+", " ", text))
    markup = html.unescape(decode(spec, data))
    links = {urljoin(exp["url"], h) for h in re.findall(r'href="([^"]*)"', markup)}
    srcs = {urljoin(exp["url"], s) for s in re.findall(r'src="([^"]*)"', markup)}
    for r in exp["related"] or []:
        assert r["url"] in links
    for img in exp["images"] or []:
        assert img in srcs
    if exp["click_counter_url"]:
        assert exp["click_counter_url"] in srcs and "&amp;" not in exp["click_counter_url"]
        assert exp["clicks"] is None
        assert exp["article_id"] in re.split(r"[=&]", exp["click_counter_url"])
    else:
        assert exp["url"].rsplit("/", 1)[1].split(".")[0] == exp["article_id"]


# --- the generator ---------------------------------------------------------------------------------------


@SETTINGS
@given(specs())
def test_page_carries_its_expected_record(spec):
    assert_page_carries_record(spec)


@pytest.mark.parametrize("seed", list(range(0, 40)) + list(range(HELDOUT_BASE, HELDOUT_BASE + 10)))
def test_seeded_pages_carry_their_expected_records(seed):
    assert_page_carries_record(spec_from_seed(seed))


def test_seeds_are_reproducible_and_ranges_differ():
    for seed in (0, 7, HELDOUT_BASE + 7):
        assert render(spec_from_seed(seed)) == render(spec_from_seed(seed))
        assert expected(spec_from_seed(seed)) == expected(spec_from_seed(seed))
    assert render(spec_from_seed(7)) != render(spec_from_seed(HELDOUT_BASE + 7))


def test_record_has_the_corpus_keys():
    corpus = json.loads(CORPUS_EXPECTED.read_text(encoding="utf-8"))
    assert list(expected(baseline_spec())) == list(corpus)
    assert set(EXACT_FIELDS) < set(corpus)


def test_baseline_is_the_seed_page():
    spec = baseline_spec()
    text = decode(spec, render(spec))
    assert "当前位置: " in text and "&gt;&gt;" in text and "查看详情" in text
    assert "来源:中国产经观察 &nbsp; 日期:2025-01-04 11:27:12 &nbsp; 点击:85030" in text
    assert "<p>编辑:王宇</p><p>审核:胡君</p>" in text and "相关新闻" in text and "[阅读]" in text


def _with_style(spec: PageSpec, **changes: str) -> PageSpec:
    return dataclasses.replace(spec, style={**spec.style, **changes})


@pytest.mark.parametrize("encoding", ["gbk", "gbk-undeclared"])
def test_gbk_pages_are_gbk(encoding):
    for seed in range(12):
        spec = spec_from_seed(
            seed, force={"text.mode": "plain" if seed % 2 else "mirror", "encoding": encoding}
        )
        data = render(spec)
        data.decode("gbk")  # strict
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        head = data[:600].lower()
        if encoding == "gbk-undeclared":
            assert b"charset" not in head
        else:
            assert re.search(rb"charset=\"?(gbk|gb2312|gb18030)", head)
        assert page_text(spec, data).count(spec.title) >= 1 or "mirror" in spec.s("text.mode")


def test_bom_pages():
    for seed in range(6):
        spec = spec_from_seed(seed, force={"text.mode": "plain", "encoding": "utf-8-bom"})
        data = render(spec)
        assert data.startswith(b"\xef\xbb\xbf")
        data[3:].decode("utf-8")
        if spec.s("charset") == "wrong-gb2312":
            assert b"charset=gb2312" in data[:600]


@pytest.mark.parametrize("mode", ["mojibake", "mirror+mojibake"])
def test_mojibake_pages_are_whole_page_latin1_mojibake(mode):
    c1_seen = 0
    for seed in range(16):
        spec = spec_from_seed(seed, force={"text.mode": mode})
        text = render(spec).decode("utf-8")  # saved again as UTF-8
        assert not HAN.search(text), "all text is mojibake"
        assert "ä¸" in text or "å" in text or "æ" in text or "è" in text
        clean = render_text(
            _with_style(spec, **{"text.mode": mode.replace("+mojibake", "").replace("mojibake", "plain")})
        )
        assert unmojibake(text) == clean
        raw = clean.encode("utf-8")
        for byte in CP1252_UNDEFINED:  # kept as C1 control characters, one for one
            assert text.count(chr(byte)) == raw.count(bytes([byte]))
        c1_seen += sum(text.count(chr(b)) for b in CP1252_UNDEFINED)
    assert c1_seen > 0


def test_mirror_pages_are_traditional_with_pinyin():
    for seed in range(8):
        spec = spec_from_seed(seed, force={"text.mode": "mirror"})
        markup = decode(spec, render(spec))
        assert PINYIN.search(markup)
        assert "觀察" in markup or "產經" in markup or "來源" in markup or "編輯" in markup
        assert_page_carries_record(spec)


def test_one_factor_cases_cover_the_axes():
    assert len(CASES) > 200
    seen = {
        (axis, value) for case, force in CASES for axis, value in force.items() if case.startswith(axis + "=")
    }
    seen |= set(baseline_spec().style.items())
    required = {
        "source.label": {"来源", "文章来源", "来源于", "出处", "信息来源"},
        "source.form": {"label", "link", "bracket", "unlabelled"},
        "date.label": {"日期", "时间", "发布时间", "发布日期", "发表于", "none"},
        "clicks.label": {"点击", "浏览", "阅读", "浏览次数", "阅读量", "人气"},
        "clicks.shape": {"colon", "colon-ci", "count-before", "space", "paren"},
        "clicks.form": {"inline", "counter", "absent"},
        "counter.kind": {"dedecms", "empirecms", "phpcms"},
        "editor.label": {"编辑", "责任编辑", "责编"},
        "reviewer.label": {"审核", "审校", "终审"},
        "editor.form": {"lines", "same-line", "adjacent", "slash", "bracket"},
        "info.tag": {"span", "em", "font", "small", "b", "i"},
        "info.sep": {"", "\u3000", "&nbsp;&nbsp;&nbsp;&nbsp;"},
        "info.colon": {":", "："},
        "info.pos": {"above", "below"},
        "header.extra": {"none", "subtitle", "author-line"},
        "crumb.label": {"当前位置", "您的位置", "none"},
        "crumb.terminal": {"查看详情", "headline", "none"},
        "skeleton": {"seed-div", "legacy-table", "info-spans", "html5"},
        "text.mode": {"plain", "mirror", "mojibake"},
        "encoding": {"utf-8", "utf-8-bom", "gbk", "gbk-undeclared"},
        "related.hrefs": {"root", "mixed", "absolute", "relative"},
        "noise.original_title": {"yes"},
        "noise.the_end": {"yes"},
        "noise.disclaimer": {"copyright", "disclaimer"},
        "noise.recommend": {"in-body", "after-body"},
        "noise.prev_next": {"in-body", "after-body"},
        "noise.share": {"above-body", "body-end"},
        "editor.name": {"Li Wei"},
    }
    for axis, values in required.items():
        assert values <= {v for a, v in seen if a == axis}, axis
    assert {"Y-m-d H:M:S", "Y年m月d日 H:M", "Y/n/j H:M", "Y-m-d"} <= set(DATE_FORMATS)


@pytest.mark.parametrize(("case", "force"), CASES, ids=[c for c, _ in CASES])
def test_one_factor_case_has_its_choice(case, force):
    spec = baseline_spec(force)
    axis = case.split("=", 1)[0]
    assert spec.style[axis] == force[axis]
    assert_page_carries_record(spec)


def test_related_hrefs_mix_forms():
    hrefs = [
        r.href
        for seed in range(60)
        for r in spec_from_seed(
            seed, force={"related.hrefs": "mixed", "url.scheme": "html-date", "date.present": "yes"}
        ).related
    ]
    assert any(h.startswith("../../") for h in hrefs) and any(h.startswith("./") for h in hrefs)
    assert any(h.startswith("/") for h in hrefs) and any(h.startswith("http") for h in hrefs)


# --- the extractor -----------------------------------------------------------------------------------------


def assert_extracted(spec: PageSpec) -> None:
    exp = expected(spec)
    got = extract(render(spec), exp["url"]).to_dict()
    assert got["error"] is None
    wrong = {key: (exp[key], got[key]) for key in EXACT_FIELDS if got[key] != exp[key]}
    assert not wrong, wrong
    assert body_accuracy(exp["body"], got["body"]) >= 0.995


def test_extractor_on_the_baseline_page():
    assert_extracted(baseline_spec())


@settings(SETTINGS, report_multiple_bugs=False)
@given(specs())
def test_every_variant_is_read_as_an_article_with_its_headline_date_and_body(spec):
    exp = expected(spec)
    got = extract(render(spec), exp["url"]).to_dict()
    assert got["error"] is None
    assert (got["title"], got["published_at"]) == (exp["title"], exp["published_at"])
    assert body_accuracy(exp["body"], got["body"]) >= 0.995


def test_variant_scores():
    """Every field over seeded variants: a few hard pages may miss a field, not more."""
    outcomes = [outcome(seed) for seed in range(300)]
    fields = sum(len(EXACT_FIELDS) for _ in outcomes)
    wrong = sum(len([k for k in o.mismatches if k != "body"]) for o in outcomes)
    assert not [o.seed for o in outcomes if o.refused]
    assert 1 - wrong / fields >= 0.99, [(o.seed, o.mismatches) for o in outcomes if o.mismatches]
    assert sum(o.body for o in outcomes) / len(outcomes) >= 0.995


@pytest.mark.parametrize(
    ("case", "force"),
    [pytest.param(c, f, id=c) for c, f in CASES],
)
def test_extractor_on_one_choice_variant(case, force):
    assert_extracted(baseline_spec(force))
