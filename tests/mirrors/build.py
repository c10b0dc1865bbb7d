"""Build the mirror evaluation pages of the 中国产经观察 family and their expected records.

Run: python tests/mirrors/build.py   (rewrites pages/ and expected/; the output is deterministic)

Every page function holds the values a reader labels (headline, paragraphs, labels, hrefs as written)
and renders them into the page's own markup, through the page's `Skin`: the mirror transform of that
site (OpenCC conversion to traditional characters, pinyin annotations after some characters, repeated
annotations, zero-width or decorative characters between characters, `?` where bytes were lost). The
expected record is derived from the same clean simplified values, so page and record cannot disagree.
Conventions: tests/families/README.md and this folder's README.md.

Checks (`check`): every labelled text appears in the markup in the mirror form the page printed;
undoing the mirror transform of each undamaged printed form (annotations and inserted characters
removed, converted back) gives the label; every expected text is simplified (`t2s` leaves it
unchanged) and round-trips through the page's OpenCC conversion; `category` follows the rule.
"""

from __future__ import annotations

import html
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

import opencc
from pypinyin import Style, pinyin

HERE = Path(__file__).parent

T2S = opencc.OpenCC("t2s")
CONVERT = {name: opencc.OpenCC(name) for name in ("s2t", "s2tw", "s2hk")}
BACK = {"s2t": opencc.OpenCC("t2s"), "s2tw": opencc.OpenCC("tw2s"), "s2hk": opencc.OpenCC("hk2s")}
STYLES = {"tone": Style.TONE, "plain": Style.NORMAL, "tone3": Style.TONE3}

# Crumbs that never name the category (conventions, `category`).
NOT_CATEGORY = {"首页", "主页", "网站首页", "查看详情", "正文", "详情", "内容", "当前位置", "文章详情"}

ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\ufeff")
DECORATIVE = ("★", "☆", "◇", "◆")
PINYIN_CHARS = "a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿê"
ANNOTATION = re.compile(rf"[(（][{PINYIN_CHARS}]+[1-5]?[)）]")


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def iso(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> str:
    return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}+08:00"


# --- the mirror transform ---------------------------------------------------------------------------------


@dataclass
class Skin:
    """One site's text transform. `Skin()` prints the simplified text unchanged (original site)."""

    conv: str | None = None  # OpenCC config to traditional characters: s2t, s2tw, s2hk
    rate: float = 0.0  # share of Han characters followed by a pinyin annotation
    style: str = "tone"  # tone marks, plain (no tones, `v` for ü) or tone3 (tone numbers)
    paren: tuple[str, str] = ("(", ")")
    repeat: float = 0.0  # share of annotations printed twice: 經(jīng)(jīng)
    insert: tuple[str, ...] = ()  # characters inserted between Han characters
    insert_rate: float = 0.0
    seed: int = 0
    forms: dict[str, list[str]] = field(default_factory=dict)
    damaged: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.memo: dict[tuple, str] = {}

    def __call__(self, text: str, damage: tuple[tuple[str, str], ...] = (), force: str = "",
                 rate: float | None = None) -> str:  # fmt: skip
        """The printed form of `text`. `damage`: (substring, kind) pairs, kind `q` (the character
        printed as `?`, its annotation kept), `qq` (`?`, annotation lost) or `lead` (the character
        printed as `?` plus the tail of its annotation, the next character reduced to the trail byte of
        its GBK code, then its annotation: `?yè)I(yè)`). `force`: characters always annotated."""
        key = (text, damage, force, rate)
        if key in self.memo:
            return self.memo[key]
        trad = CONVERT[self.conv].convert(text) if self.conv else text
        assert len(trad) == len(text), (text, trad)
        readings = [r[0] for r in pinyin(text, style=STYLES[self.style], errors=lambda s: [""] * len(s))]
        assert len(readings) == len(text), text
        share = self.rate if rate is None else rate
        anns: list[str] = []
        for i, ch in enumerate(text):
            ann = ""
            if is_han(ch) and readings[i] and (ch in force or self.rng.random() < share):
                ann = self.paren[0] + readings[i] + self.paren[1]
                if self.rng.random() < self.repeat:
                    ann += ann
            anns.append(ann)
        tokens = [c + a for c, a in zip(trad, anns, strict=True)]
        for sub, kind in damage:
            i = text.index(sub)
            if kind == "q":
                tokens[i] = "?" + anns[i]
            elif kind == "qq":
                tokens[i] = "?"
            elif kind == "lead":
                trail = trad[i + 1].encode("gbk")[1:]
                assert 0x40 <= trail[0] < 0x7F, (sub, trad[i + 1])
                tokens[i] = "?" + readings[i] + self.paren[1]
                tokens[i + 1] = trail.decode("ascii") + self.paren[0] + readings[i + 1] + self.paren[1]
            else:
                raise ValueError(kind)
        out = []
        for i, token in enumerate(tokens):
            out.append(token)
            if (self.insert and i + 1 < len(text) and is_han(text[i]) and is_han(text[i + 1])
                    and self.rng.random() < self.insert_rate):  # fmt: skip
                out.append(self.rng.choice(self.insert))
        printed = "".join(out)
        self.memo[key] = printed
        self.forms.setdefault(text, []).append(printed)
        if damage:
            self.damaged.add(printed)
        return printed

    def undo(self, printed: str) -> str:
        """Remove annotations and inserted characters, convert back (used by the checks only)."""
        text = ANNOTATION.sub("", "".join(c for c in printed if c not in self.insert))
        return BACK[self.conv].convert(text) if self.conv else text


# --- values -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Img:
    src: str  # as written in the page


@dataclass(frozen=True)
class Cap:
    text: str  # a caption printed as a paragraph (body text)


Block = str | Img | Cap


@dataclass(frozen=True)
class Rel:
    href: str  # as written in the page
    title: str
    summary: str | None = None
    note: str = ""  # a date printed beside the item (not a summary)
    damage: tuple[tuple[str, str], ...] = ()  # damage of the printed summary


@dataclass
class Page:
    name: str
    url: str
    html: str
    expected: dict
    skin: Skin
    encoding: str = "utf-8"
    aliases: dict[str, list[str]] = field(default_factory=dict)  # other printed forms of a label


def body_text(blocks: list[Block]) -> str:
    return "\n".join(b if isinstance(b, str) else b.text for b in blocks if not isinstance(b, Img))


def record(url: str, *, title: str, source: str | None, published_at: str, body: list[Block],
           article_id: str, clicks: int | None = None, counter_src: str | None = None,
           editor: str | None = None, reviewer: str | None = None, breadcrumbs: list[str] | None = None,
           category: str | None = None, related: list[Rel] | None = None) -> dict:  # fmt: skip
    images = [urljoin(url, html.unescape(b.src)) for b in body if isinstance(b, Img)]
    return {
        "url": url,
        "article_id": article_id,
        "title": title,
        "source": source,
        "published_at": published_at,
        "clicks": clicks,
        "click_counter_url": urljoin(url, html.unescape(counter_src)) if counter_src else None,
        "editor": editor,
        "reviewer": reviewer,
        "category": category,
        "breadcrumbs": breadcrumbs,
        "body": body_text(body),
        "images": images or None,
        "related": [
            {"url": urljoin(url, html.unescape(r.href)), "title": r.title, "summary": r.summary}
            for r in related
        ]
        if related
        else None,
    }


def render(sk: Skin, blocks: list[Block], para: str = "<p>{}</p>", img: str = '<p><img src="{}" alt=""></p>',
           cap: str = '<p style="text-align:center">{}</p>',
           damage: dict[int, tuple[tuple[str, str], ...]] | None = None) -> str:  # fmt: skip
    out = []
    for i, block in enumerate(blocks):
        if isinstance(block, Img):
            out.append(img.format(block.src))
        elif isinstance(block, Cap):
            out.append(cap.format(esc(sk(block.text))))
        else:
            out.append(para.format(esc(sk(block, damage=(damage or {}).get(i, ())))))
    return "\n".join(out)


def crumbs_html(sk: Skin, crumbs: list[str], hrefs: list[str | None], sep: str) -> str:
    parts = []
    for text, href in zip(crumbs, hrefs, strict=True):
        parts.append(f'<a href="{href}">{esc(sk(text))}</a>' if href else esc(sk(text)))
    return sep.join(parts)


# --- 01: original site, simplified, no pinyin ---------------------------------------------------------------


def page_01() -> Page:
    sk = Skin()
    url = "http://www.chanjingguancha.test/html/2025/0312/21877.html"
    title = "产经观察:桐川市首批零碳产业园通过验收 入园企业绿电占比超八成"
    crumbs = ["首页", "产经", "区域经济", "正文"]
    counter = "/plus/count.php?aid=21877&amp;mid=1"
    body: list[Block] = [
        "中国产经观察消息:3月11日,桐川市发展改革委组织专家组对城东、临江两个零碳产业园进行现场验收,两园区均通过评审,成为全市首批零碳产业园。",
        "据介绍,两个园区共入驻企业126家,去年园区用电总量约4.8亿千瓦时,其中来自屋顶光伏、分散式风电和绿电交易的电量占比达到83%。园区还建成了覆盖全部规上企业的能耗在线监测平台,企业每小时的用能数据都能实时上传。",
        Img("/uploads/allimg/250312/1-250312091Z1.jpg"),
        Cap("临江零碳产业园屋顶光伏板全景。(资料图)"),
        "市发展改革委副主任汪明哲表示,零碳园区建设不是简单地多装光伏板,而是要从能源供给、生产工艺、物流运输等环节系统降碳。下一步,桐川将把两个园区的做法整理成标准,在全市11个省级开发区推广。",
        "入园企业也尝到了甜头。一家电机制造企业负责人算了一笔账:使用园区统一建设的储能设施后,企业每年电费支出减少约260万元,产品碳足迹认证也更容易通过海外客户审核。(钱卫东)",
    ]
    related = [
        Rel("/html/2025/0310/21846.html", "产经观察:江屿港口岸电覆盖率达到九成",
            "中国产经观察消息:记者从江屿港务集团获悉,截至2月底,江屿港已建成岸电泊位58个,覆盖率达到90%。靠港船舶使用岸电后,每艘次可减少燃油消耗约1.5吨。 港务集团相关负责人介绍,今年将继续"),
        Rel("/html/2025/0306/21790.html", "青禾县秸秆综合利用率提升至93%",
            "中国产经观察消息:青禾县通过“收储运”一体化体系,将农作物秸秆加工成饲料、燃料和基料,2024年秸秆综合利用率提升至93%,带动村集体增收"),
        Rel("http://www.chanjingguancha.test/html/2025/0301/21733.html", "产经观察:合成生物产业联盟在临港新区成立",
            "中国产经观察消息:2月28日,由32家企业、高校和科研院所组成的合成生物产业联盟在临港新区成立。联盟将围绕菌种开发、发酵工艺和中试放大等环节开展协同攻关,推动"),
    ]  # fmt: skip
    side = [
        ("/html/2025/0311/21862.html", "一季度重点项目集中开工 总投资超千亿元"),
        ("/html/2025/0309/21830.html", "产经观察:县域快递进村覆盖率达到98%"),
        ("/html/2025/0308/21815.html", "绿色建材下乡活动启动"),
    ]
    rel_html = "\n".join(
        f'<li><a class="pic" href="{r.href}"><img src="/uploads/thumb/2503{i}.jpg" alt="{attr(r.title)}"></a>'
        f'<div class="txt"><h4><a href="{r.href}">{esc(r.title)}</a></h4>'
        f'<p>{esc(r.summary or "")}... <a href="{r.href}">[阅读]</a></p></div></li>'
        for i, r in enumerate(related)
    )
    side_html = "\n".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in side)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(title)}_区域经济_中国产经观察</title>
<meta name="keywords" content="零碳产业园,绿电,桐川">
<link rel="stylesheet" href="/templets/cjgc/css/main.css">
</head>
<body>
<div class="top"><div class="w1200"><a href="/" class="logo"><img src="/templets/cjgc/images/logo.png" alt="中国产经观察"></a>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/html/list_1_1.html">资讯</a></li><li class="on"><a href="/html/list_2_1.html">产经</a></li><li><a href="/html/list_3_1.html">财经</a></li><li><a href="/html/list_4_1.html">科技</a></li><li><a href="/html/list_5_1.html">农业</a></li></ul></div></div>
<div class="w1200 crumb">您现在的位置：{crumbs_html(sk, crumbs, ["/", "/html/list_2_1.html", "/html/list_21_1.html", None], " &gt; ")}</div>
<div class="w1200 clearfix">
<div class="l-box">
<h1 class="arc-title">{esc(title)}</h1>
<div class="arc-info">发布时间：2025-03-12 09:15:40 &nbsp; 来源：中国产经观察 &nbsp; 点击：<script src="{counter}" type="text/javascript"></script>次</div>
<div class="arc-body">
{render(sk, body, para="<p>　　{}</p>", img='<p style="text-align:center"><img src="{}" alt="" width="600"></p>')}
</div>
<div class="arc-editor">编辑：李婧　审核：卢振华</div>
<div class="arc-page">上一篇：<a href="/html/2025/0311/21861.html">一季度重点项目集中开工 总投资超千亿元</a><br>下一篇：没有了</div>
<div class="xgxw">
<div class="hd">相关新闻</div>
<ul>
{rel_html}
</ul>
</div>
</div>
<div class="r-box">
<div class="hd">推荐内容</div>
<ul>
{side_html}
</ul>
</div>
</div>
<div class="foot">Copyright &copy; 2016-2025 中国产经观察 版权所有　备案号：京ICP备00000000号</div>
</body>
</html>
"""
    expected = record(
        url, article_id="21877", title=title, source="中国产经观察",
        published_at=iso(2025, 3, 12, 9, 15, 40), body=body, counter_src=counter,
        editor="李婧", reviewer="卢振华", breadcrumbs=crumbs, category="区域经济", related=related,
    )  # fmt: skip
    return Page("01-original-simplified", url, page, expected, sk)


# --- 02: seed-like traditional mirror, ASCII tone pinyin, spaced crumb, `?` damage -----------------------------


def page_02() -> Page:
    sk = Skin("s2tw", rate=0.25, seed=2)
    url = "http://www.zhongxin-caijing.test/2025/0119/708215.shtml"
    title = "产经观察:安平县预制菜产业集群年产值突破百亿元"
    crumbs = ["首页", "资讯", "地方新闻", "查看详情"]
    body: list[Block] = [
        "中国产经观察消息:1月17日,安平县召开预制菜产业发展推进会。会上发布的数据显示,2024年全县预制菜产业集群实现产值103亿元,同比增长21%,成为县域经济中增长最快的产业板块。",
        "安平县地处平原,蔬菜、生猪和淡水鱼产量均居全省前列。过去,县里的农产品大多以原料形式外销,附加值不高。近年来,县里引进和培育预制菜加工企业47家,建成中央厨房、冷链仓储和检测中心等配套设施,产品涵盖速冻菜肴、调理肉制品、即热米饭等六大类三百多个品种。",
        "为解决企业“招工难”,县职业技术学校开设了食品加工与检验专业,与企业共建实训车间,去年输送毕业生380人。县里还设立了2亿元的产业引导基金,重点支持企业技术改造和品牌建设。",
        "县农业农村局负责人表示,下一步将推动预制菜企业与种养基地签订长期订单,力争到2027年带动全县2万户农户稳定增收。(宋雨桐)",
    ]
    damage = {1: (("仓储", "qq"),), 2: (("专业", "lead"),)}
    related = [
        Rel("../0116/708102.shtml", "产经观察:禾川市新能源重卡换电站实现县域全覆盖",
            "中国产经观察消息:1月15日,禾川市最后一座县域重卡换电站在东山县建成投用。至此,全市9个县区均建有重卡换电站,新能源重卡单次换电时间缩短到5分钟以内。 换电站运营企业负责人介绍,目前全市接入换电网络的"),
        Rel("/2025/0113/707966.shtml", "冷链物流骨干网络建设提速 多地新建产地仓",
            "中国产经观察消息:随着年货消费旺季到来,多地冷链物流企业加快布局产地仓。记者走访发现,不少产地仓配备了预冷、分拣和包装设备,果蔬采摘后两小时内即可进入冷库,损耗率明显下降。 业内人士认为,产地仓"),
        Rel("http://www.zhongxin-caijing.test/2025/0110/707851.shtml", "产经观察:首届县域特色食品博览会签约项目62个",
            "中国产经观察消息:1月9日,首届县域特色食品博览会闭幕。据组委会统计,博览会期间共签约项目62个,签约金额达148亿元,涉及食品精深加工、冷链仓储、包装材料等领域。 本届博览会设"),
    ]  # fmt: skip
    spaced = f"{sk('资')} {sk('讯')}"
    rel_html = "\n".join(
        f'<li><a href="{r.href}" class="pic" target="_blank"><img src="/d/file/thumb/{i}.jpg" alt="{attr(sk(r.title))}"></a>\n'
        f'<a href="{r.href}" class="tit" target="_blank">{esc(sk(r.title))}</a>\n'
        f'<p>{esc(sk(r.summary or ""))}... <a href="{r.href}">[{sk("阅读")}]</a></p></li>'
        for i, r in enumerate(related, 1)
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(sk(title))}-{esc(sk("中国产经观察"))}</title>
<link rel="stylesheet" href="/skin/style.css">
</head>
<body>
<div class="top"><a href="/"><img src="/skin/logo.png" alt="{attr(sk("中国产经观察"))}"></a></div>
<div class="nav"><a href="/">{sk("首页")}</a><a href="/zixun/">{spaced}</a><a href="/chanjing/">{sk("产经")}</a><a href="/caijing/">{sk("财经")}</a></div>
<div class="main">
<div class="weizhi">{sk("当前位置")}: <a href="/">{sk("首页")}</a>  &gt;&gt; <a href="/zixun/">{spaced}</a>  &gt;&gt; <a href="/zixun/difang/">{sk("地方新闻")}</a>  &gt;&gt; {sk("查看详情")}</div>
<h1>{esc(sk(title))}</h1>
<div class="xx">{sk("来源")}: {sk("中国产经观察")} &nbsp; {sk("日期")}:2025-01-18 10:32:07 &nbsp;{sk("点击")}:46210 </div>
<div class="fx">{sk("分享")}:<a href="#" class="wx"></a><a href="#" class="wb"></a></div>
<div class="nr">
{render(sk, body, para="<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>", damage=damage)}
</div>
<p>{sk("编辑")}:{sk("邹晓燕")}<br>
{sk("审核")}:{sk("江海涛")}</p>
<div class="xgxw"><h3>{sk("相关新闻")}</h3>
<ul>
{rel_html}
</ul></div>
</div>
<div class="foot">{sk("关于我们")} | {sk("联系方式")} | {sk("网站地图")}</div>
</body>
</html>
"""
    expected = record(
        url, article_id="708215", title=title, source="中国产经观察",
        published_at=iso(2025, 1, 18, 10, 32, 7), body=body, clicks=46210,
        editor="邹晓燕", reviewer="江海涛", breadcrumbs=crumbs, category="地方新闻", related=related,
    )  # fmt: skip
    return Page("02-mirror-seedlike-tw", url, page, expected, sk, aliases={"资讯": [spaced]})


# --- 03: GBK declared gb2312, table layout, full-width pinyin, EmpireCMS counter --------------------------------


def page_03() -> Page:
    sk = Skin("s2t", rate=0.15, paren=("（", "）"), seed=3)
    url = "http://www.jjcaixun.test/caijing/jinrong/2025-02-07/6603.html"
    title = "南屏县农商银行推出“茶园贷” 首批授信1.2亿元"
    crumbs = ["首页", "财经", "金融观察"]
    counter = "/e/public/ViewClick/?classid=8&id=6603&addclick=1"
    body: list[Block] = [
        "中国产经观察消息:2月6日,南屏县农商银行与县茶叶产业协会签订合作协议,推出专门面向茶农和茶企的“茶园贷”产品,首批向183户茶农和12家茶企授信1.2亿元。",
        "南屏县现有茶园面积18.6万亩,茶产业从业人员超过5万人。每年春茶开采前,茶农要集中支付采摘工资、购买包装材料,资金需求大、时间集中,过去常常因为缺少抵押物而贷款难。",
        "“茶园贷”以茶园经营权和茶叶订单作为增信依据,单户最高可贷50万元,贷款期限最长3年,利率比普通经营性贷款低约0.8个百分点。县财政安排专项资金,对按期还款的茶农给予贴息。",
        "茶农郑国栋是首批获贷的农户之一。他说,拿到30万元贷款后,今年打算新建一间清洁化加工车间,“以前炒茶靠手工,产量上不去,现在有了钱就能上机械化生产线。”",
    ]
    related = [
        Rel("/caijing/jinrong/2025-02-03/6571.html", "县域普惠金融服务站覆盖全部行政村", note="02-03"),
        Rel("../2025-01-25/6518.html", "产经观察:林业碳汇预期收益权质押贷款落地", note="01-25"),
        Rel("http://www.jjcaixun.test/caijing/2025-01-20/6490.html", "春节前小微企业信贷投放同比增长12%", note="01-20"),
    ]  # fmt: skip
    rel_rows = "\n".join(
        f'<tr><td width="85%">·<a href="{r.href}" target="_blank">{esc(sk(r.title))}</a></td><td align="right"><font color="#999999">{r.note}</font></td></tr>'
        for r in related
    )
    paras = "\n".join(f"<p>　　{esc(sk(b))}</p>" for b in body if isinstance(b, str))
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(sk(title))}_{esc(sk("金融观察"))}_{esc(sk("金融财讯网"))}</title>
<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/skin/default/images/banner.jpg" width="980" height="90" border="0"></td></tr>
<tr><td class="nav" height="30"><a href="/">{sk("首页")}</a> | <a href="/caijing/">{sk("财经")}</a> | <a href="/chanjing/">{sk("产经")}</a> | <a href="/keji/">{sk("科技")}</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="position">
<tr><td height="28">{sk("您现在的位置")}：{crumbs_html(sk, crumbs, ["/", "/caijing/", "/caijing/jinrong/"], " → ")}</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
  <table width="100%" border="0" cellpadding="6" cellspacing="0">
  <tr><td align="center" class="title"><h2>{esc(sk(title))}</h2></td></tr>
  <tr><td align="center" class="info">{sk("出处")}：{sk("中国产经观察")}　{sk("发布时间")}：2025年02月07日 14:20　{sk("浏览")}：<script src="{counter}"></script>{sk("次")}</td></tr>
  <tr><td class="content">
{paras}
  </td></tr>
  <tr><td align="right" class="editor">{sk("责任编辑")}/{sk("陶然")}</td></tr>
  </table>
  <table width="100%" border="0" cellpadding="0" cellspacing="0" class="xg">
  <tr><td class="xg-tit" colspan="2"><b>{sk("相关新闻")}</b></td></tr>
{rel_rows}
  </table>
</td>
<td width="270" valign="top" class="right"><div class="hot"><b>{sk("热点内容")}</b><br>·<a href="/caijing/2025-02-06/6598.html">{sk("开年信贷投放节奏加快")}</a></div></td>
</tr>
</table>
<table width="980" border="0" align="center"><tr><td align="center" class="copy">{sk("金融财讯网")} {sk("版权所有")}</td></tr></table>
</body>
</html>
"""
    expected = record(
        url, article_id="6603", title=title, source="中国产经观察",
        published_at=iso(2025, 2, 7, 14, 20), body=body, counter_src=counter,
        editor="陶然", breadcrumbs=crumbs, category="金融观察", related=related,
    )  # fmt: skip
    return Page("03-gbk-gb2312-table-fullwidth", url, page, expected, sk, encoding="gbk")


# --- 04: GBK without declaration, pinyin without tones (`v` for ü), `-&gt;` trail, （编辑：X） ------------------


def page_04() -> Page:
    sk = Skin("s2tw", rate=0.2, style="plain", seed=4)
    url = "http://www.xnyzixun.test/a/chanye/20250127/55031.html"
    title = "产经观察:北溪储能电站二期工程全容量并网"
    crumbs = ["首页", "产业", "新能源", "内容"]
    body: list[Block] = [
        "中国产经观察消息:1月26日,位于北溪镇的北溪储能电站二期工程全容量并网运行。二期工程新增储能规模200兆瓦/400兆瓦时,与一期合计达到300兆瓦/600兆瓦时,是目前省内规模最大的电网侧储能电站。",
        "该电站采用磷酸铁锂电池技术路线,配置了液冷温控和多级消防系统。电站在用电低谷时充电、高峰时放电,一次满充可为周边约12万户居民提供一天的生活用电。",
        "据电站运营方测算,二期工程投运后,每年可提升当地电网新能源消纳能力约4.5亿千瓦时,相当于减少标准煤消耗13万吨。项目建设中还吸纳当地劳动力420余人次,带动了绿色运维等新岗位。",
        "国网北溪供电公司调度中心主任刘振宇表示,储能电站就像电网的“充电宝”,能够在风光出力波动时快速响应,对保障今年迎峰度夏电力供应具有重要作用。",
    ]
    related = [
        Rel("/a/chanye/20250121/54877.html", "产经观察:海上风电运维母船在北溪港交付",
            "中国产经观察消息:1月20日,首批专为海上风电场设计的运维母船在北溪港交付使用。该船可搭载运维人员60名,在海上连续作业30天,大幅减少了运维人员往返"),
        Rel("/a/chanye/20250115/54702.html", "分布式光伏接入容量突破千万千瓦",
            "中国产经观察消息:截至2024年底,全省分布式光伏累计接入容量达到1016万千瓦,其中工商业屋顶光伏占比接近六成。 为缓解局部电网承载压力,电网企业"),
        Rel("http://www.xnyzixun.test/a/zhengce/20250110/54590.html", "产经观察:新型储能参与电力现货市场交易规则出台",
            "中国产经观察消息:日前,省能源局印发新型储能参与电力现货市场交易实施细则,明确独立储能电站可作为市场主体"),
    ]  # fmt: skip
    rel_html = "\n".join(
        f'<dl><dt><a href="{r.href}">{esc(sk(r.title))}</a></dt><dd>{esc(sk(r.summary or ""))}...<a href="{r.href}">[{sk("详细")}]</a></dd></dl>'
        for r in related
    )
    paras = "\n".join(
        f"<p>　　{esc(sk(b, force='绿' if '绿色' in b else ''))}</p>" for b in body if isinstance(b, str)
    )
    page = f"""<html>
<head>
<title>{esc(sk(title))}_{esc(sk("新能源资讯网"))}</title>
<meta name="keywords" content="{attr(sk("储能"))},{attr(sk("并网"))}">
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
</head>
<body class="articleview">
<div class="header"><div class="top w960 center"><div class="title"><h2><a href="/">{sk("新能源资讯网")}</a></h2></div></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>{sk("位置")}：</strong>{crumbs_html(sk, crumbs[:3], ["/", "/a/chanye/", "/a/chanye/xny/"], " -&gt; ")} -&gt; {sk("内容")}</div>
<div class="viewbox">
<div class="title"><h2>{esc(sk(title))}</h2></div>
<div class="info">{sk("稿源")}：{sk("中国产经观察")} | {sk("时间")}：2025-01-27 | {sk("人气")}：1208</div>
<div class="content">
{paras}
<p>（{sk("编辑")}：{sk("冯丽")}）</p>
</div>
<div class="boxoff"><strong>------{sk("分隔线")}----------------------------</strong></div>
<div class="xgwz"><h3>{sk("相关文章")}</h3>
{rel_html}
</div>
</div>
</div>
</div>
<div class="footer w960 center mt1 clear"><p>Copyright &copy; 2018-2025 {sk("新能源资讯网")}</p></div>
</body>
</html>
"""
    expected = record(
        url, article_id="55031", title=title, source="中国产经观察",
        published_at=iso(2025, 1, 27), body=body, clicks=1208,
        editor="冯丽", breadcrumbs=crumbs, category="新能源", related=related,
    )  # fmt: skip
    return Page("04-gbk-undeclared-toneless", url, page, expected, sk, encoding="gbk")


# --- 05: s2hk mirror, dense and repeated annotations, info without colons, relative counter ----------------------


def page_05() -> Page:
    sk = Skin("s2hk", rate=0.4, repeat=0.35, seed=5)
    url = "https://www.huaxia-chanjing.test/nongye/2025/0303/30982.html"
    title = "产经观察:云岭县高山蔬菜订单种植面积扩大到8万亩"
    crumbs = ["首页", "农业", "乡村振兴"]
    counter = "count.php?view=yes&amp;aid=30982"
    body: list[Block] = [
        "中国产经观察消息:开春以来,云岭县高山蔬菜基地陆续进入育苗期。记者从县农业农村局了解到,今年全县与企业签订收购订单的高山蔬菜种植面积扩大到8万亩,比去年增加1.5万亩。",
        "云岭县平均海拔1200米以上,夏季凉爽,种出的白菜、萝卜和甘蓝上市时正好填补平原地区的淡季空档。过去农户各自种植、各自找销路,价格波动大,“菜贱伤农”的情况时有发生。",
        "如今,县里引导蔬菜企业和合作社与农户签订保底收购合同,约定最低收购价,市场价格高于保底价时随行就市。全县已建成产地预冷库46座,蔬菜采收后当天就能装车发往大湾区和长三角。",
        "县农业农村局局长陈晓峰说,订单种植让农户吃上了“定心丸”,去年参与订单种植的农户亩均收入达到6800元。(孙悦)",
    ]
    related = [
        Rel("/nongye/2025/0226/30915.html", "产经观察:山区县发展林下经济带动万户增收"),
        Rel("/nongye/2025/0220/30871.html", "春耕备耕农资储备充足 价格总体平稳"),
        Rel("https://www.huaxia-chanjing.test/shipin/2025/0218/30850.html", "产地预冷设施补上冷链“最先一公里”"),
    ]  # fmt: skip
    rel_html = "\n".join(
        f'<li><a href="{r.href}" title="{attr(sk(r.title))}">{esc(sk(r.title))}</a></li>' for r in related
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(sk(title))}</title>
<link rel="stylesheet" type="text/css" href="/css/hx.css" />
</head>
<body>
<div id="hd"><div class="logo"><a href="/">{sk("华夏产经")}</a></div></div>
<div id="bd">
<div class="wz">{sk("当前位置")}：{crumbs_html(sk, crumbs, ["/", "/nongye/", "/nongye/xczx/"], " &gt; ")} &gt; </div>
<div class="bt"><h1>{esc(sk(title))}</h1></div>
<div class="sj">{sk("来源")} {sk("中国产经观察")}&nbsp;&nbsp;{sk("时间")} 2025-03-03 08:47&nbsp;&nbsp;{sk("阅读")} <script type="text/javascript" src="{counter}"></script></div>
<div class="nr" id="text">
{render(sk, body, para="<p>　　{}</p>")}
<p style="text-align:right">{sk("审核")}：{sk("孟凡星")}</p>
</div>
<div class="xg"><div class="xg-t">{sk("相关新闻")}</div><ul>
{rel_html}
</ul></div>
</div>
<div id="ft">{sk("华夏产经")} &copy; 2025</div>
</body>
</html>
"""
    expected = record(
        url, article_id="30982", title=title, source="中国产经观察",
        published_at=iso(2025, 3, 3, 8, 47), body=body, counter_src=counter,
        reviewer="孟凡星", breadcrumbs=crumbs, category="乡村振兴", related=related,
    )  # fmt: skip
    return Page("05-hk-repeated-pinyin", url, page, expected, sk)


# --- 06: zero-width characters between characters, counter on the original site's host ------------------------


def page_06() -> Page:
    sk = Skin("s2tw", insert=ZERO_WIDTH, insert_rate=0.2, seed=6)
    url = "https://www.jinri-chanjing.test/html/xiaofei/2025/0214/88410.html"
    title = "产经观察:春节假期县域消费活跃 家电以旧换新订单增长三成"
    crumbs = ["首页", "产经", "消费市场"]
    counter = "http://www.chanjingguancha.test/plus/count.php?view=yes&amp;aid=21902&amp;mid=1"
    body: list[Block] = [
        "中国产经观察消息:记者从多地商务部门获悉,今年春节假期,县域消费市场人气旺盛,家电、汽车和餐饮消费增长明显。其中,参与以旧换新活动的家电订单同比增长约三成。",
        "在东陵市一家家电卖场,前来选购冰箱、洗衣机的顾客络绎不绝。卖场负责人介绍,春节期间店内日均成交额比平时翻了一番,一级能效产品销量占比超过七成。",
        "餐饮消费同样火热。不少县城餐馆推出年夜饭套餐和团圆宴,预订从腊月中旬就已排满。一些餐馆还把年夜饭做成半成品礼盒,通过外卖平台销往周边乡镇。",
        "业内人士分析,随着县域商业体系不断完善,农村居民消费正从“有没有”向“好不好”转变,县域市场将成为扩大内需的重要增长点。",
    ]
    related = [
        Rel("/html/xiaofei/2025/0210/88352.html", "产经观察:年货市场供应充足 特色农产品走俏",
            "中国产经观察消息:春节前夕,各地年货市场供应充足,腊肉、糍粑、干果等特色农产品销售火爆。在一些农产品集散市场,日均交易量比平时增长"),
        Rel("/html/xiaofei/2025/0205/88290.html", "县域商业体系建设成效明显 乡镇商贸中心焕新",
            "中国产经观察消息:近年来,各地加快推进县域商业体系建设,一批老旧乡镇商贸中心完成改造,购物环境明显改善"),
        Rel("https://www.jinri-chanjing.test/html/qiche/2025/0201/88247.html", "新能源汽车下乡活动覆盖120个县",
            "中国产经观察消息:新一轮新能源汽车下乡活动近日启动,活动覆盖120个县,参展车型中续航"),
    ]  # fmt: skip
    plain = Skin("s2tw", seed=60)  # labels, crumbs and names are printed without inserted characters
    rel_html = "\n".join(
        f'<li><h4><a href="{r.href}">{esc(sk(r.title))}</a></h4><p>{esc(sk(r.summary or ""))}...<a href="{r.href}">[{plain("阅读")}]</a></p></li>'
        for r in related
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(sk(title))} - {plain("今日产经")}</title>
<link rel="stylesheet" href="/static/css/article.css?v=3">
</head>
<body>
<header class="site-header"><a class="brand" href="/">{plain("今日产经")}</a>
<nav class="menu"><a href="/">{plain("首页")}</a><a href="/html/chanjing/">{plain("产经")}</a><a href="/html/xiaofei/">{plain("消费")}</a></nav></header>
<main class="container">
<div class="path">{crumbs_html(plain, crumbs, ["/", "/html/chanjing/", "/html/xiaofei/"], " » ")}</div>
<div class="article">
<h1 class="article-title">{esc(sk(title))}</h1>
<p class="article-meta">{plain("来源")}：{plain("中国产经观察")}　{plain("日期")}：2025-02-14 09:03　{plain("点击")}：<script src="{counter}" language="javascript"></script></p>
<div class="article-content">
{render(sk, body)}
<p>[{plain("责任编辑")}：{plain("谭海波")}]</p>
</div>
</div>
<div class="related-news"><h3>{plain("相关新闻")}</h3><ul>
{rel_html}
</ul></div>
</main>
<footer>&copy; 2025 {plain("今日产经")}</footer>
</body>
</html>
"""
    expected = record(
        url, article_id="21902", title=title, source="中国产经观察",
        published_at=iso(2025, 2, 14, 9, 3), body=body, counter_src=counter,
        editor="谭海波", breadcrumbs=crumbs, category="消费市场", related=related,
    )  # fmt: skip
    page_obj = Page("06-zero-width-origin-counter", url, page, expected, sk)
    for text, forms in plain.forms.items():
        page_obj.aliases.setdefault(text, []).extend(forms)
    return page_obj


# --- 07: decorative symbols between characters, 出处 / 发布时间 / 浏览 printed -----------------------------------


def page_07() -> Page:
    sk = Skin("s2t", insert=DECORATIVE, insert_rate=0.08, seed=7)
    plain = Skin("s2t", seed=70)
    url = "http://www.yidu-news.test/wenlv/2025/0226/40127.html"
    title = "产经观察:古镇民宿集群带火“冬游” 一季度预订量同比增长45%"
    crumbs = ["首页", "文旅", "正文"]
    body: list[Block] = [
        "中国产经观察消息:往年冬季是清溪古镇的旅游淡季,今年却格外热闹。古镇管委会提供的数据显示,今年一季度古镇民宿集群预订量同比增长45%,周末入住率保持在九成以上。",
        "清溪古镇现有民宿210家,其中由老宅改造的精品民宿68家。为留住冬季游客,古镇推出了围炉煮茶、非遗手作和夜游灯会等体验项目,并与周边温泉景区推出联票。",
        "民宿经营者何静怡告诉记者,她家的民宿今年春节前就被订满了,不少客人是从短视频平台上看到古镇雪景后专程赶来的。“客人住下来,吃饭、买特产都在镇上,带动了一条街的生意。”",
        "管委会相关负责人表示,古镇将继续完善停车、公厕和夜间照明等设施,同时规范民宿价格和服务标准,让游客住得舒心、玩得放心。",
    ]
    related = [
        Rel("/wenlv/2025/0220/40066.html", "产经观察:非遗工坊进景区 游客体验传统技艺",
            "中国产经观察消息:在北屏山景区,一排非遗工坊吸引了不少游客驻足。游客可以在这里体验扎染、竹编和剪纸,并将作品带回家"),
        Rel("/wenlv/2025/0214/39990.html", "冰雪旅游持续升温 南方游客北上赏雪",
            "中国产经观察消息:入冬以来,冰雪旅游持续升温,南方游客成为北方冰雪景区的重要客源"),
        Rel("http://www.yidu-news.test/wenlv/2025/0208/39921.html", "温泉小镇春节接待游客同比增长两成",
            "中国产经观察消息:春节假期,青石温泉小镇共接待游客21.3万人次,同比增长20%,实现旅游收入"),
    ]  # fmt: skip
    rel_html = "\n".join(
        f'<div class="item"><a href="{r.href}" class="t">{esc(sk(r.title))}</a><div class="zy">{esc(sk(r.summary or ""))}... <a href="{r.href}">[{plain("阅读")}]</a></div></div>'
        for r in related
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(sk(title))}</title>
<link href="/css/yd.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="head"><img src="/images/logo.gif" alt="" /></div>
<div class="mbx">{plain("当前位置")}：{crumbs_html(plain, crumbs, ["/", "/wenlv/", None], " / ")}</div>
<div class="show">
<div class="show-t"><h1>{esc(sk(title))}</h1></div>
<div class="show-i">{plain("出处")}：{plain("中国产经观察")}　{plain("发布时间")}：2025/2/26 16:40　{plain("浏览")}：<span id="hits">2815</span>{plain("次")}</div>
<div class="show-c">
{render(sk, body)}
<p>{plain("编辑")}:{plain("严冬梅")} {plain("审核")}:{plain("方志强")}</p>
</div>
<div class="xgxw"><div class="xgxw-t">{plain("相关新闻")}</div>
{rel_html}
</div>
</div>
<div class="foot">{plain("易读资讯")}</div>
</body>
</html>
"""
    expected = record(
        url, article_id="40127", title=title, source="中国产经观察",
        published_at=iso(2025, 2, 26, 16, 40), body=body, clicks=2815,
        editor="严冬梅", reviewer="方志强", breadcrumbs=crumbs, category="文旅", related=related,
    )  # fmt: skip
    page_obj = Page("07-decorative-symbols", url, page, expected, sk)
    for text, forms in plain.forms.items():
        page_obj.aliases.setdefault(text, []).extend(forms)
    return page_obj


# --- 08: simplified re-skin, info line below the body, protocol-relative counter ---------------------------------


def page_08() -> Page:
    sk = Skin()
    url = "https://www.cjzk.test/gongye/2025/0219/62210.html"
    title = "产经观察:东陵市工业母机产业链签约项目总投资86亿元"
    crumbs = ["首页", "产经", "工业经济", "查看详情"]
    counter = "//www.cjzk.test/plus/count.php?view=yes&amp;aid=62210"
    body: list[Block] = [
        "中国产经观察消息:2月18日,东陵市举行工业母机产业链招商推介会,现场签约数控机床整机、功能部件和刀具等项目19个,总投资86亿元。",
        "东陵是传统机械制造基地,全市现有机床及零部件企业340余家。近年来,当地瞄准高端数控机床发展方向,建设了精密制造产业园和检测认证中心,引进了一批关键零部件配套企业。",
        "签约企业代表、一家数控系统企业的董事长邱明远说,选择落户东陵,看中的是这里完整的产业配套,“方圆50公里内就能找齐机床所需的大部分零部件,研发样机的周期可以缩短三分之一。”",
        "市工业和信息化局局长黄建平介绍,东陵将设立20亿元产业基金,对首台套装备给予奖励,力争到2027年工业母机产业规模突破500亿元。",
    ]
    related = [
        Rel("/gongye/2025/0214/62133.html", "产经观察:精密减速器国产化率提升至六成",
            "中国产经观察消息:记者从行业协会获悉,2024年国内工业机器人用精密减速器国产化率提升至六成左右"),
        Rel("/gongye/2025/0207/62050.html", "首台套重大技术装备保险补偿政策扩围",
            "中国产经观察消息:日前,有关部门发布通知,首台套重大技术装备保险补偿政策实施范围进一步扩大"),
        Rel("https://www.cjzk.test/keji/2025/0130/61988.html", "产经观察:工业互联网标识解析节点接入企业超两千家",
            "中国产经观察消息:截至1月底,全省工业互联网标识解析二级节点累计接入企业2136家"),
    ]  # fmt: skip
    hot = [
        ("/gongye/2025/0218/62198.html", "全国工业产能利用率稳中有升"),
        ("/caijing/2025/0217/62177.html", "产经观察:开年以来新增专项债发行提速"),
    ]
    rel_html = "\n".join(
        f'<li><a href="{r.href}" target="_blank">{esc(r.title)}</a><span>{esc(r.summary or "")}…</span></li>'
        for r in related
    )
    hot_html = "\n".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in hot)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(title)}-产经周刊</title>
<link rel="stylesheet" href="/static/zk/article.css">
</head>
<body>
<div class="zk-top"><a href="/" class="zk-logo">产经周刊</a></div>
<div class="zk-wrap">
<div class="zk-left">
<div class="zk-path">当前位置：{crumbs_html(sk, crumbs, ["/", "/chanjing/", "/gongye/", None], "&gt;&gt;")}</div>
<h1 class="zk-title">{esc(title)}</h1>
<div class="zk-text">
{render(sk, body, para="<p>{}</p>")}
</div>
<div class="zk-info-foot">稿源：中国产经观察　发布时间：2025-02-19 16:05　阅读：<script src="{counter}"></script></div>
<div class="zk-zb">责任编辑：白晓光　审校：孔令军</div>
<div class="zk-rel"><h3>相关新闻</h3><ul>
{rel_html}
</ul></div>
</div>
<div class="zk-right"><h3>热门排行</h3><ol>
{hot_html}
</ol></div>
</div>
<div class="zk-foot">产经周刊 版权所有</div>
</body>
</html>
"""
    expected = record(
        url, article_id="62210", title=title, source="中国产经观察",
        published_at=iso(2025, 2, 19, 16, 5), body=body, counter_src=counter,
        editor="白晓光", reviewer="孔令军", breadcrumbs=crumbs, category="工业经济", related=related,
    )  # fmt: skip
    return Page("08-info-below-body", url, page, expected, sk)


# --- 09: two images with captions, printed 点击数 ---------------------------------------------------------------


def page_09() -> Page:
    sk = Skin("s2tw", rate=0.3, seed=9)
    url = "http://www.nongjing-guancha.test/2025/0309/712406.shtml"
    title = "产经观察:智慧农场无人机春季植保作业全面展开"
    crumbs = ["首页", "农业", "智慧农业"]
    body: list[Block] = [
        "中国产经观察消息:3月8日,在平阳县万亩小麦示范区,20架植保无人机编队起飞,对返青期小麦开展“一喷三防”作业。这是今年全县春季植保作业的首场集中行动。",
        Img("/uploads/250309/1-2503091005341.jpg"),
        Cap("植保无人机在平阳县小麦示范区作业。"),
        "平阳县农机服务中心主任周启明介绍,一架无人机每小时可作业80亩左右,效率是人工喷药的几十倍,而且采用精准变量喷洒技术,农药用量比传统方式减少约两成。",
        Img("http://img.nongjing-guancha.test/2025/0309/b2.jpg"),
        Cap("飞手在田头为无人机更换电池。"),
        "为保障作业安全,县里对全县136名飞手进行了集中培训,并建立了作业区域报备制度。飞手们通过手机平台接单,作业轨迹和用药量实时上传,农户可以随时查看。",
        "据了解,今年全县计划完成无人机植保作业面积45万亩次,服务费用由县级财政给予部分补贴。(记者 邓海鸥)",
    ]
    related = [
        Rel("/2025/0305/712288.shtml", "产经观察:数字化育秧工厂投入使用",
            "中国产经观察消息:3月4日,平阳县首个数字化育秧工厂投入使用。工厂采用立体育秧架和智能温控系统,可满足"),
        Rel("/2025/0301/712160.shtml", "农机购置补贴资金提前下达",
            "中国产经观察消息:2025年第一批农机购置与应用补贴资金近日提前下达,重点支持"),
        Rel("http://www.nongjing-guancha.test/2025/0226/712047.shtml", "产经观察:北方冬小麦陆续进入返青期",
            "中国产经观察消息:近期气温回升,北方冬麦区小麦陆续进入返青期,各地抓住有利时机"),
    ]  # fmt: skip
    rel_html = "\n".join(
        f'<li><a href="{r.href}" class="pic"><img src="/uploads/thumb/n{i}.jpg" alt="{attr(sk(r.title))}"></a>'
        f'<h3><a href="{r.href}">{esc(sk(r.title))}</a></h3><p>{esc(sk(r.summary or ""))}... <a href="{r.href}">[{sk("阅读")}]</a></p></li>'
        for i, r in enumerate(related, 1)
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(sk(title))}_{esc(sk("农经观察"))}</title>
</head>
<body>
<div class="header"><div class="logo"><a href="/"><img src="/skin/images/logo.png" alt=""></a></div></div>
<div class="main">
<div class="position">{sk("当前位置")}：{crumbs_html(sk, crumbs, ["/", "/nongye/", "/nongye/zhnx/"], " &gt; ")}</div>
<div class="article">
<h1>{esc(sk(title))}</h1>
<div class="info">{sk("时间")}：2025年3月9日 10:05　{sk("来源")}：{sk("中国产经观察")}　{sk("点击数")}：7315</div>
<div class="content">
{render(sk, body, para="<p>　　{}</p>", img='<p align="center"><img src="{}" border="0" alt=""></p>', cap='<p align="center">{}</p>')}
<p>{sk("编辑")}：{sk("吕佳")}　{sk("审核")}：{sk("姜涛")}</p>
</div>
<div class="related"><h2>{sk("相关新闻")}</h2><ul>
{rel_html}
</ul></div>
</div>
</div>
<div class="footer">Copyright &copy; {sk("农经观察")}</div>
</body>
</html>
"""
    expected = record(
        url, article_id="712406", title=title, source="中国产经观察",
        published_at=iso(2025, 3, 9, 10, 5), body=body, clicks=7315,
        editor="吕佳", reviewer="姜涛", breadcrumbs=crumbs, category="智慧农业", related=related,
    )  # fmt: skip
    return Page("09-two-images-captions", url, page, expected, sk)


# --- 10: headline in a <div> (logo in the <h1>), <title> with column and site name -----------------------------


def page_10() -> Page:
    sk = Skin("s2tw", rate=0.2, seed=10)
    url = "http://www.xinjingjiwang.test/html/2025/0122/33019.html"
    title = "产经观察:江屿市跨境电商产业园出口额首破50亿元"
    crumbs = ["首页", "资讯", "地方新闻", "正文"]
    counter = "/e/public/ViewClick/?classid=12&amp;id=33019&amp;addclick=1"
    body: list[Block] = [
        "中国产经观察消息:记者从江屿市商务局获悉,2024年江屿跨境电商产业园实现出口额52.7亿元,同比增长38%,首次突破50亿元大关。",
        "产业园自2021年开园以来,先后引进跨境电商企业260余家,配套建设了海外仓服务中心、直播基地和跨境物流分拨中心。园区企业的主打产品包括户外用品、小家电和服装鞋帽,销往北美、欧洲和东南亚等地。",
        "园区还与江屿职业技术学院合作开设跨境电商订单班,每年培养运营人才300余名。不少毕业生进入园区企业后,很快成长为店铺运营和海外营销骨干。",
        "市商务局相关负责人表示,今年将支持企业在重点市场布局海外仓,推动更多本地制造企业通过跨境电商拓展国际市场。",
    ]
    related = [
        Rel("/html/2025/0118/32966.html", "产经观察:江屿港开通至东南亚的第8条集装箱航线"),
        Rel("/html/2025/0115/32930.html", "外贸企业抢抓订单 节前生产忙"),
        Rel("/html/2025/0109/32871.html", "产经观察:市场采购贸易方式试点扩围"),
    ]  # fmt: skip
    rel_html = "\n".join(
        f'<li><a href="{r.href}" class="img"><img src="/d/file/p/2025/t{i}.jpg" alt=""></a><a href="{r.href}" class="t">{esc(sk(r.title))}</a></li>'
        for i, r in enumerate(related, 1)
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(sk(title))}_{esc(sk("地方新闻"))}_{esc(sk("中国产经观察"))}</title>
<meta name="description" content="{attr(sk("记者从江屿市商务局获悉"))}">
</head>
<body>
<div class="hd"><h1 class="logo"><a href="/"><img src="/skin/logo.gif" alt="{attr(sk("中国产经观察"))}">{sk("中国产经观察")}</a></h1>
<div class="search"><form action="/e/search/index.php" method="post"><input name="keyboard"><input type="submit" value="{attr(sk("搜索"))}"></form></div></div>
<div class="bd">
<div class="ny-pos">{sk("您的位置")}：{crumbs_html(sk, crumbs, ["/", "/zixun/", "/zixun/difang/", None], " &gt; ")}</div>
<div class="ny-art">
<div class="arc-tit"><b>{esc(sk(title))}</b></div>
<div class="arc-xx">【{sk("来源")}：{sk("中国产经观察")}】【{sk("时间")}：2025-01-22 13:08】【{sk("点击")}：<script src="{counter}"></script>】</div>
<div class="arc-nr">
{render(sk, body, para="<p>　　{}</p>")}
</div>
<div class="arc-bj">{sk("编辑")}：{sk("苏芮")}</div>
<div class="arc-xg"><div class="t">{sk("相关新闻")}</div><ul>
{rel_html}
</ul></div>
</div>
</div>
<div class="ft">{sk("中国产经观察")} {sk("版权所有")}</div>
</body>
</html>
"""
    expected = record(
        url, article_id="33019", title=title, source="中国产经观察",
        published_at=iso(2025, 1, 22, 13, 8), body=body, counter_src=counter,
        editor="苏芮", breadcrumbs=crumbs, category="地方新闻", related=related,
    )  # fmt: skip
    return Page("10-headline-div-title-suffix", url, page, expected, sk)


# --- 11: pinyin inside the date and labels, count with a thousands separator ------------------------------------


def page_11() -> Page:
    sk = Skin("s2t", rate=0.3, seed=11)
    url = "http://www.shangmao-chanjing.test/a/shangmao/20250221/8842.html"
    title = "产经观察:桐川商贸物流园开通至中亚的公铁联运班列"
    crumbs = ["首页", "财经", "商贸流通"]
    body: list[Block] = [
        "中国产经观察消息:2月20日上午,一列满载汽车配件、日用百货和光伏组件的公铁联运班列从桐川商贸物流园驶出,预计12天后抵达中亚。这是桐川首次开通至中亚的公铁联运班列。",
        "桐川商贸物流园是当地重点建设的综合物流枢纽,园区内建有铁路专用线、海关监管作业场所和保税仓库。以往本地企业出口中亚的货物需要先运到外省集结,如今在家门口就能完成报关和装车。",
        "物流园运营公司总经理梁文博介绍,班列采用“公路集货、铁路干线”的运输组织方式,比传统海运加陆运缩短运输时间约20天,综合物流成本降低15%左右。",
        "按照计划,今年该班列将实现每周一班常态化开行,全年开行50列以上,带动园区新增进出口额10亿元。",
    ]
    related = [
        Rel("/a/shangmao/20250217/8790.html", "产经观察:中欧班列桐川号去年开行突破300列",
            "中国产经观察消息:记者从桐川国际陆港获悉,2024年中欧班列桐川号共开行312列,同比增长18%"),
        Rel("/a/shangmao/20250212/8735.html", "保税仓库获批 跨境商品通关时间缩短",
            "中国产经观察消息:日前,桐川商贸物流园保税仓库通过验收,进口跨境商品可在园区内完成"),
        Rel("http://www.shangmao-chanjing.test/a/caijing/20250205/8671.html", "产经观察:一月份全市进出口总额同比增长9.6%",
            "中国产经观察消息:据海关统计,1月份桐川市进出口总额达到"),
    ]  # fmt: skip
    date = f"2025{sk('年', rate=1)}02{sk('月', rate=1)}21{sk('日', rate=1)} 15:36"
    rel_html = "\n".join(
        f'<li><p class="t"><a href="{r.href}">{esc(sk(r.title))}</a></p><p class="s">{esc(sk(r.summary or ""))}…<a href="{r.href}">[{sk("详细")}]</a></p></li>'
        for r in related
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(sk(title))} - {esc(sk("商贸产经网"))}</title>
</head>
<body>
<div class="top-nav"><a href="/">{sk("首页")}</a> <a href="/a/caijing/">{sk("财经")}</a> <a href="/a/shangmao/">{sk("商贸")}</a></div>
<div class="content-wrap">
<div class="dqwz">{sk("当前位置", rate=1)}：{crumbs_html(sk, crumbs, ["/", "/a/caijing/", "/a/shangmao/"], " &gt;&gt; ")}</div>
<h1 class="news-title">{esc(sk(title))}</h1>
<div class="news-info">{sk("发布时间", rate=1)}：{date}　{sk("出处")}：{sk("中国产经观察")}　{sk("人气", rate=1)}：3,406</div>
<div class="news-body">
{render(sk, body, para="<p>　　{}</p>")}
</div>
<div class="news-editor">{sk("责任编辑", rate=1)}：{sk("贺明辉")}</div>
<div class="xgyd"><h4>{sk("相关阅读")}</h4><ul>
{rel_html}
</ul></div>
</div>
<div class="footer">{sk("商贸产经网")}</div>
</body>
</html>
"""
    expected = record(
        url, article_id="8842", title=title, source="中国产经观察",
        published_at=iso(2025, 2, 21, 15, 36), body=body, clicks=3406,
        editor="贺明辉", breadcrumbs=crumbs, category="商贸流通", related=related,
    )  # fmt: skip
    return Page("11-pinyin-in-date-and-labels", url, page, expected, sk)


# --- 12: HTML5 re-skin, full-width tone pinyin, `阅读 N`, `›` trail --------------------------------------------


def page_12() -> Page:
    sk = Skin("s2tw", rate=0.2, paren=("（", "）"), seed=12)
    url = "https://www.shuzi-chanjing.test/keji/2025/0318/77205.html"
    title = "产经观察:东陵城市算力调度平台上线运行"
    crumbs = ["首页", "科技", "数字经济"]
    body: list[Block] = [
        "中国产经观察消息:3月17日,东陵城市算力调度平台正式上线运行。平台首批接入本地数据中心和智算中心11家,可统一调度的算力资源规模达到每秒1.2万亿亿次浮点运算。",
        "平台建设方介绍,过去不少中小企业需要大模型训练或工业仿真时,往往要分别联系多家数据中心,价格不透明、排队时间长。接入平台后,企业在网上提交需求,系统会根据任务类型自动匹配空闲算力。",
        "为降低企业用算成本,东陵市对本地中小企业发放“算力券”,单个企业每年最高可获得50万元补贴。平台上线首日,就有37家企业完成注册,涉及智能制造、生物医药和动漫设计等行业。",
        "市数据局有关负责人表示,下一步将推动算力平台与周边城市互联互通,探索跨区域算力交易结算机制。",
    ]
    related = [
        Rel("/keji/2025/0312/77130.html", "产经观察:智算中心一期工程投产",
            "中国产经观察消息:3月11日,东陵智算中心一期工程投产,新增智能算力规模"),
        Rel("/keji/2025/0305/77048.html", "算力券政策落地 首批企业获补贴",
            "中国产经观察消息:东陵市首批“算力券”日前兑现,23家企业共获得补贴"),
        Rel("//www.shuzi-chanjing.test/keji/2025/0226/76951.html", "数据要素市场建设提速 多地成立数据交易机构",
            "中国产经观察消息:数据要素市场建设步伐加快,今年以来已有多个城市成立数据交易机构"),
    ]  # fmt: skip
    rel_html = "\n".join(
        f'<article class="rel-item"><a href="{r.href}" class="rel-pic"><img src="/static/upload/r{i}.webp" alt=""></a>'
        f'<h3><a href="{r.href}">{esc(sk(r.title))}</a></h3><p>{esc(sk(r.summary or ""))}... <a href="{r.href}" class="more">[{sk("阅读")}]</a></p></article>'
        for i, r in enumerate(related, 1)
    )
    page = f"""<!doctype html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(sk(title))}｜{esc(sk("数字产经"))}</title>
</head>
<body class="page-article">
<header class="g-header"><a href="/" class="g-logo">{sk("数字产经")}</a></header>
<nav class="crumbs" aria-label="breadcrumb">{crumbs_html(sk, crumbs, ["/", "/keji/", "/keji/szjj/"], " › ")}</nav>
<main class="g-main">
<article class="post">
<header class="post-head">
<h1 class="post-title">{esc(sk(title))}</h1>
<div class="post-meta"><time>2025-03-18 11:20</time> <span class="src">{sk("来源")}：{sk("中国产经观察")}</span> <span class="views">{sk("阅读")} 5127</span></div>
</header>
<section class="post-body">
{render(sk, body)}
</section>
<footer class="post-foot"><p class="credit">{sk("编辑")}：{sk("夏雨晴")} | {sk("审核")}：{sk("闫立峰")}</p></footer>
</article>
<section class="related"><h2>{sk("相关新闻")}</h2>
{rel_html}
</section>
</main>
<footer class="g-footer">&copy; 2025 {sk("数字产经")}</footer>
</body>
</html>
"""
    expected = record(
        url, article_id="77205", title=title, source="中国产经观察",
        published_at=iso(2025, 3, 18, 11, 20), body=body, clicks=5127,
        editor="夏雨晴", reviewer="闫立峰", breadcrumbs=crumbs, category="数字经济", related=related,
    )  # fmt: skip
    return Page("12-html5-fullwidth-pinyin", url, page, expected, sk)


# --- 13: Big5 mirror, tone-number pinyin, trail without a label, 终审 --------------------------------------------


def page_13() -> Page:
    sk = Skin("s2tw", rate=0.2, style="tone3", seed=13)
    url = "http://www.dahua-jingji.test/news/20250128/5517.html"
    title = "产经观察:智能制造示范工厂名单公布 本地三家企业入选"
    crumbs = ["首页", "科技", "智能制造"]
    counter = "/e/public/ViewClick/?classid=2&amp;id=5517"
    body: list[Block] = [
        "中国产经观察消息:日前,新一批智能制造示范工厂名单公布,本地三家企业入选,入选数量创历年新高。",
        "三家入选企业分别来自汽车零部件、纺织和电子元件行业。其中,一家汽车零部件企业建成了覆盖冲压、焊接、涂装的数字化车间,生产线上的工业机器人超过400台,产品不良率下降了40%。",
        "另一家纺织企业通过引入智能排产系统和自动络筒设备,把交货周期从原来的25天缩短到15天。企业负责人说,以前车间里一半的工人在搬运纱线,现在这项工作全部交给了自动导引车。",
        "市工业和信息化局表示,将对入选企业给予资金奖励,并组织企业开展经验交流,带动更多中小企业推进数字化改造。",
    ]
    related = [
        Rel("/news/20250122/5470.html", "产经观察:工业机器人密度持续提升", note="2025-01-22"),
        Rel("/news/20250116/5431.html", "中小企业数字化转型试点城市名单公布", note="2025-01-16"),
        Rel("http://www.dahua-jingji.test/news/20250109/5389.html", "产经观察:5G工厂建设加快推进", note="2025-01-09"),
    ]  # fmt: skip
    rel_html = "\n".join(
        f'<li><span class="date">{r.note}</span><a href="{r.href}" target="_blank">{esc(sk(r.title))}</a></li>'
        for r in related
    )
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{esc(sk(title))}</title>
<link rel="stylesheet" href="/skin/dh/main.css" type="text/css">
</head>
<body>
<div id="top"><a href="/"><img src="/skin/dh/logo.jpg" border="0"></a></div>
<div id="position">{crumbs_html(sk, crumbs, ["/", "/news/keji/", "/news/keji/zn/"], " &gt;&gt; ")}</div>
<div id="newsview">
<div class="biaoti">{esc(sk(title))}</div>
<div class="laiyuan">{sk("来源")}：{sk("中国产经观察")}&nbsp;&nbsp;{sk("发布日期")}：2025-01-28&nbsp;&nbsp;{sk("点击")}：<script src="{counter}"></script></div>
<div class="zhengwen">
{render(sk, body, para="<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>")}
</div>
<div class="zeren">{sk("责任编辑")}：{sk("蔡文博")}　{sk("终审")}：{sk("杜鹏飞")}</div>
<div class="xiangguan"><h3>{sk("相关新闻")}</h3><ul>
{rel_html}
</ul></div>
</div>
<div id="bottom">{sk("大华经济")}</div>
</body>
</html>
"""
    expected = record(
        url, article_id="5517", title=title, source="中国产经观察",
        published_at=iso(2025, 1, 28), body=body, counter_src=counter,
        editor="蔡文博", reviewer="杜鹏飞", breadcrumbs=crumbs, category="智能制造", related=related,
    )  # fmt: skip
    return Page("13-big5-tone-numbers", url, page, expected, sk, encoding="big5")


# --- 14: body in <div>s, info with ` | `, editor row and related list in tables ----------------------------------


def page_14() -> Page:
    sk = Skin("s2t", rate=0.2, seed=14)
    url = "http://www.gyyq-news.test/yuanqu/2025/0305/17764.html"
    title = "产经观察:临港新区生物医药产业园新增企业41家"
    crumbs = ["首页", "产经", "园区建设"]
    counter = "http://www.gyyq-news.test/plus/count.php?view=yes&aid=17764&mid=1"
    body: list[Block] = [
        "中国产经观察消息:记者从临港新区管委会获悉,今年前两个月,新区生物医药产业园新增注册企业41家,其中研发型企业29家,新增企业数量接近去年全年的一半。",
        "产业园负责人介绍,园区建成了公共实验平台、动物实验中心和中试生产基地,初创企业可以按需租用设备,不必一开始就投入大笔资金购买仪器。目前公共实验平台已向入园企业开放各类设备210台套。",
        "一家从事基因检测试剂研发的企业创始人罗晓彤说,企业从注册到进入中试只用了8个月,“如果自己建实验室,至少要多花两年时间。”",
        "据悉,新区今年将启动产业园三期建设,新增标准厂房12万平方米,并设立生物医药专项基金,重点支持创新药和高端医疗器械项目。",
    ]
    related = [
        Rel("/yuanqu/2025/0227/17690.html", "产经观察:医疗器械创新服务站在新区揭牌",
            "中国产经观察消息:2月26日,医疗器械创新服务站在临港新区揭牌,将为企业提供产品注册"),
        Rel("/yuanqu/2025/0220/17615.html", "新区出台支持创新药发展十条措施",
            "中国产经观察消息:为加快创新药产业发展,临港新区日前出台十条支持措施,对进入临床试验"),
        Rel("http://www.gyyq-news.test/touzi/2025/0214/17548.html", "产经观察:生物医药产业基金完成首期募集",
            "中国产经观察消息:临港新区生物医药产业基金日前完成首期募集,规模"),
    ]  # fmt: skip
    rel_rows = "\n".join(
        f'<tr><td class="xg-t"><a href="{r.href}" target="_blank">{esc(sk(r.title))}</a></td></tr>\n'
        f'<tr><td class="xg-s">{esc(sk(r.summary or ""))}...<a href="{r.href}" target="_blank">[{sk("详细")}]</a></td></tr>'
        for r in related
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(sk(title))}_{esc(sk("园区建设"))}_{esc(sk("工业园区网"))}</title>
</head>
<body>
<div class="toplogo"><img src="/skin/yq/logo.png" alt=""></div>
<div class="sitepath">{sk("当前位置")}：{crumbs_html(sk, crumbs, ["/", "/chanjing/", "/yuanqu/"], " &raquo; ")}</div>
<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0" class="maintable">
<tr><td class="lcol" valign="top">
<div class="newstitle">{esc(sk(title))}</div>
<div class="newsinfo">{sk("日期")}：2025-03-05 09:30:00 &nbsp;|&nbsp; {sk("来源")}：{sk("中国产经观察")} &nbsp;|&nbsp; {sk("点击")}：<script src="{counter}"></script></div>
<div class="newscontent">
{render(sk, body, para="<div>　　{}</div>")}
</div>
<table width="100%" class="edtable"><tr><td align="right">{sk("编辑")}：{sk("邵佳琪")}&nbsp;&nbsp;{sk("审核")}：{sk("袁志刚")}</td></tr></table>
<table width="100%" class="xgtable">
<tr><th align="left">{sk("相关新闻")}</th></tr>
{rel_rows}
</table>
</td></tr>
</table>
<div class="copyright">{sk("工业园区网")} {sk("版权所有")}</div>
</body>
</html>
"""
    expected = record(
        url, article_id="17764", title=title, source="中国产经观察",
        published_at=iso(2025, 3, 5, 9, 30), body=body, counter_src=counter,
        editor="邵佳琪", reviewer="袁志刚", breadcrumbs=crumbs, category="园区建设", related=related,
    )  # fmt: skip
    return Page("14-div-body-table-related", url, page, expected, sk)


# --- 15: seed-like mirror with many `?` marks -----------------------------------------------------------------


def page_15() -> Page:
    sk = Skin("s2tw", rate=0.3, seed=15)
    url = "http://www.hualian-caijing.test/2025/0110/601877.shtml"
    title = "产经观察:全省新增国家级专精特新“小巨人”企业87家"
    crumbs = ["首页", "产经", "地方新闻", "查看详情"]
    body: list[Block] = [
        "中国产经观察消息:记者从省工业和信息化厅获悉,第六批国家级专精特新“小巨人”企业名单日前公布,全省新增87家企业入选,累计数量达到412家。",
        "从行业分布看,新入选企业主要集中在高端装备、新材料和电子信息领域,其中超过六成企业的主导产品填补了国内空白或实现了进口替代。这些企业平均研发投入强度达到7.2%,户均拥有发明专利21项。",
        "近年来,全省建立了优质中小企业梯度培育体系,对新认定的国家级专精特新“小巨人”企业给予一次性奖励,并在融资担保、人才引进和市场开拓等方面提供专项服务。",
        "省工业和信息化厅中小企业处负责人表示,下一步将推动“小巨人”企业与行业龙头企业开展供需对接,帮助更多企业融入大企业供应链。(何文轩)",
    ]
    damage = {
        0: (("厅获", "q"),),
        1: (("企业主要", "lead"), ("填补", "qq"), ("投入强度", "q")),
        2: (("梯度", "qq"), ("场开", "lead")),
        3: (("供需", "q"),),
    }
    related = [
        Rel("/2025/0108/601802.shtml", "产经观察:中小企业数字化服务商遴选结果公布",
            "中国产经观察消息:日前,省工业和信息化厅公布中小企业数字化转型服务商遴选结果,58家服务商入围。入围服务商将为中小企业提供诊断评估、",
            damage=(("遴选结果", "qq"),)),
        Rel("/2025/0105/601733.shtml", "产经观察:专精特新企业专属信贷产品发布",
            "中国产经观察消息:1月4日,多家银行联合发布专精特新企业专属信贷产品,对符合条件的企业提供信用贷款,最高额度"),
        Rel("http://www.hualian-caijing.test/2024/1229/601650.shtml", "新材料产业集群入选国家先进制造业集群",
            "中国产经观察消息:日前,工业和信息化部公布新一批国家先进制造业集群名单,全省新材料产业集群"),
    ]  # fmt: skip
    rel_html = "\n".join(
        f'<li><a href="{r.href}" class="pic"><img src="/uploads/thumb/{i}.jpg" alt="{attr(sk(r.title))}"></a>\n'
        f'<h3><a href="{r.href}">{esc(sk(r.title))}</a></h3>\n'
        f'<p>{esc(sk(r.summary or "", damage=r.damage))}... <a href="{r.href}">[{sk("阅读")}]</a></p></li>'
        for i, r in enumerate(related, 1)
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(sk(title))} - {esc(sk("中国产经观察"))}</title>
</head>
<body>
<div class="header"><div class="logo"><a href="/"><img src="/skin/images/logo.png" alt=""></a></div></div>
<div class="wrap">
<div class="weizhi">{sk("当前位置")}: {crumbs_html(sk, crumbs, ["/", "/chanjing/", "/chanjing/difang/", None], "  &gt;&gt; ")}</div>
<h1 class="tit">{esc(sk(title))}</h1>
<div class="xinxi">{sk("来源")}: {sk("中国产经观察")} &nbsp; {sk("日期")}:2025-01-10 17:45:03 &nbsp;{sk("点击")}:12873 </div>
<div class="neirong">
{render(sk, body, para="<p>&nbsp; &nbsp;{}</p>", damage=damage)}
</div>
<div class="bianji"><p>{sk("编辑")}:{sk("丁一凡")}</p><p>{sk("审核")}:{sk("常玉洁")}</p></div>
<div class="related"><h2>{sk("相关新闻")}</h2>
<ul>
{rel_html}
</ul></div>
</div>
<div class="footer"><p>Copyright &copy; 2016-2025 {sk("华联财经")}</p></div>
</body>
</html>
"""
    expected = record(
        url, article_id="601877", title=title, source="中国产经观察",
        published_at=iso(2025, 1, 10, 17, 45, 3), body=body, clicks=12873,
        editor="丁一凡", reviewer="常玉洁", breadcrumbs=crumbs, category="地方新闻", related=related,
    )  # fmt: skip
    return Page("15-question-mark-damage", url, page, expected, sk)


# --- 16: minimal mirror: other outlet as source, date alone, no clicks, no credits, no related list --------------


def page_16() -> Page:
    sk = Skin("s2tw", rate=0.1, seed=16)
    url = "http://www.xiangcun-jingji.test/html/nongye/2025/0124/9034.html"
    title = "产经观察:东坪村光伏大棚种出“致富菜”"
    crumbs = ["首页", "农业", "详情"]
    body: list[Block] = [
        "走进东坪村的光伏农业大棚,棚顶整齐铺设着光伏板,棚内的生菜、芹菜长势正旺。村党支部书记林海燕介绍,这片大棚占地120亩,上面发电、下面种菜,一块地产生两份收益。",
        "大棚由一家新能源企业投资建设,村集体以土地入股,每年可获得租金和发电分红约46万元。棚内种植则交给村里的蔬菜合作社经营,优先雇用本村脱贫户和留守妇女。",
        "“在家门口上班,一个月能挣3000多元,还能照顾老人孩子。”正在采收生菜的村民梁秀英说。目前,大棚常年吸纳本村劳动力60余人。",
        "林海燕说,下一步村里打算发展绿色蔬菜配送,把大棚里的蔬菜直接送进县城的学校和机关食堂。",
    ]
    hot = [
        ("/html/nongye/2025/0123/9021.html", "产经观察:冬春蔬菜供应充足价格平稳"),
        ("/html/nongye/2025/0120/8990.html", "山区茶园冬季管护忙"),
        ("/html/xiangcun/2025/0118/8972.html", "村级光伏电站收益分配有了新办法"),
    ]
    hot_html = "\n".join(f'<li><a href="{h}">{esc(sk(t))}</a></li>' for h, t in hot)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(sk(title))}_{esc(sk("乡村经济网"))}</title>
</head>
<body>
<div class="top"><a href="/">{sk("乡村经济网")}</a></div>
<div class="wz">{sk("您现在的位置")}：{crumbs_html(sk, crumbs, ["/", "/html/nongye/", None], " &gt; ")}</div>
<div class="leftbox">
<h1>{esc(sk(title))}</h1>
<div class="infos">{sk("来源")}：{sk("华南农经报")}　{sk("日期")}：2025-01-24</div>
<div class="txt">
{render(sk, body, para="<p>　　{}</p>")}
</div>
<div class="sxp">{sk("上一篇")}：<a href="/html/nongye/2025/0123/9021.html">{sk("冬春蔬菜供应充足价格平稳")}</a></div>
</div>
<div class="rightbox"><div class="tit">{sk("热门排行")}</div><ul>
{hot_html}
</ul></div>
<div class="foot">{sk("乡村经济网")}</div>
</body>
</html>
"""
    expected = record(
        url, article_id="9034", title=title, source="华南农经报",
        published_at=iso(2025, 1, 24), body=body, breadcrumbs=crumbs, category="农业",
    )  # fmt: skip
    return Page("16-minimal-other-source", url, page, expected, sk)


# --- 17: category list page of a mirror (not an article) ------------------------------------------------------


def page_17() -> Page:
    sk = Skin("s2tw", rate=0.2, seed=17)
    url = "http://www.zhongxin-caijing.test/html/list_3_2.html"
    items = [
        ("/2025/0117/708190.shtml", "产经观察:开年首月新增市场主体同比增长8%", "中国产经观察消息:记者从市场监管部门获悉,1月份全省新增各类经营主体9.6万户,同比增长8%", "2025-01-17", 2310),
        ("/2025/0116/708133.shtml", "多地推出消费券助力年货市场", "中国产经观察消息:春节临近,多地推出家电、餐饮和文旅消费券,带动年货市场升温", "2025-01-16", 1872),
        ("/2025/0115/708077.shtml", "产经观察:县域银行网点加快适老化改造", "中国产经观察消息:为方便老年客户办理业务,县域银行网点加快推进适老化改造", "2025-01-15", 964),
        ("/2025/0114/708020.shtml", "小微企业首贷户数量持续增加", "中国产经观察消息:去年以来,金融机构持续加大首贷培育力度,小微企业首贷户数量稳步增加", "2025-01-14", 1405),
        ("/2025/0113/707981.shtml", "产经观察:绿色债券发行规模创新高", "中国产经观察消息:2024年全省企业绿色债券发行规模创历史新高,募集资金主要投向清洁能源", "2025-01-13", 1127),
        ("/2025/0111/707902.shtml", "供应链金融平台服务中小企业超万家", "中国产经观察消息:省级供应链金融服务平台上线两年来,累计服务中小企业超过一万家", "2025-01-11", 876),
    ]  # fmt: skip
    lis = "\n".join(
        f'<li><h3><a href="{h}">{esc(sk(t))}</a></h3><p>{esc(sk(s))}...</p><span class="date">{d}</span><span class="hits">{sk("点击")}:{n}</span></li>'
        for h, t, s, d, n in items
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{sk("财经")}_{esc(sk("中国产经观察"))}</title>
</head>
<body>
<div class="top"><a href="/"><img src="/skin/logo.png" alt=""></a></div>
<div class="weizhi">{sk("当前位置")}: <a href="/">{sk("首页")}</a> &gt;&gt; <a href="/html/list_3_1.html">{sk("财经")}</a></div>
<div class="listbox"><ul class="list">
{lis}
</ul>
<div class="pages"><a href="/html/list_3_1.html">{sk("首页")}</a> <a href="/html/list_3_1.html">{sk("上一页")}</a> <a href="/html/list_3_1.html">1</a> <b>2</b> <a href="/html/list_3_3.html">3</a> <a href="/html/list_3_3.html">{sk("下一页")}</a> <a href="/html/list_3_18.html">{sk("末页")}</a></div>
</div>
<div class="foot">{sk("关于我们")} | {sk("联系方式")}</div>
</body>
</html>
"""
    return Page("17-list-page", url, page, {"url": url, "error": True}, sk)


# --- 18: site search results page (not an article) -------------------------------------------------------------


def page_18() -> Page:
    sk = Skin()
    url = "http://www.chanjingguancha.test/plus/search.php?kwtype=0&q=%E5%82%A8%E8%83%BD&searchtype=titlekeyword"
    items = [
        ("/html/2025/0128/21466.html", "产经观察:北溪<font color='red'>储能</font>电站二期工程全容量并网", "1月26日,位于北溪镇的北溪储能电站二期工程全容量并网运行。二期工程新增储能规模200兆瓦", "2025-01-28", 1208),
        ("/html/2025/0110/21290.html", "产经观察:新型<font color='red'>储能</font>参与电力现货市场交易规则出台", "日前,省能源局印发新型储能参与电力现货市场交易实施细则,明确独立储能电站可作为市场主体", "2025-01-10", 3391),
        ("/html/2024/1221/21007.html", "共享<font color='red'>储能</font>电站并网运行", "共享储能电站在工业园区并网运行,为周边新能源场站提供调峰服务", "2024-12-21", 2047),
    ]  # fmt: skip
    dls = "\n".join(
        f'<dl><dt><a href="{h}">{t}</a></dt><dd><p>{esc(s)}...</p></dd><dd><span>日期：{d}</span> <span>点击：{n}</span></dd></dl>'
        for h, t, s, d, n in items
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>搜索结果_中国产经观察</title>
<link rel="stylesheet" href="/templets/cjgc/css/main.css">
</head>
<body>
<div class="top"><div class="w1200"><a href="/" class="logo"><img src="/templets/cjgc/images/logo.png" alt="中国产经观察"></a></div></div>
<div class="w1200 crumb">您现在的位置：<a href="/">首页</a> &gt; 搜索结果</div>
<div class="w1200">
<form action="/plus/search.php" class="search-form"><input name="q" value="储能"><button>搜索</button></form>
<div class="search-count">搜索 <b>储能</b> 的结果，共找到 <b>3</b> 条记录，用时 0.012 秒</div>
<div class="resultlist">
{dls}
</div>
<div class="pages">共1页/3条记录</div>
</div>
<div class="foot">Copyright &copy; 2016-2025 中国产经观察 版权所有</div>
</body>
</html>
"""
    return Page("18-search-page", url, page, {"url": url, "error": True}, sk)


PAGES = [
    page_01, page_02, page_03, page_04, page_05, page_06, page_07, page_08, page_09,
    page_10, page_11, page_12, page_13, page_14, page_15, page_16, page_17, page_18,
]  # fmt: skip


# --- checks and output --------------------------------------------------------------------------------------


def labels(exp: dict) -> list[str]:
    out = [exp[k] for k in ("title", "source", "editor", "reviewer") if exp[k]]
    out += exp["breadcrumbs"] or []
    out += exp["body"].split("\n")
    for item in exp["related"] or []:
        out.append(item["title"])
        if item["summary"]:
            out.append(item["summary"])
    return out


def check(page: Page) -> None:
    exp, sk = page.expected, page.skin
    if exp.get("error"):
        return
    crumbs = exp["breadcrumbs"]
    if crumbs is None:
        assert exp["category"] is None, page.name
    else:
        candidates = [c for c in crumbs if c not in NOT_CATEGORY and c != exp["title"]]
        assert exp["category"] == (candidates[-1] if candidates else None), page.name
    assert exp["clicks"] is None or exp["click_counter_url"] is None, page.name
    for line in exp["body"].split("\n"):
        assert line and line == line.strip(" \u3000\xa0\t"), (page.name, line)
    for text in labels(exp):
        assert T2S.convert(text) == text, (page.name, "not simplified", text)
        if sk.conv:
            assert BACK[sk.conv].convert(CONVERT[sk.conv].convert(text)) == text, (
                page.name,
                "round trip",
                text,
            )
        forms = sk.forms.get(text, []) + page.aliases.get(text, [])
        if not sk.conv and not sk.insert:
            forms.append(text)
        assert any(esc(f) in page.html or attr(f) in page.html for f in forms), (
            page.name,
            "not printed",
            text,
        )
        for form in sk.forms.get(text, []):
            if form in sk.damaged:
                assert "?" in form and form != text, (page.name, form)
            else:
                assert sk.undo(form) == text, (page.name, "undo", form, text)
    for f in ("images",):
        assert exp[f] is None or all(u.startswith("http") for u in exp[f]), page.name
    for item in exp["related"] or []:
        assert item["url"].startswith("http"), page.name
        assert not (item["summary"] or "").endswith(("…", "...")), page.name


def main() -> None:
    pages_dir, expected_dir = HERE / "pages", HERE / "expected"
    pages_dir.mkdir(exist_ok=True)
    expected_dir.mkdir(exist_ok=True)
    names = set()
    for make in PAGES:
        page = make()
        check(page)
        names.add(page.name)
        data = page.html.encode(page.encoding)  # strict: every character must be encodable
        assert data.decode(page.encoding) == page.html, page.name
        (pages_dir / f"{page.name}.html").write_bytes(data)
        text = json.dumps(page.expected, ensure_ascii=False, indent=2) + "\n"
        (expected_dir / f"{page.name}.json").write_bytes(text.encode("utf-8"))
    for stale in [*pages_dir.glob("*.html"), *expected_dir.glob("*.json")]:
        if stale.stem not in names:
            stale.unlink()
    print(f"{len(names)} pages written to {pages_dir} and {expected_dir}")


if __name__ == "__main__":
    main()
