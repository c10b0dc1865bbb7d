"""Tests of the mirror renderer in crawler.demo.mirror (not of the normaliser)."""

import random

from crawler.demo.mirror import (
    annotate,
    byte_phase_damage,
    byte_phase_render,
    cross_boundary_chars,
    decode_fusing,
    litter,
    mojibake_gbk,
    mojibake_latin1,
    to_traditional,
)


def test_fusing_decoder_eats_the_parenthesis():
    assert decode_fusing(b"\x8c(q").text == "?q"
    assert decode_fusing(b"\xa3\x98I").text == "\ue5ddI"
    assert decode_fusing(b"\x8c(").fused == [0]


def test_reproduces_real_mirror_lines():
    assert byte_phase_render("光電領域專業賽", [("領", "lǐng"), ("驅", "qū"), ("業", "yè")]).text == (
        "光電領(lǐng)域?qū)\ue5ddI(yè)賽"
    )
    assert byte_phase_render("上市公司數量達到286家", [("緮", "fù")]).text == "上市公司?fù)盗窟_到286家"
    assert byte_phase_render("自貿試驗區累計", [("貿", "mào"), ("瀰", "mí")]).text == "自貿(mào)試驗?mí)^累計"
    assert byte_phase_render("當地營", [("數", "shù"), ("當", "dāng")]).text == "當(dāng)?shù)貭I"
    assert byte_phase_render("客戶", [("戶", "hù"), ("蛻", "tuì")]).text == "客?tuì)?hù)"


def test_cross_boundary_match_produces_question_mark():
    text = "上市公司數量達到286家"
    assert "緮" in cross_boundary_chars(text)
    damage = byte_phase_render(text, [("緮", "fù")])
    assert damage.cross_matches == 1 and damage.fused == 1 and damage.errors == 0


def test_byte_phase_damage_forces_a_cross_match():
    damaged = byte_phase_damage(
        to_traditional("国务院办公厅近日印发指导意见"), rng=random.Random(3), rate=0.0
    )
    assert "?" in damaged


def test_byte_phase_leaves_ascii_alone():
    text = "Revenue rose 12.5% in Q3 (2024)."
    assert byte_phase_damage(text, rng=random.Random(1)) == text


def test_aligned_annotation_is_plain():
    assert byte_phase_render("國務院", [("院", "yuàn")]).text == "國務院(yuàn)"


def test_deterministic_with_seed():
    text = to_traditional("工业和信息化部发布第五批专精特新企业名单，全省新增十二家。")
    first = [byte_phase_damage(text, rng=random.Random(7), rate=0.2, cross=2) for _ in range(2)]
    assert first[0] == first[1]
    a = annotate(text, rng=random.Random(5), rate=0.5, repeat=2)
    assert a == annotate(text, rng=random.Random(5), rate=0.5, repeat=2)
    assert litter(a, rng=random.Random(5)) == litter(a, rng=random.Random(5))


def test_annotate_forms():
    assert annotate("当前位置", rng=random.Random(0), rate=1.0) == "当(dāng)前(qián)位(wèi)置(zhì)"
    assert annotate("略", rng=random.Random(0), rate=1.0, style="v", fullwidth=True) == "略（lve）"
    assert annotate("略", rng=random.Random(0), rate=1.0, style="toneless") == "略(lüe)"
    assert (
        annotate("院", rng=random.Random(0), rate=1.0, style="toneless", repeat=3) == "院(yuan)(yuan)(yuan)"
    )
    assert annotate("AI 2025", rng=random.Random(0), rate=1.0) == "AI 2025"


def test_polyphone_reading_from_context():
    assert annotate("銀行", rng=random.Random(0), rate=1.0, context="银行") == "銀(yín)行(háng)"


def test_mojibake():
    assert mojibake_latin1("中国") == "ä¸\xadå›½"
    assert mojibake_gbk("全国") == "鍏ㄥ浗"
