"""Build the portal evaluation pages and their expected records from one set of values per page.

Run: python tests/portals/build.py   (rewrites pages/ and expected/; the output is deterministic)

Every page function below holds the values a reader labels (headline, paragraphs, labels, hrefs as
written) and renders them into the page's own markup; the expected record is derived from the same
values, so page and record cannot disagree. Conventions: tests/families/README.md, with the further
readings listed in tests/portals/README.md.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import opencc

HERE = Path(__file__).parent

S2T = opencc.OpenCC("s2t")
S2TW = opencc.OpenCC("s2tw")
S2HK = opencc.OpenCC("s2hk")
TW2S = opencc.OpenCC("tw2s")
HK2S = opencc.OpenCC("hk2s")
T2S = opencc.OpenCC("t2s")

# Crumbs that never name the category (conventions, `category`).
NOT_CATEGORY = {"首页", "主页", "网站首页", "查看详情", "正文", "详情", "内容", "当前位置", "文章详情"}


# --- values -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Img:
    """An image inside the body, `src` as written in the page (resolved for the record)."""

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
    """A table inside the body: one body line per row, cells separated by a tab (as the browser prints
    a table's text)."""

    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Raw:
    """Markup inside the content container that carries no body text (a video player, an ad slot)."""

    markup: str


Block = str | Img | Cap | Sub | Table | Raw


@dataclass(frozen=True)
class Rel:
    """One item of a related list: href as written, title, excerpt (None when the page prints none)."""

    href: str
    title: str
    summary: str | None = None
    note: str = ""  # a date, duration or outlet printed beside the item (not a summary)


@dataclass
class Page:
    name: str
    url: str
    html: str
    expected: dict
    encoding: str = "utf-8"
    newline: str = "\n"
    # the page shows its texts converted by this OpenCC converter (traditional pages)
    shown: Callable[[str], str] | None = None


def esc(text: str) -> str:
    return html.escape(text, quote=False)


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


def record(
    url: str,
    *,
    article_id: str,
    title: str,
    source: str | None,
    published_at: str,
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
        "published_at": published_at,
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


def table_html(table: Table, conv: Callable[[str], str], head: bool = True) -> str:
    rows = []
    for i, row in enumerate(table.rows):
        tag = "th" if head and i == 0 else "td"
        cells = "".join(f"<{tag}>{esc(conv(c))}</{tag}>" for c in row)
        rows.append(f"<tr>{cells}</tr>")
    return (
        '<table class="data-table" border="1" cellspacing="0" cellpadding="4">\n<tbody>\n'
        + "\n".join(rows)
        + "\n</tbody>\n</table>"
    )


def render(
    blocks: list[Block],
    para: str = "<p>{}</p>",
    img: str = '<p style="text-align:center"><img src="{}" alt=""></p>',
    cap: str = '<p style="text-align:center">{}</p>',
    sub: str = "<p><strong>{}</strong></p>",
    conv: Callable[[str], str] = lambda s: s,
) -> str:
    out = []
    for block in blocks:
        if isinstance(block, Img):
            out.append(img.format(block.src))
        elif isinstance(block, Cap):
            out.append(cap.format(esc(conv(block.text))))
        elif isinstance(block, Sub):
            out.append(sub.format(esc(conv(block.text))))
        elif isinstance(block, Table):
            out.append(table_html(block, conv))
        elif isinstance(block, Raw):
            out.append(block.markup)
        else:
            out.append(para.format(esc(conv(block))))
    return "\n".join(out)


def links(
    items: list[tuple[str, str]],
    tpl: str = '<li><a href="{}" target="_blank">{}</a></li>',
    indent: str = "        ",
) -> str:
    return "\n".join(indent + tpl.format(href, esc(text)) for href, text in items)


def nav(items: list[tuple[str, str]], tpl: str = '<a href="{}">{}</a>', sep: str = "\n") -> str:
    return sep.join(tpl.format(href, esc(text)) for href, text in items)


def article_ids(prefix: str, first: int, step: int, suffix: str, titles: list[str]) -> list[tuple[str, str]]:
    """Sidebar items: invented hrefs `prefix + number + suffix` for the given headlines."""
    return [(f"{prefix}{first - i * step}{suffix}", t) for i, t in enumerate(titles)]


# Headlines for sidebars, rankings and navigation boxes (invented).
SIDE = [
    "多地启动春季植树造林行动",
    "一季度铁路旅客发送量同比增长一成",
    "新能源汽车下乡活动在多地举行",
    "高校毕业生就业服务专项行动启动",
    "南方多地迎来强降雨 防汛部门提前部署",
    "国产大型邮轮完成第二次试航",
    "多地出台措施支持老旧小区加装电梯",
    "今年夏粮收购工作即将展开",
    "跨境电商综试区新增一批试点城市",
    "城市更新项目带动县域商业升级",
    "中小学春季开学安全检查全面展开",
    "文旅消费持续升温 多个景区客流创新高",
    "沿海港口外贸集装箱吞吐量稳步增长",
    "数字人民币试点场景进一步扩大",
    "多地门诊共济保障机制落地",
    "冷链物流骨干网络建设提速",
    "农村公路提档升级工程完成年度目标",
    "海上风电制氢示范项目投产",
    "夜间经济点亮城市消费新场景",
    "家电以旧换新补贴政策落地见效",
    "青年创业园新增入驻企业六十家",
    "山区学校用上了远程双师课堂",
    "一刻钟便民生活圈建设加快",
    "春季流感进入高发期 专家提醒做好防护",
    "高铁站开通无障碍绿色通道",
    "菜篮子产品价格总体平稳",
    "智慧养老服务平台覆盖全部街道",
    "全民健身中心向社会免费开放",
    "非遗工坊带动两千余人就近就业",
    "铁路部门实行新运行图",
    "多地加快建设保障性租赁住房",
    "机场新开通三条国际货运航线",
    "乡村振兴示范带建设全面铺开",
    "新一批专精特新企业名单公布",
    "二手车交易量同比增长一成",
    "城市公交开通定制通勤线路",
    "中欧班列开行数量保持增长",
    "湿地保护区迎来越冬候鸟高峰",
    "社区食堂让老人吃上热乎饭",
    "海关查获一批侵权出口商品",
    "县域医共体建设实现全覆盖",
    "全省首条低空物流航线试飞成功",
    "博物馆夜场开放受市民欢迎",
    "城市绿道总里程突破两千公里",
    "多地探索建立生态补偿机制",
    "新建学校秋季学期将投入使用",
    "居民消费价格温和上涨",
    "暑期档电影票房突破百亿元",
]


# --- page furniture: site maps, friendly links, scripts (no labelled text) -------------------------------------

SITEMAP_GROUPS = [
    ("新闻", [("guonei", "国内"), ("guoji", "国际"), ("shehui", "社会"), ("fazhi", "法治"), ("pinglun", "评论"), ("tupian", "图片")]),
    ("财经", [("hongguan", "宏观"), ("jinrong", "金融"), ("chanjing", "产经"), ("gupiao", "股票"), ("jijin", "基金"), ("licai", "理财")]),
    ("生活", [("jiankang", "健康"), ("jiaoyu", "教育"), ("lvyou", "旅游"), ("meishi", "美食"), ("qiche", "汽车"), ("fangchan", "房产")]),
    ("文化", [("dushu", "读书"), ("wenyi", "文艺"), ("feiyi", "非遗"), ("shoucang", "收藏"), ("shuhua", "书画"), ("yingshi", "影视")]),
    ("服务", [("tianqi", "天气"), ("jiaotong", "交通"), ("zhengwu", "政务"), ("bianmin", "便民"), ("zhaopin", "招聘"), ("baoliao", "报料")]),
]  # fmt: skip

FRIENDS = [
    ("东州网", "https://www.dongzhouwang.test/"), ("南湖新闻网", "https://www.nanhunews.test/"),
    ("江川在线", "https://www.jiangchuan.test/"), ("北原网", "https://www.beiyuanwang.test/"),
    ("云岭新闻网", "https://www.yunlingnews.test/"), ("石湾在线", "https://www.shiwan.test/"),
    ("临川新闻网", "https://www.linchuannews.test/"), ("青禾网", "https://www.qinghewang.test/"),
    ("东江网", "https://www.dongjiangwang.test/"), ("海川网", "https://www.haichuanwang.test/"),
]  # fmt: skip


def sitemap(base: str, conv: Callable[[str], str] = lambda s: s, cls: str = "sitemap") -> str:
    """A footer site map: one row per channel group."""
    rows = []
    for group, items in SITEMAP_GROUPS:
        cells = " ".join(f'<a href="{base}/{slug}/">{esc(conv(name))}</a>' for slug, name in items)
        rows.append(f"    <dl><dt>{esc(conv(group))}</dt><dd>{cells}</dd></dl>")
    return f'<div class="{cls}">\n' + "\n".join(rows) + "\n</div>"


def friends(conv: Callable[[str], str] = lambda s: s, title: str = "友情链接") -> str:
    cells = "\n".join(f'    <a href="{h}" target="_blank">{esc(conv(n))}</a>' for n, h in FRIENDS)
    return (
        f'<div class="friend-links">\n  <span class="fl-title">{esc(conv(title))}：</span>\n{cells}\n</div>'
    )


def site_script(site: str, stat_host: str) -> str:
    """Share, font-size and statistics code every page of the site carries."""
    return f"""<script type="text/javascript">
(function (win, doc) {{
  var site = "{site}";
  function $(id) {{ return doc.getElementById(id); }}
  win.setFontSize = function (size) {{
    var box = $("content") || $("detail") || doc.body;
    box.style.fontSize = size + "px";
    try {{ win.localStorage.setItem(site + "_fs", size); }} catch (e) {{}}
  }};
  win.shareTo = function (target) {{
    var url = encodeURIComponent(location.href), title = encodeURIComponent(doc.title);
    var map = {{
      weibo: "https://share.weibo.test/share?url=" + url + "&title=" + title,
      qzone: "https://share.qzone.test/share?url=" + url + "&title=" + title,
      wechat: "javascript:void(0)"
    }};
    if (map[target]) {{ win.open(map[target], "_blank", "width=640,height=480"); }}
  }};
  var stat = doc.createElement("script");
  stat.async = true;
  stat.src = "https://{stat_host}/stat.js?site=" + site + "&r=" + Math.random();
  var first = doc.getElementsByTagName("script")[0];
  first.parentNode.insertBefore(stat, first);
}})(window, document);
</script>"""


# --- 01: national news agency site, `来源：X | date time` in one line, 【纠错】 【责任编辑:X】 ------------------


def page_01() -> Page:
    url = "https://www.huaxinnet.test/fortune/2024-03/15/c_1130912345.htm"
    title = "东州至南湖高铁进入联调联试阶段 预计年内开通运营"
    source = "东州网"
    editor = "邓雅琪"
    body: list[Block] = [
        "华新社东州3月14日电（记者 陆明川）记者14日从东州省铁路建设指挥部获悉，东州至南湖高速铁路全线静态验收已经完成，"
        "3月13日起进入联调联试阶段，预计年内开通运营。",
        "东州至南湖高铁全长286公里，设计时速350公里，沿线设东州西、青禾、云岭北、石湾、南湖东等9座车站。"
        "项目2020年开工建设，全线桥隧比超过七成，其中跨越东江的特大桥主跨达到480米。",
        Img("20240315f2a91c3d_1.jpg"),
        Cap("3月13日，一列高速综合检测列车驶过东江特大桥。（华新社记者 陆明川 摄）"),
        "联调联试期间，高速综合检测列车将以逐级提速的方式，对轨道、接触网、通信信号等系统进行全面检测和调整，"
        "使各系统达到设计要求。联调联试结束后，还将开展运行试验，模拟按图行车，检验线路在各种工况下的运行能力。",
        "东州省铁路建设指挥部副总指挥秦立伟介绍，线路开通后，东州至南湖的最快旅行时间将由目前的3小时40分钟缩短至1小时10分钟左右，"
        "沿线山区县将首次接入高铁网络。",
        "据了解，为保障开通后的客流组织，沿线各站的站房装修、站前广场和公交接驳工程正在同步推进，目前总体完成约八成。",
    ]
    related = [
        Rel("/fortune/2024-03/08/c_1130905512.htm", "东州今年计划完成交通投资1200亿元"),
        Rel("/local/2024-02/27/c_1130892201.htm", "云岭山区迎来首座高铁站房封顶"),
        Rel(
            "https://www.huaxinnet.test/fortune/2024-01/19/c_1130851177.htm",
            "全国铁路今年计划投产新线超过一千公里",
        ),
    ]
    hot = article_ids("/politics/2024-03/15/c_11309", 12301, 37, ".htm", SIDE[0:8])
    rank = article_ids("/fortune/2024-03/14/c_11309", 11988, 53, ".htm", SIDE[8:16])
    channels = [
        ("https://www.huaxinnet.test/", "首页"), ("/politics/", "时政"), ("/local/", "地方"), ("/legal/", "法治"),
        ("/world/", "国际"), ("/mil/", "军事"), ("/fortune/", "财经"), ("/tech/", "科技"), ("/culture/", "文化"),
        ("/sports/", "体育"), ("/health/", "健康"), ("/photo/", "图片"), ("/video/", "视频"), ("/english/", "English"),
    ]  # fmt: skip
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}-华新网</title>
<meta name="keywords" content="高铁,联调联试,东州,南湖">
<meta name="description" content="{title}---东州至南湖高速铁路全线静态验收已经完成，3月13日起进入联调联试阶段。">
<meta name="source" content="{source}">
<meta name="section" content="财经">
<meta name="subsection" content="">
<meta name="pubdate" content="">
<link rel="stylesheet" href="//www.huaxinnet.test/static/css/detail_2021.css">
<link rel="stylesheet" href="//www.huaxinnet.test/static/css/share.css">
<script src="//www.huaxinnet.test/static/js/jquery-1.12.4.min.js"></script>
<script>
var _hxDetail = {{ "fileUuid": "f2a91c3d7e8b4c60a1d2e3f405162738", "nodeId": "11147664", "channel": "fortune" }};
</script>
</head>
<body>
<div class="topBar">
  <div class="container">
    <div class="left"><a href="https://www.huaxinnet.test/">华新网首页</a><span>|</span><a href="https://m.huaxinnet.test/">手机版</a><span>|</span><a href="https://app.huaxinnet.test/">客户端</a></div>
    <div class="right"><a href="https://www.huaxinnet.test/about/">关于我们</a><a href="https://www.huaxinnet.test/rss/">RSS</a><a href="https://my.huaxinnet.test/login">登录</a></div>
  </div>
</div>
<div class="header">
  <div class="container">
    <a class="logo" href="https://www.huaxinnet.test/"><img src="//www.huaxinnet.test/static/img/logo_fortune.png" alt="华新网财经"></a>
    <div class="nav">
{nav(channels)}
    </div>
    <form class="search" action="https://so.huaxinnet.test/" method="get"><input type="text" name="keyword" placeholder="请输入关键词"><button type="submit">搜索</button></form>
  </div>
</div>
<div class="container" id="conWrap">
  <div class="head-line">
    <h1><span class="title">{title}</span></h1>
    <div class="header-info">
      <div class="info">来源：{source} | 2024-03-15 10:20:31</div>
      <div class="fontSize">字体：<a href="javascript:void(0)" class="big">大</a> <a href="javascript:void(0)" class="mid">中</a> <a href="javascript:void(0)" class="small">小</a></div>
      <div class="share bdsharebuttonbox">分享到：<a href="javascript:void(0)" class="wx" title="微信"></a><a href="javascript:void(0)" class="wb" title="微博"></a><a href="javascript:void(0)" class="qq" title="QQ空间"></a></div>
    </div>
  </div>
  <div class="main clearfix">
    <div class="main-left left">
      <div id="detail">
{render(body, para="<p>　　{}</p>", img='<p style="text-align: center;"><img id="1710469231000" src="{}" alt=""></p>', cap='<p style="text-align: center;"><font color="navy">{}</font></p>')}
      </div>
      <div id="articleEdit">
        <span class="tiyi1"><a href="javascript:void(0)" class="advise">【纠错】</a></span>
        <span class="editor">【责任编辑:{editor}】</span>
      </div>
      <div class="adv"><a href="https://ad.huaxinnet.test/c?z=fortune&amp;p=3"><img src="//www.huaxinnet.test/static/ad/fortune_760x90.jpg" alt="广告"></a></div>
      <div class="xgxw">
        <div class="tit">相关新闻</div>
        <ul>
{links([(r.href, r.title) for r in related])}
        </ul>
      </div>
      <div class="ewm"><img src="//www.huaxinnet.test/static/img/app_qrcode.png" alt="华新网客户端"><p>扫码下载华新网客户端</p></div>
    </div>
    <div class="main-right right">
      <div class="columBox">
        <div class="col-tit">热点推荐</div>
        <ul class="dataList">
{links(hot)}
        </ul>
      </div>
      <div class="columBox">
        <div class="col-tit">新闻24小时排行</div>
        <ol class="rankList">
{links(rank)}
        </ol>
      </div>
      <div class="columBox"><a href="https://www.huaxinnet.test/photo/"><img src="//www.huaxinnet.test/static/img/photo_entry.jpg" alt="图片频道"></a></div>
    </div>
  </div>
</div>
{sitemap("https://www.huaxinnet.test")}
{friends()}
<div class="foot">
  <div class="container">
    <p><a href="https://www.huaxinnet.test/about/">关于我们</a> | <a href="https://www.huaxinnet.test/about/contact.htm">联系我们</a> | <a href="https://www.huaxinnet.test/about/ad.htm">广告服务</a> | <a href="https://www.huaxinnet.test/about/copyright.htm">版权声明</a> | <a href="https://www.huaxinnet.test/sitemap.htm">网站地图</a></p>
    <p>Copyright &copy; 2000-2024 HUAXINNET.TEST All Rights Reserved.</p>
    <p>制作单位：华新网股份有限公司　版权所有：华新网</p>
    <p>京ICP证000001号　京公网安备11000002000001号　互联网新闻信息服务许可证：10120170001</p>
  </div>
</div>
<script src="//www.huaxinnet.test/static/js/detail_2021.js"></script>
<script>
(function () {{ var s = document.createElement("script"); s.src = "//stat.huaxinnet.test/w.js?id=fortune"; document.body.appendChild(s); }})();
</script>
{site_script("huaxinnet", "stat.huaxinnet.test")}
</body>
</html>
"""
    expected = record(
        url,
        article_id="c_1130912345",
        title=title,
        source=source,
        published_at="2024-03-15T10:20:31+08:00",
        body=body,
        editor=editor,
        related=related,
    )
    return Page("01-news-agency-pipe-info", url, page, expected)


# --- 02: big portal, `date time　来源: X`, 跟贴/参与 counts, `本文来源：… 作者：… 责任编辑：X_NB…` -------------------


def page_02() -> Page:
    url = "https://www.dongyi.test/news/article/IU7K9M2F0001899O.html"
    title = "多地推出夜间消费券 餐饮零售客流回升"
    source = "江城日报"
    editor = "孟凡超"
    crumbs = ["东易首页", "新闻中心", "国内新闻", "正文"]
    body: list[Block] = [
        "入夏以来，江城、临川、石湾等多个城市相继推出夜间消费券，覆盖餐饮、零售、文旅演出等领域。从各地公布的数据看，"
        "消费券发放后，重点商圈夜间客流和销售额均有明显回升。",
        "江城市商务局数据显示，首批3000万元夜间消费券上线后，5天内核销率达到81%，直接带动消费约2.4亿元。"
        "其中，晚上8点至11点核销的比例接近六成。",
        Img("https://nimg.dongyi.test/2024/04/12/0c7a1f33e9b84d2f.jpeg"),
        Cap("4月10日晚，江城市一处夜市街区游人如织。"),
        "在江城老码头夜市，经营烧烤摊的李先生告诉记者，消费券发放后，每晚的营业额比之前多了三成左右，"
        "“以前十点以后就没什么人了，现在要忙到凌晨一点。”",
        "临川市则把消费券与夜间文旅活动结合起来，市民在剧场、博物馆夜场消费可叠加使用。"
        "临川市文旅局相关负责人介绍，4月以来全市夜间演出场次同比增加42%，上座率保持在八成以上。",
        "业内人士表示，消费券对短期客流有拉动作用，但夜间经济要持续繁荣，还需要在公共交通、治安保障、"
        "街区环境等方面下功夫，让市民愿意出门、留得下来。",
    ]
    related = [
        Rel("https://www.dongyi.test/news/article/IU5B2C8R0001899O.html", "江城老码头夜市改造后重新开街"),
        Rel(
            "https://www.dongyi.test/news/article/IU3QW7DL0001899O.html",
            "一季度社会消费品零售总额同比增长4.7%",
        ),
        Rel("https://www.dongyi.test/news/article/IU1HF0KM0001899O.html", "多地博物馆延长开放时间迎客流"),
        Rel("https://www.dongyi.test/news/article/ITZ8PNV40001899O.html", "文旅演出市场持续升温"),
    ]
    hot = [(f"https://www.dongyi.test/news/article/IU7{c}0001899O.html", t) for c, t in zip(
        ["K1A2B3C", "K0D4E5F", "JZG6H7J", "JYK8L9M", "JXN1P2Q", "JWR3S4T", "JVU5V6W", "JUX7Y8Z"], SIDE[16:24], strict=True
    )]  # fmt: skip
    rank = [(f"https://www.dongyi.test/news/article/IU6{c}0001899O.html", t) for c, t in zip(
        ["A1B2C3D", "B2C3D4E", "C3D4E5F", "D4E5F6G", "E5F6G7H", "F6G7H8J"], SIDE[24:30], strict=True
    )]  # fmt: skip
    channels = [
        ("https://news.dongyi.test/", "新闻"), ("https://sports.dongyi.test/", "体育"),
        ("https://ent.dongyi.test/", "娱乐"), ("https://money.dongyi.test/", "财经"),
        ("https://auto.dongyi.test/", "汽车"), ("https://tech.dongyi.test/", "科技"),
        ("https://mobile.dongyi.test/", "手机"), ("https://house.dongyi.test/", "房产"),
        ("https://home.dongyi.test/", "家居"), ("https://edu.dongyi.test/", "教育"),
        ("https://travel.dongyi.test/", "旅游"), ("https://health.dongyi.test/", "健康"),
        ("https://v.dongyi.test/", "视频"), ("https://open.dongyi.test/", "公开课"),
    ]  # fmt: skip
    page = f"""<!DOCTYPE HTML>
<html id="dyhtml">
<head>
<meta charset="utf-8">
<title>{title}|消费券|夜间经济_东易新闻</title>
<meta name="keywords" content="消费券,夜间经济,江城">
<meta name="description" content="{title}，入夏以来，江城、临川、石湾等多个城市相继推出夜间消费券，覆盖餐饮、零售、文旅演出等领域。">
<meta name="author" content="东易">
<meta name="Copyright" content="东易版权所有">
<meta property="og:type" content="news">
<meta property="og:title" content="{title}">
<meta property="og:release_date" content="2024-04-12 16:05:47">
<link rel="apple-touch-icon" href="https://static.dongyi.test/f2e/www/index2014/images/icon.png">
<link rel="canonical" href="{url}">
<link href="https://static.dongyi.test/f2e/post/post_dy_2024.css" rel="stylesheet">
<script>var _ntes_nacc = "news"; var config = {{ docid: "IU7K9M2F0001899O", channel: "news", source: "{source}" }};</script>
</head>
<body>
<div class="N-nav-bottom">
  <div class="N-nav-bottom-main">
    <a class="ntes-nav-index-title" href="https://www.dongyi.test/">东易首页</a>
    <a href="https://mail.dongyi.test/">应用</a> <a href="https://reg.dongyi.test/">注册免费邮箱</a> <a href="https://vip.dongyi.test/">东易会员</a>
    <a class="ntes-nav-login" href="javascript:void(0)">登录</a>
  </div>
</div>
<div class="post_crumb"><a href="https://www.dongyi.test/">{crumbs[0]}</a> &gt; <a href="https://news.dongyi.test/">{crumbs[1]}</a> &gt; <a href="https://news.dongyi.test/domestic/">{crumbs[2]}</a> &gt; {crumbs[3]}</div>
<div class="channel_nav">
{nav(channels)}
</div>
<div class="wrapper clearfix">
  <div class="post_main">
    <h1 class="post_title">{title}</h1>
    <div class="post_info">
      2024-04-12 16:05:47　来源: <a href="https://www.jiangcheng-daily.test/" target="_blank">{source}</a>
      <a href="https://www.dongyi.test/special/report/" class="post_info_report">举报</a>
      <span class="post_comment_toolbar"><a href="https://comment.dongyi.test/news_bbs/IU7K9M2F0001899O.html">跟贴 236</a> 参与 1520</span>
    </div>
    <div class="post_body">
{render(body, para="<p>{}</p>", img='<p class="f_center"><img src="{}" alt="多地推出夜间消费券">', cap="<br>{}</p>")}
    </div>
    <div class="post_author">
      <a href="https://www.dongyi.test/"><img src="https://static.dongyi.test/cnews/css13/img/end_news.png" alt="{title}" width="13" height="12" class="icon"></a>
      本文来源：{source} 作者：韩晓雪
      责任编辑：{editor}_NB12301
    </div>
    <div class="post_next_recommend">
      <div class="post_next_recommend_tit">相关新闻</div>
      <ul>
{links([(r.href, r.title) for r in related])}
      </ul>
    </div>
    <div class="post_comment" id="tie">
      <div class="tie-titlebar"><span class="tie-title">跟贴</span><span class="tie-info">跟贴 236 参与 1520</span></div>
      <div class="tie-input"><textarea placeholder="文明上网，理性发言"></textarea><a class="tie-submit" href="javascript:;">发表</a></div>
      <div class="tie-list"><div class="tie-item"><span class="user">东易江城网友</span><p>消费券确实有用，周末夜市人特别多。</p><span class="time">2024-04-12 17:21:09</span></div></div>
    </div>
  </div>
  <div class="post_side">
    <div class="side_box">
      <h2 class="side_title">热点新闻</h2>
      <ul>
{links(hot)}
      </ul>
    </div>
    <div class="side_box">
      <h2 class="side_title">24小时排行</h2>
      <ol>
{links(rank)}
      </ol>
    </div>
    <div class="side_box ad"><iframe src="https://ad.dongyi.test/a?slot=post_side_1" width="300" height="250" frameborder="0" scrolling="no"></iframe></div>
  </div>
</div>
{sitemap("https://news.dongyi.test")}
{friends()}
<div class="N-foot">
  <div class="N-foot-links"><a href="https://corp.dongyi.test/">About DONGYI</a> - <a href="https://gb.corp.dongyi.test/">公司简介</a> - <a href="https://gb.corp.dongyi.test/contact.html">联系方法</a> - <a href="https://corp.dongyi.test/hr/">招聘信息</a> - <a href="https://help.dongyi.test/">客户服务</a> - <a href="https://gb.corp.dongyi.test/privacy.html">隐私政策</a> - <a href="https://emarketing.dongyi.test/">广告服务</a> - <a href="https://www.dongyi.test/map.html">网站地图</a></div>
  <p>东易公司版权所有 &copy;1997-2024　粤B2-00000001　粤ICP备00000001号　互联网新闻信息服务许可证：44120180001</p>
</div>
<script src="https://static.dongyi.test/f2e/post/post_dy_2024.js"></script>
{site_script("dongyi", "analytics.dongyi.test")}
</body>
</html>
"""
    expected = record(
        url,
        article_id="IU7K9M2F0001899O",
        title=title,
        source=source,
        published_at="2024-04-12T16:05:47+08:00",
        body=body,
        editor=editor,
        breadcrumbs=crumbs,
        category="国内新闻",
        related=related,
    )
    return Page("02-portal-editor-code", url, page, expected)


# --- 03: news-app site, `X新闻记者 Y` byline and a bare date, no source, 责任编辑/图片编辑/校对 ------------------


def page_03() -> Page:
    url = "https://www.donganxinwen.test/newsDetail_forward_27134581"
    title = "一家县城影院的十年：从差点关门到年票房过千万"
    editor = "范思远"
    body: list[Block] = [
        "晚上七点半，青禾县人民影院门口已经排起了队。售票窗口旁的小黑板上，用粉笔写着当晚的排片：三部新片，一部老电影修复版。",
        "十年前，这家建于上世纪七十年代的影院几乎撑不下去。老经理韦德胜回忆，那时候一场电影经常只坐着三五个人，"
        "放映机老旧，冬天大厅里冷得坐不住，“最难的时候，连电费都交不上。”",
        Img("https://imgpai.donganxinwen.test/newpai/image/1715214600_8c21f4.jpg"),
        Cap("青禾县人民影院的售票窗口，小黑板上写着当天的排片。东岸新闻记者 谢一舟 图"),
        "转机出现在2014年。县里把影院交给一家本地文化公司运营，保留老建筑的外立面，内部改造成四个数字放映厅。"
        "新的运营团队没有急着上大片，而是先做会员、办观影会，把附近学校和工厂的观众一批批请进来。",
        "这些年，影院的年票房从不到百万元涨到了去年的1130万元，在全省县级影院中排进前十。"
        "运营负责人曹蔓说，县城观众最看重的是“近”和“熟”，“很多人从小在这里看电影，现在带着孩子来。”",
        "不过，曹蔓也有自己的担心。短视频和流媒体分走了不少年轻观众，今年一季度的观影人次比去年同期少了一成。"
        "她准备在暑期推出露天电影和电影主题市集，“让影院不只是看电影的地方。”",
    ]
    related = [
        Rel("/newsDetail_forward_27098863", "县城里的第一家书店咖啡馆"),
        Rel("/newsDetail_forward_27061420", "老电影修复版为何受年轻人追捧"),
        Rel("/newsDetail_forward_27002157", "小城青年返乡开起了剧本工作室"),
    ]
    hot = [(f"/newsDetail_forward_2713{n}", t) for n, t in zip(
        ["4402", "4317", "3995", "3820", "3766", "3541", "3302", "3188"], SIDE[30:38], strict=True
    )]  # fmt: skip
    rec_html = "\n".join(
        f'        <div class="rec-item"><a href="{r.href}" target="_blank"><img src="https://imgpai.donganxinwen.test/thumb/{i}.jpg" alt="">'
        f'<h3>{esc(r.title)}</h3></a><div class="rec-meta"><span>东岸新闻</span><span>{d}</span></div></div>'
        for i, (r, d) in enumerate(zip(related, ["2024-05-06", "2024-04-28", "2024-04-17"], strict=True))
    )
    state = json.dumps(
        {"contId": 27134581, "nodeId": 25434, "name": "城市漫步", "praiseTimes": 312, "interactionNum": 126},
        ensure_ascii=False,
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title}_城市漫步_东岸新闻</title>
<meta name="Keywords" content="县城影院,电影,青禾县">
<meta name="Description" content="十年前，这家建于上世纪七十年代的影院几乎撑不下去。">
<meta property="og:title" content="{title}">
<meta property="og:image" content="https://imgpai.donganxinwen.test/newpai/image/1715214600_8c21f4.jpg">
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="https://www.donganxinwen.test/_next/static/css/0b8f2d4e1a.css">
<style>.index_content p{{margin:0 0 24px;line-height:1.9}}.image_desc{{color:#666;font-size:14px;text-align:center}}</style>
</head>
<body>
<div id="__next">
  <div class="header">
    <a class="logo" href="/"><img src="https://www.donganxinwen.test/_next/static/media/logo.svg" alt="东岸新闻"></a>
    <ul class="nav">
      <li><a href="/">首页</a></li><li><a href="/channel_25950">时事</a></li><li><a href="/channel_25951">财经</a></li>
      <li><a href="/channel_25952">思想</a></li><li><a href="/channel_25953">生活</a></li><li><a href="/channel_119908">科技</a></li>
      <li><a href="/channel_25434" class="active">城市漫步</a></li><li><a href="/video">视频</a></li>
    </ul>
    <a class="download" href="https://www.donganxinwen.test/download">下载客户端</a> <a class="login" href="/login">登录</a>
  </div>
  <div class="index_wrapper">
    <div class="index_left">
      <div class="index_channel"><a href="/list_25434">城市漫步</a></div>
      <h1 class="index_title">{title}</h1>
      <div class="index_headerContent">
        <div class="index_author"><a href="/user_4312">东岸新闻记者 谢一舟</a></div>
        <div class="index_time"><span>2024-05-09 08:30</span></div>
        <div class="index_tools"><span class="fontsize">字号</span><span class="follow">+ 关注</span></div>
      </div>
      <div class="index_content">
{render(body, para="<p>{}</p>", img='<div class="contentImgBox"><img src="{}" alt=""></div>', cap='<p class="image_desc">{}</p>')}
      </div>
      <p class="index_editor">责任编辑：{editor}　图片编辑：金雯</p>
      <p class="index_editor">校对：施洁</p>
      <div class="index_copyright">&copy; 2014-2024 东岸新闻</div>
      <div class="index_praise"><span class="praise">点赞 312</span><span class="share">分享到：微信 微博 QQ</span></div>
      <div class="index_recommend">
        <h2>推荐阅读</h2>
{rec_html}
      </div>
      <div class="index_comment">
        <h2>评论（126）</h2>
        <div class="comment_item"><span class="nick">青禾老王</span><p>上学时候在这看过《地道战》，现在环境好太多了。</p><span class="time">2024-05-09 09:14</span></div>
        <div class="comment_item"><span class="nick">云岭的风</span><p>县城影院能活下来不容易，支持。</p><span class="time">2024-05-09 10:02</span></div>
      </div>
    </div>
    <div class="index_right">
      <div class="hot">
        <h3>热榜</h3>
        <ul>
{links(hot)}
        </ul>
      </div>
      <div class="app"><img src="https://www.donganxinwen.test/_next/static/media/qrcode.png" alt="下载东岸新闻客户端"></div>
    </div>
  </div>
{sitemap("https://www.donganxinwen.test/channel")}
{friends()}
  <div class="footer">
    <p><a href="/about">关于东岸</a> | <a href="/contact">联系我们</a> | <a href="/agreement">用户协议</a> | <a href="/privacy">隐私政策</a> | <a href="/report">违法和不良信息举报</a></p>
    <p>&copy; 2014-2024 东岸新闻　沪ICP备00000002号　沪公网安备31000002000002号　互联网新闻信息服务许可证：31120170002</p>
  </div>
</div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"detailData":{state}}}}},"page":"/detail/[id]"}}</script>
<script src="https://www.donganxinwen.test/_next/static/chunks/main-7f3c1b.js" async></script>
{site_script("dongan", "tj.donganxinwen.test")}
</body>
</html>
"""
    expected = record(
        url,
        article_id="newsDetail_forward_27134581",
        title=title,
        source=None,
        published_at="2024-05-09T08:30:00+08:00",
        body=body,
        editor=editor,
        related=related,
    )
    return Page("03-news-app-reporter-byline", url, page, expected)


# --- 04: national news site, `2024年05月08日 14:36　来源：X` and `【编辑:X】` after the body -----------------------


def page_04() -> Page:
    url = "https://www.zhonghuaxw.test/cj/2024/05-08/10213377.shtml"
    title = "一季度快递业务量同比增长超两成 农村地区收投增速领先"
    source = "中华新闻网"
    editor = "付雨桐"
    crumbs = ["首页", "财经", "产经"]
    body: list[Block] = [
        "中华新闻网5月8日电 记者8日从国家邮政管理部门获悉，今年一季度，全国快递业务量累计完成372.1亿件，同比增长25.3%；"
        "快递业务收入累计完成3218.6亿元，同比增长15.2%。",
        "分区域看，农村地区快递收投量增速明显快于城市。一季度，农村地区收投快递包裹约140亿件，同比增长31.6%，"
        "比城市地区高出近10个百分点。邮政管理部门有关负责人表示，这主要得益于县乡村三级寄递物流体系不断完善。",
        "截至3月底，全国已建成县级寄递公共配送中心2300余个、村级寄递物流综合服务站32.7万个，建制村快递服务覆盖率超过95%。"
        "在中西部一些山区县，快递车辆搭载农产品出村、工业品下乡的双向流通格局正在形成。",
        "从企业层面看，主要快递企业一季度业务量均实现两位数增长，但单票收入继续下降。业内人士认为，价格竞争仍较激烈，"
        "企业需要通过提升时效和服务质量实现差异化发展。",
        "邮政管理部门表示，下一步将推动快递业与制造业、农业深度融合，支持企业建设智能分拣中心和冷链寄递网络，"
        "进一步降低农村寄递成本。（完）",
    ]
    related = [
        Rel("/cj/2024/04-19/10201846.shtml", "快递进村提速 山区农产品搭上“快车”", note="04-19 10:12"),
        Rel("/cj/2024/04-02/10192230.shtml", "3月份快递发展指数同比提升", note="04-02 15:40"),
        Rel("/gn/2024/03-21/10186675.shtml", "多地推进农村客货邮融合发展", note="03-21 09:08"),
    ]
    hot = article_ids("/sh/2024/05-08/10213", 390, 41, ".shtml", SIDE[38:46])
    pic = [("/tp/2024/05-08/10213102.shtml", "航拍海上牧场"), ("/tp/2024/05-07/10212540.shtml", "古镇迎来研学季"),
           ("/tp/2024/05-07/10212321.shtml", "茶园采摘正忙")]  # fmt: skip
    channels = [
        ("/", "首页"), ("/china/", "时政"), ("/world/", "国际"), ("/society/", "社会"), ("/cj/", "财经"),
        ("/fortune/", "金融"), ("/auto/", "汽车"), ("/house/", "房产"), ("/tech/", "科技"), ("/culture/", "文娱"),
        ("/sports/", "体育"), ("/edu/", "教育"), ("/health/", "健康"), ("/tp/", "图片"), ("/video/", "视频"),
    ]  # fmt: skip
    rel_html = "\n".join(
        f'        <li><a href="{r.href}" target="_blank">{esc(r.title)}</a><span class="date">{r.note}</span></li>'
        for r in related
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}-中华新闻网</title>
<meta name="keywords" content="快递,农村,寄递物流" />
<meta name="description" content="今年一季度，全国快递业务量累计完成372.1亿件，同比增长25.3%。" />
<meta name="filetype" content="0" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<link href="/css/2019/content.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.js"></script>
</head>
<body>
<div class="topbar"><div class="w1000"><span class="date_today">2024年5月9日 星期四</span><a href="https://www.zhonghuaxw.test/">中华新闻网首页</a> | <a href="https://m.zhonghuaxw.test/">手机版</a> | <a href="https://www.zhonghuaxw.test/app/">客户端</a> | <a href="https://www.zhonghuaxw.test/rss/">RSS</a></div></div>
<div class="header w1000"><a href="/" class="logo"><img src="/images/2019/logo.png" alt="中华新闻网" /></a><div class="topad"><img src="/images/ad/top_728x90.jpg" alt="" /></div></div>
<div class="channel w1000">
{nav(channels)}
</div>
<div class="w1000 clearfix">
  <div class="content_left">
    <div class="dqwz">当前位置：<a href="/">{crumbs[0]}</a>&gt;&gt;<a href="/cj/">{crumbs[1]}</a>&gt;&gt;<a href="/cj/cj-cyjj/">{crumbs[2]}</a></div>
    <h1 class="content_left_title">{title}</h1>
    <div class="content_left_time">2024年05月08日 14:36　来源：{source}　<span class="cycle">参与互动</span></div>
    <div class="share_box">分享到：<a href="javascript:void(0)" class="wx">微信</a><a href="javascript:void(0)" class="wb">微博</a><a href="javascript:void(0)" class="qq">QQ空间</a></div>
    <div class="left_zw" style="position:relative">
{render(body, para="<p>　　{}</p>")}
    </div>
    <div class="left_name"><div class="left_name">【编辑:{editor}】</div></div>
    <div class="baoliao">报料热线：010-00000000　报料邮箱：baoliao@zhonghuaxw.test</div>
    <div class="xgxw">
      <div class="xgxw_tit">相关新闻：</div>
      <ul>
{rel_html}
      </ul>
    </div>
    <div class="copyright_tip">本网站所刊载信息，不代表中华新闻网观点。 刊用本网站稿件，务经书面授权。</div>
  </div>
  <div class="content_right">
    <div class="rbox"><div class="rbox_tit">社会新闻精彩推荐</div><ul>
{links(hot)}
    </ul></div>
    <div class="rbox"><div class="rbox_tit">图片</div>
{chr(10).join(f'      <a class="pic" href="{h}"><img src="/images/tp/{i}.jpg" alt="" /><span>{esc(t)}</span></a>' for i, (h, t) in enumerate(pic))}
    </div>
  </div>
</div>
{sitemap("https://www.zhonghuaxw.test")}
{friends()}
<div id="bottom" class="w1000">
  <p><a href="/common/footer/intro.shtml">关于我们</a> | <a href="/common/footer/aboutus.shtml">About us</a> | <a href="/common/footer/contact.shtml">联系我们</a> | <a href="/common/footer/news-service.shtml">广告服务</a> | <a href="/common/footer/law.shtml">法律声明</a> | <a href="/common/footer/sitemap.shtml">网站地图</a></p>
  <p>【<a href="/common/footer/copyright.shtml">网上传播视听节目许可证(0106168)</a>】【京ICP证000003号】【互联网新闻信息服务许可证10120170003】</p>
  <p>总机：86-10-00000000　Copyright &copy;1999-2024 zhonghuaxw.test. All Rights Reserved</p>
</div>
<script type="text/javascript" src="/js/2019/content.js"></script>
{site_script("zhxw", "count.zhonghuaxw.test")}
</body>
</html>
"""
    expected = record(
        url,
        article_id="10213377",
        title=title,
        source=source,
        published_at="2024-05-08T14:36:00+08:00",
        body=body,
        editor=editor,
        breadcrumbs=crumbs,
        category="产经",
        related=related,
    )
    return Page("04-national-news-bracket-editor", url, page, expected)


# --- 05: central government portal, `发布时间：… 来源：X部`, 【字体：大 中 小】 打印本页 关闭窗口, 相关稿件 ------------


def page_05() -> Page:
    url = "https://www.zhengwu.gov.test/zhengce/2024-06/03/content_6955123.htm"
    title = "国家海洋与渔业部有关负责人就《近海养殖水域滩涂规划编制指南》答记者问"
    source = "国家海洋与渔业部"
    editor = "邵雨晴"
    crumbs = ["首页", "政策", "政策解读"]
    body: list[Block] = [
        "近日，国家海洋与渔业部印发《近海养殖水域滩涂规划编制指南》（以下简称《指南》）。部有关负责人就《指南》出台的背景、"
        "主要内容和实施要求回答了记者提问。",
        "问：为什么要出台《指南》？",
        "答：养殖水域滩涂规划是科学布局水产养殖生产的基本依据。近年来，各地规划编制工作取得积极进展，但也存在功能区划分不够清晰、"
        "与国土空间规划衔接不够紧密、生态保护要求落实不到位等问题。出台《指南》，就是要统一规划编制的技术要求，提高规划的科学性和可操作性。",
        "问：《指南》主要包括哪些内容？",
        "答：《指南》共七章二十八条，明确了规划编制的基本原则、工作程序、功能区划分、成果要求和审批备案等内容。"
        "其中，功能区划分为禁止养殖区、限制养殖区和养殖区三类，并对每类区域的划定条件作了具体规定。",
        "问：地方在编制规划时要注意哪些问题？",
        "答：一是坚持生态优先，依法将自然保护地核心区、饮用水水源保护区等划入禁止养殖区；二是做好与国土空间规划的衔接，"
        "确保养殖用海用地规模和布局相互协调；三是充分听取养殖户意见，保障养殖户的合法权益，对因规划调整需要退出的，要依法给予补偿。",
        "问：《指南》如何组织实施？",
        "答：各省级渔业主管部门要在今年年底前完成辖区内规划编制或修编工作的部署，县级规划原则上在2025年底前完成。"
        "我部将适时开展规划实施情况评估，对进展缓慢的地区进行督促指导。",
    ]
    related = [
        Rel(
            "/zhengce/zhengceku/2024-05/30/content_6954877.htm",
            "国家海洋与渔业部关于印发《近海养殖水域滩涂规划编制指南》的通知",
        ),
        Rel(
            "/zhengce/2024-04/18/content_6947310.htm", "国家海洋与渔业部：今年将新建国家级海洋牧场示范区20个"
        ),
        Rel(
            "https://www.zhengwu.gov.test/lianbo/bumen/2024-03/11/content_6938802.htm",
            "水产养殖绿色发展行动深入推进",
        ),
    ]
    latest = article_ids("/zhengce/2024-06/03/content_69551", 22, 3, ".htm", [
        "多部门联合开展夏季安全生产检查", "全国农村公路养护管理工作会议召开", "关于做好今年高校毕业生就业工作的通知解读",
        "国务院常务会议部署推进城市更新", "一图读懂今年重点民生实事",
    ])  # fmt: skip
    channels = [("/", "首页"), ("/guowuyuan/", "国务院"), ("/zongli/", "总理"), ("/xinwen/", "新闻"),
                ("/zhengce/", "政策"), ("/hudong/", "互动"), ("/fuwu/", "服务"), ("/shuju/", "数据"), ("/guoqing/", "国情")]  # fmt: skip
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0">
<title>{title}_政策解读_中国政务网</title>
<meta name="keywords" content="养殖水域滩涂规划,渔业">
<meta name="description" content="{title}">
<meta name="firstpublishedtime" content="2024-06-03-10:20:00">
<meta name="lastmodifiedtime" content="2024-06-03-16:48:02">
<meta name="catalogs" content="01">
<meta name="contentid" content="6955123">
<meta name="publishdate" content="2024-06-03">
<link rel="stylesheet" href="/images/2024gw/common.css">
<link rel="stylesheet" href="/images/2024gw/content.css">
<script src="/images/2024gw/jquery.min.js"></script>
</head>
<body>
<div class="header">
  <div class="top"><div class="w1200"><span class="slogan">中华人民共和国中央人民政府门户网站（示例站）</span><span class="lang"><a href="/">简</a> | <a href="/zhengwu_big5/">繁</a> | <a href="/english/">EN</a></span><span class="login"><a href="https://user.zhengwu.gov.test/login">登录</a></span><a href="/wza/" class="wza">无障碍</a></div></div>
  <div class="logo w1200"><a href="/"><img src="/images/2024gw/logo.png" alt="中国政务网"></a></div>
  <div class="nav w1200">
{nav(channels)}
  </div>
</div>
<div class="w1200">
  <div class="BreadcrumbNav"><a href="/">{crumbs[0]}</a> &gt; <a href="/zhengce/">{crumbs[1]}</a> &gt; <a href="/zhengce/jiedu/">{crumbs[2]}</a></div>
  <div class="article oneColumn pub_border">
    <h1 id="ti">{title}</h1>
    <div class="pages-date">发布时间：2024-06-03 10:20　来源：{source}</div>
    <div class="pages_print">【字体：<a href="javascript:void(0)" class="b">大</a> <a href="javascript:void(0)" class="m">中</a> <a href="javascript:void(0)" class="s">小</a>】　<a href="javascript:window.print()" class="print">打印本页</a>　<a href="javascript:window.opener=null;window.open('','_self');window.close();">关闭窗口</a>　<span class="share">分享：<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a></span></div>
    <div class="pages_content" id="UCAP-CONTENT">
{render(body, para='<p style="text-indent: 2em; font-family: 宋体;">{}</p>')}
    </div>
    <div class="editor">【我要纠错】 责任编辑：{editor}</div>
    <div class="related">
      <div class="related_tit">相关稿件</div>
      <ul>
{links([(r.href, r.title) for r in related])}
      </ul>
    </div>
  </div>
  <div class="sidebar">
    <div class="box"><h3>最新政策</h3><ul>
{links(latest)}
    </ul></div>
  </div>
</div>
{sitemap("https://www.zhengwu.gov.test")}
{friends()}
<div class="footer">
  <div class="w1200">
    <p><a href="/zhuanti/wzgl/">网站说明</a> | <a href="/zhuanti/wzgl/lxwm.htm">联系我们</a> | <a href="/zhuanti/wzgl/gy.htm">网站纠错</a></p>
    <p>主办单位：国务院办公厅（示例）　运行维护单位：中国政务网运行中心</p>
    <p>版权所有：中国政务网　中文域名：中国政务网.政务（示例）</p>
    <p>网站标识码bm00000001　京ICP备00000004号　京公网安备11010202000004号</p>
  </div>
</div>
<script src="/images/2024gw/content.js"></script>
{site_script("zhengwu", "stat.zhengwu.gov.test")}
</body>
</html>
"""
    expected = record(
        url,
        article_id="content_6955123",
        title=title,
        source=source,
        published_at="2024-06-03T10:20:00+08:00",
        body=body,
        editor=editor,
        breadcrumbs=crumbs,
        category="政策解读",
        related=related,
    )
    return Page("05-central-gov-portal", url, page, expected)


# --- 06: magazine site whose date is only in <meta> and in the URL; `文｜X` author line ----------------------


def page_06() -> Page:
    url = "https://www.dongfangshangping.test/2024/06/18/xianyu-lengku-chuhai.html"
    title = "县域冷库的出海生意"
    editor = "陶可欣"
    body: list[Block] = [
        "在南湖省石湾县，冷库曾经是个“季节性”的生意。每年荔枝、龙眼上市的两个月里，冷库一库难求；其余时间，大半库容空着。",
        "这两年，情况变了。县里最大的一家冷链企业负责人卢建平告诉本刊，公司的冷库全年利用率已经从不到四成提高到七成以上，"
        "“现在淡季也不淡了，很大一部分货是要出口的。”",
        Sub("从“等货”到“找货”"),
        "变化的起点是一次偶然的合作。2022年，一家做东南亚水果进口的贸易商找到卢建平，希望借用他的冷库做中转。"
        "卢建平发现，同样的冷库，进口水果和出口水产可以错峰使用，两头的生意正好互补。",
        "此后，公司开始主动“找货”：与沿海的水产加工厂签订长期仓储协议，在冷库旁边新建了预冷和分拣车间，还申请了出口备案。"
        "去年，公司经手的出口冷链货物超过4万吨，营业收入比三年前翻了一番。",
        Sub("小县城的大难题"),
        "不过，县域冷链出海并不容易。物流成本高是第一道坎，从石湾县到最近的港口有190公里，冷藏车往返一趟的油费和过路费就要两千多元。"
        "此外，熟悉国际贸易规则的人才在县城很难招到。",
        "石湾县商务局相关负责人表示，县里正在争取开通至港口的冷链班列，并与职业院校合作开设冷链物流和跨境贸易培训班。"
        "在他看来，冷库是县域农产品走出去的“第一站”，“这一站建好了，后面的路才好走。”",
    ]
    related = [
        Rel("/2024/06/11/guoyuan-zhibo-xiaoshou.html", "果园里的直播间",
            "在石湾县的荔枝园里，果农们一边采摘一边直播，一个夏天能卖出去上百吨"),
        Rel("/2024/05/28/lenglian-wuliu-xin-jumian.html", "冷链物流的新局面",
            "随着生鲜电商和预制菜的快速发展，冷链物流需求持续增长"),
        Rel("https://www.dongfangshangping.test/2024/05/14/kuajing-dianshang-xianyu.html", "跨境电商走进县城", None),
    ]  # fmt: skip
    latest = [
        ("/2024/06/17/chuneng-chanye-diaoyan.html", "储能产业调研：订单回暖了吗", "2024-06-17"),
        ("/2024/06/16/xiaozhen-kafei.html", "小镇咖啡的生意经", "2024-06-16"),
        ("/2024/06/14/zhizao-qiye-chuhai.html", "制造企业出海的三种路径", "2024-06-14"),
        ("/2024/06/12/nongcun-dianshang.html", "农村电商的第二个十年", "2024-06-12"),
        ("/2024/06/10/xinnengyuan-ershouche.html", "新能源二手车定价难题", "2024-06-10"),
    ]
    rel_html = "\n".join(
        f'      <li class="card"><a href="{r.href}"><img src="/wp-content/uploads/2024/06/thumb-{i}.jpg" alt=""><h4>{esc(r.title)}</h4></a>'
        + (f'<p class="excerpt">{esc(r.summary)}…</p>' if r.summary else "")
        + "</li>"
        for i, r in enumerate(related)
    )
    latest_html = "\n".join(
        f'        <li><a href="{h}">{esc(t)}</a><span class="date">{d}</span></li>' for h, t, d in latest
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - 东方商评</title>
<meta name="description" content="在南湖省石湾县，冷库曾经是个季节性的生意。这两年，情况变了。">
<meta name="keywords" content="冷链,县域经济,出口">
<meta name="author" content="蒋若岚">
<meta name="publishdate" content="2024-06-18 09:00:00">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="东方商评">
<meta property="article:published_time" content="2024-06-18T09:00:00+08:00">
<meta property="article:section" content="县域">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://www.dongfangshangping.test/assets/css/main.8d2c.css">
<link rel="preconnect" href="https://img.dongfangshangping.test">
</head>
<body class="single">
<header class="site-header">
  <div class="inner">
    <a class="brand" href="/"><img src="/assets/img/logo-dfsp.svg" alt="东方商评"></a>
    <nav class="primary">
      <a href="/">首页</a><a href="/category/hongguan/">宏观</a><a href="/category/gongsi/">公司</a><a href="/category/xianyu/" class="current">县域</a>
      <a href="/category/xiaofei/">消费</a><a href="/category/keji/">科技</a><a href="/magazine/">杂志</a><a href="/subscribe/">订阅</a>
    </nav>
    <a class="search" href="/search/">搜索</a>
  </div>
</header>
<main class="container">
  <article class="story">
    <div class="story-kicker"><a href="/category/xianyu/">县域</a></div>
    <h1 class="story-title">{title}</h1>
    <p class="story-dek">一座山区县的冷库，如何从“季节性生意”变成常年满仓的出口中转站</p>
    <div class="story-byline">文｜蒋若岚</div>
    <div class="story-body">
{render(body, para="      <p>{}</p>", sub="      <h3>{}</h3>")}
    </div>
    <p class="story-editor">编辑：{editor}</p>
    <div class="story-copyright">本文为东方商评原创，未经授权不得转载。</div>
    <div class="story-share"><span>分享</span><a href="javascript:;" class="wechat">微信</a><a href="javascript:;" class="weibo">微博</a><a href="javascript:;" class="link">复制链接</a></div>
    <section class="story-related">
      <h2>相关阅读</h2>
      <ul>
{rel_html}
      </ul>
    </section>
  </article>
  <aside class="sidebar">
    <div class="widget">
      <h3>最新文章</h3>
      <ul>
{latest_html}
      </ul>
    </div>
    <div class="widget subscribe"><h3>订阅杂志</h3><p>全年24期，纸质版与电子版同步发行。</p><a href="/subscribe/" class="btn">立即订阅</a></div>
  </aside>
</main>
{sitemap("https://www.dongfangshangping.test/category")}
{friends()}
<footer class="site-footer">
  <p><a href="/about/">关于我们</a> · <a href="/contact/">联系我们</a> · <a href="/join/">加入我们</a> · <a href="/copyright/">版权声明</a></p>
  <p>&copy; 2024 东方商评 版权所有　沪ICP备00000005号</p>
</footer>
<script src="https://www.dongfangshangping.test/assets/js/main.8d2c.js" defer></script>
{site_script("dfsp", "tj.dongfangshangping.test")}
</body>
</html>
"""
    expected = record(
        url,
        article_id="xianyu-lengku-chuhai",
        title=title,
        source=None,
        published_at="2024-06-18T09:00:00+08:00",
        body=body,
        editor=editor,
        related=related,
    )
    return Page("06-meta-date-only", url, page, expected)


# --- 07: Hong Kong newspaper site in Big5 (traditional, HK variants), `2024年7月3日`, 文章來源 ----------------------


def page_07() -> Page:
    url = "https://news.gangdaoribao.test/article/20240703/s00002/1719945600123"
    title = "港岛东区海滨长廊最后一段贯通 全长逾五公里"
    source = "港岛日报"
    editor = "关嘉敏"
    crumbs = ["主页", "港闻", "社区"]
    body: list[Block] = [
        "港岛东区海滨长廊最后一段昨日开放，整条长廊由东湾码头延伸至渔光村公园，全长约5.3公里，成为区内最长的连续海滨步道。",
        "新开放的一段长约800米，沿途设有观景平台、缓跑径和宠物公园。负责工程的部门表示，该段工程于2021年动工，"
        "期间需要处理海堤加固和地下管道改道等问题，工期较原定计划延长约一年。",
        Img("/images/2024/07/03/haibin_01.jpg"),
        Cap("新开放的海滨长廊路段设有观景平台。"),
        "不少市民昨早已前往散步和跑步。住在附近的退休人士陈伯表示，以前要绕到大街才能走到公园，"
        "「现在沿海边走二十分钟就到，空气好，风景也好。」",
        "区议员何慧琳指出，长廊贯通后周末人流势必增加，希望当局增设洗手间和饮水机，并加强晚间照明及巡逻。",
        "当局回应称，会密切留意长廊的使用情况，并计划在今年年底前于长廊中段加设两个公厕。",
    ]
    related = [
        Rel("/article/20240621/s00002/1719000000456", "海滨公园宠物区试行一年 市民反应正面"),
        Rel("/article/20240605/s00002/1717545600789", "渔光村公园足球场完成更换人造草皮"),
        Rel(
            "https://news.gangdaoribao.test/article/20240518/s00002/1715990400321",
            "东区单车径扩建计划下月咨询区议会",
        ),
    ]
    instant = [
        ("/instant/20240703/1719990012", "天文台：本港今日大致多云 有几阵骤雨", "12:05"),
        ("/instant/20240703/1719988800", "港股半日升一百二十点 成交额逾四百亿元", "11:40"),
        ("/instant/20240703/1719986100", "渡轮公司下月起增加离岛航线班次", "11:15"),
        ("/instant/20240703/1719983400", "消委会提醒市民网购注意退货条款", "10:30"),
        ("/instant/20240703/1719980700", "暑期青年实习计划名额增至五千个", "09:45"),
    ]
    hot = [
        ("/article/20240703/s00001/1719945600001", "立法会通过修订道路交通条例"),
        ("/article/20240703/s00004/1719945600002", "本地旅游团暑假报名人数增两成"),
        ("/article/20240703/s00003/1719945600003", "食肆牌照申请流程将简化"),
        ("/article/20240702/s00002/1719859200004", "旧区重建项目展开第二期收购"),
        ("/article/20240702/s00005/1719859200005", "中学文凭试放榜日期公布"),
    ]
    t = S2HK.convert  # Hong Kong standard characters (於, 着 avoided: not in Big5)
    sections = [("/", "首页"), ("/section/s00001", "要闻"), ("/section/s00002", "港闻"), ("/section/s00003", "经济"),
                ("/section/s00004", "国际"), ("/section/s00005", "教育"), ("/section/s00006", "体育"),
                ("/section/s00007", "娱乐"), ("/section/s00008", "副刊"), ("/section/s00009", "评论"), ("/instant", "即时新闻")]  # fmt: skip
    instant_html = "\n".join(
        f'        <li><span class="time">{tm}</span><a href="{h}">{esc(t(x))}</a></li>'
        for h, x, tm in instant
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="big5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t(title)} - {t(source)}</title>
<meta name="keywords" content="{t("海滨长廊,东区,港闻")}">
<meta name="description" content="{t("港岛东区海滨长廊最后一段昨日开放，全长约5.3公里。")}">
<link rel="stylesheet" href="/css/article_v3.css">
<script src="/js/jquery-3.6.0.min.js"></script>
<script>var articleInfo = {{ section: "s00002", articleId: "1719945600123" }};</script>
</head>
<body>
<div id="top">
  <div class="wrap">
    <span class="today">{t("2024年7月3日 星期三")}</span>
    <a href="/epaper/">{t("电子报")}</a> | <a href="/subscribe/">訂閱</a> | <a href="/login/">{t("登入")}</a>
  </div>
</div>
<div id="masthead" class="wrap"><a href="/"><img src="/images/logo_gdrb.png" alt="{t(source)}"></a></div>
<div id="menu" class="wrap">
{nav([(h, t(x)) for h, x in sections])}
</div>
<div class="wrap content">
  <div class="main">
    <div class="breadcrumb"><a href="/">{t(crumbs[0])}</a> &gt; <a href="/section/s00002">{t(crumbs[1])}</a> &gt; <a href="/section/s00002/community">{t(crumbs[2])}</a></div>
    <h1 class="article-title">{t(title)}</h1>
    <div class="article-info"><span class="date">{t("2024年7月3日")}</span>　<span class="src">{t("文章来源：")}{t(source)}</span>　<span class="fontsize">{t("字体：")}<a href="javascript:;">A+</a> <a href="javascript:;">A-</a></span></div>
    <div class="article-content">
{render(body, para="<p>{}</p>", img='<div class="photo"><img src="{}" alt=""></div>', cap='<p class="caption">{}</p>', conv=t)}
    </div>
    <p class="article-editor">{t("责任编辑：")}{t(editor)}</p>
    <div class="article-tools">{t("分享：")}<a href="javascript:;">Facebook</a> <a href="javascript:;">WhatsApp</a> <a href="javascript:;">{t("微信")}</a>　<a href="javascript:window.print()">{t("打印")}</a></div>
    <div class="related">
      <h3>{t("相关新闻")}</h3>
      <ul>
{links([(r.href, t(r.title)) for r in related], tpl='<li><a href="{}">{}</a></li>')}
      </ul>
    </div>
  </div>
  <div class="side">
    <div class="box">
      <h3>{t("即时新闻")}</h3>
      <ul>
{instant_html}
      </ul>
    </div>
    <div class="box">
      <h3>{t("热门")}</h3>
      <ol>
{links([(h, t(x)) for h, x in hot], tpl='<li><a href="{}">{}</a></li>')}
      </ol>
    </div>
  </div>
</div>
{sitemap("https://news.gangdaoribao.test/section", conv=t)}
{friends(conv=t)}
<div id="footer" class="wrap">
  <p><a href="/about/">{t("关于我们")}</a> | <a href="/contact/">{t("联络我们")}</a> | <a href="/privacy/">{t("私隐政策")}</a> | <a href="/ad/">{t("广告查询")}</a></p>
  <p>{t("港岛日报有限公司 版权所有，不得转载。")} &copy; 2024</p>
</div>
{site_script("gdrb", "stat.gangdaoribao.test")}
</body>
</html>
"""
    expected = record(
        url,
        article_id="1719945600123",
        title=title,
        source=source,
        published_at="2024-07-03T00:00:00+08:00",
        body=body,
        editor=editor,
        breadcrumbs=crumbs,
        category="社区",
        related=related,
    )
    return Page("07-hongkong-big5", url, page, expected, encoding="big5", shown=t)


# --- 08: trade newspaper site, declared gb2312 but with GBK-only characters in names; 浏览：N次 ----------------


def page_08() -> Page:
    url = "http://www.qfjmb.test/html/qiye/2024/0322/20240322091238417.html"
    title = "镕达纺织智能纺纱车间投产 万锭用工降至十五人"
    source = "中国轻纺经贸报"
    editor = "周玥"
    reviewer = "张垚"
    crumbs = ["首页", "企业", "企业动态"]
    body: list[Block] = [
        "本报讯（记者 王喆）3月20日，位于东州省青禾县的镕达纺织智能纺纱车间正式投产。车间配置细纱机40台、总规模10万锭，"
        "从清梳、并条到络筒全流程实现自动化，万锭用工由传统车间的60人左右降至15人。",
        "镕达纺织董事长陈珺介绍，新车间总投资3.2亿元，引入了自动落纱、粗细联和智能物流系统，纱线从生产到入库基本无需人工搬运。"
        "车间内部署了上千个传感器，每台设备的运行状态、能耗和断头率都可以在中控室的大屏上实时查看。",
        "“过去一个挡车工要看好几台车，来回走一天要走两三万步。现在设备出了问题系统会自动报警，员工主要负责巡检和处理异常。”"
        "车间主任邝犇说，投产以来，车间的单位产品能耗下降了约18%，产品一等品率提高到98.5%以上。",
        "据了解，镕达纺织主要生产高支紧密纺棉纱和混纺纱，产品销往长三角和珠三角的针织、织造企业。新车间投产后，"
        "公司年产纱线能力将增加约1.6万吨。",
        "东州省纺织行业协会有关负责人表示，近年来省内纺纱企业加快智能化改造，但中小企业受资金和人才制约，改造进度不一。"
        "协会正在组织骨干企业开展经验交流，推动智能化改造由“点”到“面”。",
    ]
    related = [
        Rel(
            "/html/qiye/2024/0308/20240308103342118.html",
            "青禾县纺织产业集群年产值突破百亿元",
            note="2024-03-08",
        ),
        Rel(
            "/html/hangye/2024/0301/20240301085217603.html",
            "纺纱行业智能化改造调研报告发布",
            note="2024-03-01",
        ),
        Rel("../../../hangye/2024/0219/20240219142051972.html", "棉纱市场开年走势分析", note="2024-02-19"),
    ]
    hot = article_ids("/html/hangye/2024/0321/2024032110", 513306, 17711, ".html", [
        "春季纺织品服装订货会人气回升", "化纤长丝价格小幅上调", "印染企业加快节水技术改造",
        "家纺出口一季度开局平稳", "新疆棉发运进度快于去年同期", "面料企业布局功能性新品", "纺织机械展会下月开幕",
    ])  # fmt: skip
    columns = [("/", "首页"), ("/html/yaowen/", "要闻"), ("/html/hangye/", "行业"), ("/html/qiye/", "企业"),
               ("/html/shichang/", "市场"), ("/html/jiage/", "价格"), ("/html/keji/", "科技"), ("/html/fuzhuang/", "服装"),
               ("/html/zhanhui/", "展会"), ("/epaper/", "数字报")]  # fmt: skip
    rel_html = "\n".join(
        f'          <li><span class="date">{r.note}</span><a href="{r.href}" target="_blank">{esc(r.title)}</a></li>'
        for r in related
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}--中国轻纺经贸报</title>
<meta name="keywords" content="镕达纺织,智能纺纱,青禾县" />
<meta name="description" content="3月20日，位于东州省青禾县的镕达纺织智能纺纱车间正式投产。" />
<link href="/skin/default/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/common.js"></script>
</head>
<body>
<div id="top">
  <div class="w980"><span class="fl">中国轻纺经贸报社主办　国内统一连续出版物号：CN 00-0000</span><span class="fr"><a href="/member/login.html">会员登录</a> | <a href="/member/reg.html">注册</a> | <a href="/epaper/">数字报</a></span></div>
</div>
<div id="header" class="w980"><a href="/"><img src="/skin/default/images/logo.gif" alt="中国轻纺经贸报" /></a><div class="banner"><img src="/uploadfile/ad/2024/top_banner_01.gif" alt="" /></div></div>
<div id="menu" class="w980">
{nav(columns, sep=" | ")}
</div>
<div id="main" class="w980">
  <div class="left">
    <div class="position">您现在的位置：<a href="/">{crumbs[0]}</a> &gt; <a href="/html/qiye/">{crumbs[1]}</a> &gt; <a href="/html/qiye/qydt/">{crumbs[2]}</a></div>
    <div class="article">
      <h1>{title}</h1>
      <div class="info">作者：本报记者 王喆　　来源：{source}　　发布时间：2024-03-22 09:12　　浏览：<span id="hits">856</span>次</div>
      <div class="content" id="MyContent">
{render(body, para="<p>　　{}</p>")}
      </div>
      <div class="editor">责任编辑：{editor}　　审核：{reviewer}</div>
      <div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】【<a href="#top">返回顶部</a>】</div>
      <div class="prenext"><p>上一篇：<a href="/html/qiye/2024/0321/20240321160522019.html">东江化纤扩建项目通过环评</a></p><p>下一篇：<a href="/html/qiye/2024/0322/20240322110406551.html">家纺企业抱团开拓中东市场</a></p></div>
      <div class="relate">
        <h3>相关文章</h3>
        <ul>
{rel_html}
        </ul>
      </div>
    </div>
  </div>
  <div class="right">
    <div class="box"><div class="tit">行业热点</div><ul>
{links(hot)}
    </ul></div>
    <div class="box"><div class="tit">本期数字报</div><a href="/epaper/2024-03-22/"><img src="/epaper/2024-03-22/01.jpg" alt="" /></a></div>
  </div>
</div>
{sitemap("http://www.qfjmb.test/html")}
{friends()}
<div id="footer" class="w980">
  <p><a href="/about/">关于本报</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/ad.html">广告刊例</a> | <a href="/about/copyright.html">版权声明</a></p>
  <p>中国轻纺经贸报社 版权所有　未经授权禁止复制或建立镜像</p>
  <p>京ICP备00000006号-1　京公网安备11010502000006号</p>
</div>
{site_script("qfjmb", "tj.qfjmb.test")}
</body>
</html>
"""
    expected = record(
        url,
        article_id="20240322091238417",
        title=title,
        source=source,
        published_at="2024-03-22T09:12:00+08:00",
        body=body,
        clicks=856,
        editor=editor,
        reviewer=reviewer,
        breadcrumbs=crumbs,
        category="企业动态",
        related=related,
    )
    return Page("08-gb2312-declared-gbk-chars", url, page, expected, encoding="gbk")


# --- 09: county 融媒 site, UTF-8 bytes whose meta wrongly declares GBK; 浏览次数; 编辑/审核 below ----------------


def page_09() -> Page:
    url = "https://www.qingherongmei.test/html/2024/qhyw_0816/31587.html"
    title = "青禾县首批“共富果园”迎来丰收 村集体增收四十余万元"
    source = "青禾融媒"
    editor = "韦丽"
    reviewer = "汤国华"
    crumbs = ["首页", "青禾要闻"]
    body: list[Block] = [
        "8月15日，在青禾县桃源镇石桥村的“共富果园”里，果农们正忙着采摘、分拣和装箱，一筐筐黄桃被运往村口的冷链集货点。",
        "石桥村党支部书记邱海峰介绍，这片果园面积260亩，是2021年由村集体牵头、村民以土地入股建成的，今年是第一个丰产年。"
        "预计全年黄桃产量约40万斤，村集体可增收40余万元，入股农户每亩还能拿到800元保底分红。",
        Img("/uploadfile/2024/0816/20240816170233561.jpg"),
        Cap("石桥村“共富果园”里，果农正在采摘黄桃。融媒记者 汪蓓 摄"),
        "果园由县农业技术推广中心提供技术指导，统一品种、统一管护、统一销售。“以前各家各户自己种，品种杂、卖不上价。”"
        "村民邱德顺说，现在他在果园务工，每月还有三千元左右的工资。",
        "据了解，青禾县2021年起在8个乡镇推行“共富果园”模式，目前已建成果园15个、总面积4100余亩，涉及黄桃、猕猴桃、蓝莓等品种。"
        "县里还与电商平台合作开设了青禾优品专区，帮助果园拓宽销路。",
        "青禾县农业农村局负责人表示，下一步将完善果园的冷链仓储和初加工设施，延长产业链条，让更多农户分享产业增值收益。",
    ]
    related = [
        Rel("/html/2024/qhyw_0809/31422.html", "青禾县召开农业产业化发展推进会", note="08-09"),
        Rel("/html/2024/xzdt_0802/31275.html", "桃源镇：黄桃节开幕 游客采摘忙", note="08-02"),
        Rel("/html/2024/qhyw_0726/31108.html", "县农技人员深入果园开展夏季管护指导", note="07-26"),
    ]
    hot = article_ids("/html/2024/qhyw_0815/31", 580, 19, ".html", [
        "青禾县开展汛期安全隐患大排查", "县人民医院新门诊楼投入使用", "全县秋季学期中小学招生工作启动",
        "青禾至东州城际公交开通", "县文化馆暑期公益培训班结业", "桃源镇荣获省级生态文明建设示范镇",
    ])  # fmt: skip
    columns = [("/", "首页"), ("/html/qhyw/", "青禾要闻"), ("/html/xzdt/", "乡镇动态"), ("/html/bmdt/", "部门动态"),
               ("/html/shipin/", "视频新闻"), ("/html/tupian/", "图片新闻"), ("/html/zhuanti/", "专题专栏"),
               ("/html/wenyi/", "文艺副刊"), ("/html/gongshi/", "公示公告")]  # fmt: skip
    rel_html = "\n".join(
        f'        <li><a href="{r.href}" target="_blank">{esc(r.title)}</a><em>{r.note}</em></li>'
        for r in related
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{title}-青禾县融媒体中心</title>
<meta name="keywords" content="共富果园,黄桃,石桥村">
<meta name="description" content="8月15日，在青禾县桃源镇石桥村的共富果园里，果农们正忙着采摘、分拣和装箱。">
<link rel="stylesheet" type="text/css" href="/statics/css/qhrm/style.css">
<script type="text/javascript" src="/statics/js/jquery.min.js"></script>
</head>
<body>
<div class="head">
  <div class="w1100">
    <div class="logo"><a href="/"><img src="/statics/images/qhrm/logo.png" alt="青禾融媒"></a></div>
    <div class="weather">今天是：<script>document.write(new Date().toLocaleDateString());</script></div>
    <div class="app"><a href="/html/app/">青禾融媒APP</a> | <a href="/html/wx/">微信公众号</a> | <a href="/html/wb/">官方微博</a></div>
  </div>
</div>
<div class="menu">
  <div class="w1100">
{nav(columns)}
  </div>
</div>
<div class="w1100 main">
  <div class="crumb">您的位置：<a href="/">{crumbs[0]}</a> / <a href="/html/qhyw/">{crumbs[1]}</a></div>
  <div class="mainl">
    <div class="art_tit"><h1>{title}</h1></div>
    <div class="art_info">来源：{source}　　作者：融媒记者 汪蓓　　发布时间：2024-08-16 17:05　　浏览次数：2316</div>
    <div class="art_con">
{render(body, para='<p style="text-indent:2em;">{}</p>', img='<p style="text-align:center;"><img src="{}" border="0" alt=""></p>', cap='<p style="text-align:center;">{}</p>')}
    </div>
    <div class="art_editor">编辑：{editor}　　审核：{reviewer}</div>
    <div class="art_share">分享到：<a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="wb">微博</a> <a href="javascript:;" class="qq">QQ</a></div>
    <div class="art_rel">
      <div class="rel_tit">相关新闻</div>
      <ul>
{rel_html}
      </ul>
    </div>
  </div>
  <div class="mainr">
    <div class="rbox"><div class="rtit">热点新闻</div><ul>
{links(hot)}
    </ul></div>
    <div class="rbox"><div class="rtit">扫码关注</div><img src="/statics/images/qhrm/qrcode.jpg" alt="青禾融媒微信公众号"></div>
  </div>
</div>
{sitemap("https://www.qingherongmei.test/html")}
{friends()}
<div class="foot">
  <p>主办：中共青禾县委宣传部　承办：青禾县融媒体中心</p>
  <p>地址：青禾县城关镇人民路18号　联系电话：0000-0000000　投稿邮箱：qhrm@qingherongmei.test</p>
  <p>Copyright &copy; 2024 青禾县融媒体中心 版权所有　东ICP备00000007号-1　东公网安备00000002000007号</p>
</div>
{site_script("qhrm", "tj.qingherongmei.test")}
</body>
</html>
"""
    expected = record(
        url,
        article_id="31587",
        title=title,
        source=source,
        published_at="2024-08-16T17:05:00+08:00",
        body=body,
        clicks=2316,
        editor=editor,
        reviewer=reviewer,
        breadcrumbs=crumbs,
        category="青禾要闻",
        related=related,
    )
    return Page("09-utf8-declared-gbk", url, page, expected)


# --- 10: provincial portal, paginated article (page 1 of 3, 下一页); only this page is labelled ----------------


def page_10() -> Page:
    url = "https://www.dongyuewang.test/news/system/2024/05/20/031234567.shtml"
    title = "老街新生：东州古城保护更新三年记"
    source = "东州日报"
    crumbs = ["东岳网", "新闻", "东州"]
    body: list[Block] = [
        "清晨六点，东州古城的青石板路上已经有了人声。早点铺的蒸笼冒着热气，修鞋的老师傅支起了摊子，几位老人在巷口的槐树下打太极。"
        "三年前，这条名叫南营巷的老街还是另一番模样：电线像蜘蛛网一样缠在屋檐下，雨天巷子里积水没过脚踝。",
        "2021年，东州启动古城保护更新工程，涉及12条历史街巷、1300多户居民。与以往大拆大建不同，这一次，东州选择了“绣花式”微改造："
        "能修的不拆，能留的不迁，基础设施先行。",
        Img("https://img.dongyuewang.test/2024/05/20/nanyingxiang_01.jpg"),
        Cap("改造后的南营巷保留了原有的青石板路和老房子。记者 钱慧 摄"),
        "“最难的是第一步，摸清家底。”古城保护更新指挥部的工作人员周文涛说，他们花了半年时间，一户一户上门测绘、登记，"
        "为每栋老房子建立了档案，“哪根梁是清代的，哪面墙是后来加的，都要弄清楚。”",
        "摸清家底之后，管线入地、雨污分流、消防通道打通等工程陆续展开。为了不影响居民生活，施工队采取分段作业，"
        "每段工期控制在两个月以内，并在巷口设置临时通道。",
    ]
    related = [
        Rel("/news/system/2024/05/12/031228801.shtml", "东州古城入选省级历史文化街区保护利用试点"),
        Rel("/news/system/2024/04/30/031219644.shtml", "南营巷老字号陆续回归"),
        Rel("https://www.dongyuewang.test/news/system/2024/04/18/031210372.shtml", "古城更新如何留住烟火气"),
    ]
    hot = article_ids("/news/system/2024/05/20/0312", 34511, 233, ".shtml", SIDE[16:26])
    menu = [("https://www.dongyuewang.test/", "首页"), ("/news/", "新闻"), ("/news/dongzhou/", "东州"),
            ("/news/guonei/", "国内"), ("/finance/", "财经"), ("/wenlv/", "文旅"), ("/jiaoyu/", "教育"),
            ("/jiankang/", "健康"), ("/pinglun/", "评论"), ("/tupian/", "图片"), ("/shipin/", "视频"), ("/zhuanti/", "专题")]  # fmt: skip
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}_东州_东岳网</title>
<meta name="keywords" content="东州古城,南营巷,保护更新">
<meta name="description" content="清晨六点，东州古城的青石板路上已经有了人声。">
<meta name="robots" content="index,follow">
<link rel="stylesheet" href="https://www.dongyuewang.test/css/content_2022.css">
<script src="https://www.dongyuewang.test/js/jquery.js"></script>
</head>
<body>
<div class="topnav">
  <div class="wrap"><a href="https://www.dongyuewang.test/">东岳网首页</a> <a href="https://epaper.dongyuewang.test/">东州日报数字报</a> <a href="https://m.dongyuewang.test/">手机版</a> <a href="https://www.dongyuewang.test/app/">客户端</a></div>
</div>
<div class="header wrap"><a class="logo" href="/"><img src="https://www.dongyuewang.test/images/logo.png" alt="东岳网"></a></div>
<div class="menu wrap">
{nav(menu)}
</div>
<div class="wrap">
  <div class="path"><a href="https://www.dongyuewang.test/">{crumbs[0]}</a> &gt; <a href="/news/">{crumbs[1]}</a> &gt; <a href="/news/dongzhou/">{crumbs[2]}</a></div>
  <div class="cont_left">
    <h1 class="cont_title">{title}</h1>
    <div class="cont_info"><span class="time">2024-05-20 07:58:12</span><span class="source">来源：{source}</span><span class="author">作者：记者 钱慧</span></div>
    <div class="cont_text" id="text">
{render(body, para="<p>{}</p>", img='<p align="center"><img src="{}" border="0"></p>', cap='<p align="center" class="pictext">{}</p>')}
    </div>
    <div class="pagination" id="displaypagenum"><span class="current">1</span> <a href="031234567_2.shtml">2</a> <a href="031234567_3.shtml">3</a> <a href="031234567_2.shtml" class="next">下一页</a></div>
    <div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a></div>
    <div class="xgyd">
      <h3>相关阅读</h3>
      <ul>
{links([(r.href, r.title) for r in related])}
      </ul>
    </div>
  </div>
  <div class="cont_right">
    <div class="box"><h3>今日热点</h3><ul>
{links(hot)}
    </ul></div>
  </div>
</div>
{sitemap("https://www.dongyuewang.test")}
{friends()}
<div class="footer">
  <p><a href="/about/">关于我们</a> | <a href="/about/contact.shtml">联系我们</a> | <a href="/about/ad.shtml">广告服务</a> | <a href="/about/jubao.shtml">违法和不良信息举报</a></p>
  <p>东岳网版权所有　未经书面授权不得复制或建立镜像</p>
  <p>东ICP备00000008号　互联网新闻信息服务许可证：37120170008</p>
</div>
{site_script("dyw", "stat.dongyuewang.test")}
</body>
</html>
"""
    expected = record(
        url,
        article_id="031234567",
        title=title,
        source=source,
        published_at="2024-05-20T07:58:12+08:00",
        body=body,
        breadcrumbs=crumbs,
        category="东州",
        related=related,
    )
    return Page("10-paginated-first-page", url, page, expected)


# --- 11: local TV station site, video player placeholder, `<p class="pic-info">` captions, closing byline --------


def page_11() -> Page:
    url = "https://www.jctv.test/folder12/folder45/2024-09-10/Xy7pQ2mZ9aLk3WnB.html"
    title = "江城首条跨江隧道主体结构完工 明年通车后过江只需五分钟"
    source = "江城广播电视台"
    editor = "冉晓雯"
    crumbs = ["首页", "新闻", "江城新闻"]
    player = (
        '<div class="video-box"><div id="player_Xy7pQ2mZ" class="prism-player" data-vid="2024091019420315"></div>\n'
        '<script>var player = new VideoPlayer({ id: "player_Xy7pQ2mZ", source: "https://vod.jctv.test/2024/09/10/'
        '2024091019420315.m3u8", cover: "https://img.jctv.test/vod/2024/09/10/2024091019420315_cover.jpg", '
        'width: "100%", height: "420px", autoplay: false });</script></div>'
    )
    body: list[Block] = [
        Raw(player),
        "今天上午，随着最后一段管节顺利对接，江城首条跨江隧道——东湖路过江隧道主体结构全面完工，工程进入机电安装和装饰装修阶段，"
        "预计明年上半年建成通车。",
        "东湖路过江隧道全长3.6公里，其中江底段约1.4公里，采用双向六车道设计，设计时速60公里。隧道建成后，从江北新区到老城区的车程"
        "将由现在绕行大桥的25分钟左右缩短到5分钟。",
        Img("/uploadfile/2024/0910/20240910194512301.jpg"),
        Cap("施工人员在隧道内进行管节对接作业。"),
        "项目负责人介绍，隧道江底段地质条件复杂，穿越了约600米的软弱地层。施工中，建设单位采用了大直径泥水平衡盾构机，"
        "并通过实时监测系统对江底地层沉降进行24小时监控，确保了施工安全。",
        Img("/uploadfile/2024/0910/20240910194512388.jpg"),
        Cap("建成后的隧道内部效果图。"),
        "据了解，为缓解通车后隧道两端的交通压力，两岸的配套道路改造工程也在同步推进，计划与隧道同步投用。",
        "（江城台记者 吴昊天 宋一鸣）",
    ]
    related = [
        Rel(
            "/folder12/folder45/2024-08-27/Ab3cD4eF5gH6iJ7k.html",
            "东湖路过江隧道盾构机顺利穿越江心段",
            note="02:18",
        ),
        Rel(
            "/folder12/folder45/2024-07-15/Lm8nO9pQ0rS1tU2v.html",
            "江北新区三条主干道下月起封闭施工",
            note="01:46",
        ),
        Rel(
            "/folder12/folder47/2024-06-02/Wx3yZ4aB5cD6eF7g.html", "江城今年将新增过江通道两条", note="03:05"
        ),
    ]
    hot = [(f"/folder12/folder45/2024-09-10/{c}.html", t) for c, t in zip(
        ["Qa1Ws2Ed3Rf4Tg5Y", "Hu6Ji7Ko8Lp9Zx0C", "Vb1Nm2Qw3Er4Ty5U", "Io6Pa7Sd8Fg9Hj0K", "Lz1Xc2Vb3Nm4Qw5E", "Rt6Yu7Io8Pa9Sd0F"],
        SIDE[26:32], strict=True,
    )]  # fmt: skip
    columns = [("/", "首页"), ("/folder12/", "新闻"), ("/folder13/", "直播"), ("/folder14/", "点播"), ("/folder15/", "专题"),
               ("/folder16/", "民生"), ("/folder17/", "问政"), ("/folder18/", "文旅"), ("/folder19/", "电视节目单")]  # fmt: skip
    rel_html = "\n".join(
        f'        <li><a href="{r.href}" target="_blank"><img src="/uploadfile/thumb/v{i}.jpg" alt=""><span class="dur">{r.note}</span>'
        f'</a><p><a href="{r.href}" target="_blank">{esc(r.title)}</a></p></li>'
        for i, r in enumerate(related)
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>{title}-江城网络广播电视台</title>
<meta name="keywords" content="过江隧道,东湖路,江城">
<meta name="description" content="今天上午，江城首条跨江隧道东湖路过江隧道主体结构全面完工。">
<link rel="stylesheet" href="/static/css/jctv_article.css">
<link rel="stylesheet" href="https://vod.jctv.test/player/skin/player.min.css">
<script src="/static/js/jquery-1.11.3.min.js"></script>
<script src="https://vod.jctv.test/player/player.min.js"></script>
</head>
<body>
<div class="top">
  <div class="w1200"><a href="/" class="logo"><img src="/static/images/jctv_logo.png" alt="江城广播电视台"></a>
  <div class="live"><a href="/folder13/">江城新闻综合频道 直播中</a> | <a href="/folder13/radio.html">江城交通广播 FM 98.6</a></div></div>
</div>
<div class="nav"><div class="w1200">
{nav(columns)}
</div></div>
<div class="w1200 clearfix">
  <div class="location"><a href="/">{crumbs[0]}</a> &gt; <a href="/folder12/">{crumbs[1]}</a> &gt; <a href="/folder12/folder45/">{crumbs[2]}</a></div>
  <div class="article-left">
    <h1>{title}</h1>
    <div class="article-info">来源：{source}　时间：2024-09-10 19:42　编辑：{editor}</div>
    <div class="article-con">
{render(body, para="<p>{}</p>", img='<p class="pic"><img src="{}" alt=""></p>', cap='<p class="pic-info">{}</p>')}
    </div>
    <div class="article-share">分享：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">抖音</a></div>
    <div class="article-rel">
      <h3>相关新闻</h3>
      <ul class="video-list">
{rel_html}
      </ul>
    </div>
  </div>
  <div class="article-right">
    <div class="rbox"><h3>热点新闻</h3><ul>
{links(hot)}
    </ul></div>
    <div class="rbox"><h3>今日节目</h3><ul><li>18:30 江城新闻</li><li>19:40 东湖零距离</li><li>21:00 江城问政</li></ul></div>
  </div>
</div>
{sitemap("https://www.jctv.test")}
{friends()}
<div class="footer">
  <p>江城广播电视台 主办　<a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/jubao.html">举报中心</a></p>
  <p>信息网络传播视听节目许可证：0000000　广播电视节目制作经营许可证：（东）字第00000号</p>
  <p>Copyright &copy; 2024 JCTV All Rights Reserved　东ICP备00000009号</p>
</div>
{site_script("jctv", "stat.jctv.test")}
</body>
</html>
"""
    expected = record(
        url,
        article_id="Xy7pQ2mZ9aLk3WnB",
        title=title,
        source=source,
        published_at="2024-09-10T19:42:00+08:00",
        body=body,
        editor=editor,
        breadcrumbs=crumbs,
        category="江城新闻",
        related=related,
    )
    return Page("11-tv-station-video-captions", url, page, expected)


# --- 12: trade newspaper site with a price table in the body, `日期 来源 作者` spans, 审校 ----------------------


def page_12() -> Page:
    url = "https://www.lyjmb.test/shichang/202406/t20240625_586213.html"
    title = "新麦收购价格高开稳走 主产区收购进度快于上年"
    source = "中国粮油经贸报"
    editor = "宁婉清"
    reviewer = "贝振华"
    crumbs = ["网站首页", "市场", "粮油行情"]
    table = Table(
        (
            ("产区", "普通小麦（元/吨）", "较上周（元/吨）", "收购进度"),
            ("南湖", "2430", "+10", "68%"),
            ("东州", "2450", "+20", "61%"),
            ("江川", "2410", "0", "57%"),
            ("北原", "2460", "+30", "43%"),
        )
    )
    body: list[Block] = [
        "本报讯（记者 谷雨辰）6月下旬，冬小麦主产区收获基本结束，新麦收购全面展开。从本报监测情况看，今年新麦品质总体较好，"
        "开秤价格高于上年同期，收购进度也明显加快。",
        "截至6月24日，主产区累计收购新麦约2860万吨，比上年同期多收约410万吨。其中，南湖、东州两省收购进度领先，"
        "已分别完成预计收购量的68%和61%。",
        "下表为6月24日部分主产区普通小麦收购价格及进度：",
        table,
        "业内分析人士认为，今年新麦容重高、不完善粒少，制粉企业和贸易商入市积极，对价格形成支撑。但随着收购进度推进，"
        "市场上新麦供应将逐步增加，后期价格继续大幅上涨的可能性不大。",
        "有关部门提醒，各地要加强收购市场监管，严禁压级压价、拖欠售粮款等行为，保护种粮农民利益。",
    ]
    related = [
        Rel("/shichang/202406/t20240618_585731.html", "主产区新麦开秤 价格略高于上年", "监测显示，主产区新麦开秤价格每吨比上年同期高出20元至40元"),
        Rel("/shichang/202406/t20240611_585220.html", "制粉企业开工率回升", "随着新麦上市，制粉企业开工率回升至五成以上，面粉走货有所好转"),
        Rel("https://www.lyjmb.test/zhengce/202406/t20240605_584907.html", "今年小麦最低收购价执行预案启动条件明确", None),
    ]  # fmt: skip
    prices = [
        ("玉米", "2380", "-10"),
        ("早籼稻", "2700", "0"),
        ("大豆", "4520", "+20"),
        ("菜籽油", "8160", "-60"),
        ("豆粕", "3390", "+40"),
    ]
    hot = article_ids("/shichang/202406/t20240625_5862", 11, 7, ".html", [
        "玉米价格窄幅震荡", "早稻长势良好 收获临近", "食用油消费进入淡季", "饲料企业采购趋于谨慎", "大豆进口量同比减少",
    ])  # fmt: skip
    rel_html = "\n".join(
        f'        <li><h4><a href="{r.href}" target="_blank">{esc(r.title)}</a></h4>'
        + (f"<p>{esc(r.summary)}……</p>" if r.summary else "")
        + "</li>"
        for r in related
    )
    price_rows = "\n".join(f"<tr><td>{n}</td><td>{p}</td><td>{c}</td></tr>" for n, p, c in prices)
    columns = [("/", "网站首页"), ("/yaowen/", "要闻"), ("/zhengce/", "政策"), ("/shichang/", "市场"), ("/qiye/", "企业"),
               ("/chucang/", "储藏"), ("/jiagong/", "加工"), ("/keji/", "科技"), ("/shuju/", "数据"), ("/epaper/", "电子报")]  # fmt: skip
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}_粮油行情_中国粮油经贸报</title>
<meta name="keywords" content="小麦,新麦收购,价格">
<meta name="description" content="6月下旬，冬小麦主产区收获基本结束，新麦收购全面展开。">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2024-06-25 08:40">
<meta name="ContentSource" content="{source}">
<link rel="stylesheet" href="/css/lyjmb_2023.css">
</head>
<body>
<div class="header">
  <div class="inner"><a href="/" class="logo"><img src="/images/logo_lyjmb.png" alt="中国粮油经贸报"></a><span class="slogan">粮油行业权威媒体</span>
  <form action="/search/" class="so"><input name="q" type="text"><input type="submit" value="搜索"></form></div>
  <div class="nav">
{nav(columns)}
  </div>
</div>
<div class="inner main">
  <div class="crumbs"><a href="/">{crumbs[0]}</a><span>&gt;</span><a href="/shichang/">{crumbs[1]}</a><span>&gt;</span><a href="/shichang/lyhq/">{crumbs[2]}</a></div>
  <div class="col-left">
    <h1 class="atitle">{title}</h1>
    <div class="ainfo"><span>2024-06-25 08:40</span><span>来源：{source}</span><span>作者：记者 谷雨辰</span></div>
    <div class="acontent">
{render(body, para="<p>{}</p>")}
    </div>
    <div class="aeditor">责任编辑：{editor}　审校：{reviewer}</div>
    <div class="atags">标签：<a href="/tag/xiaomai/">小麦</a> <a href="/tag/shougou/">收购</a></div>
    <div class="arelated">
      <h3>相关阅读</h3>
      <ul>
{rel_html}
      </ul>
    </div>
  </div>
  <div class="col-right">
    <div class="box">
      <h3>今日粮油价格</h3>
      <table class="price"><tr><th>品种</th><th>价格（元/吨）</th><th>涨跌</th></tr>
{price_rows}
      </table>
    </div>
    <div class="box"><h3>行情热点</h3><ul>
{links(hot)}
    </ul></div>
  </div>
</div>
{sitemap("https://www.lyjmb.test")}
{friends()}
<div class="footer">
  <p><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系方式</a> | <a href="/about/dy.html">报纸订阅</a> | <a href="/about/tg.html">投稿须知</a></p>
  <p>主管单位：国家粮油物资部（示例）　主办单位：中国粮油经贸报社</p>
  <p>Copyright &copy; 2024 中国粮油经贸报社 版权所有　京ICP备00000010号</p>
</div>
{site_script("lyjmb", "tj.lyjmb.test")}
</body>
</html>
"""
    expected = record(
        url,
        article_id="t20240625_586213",
        title=title,
        source=source,
        published_at="2024-06-25T08:40:00+08:00",
        body=body,
        editor=editor,
        reviewer=reviewer,
        breadcrumbs=crumbs,
        category="粮油行情",
        related=related,
    )
    return Page("12-trade-paper-table", url, page, expected)


# --- 13: evening paper site in GB18030, clicks by `<script src="/count.php?id=…">`, 延伸阅读 --------------------


def page_13() -> Page:
    url = "http://www.dzwanbao.test/content/2024-10/11/content_7781902.htm"
    title = "老旧小区加装电梯提速 今年已有三百余部投入使用"
    source = "东州晚报"
    editor = "鲁佳怡"
    crumbs = ["东州晚报网", "民生", "城事"]
    counter = "/count.php?id=58213"
    body: list[Block] = [
        "记者昨日从东州市住建部门获悉，今年以来，全市老旧小区加装电梯工作明显提速，截至9月底，已有326部电梯建成投入使用，"
        "另有210部正在施工，全年加装数量有望突破500部。",
        "“以前买个菜上下楼要歇好几回，现在一按按钮就到家了。”家住滨江路红星小区的王阿姨今年七十八岁，她所在的单元上个月刚装好电梯。"
        "王阿姨说，单元里一共12户，有一半以上是老人，大家盼电梯盼了好几年。",
        "加装电梯最大的难点在于协调。红星小区所在社区的党委书记秦雪梅介绍，低楼层住户担心采光、噪音受影响，一开始不愿签字。"
        "社区先后组织了七次协商会，请设计单位调整了电梯井的位置，又明确由高楼层住户多承担费用，最终才达成一致。",
        "为了减轻居民负担，东州市对加装电梯给予每部20万元的财政补贴，符合条件的居民还可以提取住房公积金支付费用。"
        "今年起，市里还推出了“一站式”审批服务，加装电梯的审批时间从原来的两个多月压缩到15个工作日以内。",
        "住建部门相关负责人表示，下一步将探索“以租代购”等新模式，由企业出资安装、居民按次或按月付费使用，"
        "进一步降低加装门槛，让更多老旧小区居民受益。",
    ]
    related = [
        Rel("/content/2024-09/26/content_7775518.htm", "加装电梯审批时间压缩至15个工作日"),
        Rel("/content/2024-08/30/content_7763027.htm", "滨江路片区老旧小区改造完成过半"),
        Rel("/content/2024-07/19/content_7742216.htm", "加装电梯可提取住房公积金"),
    ]
    hot = article_ids("/content/2024-10/11/content_77819", 88, 9, ".htm", SIDE[0:4] + SIDE[20:26])
    menu = [("/", "首页"), ("/node_2.htm", "东州新闻"), ("/node_3.htm", "民生"), ("/node_4.htm", "城事"), ("/node_5.htm", "教育"),
            ("/node_6.htm", "健康"), ("/node_7.htm", "文体"), ("/node_8.htm", "晚报评论"), ("/node_9.htm", "记者帮忙"),
            ("http://epaper.dzwanbao.test/", "数字报")]  # fmt: skip
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>{title}--东州晚报网</title>
<meta name="keywords" content="加装电梯,老旧小区,东州">
<meta name="description" content="今年以来，东州市老旧小区加装电梯工作明显提速。">
<link href="/css/dzwb_content.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/jquery.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr><td><a href="/"><img src="/images/dzwb_logo.gif" alt="东州晚报网" border="0"></a></td><td align="right"><a href="/">首页</a> | <a href="http://epaper.dzwanbao.test/">电子版</a> | <a href="/node_10.htm">报料</a> | <a href="/node_11.htm">订报</a></td></tr>
</table>
<div class="menu">
{nav(menu, sep=" | ")}
</div>
<div class="main">
  <div class="nav_path"><a href="/">{crumbs[0]}</a> &gt;&gt; <a href="/node_3.htm">{crumbs[1]}</a> &gt;&gt; <a href="/node_4.htm">{crumbs[2]}</a></div>
  <div class="left">
    <div class="bt">{title}</div>
    <div class="info">2024-10-11 16:40　来源：{source}　记者 石晓岚　阅读：<script type="text/javascript" src="{counter}"></script>次</div>
    <div class="zw" id="ozoom">
{render(body, para="<p>　　{}</p>")}
    </div>
    <div class="bj">编辑：{editor}</div>
    <div class="gj">【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
    <div class="ycyd">
      <div class="ycyd_t">延伸阅读</div>
      <ul>
{links([(r.href, r.title) for r in related])}
      </ul>
    </div>
  </div>
  <div class="right">
    <div class="rk"><div class="rk_t">晚报热读</div><ul>
{links(hot)}
    </ul></div>
    <div class="rk"><div class="rk_t">记者帮忙热线</div><p>0000-00000000（24小时）</p></div>
  </div>
</div>
{sitemap("http://www.dzwanbao.test")}
{friends()}
<div class="foot">
  <p>东州晚报社 版权所有　地址：东州市解放路88号　邮编：000000</p>
  <p>互联网新闻信息服务许可证：37120170011　东ICP备00000011号</p>
</div>
{site_script("dzwb", "count.dzwanbao.test")}
</body>
</html>
"""
    expected = record(
        url,
        article_id="58213",
        title=title,
        source=source,
        published_at="2024-10-11T16:40:00+08:00",
        body=body,
        counter_src=counter,
        editor=editor,
        breadcrumbs=crumbs,
        category="城事",
        related=related,
    )
    return Page("13-gb18030-count-script", url, page, expected, encoding="gb18030")


# --- 14: HTML5 science-media page: <article> with <section>s and <h2> subheadings, 摘要 box, 责编/审校 ----------


def page_14() -> Page:
    url = "https://www.kechuangshibao.test/article/2024/1105/a83f21c7.html"
    title = "钠离子电池量产一年：成本降了，市场打开了吗"
    source = "科创时报"
    editor = "牛一帆"
    reviewer = "柏俊"
    crumbs = ["首页", "新能源", "储能"]
    intro = [
        "今年以来，多家电池企业的钠离子电池产品相继实现量产，在两轮电动车、低速车和储能等领域开始批量应用。",
        "但一年下来，钠电池的成本并没有像业内预期的那样快速下降，规模化应用仍面临不少挑战。",
    ]
    sections: list[tuple[str, list[Block]]] = [
        ("", intro),
        ("成本下降慢于预期", [
            "一位电池企业的技术负责人告诉记者，钠电池的材料成本理论上比磷酸铁锂电池低三成左右，但目前产线规模小、良品率不高，"
            "实际制造成本仍略高于锂电池。“没有规模就降不了成本，成本降不下来又很难扩大规模。”",
            "另一方面，去年以来碳酸锂价格大幅回落，锂电池的价格优势重新显现，也让钠电池的性价比优势被削弱。",
        ]),
        ("两轮车率先放量", [
            "尽管如此，钠电池在部分细分市场已经打开局面。在两轮电动车领域，钠电池凭借低温性能好、安全性高的特点，"
            "受到北方市场的欢迎。据行业机构统计，前三季度国内钠电池两轮车销量超过30万辆。",
            "在储能领域，已有多个百兆瓦时级别的钠电池储能示范项目并网运行，主要用于电网调峰和工商业储能。",
        ]),
        ("下一步看规模和标准", [
            "受访专家认为，钠电池与锂电池将长期并存、互为补充。未来两到三年，随着产线规模扩大和产业链配套完善，"
            "钠电池的成本有望进一步下降。同时，行业也亟须加快制定统一的产品标准和检测规范。",
        ]),
    ]  # fmt: skip
    body: list[Block] = []
    for head, blocks in sections:
        if head:
            body.append(Sub(head))
        body.extend(blocks)
    related = [
        Rel("/article/2024/1022/9be01d44.html", "固态电池产业化还要跨过几道坎"),
        Rel("/article/2024/1009/5c7a3e10.html", "储能电站安全标准将迎修订"),
        Rel(
            "https://www.kechuangshibao.test/article/2024/0926/0f6d2b93.html", "两轮电动车新国标实施一年观察"
        ),
    ]
    hot = [(f"/article/2024/110{d}/{h}.html", t) for d, h, t in zip(
        "5544332", ["c81d02aa", "77e4b1f0", "1a9c5e62", "e05f7d38", "93ab4c11", "4d2e8f07", "b6c3a9d5"], SIDE[40:47], strict=True
    )]  # fmt: skip
    sec_html = []
    for head, blocks in sections:
        inner = render(blocks, para="        <p>{}</p>")
        h2 = f"        <h2>{esc(head)}</h2>\n" if head else ""
        sec_html.append(f'      <section class="article-section">\n{h2}{inner}\n      </section>')
    page = f"""<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - 科创时报</title>
<meta name="description" content="今年以来，多家电池企业的钠离子电池产品相继实现量产。">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/static/css/app.3b7e1f.css">
<script type="module" src="/static/js/app.3b7e1f.js"></script>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/"><img src="/static/img/kcsb-logo.svg" alt="科创时报"></a>
  <nav class="channels"><a href="/">首页</a><a href="/c/ai/">人工智能</a><a href="/c/chip/">芯片</a><a href="/c/energy/" aria-current="page">新能源</a><a href="/c/bio/">生物医药</a><a href="/c/space/">航天</a><a href="/flash/">快讯</a></nav>
</header>
<main class="page">
  <nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/">{crumbs[0]}</a></li><li><a href="/c/energy/">{crumbs[1]}</a></li><li><a href="/c/energy/storage/">{crumbs[2]}</a></li></ol></nav>
  <article class="article">
    <header class="article-header">
      <h1>{title}</h1>
      <div class="article-meta"><span class="date">2024.11.05 10:20</span><span class="source">来源：{source}</span><span class="author">记者 郁婷婷</span></div>
      <div class="abstract"><strong>摘要：</strong>量产一年后，钠电池在两轮车和储能领域打开了市场，但成本下降慢于预期。</div>
    </header>
    <div class="article-body">
{chr(10).join(sec_html)}
    </div>
    <footer class="article-footer">
      <p class="editors">责编：{editor}　审校：{reviewer}</p>
      <p class="copyright">版权声明：本文为科创时报原创，转载请注明出处。</p>
      <div class="actions"><button class="like">赞 48</button><button class="fav">收藏</button><button class="share">分享</button></div>
    </footer>
  </article>
  <section class="related">
    <h2>相关文章</h2>
    <ul>
{links([(r.href, r.title) for r in related], tpl='<li><a href="{}">{}</a></li>')}
    </ul>
  </section>
  <aside class="sidebar">
    <h2>热门文章</h2>
    <ol>
{links(hot, tpl='<li><a href="{}">{}</a></li>')}
    </ol>
  </aside>
</main>
{sitemap("https://www.kechuangshibao.test/c")}
{friends()}
<footer class="site-footer">
  <p><a href="/about/">关于我们</a> <a href="/contact/">联系我们</a> <a href="/join/">加入我们</a></p>
  <p>&copy; 2024 科创时报 版权所有　京ICP备00000012号-2　京公网安备11010802000012号</p>
</footer>
{site_script("kcsb", "tj.kechuangshibao.test")}
</body>
</html>
"""
    expected = record(
        url,
        article_id="a83f21c7",
        title=title,
        source=source,
        published_at="2024-11-05T10:20:00+08:00",
        body=body,
        editor=editor,
        reviewer=reviewer,
        breadcrumbs=crumbs,
        category="储能",
        related=related,
    )
    return Page("14-html5-sections-h2", url, page, expected)


# --- 15: city portal reprint: 原标题 line, `文/记者 X 通讯员 Y` author line, `（来源：X）` closing the text ---------


def page_15() -> Page:
    url = "https://www.jiangchengwang.test/news/shehui/202403/t20240315_1052318.html"
    title = "江城上线“随手拍”平台 市民可一键上报身边小问题"
    source = "江城晚报"
    editor = "方小雨"
    crumbs = ["江城网", "新闻", "社会"]
    body: list[Block] = [
        "井盖松动、路灯不亮、共享单车乱停……今后在江城遇到这些身边的小问题，市民只要用手机拍张照片，就能一键上报给相关部门处理。"
        "3月14日，江城市城市运行管理中心正式上线“随手拍”平台。",
        "市民可以通过“江城通”APP或微信小程序进入平台，拍照后系统会自动识别位置，并对问题进行初步分类。"
        "平台收到上报后，会在2小时内派单到责任单位，一般问题要求在3个工作日内处理完毕，处理结果会通过短信反馈给上报人。",
        "城市运行管理中心负责人赵宁介绍，平台试运行一个月来，已收到市民上报问题4300余件，办结率达到92%。"
        "其中占比最高的是道路设施损坏和占道经营，分别占三成和两成左右。",
        "“上周在小区门口看到一个井盖翘起来了，拍照上传后第二天就有人来修好了。”家住江南区的市民黄女士说，这样的方式比打电话反映方便多了。",
        "赵宁表示，对于上报有效问题较多的市民，平台将给予积分奖励，积分可兑换公园年卡、公交乘车券等，鼓励更多市民参与城市治理。",
        "（来源：江城晚报）",
    ]
    related = [
        Rel("/news/shehui/202403/t20240308_1049927.html", "江城12345热线一季度受理诉求同比增长一成"),
        Rel("/news/shehui/202402/t20240227_1046012.html", "城区占道经营专项整治启动"),
        Rel("/news/shizheng/202402/t20240219_1043395.html", "江城推进城市运行“一网统管”"),
    ]
    hot = article_ids("/news/shehui/202403/t20240315_10523", 90, 11, ".html", SIDE[32:40])
    menu = [("https://www.jiangchengwang.test/", "首页"), ("/news/shizheng/", "时政"), ("/news/shehui/", "社会"),
            ("/news/jingji/", "经济"), ("/news/wenhua/", "文化"), ("/news/tiyu/", "体育"), ("/news/quxian/", "区县"),
            ("/wenzheng/", "网络问政"), ("/tupian/", "图片"), ("/shipin/", "视频")]  # fmt: skip
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}_社会_江城网</title>
<meta name="keywords" content="随手拍,城市治理,江城">
<meta name="description" content="3月14日，江城市城市运行管理中心正式上线随手拍平台。">
<meta name="ContentSource" content="{source}">
<meta name="author" content="沈一鸣">
<link rel="stylesheet" href="/css/jcw_article_v5.css">
<script src="/js/jquery-1.9.1.min.js"></script>
</head>
<body>
<div class="jcw-top">
  <div class="w1140"><a href="https://www.jiangchengwang.test/">江城网首页</a><span>江城市委宣传部主管　江城日报社主办</span><a href="https://m.jiangchengwang.test/">手机版</a></div>
</div>
<div class="jcw-head w1140"><a href="/"><img src="/images/jcw_logo.png" alt="江城网"></a><div class="ad"><img src="/images/ad/head_banner.jpg" alt=""></div></div>
<div class="jcw-nav">
  <div class="w1140">
{nav(menu)}
  </div>
</div>
<div class="w1140 wrap">
  <div class="crumb"><a href="https://www.jiangchengwang.test/">{crumbs[0]}</a> &gt; <a href="/news/">{crumbs[1]}</a> &gt; <a href="/news/shehui/">{crumbs[2]}</a> &gt;</div>
  <div class="left">
    <h1 class="art-title">{title}</h1>
    <div class="art-info"><span class="time">2024-03-15 07:45</span> <span class="from">来源：{source}</span></div>
    <div class="art-content">
<p>原标题：平台上线一个月办结率达92%　江城“随手拍”让城市治理更高效</p>
<p>文/记者 沈一鸣 通讯员 葛蕾</p>
{render(body, para="<p>{}</p>")}
    </div>
    <div class="art-editor">编辑：{editor}</div>
    <div class="art-share">分享：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ</a></div>
    <div class="art-related">
      <div class="hd">相关新闻</div>
      <ul>
{links([(r.href, r.title) for r in related])}
      </ul>
    </div>
    <div class="art-statement">凡注明“来源：江城网”的作品，版权均属江城网所有；凡注明其他来源的作品，均为转载，目的在于传递更多信息。</div>
  </div>
  <div class="right">
    <div class="rbox"><div class="hd">热点推荐</div><ul>
{links(hot)}
    </ul></div>
    <div class="rbox"><div class="hd">网络问政</div><ul><li><a href="/wenzheng/2024/0315/88213.html">小区门口路灯坏了谁来修？</a></li><li><a href="/wenzheng/2024/0314/88190.html">公交站台何时加装遮阳棚</a></li></ul></div>
  </div>
</div>
{sitemap("https://www.jiangchengwang.test/news")}
{friends()}
<div class="jcw-foot">
  <p><a href="/about/">网站介绍</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/copyright.html">版权声明</a> | <a href="/about/jubao.html">违法和不良信息举报</a></p>
  <p>江城网 版权所有　Copyright &copy; 2024 jiangchengwang.test All Rights Reserved</p>
  <p>互联网新闻信息服务许可证：42120170013　东ICP备00000013号</p>
</div>
{site_script("jcw", "stat.jiangchengwang.test")}
</body>
</html>
"""
    expected = record(
        url,
        article_id="t20240315_1052318",
        title=title,
        source=source,
        published_at="2024-03-15T07:45:00+08:00",
        body=body,
        editor=editor,
        breadcrumbs=crumbs,
        category="社会",
        related=related,
    )
    return Page("15-reprint-original-title", url, page, expected)


# --- 16: provincial paper's commentary page, GBK with CRLF; masthead shows today's date; 作者 with affiliation --


def page_16() -> Page:
    url = "http://www.dzrb.test/pinglun/2024-12/02/content_2231476.html"
    title = "让县域商业成为扩大内需的重要支点"
    source = "东州日报"
    editor = "严晓婷"
    reviewer = "孔维嘉"
    crumbs = ["首页", "评论", "理论"]
    body: list[Block] = [
        "县域连接城市、服务乡村，是扩大内需的重要空间。近年来，我省持续推进县域商业体系建设，乡镇商贸中心、村级便民商店和"
        "县级物流配送中心不断完善，农村居民的消费便利度明显提高。",
        "但也要看到，县域商业发展仍存在一些短板。一些地方商业设施重建设、轻运营，建成后利用率不高；部分县城商业业态单一，"
        "难以满足居民多样化、品质化的消费需求；农产品上行渠道不畅，“卖难”问题时有发生。",
        "补齐这些短板，关键在于把握三个方面。",
        "一是以市场为导向配置资源。县域商业设施建设要尊重市场规律，充分考虑人口规模、消费习惯和交通条件，避免盲目铺摊子。"
        "要更多发挥龙头流通企业的作用，以连锁化、品牌化经营提升运营效率。",
        "二是推动线上线下融合。鼓励实体商户利用电商平台和直播带货拓展销路，支持县域发展即时零售、社区团购等新业态，"
        "让县城居民享受到与城市同步的消费服务。",
        "三是打通农产品上行通道。加快建设产地冷链设施，培育一批农产品区域公用品牌，推动产销精准对接，让更多优质农产品走出县城、走向全国。",
        "县域商业兴，则消费活、乡村旺。各地应因地制宜、久久为功，让县域商业真正成为扩大内需的重要支点。",
    ]
    related = [
        Rel("/pinglun/2024-11/25/content_2229860.html", "以高质量供给激发消费潜力"),
        Rel("/pinglun/2024-11/18/content_2228133.html", "农村电商要在“好用”上下功夫"),
        Rel("/jingji/2024-11/29/content_2230921.html", "全省县域商业体系建设推进会召开"),
    ]
    hot = article_ids("/pinglun/2024-12/02/content_22314", 70, 13, ".html", [
        "东州日报评论员：抓住窗口期 跑出加速度", "为基层减负要减到实处", "让老字号焕发新活力",
        "以更大力度稳就业", "守护好群众的“菜篮子”", "别让形式主义挤占干事时间",
    ])  # fmt: skip
    news = article_ids("/yaowen/2024-12/02/content_22314", 55, 6, ".html", SIDE[8:16])
    menu = [("/", "首页"), ("/yaowen/", "要闻"), ("/shizheng/", "时政"), ("/jingji/", "经济"), ("/shehui/", "社会"),
            ("/pinglun/", "评论"), ("/wenhua/", "文化"), ("/shixian/", "市县"), ("http://epaper.dzrb.test/", "数字报")]  # fmt: skip
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GBK" />
<title>{title}_理论_东州日报网</title>
<meta name="keywords" content="县域商业,扩大内需" />
<meta name="description" content="县域连接城市、服务乡村，是扩大内需的重要空间。" />
<link href="/css/dzrb_2020.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="masthead">
  <div class="w1000"><img src="/images/dzrb_logo.png" alt="东州日报网" /><span class="today">2024年12月4日　星期三　农历十一月初四</span><span class="links"><a href="http://epaper.dzrb.test/">今日报纸</a> | <a href="/rss/">RSS</a></span></div>
</div>
<div class="menu w1000">
{nav(menu, sep=" | ")}
</div>
<div class="w1000 body">
  <div class="position"><a href="/">{crumbs[0]}</a> &gt; <a href="/pinglun/">{crumbs[1]}</a> &gt; <a href="/pinglun/lilun/">{crumbs[2]}</a></div>
  <div class="left">
    <h1>{title}</h1>
    <div class="author">作者：任立新（东州大学经济学院教授）</div>
    <div class="info">来源：{source}　　发布时间：2024-12-02 05:58　　第06版</div>
    <div class="text">
{render(body, para="<p>　　{}</p>")}
    </div>
    <div class="editor">（责任编辑：{editor}　审核：{reviewer}）</div>
    <div class="print">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
    <div class="about">
      <h3>相关阅读</h3>
      <ul>
{links([(r.href, r.title) for r in related])}
      </ul>
    </div>
  </div>
  <div class="right">
    <div class="box"><h3>评论热读</h3><ul>
{links(hot)}
    </ul></div>
    <div class="box"><h3>东州要闻</h3><ul>
{links(news)}
    </ul></div>
    <div class="box zt"><h3>专题</h3><a href="/zhuanti/2024xyjj/"><img src="/images/zt/xyjj.jpg" alt="" /><span>聚焦县域经济高质量发展</span></a><a href="/zhuanti/2024ysh/"><img src="/images/zt/ysh.jpg" alt="" /><span>优化营商环境在行动</span></a></div>
  </div>
</div>
{sitemap("http://www.dzrb.test")}
{friends()}
<div class="footer w1000">
  <p>东州日报社 主办　东州日报网 版权所有</p>
  <p>互联网新闻信息服务许可证：37120170014　东ICP备00000014号　东公网安备00000002000014号</p>
</div>
{site_script("dzrb", "tj.dzrb.test")}
</body>
</html>
"""
    expected = record(
        url,
        article_id="content_2231476",
        title=title,
        source=source,
        published_at="2024-12-02T05:58:00+08:00",
        body=body,
        editor=editor,
        reviewer=reviewer,
        breadcrumbs=crumbs,
        category="理论",
        related=related,
    )
    return Page("16-commentary-gbk-crlf", url, page, expected, encoding="gbk", newline="\r\n")


# --- 17: photo channel index (not an article) ----------------------------------------------------------------


def page_17() -> Page:
    url = "https://photo.huaxinnet.test/index.htm"
    sets = [
        (
            "/2024-03/15/c_1130912401.htm",
            "航拍春日梯田",
            "春耕时节，云岭山区的梯田蓄满了水，在阳光下层层叠叠。",
            12,
        ),
        ("/2024-03/15/c_1130912377.htm", "高铁检测列车驶过东江特大桥", "东州至南湖高铁进入联调联试阶段。", 8),
        (
            "/2024-03/14/c_1130911820.htm",
            "古镇里的非遗工坊",
            "在青禾古镇，竹编、蓝染等非遗技艺吸引了不少年轻人前来学习。",
            10,
        ),
        (
            "/2024-03/14/c_1130911562.htm",
            "港口夜色",
            "夜幕下的东江港集装箱码头灯火通明，装卸作业有序进行。",
            9,
        ),
        ("/2024-03/13/c_1130910933.htm", "候鸟北迁", "数万只候鸟在湿地保护区短暂停留后陆续北迁。", 11),
        ("/2024-03/13/c_1130910604.htm", "春茶开采", "南湖省多个茶区进入春茶采摘期，茶农抢抓农时。", 7),
        ("/2024-03/12/c_1130910011.htm", "植树节里种新绿", "各地干部群众参加义务植树活动。", 9),
        ("/2024-03/12/c_1130909786.htm", "冰雪消融的山谷", "北原山区气温回升，山谷里的冰瀑开始消融。", 6),
        (
            "/2024-03/11/c_1130909240.htm",
            "智能工厂里的机器人",
            "东州一家汽车零部件工厂里，上百台机器人协同作业。",
            8,
        ),
        (
            "/2024-03/11/c_1130908965.htm",
            "社区里的“共享菜园”",
            "江城一个老旧小区把闲置空地改造成共享菜园。",
            10,
        ),
        ("/2024-03/10/c_1130908421.htm", "油菜花开", "石湾县的油菜花进入盛花期，吸引游客前来观赏。", 12),
        ("/2024-03/10/c_1130908117.htm", "春运返程最后一天", "铁路车站迎来节后返程客流的最后一个高峰。", 7),
    ]
    cards = "\n".join(
        f'      <li><a href="{h}" target="_blank"><img src="https://photo.huaxinnet.test/thumb/2024/03/{i:02d}.jpg" alt="{esc(t)}">'
        f'<span class="num">{n}张</span></a><h3><a href="{h}" target="_blank">{esc(t)}</a></h3><p>{esc(s)}</p></li>'
        for i, (h, t, s, n) in enumerate(sets)
    )
    tabs = [("/index.htm", "首页"), ("/news/", "新闻图片"), ("/society/", "社会"), ("/nature/", "自然"), ("/culture/", "文化"),
            ("/sports/", "体育"), ("/world/", "国际"), ("/special/", "专题"), ("/photographer/", "摄影师")]  # fmt: skip
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>图片频道_华新网</title>
<meta name="keywords" content="华新网图片,新闻图片,摄影">
<meta name="description" content="华新网图片频道，提供新闻图片、专题摄影和精彩组图。">
<link rel="stylesheet" href="//www.huaxinnet.test/static/css/photo_index.css">
</head>
<body>
<div class="topBar"><div class="container"><a href="https://www.huaxinnet.test/">华新网首页</a> | <a href="https://photo.huaxinnet.test/">图片</a> | <a href="https://www.huaxinnet.test/video/">视频</a></div></div>
<div class="header"><div class="container"><a class="logo" href="/index.htm"><img src="//www.huaxinnet.test/static/img/logo_photo.png" alt="华新网图片"></a></div></div>
<div class="tabs"><div class="container">
{nav(tabs)}
</div></div>
<div class="container">
  <div class="focus">
    <a href="/2024-03/15/c_1130912401.htm"><img src="https://photo.huaxinnet.test/focus/2024/0315.jpg" alt="航拍春日梯田"></a>
    <div class="focus-title"><a href="/2024-03/15/c_1130912401.htm">航拍春日梯田</a></div>
  </div>
  <h2 class="section-title">最新组图</h2>
  <ul class="photo-grid">
{cards}
  </ul>
  <div class="page"><span class="cur">1</span><a href="index_2.htm">2</a><a href="index_3.htm">3</a><a href="index_4.htm">4</a><a href="index_5.htm">5</a><a href="index_2.htm">下一页</a></div>
</div>
{sitemap("https://www.huaxinnet.test")}
{friends()}
<div class="foot"><div class="container">
  <p>Copyright &copy; 2000-2024 HUAXINNET.TEST All Rights Reserved.</p>
  <p>京ICP证000001号　京公网安备11000002000001号</p>
</div></div>
{site_script("huaxinnet", "stat.huaxinnet.test")}
</body>
</html>
"""
    return Page("17-photo-channel-index", url, page, {"url": url, "error": True})


# --- 18: 404 page with a countdown and recommended news (not an article) ---------------------------------------


def page_18() -> Page:
    url = "https://www.dongyuewang.test/news/system/2024/05/18/031230001.shtml"
    menu = [("https://www.dongyuewang.test/", "首页"), ("/news/", "新闻"), ("/news/dongzhou/", "东州"),
            ("/news/guonei/", "国内"), ("/finance/", "财经"), ("/wenlv/", "文旅"), ("/jiaoyu/", "教育"),
            ("/jiankang/", "健康"), ("/pinglun/", "评论"), ("/tupian/", "图片"), ("/shipin/", "视频"), ("/zhuanti/", "专题")]  # fmt: skip
    recommend = article_ids("/news/system/2024/05/20/0312", 34511, 233, ".shtml", SIDE[16:28])
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>404 页面不存在_东岳网</title>
<meta name="robots" content="noindex">
<link rel="stylesheet" href="https://www.dongyuewang.test/css/404.css">
<script>
var sec = 5;
function countDown() {{
  document.getElementById("sec").innerHTML = sec;
  if (sec-- <= 0) {{ window.location.href = "https://www.dongyuewang.test/"; return; }}
  setTimeout(countDown, 1000);
}}
window.onload = countDown;
</script>
</head>
<body>
<div class="topnav">
  <div class="wrap"><a href="https://www.dongyuewang.test/">东岳网首页</a> <a href="https://epaper.dongyuewang.test/">东州日报数字报</a> <a href="https://m.dongyuewang.test/">手机版</a></div>
</div>
<div class="header wrap"><a class="logo" href="/"><img src="https://www.dongyuewang.test/images/logo.png" alt="东岳网"></a></div>
<div class="menu wrap">
{nav(menu)}
</div>
<div class="wrap error-box">
  <img src="https://www.dongyuewang.test/images/404.png" alt="404">
  <h1>抱歉，您访问的页面不存在或已被删除</h1>
  <p>可能的原因：网址输入有误；该稿件已被撤回或移动到其他位置。</p>
  <p><span id="sec">5</span>秒后自动返回首页，您也可以<a href="https://www.dongyuewang.test/">点击这里</a>直接返回，或<a href="javascript:history.back()">返回上一页</a>。</p>
  <form action="https://search.dongyuewang.test/" method="get"><input name="q" placeholder="搜索东岳网"><button>搜索</button></form>
</div>
<div class="wrap recommend">
  <h2>为您推荐</h2>
  <ul>
{links(recommend)}
  </ul>
</div>
{sitemap("https://www.dongyuewang.test")}
{friends()}
<div class="footer">
  <p>东岳网版权所有　未经书面授权不得复制或建立镜像</p>
  <p>东ICP备00000008号　互联网新闻信息服务许可证：37120170008</p>
</div>
{site_script("dyw", "stat.dongyuewang.test")}
</body>
</html>
"""
    return Page("18-not-found-countdown", url, page, {"url": url, "error": True})


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
        return [s for k, v in value.items() if k != "url" for s in strings(v)]
    return []


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
    shown = page.shown or (lambda s: s)
    for text in labelled_texts(exp):
        assert esc(shown(text)) in page.html, (page.name, text)  # the label is read off the page
    if page.shown:
        for text in labelled_texts(exp):
            for to_trad in (S2T, S2TW, S2HK):
                for to_simp in (TW2S, T2S, HK2S):
                    assert to_simp.convert(to_trad.convert(text)) == text, (page.name, text)
    assert exp["clicks"] is None or exp["click_counter_url"] is None, page.name
    assert exp["published_at"].endswith("+08:00"), page.name


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
        if page.name.startswith("08-"):
            # declared gb2312, but the names use characters only GBK has
            assert b"charset=gb2312" in data
            assert any(not _in_gb2312(c) for c in page.expected["body"] + page.expected["editor"])
        if page.name.startswith("09-"):
            # UTF-8 bytes, declared GBK
            assert b"charset=gbk" in data and page.encoding == "utf-8"
        (pages_dir / f"{page.name}.html").write_bytes(data)
        text = json.dumps(page.expected, ensure_ascii=False, indent=2) + "\n"
        (expected_dir / f"{page.name}.json").write_bytes(text.encode("utf-8"))
        print(f"  {page.name:<36} {page.encoding:<8} {len(data):>6} bytes")
    for stale in [*pages_dir.glob("*.html"), *expected_dir.glob("*.json")]:
        if stale.stem not in names:
            stale.unlink()
    print(f"{len(names)} pages written to {pages_dir} and {expected_dir}")


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


if __name__ == "__main__":
    main()
