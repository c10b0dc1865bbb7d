"""Build tests/normalize/cases.tsv: mirror-damaged lines and the clean simplified text they came from.

Deterministic (fixed seed). Run from anywhere: ``python tests/normalize/make_cases.py``.
Each line of the output is ``kind<TAB>damaged<TAB>clean``, with a fourth field
``<TAB>reason`` on the few cases known to fail (strict expected failures in the test).
"""

from __future__ import annotations

import collections
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

import opencc  # noqa: E402

from crawler.demo.mirror import (  # noqa: E402
    Damage,
    annotate,
    byte_phase_details,
    is_han,
    litter,
    mojibake_gbk,
    mojibake_latin1,
    mojibake_legacy,
    readings,
    to_traditional,
)

SEED = 20241128
SENTENCES = HERE / "sentences.txt"
OUTPUT = HERE / "cases.tsv"
TW2S = opencc.OpenCC("tw2s")

# Clean simplified lines that a normaliser must return unchanged.
CONTROLS = [
    "《粤港澳大湾区发展规划纲要(2013-2030年)》提出建设国际科技创新中心。",
    "本报讯（记者 张三）全市人工智能(AI)企业已超过六百家。",
    "光维(广东)科技股份有限公司发布2024年半年度报告。",
    "The function buy(long) returns the order id; sell(int) does not.",
    "为什么?因为本地配套企业太少，物流成本居高不下。",
    "企业到底需要什么样的服务?记者走访了十家工厂。",
    "详情请访问 https://www.example.com.cn/news/2024/0315.html 查看。",
    "查询入口：http://data.example.org/show.php?id=1024&type=2",
    "投稿邮箱：press@example.org.cn，联系电话：010-6512 3456。",
    "古籍中的𠀾字与龘字都收录在新版字典里。",
    "今年果实糖度普遍高于往年,受益于充足的光照,…",
    "龘龘龘是一种书法展览的名字，并非错字。",
    "Revenue rose 12.5% year on year to USD 3.2 billion in Q3 2024.",
    "ASCII only: (a) plan, (b) build, (c) ship.",
    "Le café a ouvert une filiale; a naïve plan, said the CEO.",
    "会议间隙，这位法国商人点了一杯café，谈起naïve的创业经历。",
    "记者注意到，现场气氛热烈……",
    "★ 重点项目名单公布",
    "★ 2025年产业链招商大会将于3月举行",
    "今天最高气温30℃，部分企业调整了作业时间。",
    "工信部、发改委等五部门联合印发《行动方案》。",
    "“十四五”期间，全省新增5G基站十万个！",
    "企业代码：91440300MA5FXXXX1K；成立日期：2019-06-18。",
    "市场份额排名：1. 华为；2. 中兴；3. 爱立信。",
    "中芯国际(SMIC)发布第三季度业绩，营收环比增长。",
    "居民消费价格指数(CPI)同比上涨0.4%，核心CPI保持稳定。",
    "ESG信息披露指引(试行)自2025年1月1日起施行。",
    "该条例第三十二条(一)至(五)项规定了处罚情形。",
    "长三角G60科创走廊九城市联合发布招商清单。",
    "R&D经费投入强度达到2.65%，高于全国平均水平。",
    "版权所有 © 2024 中国产经观察 保留所有权利",
    "【视频】无人机巡检：一天完成一百公里线路巡查",
    "编辑：李四  审核：王五",
    "来源：新华社 | 发布时间：2024-11-28 09:30",
    "这本著作影响显著，作者是著名经济学家。",
    "人民币汇率中间价报7.1986，较前一交易日下调23个基点。",
    "iPhone和Android用户都可以下载该政务App。",
    "Tel: +86 20 8888 6666 / Fax: +86 20 8888 7777",
    "标题(续)：大湾区国际科创中心建设提速",
    "你知道吗？全省已有三千家企业上云。",
    "第1页/共12页  上一页  下一页",
    "GDP增速：一季度5.3%，二季度4.7%，三季度4.6%。",
    "关键词：数字经济; 产业集群; 营商环境",
    "参见附件1(PDF, 2.3MB)和附件2(Excel)。",
    "x = f(y) + g(z) 是一个简单的例子。",
    "AI、5G、IoT等新技术正在重塑制造业。",
    "Wi-Fi 7路由器首批通过入网认证。",
    "温度范围：-40℃～85℃，防护等级IP67。",
    "C++与Python是该公司最常用的编程语言。",
    # Latin-1 text that a Windows-1252 repair must leave alone, and commas that are text.
    "naïve café in Zürich — ©2024 Müller GmbH, all rights reserved ®.",
    "Le café «Ça va» à Noël : déjà vu, señor.",
    "Le menu «café»… puis l'addition.",
    "他说“CAFÉ”是这家店的名字。",
    "Crème brûlée · 法式焦糖布丁 · 售价€12",
    "SÃO PAULO – SÃO JOSÉ DOS CAMPOS",
    "温度25°C±0.5°C，尺寸3×4 cm，比例1÷2。",
    "Ångström（埃）常用于晶体学，1 Å = 0.1 nm。",
    "Tschüß, schöne Grüße aus Köln!",
    "¿Qué? ¡Olé! — Œuvre complète, 3½ × 2¼ in.",
    "Þórður Guðjónsson, Ærøskøbing, Curaçao.",
    "金额为1,000,000元，英文写作one million, or 1,000,000.",
    "CSV示例：name,,age 表示缺少一个字段。",
    "会议指出,今年要稳住外贸基本盘。",
]

# Hand-written cases from real mirror pages (kind, damaged, clean).
HANDWRITTEN = [
    ("pinyin", "當(dāng)前位置", "当前位置"),
    ("pinyin", "我們(men)的", "我们的"),
    ("pinyin", "國務院(yuan)(yuan)", "国务院"),
    ("pinyin", "策略(lve)", "策略"),
    ("pinyin", "策略(lüè)", "策略"),
    ("litter", "國(guo)⛦(guo)務院", "国务院"),
    ("litter", "就☂(jiu)", "就"),
    ("litter", "前言,、黑暗", "前言、黑暗"),
    ("litter", "周年,。", "周年。"),
    ("byte_phase", "光電領(lǐng)域?qū)\ue5ddI(yè)賽", "光电领域专业赛"),
    ("byte_phase", "上市公司?fù)盗窟_到286家", "上市公司数量达到286家"),
    ("byte_phase", "自貿(mào)試驗?mí)^累計", "自贸试验区累计"),
    ("byte_phase", "當(dāng)?shù)貭I", "当地营"),
    ("byte_phase", "客?tuì)?hù)", "客户"),
    ("mojibake_latin1", "ä¸­å›½", "中国"),
    ("mojibake_gbk", "鍏ㄥ浗", "全国"),
]

# Traditional forms written by hand where OpenCC s2t keeps 着 (tw2s gives 着 back).
ZHE_WORDS = ("着力", "存在着", "看着")

MINIMUM = {
    "pinyin": 60,
    "t2s": 40,
    "byte_phase": 80,
    "mojibake_latin1": 20,
    "mojibake_gbk": 20,
    "litter": 20,
    "tidy": 20,
    "control": 45,
    "combined": 20,
    "mojibake_whole": 40,
    "mojibake_mixed": 20,
    "double_comma": 20,
    "mojibake_latin_only": 2,
    "mojibake_legacy": 30,
}

# Whole pages of UTF-8 read as Windows-1252. The five bytes it leaves undefined are kept as
# C1 controls, dropped, or written as `?` or U+FFFD; or the controls are kept and an
# extractor's whitespace split has made the no-break space (byte A0) a plain space.
UNDEFINED_1252 = "\x81\x8d\x8f\x90\x9d"
LOSSES = ("c1", "dropped", "question", "fffd", "split")

# A hand-written annotated traditional line, read as Windows-1252 with every loss.
ANNOTATED_LINE = (
    "當(dāng)前位置: 首頁(yè) > 產(chǎn)經要聞 > 區域經濟",
    "当前位置: 首页 > 产经要闻 > 区域经济",
)
# Hand-written lines mixing Chinese with ASCII, digits, symbols and Latin letters.
MIXED_LINES = [
    "2024年1-9月，全省GDP同比增长5.3%，高于全国0.5个百分点。",
    "详情见 https://www.example.com.cn/news/2024/1128.html（来源：新华社）",
    "这位法国商人点了一杯café，谈起naïve的创业经历。",
    "版权所有 © 2024 中国产经观察，电话：010-6512 3456",
    "“十四五”期间，全省新增5G基站十万个！",
    "温度范围：-40℃～85℃，防护等级IP67。",
    "R&D经费投入强度达到2.65%，较上年提高0.1个百分点。",
    "iPhone 16 Pro 与 Android 15 用户都可以下载该政务App（v3.2.1）。",
    "Tel: +86 20 8888 6666，邮箱：press@example.org.cn，邮编510000",
]

# Cases the normaliser gets wrong, by clean text, with the reason; the test marks them as
# strict expected failures, so a fix shows up as an unexpected pass. A lost byte leaves
# several characters that fit, and the unigram word model picks the wrong one where the
# right word is missing from its dictionary.
LOST_BYTE_GUESSED_WRONG = {
    "工业和信息化部发布第五批专精特新“小巨人”企业名单。": "對巨人 to 小巨人",
    "区块链技术已在供应链金融、电子发票等场景落地应用。": "区块灵 to 区块链",
    "研究院院长吴海涛是著名的材料学家。": "即 to the surname 吴",
}
KNOWN_FAILURES = {
    **{
        ("mojibake_whole", clean): f"lost byte: word model prefers {why}"
        for clean, why in LOST_BYTE_GUESSED_WRONG.items()
    },
    ("mojibake_latin_only", "©2024 Müller GmbH"): "Latin-only mojibake: no Chinese to confirm a repair",
    ("mojibake_latin_only", "à la carte, été 2024"): "Latin-only mojibake: no Chinese to confirm a repair",
}
LATIN_ONLY = [
    ("Â©2024 MÃ¼ller GmbH", "©2024 Müller GmbH"),
    ("Ã  la carte, Ã©tÃ© 2024", "à la carte, été 2024"),
]

PINYIN_FORMS = [  # (style, fullwidth, repeat, traditional)
    ("tone", False, 1, True),
    ("tone", False, 1, False),
    ("tone", True, 1, True),
    ("toneless", False, 1, True),
    ("v", False, 1, True),
    ("v", True, 1, False),
    ("tone", False, 2, True),
    ("toneless", False, 2, True),
    ("tone", False, 3, True),
    ("tone", True, 2, True),
    ("toneless", True, 1, True),
    ("v", False, 3, True),
]

ZERO_WIDTH = "\u200b\u200c\u200d"
ENTITY_NAMES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
U_RE = re.compile("[(（][nl]?[üǖǘǚǜv]")


def fullwidth(text: str) -> str:
    """Turn ASCII letters and digits into their full-width forms."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


def tidy_damage(text: str, rng: random.Random, *, widen: bool = True) -> str:
    """Add entities, zero-width characters, an indent and (if ``widen``) full-width letters/digits."""
    steps = {"entity", "zero_width", "indent"} | ({"fullwidth"} if widen else set())
    chosen = {s for s in sorted(steps) if rng.random() < 0.5} or {rng.choice(sorted(steps))}
    if "fullwidth" in chosen:
        text = fullwidth(text)
    if "entity" in chosen:
        out = []
        for ch in text:
            if ch in ENTITY_NAMES:
                out.append(ENTITY_NAMES[ch])
            elif is_han(ch) and rng.random() < 0.08:
                out.append(f"&#x{ord(ch):x};" if rng.random() < 0.5 else f"&#{ord(ch)};")
            else:
                out.append(ch)
        text = "".join(out)
    if "zero_width" in chosen:
        out = []
        for i, ch in enumerate(text):
            if i and is_han(ch) and is_han(text[i - 1]) and rng.random() < 0.1:
                out.append(rng.choice(ZERO_WIDTH))
            out.append(ch)
        text = "".join(out)
        if rng.random() < 0.5:
            text = "\ufeff" + text
    if "indent" in chosen:
        text = rng.choice(["\u3000\u3000", "\u00a0\u00a0", "&nbsp;&nbsp;", "\u3000", "&nbsp;"]) + text
    return text


def line_safe(field: str) -> bool:
    """Tell whether ``field`` can sit in one TSV line however the reader splits lines."""
    return "\t" not in field and len(field.splitlines()) == 1 and field == field.strip("\r\n")


def round_trips(clean: str) -> bool:
    """Tell whether tw2s(s2t(clean)) gives ``clean`` back."""
    return TW2S.convert(to_traditional(clean)) == clean


def retry(make: Callable[[random.Random], str | None], rng: random.Random, tries: int = 40) -> str | None:
    """Call ``make`` with fresh random draws until it returns something."""
    for _ in range(tries):
        result = make(rng)
        if result is not None:
            return result
    return None


def pinyin_cases(sentences: list[str], rng: random.Random) -> list[tuple[str, str]]:
    """Annotation-only cases, cycling through every annotation form."""
    cases = []
    has_u = [s for s in sentences if any(r and "v" in r for r in readings(s, style="v"))]
    for i, clean in enumerate(sentences * 2):
        style, wide, repeat, trad = PINYIN_FORMS[i % len(PINYIN_FORMS)]
        if i % 2 == 0 and has_u:
            clean = has_u[i % len(has_u)]
        text = to_traditional(clean) if trad else clean

        def make(r: random.Random, text=text, clean=clean, style=style, wide=wide, repeat=repeat):
            damaged = annotate(
                text, rng=r, rate=0.25, style=style, fullwidth=wide, repeat=repeat, context=clean
            )
            if damaged == text:
                return None
            if any(r_ and "v" in r_ for r_ in readings(clean, style="v")) and not U_RE.search(damaged):
                return None
            return damaged

        damaged = retry(make, rng)
        if damaged:
            cases.append((damaged, clean))
        if len(cases) >= 84:
            break
    return cases


def t2s_cases(sentences: list[str]) -> list[tuple[str, str]]:
    """Traditional text without annotations; 著 words written by hand."""
    cases = []
    for clean in sentences:
        trad = to_traditional(clean)
        if any(w in clean for w in ZHE_WORDS):
            trad = trad.replace("着", "著")
            if TW2S.convert(trad) != clean:
                continue
        if trad != clean:
            cases.append((trad, clean))
    return cases


def byte_phase_cases(
    sentences: list[str], rng: random.Random, stats: collections.Counter
) -> list[tuple[str, str]]:
    """Simulated GBK byte-phase damage, keeping only lines whose every ``?`` is a fused lead byte."""
    buckets: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    seen = set()
    for clean in sentences:
        trad = to_traditional(clean)
        for attempt in range(12):
            cross = 1 + attempt % 3
            rate = (0.0, 0.15, 0.3)[attempt % 3]
            damage: Damage = byte_phase_details(trad, rng=rng, rate=rate, cross=cross, context=clean)
            stats["attempts"] += 1
            if damage.cross_matches == 0:
                stats["no cross match possible"] += 1
                continue
            if damage.errors:
                stats["dropped: other undecodable byte"] += 1
                continue
            if damage.other_matches:
                stats["dropped: match inside an annotation"] += 1
                continue
            if not line_safe(damage.text) or damage.text in seen:
                continue
            seen.add(damage.text)
            stats["kept"] += 1
            if re.search(r"\?[^?()\s]{1,7}\)\?", damage.text):
                bucket = "consecutive"
            elif re.search(r"\)\?", damage.text):
                bucket = "annotation between"
            elif damage.fused >= 2:
                bucket = "several"
            else:
                bucket = "single"
            buckets[bucket].append((damage.text, clean))
    for name, items in buckets.items():
        stats[f"bucket {name}"] = len(items)
    quota = {"annotation between": 20, "consecutive": 15, "several": 35, "single": 25}
    cases = []
    for name, n in quota.items():
        items = buckets.get(name, [])
        cases += rng.sample(items, min(n, len(items)))
    return cases


def mojibake_cases(sentences: list[str], rng: random.Random) -> dict[str, list[tuple[str, str]]]:
    """UTF-8 read as Windows-1252 and as GBK (only reversible GBK readings)."""
    latin, gbk = [], []
    for clean in sentences:
        source = to_traditional(clean) if rng.random() < 0.2 else clean
        damaged = mojibake_latin1(source)
        if line_safe(damaged) and len(latin) < 30:
            latin.append((damaged, clean))
        for text in (clean, to_traditional(clean)):
            damaged = mojibake_gbk(text)
            if "\ufffd" not in damaged and line_safe(damaged):
                gbk.append((damaged, clean))
    return {"mojibake_latin1": latin, "mojibake_gbk": gbk[:30]}


def litter_cases(sentences: list[str], rng: random.Random) -> list[tuple[str, str]]:
    """Comma and symbol litter on simplified or traditional text."""
    cases = []
    for clean in sentences:
        text = to_traditional(clean) if rng.random() < 0.5 else clean
        damaged = retry(
            lambda r, t=text: (d := litter(t, rng=r, comma_rate=0.6, symbol_rate=0.08)) != t and d or None,
            rng,
        )
        if damaged:
            cases.append((damaged, clean))
    return cases


def tidy_cases(sentences: list[str], rng: random.Random) -> list[tuple[str, str]]:
    """Entities, zero-width characters, indents and full-width letters/digits."""
    cases = []
    for clean in sentences:
        damaged = retry(lambda r, c=clean: (d := tidy_damage(c, r)) != c and d or None, rng)
        if damaged and line_safe(damaged):
            cases.append((damaged, clean))
    return cases


def combined_cases(sentences: list[str], rng: random.Random) -> list[tuple[str, str]]:
    """Traditional characters, annotations, litter and tidy damage at once."""
    cases = []
    for i, clean in enumerate(sentences):
        style, wide, repeat, _ = PINYIN_FORMS[i % len(PINYIN_FORMS)]
        text = to_traditional(clean)
        if rng.random() < 0.5:
            text = fullwidth(text)
        text = annotate(text, rng=rng, rate=0.2, style=style, fullwidth=wide, repeat=repeat, context=clean)
        text = litter(text, rng=rng, comma_rate=0.4, symbol_rate=0.08)
        damaged = tidy_damage(text, rng, widen=False)
        if line_safe(damaged):
            cases.append((damaged, clean))
    return cases


def lose_undefined(mojibake: str, loss: str) -> str:
    """What became of the bytes Windows-1252 leaves undefined (kept, dropped, `?`, U+FFFD) or of A0."""
    if loss == "c1":
        return mojibake
    if loss == "split":
        return " ".join(mojibake.split())
    replacement = {"dropped": "", "question": "?", "fffd": "\ufffd"}[loss]
    return "".join(replacement if ch in UNDEFINED_1252 else ch for ch in mojibake)


def whole_line_mojibake_cases(sentences: list[str], rng: random.Random) -> list[tuple[str, str]]:
    """Annotated traditional (sometimes simplified) lines read as Windows-1252, every loss in turn."""
    annotated, clean = ANNOTATED_LINE
    cases = [(lose_undefined(mojibake_latin1(annotated), loss), clean) for loss in LOSSES]
    for i, clean in enumerate(sentences):
        loss = LOSSES[i % len(LOSSES)]
        text = to_traditional(clean) if i % 5 else clean
        style, wide, repeat, _ = PINYIN_FORMS[i % len(PINYIN_FORMS)]
        text = annotate(text, rng=rng, rate=0.25, style=style, fullwidth=wide, repeat=repeat, context=clean)
        damaged = lose_undefined(mojibake_latin1(text), loss)
        if loss != "c1" and damaged == mojibake_latin1(text):
            continue  # no undefined byte (or no A0) in this line: nothing lost
        if line_safe(damaged):
            cases.append((damaged, clean))
    return cases


def mixed_mojibake_cases(sentences: list[str]) -> list[tuple[str, str]]:
    """Lines mixing Chinese, ASCII, digits and symbols read as Windows-1252."""
    cases = []
    for i, clean in enumerate(MIXED_LINES + sentences):
        for loss in (LOSSES[i % len(LOSSES)], LOSSES[(i + 1) % len(LOSSES)]):
            damaged = lose_undefined(mojibake_latin1(clean), loss)
            if line_safe(damaged) and (damaged, clean) not in cases:
                cases.append((damaged, clean))
    return cases


def comma_after(text: str, *, rng: random.Random, rate: float) -> str:
    """Insert an ASCII comma right after some commas, as mirrors do (`指出，,今年`)."""
    out = []
    for ch in text:
        out.append(ch)
        if ch in ",，" and rng.random() < rate:
            out.append(",")
    return "".join(out)


def double_comma_cases(sentences: list[str], rng: random.Random) -> list[tuple[str, str]]:
    """Commas doubled after a comma, with and without the comma before other punctuation."""
    cases = []
    with_commas = [s for s in sentences if "，" in s] + ["会议指出,今年要稳住外贸基本盘。"]
    for i, clean in enumerate(with_commas):
        text = to_traditional(clean) if i % 2 else clean
        damaged = retry(lambda r, t=text: (d := comma_after(t, rng=r, rate=0.7)) != t and d or None, rng)
        if damaged and i % 3 == 0:
            damaged = litter(damaged, rng=rng, comma_rate=0.5, symbol_rate=0.0)
        if damaged:
            cases.append((damaged, clean))
    return cases


def legacy_mojibake_cases(sentences: list[str], rng: random.Random) -> list[tuple[str, str]]:
    """GBK read as Windows-1252 or Latin-1: simplified, traditional and annotated lines, with ASCII between."""
    cases = []
    for i, clean in enumerate(MIXED_LINES + sentences):
        text = to_traditional(clean) if i % 3 == 1 else clean
        if i % 4 == 2:
            style, wide, repeat, _ = PINYIN_FORMS[i % len(PINYIN_FORMS)]
            text = annotate(
                text, rng=rng, rate=0.2, style=style, fullwidth=wide, repeat=repeat, context=clean
            )
        damaged = mojibake_legacy(text, windows=bool(i % 2))
        if damaged is not None and line_safe(damaged):
            cases.append((damaged, clean))
    return cases


def load_sentences() -> list[str]:
    """Read and check the clean sentences."""
    lines = [line.rstrip("\n") for line in SENTENCES.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    for line in lines:
        assert 10 <= len(line) <= 80, line
        assert "?" not in line and "\t" not in line, line
        assert not re.search(",[、。，；：！？]", line), line
    return lines


def main() -> None:
    """Build the cases and write ``cases.tsv``."""
    rng = random.Random(SEED)
    sentences = load_sentences()
    usable = [s for s in sentences if round_trips(s)]
    dropped = sorted(set(sentences) - set(usable))
    stats: collections.Counter = collections.Counter()

    def pick(n: int) -> list[str]:
        """Return ``n`` usable sentences in a random order."""
        return rng.sample(usable, min(n, len(usable)))

    by_kind: dict[str, list[tuple[str, str]]] = {
        "pinyin": pinyin_cases(pick(len(usable)), rng),
    }
    zhe = [s for s in usable if any(w in s for w in ZHE_WORDS)]
    by_kind["t2s"] = t2s_cases(zhe + [s for s in pick(50) if s not in zhe])
    by_kind["byte_phase"] = byte_phase_cases(pick(len(usable)), rng, stats)
    by_kind.update(mojibake_cases(pick(len(usable)), rng))
    by_kind["litter"] = litter_cases(pick(30), rng)
    tidy_pool = [s for s in usable if re.search(r"[A-Za-z0-9&<>]", s)]
    by_kind["tidy"] = tidy_cases(tidy_pool[:20] + [s for s in pick(20) if s not in tidy_pool[:20]], rng)
    by_kind["combined"] = combined_cases(pick(30), rng)
    for kind, damaged, clean in HANDWRITTEN:
        by_kind[kind].insert(0, (damaged, clean))
    by_kind["control"] = [(c, c) for c in CONTROLS]
    # Kinds added later draw from their own generator, so the cases above stay as they were.
    later = random.Random(SEED + 1)
    by_kind["mojibake_whole"] = whole_line_mojibake_cases(later.sample(usable, 60), later)
    ascii_mixed = [s for s in usable if re.search(r"[A-Za-z0-9]", s)]
    by_kind["mojibake_mixed"] = mixed_mojibake_cases(ascii_mixed)
    by_kind["double_comma"] = double_comma_cases(later.sample(usable, 30), later)
    by_kind["mojibake_latin_only"] = LATIN_ONLY
    legacy = random.Random(SEED + 2)
    by_kind["mojibake_legacy"] = legacy_mojibake_cases(legacy.sample(usable, 40), legacy)

    rows = []
    for kind, cases in by_kind.items():
        for damaged, clean in cases:
            assert line_safe(damaged) and line_safe(clean), (kind, damaged)
            if kind == "byte_phase":
                assert "?" not in clean
            if kind != "control":
                assert round_trips(clean), clean
            reason = KNOWN_FAILURES.get((kind, clean))
            rows.append(f"{kind}\t{damaged}\t{clean}" + (f"\t{reason}" if reason else "") + "\n")
    OUTPUT.write_text("".join(rows), encoding="utf-8")

    counts = {kind: len(cases) for kind, cases in by_kind.items()}
    print(f"wrote {len(rows)} cases to {OUTPUT}")
    for kind, n in counts.items():
        flag = "" if n >= MINIMUM[kind] else f"  (below minimum {MINIMUM[kind]})"
        print(f"  {kind:16} {n}{flag}")
    if dropped:
        print(f"sentences dropped, tw2s(s2t(s)) != s: {dropped}")
    print("byte-phase simulation:", dict(sorted(stats.items())))
    if any(n < MINIMUM[kind] for kind, n in counts.items()):
        raise SystemExit("some kind is below its minimum")


if __name__ == "__main__":
    main()
