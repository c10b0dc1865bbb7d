"""Build the unseen evaluation pages and their expected records from one set of values per page.

Run: python tests/unseen/build.py   (rewrites pages/ and expected/; the output is deterministic)

Every page function below holds the values a reader labels (headline, paragraphs, labels, hrefs as
written) and renders them into the page's own markup; the expected record is derived from the same
values, so page and record cannot disagree. Conventions: tests/families/README.md.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

import opencc

HERE = Path(__file__).parent

S2T = opencc.OpenCC("s2t")
S2TW = opencc.OpenCC("s2tw")
TW2S = opencc.OpenCC("tw2s")
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


Block = str | Img | Cap | Sub


@dataclass(frozen=True)
class Rel:
    """One item of a related list: href as written, title, excerpt (None when the page prints none)."""

    href: str
    title: str
    summary: str | None = None
    note: str = ""  # a date or outlet printed beside the item (not a summary)


@dataclass
class Page:
    name: str
    url: str
    html: str
    expected: dict
    encoding: str = "utf-8"
    newline: str = "\n"
    simplified_of_page: list[str] = field(
        default_factory=list
    )  # texts the page shows in traditional characters


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def body_text(blocks: list[Block]) -> str:
    lines = []
    for block in blocks:
        if isinstance(block, str):
            lines.append(block)
        elif isinstance(block, Cap | Sub):
            lines.append(block.text)
    return "\n".join(lines)


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
        "body": body_text(body),
        "images": images or None,
        "related": [
            {"url": urljoin(url, html.unescape(r.href)), "title": r.title, "summary": r.summary}
            for r in related
        ]
        if related
        else None,
    }


def render(
    blocks: list[Block],
    para: str = "<p>{}</p>",
    img: str = '<p><img src="{}" alt=""></p>',
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
        else:
            out.append(para.format(esc(conv(block))))
    return "\n".join(out)


def links(items: list[tuple[str, str]], tpl: str = '<li><a href="{}" target="_blank">{}</a></li>') -> str:
    return "\n".join(tpl.format(href, esc(text)) for href, text in items)


# --- 01: national portal, date and source in one <div> ---------------------------------------------------


def page_01() -> Page:
    url = "https://news.huayuwang.test/cj/2024/03-18/10234567.shtml"
    title = "东江港口群前两月集装箱吞吐量同比增长一成"
    source = "江嘉日报"
    crumbs = ["华宇网", "财经", "产业"]
    body: list[Block] = [
        "记者从东江省港航管理局获悉，今年1至2月，东江港口群累计完成集装箱吞吐量412.6万标准箱，同比增长10.3%；"
        "完成货物吞吐量1.58亿吨，同比增长6.7%。其中外贸集装箱吞吐量增长明显，占比提高到58%。",
        "港航管理局运输处处长蒋立群介绍，春节前后外贸订单集中出运，加上新开通的三条近洋航线陆续投入运营，"
        "带动了集装箱业务增长。目前，东江港口群共开通集装箱航线146条，其中远洋干线39条。",
        Img("//img.huayuwang.test/2024/0318/p1710727311.jpg"),
        Cap("3月16日，东江港集装箱码头作业繁忙。（周启航 摄）"),
        "在内陆方向，海铁联运继续发力。前两个月，港口群共开行海铁联运班列1260列，同比增长15.2%，"
        "通达省内外的内陆无水港增至27个。位于北部山区的云岭无水港开通后，当地陶瓷企业的出口货物运到港口的时间缩短了近一天。",
        "蒋立群表示，下一步将推进港口群智慧化改造，年内完成两座自动化堆场建设，并进一步优化口岸通关流程，"
        "力争全年集装箱吞吐量突破2600万标准箱。",
    ]
    related = [
        Rel("/cj/2024/03-15/10229981.shtml", "东江省开通首条至东盟的冷链集装箱班轮航线", note="03-15"),
        Rel("/cj/2024/03-11/10221406.shtml", "外贸开局平稳 沿海港口订单回暖", note="03-11"),
        Rel(
            "https://news.huayuwang.test/gn/2024/03-08/10217752.shtml",
            "多地推进内陆无水港建设 海铁联运量持续增长",
            note="03-08",
        ),
    ]
    hot = [
        ("/cj/2024/03-18/10234102.shtml", "前两月全国铁路货运量同比增长5.1%"),
        ("/gn/2024/03-18/10233876.shtml", "春季农业生产全面展开"),
        ("/cj/2024/03-17/10232011.shtml", "新能源汽车出口延续增长势头"),
        ("/sh/2024/03-17/10231655.shtml", "多地出台措施稳定房地产市场"),
        ("/cj/2024/03-16/10230347.shtml", "国内航线旅客运输量创同期新高"),
    ]
    related_html = "\n".join(
        f'<li><a href="{r.href}" target="_blank">{esc(r.title)}</a><span class="time">{r.note}</span></li>'
        for r in related
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}_财经_华宇网</title>
<meta name="keywords" content="港口,集装箱,海铁联运,东江">
<meta name="description" content="今年1至2月，东江港口群累计完成集装箱吞吐量412.6万标准箱，同比增长10.3%。">
<link rel="stylesheet" href="//static.huayuwang.test/css/article_2023.css">
<script src="//static.huayuwang.test/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar">
  <div class="w1000">
    <a href="https://www.huayuwang.test/">华宇网首页</a> | <a href="https://news.huayuwang.test/">新闻</a> |
    <a href="https://news.huayuwang.test/cj/">财经</a> | <a href="https://sports.huayuwang.test/">体育</a> |
    <a href="https://auto.huayuwang.test/">汽车</a> | <a href="https://passport.huayuwang.test/login">登录</a>
  </div>
</div>
<div class="header w1000">
  <a href="https://www.huayuwang.test/" class="logo"><img src="//static.huayuwang.test/img/logo_cj.png" alt="华宇网财经"></a>
  <form class="search" action="https://search.huayuwang.test/"><input name="q" placeholder="搜索"><button>搜索</button></form>
</div>
<div class="crumbs w1000"><a href="https://www.huayuwang.test/">{crumbs[0]}</a> &gt; <a href="/cj/">{crumbs[1]}</a> &gt; <a href="/cj/cy/">{crumbs[2]}</a></div>
<div class="wrap w1000">
  <div class="main">
    <h1 class="title">{title}</h1>
    <div class="info">2024-03-18 10:12　来源：<a href="http://www.jiangjiadaily.test/" target="_blank">{source}</a><span class="share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qz" href="javascript:;">QQ空间</a></span></div>
    <div class="content" id="content">
{render(body, para="      <p>{}</p>", img='      <p class="pic"><img src="{}" alt=""></p>', cap='      <p class="pic-title">{}</p>')}
    </div>
    <div class="adv"><a href="http://ad.huayuwang.test/c?id=88" target="_blank"><img src="//static.huayuwang.test/ad/banner_640x90.jpg" alt="广告"></a></div>
    <div class="editor">责任编辑：邵明川</div>
    <div class="statement">【版权声明】凡注明“来源：华宇网”的作品，版权均属华宇网所有，未经授权不得转载。</div>
    <div class="related">
      <h3>相关新闻</h3>
      <ul>
{related_html}
      </ul>
    </div>
  </div>
  <div class="side">
    <div class="box">
      <h3>热点推荐</h3>
      <ul>
{links(hot)}
      </ul>
    </div>
    <div class="box ad"><img src="//static.huayuwang.test/ad/side_300x250.jpg" alt=""></div>
  </div>
</div>
<div class="footer">关于我们 | 联系方式 | 广告服务 | 网站地图<br>Copyright &copy; 2024 华宇网 版权所有</div>
</body>
</html>
"""
    expected = record(
        url,
        article_id="10234567",
        title=title,
        source=source,
        published_at="2024-03-18T10:12:00+08:00",
        body=body,
        editor="邵明川",
        breadcrumbs=crumbs,
        category="产业",
        related=related,
    )
    return Page("01-portal-info-div", url, page, expected)


# --- 02: national portal, split spans, 原标题, lazy images, （完） ---------------------------------------------


def page_02() -> Page:
    url = "https://www.zhongxunwang.test/fortune/2024-04/09/c_1130098765.htm"
    title = "南方早稻育秧进度过七成 多地推广工厂化集中育秧"
    source = "经济参考报"
    crumbs = ["首页", "财经", "正文"]
    body: list[Block] = [
        "中讯网北京4月9日电 记者从农业农村部门了解到，截至4月8日，南方早稻主产区育秧进度已超过七成，比去年同期略快。"
        "各地因地制宜推广工厂化集中育秧，秧苗素质总体好于往年。",
        "在南湖省禾丰县的一家育秧中心，一排排秧盘整齐码放在温室大棚里，自动喷淋设备定时为秧苗补水。"
        "中心负责人陶文兵说，今年中心承接周边14个村的育秧任务，集中育秧面积达到2.3万亩，比去年增加了五千多亩。",
        Img("https://img.zhongxunwang.test/fortune/20240409/1712647002_01.jpg"),
        Cap("禾丰县一家育秧中心的工作人员在查看秧苗长势。（记者 石磊 摄）"),
        "与传统育秧相比，工厂化育秧出苗整齐、成秧率高，每亩可节约种子约两成。禾丰县农业农村局副局长严俊峰介绍，"
        "县里对集中育秧给予每亩30元补贴，并组织农技人员分片包干，帮助育秧主体做好温湿度管理。",
        Img("https://img.zhongxunwang.test/fortune/20240409/1712647002_02.jpg"),
        Cap("育秧大棚里的自动喷淋设备。（记者 石磊 摄）"),
        "农业专家提醒，近期南方部分地区将有强降雨过程，各地要抓住晴好天气及时移栽，做好秧田排水和病虫害防控，确保早稻面积稳定。",
        "（完）",
    ]
    related = [
        Rel(
            "../08/c_1130097712.htm",
            "湖川省早稻机插秧面积占比首次超过六成",
            "记者从湖川省农业农村厅获悉，今年全省早稻计划种植面积1120万亩，其中机插秧面积预计占比首次超过六成",
        ),
        Rel(
            "/fortune/2024-04/07/c_1130096538.htm",
            "春耕备耕农资供应总体充足",
            "当前正值春耕备耕关键时期，记者在多地走访发现，化肥、种子、农药等农资供应总体充足，价格保持平稳",
        ),
        Rel(
            "https://www.zhongxunwang.test/local/2024-04/05/c_1130095901.htm",
            "一片秧盘里的科技含量",
            "走进位于平江县的智能育秧工厂，温度、湿度、光照全部由一块屏幕集中调控",
        ),
    ]
    rank = [
        ("/fortune/2024-04/09/c_1130098701.htm", "一季度新能源汽车产销两旺"),
        ("/politics/2024-04/09/c_1130098544.htm", "清明假期国内出游人次同比增长"),
        ("/fortune/2024-04/08/c_1130097920.htm", "多家银行下调存款利率"),
        ("/tech/2024-04/08/c_1130097655.htm", "国产大飞机新航线开通"),
    ]
    lazy = '<p class="img"><img src="https://www.zhongxunwang.test/static/img/loading.gif" data-src="{}" class="lazyload" alt=""></p>'
    related_html = "\n".join(
        f'<dl><dt><a href="{r.href}" target="_blank">{esc(r.title)}</a></dt><dd>{esc(r.summary or "")}…</dd></dl>'
        for r in related
    )
    page = f"""<!doctype html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}-中讯网</title>
<meta name="keywords" content="早稻,育秧,春耕">
<meta property="og:title" content="{title}">
<link href="/static/css/detail.css" rel="stylesheet">
</head>
<body>
<div id="nav"><a href="/">首页</a><a href="/politics/">时政</a><a href="/fortune/" class="cur">财经</a><a href="/tech/">科技</a><a href="/local/">地方</a></div>
<div class="bread">当前位置：<a href="https://www.zhongxunwang.test/">{crumbs[0]}</a> &gt; <a href="https://www.zhongxunwang.test/fortune/">{crumbs[1]}</a> &gt; <span>{crumbs[2]}</span></div>
<div class="container">
  <div class="head-line">
    <h1><span class="title">{title}</span></h1>
    <div class="header-info">
      <span class="h-time">2024年04月09日 15:36</span>
      <span class="source">来源：<a href="http://www.jjckb.test/" target="_blank">{source}</a></span>
      <span class="font-size">字号：<a href="javascript:;">大</a> <a href="javascript:;">小</a></span>
    </div>
  </div>
  <div class="main-left">
    <div id="detail">
<p>原标题：工厂化育秧“育”出春耕好势头</p>
{render(body, img=lazy, cap='<p class="pic-desc">{}</p>')}
    </div>
    <div class="p-editor">(责任编辑：冯佳宁)</div>
    <div class="share-bar">分享到：<a href="javascript:;" class="weixin">微信</a> <a href="javascript:;" class="weibo">微博</a> <a href="javascript:;" class="qzone">QQ空间</a> <a href="javascript:window.print();">打印</a></div>
    <div class="xgyd">
      <div class="tit">相关阅读</div>
{related_html}
    </div>
  </div>
  <div class="main-right">
    <div class="rank">
      <div class="tit">排行</div>
      <ol>
{links(rank)}
      </ol>
    </div>
  </div>
</div>
<div id="footer">中讯网版权所有，未经书面授权禁止使用</div>
<script src="/static/js/lazyload.min.js"></script>
</body>
</html>
"""
    expected = record(
        url,
        article_id="c_1130098765",
        title=title,
        source=source,
        published_at="2024-04-09T15:36:00+08:00",
        body=body,
        editor="冯佳宁",
        breadcrumbs=crumbs,
        category="财经",
        related=related,
    )
    return Page("02-portal-split-spans-lazy", url, page, expected)


# --- 03: national portal, trail ending with the headline, 稿源, [编辑:X] ------------------------------------


def page_03() -> Page:
    url = "https://news.shenzhouwang.test/a/20240326A03KQ200"
    title = "西岭山区首条农村客货邮融合线路开通"
    source = "华夏农业报"
    crumbs = ["首页", "国内", "三农", title]
    body: list[Block] = [
        "3月25日上午，一辆印有“客货邮”标识的中巴车从西岭县城客运站驶出，车上除了乘客，还装着发往沿途各村的快递包裹和邮件。"
        "这标志着西岭山区首条农村客货邮融合线路正式开通。",
        "这条线路全长68公里，途经3个乡镇、21个行政村，每天往返4个班次。过去，山里村民取快递要专程跑到镇上，一趟往返要大半天。"
        "如今，包裹随客车直接送到村里的服务站，村民在家门口就能收寄。",
        "西岭县交通运输局局长韩永胜介绍，线路由县公交公司、邮政分公司和两家快递企业共同运营，客车行李舱经过改装，"
        "单次可装载包裹约300件。运营初期，县财政按班次给予补贴，保障线路持续运行。",
        "村民们也盼着山货能搭上这趟车。石门村党支部书记万春梅说，村里的高山茶、笋干以前靠商贩上门收购，价格压得低，"
        "“现在可以直接从服务站发货，卖给城里的老客户。”",
        "据了解，西岭县计划年内再开通5条客货邮融合线路，实现全县建制村全覆盖。",
    ]
    related = [
        Rel("/a/20240312A07HT500", "山区物流“最后一公里”如何打通"),
        Rel("/a/20240301A02PL100", "多地探索农村客货邮融合发展"),
        Rel("https://news.shenzhouwang.test/a/20240219A05RB300", "县域快递进村覆盖率持续提升"),
    ]
    watch = [
        ("/a/20240326A01AB100", "春季植树造林进入高峰期"),
        ("/a/20240325A09CD200", "全国多地迎来今年首场大范围降雨"),
        ("/a/20240325A04EF300", "高铁线路将迎新一轮调图"),
    ]
    page = f"""<!DOCTYPE html>
<html lang="zh-cmn-Hans">
<head>
<meta charset="UTF-8">
<title>{title}_神州网</title>
<meta name="viewport" content="width=1200">
<script>window.DATA = {{"article_id": "20240326A03KQ200", "catalog": "agriculture", "comment_id": "8812034"}};</script>
<link rel="stylesheet" href="https://mat.shenzhouwang.test/news/css/a.css">
</head>
<body>
<div class="qq-top"><a href="https://www.shenzhouwang.test/">神州网首页</a> <a href="https://news.shenzhouwang.test/">新闻</a> <a href="https://v.shenzhouwang.test/">视频</a> <a href="https://finance.shenzhouwang.test/">财经</a></div>
<div class="LEFT">
  <div class="path"><a href="https://www.shenzhouwang.test/">{crumbs[0]}</a> &gt;&gt; <a href="https://news.shenzhouwang.test/gn/">{crumbs[1]}</a> &gt;&gt; <a href="https://news.shenzhouwang.test/sannong/">{crumbs[2]}</a> &gt;&gt; <span>{crumbs[3]}</span></div>
  <h1>{title}</h1>
  <div class="a-info">
    <span class="src">稿源：<em>{source}</em></span>
    <span class="t">2024/3/26 08:05</span>
    <a class="cmt" href="https://coral.shenzhouwang.test/8812034">32人参与</a>
  </div>
  <div class="content-article">
{render(body, para='    <p class="one-p">{}</p>')}
    <p class="editor">[编辑:卢晓宇]</p>
  </div>
  <div class="share">分享：<span>微信</span><span>朋友圈</span><span>微博</span></div>
  <section class="related">
    <h4>相关报道</h4>
{chr(10).join(f'    <a href="{r.href}">{esc(r.title)}</a>' for r in related)}
  </section>
  <div class="comment" id="comment">网友评论<div class="cmt-list"><p>这样的线路多开几条就好了。 03-26 09:12</p></div></div>
</div>
<div class="RIGHT">
  <div class="watch"><h3>大家都在看</h3><ul>
{links(watch)}
  </ul></div>
</div>
<div class="footer">Copyright &copy; 1998 - 2024 神州网. All Rights Reserved</div>
</body>
</html>
"""
    expected = record(
        url,
        article_id="20240326A03KQ200",
        title=title,
        source=source,
        published_at="2024-03-26T08:05:00+08:00",
        body=body,
        editor="卢晓宇",
        breadcrumbs=crumbs,
        category="三农",
        related=related,
    )
    return Page("03-portal-trail-headline-bracket-editor", url, page, expected)


# --- 04: financial news site, stock codes, （记者 X）, disclaimer, 延伸阅读 -------------------------------------


def page_04() -> Page:
    url = "https://www.jinrongshixun.test/gs/202405/t20240521_3902211.html"
    title = "华澜新材拟投资18亿元建设高性能隔膜项目"
    source = "金融时讯"
    crumbs = ["首页", "公司", "公司新闻"]
    body: list[Block] = [
        "本报讯（记者 严可心）5月21日晚间，华澜新材（603918）发布公告称，公司拟在南湖省临江经济开发区投资建设年产12亿平方米"
        "高性能锂电池隔膜项目，项目总投资约18亿元，分两期建设，建设周期约30个月。",
        "公告显示，项目一期投资约10亿元，预计2025年四季度投产；二期将根据市场情况适时启动。资金来源为公司自有资金及银行贷款。"
        "公司表示，项目达产后将进一步提升湿法隔膜产能，满足下游动力电池客户的订单需求。",
        "华澜新材2023年年报显示，公司全年实现营业收入46.72亿元，同比增长8.15%；归属于上市公司股东的净利润5.03亿元，"
        "同比下降12.6%。今年一季度，公司实现营业收入11.38亿元，同比增长9.4%。",
        "值得注意的是，隔膜行业近期扩产项目密集落地。此前，同行业的恒科股份（300842）、东岳膜材（688391）也相继披露了扩产计划。",
        "一位长期跟踪新能源材料的分析人士对记者表示，隔膜行业整体产能增速较快，部分产品价格承压，但高端涂覆隔膜和超薄隔膜"
        "仍然供不应求，具备技术和成本优势的企业有望继续扩大市场份额。",
        "截至5月21日收盘，华澜新材股价报24.36元/股，涨幅1.84%，总市值约210亿元。",
    ]
    related = [
        Rel(
            "/gs/202405/t20240516_3897745.html", "锂电池隔膜价格企稳 头部企业加码高端产能", note="2024-05-16"
        ),
        Rel("../202404/t20240428_3881302.html", "华澜新材：一季度营收同比增长9.4%", note="2024-04-28"),
        Rel(
            "https://www.jinrongshixun.test/hy/202405/t20240509_3890016.html",
            "新能源材料板块扩产潮再起 行业整合或将提速",
            note="2024-05-09",
        ),
    ]
    hot = [
        ("/sc/202405/t20240521_3902198.html", "A股三大指数涨跌不一 成交额超万亿元"),
        ("/jj/202405/t20240521_3902050.html", "公募基金一季度规模再创新高"),
        ("/yh/202405/t20240520_3901187.html", "多家银行调整个人住房贷款利率"),
    ]
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}_公司新闻_金融时讯网</title>
<meta name="keywords" content="华澜新材,603918,隔膜,锂电池">
<meta name="ContentSource" content="{source}">
<link rel="stylesheet" href="/css/content.css">
</head>
<body>
<div class="nav"><a href="/">首页</a><a href="/sc/">市场</a><a href="/gs/">公司</a><a href="/hy/">行业</a><a href="/jj/">基金</a><a href="/yh/">银行</a></div>
<div class="quote-bar">上证指数 3157.97 <em>+0.13%</em> 深证成指 9718.15 <em>-0.21%</em> 创业板指 1873.50 <em>-0.35%</em></div>
<div class="location">您现在的位置：<a href="/">{crumbs[0]}</a> &gt; <a href="/gs/">{crumbs[1]}</a> &gt; <a href="/gs/gsxw/">{crumbs[2]}</a></div>
<div class="box-l">
  <div class="article">
    <h1>{title}</h1>
    <div class="info"><span class="time">2024-05-21 19:46</span><span class="source">来源：{source}</span><span class="author">作者：严可心</span></div>
    <div class="ad-top"><a href="https://ad.jinrongshixun.test/go?s=17"><img src="/ad/2024/kaihu_700x80.gif" alt="开户"></a></div>
    <div class="txt" id="ctrlfscont">
{render(body)}
    </div>
    <div class="statement">声明：本文内容仅供参考，不构成投资建议。投资者据此操作，风险自担。</div>
    <div class="editor">责任编辑：郑斯琪</div>
  </div>
  <div class="ysyd">
    <h2>延伸阅读</h2>
    <ul>
{chr(10).join(f'      <li><a href="{r.href}">{esc(r.title)}</a><span class="date">{r.note}</span></li>' for r in related)}
    </ul>
  </div>
</div>
<div class="box-r">
  <div class="mystock"><h3>自选股</h3><p>华澜新材 603918 24.36 +1.84%</p><p>恒科股份 300842 18.02 -0.66%</p></div>
  <div class="hot"><h3>财经热点</h3><ul>
{links(hot)}
  </ul></div>
</div>
<div class="foot">金融时讯网 版权所有 未经许可不得转载</div>
</body>
</html>
"""
    expected = record(
        url,
        article_id="t20240521_3902211",
        title=title,
        source=source,
        published_at="2024-05-21T19:46:00+08:00",
        body=body,
        editor="郑斯琪",
        breadcrumbs=crumbs,
        category="公司新闻",
        related=related,
    )
    return Page("04-finance-stock-codes", url, page, expected)


# --- 05: provincial newspaper group site, 本报讯, 版次 line --------------------------------------------------


def page_05() -> Page:
    url = "https://www.jcnews.test/system/2024/06/03/030912345.shtml"
    title = "全省首个零碳产业园在江州高新区投用"
    source = "江川日报"
    crumbs = ["江川新闻网", "江川日报", "经济新闻"]
    body: list[Block] = [
        "本报讯（记者 汪泽 通讯员 彭立新）6月1日，全省首个零碳产业园——江州高新区零碳产业园正式投用。首批入驻的17家企业"
        "涵盖光伏组件、储能设备和新能源汽车零部件等领域，预计年产值可达86亿元。",
        "产业园规划面积3.2平方公里，屋顶分布式光伏装机容量达到42兆瓦，配套建设了20兆瓦时储能电站和智慧能源管理平台。"
        "园区管委会主任葛振宇介绍，园区内企业用电中绿电占比超过八成，剩余部分通过购买绿色电力证书实现抵消。",
        "“入驻零碳园区，对我们拓展海外市场很有帮助。”江川晶耀光电科技有限公司总经理温海峰说，欧洲客户越来越看重产品的碳足迹，"
        "园区提供的碳排放核算服务帮企业省去了不少麻烦。",
        "据了解，江州高新区将以零碳产业园为示范，年内在另外两个园区推广屋顶光伏和储能建设，力争到2026年全区规模以上工业企业"
        "单位增加值能耗较2023年下降10%。",
    ]
    rank = [
        ("/system/2024/06/02/030911877.shtml", "江川至南湖高铁全线铺轨完成"),
        ("/system/2024/06/02/030911650.shtml", "全省夏粮收购工作全面启动"),
        ("/system/2024/06/01/030910934.shtml", "江州地铁4号线进入联调联试"),
        ("/system/2024/05/31/030910212.shtml", "端午假期全省文旅市场预订火热"),
    ]
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title} - 江川新闻网</title>
<meta name="author" content="江川日报报业集团" />
<link href="https://www.jcnews.test/css/jc_article.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="top">江川日报报业集团主办 | <a href="https://epaper.jcnews.test/">数字报</a> | <a href="https://m.jcnews.test/">手机版</a></div>
<div id="logo"><img src="https://www.jcnews.test/images/logo.png" alt="江川新闻网" /></div>
<div class="crumb">当前位置：<a href="https://www.jcnews.test/">{crumbs[0]}</a> &gt; <a href="https://www.jcnews.test/jcrb/">{crumbs[1]}</a> &gt; <a href="https://www.jcnews.test/jingji/">{crumbs[2]}</a></div>
<div id="main">
  <div class="left">
    <h1 id="artibodyTitle">{title}</h1>
    <div class="paper">《江川日报》2024年06月03日 第 03 版</div>
    <div class="info"><span class="src">来源：{source}</span>　<span class="time">2024年06月03日 07:30</span></div>
    <div id="artibody">
{render(body, para="<p>　　{}</p>")}
    </div>
    <div class="bianji">编辑：黄小蔓　审核：秦立山</div>
    <div class="tools"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a> <a href="#top">返回顶部</a></div>
  </div>
  <div class="right">
    <div class="phb"><div class="hd">排行榜</div><ol>
{links(rank)}
    </ol></div>
  </div>
</div>
<div id="footer">江川新闻网版权所有 本网站所刊登的各种新闻、信息，未经协议授权，禁止下载使用<br />互联网新闻信息服务许可证：00000000000</div>
</body>
</html>
"""
    expected = record(
        url,
        article_id="030912345",
        title=title,
        source=source,
        published_at="2024-06-03T07:30:00+08:00",
        body=body,
        editor="黄小蔓",
        reviewer="秦立山",
        breadcrumbs=crumbs,
        category="经济新闻",
    )
    return Page("05-provincial-newspaper", url, page, expected)


# --- 06: city government portal, metadata table, counter script --------------------------------------------


def page_06() -> Page:
    url = "https://www.linjiang.gov.test/art/2024/4/17/art_1229_45678.html"
    title = "临江市启动2024年高标准农田建设项目"
    source = "市农业农村局"
    crumbs = ["首页", "政务公开", "部门动态"]
    counter = "/module/visitcount/visit.jsp?type=3&amp;i_webid=1&amp;webid=1&amp;columnid=1229&amp;id=45678"
    body: list[Block] = [
        "4月16日，临江市2024年高标准农田建设项目集中开工仪式在石塘镇举行。今年全市计划新建和改造提升高标准农田3.6万亩，"
        "总投资1.08亿元，涉及8个乡镇（街道）。",
        Sub("一、建设内容"),
        "项目主要包括土地平整、灌溉与排水、田间道路、农田防护与生态环境保持等工程。其中新建泵站12座、衬砌渠道86公里、"
        "机耕路54公里，项目区内灌溉保证率将提高到90%以上。",
        Sub("二、质量管理"),
        "市农业农村局实行项目法人制和工程监理制，对每个项目区明确一名技术人员驻点指导，建立“周巡查、月通报”制度。"
        "工程完工后，将邀请村民代表参与验收。",
        Sub("三、后续管护"),
        "按照“谁受益、谁管护”的原则，项目建成后移交所在村集体管护，市财政每年按每亩10元标准安排管护经费。",
    ]
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>临江市人民政府 部门动态 {title}</title>
<meta name="SiteName" content="临江市人民政府" />
<meta name="ColumnName" content="部门动态" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="2024-04-17" />
<link href="/images/gov_content.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="gov-head"><img src="/images/gov_banner.jpg" alt="临江市人民政府" /><span class="gh">浙ICP备00000000号</span></div>
<div class="gov-nav"><a href="/">首页</a><a href="/col/col1201/">政务公开</a><a href="/col/col1202/">政务服务</a><a href="/col/col1203/">互动交流</a></div>
<div class="position">您当前的位置：<a href="/">{crumbs[0]}</a> &gt; <a href="/col/col1201/">{crumbs[1]}</a> &gt; <a href="/col/col1229/">{crumbs[2]}</a></div>
<div class="main-box">
  <table class="xxgk-table" width="100%" border="0" cellspacing="1" cellpadding="0">
    <tr><td class="t">索引号：</td><td>001008003010/2024-45678</td><td class="t">发布机构：</td><td>临江市农业农村局</td></tr>
    <tr><td class="t">发布日期：</td><td>2024-04-17</td><td class="t">主题分类：</td><td>农业、林业、水利</td></tr>
    <tr><td class="t">文号：</td><td></td><td class="t">有效性：</td><td>有效</td></tr>
  </table>
  <div class="title-box">
    <h1 class="art-title">{title}</h1>
    <div class="art-info">信息来源：{source}　　浏览次数：<script language="javascript" src="{counter}"></script>　　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
  </div>
  <div id="zoom" class="art-content">
{render(body, para='<p style="text-indent:2em;">{}</p>', sub='<p style="text-indent:2em;"><strong>{}</strong></p>')}
  </div>
  <div class="art-tools"><a href="javascript:window.print()">【打印】</a>　<a href="javascript:window.close()">【关闭】</a></div>
</div>
<div class="gov-foot">主办：临江市人民政府办公室　承办：临江市大数据发展中心<br />网站标识码：0000000000　政府网站找错</div>
</body>
</html>
"""
    expected = record(
        url,
        article_id="45678",
        title=title,
        source=source,
        published_at="2024-04-17T00:00:00+08:00",
        body=body,
        counter_src=counter,
        breadcrumbs=crumbs,
        category="部门动态",
    )
    return Page("06-city-government-portal", url, page, expected)


# --- 07: ministry announcement (公告) -------------------------------------------------------------------------


def page_07() -> Page:
    url = "https://www.qgfzb.gov.test/zwgk/tzgg/202407/t20240702_58213.html"
    title = "国家轻工与纺织部关于公布2024年度纺织行业绿色工厂名单的公告"
    source = "科技质量司"
    crumbs = ["首页", "政务公开", "通知公告"]
    attachment = "2024年度纺织行业绿色工厂名单"
    body: list[Block] = [
        "根据《纺织行业绿色工厂评价通则》和《2024年度纺织行业绿色制造体系建设工作安排》，经企业自评、地方推荐、专家评审和"
        "网上公示等程序，确定了2024年度纺织行业绿色工厂名单（见附件），现予以公布。",
        "各地主管部门要加强对绿色工厂的动态管理，指导企业持续提升能源资源利用效率，发挥示范引领作用。对名单内企业出现重大安全、"
        "环境事故或弄虚作假的，将撤销其绿色工厂称号。",
        f"附件：{attachment}",
        "国家轻工与纺织部",
        "2024年6月28日",
    ]
    paras = render(body[:2], para='<p style="text-indent:2em">{}</p>')
    page = f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{title}_通知公告_国家轻工与纺织部</title>
<meta name="Keywords" content="绿色工厂,纺织">
<link rel="stylesheet" href="../../../../css/xl.css">
</head>
<body>
<div class="header"><div class="logo"><img src="../../../../images/logo.png" alt="国家轻工与纺织部"></div>
<div class="links"><a href="../../../../">首页</a><a href="../../../">政务公开</a><a href="../../../../bsfw/">办事服务</a><a href="../../../../hdjl/">互动交流</a></div></div>
<div class="crumb"><a href="../../../../">{crumbs[0]}</a><span>›</span><a href="../../../">{crumbs[1]}</a><span>›</span><a href="../../">{crumbs[2]}</a></div>
<div class="article">
  <h1 class="article-title">{title}</h1>
  <div class="article-meta"><span>发布时间：2024-07-02</span><span>来源：{source}</span><span class="share">分享：<i class="wx"></i><i class="wb"></i></span><span class="print"><a href="javascript:window.print()">打印</a></span></div>
  <div class="article-content">
    <div class="TRS_Editor">
{paras}
<p style="text-indent:2em">附件：<a href="./P020240702391205817346.xlsx">{attachment}</a></p>
<p style="text-align:right">{body[3]}</p>
<p style="text-align:right">{body[4]}</p>
    </div>
  </div>
  <div class="related-file"><span>【<a href="javascript:window.print()">打印本页</a>】</span><span>【<a href="javascript:window.close()">关闭窗口</a>】</span></div>
</div>
<div class="footer">国家轻工与纺织部 版权所有　京ICP备00000000号　网站标识码 bm00000000</div>
</body>
</html>
"""
    expected = record(
        url,
        article_id="t20240702_58213",
        title=title,
        source=source,
        published_at="2024-07-02T00:00:00+08:00",
        body=body,
        breadcrumbs=crumbs,
        category="通知公告",
    )
    return Page("07-ministry-announcement", url, page, expected)


# --- 08: university news page, 供稿单位 / 摄影 / 编辑 / 审核 -----------------------------------------------


def page_08() -> Page:
    url = "https://news.lcut.edu.test/info/1002/23456.htm"
    title = "我校学子在全国大学生智能农机创新设计大赛中获佳绩"
    source = "机械工程学院"
    crumbs = ["首页", "学院动态", "正文"]
    body: list[Block] = [
        "5月8日至10日，第六届全国大学生智能农机创新设计大赛决赛在北原农业大学举行。我校机械工程学院代表队的作品"
        "“丘陵山地果园自走式采摘辅助平台”获得一等奖，“基于视觉识别的茶叶嫩芽采摘装置”获得二等奖。",
        "本届大赛以“智慧农机 助力振兴”为主题，吸引了全国142所高校的600余件作品参赛，经过初赛和复赛，共有96件作品进入决赛。",
        Img("/__local/8/3B/2C/F0E1D2C3B4A5968778695A4B3C2_8D1E2F3A.jpg"),
        Cap("我校参赛学生在决赛现场进行作品展示"),
        "获得一等奖的作品由机械工程学院五名本科生历时一年完成。团队负责人、大三学生邱思彤介绍，平台可在30度以内的坡地上自主行驶，"
        "能为采摘人员提供升降作业平台和果筐转运，有效降低劳动强度。",
        Img("/__local/A/71/0E/6B5C4D3E2F1A0B9C8D7E6F5A4B3_1C2D3E4F.jpg"),
        Cap("获奖团队与指导教师合影"),
        "近年来，机械工程学院坚持以赛促学、以赛促教，建立了覆盖本科生各年级的创新实践项目体系，近三年学生在国家级学科竞赛中获奖120余项。",
    ]
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{title}-临川理工大学新闻网</title>
<meta name="description" content="5月8日至10日，第六届全国大学生智能农机创新设计大赛决赛在北原农业大学举行。">
<link rel="stylesheet" href="../../style/style.css">
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="top"><a href="https://www.lcut.edu.test/">学校首页</a> <a href="../../index.htm">新闻网首页</a></div>
<div class="banner"><img src="../../images/banner.jpg" alt=""></div>
<div class="nav"><a href="../../index.htm">首页</a><a href="../../ldyw.htm">理工要闻</a><a href="../../xydt.htm">学院动态</a><a href="../../mtlg.htm">媒体理工</a></div>
<div class="dqwz">当前位置：<a href="../../index.htm">{crumbs[0]}</a> &gt;&gt; <a href="../../xydt.htm">{crumbs[1]}</a> &gt;&gt; {crumbs[2]}</div>
<form name="_newscontent_fromname">
<div class="article">
  <h1 align="center">{title}</h1>
  <div class="info" align="center"><span>来源：{source}</span>&nbsp;&nbsp;<span>发布时间：2024年05月11日</span>&nbsp;&nbsp;<span>点击：2046</span></div>
  <div id="vsb_content"><div class="v_news_content">
{render(body, para='<p style="text-indent:2em;">{}</p>', img='<p style="text-align:center;"><img src="{}" width="600" vsbhref="vurl" vwidth="600" border="0"></p>')}
  </div></div>
  <div class="gaojian">
    <p>供稿单位：{source}</p>
    <p>文字：程雨桐　摄影：贺俊</p>
    <p>编辑：陶可　审核：孔令华</p>
  </div>
  <div class="prev-next">
    <p>上一条：<a href="23455.htm">学校召开2024年本科教学工作会议</a></p>
    <p>下一条：<a href="23441.htm">材料学院举办青年教师教学竞赛</a></p>
  </div>
</div>
</form>
<div class="foot">版权所有：临川理工大学　地址：临川市学府路1号　邮编：000000</div>
</body>
</html>
"""
    expected = record(
        url,
        article_id="23456",
        title=title,
        source=source,
        published_at="2024-05-11T00:00:00+08:00",
        body=body,
        clicks=2046,
        editor="陶可",
        reviewer="孔令华",
        breadcrumbs=crumbs,
        category="学院动态",
    )
    return Page("08-university-news", url, page, expected)


# --- 09: enterprise news page, 发布时间 and 浏览次数 in one line ------------------------------------------------


def page_09() -> Page:
    url = "https://www.hengtong-jx.test/news/show-1286.html"
    title = "恒通机械智能装配车间通过省级数字化车间认定"
    crumbs = ["首页", "新闻中心", "企业新闻"]
    body: list[Block] = [
        "近日，省经济和信息化厅公布了2024年度省级数字化车间名单，公司智能装配车间成功入选。这是公司继2022年获评省级绿色工厂之后"
        "获得的又一项省级荣誉。",
        "智能装配车间于2023年完成改造，引入了42台工业机器人和3条柔性装配线，建立了覆盖订单排产、物料配送、装配检测全过程的"
        "制造执行系统。改造完成后，车间生产效率提高了35%，产品一次交检合格率提升到99.2%，单位产值能耗下降了18%。",
        Img("/uploads/allimg/240620/1-240620095R1.jpg"),
        Cap("智能装配车间内，工业机器人正在进行零部件装配。"),
        "公司总经理乔建平表示，下一步公司将以数字化车间建设为基础，推进数字化工厂建设，把成功经验推广到机加工和涂装环节，"
        "不断提升企业核心竞争力。",
    ]
    lazy = f'<p align="center"><img class="lazy" src="/static/images/grey.gif" data-original="{{}}" alt="{title}"></p>'
    body_html = render(body, img=lazy, cap='<p align="center">{}</p>')
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}-企业新闻-临江恒通机械股份有限公司</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/css/style.css">
</head>
<body>
<header class="header">
  <div class="container"><a class="logo" href="/"><img src="/static/images/logo.png" alt="恒通机械"></a>
  <ul class="menu"><li><a href="/">首页</a></li><li><a href="/about/">关于恒通</a></li><li><a href="/product/">产品中心</a></li><li class="active"><a href="/news/">新闻中心</a></li><li><a href="/contact/">联系我们</a></li></ul>
  <span class="tel">服务热线：400-000-0000</span></div>
</header>
<div class="ny-banner" style="background-image:url(/static/images/news_banner.jpg)"><h2>新闻中心</h2><p>NEWS CENTER</p></div>
<div class="container">
  <div class="ny-pos">您的位置：<a href="/">{crumbs[0]}</a> / <a href="/news/">{crumbs[1]}</a> / <a href="/news/qiye/">{crumbs[2]}</a></div>
  <div class="row">
    <div class="col-md-3 ny-left">
      <h3>新闻中心</h3>
      <ul><li class="on"><a href="/news/qiye/">企业新闻</a></li><li><a href="/news/hangye/">行业动态</a></li><li><a href="/news/zhanhui/">展会信息</a></li></ul>
      <div class="contact-box"><h4>联系我们</h4><p>地址：临江市经济开发区工业大道18号</p><p>电话：0000-00000000</p></div>
    </div>
    <div class="col-md-9 ny-right">
      <div class="news-detail">
        <h1>{title}</h1>
        <div class="n-info">发布时间：2024-06-20 09:58:21 &nbsp;&nbsp; 浏览次数：1362</div>
        <div class="n-content">
{body_html}
        </div>
        <div class="n-page">
          <p>上一篇：<a href="/news/show-1279.html">公司参加2024中国国际机床展览会</a></p>
          <p>下一篇：<a href="/news/show-1291.html">公司开展安全生产月应急演练</a></p>
        </div>
      </div>
    </div>
  </div>
</div>
<footer class="footer">Copyright &copy; 2024 临江恒通机械股份有限公司 版权所有　浙ICP备00000000号</footer>
<script src="/static/js/jquery.lazyload.min.js"></script>
<script>$("img.lazy").lazyload({{effect: "fadeIn"}});</script>
</body>
</html>
"""
    expected = record(
        url,
        article_id="show-1286",
        title=title,
        source=None,
        published_at="2024-06-20T09:58:21+08:00",
        body=body,
        clicks=1362,
        breadcrumbs=crumbs,
        category="企业新闻",
    )
    return Page("09-enterprise-news", url, page, expected)


# --- 10: county media center (融媒体中心) -----------------------------------------------------------------------


def page_10() -> Page:
    url = "http://www.qsxrmt.test/html/2024/xzdt_0806/41265.html"
    title = "白沙镇高山蔬菜进入采收旺季"
    source = "青石县融媒体中心"
    crumbs = ["首页", "乡镇动态"]
    counter = "/plus/hits.php?aid=41265&amp;mid=1"
    body: list[Block] = [
        "连日来，白沙镇海拔800米以上的高山蔬菜基地进入采收旺季，菜农们抢抓晴好天气采收辣椒、四季豆和甘蓝，田间地头一片忙碌。",
        "在白沙镇云溪村蔬菜基地，村民们将刚采下的辣椒分拣装筐，一辆辆货车在路边等候装车。基地负责人薛长林告诉记者，"
        "今年基地种植高山辣椒600亩，亩产预计可达2500公斤，产品主要销往省城和周边城市的农贸市场。",
        Img("/d/file/xzdt/2024-08-06/5f3c2a1b9e.jpg"),
        Cap("云溪村村民在采收辣椒。"),
        "高山蔬菜错季上市，价格比平原地区高出两到三成。近年来，白沙镇采取“合作社+基地+农户”模式，统一品种、统一技术、统一销售，"
        "目前全镇高山蔬菜种植面积达到1.2万亩，带动1800余户农户增收。",
        "白沙镇党委副书记龙婷介绍，镇里正在建设一座容量2000吨的冷链仓储中心，建成后可延长蔬菜销售期，进一步提高产品附加值。",
    ]
    related = [
        Rel("/html/2024/xzdt_0730/41120.html", "青石县启动高山蔬菜品牌推广季", note="2024-07-30"),
        Rel("/html/2024/xzdt_0722/40987.html", "云溪村：小辣椒做成大产业", note="2024-07-22"),
        Rel(
            "http://www.qsxrmt.test/html/2024/xwzx_0715/40860.html",
            "我县新建冷链仓储设施12处",
            note="2024-07-15",
        ),
    ]
    rows = "\n".join(
        f'<tr><td class="dot">·</td><td><a href="{r.href}" target="_blank">{esc(r.title)}</a></td><td class="d">{r.note}</td></tr>'
        for r in related
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}_青石新闻网</title>
<link href="/skin/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><img src="/skin/images/top.jpg" alt="青石新闻网 青石县融媒体中心主办" /></div>
<div class="menu"><a href="/">首页</a><a href="/html/xwzx/">青石要闻</a><a href="/html/xzdt/">乡镇动态</a><a href="/html/bmdt/">部门动态</a><a href="/html/sp/">视频青石</a></div>
<div class="wz">当前位置：<a href="/">{crumbs[0]}</a> - <a href="/html/xzdt/">{crumbs[1]}</a></div>
<div class="main">
  <div class="biaoti">{title}</div>
  <div class="info">来源：{source}　作者：记者 胡一帆　发布时间：2024.08.06　点击：<script type="text/javascript" src="{counter}"></script></div>
  <div class="video"><video src="/d/file/xzdt/2024-08-06/shucai.mp4" controls poster="/d/file/xzdt/2024-08-06/shucai_poster.jpg"></video></div>
  <div class="neirong">
{render(body, para="<p>　　{}</p>", img='<p style="text-align: center;"><img alt="" src="{}" style="width: 600px;" /></p>')}
  </div>
  <div class="zbxx">责编：余小溪　终审：谢东</div>
  <div class="fenxiang">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
  <div class="xgxw">
    <div class="xgxw-t">相关新闻</div>
    <table width="100%" cellpadding="0" cellspacing="0">
{rows}
    </table>
  </div>
</div>
<div class="foot">主办：青石县融媒体中心　联系电话：0000-0000000<br />本网站所有内容未经许可不得转载</div>
</body>
</html>
"""
    expected = record(
        url,
        article_id="41265",
        title=title,
        source=source,
        published_at="2024-08-06T00:00:00+08:00",
        body=body,
        counter_src=counter,
        editor="余小溪",
        reviewer="谢东",
        breadcrumbs=crumbs,
        category="乡镇动态",
        related=related,
    )
    return Page("10-county-media-center", url, page, expected)


# --- 11: industry association ------------------------------------------------------------------------------


def page_11() -> Page:
    url = "https://www.zhuxiehui.test/hyzx/hydt/2024-03-29/2187.html"
    title = "第三届竹产业创新发展论坛在安平举行"
    source = "竹业周刊"
    crumbs = ["协会首页", "行业资讯", "行业动态"]
    body: list[Block] = [
        "3月27日至28日，由中华竹产业协会主办的第三届竹产业创新发展论坛在安平县举行。来自科研院所、竹加工企业和地方林业部门的"
        "320余名代表参加论坛，围绕“以竹代塑”和竹材高值化利用展开交流。",
        "协会会长任国栋在致辞中说，我国竹资源丰富，竹产业总产值已超过4300亿元，但仍存在精深加工能力不足、品牌影响力不强等问题。"
        "推动“以竹代塑”，需要在标准制定、技术创新和市场推广上协同发力。",
        "论坛期间，协会发布了《竹制日用品替代塑料制品指南（试行）》团体标准，涵盖竹制餐具、竹纤维包装材料等6类产品的技术要求。"
        "12家企业现场签署了“以竹代塑”行动倡议书。",
        "安平县副县长柏雪梅介绍，全县现有竹林面积46万亩，竹加工企业210家，年产值约38亿元。近年来，县里建设了竹产业园和"
        "竹材交易中心，引进竹纤维新材料项目4个。",
        "下一届论坛将于2025年在南方竹区举办。",
    ]
    related = [
        Rel("../2024-03-12/2150.html", "协会召开2024年度标准化工作会议", note="2024-03-12"),
        Rel(
            "/hyzx/zcfg/2024-02-26/2098.html", "关于加快推进竹产业高质量发展的若干意见解读", note="2024-02-26"
        ),
    ]
    latest = [
        ("/hyzx/hydt/2024-03-28/2181.html", "竹纤维新材料产业联盟在江南成立"),
        ("/xhdt/2024-03-25/2175.html", "协会第五届理事会第三次会议召开"),
        ("/hyzx/hydt/2024-03-20/2166.html", "一季度竹地板出口同比回升"),
    ]
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title} - 中华竹产业协会</title>
<link rel="stylesheet" href="/templets/zhu/css/main.css">
</head>
<body>
<div class="head"><div class="logo"><img src="/templets/zhu/images/logo.png" alt="中华竹产业协会"></div>
<ul class="nav"><li><a href="/">协会首页</a></li><li><a href="/xhgk/">协会概况</a></li><li><a href="/hyzx/">行业资讯</a></li><li><a href="/hyfw/">会员服务</a></li><li><a href="/bzgz/">标准工作</a></li></ul></div>
<div class="location"><span>您所在的位置：</span><a href="/">{crumbs[0]}</a> &gt; <a href="/hyzx/">{crumbs[1]}</a> &gt; <a href="/hyzx/hydt/">{crumbs[2]}</a></div>
<div class="container">
  <div class="con-left">
    <h2 class="art-h">{title}</h2>
    <p class="info">信息来源：{source}　　发布日期：2024/3/29　　浏览：<span>587</span>次</p>
    <div class="art-body">
{render(body, para='<p style="text-indent: 2em;">{}</p>')}
    </div>
    <div class="xgyd">
      <h3>相关阅读</h3>
      <ol>
{chr(10).join(f'        <li><a href="{r.href}">{esc(r.title)}</a> ({r.note})</li>' for r in related)}
      </ol>
    </div>
  </div>
  <div class="con-right">
    <div class="side-box"><h3>最新动态</h3><ul>
{links(latest)}
    </ul></div>
    <div class="side-box"><h3>会员风采</h3><a href="/hyfc/"><img src="/uploads/hyfc/banner01.jpg" alt="会员风采"></a></div>
  </div>
</div>
<div class="foot">中华竹产业协会 版权所有　地址：北原市林业大厦6层</div>
</body>
</html>
"""
    expected = record(
        url,
        article_id="2187",
        title=title,
        source=source,
        published_at="2024-03-29T00:00:00+08:00",
        body=body,
        clicks=587,
        breadcrumbs=crumbs,
        category="行业动态",
        related=related,
    )
    return Page("11-industry-association", url, page, expected)


# --- 12: tech media site, avatar, tags, 阅读 1.2万 ------------------------------------------------------------


def page_12() -> Page:
    url = "https://www.jikeqianyan.test/p/2024081558102.html"
    title = "国产协作机器人出货量上半年同比增长近四成，价格战下谁能跑出来？"
    body: list[Block] = [
        "协作机器人正在从“尝鲜”走向“普及”。据研究机构智研观察统计，今年上半年国产协作机器人出货量约为1.9万台，同比增长39%，"
        "在国内市场的份额已超过七成。",
        "出货量增长的背后，是价格的快速下探。一家协作机器人企业的销售负责人向极客前沿透露，目前负载5公斤级的主流产品报价"
        "已普遍降到5万元以内，比三年前下降了将近一半。",
        Img("https://img.jikeqianyan.test/2024/08/15/cobot-line.png!w800"),
        Cap("图：某汽车零部件工厂内，协作机器人正在进行螺丝锁付作业"),
        "价格下降让更多中小工厂用得起机器人。在临江一家电子元器件厂，12台协作机器人替代了原来的手工插件工位。"
        "工厂负责人算了一笔账：设备投入约70万元，按两班倒计算，不到一年半就能收回成本。",
        Sub("低价之后拼什么"),
        "不过，低价竞争也让不少企业陷入亏损。业内人士认为，单纯比拼硬件价格难以持续，能否在工艺包、行业解决方案和售后服务上"
        "形成差异化，将决定谁能在下一轮洗牌中留下来。",
        "智研观察预计，全年国产协作机器人出货量有望突破4万台，新能源、3C电子和医疗康复将是增长最快的应用领域。",
    ]
    related = [
        Rel(
            "/p/2024080957633.html",
            "工业机器人减速器国产化率突破五成",
            "谐波减速器和RV减速器的国产化进程明显加快，头部企业订单排到了年底",
        ),
        Rel(
            "https://www.jikeqianyan.test/p/2024073156120.html",
            "走进一家“黑灯工厂”：夜里谁在干活？",
            "凌晨两点，车间里没有开灯，几十台机器人仍在有条不紊地工作。",
        ),
        Rel(
            "//www.jikeqianyan.test/p/2024072255318.html",
            "具身智能融资热：半年发生40余起",
            "资本正在涌向具身智能赛道，但商业化落地仍需时间",
        ),
    ]
    ellipsis = ["...", "", "..."]
    cards = "\n".join(
        f'      <a class="card" href="{r.href}"><img src="https://img.jikeqianyan.test/thumb/{i}.jpg" alt="">'
        f'<h4>{esc(r.title)}</h4><p class="excerpt">{esc(r.summary or "")}{ellipsis[i]}</p></a>'
        for i, r in enumerate(related)
    )
    hot = [
        ("/p/2024081558077.html", "一文看懂新型储能的技术路线"),
        ("/p/2024081458012.html", "手机厂商扎堆造车，这次有何不同"),
        ("/p/2024081357960.html", "国产操作系统装机量再创新高"),
    ]
    fig = '<figure class="image"><img src="{}" alt="协作机器人"><figcaption>{}</figcaption></figure>'
    parts = []
    for i, block in enumerate(body):
        if isinstance(block, Img):
            cap = body[i + 1]
            assert isinstance(cap, Cap)
            parts.append("      " + fig.format(block.src, esc(cap.text)))
        elif isinstance(block, Cap):
            continue
        elif isinstance(block, Sub):
            parts.append(f"      <h2>{esc(block.text)}</h2>")
        else:
            parts.append(f"      <p>{esc(block)}</p>")
    body_html = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title} | 极客前沿</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="article:author" content="林潇潇">
<link rel="stylesheet" href="https://static.jikeqianyan.test/app.5c1e9a.css">
</head>
<body>
<header class="site-header"><a href="/" class="brand">极客前沿</a>
<nav><a href="/">首页</a><a href="/c/ai">人工智能</a><a href="/c/zhizao" class="active">智能制造</a><a href="/c/xinnengyuan">新能源</a><a href="/newsflash">快讯</a></nav>
<a class="btn-login" href="/login">登录</a></header>
<main class="layout">
  <article class="post">
    <a class="post-cat" href="/c/zhizao">智能制造</a>
    <h1 class="post-title">{title}</h1>
    <div class="post-meta">
      <a class="author" href="/u/linxiaoxiao"><img class="avatar" src="https://img.jikeqianyan.test/avatar/u1024.jpg" alt="林潇潇"><span class="name">林潇潇</span></a>
      <span class="author-desc">资深产业记者</span>
      <time datetime="2024-08-15T14:20:00+08:00">2024-08-15 14:20</time>
      <span class="views">阅读 1.2万</span>
    </div>
    <div class="post-summary"><strong>导语：</strong>上半年国产协作机器人出货量约1.9万台，同比增长39%，但行业均价已跌破5万元。</div>
    <div class="post-content">
{body_html}
    </div>
    <p class="post-copyright">本文为极客前沿原创，转载请注明出处。</p>
    <p class="post-editor">编辑：吕思远</p>
    <div class="post-tags"><a href="/tag/协作机器人">#协作机器人</a><a href="/tag/智能制造">#智能制造</a><a href="/tag/工业自动化">#工业自动化</a></div>
    <div class="post-actions"><button class="like">点赞 268</button><button class="fav">收藏</button><button class="share">分享</button></div>
    <section class="post-related">
      <h3>推荐阅读</h3>
{cards}
    </section>
  </article>
  <aside class="sidebar">
    <div class="widget"><h3>24小时热文</h3><ol>
{links(hot, '<li><a href="{}">{}</a></li>')}
    </ol></div>
    <div class="widget ad"><span class="ad-tag">广告</span><img src="https://static.jikeqianyan.test/ad/sidebar.jpg" alt=""></div>
  </aside>
</main>
<footer>&copy; 2024 极客前沿　关于我们 · 加入我们 · 商务合作</footer>
</body>
</html>
"""
    expected = record(
        url,
        article_id="2024081558102",
        title=title,
        source=None,
        published_at="2024-08-15T14:20:00+08:00",
        body=body,
        clicks=None,
        editor="吕思远",
        related=related,
    )
    return Page("12-tech-media", url, page, expected)


# --- 13: info line below the body, 出处 ------------------------------------------------------------------------


def page_13() -> Page:
    url = "http://www.guoshuxun.test/news/20240904/n2315.html"
    title = "南岭脐橙挂果情况良好 今年产量有望增长两成"
    source = "南方果蔬报"
    crumbs = ["首页", "产地行情", title]
    body: list[Block] = [
        "眼下，南岭山区的脐橙进入果实膨大期，果园里一片青翠，枝头挂满了拳头大小的青果。据当地农业部门初步测算，"
        "今年南岭脐橙产量有望达到62万吨，比去年增长两成左右。",
        "去年受春季低温影响，南岭脐橙坐果率偏低，产量有所减少。今年开花期天气晴好，加上果农普遍采用了疏花保果和水肥一体化技术，"
        "挂果情况明显好于去年。",
        "在平溪乡的一处果园，种植户钟明亮正在给果树套袋。他说，套袋能减少病虫害和日灼，果面更光洁，收购价每斤能高出两三毛钱。",
        "当地果业部门提醒，近期高温少雨，果农要做好抗旱保果工作，同时严禁提前采摘和违规催熟，确保果品质量。"
        "预计今年南岭脐橙将于10月下旬开始上市。",
    ]
    related = [
        Rel("/news/20240828/n2287.html", "脐橙果园夏季管理要点", note="08-28"),
        Rel("/news/20240821/n2260.html", "南方柑橘产区高温干旱 多地启动抗旱措施", note="08-21"),
    ]
    rank = [
        ("/news/20240903/n2309.html", "9月3日全国主要批发市场水果价格"),
        ("/news/20240902/n2301.html", "猕猴桃上市季来临 产地价格小幅走高"),
        ("/news/20240830/n2294.html", "葡萄销售进入尾声"),
    ]
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}-中国果蔬讯</title>
<link rel="stylesheet" href="/css/news.css">
</head>
<body>
<div class="top"><a href="/">中国果蔬讯</a> <a href="/news/">资讯</a> <a href="/price/">行情</a> <a href="/supply/">供求</a></div>
<div class="crumb"><a href="/">{crumbs[0]}</a> &gt; <a href="/news/cdhq/">{crumbs[1]}</a> &gt; <span>{title}</span></div>
<div class="main clearfix">
  <div class="art">
    <h1>{title}</h1>
    <div class="art-text">
{render(body)}
    </div>
    <div class="art-info">出处：{source}　　发布时间：2024年09月04日 10:12　　责任编辑：孟小雨</div>
    <div class="art-share">分享到：<a href="#">微信</a> <a href="#">QQ</a> <a href="#">微博</a></div>
    <div class="art-related">
      <div class="hd">相关新闻</div>
      <ul>
{chr(10).join(f'        <li><span class="d">{r.note}</span><a href="{r.href}">{esc(r.title)}</a></li>' for r in related)}
      </ul>
    </div>
  </div>
  <div class="side">
    <div class="mod"><div class="hd">热门排行</div><ul>
{links(rank)}
    </ul></div>
  </div>
</div>
<div class="foot">中国果蔬讯 版权所有　转载请注明来源</div>
</body>
</html>
"""
    expected = record(
        url,
        article_id="n2315",
        title=title,
        source=source,
        published_at="2024-09-04T10:12:00+08:00",
        body=body,
        editor="孟小雨",
        breadcrumbs=crumbs,
        category="产地行情",
        related=related,
    )
    return Page("13-info-below-body", url, page, expected)


# --- 14: newspaper page with pre-title (引题) and subtitle (副题) -----------------------------------------------


def page_14() -> Page:
    url = "https://www.beijiangnews.test/content/2024-10/08/content_7712345.html"
    pretitle = "节水灌溉覆盖率提高到七成"
    title = "河套灌区今年秋浇用水量减少一成"
    subtitle = "——北疆推进现代化灌区建设见闻"
    source = "北疆日报"
    crumbs = ["首页", "经济", "农牧"]
    body: list[Block] = [
        "10月上旬，河套灌区秋浇工作全面展开。与往年大水漫灌不同，今年灌区内越来越多的农田用上了滴灌和畦灌，"
        "渠道里的水通过计量设施精准流进田间。",
        "灌区管理局统计，今年秋浇计划引水量比去年减少约一成，而灌溉面积基本持平。节水灌溉面积占比已提高到七成，"
        "比五年前提高了25个百分点。",
        Img("../../../images/2024-10/08/7712345_1.jpg"),
        Cap("灌区农民在查看滴灌设备运行情况。白静怡摄"),
        "临河区农户杜永强今年种了80亩玉米，全部用上了浅埋滴灌。“以前浇一次地要守一整夜，现在手机上就能控制阀门，用水少了，"
        "产量还高了。”他说，今年玉米亩产预计能达到950公斤。",
        "近年来，北疆加快推进大中型灌区续建配套和现代化改造，完成骨干渠道衬砌1200多公里，新建量水设施3600余处。"
        "灌区管理局负责人表示，明年将继续扩大高效节水灌溉面积，推动农业用水总量稳中有降。",
    ]
    related = [
        Rel(
            "https://www.beijiangnews.test/content/2024-09/26/content_7698810.html",
            "北疆秋收进度过半 粮食生产再获丰收",
        ),
        Rel("/content/2024-09/12/content_7681342.html", "浅埋滴灌技术推广面积突破千万亩"),
    ]
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}_北疆新闻网</title>
<meta name="description" content="{pretitle} {title}">
<link rel="stylesheet" href="../../../css/content.css">
</head>
<body>
<div class="header"><img src="../../../images/logo.png" alt="北疆新闻网"><div class="date">2024年10月8日 星期二</div></div>
<div class="nav_path"><a href="../../../">{crumbs[0]}</a> &gt; <a href="../../../jingji/">{crumbs[1]}</a> &gt; <a href="../../../jingji/nongmu/">{crumbs[2]}</a></div>
<div class="content-main">
  <h3 class="yinti">{pretitle}</h3>
  <h1>{title}</h1>
  <h2 class="futi">{subtitle}</h2>
  <div class="author">本报记者　白静怡</div>
  <div class="info">2024-10-08 06:55　文章来源：{source}</div>
  <div class="text" id="articleText">
{render(body, para="<p>　　{}</p>", img='<p align="center"><img src="{}" border="0"></p>', cap='<p align="center"><font color="#0000ff">{}</font></p>')}
  </div>
  <div class="zbj">责任编辑：潘雨晴</div>
  <div class="xgyd"><h4>相关阅读</h4>
{chr(10).join(f'    <p><a href="{r.href}" target="_blank">{esc(r.title)}</a></p>' for r in related)}
  </div>
</div>
<div class="footer">北疆日报社主办　版权所有 北疆新闻网</div>
</body>
</html>
"""
    expected = record(
        url,
        article_id="content_7712345",
        title=title,
        source=source,
        published_at="2024-10-08T06:55:00+08:00",
        body=body,
        editor="潘雨晴",
        breadcrumbs=crumbs,
        category="农牧",
        related=related,
    )
    return Page("14-pretitle-subtitle", url, page, expected)


# --- 15: old GBK page, <font> tables, no charset declaration ----------------------------------------------


def page_15() -> Page:
    url = "http://www.xnnyxx.test/Article/HTML/8815.html"
    title = "油菜冬前田间管理技术要点"
    source = "县农技推广站"
    crumbs = ["首页", "科技兴农", "种植技术"]
    body: list[Block] = [
        "当前油菜已进入苗期，冬前管理的重点是促进壮苗越冬，为来年高产打好基础。各地要根据苗情，因地制宜抓好以下几项措施。",
        "一、及时间苗定苗。直播油菜在三叶期前后间苗，五叶期定苗，每亩留苗1.5万至2万株，做到去弱留壮、去密补稀。",
        "二、追施苗肥。对长势偏弱的田块，每亩追施尿素5公斤左右；缺硼田块每亩用硼砂100克兑水50公斤叶面喷施。",
        "三、清沟排渍。冬季雨水较多的地区要及时清理“三沟”，做到沟沟相通、雨停田干，防止渍害发生。",
        "四、防治病虫草害。重点防治菜青虫、蚜虫，田间杂草较多的田块可在油菜四至五叶期选用对路除草剂进行茎叶处理。",
        "五、培土壅根。结合中耕，在12月中旬前完成培土壅根，提高植株抗寒能力。",
    ]
    related = [
        Rel("/Article/HTML/8790.html", "小麦冬前化学除草技术", note="2012-10-30"),
        Rel("/Article/HTML/8702.html", "秋冬种生产技术指导意见", note="2012-10-12"),
    ]
    rows = "\n".join(
        f'<tr><td height="22"><font size="2">·<a href="{r.href}" target="_blank">{esc(r.title)}</a></font></td>'
        f'<td width="90"><font size="2" color="#999999">{r.note}</font></td></tr>'
        for r in related
    )
    paras = render(body, para="<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>")
    page = f"""<html>
<head>
<title>{title}--西南农业信息网</title>
<link href="/Skin/Default.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0" bgcolor="#FFFFFF">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/Skin/top_banner.gif" width="778" height="90"></td></tr>
<tr><td bgcolor="#2E7D32" height="26"><font color="#FFFFFF" size="2">&nbsp;<a href="/"><font color="#FFFFFF">首页</font></a> | <a href="/Article/Class_1.html"><font color="#FFFFFF">农业新闻</font></a> | <a href="/Article/Class_3.html"><font color="#FFFFFF">科技兴农</font></a> | <a href="/Article/Class_5.html"><font color="#FFFFFF">市场行情</font></a></font></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="28"><font size="2">当前位置：<a href="/">{crumbs[0]}</a> → <a href="/Article/Class_3.html">{crumbs[1]}</a> → <a href="/Article/Class_31.html">{crumbs[2]}</a></font></td></tr>
</table>
<table width="778" border="1" align="center" cellpadding="6" cellspacing="0" bordercolor="#CCCCCC" style="border-collapse:collapse">
<tr><td align="center" height="50"><font color="#CC0000" size="4"><b>{title}</b></font></td></tr>
<tr><td align="center" bgcolor="#F5F5F5"><font size="2" color="#666666">来源于：{source}&nbsp;&nbsp;作者：农技站&nbsp;&nbsp;发布时间：2012-11-6 9:05:33&nbsp;&nbsp;点击数：<font color="#FF0000">1288</font></font></td></tr>
<tr><td style="line-height:180%"><font style="font-size:14px">
{paras}
</font></td></tr>
<tr><td align="right"><font size="2">【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</font></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="26" bgcolor="#E8F5E9"><font size="2"><b>相关文章</b></font></td><td bgcolor="#E8F5E9"></td></tr>
{rows}
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center"><font size="2">西南农业信息网 版权所有 &copy; 2004-2012<br>建议使用1024*768分辨率浏览</font></td></tr>
</table>
</body>
</html>
"""
    expected = record(
        url,
        article_id="8815",
        title=title,
        source=source,
        published_at="2012-11-06T09:05:33+08:00",
        body=body,
        clicks=1288,
        breadcrumbs=crumbs,
        category="种植技术",
        related=related,
    )
    return Page("15-old-gbk-font-tables", url, page, expected, encoding="gbk", newline="\r\n")


# --- 16: traditional-character Hong Kong / Taiwan-style page ---------------------------------------------


def page_16() -> Page:
    url = "https://www.gangcheng-daily.test/news/20241112/00176_042.html"
    title = "港城物流园区启用自动化冷链仓 年处理能力达三十万吨"
    source = "港城经济日报"
    editor = "陆嘉欣"
    crumbs = ["首页", "财经", "产业"]
    body: list[Block] = [
        "港城物流园区自动化冷链仓库昨日正式启用。仓库总建筑面积约4.2万平方米，设有零下25度至零上15度多个温区，"
        "年处理能力达30万吨，主要服务进口肉类、水产品和水果的仓储与分拨。",
        "运营方港城供应链集团总经理梁子健表示，仓库采用了自动化立体货架和穿梭车系统，货物入库、存储和出库全程由系统调度，"
        "作业效率比传统冷库提高约两倍，人手需求则减少六成。",
        Img("/images/2024/11/12/lengku_a.jpg"),
        Cap("新启用的自动化冷链仓库内部。"),
        "集团数据显示，今年前十个月，园区冷链货物处理量同比增长17%，其中来自东南亚的水果增幅最大。新仓库启用后，"
        "园区冷链总库容将增加约一半。",
        "业界人士认为，冷链物流需求持续增长，但土地和人力成本较高，自动化是冷库发展的主要方向。",
        "（完）",
    ]
    related = [
        Rel("/news/20241105/00171_018.html", "港城前十月港口货物吞吐量增长6%"),
        Rel("/news/20241029/00165_033.html", "冷链物流人才缺口扩大 业界吁加强培训"),
    ]
    hot = [
        ("/news/20241112/00176_011.html", "本港零售业销售额回升"),
        ("/news/20241111/00175_027.html", "机场货运量创新高"),
    ]
    t = S2TW.convert  # Taiwan-standard characters (啟, 為, 梁)
    page = f"""<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<title>{t(title)} | {t(source)}</title>
<link rel="stylesheet" href="/assets/css/news.css">
</head>
<body>
<div class="masthead"><a href="/"><img src="/assets/img/masthead.png" alt="{t(source)}"></a><span class="today">{t("二〇二四年十一月十二日 星期二")}</span></div>
<div class="breadcrumb"><a href="/">{t(crumbs[0])}</a> &gt; <a href="/finance/">{t(crumbs[1])}</a> &gt; <a href="/finance/industry/">{t(crumbs[2])}</a></div>
<div class="article-wrap">
  <h1 class="headline">{t(title)}</h1>
  <div class="meta"><span class="date">2024/11/12 17:40</span>　<span class="from">{t("来源：")}{t(source)}</span></div>
  <div class="article-body">
{render(body, para="<p>{}</p>", img='<div class="photo"><img src="{}" alt=""></div>', cap='<p class="photo-caption">{}</p>', conv=t)}
  </div>
  <p class="editor">{t("责任编辑：")}{t(editor)}</p>
  <div class="share">{t("分享：")}<a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">LINE</a></div>
  <div class="more">
    <h3>{t("延伸阅读")}</h3>
    <ul>
{chr(10).join(f'      <li><a href="{r.href}">{esc(t(r.title))}</a></li>' for r in related)}
    </ul>
  </div>
</div>
<div class="sidebar"><h3>{t("热门排行")}</h3><ol>
{links([(h, t(x)) for h, x in hot])}
</ol></div>
<div class="footer">{t("版权所有")} &copy; {t(source)}</div>
</body>
</html>
"""
    expected = record(
        url,
        article_id="00176_042",
        title=title,
        source=source,
        published_at="2024-11-12T17:40:00+08:00",
        body=body,
        editor=editor,
        breadcrumbs=crumbs,
        category="产业",
        related=related,
    )
    texts = [
        title,
        source,
        editor,
        *crumbs,
        *(b if isinstance(b, str) else b.text for b in body if not isinstance(b, Img)),
        *(r.title for r in related),
    ]
    return Page("16-traditional-chinese", url, page, expected, simplified_of_page=texts)


# --- 17: mobile (m.) page ---------------------------------------------------------------------------------


def page_17() -> Page:
    url = "https://m.dongnanxun.test/news/a/2024112510345.html"
    title = "东南沿海首个海上风电运维母港投入运营"
    source = "东南商报"
    body: list[Block] = [
        "11月24日，东南沿海首个海上风电运维母港在石湾港区投入运营。母港建有运维码头、备品备件仓库和运维人员培训基地，"
        "可同时为周边海域12个海上风电场提供运维服务。",
        "据介绍，随着海上风电场数量增加、离岸距离越来越远，运维工作对专业码头和运维船舶的需求日益迫切。过去，运维船只能临时停靠渔港，"
        "补给和备件转运都不方便。",
        Img("https://img.dongnanxun.test/m/2024/1125/wf01.jpg"),
        Cap("运维船停靠在新投运的运维母港码头。"),
        "母港运营方负责人许航说，母港投运后，运维船单次出海的准备时间可以从原来的6小时缩短到2小时左右，每年可为风电场减少"
        "停机损失约8000万元。",
        "目前，东南沿海海上风电并网装机容量已超过900万千瓦。按照规划，到2027年这一数字将达到1500万千瓦，运维市场规模将持续扩大。",
    ]
    related = [
        Rel("/news/a/2024112010211.html", "海上风电运维船国产化加快", note="东南商报 11-20"),
        Rel("/news/a/2024111809987.html", "石湾港区前三季度吞吐量增长9%", note="东南财经 11-18"),
    ]
    placeholder = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
    lazy = f'<p class="img-box"><img src="{placeholder}" data-src="{{}}" class="lazy" alt=""></p>'
    items = "\n".join(
        f'    <li><a href="{r.href}"><img class="thumb" data-src="https://img.dongnanxun.test/m/thumb/{i}.jpg" src="{placeholder}" alt="">'
        f'<div class="t">{esc(r.title)}</div><p class="meta">{r.note}</p></a></li>'
        for i, r in enumerate(related)
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{title}_东南讯</title>
<link rel="canonical" href="https://www.dongnanxun.test/news/a/2024112510345.html">
<link rel="stylesheet" href="https://m.dongnanxun.test/static/m.css">
</head>
<body>
<header class="m-head"><a class="back" href="javascript:history.back()">返回</a><a class="logo" href="/">东南讯</a><a class="open-app" href="dongnanxun://article/2024112510345">打开APP</a></header>
<div class="m-channel"><a href="/">推荐</a><a href="/caijing/" class="on">财经</a><a href="/keji/">科技</a><a href="/bendi/">本地</a></div>
<article class="m-article">
  <h1 class="m-title">{title}</h1>
  <div class="m-info"><span class="src">{source}</span><span class="time">2024-11-25 10:12</span><span class="read">阅读 3265</span></div>
  <div class="m-content" id="content" style="max-height:1200px;overflow:hidden">
{render(body, img=lazy, cap='<p class="img-note">{}</p>')}
  </div>
  <div class="m-expand"><span>展开全文</span></div>
  <p class="m-editor">责任编辑：施雨桐</p>
  <div class="m-openapp">打开东南讯APP，阅读体验更佳</div>
  <div class="m-ad"><span>广告</span><img src="https://ad.dongnanxun.test/m/640x200_car.jpg" alt=""></div>
</article>
<section class="m-rel">
  <h2>相关新闻</h2>
  <ul>
{items}
  </ul>
</section>
<section class="m-cmt"><h2>热门评论</h2><div class="c"><span class="u">网友8820</span><p>希望早日实现风电全覆盖。</p><span class="ct">11-25 11:02</span></div></section>
<nav class="m-tabbar"><a href="/">首页</a><a href="/video/">视频</a><a href="/my/">我的</a></nav>
<script src="https://m.dongnanxun.test/static/lazy.js"></script>
</body>
</html>
"""
    expected = record(
        url,
        article_id="2024112510345",
        title=title,
        source=source,
        published_at="2024-11-25T10:12:00+08:00",
        body=body,
        clicks=3265,
        editor="施雨桐",
        related=related,
    )
    return Page("17-mobile-m-page", url, page, expected)


# --- 18: AMP-like page ------------------------------------------------------------------------------------


def page_18() -> Page:
    url = "https://www.caixunwang.test/amp/news/1109876.html"
    title = "前10月新设经营主体同比增长8.6% 服务业占比超八成"
    source = "财讯社"
    crumbs = ["首页", "宏观"]
    body: list[Block] = [
        "记者12月2日从市场监管部门获悉，今年前10个月，全国新设经营主体2470万户，同比增长8.6%。其中新设企业710万户，"
        "新设个体工商户1750万户。",
        "从产业分布看，第三产业新设经营主体2010万户，占比81.4%。信息传输、软件和信息技术服务业，租赁和商务服务业增速居前，"
        "分别增长21.3%和15.7%。",
        Img("https://img.caixunwang.test/2024/12/03/market-entities.jpg"),
        Cap("一家政务服务中心内，工作人员为申请人办理登记业务。"),
        "从区域看，中西部地区新设经营主体增速快于东部地区。市场监管部门相关负责人表示，将继续深化登记注册便利化改革，"
        "推动更多事项“一网通办”，进一步激发经营主体活力。",
    ]
    related = [
        Rel("/amp/news/1108341.html", "10月份制造业采购经理指数回升至扩张区间"),
        Rel("/amp/news/1107220.html", "个体工商户发展环境持续改善"),
    ]
    amp_img = '<amp-img src="{}" width="800" height="533" layout="responsive" alt=""></amp-img>'
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": "2024-12-03T09:30:00+08:00",
            "publisher": {"@type": "Organization", "name": "财讯网"},
        },
        ensure_ascii=False,
    )
    page = f"""<!doctype html>
<html ⚡ lang="zh-CN">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.test/v0.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.test/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.test/v0/amp-ad-0.1.js"></script>
<title>{title} - 财讯网</title>
<link rel="canonical" href="https://www.caixunwang.test/news/1109876.html">
<meta name="viewport" content="width=device-width">
<script type="application/ld+json">{ld}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>.crumbs{{font-size:13px}}.meta{{color:#888}}</style>
</head>
<body>
<header class="bar"><a href="https://www.caixunwang.test/amp/">财讯网</a></header>
<nav class="crumbs"><a href="/amp/">{crumbs[0]}</a> / <a href="/amp/hongguan/">{crumbs[1]}</a></nav>
<article>
  <h1>{title}</h1>
  <div class="meta"><time datetime="2024-12-03T01:30:00+00:00">2024年12月3日</time> <span class="source">来源：{source}</span></div>
  <amp-ad width="320" height="100" type="adsense" data-ad-client="ca-pub-0000" data-ad-slot="1234"></amp-ad>
  <div class="article-body">
{render(body, img=amp_img, cap='<p class="caption">{}</p>')}
  </div>
  <p class="editor">编辑：薛宁</p>
  <div class="share"><amp-social-share type="wechat" width="32" height="32"></amp-social-share><amp-social-share type="weibo" width="32" height="32"></amp-social-share></div>
  <section class="more">
    <h2>延伸阅读</h2>
    <ul>
{chr(10).join(f'      <li><a href="{r.href}">{esc(r.title)}</a></li>' for r in related)}
    </ul>
  </section>
</article>
<footer>&copy; 财讯网 <a href="https://www.caixunwang.test/news/1109876.html">查看完整版</a></footer>
</body>
</html>
"""
    expected = record(
        url,
        article_id="1109876",
        title=title,
        source=source,
        published_at="2024-12-03T09:30:00+08:00",
        body=body,
        editor="薛宁",
        breadcrumbs=crumbs,
        category="宏观",
        related=related,
    )
    return Page("18-amp-page", url, page, expected)


# --- 19: column list page (not an article) ----------------------------------------------------------------


def page_19() -> Page:
    url = "https://www.jcnews.test/jingji/index_2.shtml"
    items = [
        (
            "/system/2024/06/03/030912345.shtml",
            "全省首个零碳产业园在江州高新区投用",
            "6月1日，全省首个零碳产业园——江州高新区零碳产业园正式投用，首批入驻企业17家。",
            "2024-06-03 07:30",
        ),
        (
            "/system/2024/06/02/030911650.shtml",
            "全省夏粮收购工作全面启动",
            "今年全省计划收购小麦320万吨，各地已落实收购网点1100余个。",
            "2024-06-02 08:05",
        ),
        (
            "/system/2024/06/01/030911022.shtml",
            "前5月江川港口集装箱吞吐量增长7.8%",
            "江川港口集团发布数据，前5个月完成集装箱吞吐量386万标准箱。",
            "2024-06-01 18:20",
        ),
        (
            "/system/2024/05/31/030910540.shtml",
            "江州出台措施支持外贸企业拓市场",
            "措施共18条，涵盖展会补贴、出口信用保险和跨境电商等方面。",
            "2024-05-31 17:42",
        ),
        (
            "/system/2024/05/30/030909877.shtml",
            "全省规上工业增加值同比增长6.2%",
            "1至4月，全省规模以上工业增加值同比增长6.2%，高技术制造业增长11.5%。",
            "2024-05-30 16:10",
        ),
        (
            "/system/2024/05/29/030909301.shtml",
            "县域商业体系建设三年行动收官",
            "三年来全省新建改造乡镇商贸中心420个，村级便民商店覆盖率达96%。",
            "2024-05-29 09:33",
        ),
    ]
    lis = "\n".join(
        f'    <li><h3><a href="{h}" target="_blank">{esc(t)}</a></h3><p class="summary">{esc(s)}</p><span class="time">{d}</span></li>'
        for h, t, s, d in items
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>经济新闻_江川新闻网</title>
<link href="https://www.jcnews.test/css/jc_list.css" rel="stylesheet" type="text/css">
</head>
<body>
<div id="top">江川日报报业集团主办 | <a href="https://epaper.jcnews.test/">数字报</a></div>
<div id="logo"><img src="https://www.jcnews.test/images/logo.png" alt="江川新闻网"></div>
<div class="crumb">当前位置：<a href="https://www.jcnews.test/">江川新闻网</a> &gt; 经济新闻</div>
<div id="main">
  <div class="left">
    <div class="list-title">经济新闻</div>
    <ul class="news-list">
{lis}
    </ul>
    <div class="pages"><a href="index.shtml">首页</a> <a href="index.shtml">上一页</a> <a href="index.shtml">1</a> <span class="cur">2</span> <a href="index_3.shtml">3</a> <a href="index_4.shtml">4</a> <a href="index_3.shtml">下一页</a> <a href="index_25.shtml">尾页</a> 共25页</div>
  </div>
  <div class="right"><div class="phb"><div class="hd">排行榜</div><ol><li><a href="/system/2024/06/02/030911877.shtml">江川至南湖高铁全线铺轨完成</a></li></ol></div></div>
</div>
<div id="footer">江川新闻网版权所有</div>
</body>
</html>
"""
    return Page("19-column-list-page", url, page, {"url": url, "error": True})


# --- 20: topic (专题) landing page (not an article) ----------------------------------------------------------


def page_20() -> Page:
    url = "https://www.zhongxunwang.test/zt/2024cg/index.htm"
    latest = [
        ("/fortune/2024-04/09/c_1130098765.htm", "南方早稻育秧进度过七成 多地推广工厂化集中育秧", "04-09"),
        ("/fortune/2024-04/08/c_1130097712.htm", "湖川省早稻机插秧面积占比首次超过六成", "04-08"),
        ("/fortune/2024-04/07/c_1130096538.htm", "春耕备耕农资供应总体充足", "04-07"),
        ("/local/2024-04/05/c_1130095901.htm", "一片秧盘里的科技含量", "04-05"),
    ]
    local = [
        (
            "/local/2024-04/08/c_1130097301.htm",
            "北原：百万亩冬小麦进入返青期管理",
            "冬小麦返青后，各地抓紧开展镇压划锄和追肥浇水。",
        ),
        (
            "/local/2024-04/06/c_1130096210.htm",
            "西岭：农机手培训“送教下乡”",
            "今年全县计划培训农机手1200人次，课程直接开到田间地头。",
        ),
        (
            "/local/2024-04/03/c_1130094412.htm",
            "东江：数字农业服务平台覆盖全部乡镇",
            "平台提供气象预警、病虫害识别和农资查询等服务。",
        ),
    ]
    latest_html = "\n".join(
        f'      <li><a href="{h}">{esc(t)}</a><span>{d}</span></li>' for h, t, d in latest
    )
    local_html = "\n".join(
        f'      <div class="item"><a href="{h}"><img src="/zt/2024cg/images/l{i}.jpg" alt=""></a><h4><a href="{h}">{esc(t)}</a></h4><p>{esc(s)}</p></div>'
        for i, (h, t, s) in enumerate(local)
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>2024春耕进行时_专题_中讯网</title>
<link rel="stylesheet" href="/zt/2024cg/css/zt.css">
</head>
<body>
<div class="zt-banner" style="background:url(/zt/2024cg/images/banner.jpg) no-repeat center"><h1>2024春耕进行时</h1></div>
<div class="zt-nav"><a href="#zxbd">最新报道</a><a href="#gddt">各地动态</a><a href="#tsck">图说春耕</a><a href="#pl">评论</a></div>
<div class="zt-intro"><b>导语：</b>春回大地，农事正忙。从南到北，各地抢抓农时，科技助力春耕生产，为全年粮食丰收打下基础。</div>
<div class="zt-main">
  <div class="block" id="zxbd"><div class="block-hd"><h2>最新报道</h2><a class="more" href="/zt/2024cg/zxbd.htm">更多&gt;&gt;</a></div>
    <ul class="list">
{latest_html}
    </ul>
  </div>
  <div class="block" id="gddt"><div class="block-hd"><h2>各地动态</h2><a class="more" href="/zt/2024cg/gddt.htm">更多&gt;&gt;</a></div>
{local_html}
  </div>
  <div class="block" id="tsck"><div class="block-hd"><h2>图说春耕</h2></div>
    <div class="pics"><a href="/photo/2024-04/08/c_1130097455.htm"><img src="/zt/2024cg/images/p1.jpg" alt=""><span>无人机飞防作业</span></a><a href="/photo/2024-04/06/c_1130096301.htm"><img src="/zt/2024cg/images/p2.jpg" alt=""><span>育秧大棚里的春天</span></a></div>
  </div>
  <div class="block" id="pl"><div class="block-hd"><h2>评论</h2></div>
    <ul class="list"><li><a href="/comments/2024-04/08/c_1130097610.htm">中讯时评：让科技成为春耕的“硬支撑”</a><span>04-08</span></li></ul>
  </div>
</div>
<div id="footer">中讯网版权所有</div>
</body>
</html>
"""
    return Page("20-topic-landing", url, page, {"url": url, "error": True})


PAGES = [
    page_01, page_02, page_03, page_04, page_05, page_06, page_07, page_08, page_09, page_10,
    page_11, page_12, page_13, page_14, page_15, page_16, page_17, page_18, page_19, page_20,
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
    for text in page.simplified_of_page:
        for to_trad in (S2T, S2TW):
            for to_simp in (TW2S, T2S):
                assert to_simp.convert(to_trad.convert(text)) == text, (page.name, text)
    assert exp["clicks"] is None or exp["click_counter_url"] is None, page.name


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
    for stale in [*pages_dir.glob("*.html"), *expected_dir.glob("*.json")]:
        if stale.stem not in names:
            stale.unlink()
    print(f"{len(names)} pages written to {pages_dir} and {expected_dir}")


if __name__ == "__main__":
    main()
