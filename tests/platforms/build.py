"""Build the platform / finance evaluation pages and their expected records from one set of values per page.

Run: python tests/platforms/build.py   (rewrites pages/ and expected/; the output is deterministic)

Every page function below holds the values a reader labels (headline, paragraphs, labels, hrefs and srcs as
written) and renders them into the page's own markup; the expected record is derived from the same values,
so page and record cannot disagree. Conventions: tests/families/README.md and tests/portals/README.md, with
the further readings for content platforms and finance sites listed in tests/platforms/README.md.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urljoin

import opencc

HERE = Path(__file__).parent

T2S = opencc.OpenCC("t2s")

CST = timezone(timedelta(hours=8))

# Crumbs that never name the category (conventions, `category`).
NOT_CATEGORY = {"首页", "主页", "网站首页", "查看详情", "正文", "详情", "内容", "当前位置", "文章详情"}


# --- values -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Img:
    """An image inside the body: `src` is the image's real address as written in the page (for a lazy image
    the `data-src` / `data-original` / `data-actualsrc` / `real_src` value, not the placeholder); the record
    resolves it against the page URL."""

    src: str


@dataclass(frozen=True)
class Cap:
    """An image caption printed as a paragraph (body text)."""

    text: str


@dataclass(frozen=True)
class Sub:
    """A subheading printed inside the body (body text)."""

    text: str


@dataclass(frozen=True)
class Table:
    """A table inside the body: one body line per row, cells separated by a tab."""

    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Raw:
    """Markup inside the content container that carries no body text (a banner, an ad, a QR code, a
    disclaimer, a repeated headline)."""

    markup: str


Block = str | Img | Cap | Sub | Table | Raw


@dataclass(frozen=True)
class Rel:
    """One item of a related list: href as written, title, excerpt (None when the page prints none)."""

    href: str
    title: str
    summary: str | None = None
    note: str = ""  # a date, time, outlet or institution printed beside the item (not a summary)


@dataclass
class Page:
    name: str
    url: str
    html: str
    expected: dict
    encoding: str = "utf-8"
    newline: str = "\n"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def fill(template: str, **values: str) -> str:
    """Replace each @@KEY@@ marker; every marker must be given and used (templates keep JS braces as is)."""
    for key, value in values.items():
        marker = f"@@{key.upper()}@@"
        assert marker in template, marker
        template = template.replace(marker, value)
    assert "@@" not in template, template[template.index("@@") : template.index("@@") + 40]
    return template


def body_lines(blocks: list[Block]) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, str):
            lines.append(block)
        elif isinstance(block, Cap | Sub):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend("\t".join(row) for row in block.rows)
    return lines


def cst(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=CST)


def record(
    url: str,
    *,
    article_id: str,
    title: str,
    source: str | None,
    published_at: datetime,
    body: list[Block],
    clicks: int | None = None,
    counter_src: str | None = None,
    editor: str | None = None,
    reviewer: str | None = None,
    breadcrumbs: list[str] | None = None,
    category: str | None = None,
    related: list[Rel] | None = None,
) -> dict:
    """The expected record; hrefs and srcs are given as written in the page and resolved here."""
    images = [urljoin(url, html.unescape(b.src)) for b in body if isinstance(b, Img)]
    return {
        "url": url,
        "article_id": article_id,
        "title": title,
        "source": source,
        "published_at": published_at.isoformat(),
        "clicks": clicks,
        "click_counter_url": urljoin(url, html.unescape(counter_src)) if counter_src else None,
        "editor": editor,
        "reviewer": reviewer,
        "category": category,
        "breadcrumbs": breadcrumbs,
        "body": "\n".join(body_lines(body)),
        "images": images or None,
        "related": [
            {"url": urljoin(url, html.unescape(r.href)), "title": r.title, "summary": r.summary}
            for r in related
        ]
        if related
        else None,
    }


def table_html(table: Table, cls: str = "data-table", head: bool = True) -> str:
    rows = []
    for i, row in enumerate(table.rows):
        tag = "th" if head and i == 0 else "td"
        cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in row)
        rows.append(f"<tr>{cells}</tr>")
    return (
        f'<table class="{cls}" border="0" cellspacing="0" cellpadding="0">\n<tbody>\n'
        + "\n".join(rows)
        + "\n</tbody>\n</table>"
    )


def render(
    blocks: list[Block],
    para: str = "<p>{}</p>",
    img: str = '<p style="text-align:center"><img src="{}" alt=""></p>',
    cap: str = '<p style="text-align:center">{}</p>',
    sub: str = "<p><strong>{}</strong></p>",
    table: Callable[[Table], str] = table_html,
    text: Callable[[str], str] = esc,
) -> str:
    out = []
    for block in blocks:
        if isinstance(block, Img):
            out.append(img.format(block.src))
        elif isinstance(block, Cap):
            out.append(cap.format(esc(block.text)))
        elif isinstance(block, Sub):
            out.append(sub.format(esc(block.text)))
        elif isinstance(block, Table):
            out.append(table(block))
        elif isinstance(block, Raw):
            out.append(block.markup)
        else:
            out.append(para.format(text(block)))
    return "\n".join(out)


def links(
    items: list[tuple[str, str]],
    tpl: str = '<li><a href="{}" target="_blank">{}</a></li>',
    indent: str = "        ",
) -> str:
    return "\n".join(indent + tpl.format(href, esc(text)) for href, text in items)


def numbered(prefix: str, first: int, step: int, suffix: str, titles: list[str]) -> list[tuple[str, str]]:
    """Sidebar items: invented hrefs `prefix + number + suffix` for the given headlines."""
    return [(f"{prefix}{first - i * step}{suffix}", t) for i, t in enumerate(titles)]


# Headlines for sidebars, feeds and rankings (invented).
SIDE = [
    "东州港一季度集装箱吞吐量同比增长9%",
    "多家银行下调大额存单利率",
    "江川新区新增专精特新企业14家",
    "光伏组件价格企稳 龙头企业排产回升",
    "县域商业体系建设进入提速期",
    "北原省出台支持民营经济二十条措施",
    "五月制造业采购经理指数回落至荣枯线附近",
    "公募基金年内分红超八百亿元",
    "新能源重卡销量创单月新高",
    "东州证券交易所发布上市公司可持续发展指引",
    "石湾县预制菜产业园首批企业投产",
    "云岭茶叶出口订单排到三季度",
    "锂电材料价格连续三周下跌",
    "临川机场新开两条国际货运航线",
    "可转债市场扩容 年内发行规模同比增长",
    "江城地铁四号线二期开通运营",
    "银行理财规模重回二十七万亿元",
    "储能电池出货量同比增长超六成",
    "东州自贸片区跨境人民币结算额增长两成",
    "家电企业加码海外产能布局",
    "保险资金权益投资比例稳步提升",
    "青禾县电商直播基地带动就业三千人",
    "数据中心绿电交易规模扩大",
    "多地公积金贷款额度上调",
    "南湖省夏粮收购进度快于上年",
    "船舶制造业新接订单保持高位",
    "上市公司回购金额年内创新高",
    "海上风电项目集中开工",
    "农村居民人均可支配收入增长6.8%",
    "东州银行发行首单绿色金融债",
    "风电整机价格战趋缓",
    "一批“小巨人”企业冲刺北交所",
    "江川港铁矿石库存连续回落",
    "氢能重卡示范线路开通",
    "北向资金单日净买入超五十亿元",
    "黄金价格高位震荡 金饰消费降温",
    "五月汽车经销商库存系数回升",
    "医保目录调整工作方案公布",
    "新型工业化示范区名单出炉",
    "期货市场成交额同比增长一成",
]


# --- page furniture: site maps, friendly links, statistics (no labelled text) ------------------------------

FINANCE_GROUPS = [
    ("财经", [("yaowen", "要闻"), ("hongguan", "宏观"), ("chanjing", "产经"), ("gongsi", "公司"), ("difang", "地方"), ("guoji", "国际")]),
    ("证券", [("gupiao", "股票"), ("xingu", "新股"), ("zhaiquan", "债券"), ("qihuo", "期货"), ("waihui", "外汇"), ("huangjin", "黄金")]),
    ("理财", [("jijin", "基金"), ("yinhang", "银行"), ("baoxian", "保险"), ("xintuo", "信托"), ("licai", "理财"), ("shoucang", "收藏")]),
    ("数据", [("hangqing", "行情"), ("zijin", "资金流向"), ("longhu", "龙虎榜"), ("yanbao", "研报"), ("gonggao", "公告"), ("caibao", "财报")]),
]  # fmt: skip

FRIENDS = [
    ("东州财经网", "https://www.dzcaijing.test/"), ("江川证券", "https://www.jczq.test/"),
    ("北原金融网", "https://www.beiyuanjr.test/"), ("南湖基金", "https://www.nanhufund.test/"),
    ("云岭期货", "https://www.yunlingqh.test/"), ("临川财讯", "https://www.linchuancx.test/"),
    ("石湾商报", "https://www.shiwanshb.test/"), ("青禾理财", "https://www.qinghelc.test/"),
]  # fmt: skip


def sitemap(base: str, cls: str = "sitemap") -> str:
    rows = []
    for group, items in FINANCE_GROUPS:
        cells = " ".join(f'<a href="{base}/{slug}/">{esc(name)}</a>' for slug, name in items)
        rows.append(f"    <dl><dt>{esc(group)}</dt><dd>{cells}</dd></dl>")
    return f'<div class="{cls}">\n' + "\n".join(rows) + "\n</div>"


def friends(title: str = "友情链接") -> str:
    cells = "\n".join(f'    <a href="{h}" target="_blank">{esc(n)}</a>' for n, h in FRIENDS)
    return f'<div class="friend-links">\n  <span class="fl-title">{esc(title)}：</span>\n{cells}\n</div>'


def stat_script(site: str, host: str) -> str:
    return fill(
        """<script type="text/javascript">
(function (win, doc) {
  var site = "@@SITE@@";
  win.shareTo = function (target) {
    var url = encodeURIComponent(location.href), title = encodeURIComponent(doc.title);
    var map = {
      weibo: "https://share.weibo.test/share?url=" + url + "&title=" + title,
      qzone: "https://share.qzone.test/share?url=" + url + "&title=" + title
    };
    if (map[target]) { win.open(map[target], "_blank", "width=640,height=480"); }
  };
  var s = doc.createElement("script");
  s.async = true;
  s.src = "https://@@HOST@@/stat.js?site=" + site + "&r=" + Math.random();
  var first = doc.getElementsByTagName("script")[0];
  first.parentNode.insertBefore(s, first);
})(window, document);
</script>""",
        site=site,
        host=host,
    )


def quote_bar() -> str:
    """An index quote strip printed at the top of finance pages (numbers only, no labelled text)."""
    quotes = [("上证指数", "3086.81", "+0.27%"), ("深证成指", "9405.18", "-0.12%"), ("创业板指", "1803.42", "+0.35%"),
              ("东州50", "2461.07", "+0.58%"), ("恒生指数", "18403.04", "-0.21%"), ("美元/人民币", "7.2418", "+0.02%")]  # fmt: skip
    cells = "\n".join(
        f'    <li><span class="n">{n}</span><span class="p">{p}</span><span class="{"up" if c.startswith("+") else "down"}">{c}</span></li>'
        for n, p, c in quotes
    )
    return f'<div class="quote-bar">\n  <ul>\n{cells}\n  </ul>\n</div>'


# --- 01: WeChat public-account article: #js_content, rich_media_title, date only in the `ct` script variable -----


def page_01() -> Page:
    url = "https://mp.weixin-demo.test/s/Qz7tKp2VbN4xR8cLmA1uYw"
    title = "县域储能电站“抢装潮”背后：一笔收益账怎么算"
    account = "东岸财经观察"
    editor, reviewer = "何晓岚", "罗一鸣"
    published = cst(2024, 5, 9, 21, 30)
    ct = int(published.timestamp())
    mmbiz = "https://mmbiz.wxdemo.test"
    para = (
        '<p style="margin-bottom: 16px;line-height: 1.75em;text-align: justify;"><span style="font-size: 15px;'
        'letter-spacing: 1px;color: rgb(62, 62, 62);">{}</span></p>'
    )
    img = (
        '<section style="text-align: center;margin-bottom: 8px;"><img class="rich_pages wxw-img" data-src="{}" '
        'data-ratio="0.6667" data-s="300,640" data-type="jpeg" data-w="1080" style="width: 100%;height: auto;"></section>'
    )
    cap = '<p style="text-align: center;margin-bottom: 16px;"><span style="font-size: 12px;color: rgb(136, 136, 136);">{}</span></p>'
    sub = (
        '<section style="margin: 24px 0 12px;text-align: center;"><p><strong><span style="font-size: 17px;'
        'color: rgb(0, 82, 155);">{}</span></strong></p></section>'
    )
    banner = Raw(
        '<section style="text-align: center;"><img class="rich_pages wxw-img __bg_gif" '
        f'data-src="{mmbiz}/mmbiz_gif/dA8xKq1TzQfollow/640?wx_fmt=gif" data-type="gif" data-w="640" '
        'style="width: 100%;"></section>\n'
        '<p style="text-align: center;"><span style="font-size: 12px;color: rgb(0, 82, 155);">点击蓝字 关注我们</span></p>'
    )
    body: list[Block] = [
        banner,
        "今年以来，东州省多个县域的独立储能电站集中开工。记者梳理公开信息发现，仅一季度，全省就有14个县域储能项目完成备案，"
        "合计规模超过1.8吉瓦时，不少项目从签约到开工只用了两三个月。",
        "“抢装”的热度背后，是储能电站收益模式的变化。多位业内人士告诉记者，过去独立储能主要靠容量租赁“吃饭”，如今现货市场试运行、"
        "调峰补偿标准调整，一座电站能挣几份钱、每份钱有多稳，成了投资方反复测算的问题。",
        Sub("一、收益从哪里来"),
        "以青禾县一座100兆瓦/200兆瓦时的储能电站为例，项目负责人韦志成给记者算了一笔账：电站约六成容量租给周边新能源场站，"
        "每年租金收入约2400万元；剩余容量参与电力现货市场，利用峰谷价差“低充高放”，去年试运行期间月均收益在150万元上下。",
        Img(f"{mmbiz}/mmbiz_jpg/dA8xKq1TzQ3bV7pLw2/640?wx_fmt=jpeg&amp;from=appmsg"),
        Cap("青禾县独立储能电站的电池舱。受访者供图"),
        "“租赁收入相对确定，现货收益看行情。”韦志成说，今年春季新能源大发，午间电价多次出现低谷，电站一天可以完成两次充放电，"
        "“但到了夏季用电高峰，价差会不会一直这么大，谁也不敢打包票。”",
        Sub("二、成本降了，风险还在"),
        "与两年前相比，储能电站的建设成本明显下降。据东州省能源研究会统计，一座2小时储能电站的单位造价已从每瓦时1.6元左右降至0.9元左右，"
        "这是不少投资方敢于“抢装”的重要原因。",
        "不过，成本下降并不意味着风险消失。东州大学能源经济研究所副研究员罗维表示，部分项目在测算收益时按满负荷调用、价差不变来估算，"
        "“这种算法偏乐观，一旦调用次数不及预期，投资回收期可能从七八年拉长到十年以上。”",
        Img(f"{mmbiz}/mmbiz_png/dA8xKq1TzQ9mC4nRt8/640?wx_fmt=png&amp;from=appmsg"),
        Cap("部分县域储能项目收益构成示意（记者据公开资料整理）"),
        Sub("三、县城为何积极"),
        "对县域来说，储能电站投资大、占地少，建成后还能带动新能源项目落地，是招商引资的“香饽饽”。石湾县发改局一位工作人员坦言，"
        "县里新能源指标的分配，往往和配套储能的建设进度挂钩。",
        "罗维建议，地方在引进储能项目时，应更多关注项目的并网条件和调度需求，避免“建而不用”；投资方也要把电池衰减、安全运维等成本算进去，"
        "“账算细了，抢装才不会变成抢跑。”",
    ]
    past = [
        (
            "https://mp.weixin-demo.test/s/Hn3cW8rYd2LpK5mQ0tVxZa",
            "一季度东州省新能源装机增长三成，消纳怎么办？",
        ),
        ("https://mp.weixin-demo.test/s/Tb6yG1uJk9EoP2sR4wCvXb", "电力现货市场试运行半年，这些变化值得关注"),
        ("https://mp.weixin-demo.test/s/Pq8mN5vLs3HaF7dK1zBnYc", "县城里的新能源“链主”企业"),
    ]
    past_html = "\n".join(
        f'<p style="margin-bottom: 8px;"><a href="{h}" textvalue="{attr(t)}" data-itemshowtype="0" target="_blank" '
        f'linktype="text" data-linktype="2">{esc(t)}</a></p>'
        for h, t in past
    )
    tail = Raw(
        '<p style="text-align: center;margin-top: 32px;"><span style="color: rgb(178, 178, 178);">— END —</span></p>\n'
        f'<p style="margin-top: 16px;"><span style="font-size: 13px;color: rgb(136, 136, 136);">编辑｜{editor}　审核｜{reviewer}</span></p>\n'
        '<section style="margin-top: 24px;border-top: 1px solid #eee;padding-top: 12px;"><p><strong>'
        '<span style="color: rgb(0, 82, 155);">往期推荐</span></strong></p>\n' + past_html + "\n</section>\n"
        f'<section style="text-align: center;margin-top: 24px;"><img class="rich_pages wxw-img" data-src="{mmbiz}/mmbiz_jpg/dA8xKq1TzQqrcode/640?wx_fmt=jpeg" '
        'data-type="jpeg" data-w="430" style="width: 160px;"></section>\n'
        '<p style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">长按二维码 关注我们</span></p>'
    )
    content = render(body + [tail], para=para, img=img, cap=cap, sub=sub)
    page = fill(
        TEMPLATE_01,
        title=esc(title),
        title_js=title.replace("'", "\\'"),
        account=esc(account),
        content=content,
        ct=str(ct),
        date=published.strftime("%Y-%m-%d"),
        mmbiz=mmbiz,
        url=url,
    )
    expected = record(
        url,
        article_id="Qz7tKp2VbN4xR8cLmA1uYw",
        title=title,
        source=account,
        published_at=published,
        body=body,
        editor=editor,
        reviewer=reviewer,
    )
    return Page("01-wechat-mp-article", url, page, expected)


TEMPLATE_01 = """<!DOCTYPE html>
<html class="">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<link rel="dns-prefetch" href="//res.wx-demo.test">
<link rel="dns-prefetch" href="//mmbiz.wxdemo.test">
<link rel="shortcut icon" type="image/x-icon" href="//res.wx-demo.test/a/wx_fed/assets/res/NTI4MWU5.ico">
<meta name="apple-mobile-web-app-capable" content="yes">
<meta name="apple-mobile-web-app-status-bar-style" content="black">
<meta name="format-detection" content="telephone=no">
<meta name="description" content="今年以来，东州省多个县域的独立储能电站集中开工。">
<meta name="author" content="许安然">
<meta property="og:title" content="@@TITLE@@">
<meta property="og:url" content="@@URL@@">
<meta property="og:image" content="@@MMBIZ@@/mmbiz_jpg/dA8xKq1TzQcover/0?wx_fmt=jpeg">
<meta property="og:description" content="今年以来，东州省多个县域的独立储能电站集中开工。">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<meta property="og:article:author" content="许安然">
<meta property="twitter:card" content="summary">
<title>@@TITLE@@</title>
<style>
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px;font-weight:500}
.rich_media_meta_list{margin-bottom:22px;line-height:20px;font-size:15px;word-wrap:break-word}
.rich_media_meta{display:inline-block;vertical-align:middle;margin:0 10px 10px 0}
.rich_media_meta_text{color:rgba(0,0,0,0.3)}
.rich_media_content{overflow:hidden;color:rgba(0,0,0,0.9);font-size:17px;word-wrap:break-word;text-align:justify;position:relative;z-index:0}
.rich_media_content *{max-width:100% !important;box-sizing:border-box !important}
.qr_code_pc_outer{position:fixed;left:0;right:0;top:0;color:#717375;text-align:center}
.weui-dialog{position:fixed;z-index:5000;top:50%;left:16px;right:16px;display:none}
.wx_profile_card_inner{padding:16px;background:#f7f7f7;border-radius:8px}
</style>
<script type="text/javascript" nonce="862159342">
var __wxjs_environment = "browser";
var appmsg_type = "9";
var ct = "@@CT@@";
var publish_time = "@@DATE@@" || "";
var create_time = "@@CT@@" * 1;
var biz = "MzA5NTI4MzQ1Ng==" || "";
var mid = "2651234567" || "";
var idx = "1" || "";
var sn = "3f1c8e2b9d7a4c65e0f1a2b3c4d5e6f7" || "";
var source = "0";
var user_name = "gh_3a7b9c1d2e4f";
var copyright_stat = "1";
var hd_head_img = "http://wx.qlogo-demo.test/mmhead/Q3auHgzwzM5Oe0j1Ae9vF2Vd2NmP3kXbL/0" || "";
var round_head_img = "http://mmbiz.wxdemo.test/mmbiz_png/dA8xKq1TzQhead/0?wx_fmt=png";
var msg_cdn_url = "@@MMBIZ@@/mmbiz_jpg/dA8xKq1TzQcover/0?wx_fmt=jpeg";
var msg_link = "@@URL@@";
var msg_source_url = 'https://www.dongan-data-demo.test/report/2024/storage-county.html';
function htmlDecode(str) { return str.replace(/&#39;/g, "'").replace(/<br\\s*(\\/)?\\s*>/g, "\\n").replace(/&nbsp;/g, " ").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&"); }
var nickname = htmlDecode("@@ACCOUNT@@");
var msg_title = '@@TITLE_JS@@';
var msg_desc = htmlDecode("今年以来，东州省多个县域的独立储能电站集中开工。");
</script>
<link rel="stylesheet" href="https://res.wx-demo.test/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.pc.7a1c3e.css">
</head>
<body id="activity-detail" class="zh_CN wx_wap_page wx_wap_desktop_fontsize_2 mm_appmsg discuss_tab appmsg_skin_default appmsg_style_default not_in_mm">
<div id="js_article" class="rich_media">
  <div id="js_top_ad_area" class="top_banner"></div>
  <div class="rich_media_inner">
    <div id="page-content" class="rich_media_area_primary">
      <div class="rich_media_area_primary_inner">
        <div id="img-content" class="rich_media_wrp">
          <h1 class="rich_media_title " id="activity-name">
            @@TITLE@@
          </h1>
          <div id="meta_content" class="rich_media_meta_list">
            <span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>
            <span class="rich_media_meta rich_media_meta_text">许安然</span>
            <span class="rich_media_meta rich_media_meta_nickname" id="profileBt">
              <a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">@@ACCOUNT@@</a>
              <div id="js_profile_qrcode" aria-hidden="true" class="profile_container" style="display:none;">
                <div class="profile_inner">
                  <strong class="profile_nickname">@@ACCOUNT@@</strong>
                  <img class="profile_avatar" id="js_profile_qrcode_img" src="" alt="">
                  <p class="profile_meta"><label class="profile_meta_label">微信号</label><span class="profile_meta_value">dongan_caijing</span></p>
                  <p class="profile_meta"><label class="profile_meta_label">功能介绍</label><span class="profile_meta_value">关注区域经济、能源与资本市场，每周三篇原创深度报道。</span></p>
                </div>
                <span class="profile_arrow_wrp" id="js_profile_arrow_wrp"><i class="profile_arrow arrow_out"></i><i class="profile_arrow arrow_in"></i></span>
              </div>
            </span>
            <span id="meta_content_hide_info">
              <em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>
              <em id="js_ip_wording_wrp" class="rich_media_meta_area_wrp" style="display: none;">发表于<span id="js_ip_wording"></span></em>
            </span>
          </div>
          <div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
@@CONTENT@@
          </div>
          <script type="text/javascript" nonce="862159342">
            var first_sceen__time = (+new Date());
            if ("" == 1 && document.getElementById('js_content')) {
              document.getElementById('js_content').addEventListener("selectstart", function (e) { e.preventDefault(); });
            }
          </script>
          <div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
          <div class="reward_area tc reward_area_primary" id="js_preview_reward_author" style="display:none;">
            <div class="reward-avatar"><img src="" alt="" id="js_preview_reward_author_avatar"></div>
            <div class="reward-author" id="js_preview_reward_author_name"></div>
            <p class="reward_tips" id="js_preview_reward_author_wording">喜欢作者</p>
          </div>
          <div id="js_tags" class="article-tag__list"><span class="article-tag__item">#储能</span><span class="article-tag__item">#县域经济</span><span class="article-tag__item">#新能源</span></div>
        </div>
        <div class="rich_media_tool_area">
          <div class="rich_media_tool" id="js_toobar3">
            <div id="js_read_area3" class="media_tool_meta tips_global_primary meta_primary" style="display:none;">
              <a class="media_tool_meta meta_extra" href="##" id="js_view_source">阅读原文</a>
            </div>
            <div class="wx_stream_article_slide_tip">继续滑动看下一个</div>
          </div>
        </div>
        <div class="wx_profile_card_inner" id="js_profile_card">
          <div class="wx_profile_card_bd">
            <div class="wx_profile_nickname">@@ACCOUNT@@</div>
            <div class="wx_profile_desc">关注区域经济、能源与资本市场，每周三篇原创深度报道。</div>
          </div>
          <div class="wx_profile_card_ft">向上滑动看下一个</div>
        </div>
      </div>
    </div>
    <div id="js_pc_qr_code" class="qr_code_pc_outer" style="display:none;">
      <div class="qr_code_pc_inner">
        <div class="qr_code_pc">
          <img id="js_pc_qr_code_img" class="qr_code_pc_img" src="/mp/qrcode?scene=10000004&amp;size=102&amp;__biz=MzA5NTI4MzQ1Ng==&amp;mid=2651234567&amp;idx=1&amp;sn=3f1c8e2b9d7a4c65e0f1a2b3c4d5e6f7&amp;send_time=" alt="">
          <p>微信扫一扫<br>关注该公众号</p>
        </div>
      </div>
    </div>
  </div>
  <div id="js_a11y_area" class="weui-a11y_ref" style="display:none;">
    <span id="js_a11y_colon">：</span><span id="js_a11y_comma">，</span><span id="js_a11y_period">。</span>
    <span id="js_a11y_type_video">视频</span><span id="js_a11y_type_weapp">小程序</span>
    <span id="js_a11y_zan_btn_txt">赞</span><span id="js_a11y_zan_btn_tips">，轻点两下取消赞</span>
    <span id="js_a11y_like_btn_txt">在看</span><span id="js_a11y_like_btn_tips">，轻点两下取消在看</span>
    <span>分享</span><span>留言</span><span>收藏</span><span>听过</span>
  </div>
</div>
<div class="weui-dialog" id="js_tag_dialog" role="dialog" aria-modal="true">
  <div class="weui-dialog__bd">预览时标签不可点</div>
  <div class="weui-dialog__ft"><a href="javascript:;" class="weui-dialog__btn weui-dialog__btn_primary">知道了</a></div>
</div>
<div id="js_unsupport_tips" style="display:none;">微信扫一扫可打开此内容，<br>使用完整服务</div>
<div class="weui-mask_transparent" style="display:none;"></div>
<script type="text/javascript" nonce="862159342">
(function () {
  var el = document.getElementById("publish_time");
  var d = new Date(parseInt(ct, 10) * 1000);
  function pad(n) { return n < 10 ? "0" + n : "" + n; }
  if (el) {
    el.innerHTML = d.getFullYear() + "年" + (d.getMonth() + 1) + "月" + d.getDate() + "日 " + pad(d.getHours()) + ":" + pad(d.getMinutes());
  }
  var content = document.getElementById("js_content");
  var imgs = content ? content.getElementsByTagName("img") : [];
  for (var i = 0; i < imgs.length; i++) {
    var src = imgs[i].getAttribute("data-src");
    if (src) { imgs[i].setAttribute("src", src); }
  }
  if (content) { content.style.visibility = "visible"; }
  var source = document.getElementById("js_view_source");
  if (source && msg_source_url) {
    source.href = msg_source_url;
    document.getElementById("js_read_area3").style.display = "block";
  }
})();
</script>
<script type="text/javascript" nonce="862159342" src="https://res.wx-demo.test/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.5c2e91.js"></script>
<script type="text/javascript" nonce="862159342">
window.__second_open__ = false;
var real_show_page_time = +new Date();
var page_begintime = +new Date();
var is_in_pc = navigator.userAgent.indexOf("Windows") > -1 || navigator.userAgent.indexOf("Macintosh") > -1;
if (is_in_pc) { document.getElementById("js_pc_qr_code").style.display = "block"; }
</script>
</body>
</html>
"""


# --- 02: Toutiao-like feed article: React page, 原创 badge, `1.2万阅读`, <h1> subheadings inside the article -----


def page_02() -> Page:
    url = "https://www.toutiao-demo.test/article/7376512309876543521/"
    title = "一季度新能源车出口“量价齐升”，这三个变化值得关注"
    account = "江城财经圈"
    published = cst(2024, 6, 3, 18, 42)
    img_host = "https://p3-sign.toutiaoimg-demo.test"
    body: list[Block] = [
        "今年一季度，东州省新能源汽车出口延续增长态势。东州海关发布的数据显示，一季度全省新能源汽车出口4.6万辆，同比增长27.4%；"
        "出口金额同比增长超过三成，单车均价明显提高。",
        "在与多家车企、外贸企业和港口人士交流后，笔者发现，这一轮出口增长背后，至少有三个变化值得关注。",
        Sub("一、中高端车型占比提高"),
        "过去，出口的新能源车以小型车和低价车型为主。今年一季度，售价在20万元以上的车型出口占比已提高到近四成。"
        "一家整车企业的海外业务负责人说，欧洲和中东市场对续航长、配置高的车型接受度明显提高。",
        Img(
            f"{img_host}/tos-cn-i-axegupay5k/3f2e1d0c9b8a4f7e~tplv-tt-origin-asy2:5rGf5Z.image?_iz=58558&amp;from=article.pc_detail"
            "&amp;lk3s=953192f4&amp;x-expires=1718016000&amp;x-signature=Qk1x9%2BzT0aB3"
        ),
        Cap("东州港汽车滚装码头，等待装船的新能源汽车。"),
        Sub("二、从“卖车”到“建厂”"),
        "越来越多的车企开始在海外布局组装厂和售后网络。东州一家车企今年3月在东南亚的组装工厂投产，首期年产能5万辆。"
        "业内人士认为，本地化生产有助于规避贸易壁垒，也能缩短交付周期。",
        Sub("三、物流瓶颈有所缓解"),
        "前两年，滚装船运力紧张一度是制约出口的主要因素。随着多艘新造滚装船陆续交付，加上部分车企改用集装箱运输，"
        "海运运价较去年高点已回落约四成，出口物流成本明显下降。",
        Img(
            f"{img_host}/tos-cn-i-axegupay5k/8a7b6c5d4e3f2a1b~tplv-tt-origin-asy2:5rGf5Z.image?_iz=58558&amp;from=article.pc_detail"
            "&amp;lk3s=953192f4&amp;x-expires=1718016000&amp;x-signature=Rw2y0%2FaU1cD4"
        ),
        "当然，海外市场的不确定性依然存在。部分国家和地区针对新能源汽车的调查和关税措施，可能对后续出口节奏产生影响。"
        "车企在“出海”的同时，也需要做好合规和风险预案。",
    ]
    track = iter(range(1, 40))
    out = []
    for block in body:
        if isinstance(block, Sub):
            out.append(f'<h1 class="pgc-h-arrow-right" data-track="{next(track)}">{esc(block.text)}</h1>')
        elif isinstance(block, Img):
            out.append(
                f'<div class="pgc-img"><img src="{block.src}" img_width="1080" img_height="720" image_type="1" '
                'mime_type="image/jpeg" web_uri="tos-cn-i-axegupay5k/img" class="syl-page-img" style="height:auto"><p class="pgc-img-caption"></p></div>'
            )
        elif isinstance(block, Cap):
            # the caption of the first image is filled in; the second one is left empty
            out[-1] = out[-1].replace(
                '<p class="pgc-img-caption"></p>', f'<p class="pgc-img-caption">{esc(block.text)}</p>'
            )
        else:
            out.append(f'<p data-track="{next(track)}">{esc(block)}</p>')
    latest = numbered("/article/73765", 12209876543210, 1379, "/", SIDE[0:5])
    feed = numbered("/article/73764", 98761234567890, 9137, "/", SIDE[5:13])
    feed_html = "\n".join(
        f'        <div class="feed-card-article"><a class="feed-card-article-l" href="{h}" target="_blank"><img src="{img_host}/tos-cn-i-feed/{i:02d}~cs_160x120.jpeg" alt=""></a>'
        f'<div class="feed-card-article-r"><a class="title" href="{h}" target="_blank">{esc(t)}</a>'
        f'<div class="feed-card-footer"><span class="source">{esc(["东州财讯", "车市观察家", "港口那些事", "江城财经圈"][i % 4])}</span><span>{(i * 7) % 50 + 3}评论</span></div></div></div>'
        for i, (h, t) in enumerate(feed)
    )
    ssr = json.dumps(
        {"articleInfo": {"groupId": "7376512309876543521", "title": title, "publishTime": int(published.timestamp()),
                         "source": account, "isOriginal": True, "mediaUserId": 3861207745}},
        ensure_ascii=False,
    )  # fmt: skip
    page = fill(
        TEMPLATE_02,
        title=esc(title),
        account=esc(account),
        time=published.strftime("%Y-%m-%d %H:%M"),
        content="\n".join(out),
        latest=links(latest, tpl='<li><a href="{}" target="_blank" rel="noopener">{}</a></li>'),
        feed=feed_html,
        ssr=ssr.replace("</", "<\\/"),
    )
    expected = record(
        url,
        article_id="7376512309876543521",
        title=title,
        source=account,
        published_at=published,
        body=body,
    )
    return Page("02-toutiao-feed-article", url, page, expected)


TEMPLATE_02 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>@@TITLE@@ - 今日头条</title>
<meta name="keywords" content="新能源汽车,出口,滚装船">
<meta name="description" content="今年一季度，东州省新能源汽车出口延续增长态势。">
<link rel="shortcut icon" href="//sf3-cdn-tos.toutiaostatic-demo.test/obj/static/favicon.ico">
<link rel="stylesheet" href="//sf3-cdn-tos.toutiaostatic-demo.test/obj/toutiao-fe/pc/article/static/css/index.9c3b1e.css">
<style>.syl-article-base p{margin:16px 0;line-height:1.8}.pgc-img-caption{color:#999;font-size:14px;text-align:center}.article-meta span{margin-right:8px;color:#999}</style>
</head>
<body>
<div id="root">
  <div class="toutiao-header">
    <div class="header-left">
      <a class="logo" href="/"><img src="//sf3-cdn-tos.toutiaostatic-demo.test/obj/static/logo-pc.png" alt="今日头条"></a>
      <a href="https://www.toutiao-demo.test/download/">下载头条APP</a><a href="/about/">关于头条</a>
    </div>
    <div class="header-right"><a href="/search/">搜索</a><a href="/login/">登录</a></div>
  </div>
  <div class="article-detail-container">
    <div class="left-sidebar">
      <div class="detail-interaction-like"><span class="like-count">326</span><span>点赞</span></div>
      <div class="detail-interaction-comment"><span>86</span><span>评论</span></div>
      <div class="detail-interaction-collect"><span>收藏</span></div>
      <div class="detail-interaction-share"><span>分享</span></div>
    </div>
    <div class="main">
      <div class="article-content">
        <h1>@@TITLE@@</h1>
        <div class="article-meta mt-4">
          <span class="original-mark">原创</span><span>@@TIME@@</span><span class="dot">·</span><span class="name"><a href="/c/user/token/MS4wLjABAAAAx8k2QvLr/" target="_blank" rel="noopener">@@ACCOUNT@@</a></span><span class="dot">·</span><span class="read-count">1.2万阅读</span>
        </div>
        <article class="syl-article-base tt-article-content syl-page-article syl-device-pc">
@@CONTENT@@
        </article>
        <div class="detail-end-tip">本文为原创内容，未经授权禁止转载</div>
        <div class="report-btn"><span>举报</span></div>
      </div>
      <div class="ttp-comment-wrapper">
        <h2 class="ttp-comment-title">评论 86</h2>
        <div class="ttp-comment-input"><textarea placeholder="留下你的精彩评论吧"></textarea><button>评论</button></div>
        <ul class="comment-list">
          <li class="comment-item"><span class="user-name">港口老船长</span><p class="content">滚装船这两年确实紧张，今年好多了。</p><span class="time">6小时前</span><span class="digg">赞 42</span></li>
          <li class="comment-item"><span class="user-name">车友小周</span><p class="content">海外建厂是大趋势，光靠出口不稳。</p><span class="time">5小时前</span><span class="digg">赞 17</span></li>
          <li class="comment-item"><span class="user-name">东州人在迪拜</span><p class="content">这边街上国产新能源车越来越多了。</p><span class="time">3小时前</span><span class="digg">赞 9</span></li>
        </ul>
        <div class="comment-more">查看全部 86 条评论</div>
      </div>
      <div class="article-detail-feed">
        <div class="feed-title">猜你喜欢</div>
@@FEED@@
        <div class="feed-loading">加载中...</div>
      </div>
    </div>
    <div class="right-sidebar">
      <div class="author-info">
        <a class="author-avatar" href="/c/user/token/MS4wLjABAAAAx8k2QvLr/"><img src="//p3.toutiaoimg-demo.test/img/user-avatar/5b2c8e~120x120.image" alt=""></a>
        <div class="author-name"><a href="/c/user/token/MS4wLjABAAAAx8k2QvLr/">@@ACCOUNT@@</a></div>
        <div class="author-desc">优质财经领域创作者</div>
        <div class="author-stat"><span><em>1286</em>获赞</span><span><em>3.6万</em>粉丝</span><span><em>428</em>关注</span></div>
        <button class="subscribe-btn">关注</button>
      </div>
      <div class="author-latest">
        <div class="title">作者最新文章</div>
        <ul>
@@LATEST@@
        </ul>
      </div>
      <div class="hot-board">
        <div class="title">头条热榜</div>
        <ol>
          <li><a href="/trending/72001/">多地发布高温预警</a><span>423万</span></li>
          <li><a href="/trending/72002/">东州港单日吞吐量创新高</a><span>318万</span></li>
          <li><a href="/trending/72003/">端午假期出游预订火热</a><span>276万</span></li>
          <li><a href="/trending/72004/">高考倒计时三天</a><span>201万</span></li>
          <li><a href="/trending/72005/">夏粮收购全面展开</a><span>154万</span></li>
        </ol>
      </div>
      <div class="footer-info">
        <p>&copy; 2024 今日头条　京ICP证000009号</p>
        <p>违法和不良信息举报电话：400-000-0000</p>
      </div>
    </div>
  </div>
</div>
<script>window._SSR_HYDRATED_DATA=@@SSR@@</script>
<script src="//sf3-cdn-tos.toutiaostatic-demo.test/obj/toutiao-fe/pc/article/static/js/vendor.3e8a7c.js" crossorigin="anonymous"></script>
<script src="//sf3-cdn-tos.toutiaostatic-demo.test/obj/toutiao-fe/pc/article/static/js/index.9c3b1e.js" crossorigin="anonymous"></script>
<script>
(function(){var s=document.createElement("script");s.src="//lf3-cdn-tos.bytescm-demo.test/obj/static/log-sdk/collect.js";s.async=true;document.head.appendChild(s);})();
</script>
</body>
</html>
"""


# --- 03: Baijiahao-like page: `s?id=…` URL, headline in a <div>, CSS-module class names, author card -----------


def page_03() -> Page:
    url = "https://baijiahao.baidu-demo.test/s?id=1798765432101234567&wfr=spider&for=pc"
    title = "小排量混动车型走俏县城市场 经销商：今年订单多了三成"
    account = "东州汽车观察"
    published = cst(2024, 5, 9, 10, 12)
    body: list[Block] = [
        "五一假期刚过，江川县城一家汽车4S店的展厅里依然人来人往。销售顾问吴晓峰告诉笔者，今年以来店里小排量混动车型的订单比去年同期多了三成，"
        "“来看车的大多是本地年轻人，也有不少在外地打工回来的。”",
        Sub("油耗低、价格亲民是主要原因"),
        "在吴晓峰看来，县城消费者买车最看重两点：一是价格，二是用车成本。一款1.5升排量的插电混动车型，优惠后落地价在12万元左右，"
        "百公里综合油耗不到4升，“跑县城到市区的路，一个月油钱比开燃油车省一半。”",
        Img(
            "https://pics1.baidu-demo.test/feed/0bd2d4e5f6a7b8c9d0e1f2a3b4c5d6e7.jpeg@f_auto?token=8e3f1a2b3c4d5e6f7a8b9c0d1e2f3a4b"
            "&amp;s=3A1C5E8A4C1B0E4D5E3C1B0E0300D0B3"
        ),
        Cap("江川县城一家4S店展厅内，顾客正在看车。"),
        "充电不方便，也是不少县城消费者选择混动而不是纯电的原因。江川县目前共有公共充电桩600余个，主要集中在城区和高速服务区，"
        "乡镇覆盖率还不高。",
        Sub("经销商加快布局下沉网点"),
        "看准县城市场的潜力，不少汽车品牌正在加快渠道下沉。据不完全统计，今年以来已有5个品牌在江川县城新开了直营店或授权店，"
        "部分品牌还推出了“县城专享”金融方案，首付比例最低降到一成。",
        Img(
            "https://pics3.baidu-demo.test/feed/7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f.jpeg@f_auto?token=1f2e3d4c5b6a79880a1b2c3d4e5f6a7b"
            "&amp;s=9D2A7C84C6B30AC4120C48D30300C0B2"
        ),
        "业内人士提醒，县城市场的售后服务能力仍是短板。消费者在购车时，除了比较价格，也要留意品牌在当地是否有完善的维修保养网点。",
    ]
    content = render(
        body,
        para='<div class="dpu8C _2kCxD "><p>{}</p></div>',
        img='<div class="_1NCGf"><img class="_1g4Ex _1i_Oe" src="{}" width="640"></div>',
        cap='<div class="_1NCGf _3GsQn"><span class="bjh-image-caption">{}</span></div>',
        sub='<div class="dpu8C _2kCxD "><p><span class="bjh-p"><span class="bjh-strong">{}</span></span></p></div>',
    )
    latest = [(f"https://baijiahao.baidu-demo.test/s?id=17986{n}&amp;wfr=spider&amp;for=pc", t) for n, t in zip(
        ["43210987654321", "21098765432109", "09876543210987", "87654321098765"], SIDE[8:12], strict=True
    )]  # fmt: skip
    feed = [(f"https://baijiahao.baidu-demo.test/s?id=17985{n}&amp;wfr=spider&amp;for=pc", t) for n, t in zip(
        ["12345678901234", "23456789012345", "34567890123456", "45678901234567", "56789012345678", "67890123456789",
         "78901234567890", "89012345678901"], SIDE[12:20], strict=True
    )]  # fmt: skip
    feed_html = "\n".join(
        f'          <div class="_3jLlO"><a href="{h}" target="_blank"><div class="_2Kxc8">{esc(t)}</div></a>'
        f'<div class="_3UvmG"><span>{esc(["汽车之窗", "县域经济观察", "东州汽车观察", "财经新视角"][i % 4])}</span><span>{(i * 13) % 90 + 5}评</span></div></div>'
        for i, (h, t) in enumerate(feed)
    )
    page = fill(
        TEMPLATE_03,
        title=esc(title),
        account=esc(account),
        time=published.strftime("%Y-%m-%d %H:%M"),
        content=content,
        latest=links(latest, tpl='<li><a href="{}" target="_blank">{}</a></li>'),
        feed=feed_html,
    )
    expected = record(
        url,
        article_id="1798765432101234567",
        title=title,
        source=account,
        published_at=published,
        body=body,
    )
    return Page("03-baijiahao-query-id", url, page, expected)


TEMPLATE_03 = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="referrer" content="always">
<meta name="viewport" content="width=device-width,minimum-scale=1.0,maximum-scale=1.0,user-scalable=no">
<title>@@TITLE@@</title>
<link rel="shortcut icon" href="https://www.baidu-demo.test/favicon.ico" type="image/x-icon">
<link rel="stylesheet" href="https://mbdp01.bdstatic-demo.test/static/landing-pc/css/page.3a9f1c.css">
<style>.index-module_articleTitle_28fPT{font-size:28px;font-weight:700;line-height:40px;color:#222}._1NCGf{text-align:center;margin:18px 0}.dpu8C p{font-size:18px;line-height:32px;margin:0 0 22px}.bjh-image-caption{color:#999;font-size:14px}</style>
</head>
<body>
<div id="ssr-content">
  <div class="index-module_header_3sNpj">
    <div class="index-module_topNav_2kLdf">
      <a href="https://www.baidu-demo.test/">百度首页</a>
      <a href="https://www.baidu-demo.test/s?tn=news">资讯</a><a href="https://haokan.baidu-demo.test/">视频</a><a href="https://image.baidu-demo.test/">图片</a>
      <a href="https://zhidao.baidu-demo.test/">知道</a><a href="https://wenku.baidu-demo.test/">文库</a><a href="https://tieba.baidu-demo.test/">贴吧</a>
      <a href="https://map.baidu-demo.test/">地图</a><a href="https://b2b.baidu-demo.test/">采购</a><a href="https://www.baidu-demo.test/more/">更多</a>
    </div>
    <div class="index-module_user_1Jk4r"><a href="https://passport.baidu-demo.test/v2/?login">登录</a></div>
  </div>
  <div class="index-module_pageWrap_3xk9Q">
    <div class="index-module_leftWrap_1qE7v">
      <div class="index-module_articleTitle_28fPT ">@@TITLE@@</div>
      <div class="index-module_articleSource_2dw16">
        <div class="index-module_authorImg_3qxKr"><img src="https://gips0.baidu-demo.test/it/u=2845613907,1846091353&amp;fm=3012&amp;app=3012&amp;autime=1715220000&amp;size=b200,200" alt=""></div>
        <div class="index-module_authorTxt_V0Mwq">
          <a class="index-module_authorName_7y5nA" href="https://author.baidu-demo.test/home?from=bjh_article&amp;app_id=1612345678901234" target="_blank">@@ACCOUNT@@</a>
          <div class="index-module_articleMeta_3r1Tz"><span class="index-module_time_2Yl1v">发布时间：@@TIME@@</span><span class="index-module_verify_1a9Lp">汽车领域创作者</span></div>
        </div>
        <div class="index-module_follow_2Vh3d"><span>+关注</span></div>
      </div>
      <div class="index-module_articleWrap_2Zphx " data-testid="article">
@@CONTENT@@
      </div>
      <div class="index-module_reportEntrance_1fKq2"><span>举报/反馈</span></div>
      <div class="index-module_commentWrap_3QqLs">
        <div class="index-module_commentTitle_2nvTj">评论<span>（12）</span></div>
        <div class="index-module_commentItem_1wDkc"><span class="nick">江川老司机</span><p>县城买混动确实划算，充电桩太少了。</p><span class="time">05-09 12:40</span></div>
        <div class="index-module_commentItem_1wDkc"><span class="nick">小城青年</span><p>首付一成有点吓人，还是量力而行。</p><span class="time">05-09 14:02</span></div>
      </div>
      <div class="index-module_recommend_3Hc9w">
        <div class="index-module_recTitle_1pYtE">为你推荐</div>
        <div class="index-module_recList_2mR0u">
@@FEED@@
        </div>
      </div>
    </div>
    <div class="index-module_rightWrap_2uP4x">
      <div class="index-module_authorCard_3hT2c">
        <div class="index-module_cardName_1Xf9w">@@ACCOUNT@@</div>
        <div class="index-module_cardDesc_2Lh0a">优质汽车领域创作者</div>
        <div class="index-module_cardStat_3Yk5e"><span><em>2.3万</em>粉丝</span><span><em>16万</em>获赞</span></div>
        <div class="index-module_cardFollow_1Rz7n">关注</div>
      </div>
      <div class="index-module_authorArticles_1Aq0p">
        <div class="index-module_sideTitle_2cB4x">作者最新文章</div>
        <ul>
@@LATEST@@
        </ul>
      </div>
      <div class="index-module_hotSearch_3Tm1e">
        <div class="index-module_sideTitle_2cB4x">百度热搜</div>
        <ol>
          <li><a href="https://www.baidu-demo.test/s?wd=%E9%AB%98%E6%B8%A9">多地发布高温预警</a></li>
          <li><a href="https://www.baidu-demo.test/s?wd=%E5%A4%8F%E7%B2%AE">夏粮收购全面展开</a></li>
          <li><a href="https://www.baidu-demo.test/s?wd=%E7%AB%AF%E5%8D%88">端午假期出游预订火热</a></li>
        </ol>
      </div>
    </div>
  </div>
  <div class="index-module_footer_1Q2dw">
    <p>&copy;2024 Baidu <a href="https://www.baidu-demo.test/duty/">使用百度前必读</a> <a href="https://baijiahao.baidu-demo.test/docs/">百家号协议</a> 京ICP证030173号</p>
  </div>
</div>
<script>
window.jsonData = {"bsData":{"superlanding":[{"itemType":"article","itemData":{"header":{"title":"","bjhName":"","avatar":""}}}],"theme":"pc","pageType":"article"}};
</script>
<script src="https://mbdp01.bdstatic-demo.test/static/landing-pc/js/page.3a9f1c.js"></script>
<script>
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "https://hm.baidu-demo.test/hm.js?4a1b2c3d4e5f"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
</body>
</html>
"""


# --- 04: Sohu-号 self-media page: 原标题 first line, 返回搜狐，查看更多, 责任编辑, 发布于 (IP place), 阅读 (N) ----------


def page_04() -> Page:
    url = "https://www.sohu-demo.test/a/782345678_121456789"
    title = "江川楼市五月观察：改善型需求回暖 新房去化周期缩短"
    account = "江城房产观察"
    editor = "钟晓敏"
    published = cst(2024, 6, 3, 10, 0)
    body: list[Block] = [
        "5月，江川市新建商品住宅成交面积环比增长14.6%，连续两个月回升。从成交结构看，建筑面积120平方米以上的改善型产品占比提高到43%，"
        "比一季度高出9个百分点。",
        "多家房企营销负责人表示，今年春节后，改善型客户看房积极性明显提高。“以前客户来了先问首付，现在更多问的是户型、物业和学校。”"
        "城东一家楼盘的销售经理说，5月该项目成交的套数中，有近一半是“卖旧买新”的客户。",
        Img("//p3.itc.sohu-demo.test/q_70/images/01/20240603/8a1b2c3d4e5f4a6b9c0d1e2f3a4b5c6d.jpeg"),
        "去化速度也在加快。据江川市房地产业协会统计，截至5月底，全市新建商品住宅库存约512万平方米，按近6个月平均成交量计算，"
        "去化周期为14.2个月，比年初缩短了2.3个月。",
        "不过，二手房市场仍以价换量。5月全市二手住宅成交套数同比增长21%，但挂牌均价环比下降1.2%。业内人士分析，"
        "“卖旧买新”的客户为了尽快出手，普遍愿意让价，这在一定程度上拉低了二手房价格。",
        Img("//p1.itc.sohu-demo.test/q_70/images/01/20240603/0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c.png"),
        "对于下半年走势，多位业内人士认为，在信贷环境宽松、改善需求持续释放的背景下，江川新房市场有望保持平稳，"
        "但不同板块之间的分化可能进一步加大。",
    ]
    content = "\n".join(
        [
            "<p>原标题：五月楼市：改善客回来了吗？</p>",
            render(
                body,
                para="<p>{}</p>",
                img='<p style="text-align: center;"><img src="{}" max-width="600"></p>',
            ),
            '<p><a href="//www.sohu-demo.test/?strategyid=00001 " target="_blank" title="点击进入搜狐首页" id="backsohucom" '
            'style="white-space: nowrap;"><span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a></p>',
            f'<p data-role="editor-name">责任编辑：<span>{editor}</span></p>',
        ]
    )
    author_articles = [(f"/a/78{n}_121456789", t) for n, t in zip(
        ["1987654", "1543210", "1098765", "0654321", "0210987"],
        ["江川二手房挂牌量连续三个月下降", "城东板块三宗宅地底价成交", "公积金新政落地首月：贷款额度用足了吗",
         "老城区改造项目征收启动", "四月楼市：看房多了，下单还在犹豫"], strict=True
    )]  # fmt: skip
    hot = [(f"/a/7823{n}_1214{m}", t) for n, m, t in zip(
        ["45001", "44872", "44633", "44519", "44208", "44117"], ["56001", "60233", "58817", "56789", "61120", "59345"],
        SIDE[20:26], strict=True
    )]  # fmt: skip
    feed = [(f"/a/7822{n}_1213{m}", t) for n, m, t in zip(
        ["98812", "97645", "96301", "95520", "94187", "93004"], ["88220", "90411", "87652", "91908", "86543", "89130"],
        SIDE[26:32], strict=True
    )]  # fmt: skip
    page = fill(
        TEMPLATE_04,
        title=esc(title),
        account=esc(account),
        ms=str(int(published.timestamp()) * 1000),
        time=published.strftime("%Y-%m-%d %H:%M"),
        content=content,
        author_articles=links(author_articles, tpl='<li><a href="{}" target="_blank">{}</a></li>'),
        hot=links(hot, tpl='<li><a href="{}" target="_blank">{}</a></li>'),
        feed=links(
            feed,
            tpl='<div class="news-box"><h4><a href="{}" target="_blank">{}</a></h4><div class="other"><span class="name">搜狐焦点</span><span class="com">评论</span></div></div>',
        ),
    )
    expected = record(
        url,
        article_id="782345678_121456789",
        title=title,
        source=account,
        published_at=published,
        body=body,
        clicks=2453,
        editor=editor,
    )
    return Page("04-sohu-hao-back-link", url, page, expected)


TEMPLATE_04 = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>@@TITLE@@_改善型_江川_需求</title>
<meta name="keywords" content="改善型,江川,需求,楼市">
<meta name="description" content="5月，江川市新建商品住宅成交面积环比增长14.6%，连续两个月回升。">
<meta property="og:type" content="news">
<meta property="og:title" content="@@TITLE@@">
<meta property="og:release_date" content="@@TIME@@">
<meta name="mediaid" content="@@ACCOUNT@@">
<meta property="og:url" content="www.sohu-demo.test/a/782345678_121456789">
<meta name="sohu-tag" content="房产">
<link rel="stylesheet" href="//statics.itc.sohu-demo.test/web/static-css/article.v4.6.2.css">
<script>
var article_config = { "channel_id": "10", "article_id": "782345678", "media_id": "121456789", "pv_from": "mp" };
</script>
</head>
<body class="article-page">
<div id="head-nav" class="head-nav">
  <div class="area">
    <a href="//www.sohu-demo.test/" class="logo-link"><img src="//statics.itc.sohu-demo.test/web/static-img/logo-sohu.png" alt="搜狐"></a>
    <ul class="nav-list">
      <li><a href="//news.sohu-demo.test/">新闻</a></li><li><a href="//sports.sohu-demo.test/">体育</a></li><li><a href="//auto.sohu-demo.test/">汽车</a></li>
      <li><a href="//house.sohu-demo.test/">房产</a></li><li><a href="//travel.sohu-demo.test/">旅游</a></li><li><a href="//learning.sohu-demo.test/">教育</a></li>
      <li><a href="//fashion.sohu-demo.test/">时尚</a></li><li><a href="//it.sohu-demo.test/">科技</a></li><li><a href="//business.sohu-demo.test/">财经</a></li>
      <li><a href="//yule.sohu-demo.test/">娱乐</a></li><li><a href="//baby.sohu-demo.test/">母婴</a></li><li><a href="//health.sohu-demo.test/">健康</a></li>
    </ul>
    <div class="user-login"><a href="//mp.sohu-demo.test/">发文</a><a href="//login.sohu-demo.test/">登录</a></div>
  </div>
</div>
<div class="area clearfix" id="article-container">
  <div class="column left">
    <div class="user-info" id="user-info" data-role="user-info">
      <div class="user-pic"><a href="https://mp.sohu-demo.test/profile?xpt=amlhbmdjaGVuZ2ZjQHNvaHUuY29t" target="_blank"><img src="//p4.itc.sohu-demo.test/q_70/images/20230515/a1b2c3d4avatar.jpeg" alt=""></a></div>
      <h4><a href="https://mp.sohu-demo.test/profile?xpt=amlhbmdjaGVuZ2ZjQHNvaHUuY29t" target="_blank">@@ACCOUNT@@</a></h4>
      <dl class="user-num">
        <dd><span class="value">1,286</span><span class="name">文章</span></dd>
        <dd><span class="value">2836万</span><span class="name">总阅读</span></dd>
      </dl>
      <div class="user-more"><a href="https://mp.sohu-demo.test/profile?xpt=amlhbmdjaGVuZ2ZjQHNvaHUuY29t" target="_blank">查看TA的文章&gt;</a></div>
    </div>
    <div class="article-list" data-role="author-articles">
      <div class="title">作者文章</div>
      <ul>
@@AUTHOR_ARTICLES@@
      </ul>
    </div>
  </div>
  <div class="left main">
    <div class="text">
      <div class="text-title">
        <h1>
          @@TITLE@@
          <span class="article-tag"></span>
        </h1>
        <div class="article-info">
          <span class="time" id="news-time" data-val="@@MS@@">@@TIME@@</span>
          <span class="area">发布于：江川市</span>
        </div>
      </div>
      <article class="article" id="mp-editor">
@@CONTENT@@
      </article>
      <div id="articleAllsee" style="display:none"><a href="javascript:void(0)">展开全文</a></div>
      <div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
      <div class="bottom-relate-wrap clear type-3">
        <div class="read-wrap"><span class="read-num">阅读 (<em data-role="pv">2453</em>)</span></div>
        <div class="operate-wrap"><span class="like">点赞 (<em>31</em>)</span><span class="report"><a href="//mp.sohu-demo.test/report?id=782345678">投诉</a></span></div>
      </div>
    </div>
    <div class="comment" id="comment_area">
      <div class="comment-head"><span class="title">评论</span><span class="num">(6)</span></div>
      <div class="c-comment-item"><span class="nick">江川买房人</span><p>城东确实卖得快，城西还是没人看。</p><span class="time">06-03 11:20</span></div>
      <div class="c-comment-item"><span class="nick">老房东</span><p>二手房让价是真的，我降了八万才卖掉。</p><span class="time">06-03 13:05</span></div>
    </div>
    <div class="god-bottom-feed">
      <div class="feed-title">大家都在看</div>
@@FEED@@
    </div>
  </div>
  <div class="sidebar right">
    <div class="hot-article" data-role="hot-news">
      <div class="title">24小时热文</div>
      <ul>
@@HOT@@
      </ul>
    </div>
    <div class="god-sidebar-ad"><a href="//ad.sohu-demo.test/click?adid=90213"><img src="//ad.sohu-demo.test/creative/90213_300x250.jpg" alt=""></a></div>
  </div>
</div>
<div id="foot" class="foot area">
  <p><a href="//www.sohu-demo.test/about/">关于搜狐</a> | <a href="//www.sohu-demo.test/contact/">联系方式</a> | <a href="//www.sohu-demo.test/ads/">广告服务</a> | <a href="//www.sohu-demo.test/privacy/">隐私政策</a></p>
  <p>Copyright &copy; 2024 Sohu All Rights Reserved. 搜狐公司 版权所有　京ICP证000019号</p>
</div>
<script src="//statics.itc.sohu-demo.test/web/static-js/article.v4.6.2.js"></script>
<script>
(function () { var pv = document.createElement("script"); pv.src = "//pv.sohu-demo.test/pv.js?aid=782345678&mid=121456789"; document.body.appendChild(pv); })();
</script>
</body>
</html>
"""


# --- 05: Zhihu-column-like post: user author card, only 编辑于 (update) shown, datePublished in JSON-LD, 推荐阅读 ----


def page_05() -> Page:
    url = "https://zhuanlan.zhihu-demo.test/p/701234567"
    title = "为什么县城的奶茶店越开越多？一个经济学视角的解释"
    author = "林知秋"
    published = cst(2024, 5, 10, 10, 12, 30)
    pic = "https://pic1.zhimg-demo.test/v2-3f9c2a7e1b4d8c6f5a0e9d2b1c7f4a8e_b.jpg"
    body: list[Block] = [
        "去年回老家过年，我注意到一个有意思的现象：县城主街上不到一公里的路段，开了11家奶茶店，其中有5家是这一年新开的。"
        "很多人的第一反应是“这么多店，能赚钱吗？”",
        "这个问题其实可以从几个经济学概念出发来理解。",
        Sub("一、进入门槛低，退出成本也低"),
        "奶茶店是典型的“轻资产”生意。一家20平方米左右的加盟店，总投入大约在20万到35万元之间，远低于餐馆或服装店。"
        "更重要的是，设备和装修的可回收比例较高，一旦经营不下去，店铺转让相对容易。",
        "低进入门槛加上低退出成本，意味着这个市场会有大量“试错型”进入者。我们看到的“越开越多”，其中一部分其实是“开了又关、关了又开”。"
        "据我粗略统计，老家那条街上近三年关掉的奶茶店也有7家。",
        Sub("二、县城的“消费升级”是真实的"),
        "另一方面，县城居民的消费能力和消费习惯确实在变化。返乡就业的年轻人增加、县城商业综合体陆续开业，"
        "都让“喝一杯奶茶”变成了一种日常的社交方式。",
        "“十几块钱能在店里坐一下午，跟朋友聊聊天，比去哪儿都划算。”——一位在县城工作的受访者这样对我说。",
        Img(pic),
        Cap("县城主街上的奶茶店（作者摄）"),
        Sub("三、品牌加盟放大了扩张速度"),
        "真正让县城奶茶店数量“爆发”的，是连锁品牌的加盟模式。品牌方负责供应链和营销，加盟商出钱出力，这种分工让扩张速度远超单店自然增长。"
        "但也要看到，加盟商承担了大部分经营风险，品牌方的收入则更多来自原料和设备销售。",
        "所以，回到最初的问题：县城奶茶店越开越多，并不说明每家店都赚钱，而是低门槛、真实需求和加盟扩张三股力量叠加的结果。"
        "对于想入行的朋友，我的建议是：先算清楚本地的客流和租金，再决定要不要交那笔加盟费。",
    ]
    pids = iter(["aB3x9Kq1", "cD5y2Lm8", "eF7z4Nn0", "gH9a6Po2", "iJ1b8Qr4", "kL3c0Ss6", "mN5d2Tu8", "oP7e4Vw0",
                 "qR9f6Xy2", "sT1g8Za4", "uV3h0Bc6", "wX5i2De8", "yZ7j4Fg0"])  # fmt: skip
    out = []
    for block in body:
        if isinstance(block, Sub):
            out.append(f"<h2>{esc(block.text)}</h2>")
        elif isinstance(block, Img):
            out.append(
                f'<figure data-size="normal"><noscript><img src="{block.src}" data-caption="" data-size="normal" data-rawwidth="1080" '
                f'data-rawheight="720" class="origin_image zh-lightbox-thumb" width="1080"/></noscript>'
                '<img src="data:image/svg+xml;utf8,&lt;svg xmlns=&#39;http://www.w3.org/2000/svg&#39; width=&#39;1080&#39; height=&#39;720&#39;&gt;&lt;/svg&gt;" '
                f'data-caption="" data-size="normal" data-rawwidth="1080" data-rawheight="720" class="origin_image zh-lightbox-thumb lazy" width="1080" data-actualsrc="{block.src}"/>'
            )
        elif isinstance(block, Cap):
            out[-1] += f"<figcaption>{esc(block.text)}</figcaption></figure>"
        elif block.startswith("“十几块钱"):
            out.append(f'<blockquote data-pid="{next(pids)}">{esc(block)}</blockquote>')
        else:
            out.append(f'<p data-pid="{next(pids)}">{esc(block)}</p>')
    related = [
        Rel("https://zhuanlan.zhihu-demo.test/p/698765432", "县城咖啡馆能不能复制奶茶店的路径？",
            "奶茶店在县城的成功，让不少人开始把目光投向咖啡。但咖啡的消费习惯、客单价和供应链，和奶茶有很大不同"),
        Rel("https://zhuanlan.zhihu-demo.test/p/695432187", "加盟费到底买到了什么：拆解一份餐饮加盟合同",
            "最近帮朋友看了一份餐饮品牌的加盟合同，发现里面有不少值得注意的条款"),
        Rel("https://zhuanlan.zhihu-demo.test/p/690876123", "返乡青年与县城消费：几组数据",
            "关于县城消费，讨论很多，但数据不多。这篇文章整理了几组公开数据"),
    ]  # fmt: skip
    rel_html = "\n".join(
        f'          <div class="PostItem"><a href="{r.href}" target="_blank"><h3 class="PostItem-Title">{esc(r.title)}</h3>'
        f'<div class="PostItem-summary">{esc(r.summary)}…</div></a><div class="PostItem-footer"><span>{v} 赞同</span><span>{c} 评论</span></div></div>'
        for r, v, c in zip(related, [862, 417, 259], [53, 28, 11], strict=True)
    )
    ld = json.dumps(
        {"@context": "https://schema.org", "@type": "Article", "headline": title,
         "author": {"@type": "Person", "name": author, "url": "https://www.zhihu-demo.test/people/lin-zhiqiu"},
         "datePublished": "2024-05-10T02:12:30.000Z", "dateModified": "2024-05-12T13:40:05.000Z",
         "image": pic, "url": url},
        ensure_ascii=False,
    )  # fmt: skip
    page = fill(
        TEMPLATE_05,
        title=esc(title),
        author=esc(author),
        content="\n".join(out),
        related=rel_html,
        ld=ld,
    )
    expected = record(
        url,
        article_id="701234567",
        title=title,
        source=None,
        published_at=published,
        body=body,
        related=related,
    )
    return Page("05-zhihu-column-edited", url, page, expected)


TEMPLATE_05 = """<!doctype html>
<html lang="zh" data-hairline="true" data-theme="light">
<head>
<meta charset="utf-8">
<title data-rh="true">@@TITLE@@ - 知乎</title>
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">
<meta name="renderer" content="webkit">
<meta name="force-rendering" content="webkit">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta data-rh="true" name="description" content="去年回老家过年，我注意到一个有意思的现象：县城主街上不到一公里的路段，开了11家奶茶店……">
<meta data-rh="true" property="og:title" content="@@TITLE@@">
<meta data-rh="true" property="og:url" content="https://zhuanlan.zhihu-demo.test/p/701234567">
<meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="og:site_name" content="知乎专栏">
<link rel="stylesheet" href="https://static.zhihu-demo.test/heifetz/column.app.216a26f4.css">
<script type="application/ld+json">@@LD@@</script>
</head>
<body>
<div id="root">
  <div class="App">
    <header class="ColumnPageHeader">
      <div class="ColumnPageHeader-content">
        <a href="https://www.zhihu-demo.test/" class="ZhihuLogoLink"><svg viewBox="0 0 64 30" width="64" height="30" class="ZhihuLogo"><path d="M29.05 4.582H16.733V25.94h3.018l.403 2.572 4.081-2.572h4.815V4.582z"></path></svg></a>
        <div class="ColumnPageHeader-Button"><button type="button" class="Button">写文章</button><button type="button" class="Button">登录/注册</button></div>
      </div>
    </header>
    <main role="main" class="App-main">
      <article class="Post-Main Post-NormalMain" tabindex="-1">
        <header class="Post-Header">
          <h1 class="Post-Title">@@TITLE@@</h1>
          <div class="Post-Author">
            <div class="AuthorInfo" itemprop="author" itemscope itemtype="http://schema.org/Person">
              <meta itemprop="name" content="@@AUTHOR@@">
              <meta itemprop="url" content="https://www.zhihu-demo.test/people/lin-zhiqiu">
              <span class="UserLink AuthorInfo-avatarWrapper"><img class="Avatar" width="38" height="38" src="https://picx.zhimg-demo.test/v2-8a1c2e3f4b5d6a7c_l.jpg" alt="@@AUTHOR@@"></span>
              <div class="AuthorInfo-content">
                <div class="AuthorInfo-head"><a class="UserLink-link" href="https://www.zhihu-demo.test/people/lin-zhiqiu">@@AUTHOR@@</a></div>
                <div class="AuthorInfo-detail"><div class="AuthorInfo-badgeText">经济学博士在读 / 关注消费与区域经济</div></div>
              </div>
            </div>
            <button type="button" class="Button FollowButton">+ 关注他</button>
          </div>
          <div class="LabelContainer-wrapper"><span class="Voters">1,326 人赞同了该文章</span></div>
        </header>
        <div class="Post-RichTextContainer">
          <div class="css-376mun">
            <div class="RichText ztext Post-RichText css-1g0fqss" options="[object Object]">
@@CONTENT@@
            </div>
          </div>
        </div>
        <div class="ContentItem-time">编辑于 2024-05-12 21:40・IP 属地东州</div>
        <div class="Post-topicsAndReviewer">
          <div class="TopicList Post-Topics"><a class="Tag" href="https://www.zhihu-demo.test/topic/19551147">奶茶</a><a class="Tag" href="https://www.zhihu-demo.test/topic/19612637">县域经济</a><a class="Tag" href="https://www.zhihu-demo.test/topic/19550981">消费</a></div>
        </div>
        <div class="RichContent-actions Sticky">
          <div class="ContentItem-actions">
            <button type="button" class="Button VoteButton VoteButton--up">赞同 1326</button>
            <button type="button" class="Button VoteButton VoteButton--down"></button>
            <button type="button" class="Button BottomActions-CommentBtn">86 条评论</button>
            <button type="button" class="Button">分享</button><button type="button" class="Button">喜欢</button>
            <button type="button" class="Button">收藏</button><button type="button" class="Button">申请转载</button>
          </div>
        </div>
      </article>
      <div class="Post-Sub Post-NormalSub">
        <div class="Recommendations-Main">
          <h3 class="BlockTitle Recommendations-BlockTitle">推荐阅读</h3>
@@RELATED@@
        </div>
        <div class="Comments-container">
          <div class="CommentsV2-topbar"><h2>86 条评论</h2><div class="CommentsV2-sort">默认 最新</div></div>
          <div class="CommentItemV2"><span class="UserLink">青禾豆浆</span><div class="RichText">我们县一条街十几家，真的是开了又关。</div><span class="CommentItemV2-time">2024-05-10・IP 属地南湖</span><span>赞 96</span></div>
          <div class="CommentItemV2"><span class="UserLink">小镇做题家</span><div class="RichText">退出成本低这一点说得很对，设备基本都能转卖。</div><span class="CommentItemV2-time">2024-05-11・IP 属地江川</span><span>赞 41</span></div>
          <div class="CommentItemV2"><span class="UserLink">东州打工人</span><div class="RichText">加盟费那段很真实，品牌方稳赚。</div><span class="CommentItemV2-time">2024-05-12・IP 属地东州</span><span>赞 18</span></div>
        </div>
      </div>
    </main>
    <footer class="Footer"><span>&copy; 2024 知乎</span> <a href="https://www.zhihu-demo.test/term/zhihu-terms">用户协议</a> <a href="https://www.zhihu-demo.test/term/privacy">隐私政策</a> <span>京ICP证000011号</span></footer>
  </div>
</div>
<script id="js-initialData" type="text/json">{"initialState":{"entities":{"articles":{"701234567":{"id":701234567,"voteupCount":1326,"commentCount":86}}}}}</script>
<script src="https://static.zhihu-demo.test/heifetz/vendor.2b8e1f.js"></script>
<script src="https://static.zhihu-demo.test/heifetz/column.app.216a26f4.js"></script>
</body>
</html>
"""


# --- 06: securities portal news: stock-code quote links in the text, 摘要 box, 风险提示, （文章来源：X）, （责任编辑：70） ---


def stock_links(text: str, quote: str) -> str:
    """`东州电力（600123）` with the code as a quote link followed by an empty live-quote span."""

    def link(m: re.Match) -> str:
        code = m.group(1)
        market = "1" if code.startswith("6") else "0"
        return (
            f'（<span id="stock_{market}.{code}"><a href="{quote}/unify/r/{market}.{code}" class="keytip" '
            f'data-code="{market},{code}">{code}</a></span><span id="quote_{market}.{code}"></span>）'
        )

    return re.sub(r"（(\d{6})）", link, esc(text))


def page_06() -> Page:
    url = "https://finance.caifu-demo.test/a/202406033092817465.html"
    title = "东州电力拟投资38亿元建设独立储能电站 多家券商上调评级"
    source = "东州证券报"
    crumbs = ["财富网首页", "财经频道", "公司新闻", "正文"]
    quote = "https://quote.caifu-demo.test"
    risk = Raw(
        '<p class="risk-tip" style="color:#999">风险提示：本文内容仅供参考，不构成任何投资建议。股市有风险，投资需谨慎。</p>'
    )
    body: list[Block] = [
        "东州电力（600123）6月2日晚间公告，公司拟在江川新区投资建设200兆瓦/400兆瓦时独立储能电站项目，项目总投资约38亿元，建设周期18个月。"
        "这是公司上市以来单笔金额最大的储能投资。",
        "公告显示，该项目由公司全资子公司东州储能科技有限公司负责建设运营，资金来源为自有资金和银行贷款，其中自有资金占比不低于30%。"
        "项目建成后，将主要参与电网调峰、调频等辅助服务和电力现货交易。",
        "对于投资原因，东州电力表示，随着新能源装机比例持续提高，电网对灵活调节资源的需求快速增长，独立储能电站的市场空间广阔。"
        "公司此前已在青禾县、石湾县建成投运两座储能电站，积累了一定的建设和运营经验。",
        "二级市场上，东州电力6月3日早盘高开，截至发稿涨3.42%，报12.71元/股，总市值约286亿元。公告发布后，已有江川证券、北原证券等多家券商发布点评报告，"
        "其中两家将公司评级上调至“买入”。",
        "江川证券分析师周启航认为，公司储能业务已进入放量期，叠加火电板块盈利修复，2024年业绩有望保持较快增长。不过，也有业内人士提醒，"
        "独立储能收益受电价政策影响较大，项目实际回报仍需观察。",
        "值得注意的是，同板块的江川能源（002456）、北原新能（300789）近期也相继披露储能项目投资计划。",
        risk,
        f"（文章来源：{source}）",
    ]
    content = render(
        body,
        para="<p>　　{}</p>",
        text=lambda t: stock_links(t, quote),
    ).replace(f"<p>　　（文章来源：{source}）</p>", f'<p class="em_media">（文章来源：{source}）</p>')
    related = [
        Rel("/a/202405283086541207.html", "东州电力：一季度新签储能订单约1.9吉瓦时", note="2024-05-28"),
        Rel("/a/202405163075320988.html", "储能板块持续走强 机构称行业进入订单兑现期", note="2024-05-16"),
        Rel(
            "https://stock.caifu-demo.test/a/202404293061187745.html",
            "东州电力2023年净利润同比增长41%",
            note="2024-04-29",
        ),
    ]
    rel_html = "\n".join(
        f'          <li><a href="{r.href}" target="_blank">{esc(r.title)}</a><span class="time">{r.note}</span></li>'
        for r in related
    )
    hot = numbered("/a/2024060330928", 17401, 293, ".html", SIDE[0:8])
    rank = numbered("/a/2024060230917", 65532, 811, ".html", SIDE[8:16])
    page = fill(
        TEMPLATE_06,
        title=esc(title),
        source=esc(source),
        crumb_home=crumbs[0],
        crumb_channel=crumbs[1],
        crumb_column=crumbs[2],
        content=content,
        related=rel_html,
        hot=links(hot),
        rank=links(rank),
        quote_bar=quote_bar(),
        sitemap=sitemap("https://finance.caifu-demo.test"),
        friends=friends(),
        stat=stat_script("caifu", "tj.caifu-demo.test"),
    )
    expected = record(
        url,
        article_id="202406033092817465",
        title=title,
        source=source,
        published_at=cst(2024, 6, 3, 7, 52),
        body=body,
        editor="70",
        breadcrumbs=crumbs,
        category="公司新闻",
        related=related,
    )
    return Page("06-securities-news-stock-codes", url, page, expected)


TEMPLATE_06 = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@@TITLE@@ _ 财富网</title>
<meta name="keywords" content="东州电力,储能,独立储能电站,600123">
<meta name="description" content="东州电力6月2日晚间公告，公司拟在江川新区投资建设200兆瓦/400兆瓦时独立储能电站项目。">
<meta property="og:site_name" content="财富网">
<link rel="stylesheet" href="https://g1.caifu-demo.test/newsite/css/article_detail.min.css?v=20240520">
<script>var articleInfo = { code: "202406033092817465", column: "cgspl", stockCodes: ["1.600123", "0.002456", "0.300789"] };</script>
</head>
<body>
<div class="topnav">
  <div class="w1200">
    <a href="https://www.caifu-demo.test/" target="_blank">财富网首页</a><a href="https://finance.caifu-demo.test/" target="_blank">财经</a><a href="https://stock.caifu-demo.test/" target="_blank">股票</a>
    <a href="https://fund.caifu-demo.test/" target="_blank">基金</a><a href="https://data.caifu-demo.test/" target="_blank">数据</a><a href="https://guba.caifu-demo.test/" target="_blank">股吧</a>
    <span class="login"><a href="https://passport.caifu-demo.test/login">登录</a> | <a href="https://passport.caifu-demo.test/reg">注册</a></span>
  </div>
</div>
@@QUOTE_BAR@@
<div class="w1200 header"><a href="https://finance.caifu-demo.test/" class="logo"><img src="https://g1.caifu-demo.test/newsite/img/logo_finance.png" alt="财富网财经"></a>
  <form class="search" action="https://so.caifu-demo.test/" target="_blank"><input type="text" name="keyword" placeholder="代码/名称/拼音"><button type="submit">搜索</button></form>
</div>
<div class="w1200 bread"><a href="https://www.caifu-demo.test/" target="_blank">@@CRUMB_HOME@@</a> &gt; <a href="https://finance.caifu-demo.test/" target="_blank">@@CRUMB_CHANNEL@@</a> &gt; <a href="https://finance.caifu-demo.test/a/cgspl.html" target="_blank">@@CRUMB_COLUMN@@</a> &gt; <span>正文</span></div>
<div class="w1200 main clearfix">
  <div class="mainleft">
    <div class="detail">
      <div class="title">@@TITLE@@</div>
      <div class="infos">
        <div class="item">2024年06月03日 07:52</div>
        <div class="item">来源：<a href="http://www.dzzqb-demo.test/" target="_blank" rel="nofollow">@@SOURCE@@</a></div>
        <div class="item">作者：记者 黄子墨</div>
        <div class="item share"><a href="javascript:shareTo('weibo')">微博</a> <a href="javascript:shareTo('qzone')">QQ空间</a> <a href="https://guba.caifu-demo.test/list,600123.html" target="_blank">评论(48)</a></div>
      </div>
      <div class="abstract">
        <div class="b-review">摘要</div>
        <div class="txt">【东州电力拟投资38亿元建设独立储能电站 多家券商上调评级】东州电力拟在江川新区投资建设独立储能电站，这是公司上市以来单笔金额最大的储能投资。</div>
      </div>
      <div class="txtinfos" id="ContentBody">
@@CONTENT@@
      </div>
      <div class="res-edit">（责任编辑：70）</div>
      <div class="sm-box">
        <div class="sm-title">郑重声明：</div>
        <p>财富网发布此信息的目的在于传播更多信息，与本站立场无关。财富网不保证该信息（包括但不限于文字、视频、音频、数据及图表）全部或者部分内容的准确性、真实性、完整性、有效性、及时性、原创性等。相关信息并未经过本网站证实，不对您构成任何投资建议，据此操作，风险自担。</p>
      </div>
      <div class="stock-box">
        <div class="t">文中涉及个股</div>
        <table><tr><th>名称</th><th>最新价</th><th>涨跌幅</th></tr>
        <tr><td><a href="https://quote.caifu-demo.test/sh600123.html">东州电力</a></td><td>12.71</td><td class="up">+3.42%</td></tr>
        <tr><td><a href="https://quote.caifu-demo.test/sz002456.html">江川能源</a></td><td>9.84</td><td class="up">+1.13%</td></tr>
        <tr><td><a href="https://quote.caifu-demo.test/sz300789.html">北原新能</a></td><td>27.36</td><td class="down">-0.47%</td></tr></table>
      </div>
      <div class="related_reading">
        <div class="t">相关阅读</div>
        <ul>
@@RELATED@@
        </ul>
      </div>
      <div class="guba-box"><div class="t">东州电力吧</div><p><a href="https://guba.caifu-demo.test/list,600123.html">进入东州电力吧参与讨论 &gt;&gt;</a></p></div>
    </div>
  </div>
  <div class="mainright">
    <div class="sbox"><div class="t">热门资讯</div><ul>
@@HOT@@
    </ul></div>
    <div class="sbox"><div class="t">人气排行</div><ol>
@@RANK@@
    </ol></div>
    <div class="sbox ad"><a href="https://ad.caifu-demo.test/c?id=3321"><img src="https://g1.caifu-demo.test/ad/app_300x250.jpg" alt="下载财富网APP"></a></div>
  </div>
</div>
@@SITEMAP@@
@@FRIENDS@@
<div class="footer">
  <p><a href="https://www.caifu-demo.test/about/">关于我们</a> | <a href="https://www.caifu-demo.test/about/contact.html">联系我们</a> | <a href="https://www.caifu-demo.test/about/risk.html">风险提示</a> | <a href="https://www.caifu-demo.test/about/privacy.html">隐私保护</a></p>
  <p>财富网 版权所有　沪ICP证000025号　违法和不良信息举报：021-00000000</p>
  <p>郑重声明：财富网发布此信息的目的在于传播更多信息，与本站立场无关。</p>
</div>
@@STAT@@
</body>
</html>
"""


# --- 07: financial data news (GBK): unlabelled outlet with `·` beside the date, stock table, 声明, 编辑/校对 --------


def page_07() -> Page:
    url = "http://stock.jinhui-demo.test/2024-06-04/203118765.html"
    title = "北向资金连续五日净买入 这8只股获加仓超亿元"
    source = "东州证券报·数据港"
    editor = "郑宇航"
    crumbs = ["金汇网", "股票", "数据掘金"]
    table = Table(
        (
            ("代码", "简称", "收盘价（元）", "近5日涨跌幅（%）", "北向净买入（亿元）", "所属行业"),
            ("600123", "东州电力", "12.71", "6.45", "5.62", "电力"),
            ("601928", "江川银行", "6.38", "2.24", "3.18", "银行"),
            ("603517", "青禾食品", "48.90", "4.87", "2.47", "食品饮料"),
            ("300789", "北原新能", "27.36", "9.12", "1.96", "电力设备"),
            ("002456", "江川能源", "9.84", "3.56", "1.73", "电力设备"),
            ("600876", "石湾建材", "15.22", "-1.08", "1.41", "建筑材料"),
            ("000951", "云岭医药", "33.05", "1.63", "1.27", "医药生物"),
            ("688312", "临川智能", "56.18", "7.39", "1.05", "电子"),
        )
    )
    body: list[Block] = [
        "数据港统计，截至6月3日，北向资金已连续5个交易日净买入A股，累计净买入金额达到186.4亿元。从行业看，电力设备、食品饮料、银行等板块获加仓居前。",
        "个股方面，近5个交易日北向资金净买入金额超过1亿元的个股共有8只。东州电力获净买入5.62亿元居首，江川银行、青禾食品分别获净买入3.18亿元、2.47亿元。",
        "从持股比例看，上述个股中，北向资金持股占流通股比例最高的是青禾食品，为9.86%；东州电力的持股比例较5个交易日前提高了0.74个百分点，增幅最大。",
        "下表为近5个交易日北向资金净买入超1亿元的个股：",
        table,
        "注：收盘价为6月3日数据，涨跌幅为近5个交易日累计。",
        "机构人士认为，近期北向资金回流，主要受海外流动性预期改善和A股估值处于相对低位等因素影响。短期来看，外资流入节奏仍可能随海外市场波动而反复，"
        "但对估值合理、业绩确定性较高的行业龙头仍有望保持配置力度。",
    ]
    content = render(
        body,
        para="<p>　　{}</p>",
        table=lambda t: '<div class="table-wrap">\n' + table_html(t, cls="tb-data", head=True) + "\n</div>",
    ).replace("<p>　　注：", '<p class="note">注：')
    related = [
        Rel("/2024-06-03/203109942.html", "北向资金单日净买入超五十亿元 电力设备获加仓", note="06-03"),
        Rel("/2024-05-31/203088417.html", "五月北向资金净流入创年内新高", note="05-31"),
        Rel(
            "http://stock.jinhui-demo.test/2024-05-29/203071206.html",
            "外资机构密集调研电力设备公司",
            note="05-29",
        ),
    ]
    rel_html = "\n".join(
        f'      <li><span class="date">{r.note}</span><a href="{r.href}" target="_blank">{esc(r.title)}</a></li>'
        for r in related
    )
    flows = [
        ("东州电力", "5.62"),
        ("江川银行", "3.18"),
        ("青禾食品", "2.47"),
        ("北原新能", "1.96"),
        ("江川能源", "1.73"),
    ]
    flow_html = "\n".join(f"        <tr><td>{n}</td><td>{v}亿</td></tr>" for n, v in flows)
    hot = numbered("/2024-06-04/2031", 18801, 37, ".html", SIDE[16:24])
    page = fill(
        TEMPLATE_07,
        title=esc(title),
        source=esc(source),
        crumbs="".join(
            [
                f'<a href="http://www.jinhui-demo.test/">{crumbs[0]}</a> &gt; ',
                f'<a href="http://stock.jinhui-demo.test/">{crumbs[1]}</a> &gt; ',
                f'<a href="http://stock.jinhui-demo.test/data/">{crumbs[2]}</a>',
            ]  # fmt: skip
        ),
        content=content,
        editor=esc(editor),
        related=rel_html,
        flows=flow_html,
        hot=links(hot, tpl='<li><a href="{}" target="_blank">{}</a></li>'),
        quote_bar=quote_bar(),
        sitemap=sitemap("http://www.jinhui-demo.test"),
        friends=friends(),
        stat=stat_script("jinhui", "count.jinhui-demo.test"),
    )
    expected = record(
        url,
        article_id="203118765",
        title=title,
        source=source,
        published_at=cst(2024, 6, 4, 6, 35, 21),
        body=body,
        editor=editor,
        breadcrumbs=crumbs,
        category="数据掘金",
        related=related,
    )
    return Page("07-data-news-table-gbk", url, page, expected, encoding="gbk")


TEMPLATE_07 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>@@TITLE@@-金汇网股票</title>
<meta name="keywords" content="北向资金,净买入,东州电力" />
<meta name="description" content="数据港统计，截至6月3日，北向资金已连续5个交易日净买入A股。" />
<link href="http://img.jinhui-demo.test/css/stock_article.css" rel="stylesheet" type="text/css" />
<style type="text/css">.tb-data{width:100%;border-collapse:collapse}.tb-data th,.tb-data td{border:1px solid #ddd;padding:4px 6px;text-align:center}.note{color:#666;font-size:12px}</style>
<script type="text/javascript" src="http://img.jinhui-demo.test/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div id="topbar"><div class="wrap"><a href="http://www.jinhui-demo.test/">金汇网首页</a> | <a href="http://news.jinhui-demo.test/">新闻</a> | <a href="http://stock.jinhui-demo.test/">股票</a> | <a href="http://funds.jinhui-demo.test/">基金</a> | <a href="http://bond.jinhui-demo.test/">债券</a> | <a href="http://forex.jinhui-demo.test/">外汇</a> | <a href="http://futures.jinhui-demo.test/">期货</a> | <a href="http://bank.jinhui-demo.test/">银行</a> | <a href="http://insurance.jinhui-demo.test/">保险</a></div></div>
@@QUOTE_BAR@@
<div class="wrap logobar"><a href="http://stock.jinhui-demo.test/"><img src="http://img.jinhui-demo.test/images/logo_stock.gif" alt="金汇网股票" /></a><div class="ad728"><script type="text/javascript" src="http://ad.jinhui-demo.test/show.js?pos=stock_top"></script></div></div>
<div class="wrap">
  <div class="links">@@CRUMBS@@</div>
  <div class="layout mg articleName">
    <h1>@@TITLE@@</h1>
    <div class="tip fl"><span class="pr20">2024-06-04 06:35:21</span><a href="http://www.dzzqb-demo.test/" target="_blank" rel="nofollow">@@SOURCE@@</a>&nbsp;&nbsp;<span>作者：蒋明哲</span></div>
    <div class="tip fr"><a href="javascript:void(0)" onclick="shareTo('weibo')">分享到微博</a> <a href="http://comment.jinhui-demo.test/203118765.html">评论(7)</a></div>
  </div>
  <div class="layout mg clearfix">
    <div class="l w670">
      <div class="art_contextBox">
@@CONTENT@@
        <p class="statement">声明：数据港所有资讯内容不构成投资建议，股市有风险，投资需谨慎。</p>
      </div>
      <div class="tr mt10 editor">责任编辑：@@EDITOR@@　校对：冯欣</div>
      <div class="share-box">分享到：<a href="javascript:shareTo('weibo')">新浪微博</a> <a href="javascript:shareTo('qzone')">QQ空间</a></div>
      <div class="relatedNews">
        <h3>相关新闻</h3>
        <ul>
@@RELATED@@
        </ul>
      </div>
      <div class="comment-box"><h3>网友评论</h3><p>共有7条评论 <a href="http://comment.jinhui-demo.test/203118765.html">查看全部</a></p></div>
    </div>
    <div class="r w300">
      <div class="sidebox">
        <h3>北向资金净买入前五</h3>
        <table class="tb-side">
        <tr><th>简称</th><th>净买入</th></tr>
@@FLOWS@@
        </table>
      </div>
      <div class="sidebox">
        <h3>股票要闻</h3>
        <ul>
@@HOT@@
        </ul>
      </div>
    </div>
  </div>
</div>
@@SITEMAP@@
@@FRIENDS@@
<div id="footer"><div class="wrap">
  <p><a href="http://www.jinhui-demo.test/about/">关于我们</a> | <a href="http://www.jinhui-demo.test/about/ad.html">广告服务</a> | <a href="http://www.jinhui-demo.test/about/law.html">法律声明</a></p>
  <p>Copyright &copy; 金汇网 All Rights Reserved　京ICP证000031号</p>
</div></div>
@@STAT@@
</body>
</html>
"""


# --- 08: 7x24 flash item page: `【财汇快讯】` opening, weekday between date and time, 相关快讯, 最新快讯 rolling list ---


FLASHES = [
    ("09:28", "东州证券交易所：今日起调整部分ETF申赎清单发布时间"),
    ("09:25", "东州银行间市场：7天期回购利率小幅下行"),
    ("09:20", "江川港集团：5月集装箱吞吐量同比增长11.2%"),
    ("09:16", "人民币兑美元中间价报7.1086，调升12个基点"),
    ("09:10", "北原新能：拟回购不超过2亿元公司股份"),
    ("09:02", "东州期货交易所：碳酸锂期货主力合约早盘低开"),
    ("08:55", "青禾食品：5月销售收入同比增长18%"),
    ("08:47", "石湾建材：子公司中标3.6亿元光伏建筑一体化项目"),
    ("08:40", "云岭医药：创新药临床试验申请获受理"),
    ("08:31", "江川银行：完成发行50亿元小微企业专项金融债"),
]


def page_08() -> Page:
    url = "https://www.caihui-demo.test/kuaixun/detail/1843297.html"
    title = "东州电力：一季度储能订单同比增长逾两倍"
    body: list[Block] = [
        "【财汇快讯】6月3日，东州电力在投资者互动平台表示，公司一季度新签储能系统订单约1.9吉瓦时，同比增长逾两倍，目前在手订单充足，产能利用率保持在较高水平。",
        "公司同时表示，江川新区200兆瓦/400兆瓦时独立储能电站项目已完成前期备案，预计年内开工。",
    ]
    related = [
        Rel("/kuaixun/detail/1843012.html", "东州电力：拟投资38亿元建设独立储能电站", note="06-02 18:45"),
        Rel("/kuaixun/detail/1838544.html", "储能板块午后拉升 东州电力涨超5%", note="05-30 13:21"),
        Rel("/kuaixun/detail/1831906.html", "东州电力：一季度净利润同比增长36%", note="05-28 19:02"),
    ]
    rel_html = "\n".join(
        f'          <li><span class="time">{r.note}</span><a href="{r.href}" target="_blank">{esc(r.title)}</a></li>'
        for r in related
    )
    latest_html = "\n".join(
        f'          <li><span class="time">{t}</span><a href="/kuaixun/detail/{1843296 - i * 3}.html" target="_blank">{esc(x)}</a></li>'
        for i, (t, x) in enumerate(FLASHES)
    )
    page = fill(
        TEMPLATE_08,
        title=esc(title),
        content=render(body, para='<p class="flash-text">{}</p>'),
        related=rel_html,
        latest=latest_html,
        hot=links(
            numbered("/depth/2024060", 38812, 97, ".html", SIDE[0:8]),
            tpl='<li><a href="{}" target="_blank">{}</a></li>',
        ),
        sitemap=sitemap("https://www.caihui-demo.test"),
        friends=friends(),
        stat=stat_script("caihui", "tj.caihui-demo.test"),
    )
    expected = record(
        url,
        article_id="1843297",
        title=title,
        source=None,
        published_at=cst(2024, 6, 3, 9, 31, 5),
        body=body,
        related=related,
    )
    return Page("08-flash-7x24-item", url, page, expected)


TEMPLATE_08 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>@@TITLE@@_财汇7x24快讯_财汇网</title>
<meta name="keywords" content="快讯,7x24,东州电力,储能">
<meta name="description" content="6月3日，东州电力在投资者互动平台表示，公司一季度新签储能系统订单约1.9吉瓦时，同比增长逾两倍。">
<link rel="stylesheet" href="https://static.caihui-demo.test/pc/css/flash-detail.4c1e2a.css">
</head>
<body>
<div class="header">
  <div class="container">
    <a class="logo" href="/"><img src="https://static.caihui-demo.test/pc/img/logo.svg" alt="财汇网"></a>
    <nav><a href="/">首页</a><a href="/kuaixun/" class="active">7x24快讯</a><a href="/depth/">深度</a><a href="/company/">公司</a><a href="/market/">市场</a><a href="/data/">数据</a><a href="/app/">APP下载</a></nav>
  </div>
</div>
<div class="container main clearfix">
  <div class="left-box">
    <div class="flash-detail">
      <div class="flash-label">财汇7x24</div>
      <h1 class="flash-title">@@TITLE@@</h1>
      <div class="flash-time">2024-06-03 星期一 09:31:05</div>
      <div class="flash-content">
@@CONTENT@@
      </div>
      <div class="flash-stocks">相关股票：<a href="https://quote.caihui-demo.test/sh600123">东州电力 600123</a><span class="up">+3.42%</span></div>
      <div class="flash-tags"><a href="/tag/储能">#储能</a><a href="/tag/电力">#电力</a></div>
      <div class="flash-tools"><span class="share">分享</span><span class="poster">生成海报</span><span class="good">利好 126</span><span class="bad">利空 9</span></div>
      <div class="flash-disclaimer">风险提示：财汇网所载文章、数据仅供参考，使用前务请仔细阅读法律申明，风险自负。</div>
    </div>
    <div class="flash-related">
      <div class="box-title">相关快讯</div>
      <ul>
@@RELATED@@
      </ul>
    </div>
    <div class="app-banner"><img src="https://static.caihui-demo.test/pc/img/app-banner.png" alt="下载财汇APP，快讯实时推送"></div>
  </div>
  <div class="right-box">
    <div class="flash-rolling">
      <div class="box-title">最新快讯 <span class="date">06月03日</span></div>
      <ul>
@@LATEST@@
      </ul>
      <a class="more" href="/kuaixun/">查看更多快讯 &gt;</a>
    </div>
    <div class="hot-depth">
      <div class="box-title">热门文章</div>
      <ol>
@@HOT@@
      </ol>
    </div>
  </div>
</div>
@@SITEMAP@@
@@FRIENDS@@
<div class="footer">
  <p>&copy; 2024 财汇网 caihui-demo.test 版权所有　沪ICP备00000044号</p>
  <p>本站所载文章、数据仅供参考，不构成投资建议。</p>
</div>
@@STAT@@
</body>
</html>
"""


# --- 09: company press release: 新闻中心 > 公司新闻, date alone, counter script `hits.php?id=`, 撰稿/摄影/审核 line ---


def page_09() -> Page:
    url = "https://www.dongzhou-power-demo.test/news/show-3021.html"
    title = "东州电力与江川新区签约共建百兆瓦级储能示范基地"
    source = "集团党群工作部"
    reviewer = "韩立新"
    counter = "/include/hits.php?id=3021&amp;type=news"
    crumbs = ["首页", "新闻中心", "公司新闻"]
    body: list[Block] = [
        "5月18日，东州电力股份有限公司与江川新区管委会在江川签署战略合作协议，双方将共建百兆瓦级储能示范基地。"
        "公司董事长杜明远、江川新区党工委书记邵国华出席签约仪式并致辞。",
        Img("/uploads/news/2024/05/20240520093512_1.jpg"),
        Cap("签约仪式现场"),
        "根据协议，示范基地规划总规模300兆瓦/600兆瓦时，分两期建设，涵盖独立储能电站、储能系统集成测试中心和退役电池梯次利用中心。"
        "其中一期独立储能电站项目规模200兆瓦/400兆瓦时，计划今年内开工建设。",
        "杜明远表示，江川新区新能源资源丰富、电网基础较好，是公司布局储能产业的重要区域。公司将发挥在电源建设和电力运营方面的经验，"
        "把示范基地建成技术先进、运行安全、效益良好的标杆项目。",
        "邵国华表示，新区将在用地保障、并网接入和要素配套等方面全力支持项目建设，推动储能产业链上下游企业集聚发展。",
        Img("/uploads/news/2024/05/20240520093512_2.jpg"),
        Cap("双方代表交换协议文本"),
        "签约仪式前，公司一行还实地考察了江川新区储能产业园和新能源汽车零部件产业园。",
    ]
    content = render(
        body,
        para='<p style="text-indent:2em;">{}</p>',
        img='<p style="text-align:center;"><img src="{}" alt="" width="700" /></p>',
        cap='<p style="text-align:center;color:#666;">{}</p>',
    )
    page = fill(
        TEMPLATE_09,
        title=esc(title),
        source=esc(source),
        counter=counter,
        content=content,
        reviewer=esc(reviewer),
        crumbs=" &gt; ".join(
            f'<a href="{h}">{t}</a>' for h, t in zip(["/", "/news/", "/news/gsxw/"], crumbs, strict=True)
        ),
    )
    expected = record(
        url,
        article_id="3021",
        title=title,
        source=source,
        published_at=cst(2024, 5, 20),
        body=body,
        counter_src=counter,
        reviewer=reviewer,
        breadcrumbs=crumbs,
        category="公司新闻",
    )
    return Page("09-company-press-release", url, page, expected)


TEMPLATE_09 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@-东州电力股份有限公司</title>
<meta name="keywords" content="东州电力,储能,江川新区,示范基地">
<meta name="description" content="5月18日，东州电力股份有限公司与江川新区管委会在江川签署战略合作协议，双方将共建百兆瓦级储能示范基地。">
<link rel="stylesheet" href="/static/css/common.css?v=3.2">
<link rel="stylesheet" href="/static/css/news.css?v=3.2">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar">
  <div class="wrap">
    <span class="stock">股票代码：600123</span>
    <div class="lang"><a href="/" class="on">中文</a> | <a href="/en/">EN</a></div>
    <div class="quick"><a href="/ir/">投资者关系</a><a href="/join/">人才招聘</a><a href="/contact/">联系我们</a></div>
  </div>
</div>
<div class="header">
  <div class="wrap">
    <a class="logo" href="/"><img src="/static/images/logo.png" alt="东州电力股份有限公司"></a>
    <ul class="menu">
      <li><a href="/">首页</a></li>
      <li><a href="/about/">走进东州</a><div class="sub"><a href="/about/intro/">公司简介</a><a href="/about/culture/">企业文化</a><a href="/about/history/">发展历程</a><a href="/about/honor/">荣誉资质</a></div></li>
      <li class="on"><a href="/news/">新闻中心</a><div class="sub"><a href="/news/gsxw/">公司新闻</a><a href="/news/hydt/">行业动态</a><a href="/news/mtjj/">媒体聚焦</a><a href="/news/video/">视频中心</a></div></li>
      <li><a href="/business/">主营业务</a><div class="sub"><a href="/business/thermal/">火力发电</a><a href="/business/storage/">新型储能</a><a href="/business/renewable/">新能源</a></div></li>
      <li><a href="/ir/">投资者关系</a></li>
      <li><a href="/esg/">社会责任</a></li>
      <li><a href="/party/">党建园地</a></li>
    </ul>
  </div>
</div>
<div class="inner-banner"><img src="/static/images/banner_news.jpg" alt="新闻中心"><div class="banner-txt"><h2>新闻中心</h2><p>NEWS CENTER</p></div></div>
<div class="wrap inner-main clearfix">
  <div class="side-menu">
    <h3>新闻中心<span>NEWS</span></h3>
    <ul>
      <li class="on"><a href="/news/gsxw/">公司新闻</a></li>
      <li><a href="/news/hydt/">行业动态</a></li>
      <li><a href="/news/mtjj/">媒体聚焦</a></li>
      <li><a href="/news/video/">视频中心</a></li>
    </ul>
    <div class="side-contact">
      <h4>联系我们</h4>
      <p>地址：东州市高新区能源大道88号</p>
      <p>电话：0000-88886666</p>
      <p>邮箱：ir@dongzhou-power-demo.test</p>
    </div>
    <div class="side-business">
      <h4>主营业务</h4>
      <a href="/business/thermal/"><img src="/static/images/side_thermal.jpg" alt=""><span>火力发电</span></a>
      <a href="/business/storage/"><img src="/static/images/side_storage.jpg" alt=""><span>新型储能</span></a>
      <a href="/business/renewable/"><img src="/static/images/side_renewable.jpg" alt=""><span>新能源</span></a>
    </div>
  </div>
  <div class="inner-content">
    <div class="position">您的位置：@@CRUMBS@@</div>
    <div class="news-detail">
      <h1 class="news-title">@@TITLE@@</h1>
      <div class="news-info">
        <span>发布时间：2024-05-20</span>
        <span>来源：@@SOURCE@@</span>
        <span>浏览次数：<script type="text/javascript" src="@@COUNTER@@"></script></span>
        <span class="fontsize">字号：<a href="javascript:void(0)" onclick="setSize(18)">大</a> <a href="javascript:void(0)" onclick="setSize(16)">中</a> <a href="javascript:void(0)" onclick="setSize(14)">小</a></span>
      </div>
      <div class="news-content" id="newsContent">
@@CONTENT@@
        <p class="author-line" style="text-align:right;">撰稿：宋雨晴　摄影：高峻　审核：@@REVIEWER@@</p>
      </div>
      <div class="news-share">分享到：<a href="javascript:void(0)" class="wx">微信</a><a href="javascript:void(0)" class="wb">微博</a></div>
      <div class="news-page">
        <p>上一篇：<a href="/news/show-3018.html">公司召开2024年安全生产工作会议</a></p>
        <p>下一篇：<a href="/news/show-3024.html">公司青禾储能电站荣获省级示范项目称号</a></p>
      </div>
      <div class="news-back"><a href="/news/gsxw/">返回列表</a></div>
    </div>
  </div>
</div>
<div class="footer">
  <div class="wrap">
    <div class="foot-cols">
      <dl><dt><a href="/about/">走进东州</a></dt><dd><a href="/about/intro/">公司简介</a></dd><dd><a href="/about/culture/">企业文化</a></dd><dd><a href="/about/history/">发展历程</a></dd><dd><a href="/about/honor/">荣誉资质</a></dd><dd><a href="/about/org/">组织机构</a></dd></dl>
      <dl><dt><a href="/news/">新闻中心</a></dt><dd><a href="/news/gsxw/">公司新闻</a></dd><dd><a href="/news/hydt/">行业动态</a></dd><dd><a href="/news/mtjj/">媒体聚焦</a></dd><dd><a href="/news/video/">视频中心</a></dd></dl>
      <dl><dt><a href="/business/">主营业务</a></dt><dd><a href="/business/thermal/">火力发电</a></dd><dd><a href="/business/storage/">新型储能</a></dd><dd><a href="/business/renewable/">新能源</a></dd><dd><a href="/business/heat/">综合能源服务</a></dd></dl>
      <dl><dt><a href="/ir/">投资者关系</a></dt><dd><a href="/ir/notice/">公司公告</a></dd><dd><a href="/ir/report/">定期报告</a></dd><dd><a href="/ir/governance/">公司治理</a></dd><dd><a href="/ir/contact/">投资者热线</a></dd></dl>
      <dl><dt><a href="/esg/">社会责任</a></dt><dd><a href="/esg/report/">ESG报告</a></dd><dd><a href="/esg/green/">绿色发展</a></dd><dd><a href="/esg/welfare/">公益活动</a></dd></dl>
      <dl><dt><a href="/join/">人才招聘</a></dt><dd><a href="/join/social/">社会招聘</a></dd><dd><a href="/join/campus/">校园招聘</a></dd></dl>
    </div>
    <div class="foot-links">相关链接：<a href="https://www.dzgzw-demo.test/" target="_blank">东州省国资委</a><a href="https://www.dzfgw-demo.test/" target="_blank">东州省发展改革委</a><a href="https://www.dzse-demo.test/" target="_blank">东州证券交易所</a><a href="https://www.dzpower-group-demo.test/" target="_blank">东州能源集团</a></div>
    <div class="foot-qr"><img src="/static/images/qr_wechat.png" alt="官方微信"><p>官方微信</p></div>
    <p class="copy">Copyright &copy; 2024 东州电力股份有限公司 版权所有　东ICP备00000051号-1</p>
  </div>
</div>
<script>
function setSize(n) { document.getElementById("newsContent").style.fontSize = n + "px"; }
$(function () { $(".menu li").hover(function () { $(this).find(".sub").stop().slideDown(200); }, function () { $(this).find(".sub").stop().slideUp(200); }); });
</script>
</body>
</html>
"""


# --- 10: research-report summary: 机构/研究员/评级/日期 box, 投资要点, the report's own 风险提示, forecast table ------


def page_10() -> Page:
    url = "https://www.yanbao-demo.test/report/2024/0603/AP202406031637512345.html"
    title = "东州电力（600123）：储能订单快速放量 上调盈利预测"
    source = "江川证券"
    crumbs = ["首页", "研报中心", "个股研报"]
    forecast = Table(
        (
            ("指标", "2023A", "2024E", "2025E", "2026E"),
            ("营业收入（亿元）", "218.4", "236.9", "258.2", "279.5"),
            ("归母净利润（亿元）", "17.3", "21.6", "25.3", "29.8"),
            ("每股收益（元）", "0.77", "0.96", "1.13", "1.33"),
            ("市盈率（倍）", "16.5", "13.2", "11.3", "9.6"),
        )
    )
    body: list[Block] = [
        Sub("投资要点"),
        "事件：公司发布公告，拟投资约38亿元在江川新区建设200兆瓦/400兆瓦时独立储能电站项目。",
        "储能订单快速放量，业务结构持续优化。公司一季度新签储能系统订单约1.9吉瓦时，同比增长逾两倍。我们测算，2024年公司储能业务收入有望达到42亿元，"
        "占营业收入比重提升至18%左右，成为公司第二增长曲线。",
        "独立储能项目收益模式逐步清晰。公司已投运的青禾、石湾两座储能电站通过容量租赁、调峰补偿和现货交易获取收益，2023年合计实现利润约1.1亿元。"
        "新项目规模为已投运项目的两倍，建成后有望显著增厚公司利润。",
        "火电板块盈利修复，现金流改善。受益于煤价回落，公司一季度火电度电毛利同比提升约0.03元，经营性现金流净额同比增长57%，为储能业务扩张提供了资金保障。",
        "盈利预测与投资评级：我们上调公司2024—2026年归母净利润预测至21.6亿元、25.3亿元、29.8亿元（原预测为19.8亿元、23.1亿元、26.9亿元），"
        "对应市盈率分别为13.2倍、11.3倍、9.6倍，维持“买入”评级。",
        forecast,
        "风险提示：原材料价格大幅波动；储能项目并网进度不及预期；电力市场化改革进度不及预期；行业竞争加剧。",
    ]
    content = render(
        body,
        para="<p>{}</p>",
        sub='<h3 class="rp-sub">{}</h3>',
        table=lambda t: table_html(t, cls="rp-forecast"),
    )
    related = [
        Rel(
            "/report/2024/0529/AP202405291635208871.html",
            "东州电力（600123）：一季度业绩超预期 储能业务加速",
            note="北原证券 2024-05-29",
        ),
        Rel(
            "/report/2024/0430/AP202404301628437702.html",
            "东州电力（600123）：火电盈利修复 储能打开成长空间",
            note="江川证券 2024-04-30",
        ),
        Rel(
            "/report/2024/0422/AP202404221625519034.html",
            "储能行业深度：独立储能收益模式拆解",
            note="南湖证券 2024-04-22",
        ),
        Rel(
            "/report/2024/0408/AP202404081621776410.html",
            "电力行业周报：现货市场试运行扩围",
            note="云岭证券 2024-04-08",
        ),
    ]
    rel_html = "\n".join(
        f'          <tr><td class="t"><a href="{r.href}" target="_blank">{esc(r.title)}</a></td><td>{r.note.split()[0]}</td><td>{r.note.split()[1]}</td></tr>'
        for r in related
    )
    hot = numbered("/report/2024/0603/AP2024060316375", 10922, 317, ".html", [
        "电力设备行业：储能招标量价齐升", "青禾食品（603517）：渠道改革见效 业绩稳步增长", "银行业五月数据点评：信贷结构持续优化",
        "北原新能（300789）：海外订单放量 盈利拐点已现", "宏观专题：五月出口增速或小幅回落", "医药行业：创新药出海进入收获期",
    ])  # fmt: skip
    page = fill(
        TEMPLATE_10,
        title=esc(title),
        source=esc(source),
        content=content,
        related=rel_html,
        hot=links(hot),
        quote_bar=quote_bar(),
        sitemap=sitemap("https://www.yanbao-demo.test"),
        stat=stat_script("yanbao", "tj.yanbao-demo.test"),
    )
    expected = record(
        url,
        article_id="AP202406031637512345",
        title=title,
        source=source,
        published_at=cst(2024, 6, 3),
        body=body,
        breadcrumbs=crumbs,
        category="个股研报",
        related=related,
    )
    return Page("10-research-report-summary", url, page, expected)


TEMPLATE_10 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>@@TITLE@@_个股研报_研报中心</title>
<meta name="keywords" content="东州电力,600123,研报,储能,江川证券">
<meta name="description" content="江川证券发布东州电力研报，维持买入评级。">
<link rel="stylesheet" href="https://static.yanbao-demo.test/css/report_detail.css?v=2024">
<style>.rp-forecast{width:100%;border-collapse:collapse;margin:12px 0}.rp-forecast th,.rp-forecast td{border:1px solid #e5e5e5;padding:6px;text-align:right}.rp-sub{font-size:16px;margin:16px 0 8px}</style>
</head>
<body>
<div class="site-top"><div class="w1200"><a href="https://www.yanbao-demo.test/">研报网首页</a><a href="/report/stock/">个股研报</a><a href="/report/industry/">行业研报</a><a href="/report/macro/">宏观研究</a><a href="/report/strategy/">策略报告</a><a href="/report/org/">机构列表</a><span class="user"><a href="/login/">登录</a></span></div></div>
@@QUOTE_BAR@@
<div class="w1200 crumbs"><a href="https://www.yanbao-demo.test/">首页</a> &gt; <a href="/report/">研报中心</a> &gt; <a href="/report/stock/">个股研报</a></div>
<div class="w1200 clearfix">
  <div class="main-left">
    <div class="report-head">
      <h1>@@TITLE@@</h1>
      <div class="report-info">
        <span class="stock"><a href="https://quote.yanbao-demo.test/sh600123.html">东州电力</a> 600123</span>
        <span>机构：<a href="/report/org/jczq.html">@@SOURCE@@</a></span>
        <span>研究员：周启航,许嘉怡</span>
        <span>评级：<em class="buy">买入</em>（维持）</span>
        <span>日期：2024-06-03</span>
        <span>页数：18页</span>
      </div>
    </div>
    <div class="report-body">
      <div class="report-content">
@@CONTENT@@
      </div>
      <div class="report-pdf"><a href="https://pdf.yanbao-demo.test/H3_AP202406031637512345_1.pdf" target="_blank">查看PDF原文</a> <span>（18页，1.26MB）</span></div>
      <div class="report-disclaimer">免责声明：本站所载研报摘要均来自公开资料，仅供投资者参考，不构成任何投资建议。投资者据此操作，风险自担。</div>
    </div>
    <div class="report-related">
      <h2>相关研报</h2>
      <table>
        <thead><tr><th>报告名称</th><th>机构</th><th>日期</th></tr></thead>
        <tbody>
@@RELATED@@
        </tbody>
      </table>
    </div>
  </div>
  <div class="main-right">
    <div class="rating-box">
      <h3>机构评级统计（近90天）</h3>
      <table><tr><th>买入</th><th>增持</th><th>中性</th><th>减持</th></tr><tr><td>9</td><td>4</td><td>1</td><td>0</td></tr></table>
      <p>一致预期目标价：15.20元</p>
    </div>
    <div class="hot-box">
      <h3>今日热门研报</h3>
      <ul>
@@HOT@@
      </ul>
    </div>
  </div>
</div>
@@SITEMAP@@
<div class="footer"><p>研报网 版权所有　沪ICP备00000057号</p><p>本站研报摘要仅供参考，不构成投资建议。</p></div>
@@STAT@@
</body>
</html>
"""


# --- 11: exchange announcement page: 证券代码/证券简称/公告编号 header and repeated title in the text, signature ----


def page_11() -> Page:
    url = (
        "https://www.dzse-demo.test/disclosure/listedinfo/announcement/c/2024-06-03/600123_20240603_3HK2.html"
    )
    title = "东州电力股份有限公司关于投资建设独立储能电站项目的公告"
    crumbs = ["首页", "披露", "上市公司信息", "最新公告"]
    header = Raw(
        '<p style="text-align:left;">证券代码：600123　　　　证券简称：东州电力　　　　公告编号：临2024-031</p>\n'
        '<p style="text-align:center;"><strong>东州电力股份有限公司</strong></p>\n'
        '<p style="text-align:center;"><strong>关于投资建设独立储能电站项目的公告</strong></p>'
    )
    body: list[Block] = [
        header,
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。",
        Sub("重要内容提示："),
        "投资标的名称：江川新区200MW/400MWh独立储能电站项目",
        "投资金额：项目计划总投资约人民币38亿元",
        "相关风险提示：本项目尚需取得相关主管部门的核准及并网许可，项目建设进度及收益存在不确定性，敬请广大投资者注意投资风险。",
        Sub("一、对外投资概述"),
        "（一）为把握新型储能产业发展机遇，优化公司业务结构，公司全资子公司东州储能科技有限公司（以下简称“东州储能”）"
        "拟在江川新区投资建设200MW/400MWh独立储能电站项目，项目计划总投资约人民币38亿元。",
        "（二）公司于2024年6月2日召开第九届董事会第十四次会议，审议通过了《关于投资建设独立储能电站项目的议案》。本次投资无需提交公司股东大会审议。",
        "（三）本次投资不构成关联交易，不构成《上市公司重大资产重组管理办法》规定的重大资产重组。",
        Sub("二、投资标的基本情况"),
        "项目名称：江川新区200MW/400MWh独立储能电站项目。建设地点：江川新区能源产业园。建设内容：建设磷酸铁锂电池储能系统及配套升压站、送出线路等设施。"
        "建设周期：预计18个月。资金来源：公司自有资金及银行贷款。",
        Sub("三、本次投资对公司的影响"),
        "本次投资符合国家能源发展战略和公司发展规划，有利于公司拓展新型储能业务，提升综合竞争力。项目建成后，预计年均营业收入约4.6亿元，"
        "对公司未来经营业绩将产生积极影响。本次投资不会对公司2024年度财务状况和经营成果产生重大影响。",
        Sub("四、风险提示"),
        "本项目在建设过程中可能面临政策调整、审批进度、设备供应及工程建设等方面的风险，项目投产后的实际收益受电力市场价格、调度安排等因素影响，"
        "存在不及预期的可能。公司将密切关注项目进展，及时履行信息披露义务。敬请广大投资者注意投资风险。",
        "特此公告。",
        "东州电力股份有限公司董事会",
        "2024年6月3日",
    ]
    out = []
    for block in body:
        if isinstance(block, Raw):
            out.append(block.markup)
        elif isinstance(block, Sub):
            out.append(f'<p style="text-align:left;"><strong>{esc(block.text)}</strong></p>')
        elif block.startswith("本公司董事会及全体董事"):
            out.append(
                f'<table class="statement" border="1" cellpadding="6"><tr><td><strong>{esc(block)}</strong></td></tr></table>'
            )
        elif block in ("东州电力股份有限公司董事会", "2024年6月3日"):
            out.append(f'<p style="text-align:right;">{esc(block)}</p>')
        else:
            out.append(f'<p style="text-indent:2em;">{esc(block)}</p>')
    latest = [
        (
            "/disclosure/listedinfo/announcement/c/2024-06-03/603517_20240603_7QW1.html",
            "青禾食品：关于2024年5月经营数据的公告",
        ),
        (
            "/disclosure/listedinfo/announcement/c/2024-06-03/601928_20240603_2MZ8.html",
            "江川银行：关于小微企业专项金融债券发行完毕的公告",
        ),
        (
            "/disclosure/listedinfo/announcement/c/2024-06-03/600876_20240603_5RT4.html",
            "石湾建材：关于子公司中标项目的公告",
        ),
        (
            "/disclosure/listedinfo/announcement/c/2024-06-03/688312_20240603_9PL6.html",
            "临川智能：关于股东减持计划时间过半的进展公告",
        ),
        (
            "/disclosure/listedinfo/announcement/c/2024-05-31/600123_20240531_1AB3.html",
            "东州电力：第九届董事会第十四次会议决议公告",
        ),
    ]
    page = fill(
        TEMPLATE_11,
        title=esc(title),
        content="\n".join(out),
        latest=links(latest, tpl='<li><a href="{}" target="_blank">{}</a></li>'),
    )
    expected = record(
        url,
        article_id="600123_20240603_3HK2",
        title=title,
        source=None,
        published_at=cst(2024, 6, 3),
        body=body,
        breadcrumbs=crumbs,
        category="最新公告",
    )
    return Page("11-exchange-announcement", url, page, expected)


TEMPLATE_11 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>@@TITLE@@ | 东州证券交易所</title>
<meta name="keywords" content="东州电力,600123,公告,独立储能">
<link rel="stylesheet" href="/static/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/css/disclosure.css?v=20240415">
</head>
<body>
<div class="sse_topbar"><div class="container"><span>东州证券交易所官方网站</span><a href="/en/">English</a><a href="/sitemap/">网站地图</a><a href="/contact/">联系我们</a></div></div>
<div class="sse_header">
  <div class="container">
    <a class="logo" href="/"><img src="/static/images/logo.png" alt="东州证券交易所"></a>
    <ul class="sse_nav">
      <li><a href="/">首页</a></li><li><a href="/market/">市场数据</a></li><li class="active"><a href="/disclosure/">披露</a></li>
      <li><a href="/listing/">发行上市</a></li><li><a href="/regulation/">监管</a></li><li><a href="/services/">服务</a></li>
      <li><a href="/lawandrules/">规则</a></li><li><a href="/aboutus/">关于</a></li>
    </ul>
  </div>
</div>
<div class="container">
  <div class="sse_breadcrumb"><a href="/">首页</a><span>&gt;</span><a href="/disclosure/">披露</a><span>&gt;</span><a href="/disclosure/listedinfo/">上市公司信息</a><span>&gt;</span><a href="/disclosure/listedinfo/announcement/">最新公告</a></div>
  <div class="row">
    <div class="col-md-9">
      <div class="article-infor">
        <h2 class="title">@@TITLE@@</h2>
        <div class="article_opt"><span class="date">公告日期：2024-06-03</span><span class="pdf"><a href="/disclosure/listedinfo/announcement/c/2024-06-03/600123_20240603_3HK2.pdf" target="_blank">下载PDF</a></span><span class="print"><a href="javascript:window.print()">打印</a></span></div>
        <div class="allZoom">
@@CONTENT@@
        </div>
      </div>
      <div class="article-notice">注：本页面为上市公司公告的网页版本，如有差异，以公司披露的PDF文件为准。</div>
    </div>
    <div class="col-md-3">
      <div class="sse_side_box">
        <h4>公司概况</h4>
        <table class="table"><tr><td>证券代码</td><td>600123</td></tr><tr><td>证券简称</td><td>东州电力</td></tr><tr><td>上市日期</td><td>2003-11-18</td></tr><tr><td>所属行业</td><td>电力、热力生产和供应业</td></tr></table>
      </div>
      <div class="sse_side_box">
        <h4>最新公告</h4>
        <ul>
@@LATEST@@
        </ul>
      </div>
      <div class="sse_side_box">
        <h4>本所要闻</h4>
        <ul>
          <li><a href="/aboutus/news/c/c_20240603_10071234.shtml">本所发布上市公司可持续发展报告编制指南</a></li>
          <li><a href="/aboutus/news/c/c_20240531_10070988.shtml">本所召开2024年上市公司治理座谈会</a></li>
          <li><a href="/aboutus/news/c/c_20240528_10070512.shtml">本所完善上市公司股份回购规则</a></li>
          <li><a href="/aboutus/news/c/c_20240521_10069877.shtml">本所举办新型储能产业链上市公司集体业绩说明会</a></li>
          <li><a href="/aboutus/news/c/c_20240515_10069230.shtml">本所发布五月市场运行情况</a></li>
        </ul>
      </div>
      <div class="sse_side_box"><h4>投资者服务</h4><p>热线：400-000-0000</p><p><a href="/services/investor/">投资者教育</a></p><p><a href="/services/hotline/">投诉与咨询</a></p><p><a href="/services/vote/">网络投票</a></p></div>
    </div>
  </div>
</div>
<div class="sse_footer">
  <div class="container">
    <p><a href="/aboutus/">关于本所</a> | <a href="/contact/">联系我们</a> | <a href="/legal/">法律声明</a> | <a href="/sitemap/">网站地图</a></p>
    <p>东州证券交易所 版权所有 &copy; 2024　东ICP备00000063号</p>
    <p>本网站所载上市公司公告由上市公司提供，本所不对其内容的真实性、准确性和完整性负责。</p>
  </div>
</div>
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/disclosure.js?v=20240415"></script>
</body>
</html>
"""


# --- 12: English-Chinese bilingual page: Chinese headline with its English line, paragraphs in both languages -----


def page_12() -> Page:
    url = "https://language.dongandaily-demo.test/bilingual/2024-05/20/content_4821736.htm"
    title = "县城咖啡馆一年新开两万家"
    title_en = "County towns add 20,000 coffee shops in a year"
    source = "东岸日报"
    editor = "陈露"
    crumbs = ["首页", "双语", "财经双语"]
    body: list[Block] = [
        "Coffee shops are spreading quickly across county towns, as young people returning home bring big-city habits with them.",
        "随着返乡青年把大城市的生活习惯带回家乡，咖啡馆正在各地县城快速铺开。",
        "According to a report released by the Dongzhou Catering Association on Monday, about 20,600 coffee shops opened in "
        "county-level areas last year, up 58 percent from a year earlier.",
        "东州省餐饮行业协会周一发布的报告显示，去年县域地区新开咖啡馆约2.06万家，同比增长58%。",
        Img("../../../images/2024-05/20/4821736_01.jpg"),
        Cap(
            "A customer orders coffee at a shop in Qinghe county, Dongzhou province. [Photo by Xu Lin/Dongan Daily]"
        ),
        Cap("青禾县一家咖啡馆里，顾客正在点单。（东岸日报记者 徐林 摄）"),
        "Chen Yu, who opened a coffee shop in Qinghe county after working in Jiangcheng for six years, said most of her customers "
        'are office workers and students. "A cup costs about 15 yuan here, much cheaper than in big cities, but people still care '
        'about quality," she said.',
        "在江城工作六年后回到青禾县开咖啡馆的陈雨说，她的顾客大多是上班族和学生。“这里一杯咖啡15元左右，比大城市便宜不少，但大家对品质一样讲究。”",
        "The report said rent and labor costs in county towns are 40 to 60 percent lower than in first-tier cities, but shops also "
        "face smaller customer bases and fiercer price competition.",
        "报告指出，县城的房租和人工成本比一线城市低40%至60%，但咖啡馆也面临客群规模较小、价格竞争更激烈等问题。",
        "Industry insiders said shops that combine coffee with local specialties, such as tea-flavored drinks or local pastries, "
        "tend to attract more repeat customers.",
        "业内人士表示，把咖啡与本地特色结合起来的门店，比如推出茶味饮品或搭配当地糕点，往往更能留住回头客。",
    ]
    out = []
    for block in body:
        if isinstance(block, Img):
            out.append(f'<p class="pic"><img src="{block.src}" alt="" /></p>')
        elif isinstance(block, Cap):
            out.append(f'<p class="pic-desc">{esc(block.text)}</p>')
        elif re.match(r"[A-Z]", block):
            out.append(f'<p class="en">{esc(block)}</p>')
        else:
            out.append(f'<p class="cn">{esc(block)}</p>')
    related = [
        Rel("../../2024-05/13/content_4809921.htm", "县城里的第一家书店咖啡馆"),
        Rel("../../2024-04/29/content_4786530.htm", "年轻人为何爱上“小城慢生活”"),
        Rel("/bilingual/2024-04/15/content_4761208.htm", "茶饮品牌加速下沉县域市场"),
    ]
    vocab_side = numbered(
        "/bilingual/2024-05/2",
        19,
        1,
        "/index.htm",
        ["每日一词：county town", "热词：slow living", "每日一词：repeat customer"],
    )
    page = fill(
        TEMPLATE_12,
        title=esc(title),
        title_en=esc(title_en),
        source=esc(source),
        editor=esc(editor),
        content="\n".join(out),
        related=links(
            [(r.href, r.title) for r in related], tpl='<li><a href="{}" target="_blank">{}</a></li>'
        ),
        side=links(vocab_side, tpl='<li><a href="{}">{}</a></li>'),
        friends=friends("合作媒体"),
    )
    expected = record(
        url,
        article_id="content_4821736",
        title=title,
        source=source,
        published_at=cst(2024, 5, 20, 16, 5),
        body=body,
        editor=editor,
        breadcrumbs=crumbs,
        category="财经双语",
        related=related,
    )
    return Page("12-bilingual-en-zh", url, page, expected)


TEMPLATE_12 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>@@TITLE_EN@@ 县城咖啡馆一年新开两万家 - 东岸日报双语</title>
<meta name="keywords" content="bilingual,双语,coffee,咖啡,县城">
<meta name="description" content="Coffee shops are spreading quickly across county towns. 随着返乡青年把大城市的生活习惯带回家乡，咖啡馆正在各地县城快速铺开。">
<link rel="stylesheet" href="https://language.dongandaily-demo.test/static/css/bilingual.css">
<style>.en{font-family:Georgia,serif;color:#333}.cn{color:#555}.pic-desc{font-size:13px;color:#888;text-align:center}.switch a{margin-right:8px}</style>
</head>
<body>
<div class="top"><div class="wrap"><a href="https://www.dongandaily-demo.test/">东岸日报</a> | <a href="https://www.dongandaily-demo.test/en/">Dongan Daily</a> | <a href="https://language.dongandaily-demo.test/">英语点津</a></div></div>
<div class="head wrap"><a class="logo" href="https://language.dongandaily-demo.test/"><img src="https://language.dongandaily-demo.test/static/img/logo.png" alt="英语点津"></a>
  <ul class="nav"><li><a href="/">首页</a></li><li><a href="/bilingual/">双语</a></li><li><a href="/words/">热词</a></li><li><a href="/listening/">听力</a></li><li><a href="/exam/">考试</a></li><li><a href="/culture/">文化</a></li></ul>
</div>
<div class="wrap main clearfix">
  <div class="left">
    <div class="crumbs"><a href="/">首页</a> &gt; <a href="/bilingual/">双语</a> &gt; <a href="/bilingual/finance/">财经双语</a></div>
    <div class="article">
      <h1>@@TITLE@@</h1>
      <p class="en-title">@@TITLE_EN@@</p>
      <div class="info">来源：@@SOURCE@@　作者：Zhao Ning　编辑：@@EDITOR@@　发布时间：2024-05-20 16:05</div>
      <div class="switch">显示：<a href="javascript:show('all')">中英对照</a><a href="javascript:show('en')">只看英文</a><a href="javascript:show('cn')">只看中文</a></div>
      <div class="content" id="Content">
@@CONTENT@@
      </div>
      <div class="share">分享到：<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a></div>
    </div>
    <div class="related">
      <h3>相关阅读</h3>
      <ul>
@@RELATED@@
      </ul>
    </div>
  </div>
  <div class="right">
    <div class="box"><h3>每日一词</h3><ul>
@@SIDE@@
    </ul></div>
    <div class="box"><h3>热门双语</h3><ul>
      <li><a href="/bilingual/2024-05/19/content_4820147.htm">高铁“慢火车”成为旅游新选择</a></li>
      <li><a href="/bilingual/2024-05/18/content_4819563.htm">年轻人热衷“反向旅游”</a></li>
      <li><a href="/bilingual/2024-05/17/content_4818802.htm">夜市经济点亮小城生活</a></li>
      <li><a href="/bilingual/2024-05/15/content_4814317.htm">“银发”游客成旅游市场新主力</a></li>
      <li><a href="/bilingual/2024-05/10/content_4805566.htm">二手书交易平台受年轻人欢迎</a></li>
    </ul></div>
  </div>
</div>
@@FRIENDS@@
<div class="foot-nav wrap">
  <dl><dt>双语</dt><dd><a href="/bilingual/news/">双语新闻</a> <a href="/bilingual/finance/">财经双语</a> <a href="/bilingual/culture/">文化双语</a> <a href="/bilingual/tech/">科技双语</a></dd></dl>
  <dl><dt>词汇</dt><dd><a href="/words/hot/">热词</a> <a href="/words/daily/">每日一词</a> <a href="/words/idiom/">习语</a> <a href="/words/slang/">俚语</a></dd></dl>
  <dl><dt>听力</dt><dd><a href="/listening/news/">新闻听力</a> <a href="/listening/speech/">演讲</a> <a href="/listening/podcast/">播客</a></dd></dl>
  <dl><dt>考试</dt><dd><a href="/exam/cet/">四六级</a> <a href="/exam/kaoyan/">考研</a> <a href="/exam/ielts/">雅思</a> <a href="/exam/toefl/">托福</a></dd></dl>
</div>
<div class="foot">
  <p><a href="https://www.dongandaily-demo.test/about/">关于我们</a> | <a href="https://www.dongandaily-demo.test/contact/">联系我们</a> | <a href="https://www.dongandaily-demo.test/copyright/">版权声明</a> | <a href="https://www.dongandaily-demo.test/jobs/">招聘</a></p>
  <p>Copyright &copy; Dongan Daily. All rights reserved. 东岸日报社版权所有</p>
  <p>东ICP备00000093号　互联网新闻信息服务许可证：00120170093</p>
</div>
<script src="https://language.dongandaily-demo.test/static/js/share.js"></script>
<script>
function show(mode) {
  var ps = document.getElementById("Content").getElementsByTagName("p");
  for (var i = 0; i < ps.length; i++) {
    var c = ps[i].className;
    ps[i].style.display = (mode === "all" || c === mode || (c !== "en" && c !== "cn")) ? "" : "none";
  }
}
</script>
</body>
</html>
"""


# --- 13: blog post (GBK): body one block split by <br><br>, `real_src` image behind a transparent placeholder -------


def page_13() -> Page:
    url = "http://blog.xinlang-demo.test/s/blog_6a1f2b3c0102z8kq.html"
    title = "储能板块大涨之后，我为什么反而减仓了"
    body: list[Block] = [
        "这两周储能板块走得很猛，手里的几只票都涨了两三成，不少朋友在后台问我是不是该加仓。说实话，我这周反而卖掉了差不多三分之一的仓位。"
        "不是不看好这个行业，恰恰是因为看好，所以更要想清楚自己买的是什么、价格是不是已经把好消息都算进去了。先说我为什么看好。"
        "新能源装机越多，电网越需要能调节的资源，这个逻辑我去年就写过，到现在也没有变。今年各地独立储能项目开工很多，龙头公司的订单也确实起来了，"
        "这些都是实打实的，不是讲故事。",
        "再说我为什么减仓。第一，涨得太快。我持有的东州电力两周涨了28%，按券商的盈利预测算，市盈率已经从10倍出头到了13倍多，估值修复的空间用掉了一大半。"
        "第二，收益还有不确定性。储能电站赚钱靠电价差和补偿政策，这些都不是企业自己能决定的，一旦政策调整，利润弹性会很大。"
        "第三，我自己的仓位本来就偏重，借这波上涨把比例降下来，心里踏实一些。",
        Img("http://s3.xinlang-demo.test/mw690/6a1f2b3cgd1hq2x3y4z5a&amp;690"),
        "有朋友说，卖早了怎么办？我的想法是，投资不是要赚到每一分钱。我留着三分之二的仓位，继续涨我也能吃到；要是回调，我手里有现金可以再买回来。"
        "对普通人来说，仓位管理比判断短期涨跌重要得多。",
        "最后说一句，这只是我个人的操作记录，每个人的资金情况和风险承受能力不一样，还是要根据自己的情况来。",
    ]
    parts = []
    for block in body:
        if isinstance(block, Img):
            parts.append(
                f'<a href="http://photo.xinlang-demo.test/blog/photo/6a1f2b3cgd1hq2x3y4z5a" target="_blank"><img src="http://simg.xinlang-demo.test/blog7style/images/common/sg_trans.gif" '
                f'real_src="{block.src}" name="image_operate_71717100123456" alt="储能板块大涨之后，我为什么反而减仓了" title="储能板块大涨之后，我为什么反而减仓了" /></a>'
            )
        else:
            parts.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(block)}")
    content = "<br /><br />".join(parts)
    posts = [
        ("http://blog.xinlang-demo.test/s/blog_6a1f2b3c0102z8jx.html", "五月操作小结：守住了，但也错过了"),
        ("http://blog.xinlang-demo.test/s/blog_6a1f2b3c0102z8hw.html", "聊聊红利基金：适合什么样的人"),
        ("http://blog.xinlang-demo.test/s/blog_6a1f2b3c0102z8fv.html", "从一份年报看火电企业的现金流"),
        ("http://blog.xinlang-demo.test/s/blog_6a1f2b3c0102z8du.html", "为什么我不追热点"),
        ("http://blog.xinlang-demo.test/s/blog_6a1f2b3c0102z8bt.html", "四月操作小结"),
    ]
    page = fill(
        TEMPLATE_13,
        title=esc(title),
        content=content,
        posts=links(posts, tpl='<li><a href="{}" target="_blank">{}</a></li>', indent="            "),
    )
    expected = record(
        url,
        article_id="blog_6a1f2b3c0102z8kq",
        title=title,
        source=None,
        published_at=cst(2024, 5, 18, 21, 40, 12),
        body=body,
        clicks=1352,
    )
    return Page("13-blog-br-paragraphs-gbk", url, page, expected, encoding="gbk")


TEMPLATE_13 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@_老周说市_新浪博客</title>
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />
<meta name="keywords" content="@@TITLE@@,老周说市,股市,储能" />
<meta name="description" content="@@TITLE@@_老周说市_新浪博客,老周说市," />
<link href="http://simg.xinlang-demo.test/blog7style/css/conf/blog/article.css" type="text/css" rel="stylesheet" />
<link href="http://simg.xinlang-demo.test/blog7style/css/module/common/blog.css" type="text/css" rel="stylesheet" />
<script type="text/javascript">
var $_GLOBAL = {};
var scope = {
    $uid : "1780429628",
    $PRODUCT_NAME : "blog7",
    $pageid : "article",
    $articleid : "6a1f2b3c0102z8kq",
    $blogname : "老周说市",
    $nick : "老周说市"
};
</script>
</head>
<body>
<div class="sinatopbar">
  <div class="ntopbar_main"><a href="http://www.xinlang-demo.test/">新浪首页</a> <a href="http://blog.xinlang-demo.test/">博客</a> <a href="http://finance.xinlang-demo.test/">财经</a> <a href="http://blog.xinlang-demo.test/lm/stock/">股票博客</a> <span class="login"><a href="http://login.xinlang-demo.test/">登录</a> | <a href="http://login.xinlang-demo.test/signup/">注册</a></span></div>
</div>
<div id="sinablogHead" class="sinabloghead">
  <div class="blogtoparea"><h1 id="blogTitle" class="blogtitle"><a href="http://blog.xinlang-demo.test/laozhoushuoshi"><span id="blognamespan">老周说市</span></a></h1>
  <div class="bloglink"><a href="http://blog.xinlang-demo.test/laozhoushuoshi">http://blog.xinlang-demo.test/laozhoushuoshi</a> <a href="javascript:void(0);">[订阅]</a> <a href="javascript:void(0);">[手机订阅]</a></div></div>
  <div class="blognav"><span><a href="http://blog.xinlang-demo.test/laozhoushuoshi">首页</a></span><span class="current"><a href="http://blog.xinlang-demo.test/s/articlelist_1780429628_0_1.html">博文目录</a></span><span><a href="http://photo.xinlang-demo.test/u/1780429628">图片</a></span><span><a href="http://blog.xinlang-demo.test/s/profile_1780429628.html">关于我</a></span></div>
</div>
<div class="sinabloga" id="sinabloga">
  <div id="column_1" class="SG_colW21 SG_colFirst">
    <div class="SG_conn" id="module_901">
      <div class="SG_connHead"><span class="title">个人资料</span></div>
      <div class="SG_connBody">
        <div class="info_img"><img src="http://portrait.xinlang-demo.test/1780429628/blog/180" alt="老周说市" /></div>
        <div class="info_nm"><strong>老周说市</strong></div>
        <div class="info_btn1"><a href="javascript:void(0);">加好友</a> <a href="javascript:void(0);">发纸条</a> <a href="javascript:void(0);">写留言</a> <a href="javascript:void(0);">加关注</a></div>
        <div class="info_list">
          <ul>
            <li><span>博客等级：<strong>32</strong></span></li>
            <li><span>博客积分：<strong>5,276</strong></span></li>
            <li><span>博客访问：<strong>12,834,651</strong></span></li>
            <li><span>关注人气：<strong>48,217</strong></span></li>
          </ul>
        </div>
      </div>
    </div>
    <div class="SG_conn" id="module_3">
      <div class="SG_connHead"><span class="title">博文</span></div>
      <div class="SG_connBody">
        <div class="atcTitList">
          <ul>
@@POSTS@@
          </ul>
        </div>
      </div>
    </div>
    <div class="SG_conn" id="module_2">
      <div class="SG_connHead"><span class="title">分类</span></div>
      <div class="SG_connBody"><ul><li><a href="http://blog.xinlang-demo.test/s/articlelist_1780429628_1_1.html">股海随笔</a>(312)</li><li><a href="http://blog.xinlang-demo.test/s/articlelist_1780429628_2_1.html">基金杂谈</a>(86)</li><li><a href="http://blog.xinlang-demo.test/s/articlelist_1780429628_3_1.html">读书</a>(41)</li></ul></div>
    </div>
  </div>
  <div id="column_2" class="SG_colW73">
    <div id="module_920" class="SG_conn">
      <div class="SG_connHead"><span class="title">正文</span><span class="edit"><a href="javascript:;" id="fontSize">字体大小：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></a></span></div>
      <div class="SG_connBody">
        <div class="artical" id="articlebody">
          <div class="articalTitle">
            <h2 id="t_6a1f2b3c0102z8kq" class="titName SG_txta">@@TITLE@@</h2>
            <span class="img2"><a href="javascript:;" class="SG_icon SG_icon101" title="转载"></a></span>
            <span class="time SG_txtc">(2024-05-18 21:40:12)</span>
            <div class="turnBoxzz"><a href="javascript:;" class="SG_aBtn SG_aBtn_ico SG_turn"><cite>转载<em>▼</em></cite></a></div>
          </div>
          <div class="articalTag" id="sina_keyword_ad_area">
            <table><tr>
              <td class="blog_tag"><h3>标签：</h3><a target="_blank" href="http://search.xinlang-demo.test/?q=储能&amp;t=tag">储能</a><a target="_blank" href="http://search.xinlang-demo.test/?q=减仓&amp;t=tag">减仓</a><a target="_blank" href="http://search.xinlang-demo.test/?q=股票&amp;t=tag">股票</a></td>
              <td class="blog_class"><h3>分类：</h3><a target="_blank" href="http://blog.xinlang-demo.test/s/articlelist_1780429628_1_1.html">股海随笔</a></td>
            </tr></table>
          </div>
          <div id="sina_keyword_ad_area2" class="articalContent   newfont_family">
@@CONTENT@@
          </div>
          <div class="shareUp"><div class="share SG_txtb">分享：<a href="javascript:;">微博</a> <a href="javascript:;">微信</a></div><div class="up"><a href="javascript:;" class="SG_aBtn">喜欢</a><span>0</span></div></div>
          <div class="IL">阅读(<span id="r_6a1f2b3c0102z8kq" class="SG_txtb">1352</span>)<em class="SG_txtb">┊</em> <a href="#commonComment">评论</a> (<span id="c_6a1f2b3c0102z8kq" class="SG_txtb">12</span>)<em class="SG_txtb">┊</em> <a href="javascript:;">收藏</a>(<span id="f_6a1f2b3c0102z8kq" class="SG_txtb">3</span>)<em class="SG_txtb">┊</em>转载(<span id="z_6a1f2b3c0102z8kq" class="SG_txtb">5</span>)<em class="SG_txtb">┊</em> <a href="javascript:;">喜欢</a>▼<em class="SG_txtb">┊</em><a href="javascript:window.print();">打印</a><em class="SG_txtb">┊</em><a href="javascript:;">举报</a></div>
          <div class="articalfrontback SG_j_linedot1 clearfix" id="new_nextprev_6a1f2b3c0102z8kq">
            <div><span class="SG_txtb">前一篇：</span><a href="http://blog.xinlang-demo.test/s/blog_6a1f2b3c0102z8jx.html">五月操作小结：守住了，但也错过了</a></div>
            <div><span class="SG_txtb">后一篇：</span><a href="http://blog.xinlang-demo.test/s/blog_6a1f2b3c0102z8mr.html">储能电站到底怎么赚钱？</a></div>
          </div>
        </div>
        <div class="allComm" id="commonComment">
          <div class="allCommTit"><strong>评论</strong> <span><a href="javascript:;">重要提示：警惕虚假中奖信息</a></span></div>
          <ul class="articleCommList">
            <li><span class="SG_revert_Cont">老周说得在理，仓位管理最重要。</span><span class="SG_revert_Tit">股海小白</span><em class="SG_txtc">2024-05-18 22:05</em></li>
            <li><span class="SG_revert_Cont">我是全仓的，现在有点慌。</span><span class="SG_revert_Tit">青禾散户</span><em class="SG_txtc">2024-05-18 22:31</em></li>
            <li><span class="SG_revert_Cont">卖了三分之一，剩下的拿着，学习了。</span><span class="SG_revert_Tit">东州老股民</span><em class="SG_txtc">2024-05-19 08:14</em></li>
          </ul>
          <div class="writeComm"><textarea id="commentArea"></textarea><a href="javascript:;" class="SG_aBtn">发评论</a></div>
        </div>
      </div>
    </div>
  </div>
</div>
<div id="diywidget" class="footer">
  <p>新浪BLOG意见反馈留言板　欢迎批评指正</p>
  <p><a href="http://www.xinlang-demo.test/about/">新浪简介</a> | <a href="http://www.xinlang-demo.test/about/en/">About Sina</a> | <a href="http://www.xinlang-demo.test/ad/">广告服务</a> | <a href="http://www.xinlang-demo.test/contact/">联系我们</a></p>
  <p>Copyright &copy; 1996 - 2024 SINA Corporation, All Rights Reserved</p>
  <p>新浪公司 版权所有</p>
</div>
<script type="text/javascript">
(function () {
  var imgs = document.getElementById("sina_keyword_ad_area2").getElementsByTagName("img");
  for (var i = 0; i < imgs.length; i++) { var r = imgs[i].getAttribute("real_src"); if (r) { imgs[i].src = r; } }
})();
</script>
<script type="text/javascript" src="http://sjs.xinlang-demo.test/blog7common/js/boot.js"></script>
</body>
</html>
"""


# --- 14: business-media page with lazy images (data-original, data-src protocol-relative and root-relative) -------


def page_14() -> Page:
    url = "https://www.shangjie-demo.test/article/20240611/581234.html"
    title = "一家零部件厂的“换道”实验：从燃油车油泵到储能热管理"
    source = "江川商业评论"
    editor = "沈若兮"
    crumbs = ["首页", "科技", "智能汽车"]
    ad = Raw(
        '<div class="in-article-ad"><a href="https://ad.shangjie-demo.test/click?id=88&amp;pos=article_mid" target="_blank" rel="nofollow">'
        '<img src="https://ad.shangjie-demo.test/creative/88_720x120.jpg" alt="广告"></a><span class="ad-tag">广告</span></div>'
    )
    body: list[Block] = [
        "走进石湾县经济开发区的临川精工厂房，一边是正在减产的燃油泵生产线，另一边是新上的储能液冷板焊接线，机械臂正在把铝板焊接成型。"
        "厂长钟伟说，三年前，这里几乎全部是油泵订单。",
        Img("https://img.shangjie-demo.test/2024/06/11/5f1a2b3c_1.jpg"),
        Cap("临川精工的储能液冷板焊接线。（作者摄）"),
        "2021年起，公司最大的客户——一家合资车企的燃油车销量连年下滑，油泵订单两年减少了近四成。“再不转，厂子就没活干了。”钟伟说。",
        Sub("找方向：从“泵”到“板”"),
        "转向哪里？钟伟带着技术团队跑了十几家新能源企业，最终选中了储能电站的液冷板。“液冷板也是精密铝加工，和我们做油泵壳体的工艺有相通的地方，"
        "设备能改造着用一部分。”",
        Img("//img.shangjie-demo.test/2024/06/11/5f1a2b3c_2.jpg?x-oss-process=image/resize,w_800"),
        Cap("工人在检测液冷板的密封性能。"),
        "但真正做起来，难度远超预期。储能客户对液冷板的平整度、焊缝气密性要求极高，第一批样品合格率不到六成。公司花了大半年时间调整工艺，"
        "又从外地请来两名焊接工程师，合格率才稳定在98%以上。",
        ad,
        Sub("算细账：毛利率回升到两成"),
        "如今，储能液冷板已占到公司营收的一半左右。钟伟给记者算了一笔账：油泵业务毛利率只有12%左右，液冷板则在20%以上，"
        "去年公司营业收入1.8亿元，净利润比转型前翻了一番。",
        Img("/uploads/2024/06/11/chart-revenue.png"),
        Cap("临川精工近三年营收结构变化（数据来源：企业提供）"),
        "钟伟并不讳言风险。储能行业价格战激烈，今年以来液冷板单价已经下降了一成多。“我们接下来要往储能系统的整体热管理方案走，不能只做一块板。”",
    ]
    lazy = iter(
        [
            '<p class="img-wrap"><img class="lazy" src="/static/img/placeholder.png" data-original="{}" alt="" width="800"></p>',
            '<p class="img-wrap"><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="{}" alt=""></p>',
            '<p class="img-wrap"><img class="lazyload" src="/static/img/loading.gif" data-src="{}" alt=""></p>',
        ]
    )
    out = []
    for block in body:
        if isinstance(block, Img):
            out.append(next(lazy).format(block.src))
        else:
            out.append(render([block], para="<p>{}</p>", cap='<p class="img-desc">{}</p>', sub="<h2>{}</h2>"))
    related = [
        Rel("/article/20240604/579812.html", "储能热管理赛道升温：液冷渗透率快速提高",
            "随着储能电站单体规模扩大，液冷方案正在取代风冷成为主流"),
        Rel("https://www.shangjie-demo.test/article/20240528/578440.html", "县城工厂的转型焦虑",
            "燃油车零部件订单下滑，一批县域配套企业站在了转型的十字路口"),
        Rel("//www.shangjie-demo.test/article/20240520/576903.html", "储能价格战何时休", None),
    ]  # fmt: skip
    rel_html = "\n".join(
        f'        <li class="rec-item"><a href="{r.href}" target="_blank"><img src="https://img.shangjie-demo.test/thumb/{i}.jpg" alt=""></a>'
        f'<div class="rec-txt"><h3><a href="{r.href}" target="_blank">{esc(r.title)}</a></h3>'
        + (f'<p class="rec-sum">{esc(r.summary)}...</p>' if r.summary else "")
        + "</div></li>"
        for i, r in enumerate(related)
    )
    hot = numbered("/article/20240610/58", 1077, 211, ".html", SIDE[24:32])
    page = fill(
        TEMPLATE_14,
        title=esc(title),
        source=esc(source),
        editor=esc(editor),
        content="\n".join(out),
        related=rel_html,
        hot=links(hot, tpl='<li><a href="{}" target="_blank">{}</a></li>'),
        stat=stat_script("shangjie", "tj.shangjie-demo.test"),
    )
    expected = record(
        url,
        article_id="581234",
        title=title,
        source=source,
        published_at=cst(2024, 6, 11, 7, 30),
        body=body,
        clicks=2316,
        editor=editor,
        breadcrumbs=crumbs,
        category="智能汽车",
        related=related,
    )
    return Page("14-lazy-images-business", url, page, expected)


TEMPLATE_14 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@｜商界观察</title>
<meta name="keywords" content="储能,液冷板,零部件,转型">
<meta name="description" content="订单下滑倒逼转型，三年时间，这家县城工厂把一半产能换成了储能液冷板。">
<meta property="og:title" content="@@TITLE@@">
<meta property="og:image" content="https://img.shangjie-demo.test/2024/06/11/5f1a2b3c_cover.jpg">
<link rel="stylesheet" href="https://static.shangjie-demo.test/css/article.6d2f.css">
<script src="https://static.shangjie-demo.test/js/lazyload.min.js" defer></script>
</head>
<body>
<header class="site-header">
  <div class="container">
    <a class="logo" href="/"><img src="https://static.shangjie-demo.test/img/logo.svg" alt="商界观察"></a>
    <nav class="main-nav"><a href="/">首页</a><a href="/channel/finance/">财经</a><a href="/channel/company/">公司</a><a href="/channel/tech/" class="active">科技</a><a href="/channel/consumer/">消费</a><a href="/channel/county/">县域</a><a href="/channel/people/">人物</a><a href="/video/">视频</a></nav>
    <div class="header-right"><a href="/search/">搜索</a><a href="/app/">APP</a><a href="/login/">登录</a></div>
  </div>
</header>
<div class="container page">
  <nav class="crumb"><a href="/">首页</a><i>/</i><a href="/channel/tech/">科技</a><i>/</i><a href="/channel/tech/auto/">智能汽车</a></nav>
  <div class="layout">
    <article class="article-main">
      <h1 class="article-title">@@TITLE@@</h1>
      <div class="article-info">
        <span class="author">作者：<a href="/author/wenxi/">闻溪</a></span>
        <span class="source">来源：@@SOURCE@@</span>
        <span class="date">2024-06-11 07:30</span>
        <span class="views">阅读量：2,316</span>
      </div>
      <div class="article-summary"><b>摘要：</b>订单下滑倒逼转型，三年时间，这家县城工厂把一半产能换成了储能液冷板。</div>
      <div class="article-content" id="js-article-content">
@@CONTENT@@
      </div>
      <p class="article-editor">责编：@@EDITOR@@</p>
      <div class="article-copyright">本文为商界观察原创稿件，转载请联系授权，并注明出处。</div>
      <div class="article-tags"><a href="/tag/chuneng/">储能</a><a href="/tag/zhizao/">制造业</a><a href="/tag/zhuanxing/">转型</a></div>
      <div class="article-actions"><button class="like">点赞 57</button><button class="collect">收藏</button><button class="share">分享</button></div>
      <section class="recommend">
        <h2 class="section-title">推荐阅读</h2>
        <ul>
@@RELATED@@
        </ul>
      </section>
    </article>
    <aside class="sidebar">
      <div class="author-card"><img src="https://img.shangjie-demo.test/avatar/wenxi.jpg" alt=""><div class="name">闻溪</div><div class="desc">商界观察记者，关注制造业与县域经济</div></div>
      <div class="side-box"><h3>热门文章</h3><ol>
@@HOT@@
      </ol></div>
      <div class="side-ad"><a href="https://ad.shangjie-demo.test/click?id=91" rel="nofollow"><img src="https://ad.shangjie-demo.test/creative/91_300x250.jpg" alt="广告"></a></div>
    </aside>
  </div>
</div>
<footer class="site-footer">
  <p><a href="/about/">关于我们</a> <a href="/contact/">联系我们</a> <a href="/join/">加入我们</a> <a href="/ad/">广告合作</a></p>
  <p>&copy; 2024 商界观察 版权所有　沪ICP备00000072号-1</p>
</footer>
<script>
document.addEventListener("DOMContentLoaded", function () {
  var imgs = document.querySelectorAll("img.lazy, img.lazyload");
  imgs.forEach(function (img) {
    var real = img.getAttribute("data-original") || img.getAttribute("data-src");
    if (real) { img.src = real; }
  });
});
</script>
@@STAT@@
</body>
</html>
"""


# --- 15: print version (GBK, CRLF): bare layout, 来源/作者/发布时间 line, 本文网址 line, 【打印本页】【关闭窗口】 ----------


def page_15() -> Page:
    url = "http://www.dongzhou-daily-demo.test/print/html/2024-06/12/content_58213.htm"
    title = "东州市启动城市更新三年行动 今年改造老旧小区210个"
    source = "东州日报"
    editor = "温若琳"
    body: list[Block] = [
        "本报讯（记者 骆晓川）6月11日，东州市召开城市更新工作推进会，发布《东州市城市更新三年行动方案（2024—2026年）》。根据方案，"
        "今年全市将改造老旧小区210个，涉及居民4.8万户。",
        "方案提出，三年内全市将完成2000年底前建成的老旧小区改造任务，同步推进城中村改造、背街小巷整治和“一刻钟便民生活圈”建设。"
        "其中，老旧小区改造将重点解决加装电梯、管网更新、停车充电等居民反映集中的问题。",
        Img("/images/2024-06/12/content_58213_1.jpg"),
        Cap("东州市东湖街道一处完成改造的老旧小区。记者 骆晓川 摄"),
        "在资金保障方面，东州市将统筹中央和省级补助资金、地方政府专项债券和社会资本，探索“微利可持续”的改造运营模式。"
        "市住建局相关负责人介绍，今年已争取各类资金18.6亿元。",
        Sub("一、老旧小区改造突出“补短板”"),
        "根据方案，老旧小区改造分为基础类、完善类和提升类三类内容。基础类重点改造供水、排水、供电、燃气等老化管网和设施；完善类重点推进加装电梯、"
        "建设停车设施和充电桩、改造无障碍设施；提升类则鼓励有条件的小区建设养老托育、社区食堂等公共服务设施。",
        "市住建局相关负责人表示，改造内容将由居民“点单”，每个小区在改造前都要征求居民意见，改造方案经三分之二以上居民同意后方可实施。"
        "今年计划改造的210个小区中，已有168个完成方案公示。",
        Sub("二、城中村改造坚持“留改拆”并举"),
        "方案明确，城中村改造将坚持“留改拆”并举，以拆除新建、整治提升、拆整结合等方式分类推进。三年内全市计划启动城中村改造项目24个，"
        "其中今年启动9个，优先改造安全隐患多、居民改造意愿强的城中村。",
        "在改造过程中，东州市将同步建设保障性住房，统筹解决好城中村居民安置和外来务工人员租住问题。据测算，三年内全市通过城中村改造可筹集保障性住房约1.2万套。",
        Sub("三、便民生活圈补齐“一刻钟”服务"),
        "方案还提出，三年内全市将建成“一刻钟便民生活圈”120个，让居民步行15分钟即可满足日常购物、餐饮、家政、维修等基本生活需求。"
        "今年将率先在老旧小区集中的东湖、西城、北关等街道建成40个。",
        "推进会上，各区（县）分别汇报了城市更新项目储备情况。据统计，全市首批纳入城市更新项目库的项目共136个，总投资约412亿元。",
        "记者注意到，与以往相比，此次方案更加注重“长效运营”。方案提出，改造完成的小区要同步建立物业管理或自治管理机制，"
        "对公共空间、停车设施和新建的便民服务设施明确运营主体和收费标准，避免“改造一次、失修多年”。",
        "东州市副市长邵明华在会上要求，各区（县）和有关部门要把城市更新作为惠民生、扩内需的重要抓手，坚持“先体检、后更新”，"
        "坚决防止大拆大建，确保各项任务按期完成。",
    ]
    content = render(
        body,
        para="<p>　　{}</p>",
        img='<p align="center"><img src="{}" border="0" width="500" /></p>',
        cap='<p align="center"><font color="#666666">{}</font></p>',
        sub="<p><b>　　{}</b></p>",
    )
    page = fill(
        TEMPLATE_15,
        title=esc(title),
        source=esc(source),
        editor=esc(editor),
        content=content,
    )
    expected = record(
        url,
        article_id="content_58213",
        title=title,
        source=source,
        published_at=cst(2024, 6, 12, 6, 40),
        body=body,
        editor=editor,
    )
    return Page("15-print-version-gbk-crlf", url, page, expected, encoding="gbk", newline="\r\n")


TEMPLATE_15 = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GBK">
<title>打印本页--@@TITLE@@</title>
<meta name="robots" content="noindex,follow">
<meta name="keywords" content="城市更新,老旧小区改造,城中村改造,一刻钟便民生活圈,东州">
<meta name="description" content="东州市召开城市更新工作推进会，发布城市更新三年行动方案，今年全市将改造老旧小区210个，涉及居民4.8万户。">
<link rel="canonical" href="http://www.dongzhou-daily-demo.test/html/2024-06/12/content_58213.htm">
<link rel="shortcut icon" href="http://www.dongzhou-daily-demo.test/favicon.ico">
<style type="text/css">
body { margin: 20px auto; width: 680px; font-family: 宋体; font-size: 14px; color: #000; background: #fff; }
.ptitle { font-size: 22px; font-weight: bold; text-align: center; line-height: 36px; margin: 10px 0; }
.pinfo { text-align: center; color: #666; font-size: 12px; line-height: 24px; }
.pcontent p { line-height: 28px; margin: 10px 0; }
.ptool { text-align: center; margin: 16px 0; }
.pfoot { color: #999; font-size: 12px; text-align: center; border-top: 1px solid #ccc; padding-top: 8px; }
.pbar { background: #f4f4f4; border: 1px solid #ddd; padding: 6px 10px; font-size: 12px; line-height: 22px; margin-bottom: 10px; }
.pbar a { color: #333; text-decoration: none; margin-right: 10px; }
.pbar a:hover { color: #B40000; text-decoration: underline; }
.pcontent img { max-width: 500px; border: 0; }
.pcontent b { font-weight: bold; }
.pqr { float: right; width: 90px; text-align: center; font-size: 12px; color: #666; }
.pqr img { width: 80px; height: 80px; }
a { color: #1a3c8c; }
@media print {
  .ptool, .noprint, .pbar, .pqr { display: none; }
  body { width: auto; margin: 0; }
  .ptitle { font-size: 18pt; }
  .pcontent p { font-size: 12pt; line-height: 20pt; }
  a { color: #000; text-decoration: none; }
}
</style>
<script type="text/javascript">
function doPrint() { window.print(); }
function doClose() { window.opener = null; window.close(); }
function setSize(n) {
  var ps = document.getElementById("pcontent").getElementsByTagName("p");
  for (var i = 0; i < ps.length; i++) { ps[i].style.fontSize = n + "px"; ps[i].style.lineHeight = (n * 2) + "px"; }
}
</script>
<script type="text/javascript">
var _pageInfo = { site: "dzrb", channel: "print", docId: "58213", nodeId: "1012", pubTime: "2024-06-12 06:40" };
(function () {
  var img = new Image(1, 1);
  img.src = "http://count.dongzhou-daily-demo.test/c.gif?site=" + _pageInfo.site + "&doc=" + _pageInfo.docId + "&ch=" + _pageInfo.channel + "&ref=" + encodeURIComponent(document.referrer) + "&r=" + Math.random();
})();
</script>
</head>
<body>
<table width="680" border="0" cellspacing="0" cellpadding="0" align="center">
  <tr>
    <td height="60" valign="middle"><img src="/images/print_logo.gif" width="220" height="46" alt="东州日报网"> <span class="noprint" style="float:right;font-size:12px;"><a href="http://www.dongzhou-daily-demo.test/">东州日报网首页</a></span></td>
  </tr>
  <tr><td height="2" bgcolor="#B40000"></td></tr>
  <tr>
    <td class="noprint">
      <div class="pbar">
        <a href="http://www.dongzhou-daily-demo.test/html/2024-06/12/content_58213.htm">返回原文</a>
        <a href="http://www.dongzhou-daily-demo.test/">东州日报网首页</a>
        <a href="http://epaper.dongzhou-daily-demo.test/">东州日报数字报</a>
        <a href="http://www.dongzhou-daily-demo.test/news/">新闻</a>
        <a href="http://www.dongzhou-daily-demo.test/dongzhou/">东州</a>
        <a href="http://www.dongzhou-daily-demo.test/finance/">财经</a>
        <a href="http://www.dongzhou-daily-demo.test/society/">社会</a>
        <a href="http://www.dongzhou-daily-demo.test/culture/">文化</a>
        <a href="http://www.dongzhou-daily-demo.test/comment/">评论</a>
        <a href="http://www.dongzhou-daily-demo.test/photo/">图片</a>
      </div>
      <div class="pqr"><img src="/images/qr/content_58213.png" alt=""><br>手机扫码阅读</div>
    </td>
  </tr>
  <tr>
    <td>
      <div class="ptitle">@@TITLE@@</div>
      <div class="pinfo">来源：@@SOURCE@@　　作者：记者 骆晓川　　发布时间：2024-06-12 06:40</div>
      <hr size="1" noshade color="#CCCCCC">
      <div class="pcontent" id="pcontent">
@@CONTENT@@
      </div>
      <hr size="1" noshade color="#CCCCCC">
      <div style="text-align:right;font-size:12px;">责任编辑：@@EDITOR@@</div>
      <div style="font-size:12px;color:#666;">本文网址：http://www.dongzhou-daily-demo.test/html/2024-06/12/content_58213.htm</div>
      <div class="ptool">【<a href="javascript:doPrint()">打印本页</a>】　【<a href="javascript:doClose()">关闭窗口</a>】　【字号：<a href="javascript:setSize(16)">大</a> <a href="javascript:setSize(14)">中</a> <a href="javascript:setSize(12)">小</a>】</div>
      <div class="noprint" style="font-size:12px;color:#999;text-align:center;">提示：打印前可在浏览器“页面设置”中取消页眉页脚，以获得更好的打印效果。</div>
    </td>
  </tr>
  <tr>
    <td class="pfoot">
      <p>东州日报社主办　版权所有 &copy; 东州日报网　未经授权禁止复制或建立镜像</p>
      <p>本网站所刊登的东州日报社各种新闻、信息和各种专题专栏资料，均为东州日报社版权所有，未经协议授权，禁止下载使用。</p>
      <p>违法和不良信息举报电话：0000-96001　举报邮箱：jubao@dongzhou-daily-demo.test　东州日报网络传播中心</p>
      <p>地址：东州市人民路100号　邮编：000100　新闻热线：0000-96000</p>
      <p>东ICP备00000081号　互联网新闻信息服务许可证编号：00120170081</p>
    </td>
  </tr>
</table>
</body>
</html>
"""


# --- 16: finance portal article with comments and a 12-item 相关推荐 feed (an ad card among them) ----------------


def page_16() -> Page:
    url = "https://finance.xinlang-demo.test/jjxw/2024-06-05/doc-inaykqwe8123456.shtml"
    title = "公募基金二季度加仓“红利资产” 多只红利主题基金规模创新高"
    source = "东州基金报"
    editor = "邹若然"
    crumbs = ["鑫浪财经", "基金", "基金新闻"]
    body: list[Block] = [
        "二季度以来，红利资产持续受到公募基金青睐。东州基金报记者梳理发现，截至6月4日，今年以来新成立的红利主题基金已有23只，合计募集规模超过210亿元；"
        "多只存量红利主题基金规模创下成立以来新高。",
        "以规模最大的一只红利指数基金为例，其最新规模已突破160亿元，较年初增长近七成。不少基金经理在一季报中表示，在市场波动加大的背景下，"
        "高股息、低估值的红利资产具备较好的防御属性。",
        Img("//n.xinlang-demo.test/finance/crawl/116/w550h366/20240605/3e7d-2f1c8a9b4d6e.png"),
        Cap("今年以来部分红利主题基金规模变化"),
        "江川基金基金经理林晓认为，红利资产的吸引力一方面来自稳定的现金分红，另一方面也与部分行业盈利稳定、估值处于历史低位有关。"
        "“对于追求稳健收益的投资者来说，红利资产可以作为组合的‘压舱石’。”",
        "不过，也有业内人士提示，红利资产经过一段时间上涨后，部分个股股息率已有所下降，投资者不宜简单追高。北原基金研究部负责人表示，"
        "应关注企业分红的可持续性，避免陷入“高股息陷阱”。",
        "从资金流向看，保险资金、银行理财等长期资金也在加大对红利资产的配置，这在一定程度上支撑了相关板块的表现。",
    ]
    content = render(
        body,
        para="<p>　　{}</p>",
        img='<div class="img_wrapper"><img src="{}" alt="" style="width:550px">',
        cap='<span class="img_descr">{}</span></div>',
    )
    outlets = ["东州证券报", "财汇网", "北原财经", "东州基金报", "江川商报", "鑫浪财经综合"]
    feed_titles = [
        ("/jjxw/2024-06-04/doc-inaykqwe8098712.shtml", "红利基金密集发行 年内募资超二百亿元"),
        ("/jjxw/2024-06-04/doc-inaykqwe8087361.shtml", "高股息策略还能走多远？多位基金经理这样看"),
        ("/jjxw/2024-06-03/doc-inaykqwe8065530.shtml", "五月新发基金规模环比回升 债基占比过半"),
        ("/roll/2024-06-03/doc-inaykqwe8052214.shtml", "险资加仓红利板块 银行股获增持"),
        ("/jjxw/2024-06-02/doc-inaykqwe8031987.shtml", "指数基金规模再创新高 宽基产品受青睐"),
        ("/stock/2024-06-02/doc-inaykqwe8020456.shtml", "电力、煤炭板块股息率排名居前"),
        ("/jjxw/2024-06-01/doc-inaykqwe8009125.shtml", "基金经理调仓路线图：从成长转向价值？"),
        ("/jjxw/2024-05-31/doc-inaykqwe7998763.shtml", "五月基金业绩榜出炉 红利主题表现居前"),
        (
            "https://finance.xinlang-demo.test/money/2024-05-31/doc-inaykqwe7987410.shtml",
            "银行理财加码“固收+红利”产品",
        ),
        ("/jjxw/2024-05-30/doc-inaykqwe7976258.shtml", "北原基金：下半年关注分红稳定的公用事业"),
        ("/jjxw/2024-05-30/doc-inaykqwe7965107.shtml", "红利低波指数年内涨幅超一成"),
        ("/jjxw/2024-05-29/doc-inaykqwe7953846.shtml", "东州银行理财子公司发行首只红利策略产品"),
    ]
    day = re.compile(r"2024-(\d\d-\d\d)")
    related = [
        Rel(h, t, note=outlets[i % len(outlets)] + " " + day.search(h).group(1))
        for i, (h, t) in enumerate(feed_titles)
    ]
    cards = []
    for i, r in enumerate(related):
        outlet, when = r.note.split()
        cards.append(
            f'        <li class="feed-card"><a href="{r.href}" target="_blank" class="pic"><img src="//n.xinlang-demo.test/feed/thumb/{i:02d}.jpg" alt=""></a>'
            f'<div class="txt"><h3><a href="{r.href}" target="_blank">{esc(r.title)}</a></h3>'
            f'<div class="feed-meta"><span class="source">{esc(outlet)}</span><span class="time">{when} {9 + i % 9:02d}:{(i * 7) % 60:02d}</span><span class="comment">{(i * 11) % 70 + 2}评论</span></div></div></li>'
        )
        if i == 4:
            cards.append(
                '        <li class="feed-card feed-ad"><a href="https://sax.xinlang-demo.test/click?type=feed&amp;id=7731" target="_blank" rel="nofollow" class="pic">'
                '<img src="//d1.xinlang-demo.test/ad/feed_7731.jpg" alt=""></a><div class="txt"><h3><a href="https://sax.xinlang-demo.test/click?type=feed&amp;id=7731" target="_blank" rel="nofollow">'
                '开户即送行情Level-2，手机炒股就用鑫浪财经APP</a></h3><div class="feed-meta"><span class="ad-tag">广告</span></div></div></li>'
            )
    hot = numbered("/roll/2024-06-05/doc-inaykqwe81", 30987, 1103, ".shtml", SIDE[32:40])
    live = "\n".join(
        f'        <li><span class="time">{t}</span><a href="https://finance.xinlang-demo.test/7x24/?id={2940000 + i}" target="_blank">{esc(x)}</a></li>'
        for i, (t, x) in enumerate(FLASHES[:6])
    )
    page = fill(
        TEMPLATE_16,
        title=esc(title),
        source=esc(source),
        editor=esc(editor),
        content=content,
        feed="\n".join(cards),
        hot=links(hot, tpl='<li><a href="{}" target="_blank">{}</a></li>'),
        live=live,
        sitemap=sitemap("https://finance.xinlang-demo.test"),
        friends=friends(),
    )
    expected = record(
        url,
        article_id="doc-inaykqwe8123456",
        title=title,
        source=source,
        published_at=cst(2024, 6, 5, 7, 55),
        body=body,
        editor=editor,
        breadcrumbs=crumbs,
        category="基金新闻",
        related=related,
    )
    return Page("16-comments-related-feed", url, page, expected)


TEMPLATE_16 = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>@@TITLE@@|红利|基金_鑫浪财经_鑫浪网</title>
<meta name="keywords" content="红利,基金,公募,红利主题基金">
<meta name="tags" content="红利,基金,公募">
<meta name="description" content="二季度以来，红利资产持续受到公募基金青睐。">
<meta property="og:type" content="news">
<meta property="og:title" content="@@TITLE@@">
<meta property="og:url" content="https://finance.xinlang-demo.test/jjxw/2024-06-05/doc-inaykqwe8123456.shtml">
<meta property="article:published_time" content="2024-06-05T07:55:00+08:00">
<meta property="article:author" content="@@SOURCE@@">
<meta name="mediaid" content="@@SOURCE@@">
<meta name="weibo: article:create_at" content="2024-06-05 07:55:00">
<link rel="stylesheet" href="//n.xinlang-demo.test/finance/pc/css/article_2024.css">
<script>
var ARTICLE_DATA = { uid: "7083104122", channel: "cj", newsid: "comos-naykqwe8123456", docID: "inaykqwe8123456", cmntID: "cj:comos-naykqwe8123456:0" };
</script>
</head>
<body>
<div class="top-nav"><div class="top-nav-wrap"><a href="https://www.xinlang-demo.test/">鑫浪首页</a> <a href="https://news.xinlang-demo.test/">新闻</a> <a href="https://finance.xinlang-demo.test/">财经</a> <a href="https://finance.xinlang-demo.test/stock/">股票</a> <a href="https://finance.xinlang-demo.test/fund/">基金</a> <a href="https://tech.xinlang-demo.test/">科技</a> <a href="https://auto.xinlang-demo.test/">汽车</a> <span class="login"><a href="https://login.xinlang-demo.test/">登录</a></span></div></div>
<div class="main-content w1240">
  <h1 class="main-title">@@TITLE@@</h1>
  <div class="top-bar-wrap" id="top_bar_wrap">
    <div class="top-bar" id="top_bar">
      <div class="top-bar-inner clearfix">
        <div class="date-source"><span class="date">2024年06月05日 07:55</span><a href="https://www.dzjjb-demo.test/" target="_blank" rel="nofollow" class="source ent-source">@@SOURCE@@</a></div>
        <div class="channel-path"><a href="https://finance.xinlang-demo.test/">鑫浪财经</a> &gt; <a href="https://finance.xinlang-demo.test/fund/">基金</a> &gt; <a href="https://finance.xinlang-demo.test/fund/jjxw/">基金新闻</a></div>
        <div class="article-tool"><a href="javascript:void(0)" class="listen">听文章</a><a href="javascript:void(0)" class="font">A+</a><a href="#comment_area" class="cmt">评论 <span class="num">238</span></a></div>
      </div>
    </div>
  </div>
  <div class="article-content clearfix" id="article_content">
    <div class="article-content-left">
      <div class="article" id="artibody" data-sudaclick="blk_content">
<!-- 原始正文start -->
<!-- news_keyword_pub,fund,dividend -->
@@CONTENT@@
        <p class="article-editor">责任编辑：@@EDITOR@@</p>
<!-- 原始正文end -->
      </div>
      <div class="appendQr_wrap"><div class="appendQr_normal"><img src="//n.xinlang-demo.test/finance/pc/img/appqr.png" alt=""><span>海量资讯、精准解读，尽在鑫浪财经APP</span></div></div>
      <div class="keywords" id="keywords">关键词：<a href="https://search.xinlang-demo.test/?q=红利">红利</a><a href="https://search.xinlang-demo.test/?q=基金">基金</a><a href="https://search.xinlang-demo.test/?q=公募">公募</a></div>
      <div class="article-bottom clearfix"><div class="share">分享到：<a href="javascript:void(0)">微博</a><a href="javascript:void(0)">微信</a></div><div class="report"><a href="https://finance.xinlang-demo.test/jubao/">举报</a></div></div>
      <div class="comment" id="comment_area">
        <div class="comment-title"><h2>我要评论</h2><span>已有<em>238</em>条评论，<em>1,046</em>人参与</span></div>
        <div class="comment-form"><textarea placeholder="文明上网，理性发言"></textarea><button>发布</button></div>
        <div class="comment-list">
          <div class="item"><span class="name">东州网友</span><p>红利基金去年买的，今年确实稳。</p><span class="time">06月05日 08:31</span><span class="vote">支持 64</span></div>
          <div class="item"><span class="name">江川理财小白</span><p>股息率都下来了，现在进场是不是晚了？</p><span class="time">06月05日 09:02</span><span class="vote">支持 37</span></div>
          <div class="item"><span class="name">北原老基民</span><p>压舱石这个说法好，别全仓就行。</p><span class="time">06月05日 09:47</span><span class="vote">支持 21</span></div>
          <div class="item"><span class="name">临川投资人</span><p>高股息陷阱要注意，分红能不能持续才是关键。</p><span class="time">06月05日 10:15</span><span class="vote">支持 12</span></div>
        </div>
        <div class="comment-more"><a href="https://comment.xinlang-demo.test/comment/skin/default.html?channel=cj&amp;newsid=comos-naykqwe8123456">查看全部238条评论 &gt;</a></div>
      </div>
      <div class="feed-card-wrap" id="feed_card">
        <div class="feed-card-title"><h2>相关推荐</h2></div>
        <ul class="feed-card-list">
@@FEED@@
        </ul>
        <div class="feed-card-more"><a href="javascript:void(0)">点击加载更多</a></div>
      </div>
    </div>
    <div class="article-content-right">
      <div class="side-box">
        <div class="side-title">热门推荐</div>
        <ul>
@@HOT@@
        </ul>
      </div>
      <div class="side-box">
        <div class="side-title">7x24小时</div>
        <ul class="live-list">
@@LIVE@@
        </ul>
      </div>
      <div class="side-ad"><a href="https://sax.xinlang-demo.test/click?type=side&amp;id=7732" rel="nofollow"><img src="//d1.xinlang-demo.test/ad/side_7732.jpg" alt=""></a></div>
    </div>
  </div>
</div>
@@SITEMAP@@
@@FRIENDS@@
<div class="footer">
  <p><a href="https://www.xinlang-demo.test/about/">鑫浪简介</a> | <a href="https://www.xinlang-demo.test/contact/">联系我们</a> | <a href="https://www.xinlang-demo.test/ad/">广告服务</a> | <a href="https://www.xinlang-demo.test/legal/">法律声明</a></p>
  <p>Copyright &copy; 1996-2024 XINLANG Corporation, All Rights Reserved</p>
  <p>鑫浪公司 版权所有</p>
</div>
<script src="//n.xinlang-demo.test/finance/pc/js/article_2024.js"></script>
</body>
</html>
"""


# --- 17: 7x24 flash list page (not an article) ----------------------------------------------------------------


def page_17() -> Page:
    url = "https://www.caihui-demo.test/kuaixun/"
    texts = [
        "【东州证券交易所：今日起调整部分ETF申赎清单发布时间】财汇网6月3日电，东州证券交易所发布通知，自今日起调整部分跨市场ETF申赎清单的发布时间。",
        "【东州银行间市场：7天期回购利率小幅下行】财汇网6月3日电，银行间市场7天期质押式回购加权平均利率报1.82%，较上一交易日下行3个基点。",
        "【江川港集团：5月集装箱吞吐量同比增长11.2%】财汇网6月3日电，江川港集团公布数据，5月完成集装箱吞吐量186万标箱，同比增长11.2%。",
        "【人民币兑美元中间价报7.1086，调升12个基点】财汇网6月3日电，人民币兑美元中间价报7.1086，上一交易日中间价报7.1098。",
        "【北原新能：拟回购不超过2亿元公司股份】财汇网6月3日电，北原新能公告，拟以集中竞价方式回购公司股份，回购资金总额不低于1亿元且不超过2亿元。",
        "【东州期货交易所：碳酸锂期货主力合约早盘低开】财汇网6月3日电，碳酸锂期货主力合约早盘低开1.6%，报10.52万元/吨。",
        "【青禾食品：5月销售收入同比增长18%】财汇网6月3日电，青禾食品公告，公司5月实现销售收入9.6亿元，同比增长18%。",
        "【石湾建材：子公司中标3.6亿元光伏建筑一体化项目】财汇网6月3日电，石湾建材公告，全资子公司中标一光伏建筑一体化项目，中标金额约3.6亿元。",
        "【云岭医药：创新药临床试验申请获受理】财汇网6月3日电，云岭医药公告，公司一款治疗类风湿关节炎的创新药临床试验申请获得受理。",
        "【江川银行：完成发行50亿元小微企业专项金融债】财汇网6月3日电，江川银行公告，公司已完成发行50亿元小微企业专项金融债券，票面利率2.08%。",
        "【临川智能：股东减持计划时间过半】财汇网6月3日电，临川智能公告，持股5%以上股东减持计划时间已过半，累计减持0.62%。",
        "【五月东州省商品房销售面积环比增长9%】财汇网6月2日电，东州省统计局数据显示，5月全省商品房销售面积环比增长9%，同比降幅收窄。",
        "【东州电力：拟投资38亿元建设独立储能电站】财汇网6月2日电，东州电力公告，公司拟在江川新区投资建设200兆瓦/400兆瓦时独立储能电站项目。",
        "【南湖省出台促进夜间经济发展十条措施】财汇网6月2日电，南湖省商务厅等部门联合印发措施，支持各地打造夜间消费集聚区。",
    ]
    times = ["09:28:14", "09:25:40", "09:20:03", "09:16:00", "09:10:37", "09:02:11", "08:55:48", "08:47:26", "08:40:09",
             "08:31:55", "08:20:17", "21:45:30", "18:45:02", "17:12:44"]  # fmt: skip
    items = []
    for i, (t, x) in enumerate(zip(times, texts, strict=True)):
        if i == 11:
            items.append('      <div class="flash-date">06月02日 星期日</div>')
        items.append(
            f'      <div class="flash-item" data-id="{1843296 - i * 3}"><span class="flash-time">{t}</span>'
            f'<div class="flash-text">{esc(x)}</div><div class="flash-ops"><a href="/kuaixun/detail/{1843296 - i * 3}.html">详情</a><span>分享</span><span>利好 {(i * 17) % 90 + 4}</span></div></div>'
        )
    page = fill(
        TEMPLATE_17,
        items="\n".join(items),
        sitemap=sitemap("https://www.caihui-demo.test"),
        stat=stat_script("caihui", "tj.caihui-demo.test"),
    )
    return Page("17-flash-list-page", url, page, {"url": url, "error": True})


TEMPLATE_17 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>7x24小时快讯_财经快讯_财汇网</title>
<meta name="keywords" content="快讯,7x24,财经快讯,实时新闻">
<meta name="description" content="财汇网7x24小时快讯，实时播报全球财经资讯。">
<link rel="stylesheet" href="https://static.caihui-demo.test/pc/css/flash-list.4c1e2a.css">
</head>
<body>
<div class="header">
  <div class="container">
    <a class="logo" href="/"><img src="https://static.caihui-demo.test/pc/img/logo.svg" alt="财汇网"></a>
    <nav><a href="/">首页</a><a href="/kuaixun/" class="active">7x24快讯</a><a href="/depth/">深度</a><a href="/company/">公司</a><a href="/market/">市场</a><a href="/data/">数据</a><a href="/app/">APP下载</a></nav>
  </div>
</div>
<div class="container main clearfix">
  <div class="left-box">
    <div class="flash-head">
      <h1>7x24小时快讯</h1>
      <div class="flash-filter"><label><input type="checkbox" id="onlyRed"> 只看重要</label><span class="auto-refresh">自动刷新</span></div>
    </div>
    <div class="flash-list" id="flashList">
      <div class="flash-date">06月03日 星期一</div>
@@ITEMS@@
    </div>
    <div class="flash-more"><a href="javascript:void(0)" id="loadMore">加载更多</a></div>
  </div>
  <div class="right-box">
    <div class="side-box"><div class="box-title">热门标签</div><div class="tags"><a href="/tag/储能">储能</a><a href="/tag/北向资金">北向资金</a><a href="/tag/汇率">汇率</a><a href="/tag/回购">回购</a><a href="/tag/新能源">新能源</a></div></div>
    <div class="side-box"><div class="box-title">下载财汇APP</div><img src="https://static.caihui-demo.test/pc/img/app-qr.png" alt="扫码下载"></div>
  </div>
</div>
@@SITEMAP@@
<div class="footer">
  <p>&copy; 2024 财汇网 caihui-demo.test 版权所有　沪ICP备00000044号</p>
  <p>本站所载文章、数据仅供参考，不构成投资建议。</p>
</div>
<script>
var lastId = 1843296;
setInterval(function () {
  var x = new XMLHttpRequest();
  x.open("GET", "/api/kuaixun/roll?last_id=" + lastId);
  x.send();
}, 30000);
</script>
@@STAT@@
</body>
</html>
"""


# --- 18: stock quote page (not an article) --------------------------------------------------------------------


def page_18() -> Page:
    url = "https://quote.caifu-demo.test/sh600123.html"
    news = [
        (
            "https://finance.caifu-demo.test/a/202406033092817465.html",
            "东州电力拟投资38亿元建设独立储能电站 多家券商上调评级",
            "06-03",
        ),
        (
            "https://finance.caifu-demo.test/a/202405283086541207.html",
            "东州电力：一季度新签储能订单约1.9吉瓦时",
            "05-28",
        ),
        (
            "https://finance.caifu-demo.test/a/202405163075320988.html",
            "储能板块持续走强 机构称行业进入订单兑现期",
            "05-16",
        ),
        (
            "https://stock.caifu-demo.test/a/202404293061187745.html",
            "东州电力2023年净利润同比增长41%",
            "04-29",
        ),
    ]
    notices = [
        (
            "https://data.caifu-demo.test/notices/detail/600123/AN202406031637498812.html",
            "东州电力：关于投资建设独立储能电站项目的公告",
            "06-03",
        ),
        (
            "https://data.caifu-demo.test/notices/detail/600123/AN202406021637421175.html",
            "东州电力：第九届董事会第十四次会议决议公告",
            "06-02",
        ),
        (
            "https://data.caifu-demo.test/notices/detail/600123/AN202405201636907733.html",
            "东州电力：2023年年度股东大会决议公告",
            "05-20",
        ),
    ]
    reports = [
        (
            "https://www.yanbao-demo.test/report/2024/0603/AP202406031637512345.html",
            "储能订单快速放量 上调盈利预测",
            "江川证券",
            "买入",
        ),
        (
            "https://www.yanbao-demo.test/report/2024/0529/AP202405291635208871.html",
            "一季度业绩超预期 储能业务加速",
            "北原证券",
            "增持",
        ),
        (
            "https://www.yanbao-demo.test/report/2024/0430/AP202404301628437702.html",
            "火电盈利修复 储能打开成长空间",
            "江川证券",
            "买入",
        ),
    ]
    posts = [
        "储能这波还能上车吗",
        "38亿的项目，回本要几年？",
        "今天放量了，主力进场",
        "分红率能不能再提高一点",
        "拿了三年终于解套",
    ]
    quote_rows = [("今开", "12.40"), ("最高", "12.86"), ("最低", "12.35"), ("昨收", "12.29"), ("成交量", "86.4万手"), ("成交额", "10.9亿"),
                  ("换手率", "3.84%"), ("市盈率(动)", "13.2"), ("总市值", "286亿"), ("流通市值", "281亿"), ("涨停", "13.52"), ("跌停", "11.06")]  # fmt: skip
    page = fill(
        TEMPLATE_18,
        quote="\n".join(
            f'        <li><span class="k">{k}</span><span class="v">{v}</span></li>' for k, v in quote_rows
        ),
        news="\n".join(
            f'        <li><a href="{h}" target="_blank">{esc(t)}</a><span>{d}</span></li>' for h, t, d in news
        ),
        notices="\n".join(
            f'        <li><a href="{h}" target="_blank">{esc(t)}</a><span>{d}</span></li>'
            for h, t, d in notices
        ),
        reports="\n".join(
            f'        <tr><td><a href="{h}" target="_blank">{esc(t)}</a></td><td>{o}</td><td>{r}</td></tr>'
            for h, t, o, r in reports
        ),
        posts="\n".join(
            f'        <li><a href="https://guba.caifu-demo.test/news,600123,{14820311 - i * 97}.html" target="_blank">{esc(p)}</a><span>阅读 {(i * 379) % 2000 + 120}</span></li>'
            for i, p in enumerate(posts)
        ),
        quote_bar=quote_bar(),
        sitemap=sitemap("https://www.caifu-demo.test"),
        stat=stat_script("caifu", "tj.caifu-demo.test"),
    )
    return Page("18-stock-quote-page", url, page, {"url": url, "error": True})


TEMPLATE_18 = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>东州电力(600123)股票价格_行情_走势图—财富网</title>
<meta name="keywords" content="东州电力,600123,东州电力股票,东州电力行情">
<meta name="description" content="提供东州电力(600123)股票的行情走势、五档盘口、逐笔交易等实时行情数据，及东州电力(600123)的新闻资讯、公司公告、研究报告等。">
<link rel="stylesheet" href="https://g1.caifu-demo.test/quote/css/quote_hs.min.css?v=20240520">
<script>var quotedata = { code: "600123", market: 1, name: "东州电力", id: "6001231" };</script>
</head>
<body>
<div class="topnav"><div class="w1200"><a href="https://www.caifu-demo.test/">财富网首页</a><a href="https://quote.caifu-demo.test/">行情中心</a><a href="https://data.caifu-demo.test/">数据中心</a><a href="https://guba.caifu-demo.test/">股吧</a></div></div>
@@QUOTE_BAR@@
<div class="w1200 quote-head">
  <div class="name"><h2>东州电力</h2><span class="code">600123</span><span class="tag">沪A</span><span class="tag">融</span></div>
  <div class="price up"><strong>12.71</strong><span>+0.42</span><span>+3.42%</span></div>
  <div class="status">交易中 06-03 10:42:18</div>
  <div class="ops"><a href="javascript:void(0)">+自选</a><a href="https://guba.caifu-demo.test/list,600123.html">股吧</a></div>
</div>
<div class="w1200 clearfix">
  <div class="quote-left">
    <div class="chart-box"><div class="chart-tabs"><span class="on">分时</span><span>日K</span><span>周K</span><span>月K</span></div><div id="chart" style="height:360px"></div></div>
    <ul class="quote-detail">
@@QUOTE@@
    </ul>
    <div class="box"><div class="box-title">公司资讯</div><ul>
@@NEWS@@
    </ul></div>
    <div class="box"><div class="box-title">公司公告</div><ul>
@@NOTICES@@
    </ul></div>
    <div class="box"><div class="box-title">研究报告</div><table><tr><th>报告名称</th><th>机构</th><th>评级</th></tr>
@@REPORTS@@
    </table></div>
  </div>
  <div class="quote-right">
    <div class="box"><div class="box-title">五档盘口</div>
      <table class="pankou"><tr><td>卖五</td><td>12.76</td><td>512</td></tr><tr><td>卖四</td><td>12.75</td><td>833</td></tr><tr><td>卖三</td><td>12.74</td><td>1204</td></tr><tr><td>卖二</td><td>12.73</td><td>698</td></tr><tr><td>卖一</td><td>12.72</td><td>1530</td></tr>
      <tr><td>买一</td><td>12.71</td><td>2210</td></tr><tr><td>买二</td><td>12.70</td><td>3018</td></tr><tr><td>买三</td><td>12.69</td><td>944</td></tr><tr><td>买四</td><td>12.68</td><td>1127</td></tr><tr><td>买五</td><td>12.67</td><td>760</td></tr></table>
    </div>
    <div class="box"><div class="box-title">股吧热帖</div><ul>
@@POSTS@@
    </ul></div>
    <div class="box"><div class="box-title">公司简介</div><p>东州电力股份有限公司主要从事火力发电、新型储能和新能源项目的开发、建设与运营，控股装机容量约1860万千瓦。</p></div>
  </div>
</div>
@@SITEMAP@@
<div class="footer"><p>财富网 版权所有　沪ICP证000025号</p><p>行情数据仅供参考，不构成投资建议，据此操作风险自担。</p></div>
<script src="https://g1.caifu-demo.test/quote/js/quote_hs.min.js?v=20240520"></script>
@@STAT@@
</body>
</html>
"""


PAGES = [
    page_01, page_02, page_03, page_04, page_05, page_06, page_07, page_08, page_09,
    page_10, page_11, page_12, page_13, page_14, page_15, page_16, page_17, page_18,
]  # fmt: skip


# --- checks and output ------------------------------------------------------------------------------------


def strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k not in ("url", "published_at") for s in strings(v)]
    return []


def visible(markup: str) -> str:
    """The page's text as a reader sees it: scripts, styles and comments dropped, tags removed, entities decoded."""
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?s)<!--.*?-->", " ", markup)
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def labelled_texts(exp: dict) -> list[str]:
    """Every text a reader reads off the page (body lines split at table cells)."""
    texts = [exp[k] for k in ("title", "source", "editor", "reviewer") if exp[k]]
    texts += exp["breadcrumbs"] or []
    for line in exp["body"].split("\n"):
        texts += line.split("\t")
    for item in exp["related"] or []:
        texts += [item["title"]] + ([item["summary"]] if item["summary"] else [])
    return texts


def check(page: Page) -> None:
    exp = page.expected
    if exp.get("error"):
        return
    crumbs = exp["breadcrumbs"]
    if crumbs is None:
        assert exp["category"] is None, page.name
    else:
        candidates = [c for c in crumbs if c not in NOT_CATEGORY and c != exp["title"]]
        assert exp["category"] == (candidates[-1] if candidates else None), page.name
    for text in strings(exp):
        assert T2S.convert(text) == text, (page.name, text)
    for line in exp["body"].split("\n"):
        assert line and line == line.strip(" \u3000\xa0\t"), (page.name, line)
    seen = visible(page.html)
    for text in labelled_texts(exp):
        assert text in seen, (page.name, text)  # the label is read off the page
    if exp["clicks"] is not None:  # printed, perhaps with thousands separators (`2,316`)
        assert str(exp["clicks"]) in re.sub(r"(?<=\d),(?=\d{3})", "", seen), page.name
    for src in exp["images"] or []:
        tail = src.rsplit("/", 1)[-1]
        assert tail in html.unescape(page.html), (page.name, src)
    for item in exp["related"] or []:
        assert item["url"].startswith("http"), (page.name, item)
    assert exp["clicks"] is None or exp["click_counter_url"] is None, page.name
    assert exp["published_at"].endswith("+08:00"), page.name
    assert exp["url"] == page.url, page.name


def main() -> None:
    pages_dir, expected_dir = HERE / "pages", HERE / "expected"
    pages_dir.mkdir(exist_ok=True)
    expected_dir.mkdir(exist_ok=True)
    names = set()
    for make in PAGES:
        page = make()
        check(page)
        names.add(page.name)
        data = page.html.replace("\n", page.newline).encode(
            page.encoding
        )  # strict: every character encodable
        (pages_dir / f"{page.name}.html").write_bytes(data)
        text = json.dumps(page.expected, ensure_ascii=False, indent=2) + "\n"
        (expected_dir / f"{page.name}.json").write_bytes(text.encode("utf-8"))
        print(f"  {page.name:<36} {page.encoding:<8} {len(data):>6} bytes")
    for stale in [*pages_dir.glob("*.html"), *expected_dir.glob("*.json")]:
        if stale.stem not in names:
            stale.unlink()
    print(f"{len(names)} pages written to {pages_dir} and {expected_dir}")


if __name__ == "__main__":
    main()
