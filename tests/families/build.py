"""Build the held-out pages and their expected records from the data below.

Run: python tests/families/build.py

Every page is written from one place: its markup template and the values a reader labels on it
(headline, paragraphs, source, ...). The expected record is assembled from those same values, so
pages and expected files cannot drift apart. Link targets in the expected records are the hrefs
as written, resolved against the page URL.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import opencc

HERE = Path(__file__).parent
PAGES = HERE / "pages"
EXPECTED = HERE / "expected"

# Crumbs that name no category (README: conventions).
NOT_CATEGORY = {"首页", "主页", "网站首页", "查看详情", "正文", "详情", "内容", "当前位置", "文章详情"}

S2T = opencc.OpenCC("s2t")
S2TW = opencc.OpenCC("s2tw")
T2S = opencc.OpenCC("t2s")
TW2S = opencc.OpenCC("tw2s")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def fill(template: str, **values: str) -> str:
    """Replace each @@KEY@@ marker; every marker must be given."""
    for key, value in values.items():
        marker = f"@@{key.upper()}@@"
        assert marker in template, marker
        template = template.replace(marker, value)
    assert "@@" not in template, template[template.index("@@") : template.index("@@") + 40]
    return template


def p_tags(paragraphs: list[str], indent: str = "", attrs: str = "") -> str:
    return "\n".join(f"<p{attrs}>{indent}{esc(p)}</p>" for p in paragraphs)


def category_of(crumbs: list[str] | None, title: str) -> str | None:
    for crumb in reversed(crumbs or []):
        if crumb not in NOT_CATEGORY and crumb != title:
            return crumb
    return None


def counter_id(counter_src: str) -> str:
    query = parse_qs(urlsplit(html.unescape(counter_src)).query)
    return (query.get("aid") or query["id"])[0]


def url_stem(url: str) -> str:
    last = [part for part in urlsplit(url).path.split("/") if part][-1]
    return last.rsplit(".", 1)[0]


def record(
    url: str,
    *,
    title: str,
    source: str | None,
    published_at: str | None,
    body: list[str],
    clicks: int | None = None,
    counter_src: str | None = None,
    editor: str | None = None,
    reviewer: str | None = None,
    breadcrumbs: list[str] | None = None,
    category: str | None = None,
    images: list[str] | None = None,
    related: list[tuple[str, str, str | None]] | None = None,
) -> dict:
    """The expected record; hrefs as written in the page are resolved against `url`."""
    assert category == category_of(breadcrumbs, title), (category, breadcrumbs)
    assert counter_src is None or clicks is None
    return {
        "url": url,
        "article_id": counter_id(counter_src) if counter_src else url_stem(url),
        "title": title,
        "source": source,
        "published_at": published_at,
        "clicks": clicks,
        "click_counter_url": urljoin(url, html.unescape(counter_src)) if counter_src else None,
        "editor": editor,
        "reviewer": reviewer,
        "breadcrumbs": breadcrumbs,
        "category": category,
        "body": "\n".join(body),
        "images": [urljoin(url, src) for src in images] if images else None,
        "related": (
            [{"url": urljoin(url, href), "title": t, "summary": s} for href, t, s in related]
            if related
            else None
        ),
    }


# ---------------------------------------------------------------------------------------------------------
# 01 DedeCMS default article template, GBK declared gb2312 by http-equiv


def page_01() -> tuple[str, str, dict]:
    url = "http://www.hdcy-demo.test/a/zhizao/20230517/4521.html"
    title = "嘉禾县铸造产业园二期投产 年产精密铸件可达12万吨"
    counter = "/plus/count.php?view=yes&aid=4521&mid=1"
    body = [
        "5月16日，嘉禾县铸造产业园二期项目正式投产。二期项目总投资18.6亿元，新建智能化铸造车间6栋，引进自动造型线、中频感应电炉等设备230台（套），全部达产后园区年产精密铸件可达12万吨。",
        "图为产业园二期智能化铸造车间。",
        "嘉禾是传统的铸造之乡，全县现有铸造及配套企业300余家，产品涵盖农机配件、泵阀、汽车零部件等多个门类。过去一段时间，小散企业多、能耗偏高、环保压力大等问题制约着产业发展。",
        "县工业园区管委会负责人介绍，二期项目按照“集中熔炼、集中治污、集中供热”的思路建设，入园企业共用熔炼中心和废气处理设施，单位产品综合能耗比分散生产下降约25%。",
        "目前，已有21家企业签约入驻二期厂房，其中8家已完成设备安装。园区还与一所职业技术学院合作开设铸造工艺订单班，首批60名学员将于7月进入企业实习。",
    ]
    image = "/uploads/allimg/230517/1-23051G94200L1.jpg"
    related = [
        ("/a/zhizao/20230512/4488.html", "郴州有色金属精深加工项目集中开工", None),
        ("/a/zhizao/20230509/4463.html", "永兴县再生资源产业园一季度产值同比增长17%", None),
        ("/a/chanye/20230428/4391.html", "湘南地区承接产业转移示范区建设提速", None),
    ]
    content = "\n".join(
        [
            f"<p>\u3000\u3000{esc(body[0])}</p>",
            f'<p style="text-align: center;"><img alt="" src="{image}" style="width: 600px; height: 400px;" /></p>',
            f'<p style="text-align: center;">{esc(body[1])}</p>',
            p_tags(body[2:], "\u3000\u3000"),
            '<p style="text-align: right;">（责任编辑：刘晓）</p>',
        ]
    )
    related_html = "\n".join(f"<li><a href='{h}'>{esc(t)}</a></li>" for h, t, _ in related)
    page = fill(
        TEMPLATE_01,
        title=esc(title),
        counter=counter,
        content=content,
        related=related_html,
    )
    expected = record(
        url,
        title=title,
        source="湘南日报",
        published_at="2023-05-17T09:42:00+08:00",
        body=body,
        counter_src=counter,
        editor="刘晓",
        breadcrumbs=["主页", "产经资讯", "制造业"],
        category="制造业",
        images=[image],
        related=related,
    )
    return page, "gbk", expected


TEMPLATE_01 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@_制造业_华东产业网</title>
<meta name="keywords" content="铸造,产业园,嘉禾,精密铸件" />
<meta name="description" content="5月16日，嘉禾县铸造产业园二期项目正式投产，全部达产后园区年产精密铸件可达12万吨。" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
<script language="javascript" type="text/javascript">
<!--
function CheckLogin(){
  var taget_obj = document.getElementById('_ajax_feedback');
  myajax = new DedeAjax(taget_obj,false,false,'','','');
  myajax.SendGet2("/member/ajax_feedback.php");
  DedeXHTTP = null;
}
function postDigg(ftype,aid)
{
  var taget_obj = document.getElementById('newdigg');
  var saveid = GetCookie('diggid');
  if(saveid != null)
  {
    var saveids = saveid.split(',');
    for(var i=0; i < saveids.length; i++) { if(saveids[i]==aid) { alert('您已经顶过该帖，请不要重复顶帖 ！'); return; } }
  }
  myajax = new DedeAjax(taget_obj,false,false,'','','');
  myajax.SendGet2("/plus/digg_ajax.php?action="+ftype+"&id="+aid);
  DedeXHTTP = null;
}
-->
</script>
</head>
<body class="articleview">
<div class="header_top">
  <div class="w960 center">
    <span id="time" class="time">华东产业网——关注制造业与区域经济</span>
    <div class="toplinks"><a href="/plus/heightsearch.php" target="_blank">高级搜索</a>|<a href="/data/sitemap.html" target="_blank">网站地图</a>|<a href="/tags.php">TAG标签</a>|<a href="/data/rssmap.html" class="rss">RSS订阅</a></div>
  </div>
</div>
<div class="header">
  <div class="top w960 center">
    <div class="title"><h1><a href="http://www.hdcy-demo.test/"><img src="/templets/default/images/logo.gif" height="54" width="216" alt="华东产业网"/></a></h1></div>
    <div class="banner"><a href="/plus/ad_js.php?aid=3" target="_blank"><img src="/uploads/ad/top_banner_728x90.jpg" alt="" /></a></div>
  </div>
  <div class="module blue mT10 wrapper w963">
    <div class="top"><div class="t_l"></div><div class="t_r"></div></div>
    <div id="navMenu">
      <ul>
        <li><a href='/'><span>主页</span></a></li>
        <li><a href='/a/chanye/' rel='dropmenu1'><span>产经资讯</span></a></li>
        <li class='hover'><a href='/a/zhizao/'><span>制造业</span></a></li>
        <li><a href='/a/nengyuan/'><span>能源</span></a></li>
        <li><a href='/a/nongye/'><span>现代农业</span></a></li>
        <li><a href='/a/difang/'><span>地方经济</span></a></li>
        <li><a href='/a/pinglun/'><span>评论</span></a></li>
      </ul>
    </div>
    <div class="search">
      <form name="formsearch" action="/plus/search.php">
        <div class="form"><h4>搜索</h4>
          <input type="hidden" name="kwtype" value="0" />
          <input name="q" type="text" class="search-keyword" id="search-keyword" value="在这里搜索..." onfocus="if(this.value=='在这里搜索...'){this.value='';}" onblur="if(this.value==''){this.value='在这里搜索...';}" />
          <button type="submit" class="search-submit">搜索</button>
        </div>
      </form>
      <div class="tags"><h4>热门标签:</h4><ul><li><a href='/tags.php?/铸造/'>铸造</a></li><li><a href='/tags.php?/产业园/'>产业园</a></li><li><a href='/tags.php?/新能源/'>新能源</a></li></ul></div>
    </div>
  </div>
</div>

<div class="w960 center clear mt1">
  <div class="pleft">
    <div class="place"><strong>当前位置:</strong> <a href='http://www.hdcy-demo.test/'>主页</a> > <a href='/a/chanye/'>产经资讯</a> > <a href='/a/zhizao/'>制造业</a> > </div>
    <div class="viewbox">
      <div class="title"><h2>@@TITLE@@</h2></div>
      <div class="info"><small>时间:</small>2023-05-17 09:42<small>来源:</small>湘南日报 <small>作者:</small>陈立新 <small>点击:</small><script src="@@COUNTER@@" type='text/javascript' language="javascript"></script> 次</div>
      <div class="intro">二期项目新建智能化铸造车间6栋，入园企业共用熔炼中心和废气处理设施。</div>
      <div class="content">
        <table width='100%'>
          <tr><td>
<div id="contentMidPicAD" style="float:right; clear:both; top:0; vertical-align:top;"><script src='/plus/ad_js.php?aid=2' language='javascript'></script></div>
@@CONTENT@@
          </td></tr>
        </table>
      </div>
      <div class="dede_pages"><ul class="pagelist"></ul></div>
      <div class="boxoff"><strong>------分隔线----------------------------</strong></div>
      <div class="handle">
        <div class="context">
          <ul>
            <li>上一篇：<a href='/a/zhizao/20230516/4517.html'>桂阳县家居产业集群新增规上企业9家</a> </li>
            <li>下一篇：没有了 </li>
          </ul>
        </div>
        <div class="actbox">
          <ul>
            <li id="act-fav"><a href="/plus/stow.php?aid=4521" target="_blank">收藏</a></li>
            <li id="act-err"><a href="/plus/erraddsave.php?aid=4521" target="_blank">挑错</a></li>
            <li id="act-pus"><a href="/plus/recommend.php?aid=4521" target="_blank">推荐</a></li>
            <li id="act-pnt"><a href="#" onclick="window.print();">打印</a></li>
          </ul>
        </div>
      </div>
      <div class="newdigg" id="newdigg">
        <div class="diggbox digg_good" onclick="javascript:postDigg('good',4521)"><div class="digg_act">顶一下</div><div class="digg_num">(3)</div></div>
        <div class="diggbox digg_bad" onclick="javascript:postDigg('bad',4521)"><div class="digg_act">踩一下</div><div class="digg_num">(0)</div></div>
      </div>
    </div>
    <div class="xiangguan">
      <dl class="tbox">
        <dt><strong>相关文章</strong></dt>
        <dd>
          <ul class="d1 ico3">
@@RELATED@@
          </ul>
        </dd>
      </dl>
    </div>
    <div class="pinglun">
      <dl class="tbox">
        <dt><strong>发表评论</strong><span class="more"><a href="/plus/feedback.php?aid=4521">共有<span id='commetcount'>0</span>条评论</a></span></dt>
        <dd>
          <form action="/plus/feedback.php?action=send" method="post" name="feedback">
            <input type="hidden" name="aid" value="4521" />
            <div class="dcmp-content"><textarea cols="60" name="msg" rows="5" class="ipt-txt"></textarea></div>
            <div class="dcmp-post"><div class="dcmp-userinfo">验证码:<input type="text" name="validate" size="4" class="ipt-txt" /></div><button type="submit" class="btn-2">发表评论</button></div>
          </form>
        </dd>
      </dl>
    </div>
  </div>
  <div class="pright">
    <div class="commend mt1">
      <dl class="tbox light">
        <dt class='light'><strong>推荐内容</strong></dt>
        <dd class='light'>
          <ul class="d4">
            <li><a href="/a/nengyuan/20230515/4509.html">分布式光伏整县推进试点通过验收</a><p>试点县屋顶光伏累计装机突破50万千瓦，公共建筑屋顶安装比例达到六成以上。</p></li>
            <li><a href="/a/difang/20230511/4480.html">临武县石材产业迈向绿色矿山</a><p>全县关停整合小型矿山17座，建成省级绿色矿山5座，石材加工废料综合利用率提高到九成。</p></li>
          </ul>
        </dd>
      </dl>
    </div>
    <div class="hot mt1">
      <dl class="tbox light">
        <dt class='light'><strong>热点内容</strong></dt>
        <dd class='light'>
          <ul class="c1 ico2">
            <li><a href="/a/chanye/20230502/4410.html">一季度湘南地区工业用电量同比增长8.6%</a></li>
            <li><a href="/a/zhizao/20230425/4377.html">资兴电子信息产业园再添两家配套企业</a></li>
            <li><a href="/a/nongye/20230420/4352.html">汝城朝天椒种植面积扩大到四万亩</a></li>
          </ul>
        </dd>
      </dl>
    </div>
    <div id="contentRtPicAD2" style="margin:10px auto"><script src='/plus/ad_js.php?aid=5' language='javascript'></script></div>
  </div>
</div>

<div class="footer w960 center mt1 clear">
  <div class="footer_left"></div>
  <div class="footer_body">
    <p class="powered">Powered by DedeCMS</p>
    <div class="copyright">Copyright &copy; 2012-2023 华东产业网 版权所有&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备10000001号-2</a></div>
  </div>
  <div class="footer_right"></div>
</div>
<script type="text/javascript">var _tj = _tj || [];(function(){var s=document.createElement("script");s.src="/js/tj.js?v=20230101";document.body.appendChild(s);})();</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------
# 02 DedeCMS custom theme, UTF-8, unlabelled date, 稿源, counter with ../../../ href


def page_02() -> tuple[str, str, dict]:
    url = "https://www.nengyuan-demo.test/chuneng/2022/0614/882.html"
    title = "西江新区首座用户侧储能电站投运 每年可为企业节省电费300余万元"
    counter = "../../../plus/count.php?view=yes&amp;aid=882&amp;mid=1"
    body = [
        "6月13日，西江新区首座用户侧储能电站在园区一家电子材料企业厂区内建成投运。电站装机容量为5兆瓦/10兆瓦时，采用磷酸铁锂电池，由第三方能源服务公司投资建设和运营。",
        "据介绍，该电站利用峰谷电价差实现“低谷充电、高峰放电”，每天完成两次充放电循环，预计每年可为企业节省电费300余万元。电站同时具备应急备用功能，在电网故障时可保障关键生产线持续运行约两小时。",
        "新区经济发展局相关负责人表示，园区内高耗电企业较为集中，用户侧储能既能帮助企业降低用能成本，也有助于缓解局部电网高峰负荷压力。今年新区计划再建设同类项目6个，总规模达到40兆瓦时。",
        "业内人士提醒，用户侧储能项目的收益与电价政策密切相关，企业在投资前应充分评估电池衰减、消防安全和运维成本等因素。",
    ]
    related = [
        (
            "../0609/871.html",
            "钠离子电池中试线在滨海落地",
            "6月8日，一条钠离子电池中试线在滨海经济开发区建成，设计产能为每年0.5吉瓦时，主要用于验证正极材料和电芯制造工艺。",
        ),
        (
            "/guangfu/2022/0606/859.html",
            "分布式光伏进园区 屋顶变身“绿色电站”",
            "在北湖工业园，40余家企业的厂房屋顶铺满了光伏板，总装机规模达到62兆瓦，所发电量优先供企业自用，余电上网。",
        ),
        (
            "/chuneng/2022/0530/840.html",
            "储能电站安全标准体系加快完善",
            "多项涉及储能电池、消防系统和并网检测的标准近期进入征求意见阶段，行业安全管理将有更明确的依据。",
        ),
    ]
    related_html = "\n".join(
        f'<li><h3><a href="{h}" title="{esc(t)}">{esc(t)}</a></h3><p class="summary">{esc(s)}</p></li>'
        for h, t, s in related
    )
    page = fill(
        TEMPLATE_02,
        title=esc(title),
        counter=counter,
        content=p_tags(body),
        related=related_html,
    )
    expected = record(
        url,
        title=title,
        source="中国能源导报",
        published_at="2022-06-14T16:20:00+08:00",
        body=body,
        counter_src=counter,
        editor="张晓梅",
        breadcrumbs=["网站首页", "新能源", "储能", "正文"],
        category="储能",
        related=related,
    )
    return page, "utf-8", expected


TEMPLATE_02 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@_储能_能源前沿网</title>
<meta name="keywords" content="储能,峰谷电价,西江新区">
<meta name="description" content="6月13日，西江新区首座用户侧储能电站在园区一家电子材料企业厂区内建成投运。">
<link rel="stylesheet" href="/skin/css/bootstrap.min.css">
<link rel="stylesheet" href="/skin/css/style.css?v=2.1">
<script src="/skin/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="container"><span class="welcome">欢迎访问能源前沿网！</span><span class="pull-right"><a href="/member/login.php">登录</a> | <a href="/member/reg_new.php">注册</a> | <a href="/data/sitemap.html">网站地图</a></span></div></div>
<header class="site-header">
  <div class="container">
    <a class="logo" href="/"><img src="/skin/images/logo.png" alt="能源前沿网"></a>
    <form class="header-search" action="/plus/search.php" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form>
  </div>
  <nav class="main-nav">
    <div class="container">
      <ul>
        <li><a href="/">首页</a></li>
        <li class="active"><a href="/xinnengyuan/">新能源</a></li>
        <li><a href="/guangfu/">光伏</a></li>
        <li><a href="/fengdian/">风电</a></li>
        <li><a href="/chuneng/">储能</a></li>
        <li><a href="/qingneng/">氢能</a></li>
        <li><a href="/dianwang/">电网</a></li>
        <li><a href="/zhengce/">政策</a></li>
      </ul>
    </div>
  </nav>
</header>
<div class="ad-banner container"><a href="/plus/ad_js.php?aid=7"><img src="/uploads/ad/expo2022_1200x90.jpg" alt="2022储能产业博览会"></a></div>
<div class="container main">
  <div class="row">
    <div class="col-md-8 article-main">
      <div class="breadcrumb-bar">您的位置：<a href="/">网站首页</a> &gt; <a href="/xinnengyuan/">新能源</a> &gt; <a href="/chuneng/">储能</a> &gt; 正文</div>
      <div class="article">
        <h1 class="article-title">@@TITLE@@</h1>
        <div class="info">
          <span class="time">2022-06-14 16:20</span>
          <span>稿源：中国能源导报</span>
          <span>编辑：张晓梅</span>
          <span>阅读：<script src="@@COUNTER@@" type="text/javascript"></script></span>
        </div>
        <div class="article-content">
@@CONTENT@@
        </div>
        <div class="tags">标签：<a href="/tags.php?/储能/">储能</a> <a href="/tags.php?/峰谷电价/">峰谷电价</a> <a href="/tags.php?/西江新区/">西江新区</a></div>
        <div class="share-bar">分享到：<a class="share-wx" href="javascript:;">微信</a><a class="share-wb" href="javascript:;">微博</a><a class="share-qq" href="javascript:;">QQ空间</a></div>
        <div class="prev-next">
          <p>上一篇：<a href="/chuneng/2022/0613/879.html">氢燃料电池重卡示范线路开通</a></p>
          <p>下一篇：<a href="/chuneng/2022/0615/886.html">电网侧储能参与调峰获补偿</a></p>
        </div>
      </div>
      <div class="recommend">
        <h2 class="section-title">推荐阅读</h2>
        <ul class="recommend-list">
@@RELATED@@
        </ul>
      </div>
    </div>
    <aside class="col-md-4 sidebar">
      <div class="widget"><h3>热门排行</h3>
        <ol>
          <li><a href="/fengdian/2022/0610/874.html">海上风电运维船队规模扩大</a></li>
          <li><a href="/qingneng/2022/0608/866.html">加氢站建设补贴政策出台</a></li>
          <li><a href="/dianwang/2022/0601/845.html">特高压配套电源项目核准</a></li>
        </ol>
      </div>
      <div class="widget ad"><a href="/plus/ad_js.php?aid=8"><img src="/uploads/ad/side_300x250.jpg" alt=""></a></div>
    </aside>
  </div>
</div>
<footer class="site-footer">
  <div class="container">
    <p><a href="/about/">关于我们</a> | <a href="/contact/">联系方式</a> | <a href="/ad/">广告服务</a> | <a href="/copyright/">版权声明</a></p>
    <p>Copyright &copy; 2015-2022 能源前沿网 版权所有 <a href="https://beian.miit.gov.cn/">粤ICP备10000002号</a></p>
  </div>
</footer>
<script src="/skin/js/bootstrap.min.js"></script>
<script>
$(function(){ $('.share-wx').on('click', function(){ $('#wx-qrcode').toggle(); }); });
</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------
# 03 PHPCMS v9 default show template, UTF-8, hits from /api.php?op=count at the page end


def page_03() -> tuple[str, str, dict]:
    url = "http://www.cyjj-demo.test/html/2023/gongye_0308/312.html"
    title = "滨州铝加工企业抱团“出海” 一季度出口订单同比增长三成"
    counter = "http://www.cyjj-demo.test/api.php?op=count&id=312&modelid=1"
    body = [
        "记者日前从滨州市商务局获悉，今年1至2月，全市铝加工企业出口订单金额同比增长31.5%，订单排产已普遍延伸至二季度。",
        "出口增长的背后，是企业“抱团出海”模式的成效显现。去年下半年起，当地12家铝型材、铝箔和汽车轻量化部件企业组建出口联盟，统一参加境外展会、共享海外仓和认证检测资源，单家企业参展成本平均下降四成。",
        "联盟成员之一的一家铝箔企业负责人告诉记者，企业今年新开拓了中东和南美市场，电池用铝箔出口量明显增加。“过去一个企业去参展，只能摆几样产品，现在联盟设一个大展位，上下游产品配套展示，客户一次就能谈完。”",
        "滨州市商务局有关负责人表示，下一步将推动出口联盟向更多产业延伸，并协调金融机构扩大出口信用保险覆盖面，帮助中小企业应对汇率波动和收汇风险。",
    ]
    related = [
        (
            "http://www.cyjj-demo.test/html/2023/gongye_0306/305.html",
            "渤海湾港口群外贸集装箱航线加密",
            None,
            "2023-03-06",
        ),
        (
            "http://www.cyjj-demo.test/html/2023/gongye_0303/298.html",
            "东营石化企业加快向新材料延伸",
            None,
            "2023-03-03",
        ),
        (
            "http://www.cyjj-demo.test/html/2023/gongye_0227/287.html",
            "有色金属产业高质量发展实施方案印发",
            None,
            "2023-02-27",
        ),
    ]
    related_html = "\n".join(
        f'<li><span class="rt">{d}</span>·<a href="{h}" target="_blank">{esc(t)}</a></li>'
        for h, t, _, d in related
    )
    content = p_tags(body, "\u3000\u3000") + '\n<p style="text-align: right;">责任编辑：王立新</p>'
    page = fill(TEMPLATE_03, title=esc(title), counter=counter, content=content, related=related_html)
    expected = record(
        url,
        title=title,
        source="大众产经报",
        published_at="2023-03-08T10:15:32+08:00",
        body=body,
        counter_src=counter,
        editor="王立新",
        breadcrumbs=["首页", "工业经济", "有色金属", "正文"],
        category="有色金属",
        related=[(h, t, s) for h, t, s, _ in related],
    )
    return page, "utf-8", expected


TEMPLATE_03 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>@@TITLE@@ - 有色金属 - 产业经济在线</title>
<meta name="keywords" content="铝加工,出口,滨州">
<meta name="description" content="记者日前从滨州市商务局获悉，今年1至2月，全市铝加工企业出口订单金额同比增长31.5%。">
<link href="http://www.cyjj-demo.test/statics/css/reset.css" rel="stylesheet" type="text/css" />
<link href="http://www.cyjj-demo.test/statics/css/default_blue.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://www.cyjj-demo.test/statics/js/jquery.min.js"></script>
<script type="text/javascript" src="http://www.cyjj-demo.test/statics/js/jquery.sgallery.js"></script>
<script type="text/javascript" src="http://www.cyjj-demo.test/statics/js/search_common.js"></script>
</head>
<body>
<div class="body-top">
  <div class="content">
    <div id="announ"><ul><li><a href="http://www.cyjj-demo.test/index.php?m=announce&c=index&a=show&aid=6">本站启用新版评论系统</a></li></ul></div>
    <div class="login lh24 blue"><a href="http://www.cyjj-demo.test/index.php?m=member&c=index&a=login">登录</a> | <a href="http://www.cyjj-demo.test/index.php?m=member&c=index&a=register">注册</a></div>
  </div>
</div>
<div class="header">
  <div class="logo"><a href="http://www.cyjj-demo.test/"><img src="http://www.cyjj-demo.test/statics/images/v9/logo.png" alt="产业经济在线" /></a></div>
  <div class="search">
    <div class="tab" id="search"><a href="javascript:;" onclick="setmodel(1, $(this), 'typeid', 1);" class="on">新闻</a><span> | </span><a href="javascript:;" onclick="setmodel(2, $(this), 'typeid', 2);">图片</a></div>
    <div class="bd">
      <form action="http://www.cyjj-demo.test/index.php" method="get" target="_blank">
        <input type="hidden" name="m" value="search"/><input type="hidden" name="c" value="index"/><input type="hidden" name="a" value="init"/>
        <input type="text" name="q" id="q" class="input-text"/><input type="submit" value="搜 索" class="button" />
      </form>
    </div>
  </div>
  <div class="banner"><script language="javascript" src="http://www.cyjj-demo.test/index.php?m=poster&c=index&a=show_poster&id=1"></script></div>
  <div class="bk3"></div>
  <div class="nav-bar">
    <map><ul class="nav-site">
      <li><a href="http://www.cyjj-demo.test"><span>首页</span></a></li><li class="line">|</li>
      <li><a href="http://www.cyjj-demo.test/html/hongguan/"><span>宏观经济</span></a></li><li class="line">|</li>
      <li><a href="http://www.cyjj-demo.test/html/gongye/"><span>工业经济</span></a></li><li class="line">|</li>
      <li><a href="http://www.cyjj-demo.test/html/waimao/"><span>外贸</span></a></li><li class="line">|</li>
      <li><a href="http://www.cyjj-demo.test/html/quyu/"><span>区域经济</span></a></li><li class="line">|</li>
      <li><a href="http://www.cyjj-demo.test/html/qiye/"><span>企业</span></a></li>
    </ul></map>
  </div>
  <div class="subnav"><a href="http://www.cyjj-demo.test/html/gongye/youse/">有色金属</a><span> | </span><a href="http://www.cyjj-demo.test/html/gongye/gangtie/">钢铁</a><span> | </span><a href="http://www.cyjj-demo.test/html/gongye/huagong/">化工</a><span> | </span><a href="http://www.cyjj-demo.test/index.php?m=content&c=search&catid=12">高级搜索</a></div>
</div>
<div class="main">
  <div class="col-left">
    <div class="crumbs"><a href="http://www.cyjj-demo.test">首页</a><span> &gt; </span><a href="http://www.cyjj-demo.test/html/gongye/">工业经济</a> &gt; <a href="http://www.cyjj-demo.test/html/gongye/youse/">有色金属</a> &gt;  正文</div>
    <div id="Article">
      <h1>@@TITLE@@<br />
        <span>2023-03-08 10:15:32&nbsp;&nbsp;&nbsp;来源：<a href="http://www.dzcjb-demo.test/" target="_blank">大众产经报</a>&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe" id="comment">0</a> 点击：<span id="hits"></span></span></h1>
      <div class="content">
@@CONTENT@@
      </div>
      <div id="pages" class="text-c"></div>
      <p style="margin-bottom:10px"><strong>相关热词搜索：</strong><a href="http://www.cyjj-demo.test/index.php?m=content&c=tag&a=lists&tag=铝加工" class="blue">铝加工</a> <a href="http://www.cyjj-demo.test/index.php?m=content&c=tag&a=lists&tag=出口" class="blue">出口</a></p>
      <p class="f14">
        <strong>上一篇：</strong><a href="http://www.cyjj-demo.test/html/2023/gongye_0307/309.html">再生铝保级利用技术通过鉴定</a><br />
        <strong>下一篇：</strong><a href="http://www.cyjj-demo.test/html/2023/gongye_0309/315.html">汽车轻量化零部件产业联盟成立</a>
      </p>
    </div>
    <div class="Article-Tool">
      分享到：<a href="javascript:;" class="t-qzone">QQ空间</a> <a href="javascript:;" class="t-weibo">新浪微博</a>
      <a href="javascript:;" onclick="add_favorite('铝加工企业抱团出海');" class="t6">收藏</a>
      <a href="javascript:window.print();" class="t7">打印</a>
    </div>
    <div class="basic_info"><div class="bk10"></div></div>
    <div class="related">
      <h5 class="blue">相关阅读：</h5>
      <ul class="list blue lh24 f14">
@@RELATED@@
      </ul>
    </div>
    <div class="bk15"></div>
    <iframe src="http://www.cyjj-demo.test/index.php?m=comment&c=index&a=init&commentid=content_12-312-1&iframe=1" width="100%" height="100%" id="comment_iframe" frameborder="0" scrolling="no"></iframe>
  </div>
  <div class="col-auto">
    <div class="box">
      <h5 class="title-2">频道总排行</h5>
      <ul class="content digg">
        <li><a href="http://www.cyjj-demo.test/html/2023/gongye_0215/266.html" target="_blank">钢铁行业超低排放改造进度过半</a></li>
        <li><a href="http://www.cyjj-demo.test/html/2023/gongye_0210/254.html" target="_blank">化工园区智慧化管理平台上线</a></li>
        <li><a href="http://www.cyjj-demo.test/html/2023/gongye_0201/231.html" target="_blank">稀土永磁材料企业扩产</a></li>
      </ul>
    </div>
    <div class="bk10"></div>
    <div class="box">
      <h5 class="title-2">频道本月排行</h5>
      <ul class="content rank">
        <li><span>1632</span><a href="http://www.cyjj-demo.test/html/2023/gongye_0302/295.html" target="_blank">铜加工行业开工率回升</a></li>
        <li><span>1208</span><a href="http://www.cyjj-demo.test/html/2023/gongye_0301/292.html" target="_blank">光伏玻璃新增产能有序释放</a></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <p class="info">
    <a href="http://www.cyjj-demo.test/html/about/">关于我们</a> | <a href="http://www.cyjj-demo.test/html/contactus/">联系我们</a> | <a href="http://www.cyjj-demo.test/index.php?m=link">友情链接</a><br />
    Powered by <strong>PHPCMS</strong> &copy; 2023 产业经济在线 鲁ICP备10000003号
  </p>
</div>
<script type="text/javascript">
function show_ajax(obj) {
  var keywords = $(obj).text();
  var offset = $(obj).offset();
  $.getJSON("http://www.cyjj-demo.test/api.php?op=get_keywords&callback=?", { q: keywords }, function(data){ $('#keyword_data').html(data).css({left: offset.left, top: offset.top + 20}).show(); });
}
</script>
<script language="JavaScript" src="@@COUNTER@@"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------
# 04 PHPCMS custom theme, GBK without any charset declaration, info line below the body


def page_04() -> tuple[str, str, dict]:
    url = "http://www.qhxc-demo.test/html/2021/tscy_1203/2519.html"
    title = "云岭镇百香果种植面积突破万亩 合作社带动三百余户增收"
    body = [
        "初冬时节，云岭镇的百香果进入最后一茬采收期。在镇上的冷链分拣中心，工人们将果子按大小分级、装箱，当天即可发往省内外市场。",
        "云岭镇气候温暖湿润，适宜百香果生长。2018年以来，镇里引导农户成立种植专业合作社，统一提供种苗、技术指导和收购服务。目前全镇百香果种植面积达到1.06万亩，年产鲜果约1.8万吨。",
        "合作社理事长黄国栋介绍，合作社与电商平台和果汁加工企业签订了长期供货协议，保底收购价比市场价高出一成左右。今年合作社带动317户农户种植，户均增收2.4万元。",
        "为延长产业链，镇里还引进了一家果汁果酱加工企业，今年9月建成投产，每天可加工鲜果60吨，有效解决了次果、小果的销路问题。",
    ]
    page = fill(TEMPLATE_04, title=esc(title), content=p_tags(body, "\u3000\u3000"))
    expected = record(
        url,
        title=title,
        source="桂西农业报",
        published_at="2021-12-03T00:00:00+08:00",
        body=body,
        clicks=1536,
        editor="周海燕",
        reviewer="孙伟",
        breadcrumbs=["首页", "乡村振兴", "特色产业", title],
        category="特色产业",
    )
    return page, "gbk", expected


TEMPLATE_04 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>@@TITLE@@_特色产业_青禾乡村网</title>
<meta name="keywords" content="百香果,云岭镇,合作社" />
<meta name="description" content="初冬时节，云岭镇的百香果进入最后一茬采收期。" />
<link href="/statics/css/qh_style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/statics/js/jquery.min.js"></script>
<script type="text/javascript">
$(document).ready(function(){
  $(".nav li").hover(function(){ $(this).addClass("on"); }, function(){ $(this).removeClass("on"); });
});
</script>
</head>
<body>
<div id="top">
  <div class="wrap"><span class="fl">今天是：<script type="text/javascript" src="/statics/js/today.js"></script></span><span class="fr"><a href="javascript:;" onclick="SetHome(this,'http://www.qhxc-demo.test/');">设为首页</a> | <a href="javascript:;" onclick="AddFavorite('青禾乡村网','http://www.qhxc-demo.test/');">加入收藏</a></span></div>
</div>
<div id="header" class="wrap">
  <div class="logo"><a href="/"><img src="/statics/images/qh/logo.jpg" alt="青禾乡村网" /></a></div>
  <div class="top-ad"><a href="/html/zhuanti/fengshou2021/"><img src="/uploads/2021/ad_fengshou.gif" alt="" /></a></div>
</div>
<div class="nav wrap">
  <ul>
    <li><a href="/">首页</a></li>
    <li><a href="/html/xczx/">乡村振兴</a></li>
    <li class="cur"><a href="/html/tscy/">特色产业</a></li>
    <li><a href="/html/nyjs/">农业技术</a></li>
    <li><a href="/html/ncdz/">农村电商</a></li>
    <li><a href="/html/zcfg/">政策法规</a></li>
    <li><a href="/html/shipin/">视频</a></li>
  </ul>
</div>
<div class="wrap main">
  <div class="left">
    <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/html/xczx/">乡村振兴</a> &gt; <a href="/html/tscy/">特色产业</a> &gt; <span>@@TITLE@@</span></div>
    <div class="article">
      <h1>@@TITLE@@</h1>
      <div class="art-content">
@@CONTENT@@
      </div>
      <div class="art-info">文章来源于：桂西农业报&nbsp;&nbsp;&nbsp;发布时间：2021-12-03&nbsp;&nbsp;&nbsp;浏览量：1536</div>
      <div class="art-editor">编辑/周海燕&nbsp;&nbsp;审核/孙伟</div>
      <div class="art-page">
        <p>上一篇：<a href="/html/2021/tscy_1201/2507.html">高山茶园秋冬管护技术要点</a></p>
        <p>下一篇：<a href="/html/2021/tscy_1206/2533.html">芒果产区推广水肥一体化</a></p>
      </div>
    </div>
  </div>
  <div class="right">
    <div class="side-box">
      <h3>图片新闻</h3>
      <ul class="pic-list">
        <li><a href="/html/2021/xczx_1129/2488.html"><img src="/uploads/2021/1129/thumb_2488.jpg" alt="" /><span>山村通上了冷链物流车</span></a></li>
        <li><a href="/html/2021/xczx_1125/2470.html"><img src="/uploads/2021/1125/thumb_2470.jpg" alt="" /><span>甘蔗进入压榨季</span></a></li>
      </ul>
    </div>
    <div class="side-box">
      <h3>热门文章</h3>
      <ul class="txt-list">
        <li><a href="/html/2021/nyjs_1122/2455.html">百香果冬季防寒措施</a></li>
        <li><a href="/html/2021/ncdz_1118/2431.html">农产品直播带货的几点经验</a></li>
        <li><a href="/html/2021/tscy_1115/2419.html">八角价格回升 种植户信心增强</a></li>
      </ul>
    </div>
  </div>
</div>
<div id="footer">
  <p><a href="/html/about/">关于本站</a> | <a href="/html/contact/">联系我们</a> | <a href="/html/tougao/">投稿须知</a></p>
  <p>主办单位：青禾乡村网编辑部&nbsp;&nbsp;版权所有&nbsp;&nbsp;桂ICP备10000004号</p>
</div>
<script language="JavaScript" src="/api.php?op=count&amp;id=2519&amp;modelid=1&amp;show=0"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------
# 05 EmpireCMS default news template, UTF-8, ViewClick counter without quotes


def page_05() -> tuple[str, str, dict]:
    url = "https://www.zbjj-demo.test/news/chanye/2023-11-02/1207.html"
    title = "豫南食品产业园签约项目28个 总投资超百亿元"
    counter = "/e/public/ViewClick/?classid=12&id=1207&addclick=1"
    body = [
        "11月1日，豫南食品产业园举行秋季项目集中签约活动，28个项目现场签约，总投资达103.5亿元，涉及休闲食品、预制菜、冷链物流和食品包装等领域。",
        "产业园所在的新蔡县是传统农业大县，小麦、花生和生猪产量均居全省前列。近年来，当地围绕“从田间到餐桌”延伸产业链条，先后引进面制品、肉制品加工企业40余家，去年园区食品工业产值达到286亿元。",
        "此次签约的项目中，投资额超过5亿元的有7个。其中，一家预制菜企业计划建设中央厨房和冷链配送中心，投产后日产各类菜品200吨，产品将直供长三角和珠三角地区的商超与餐饮门店。",
        "县委主要负责人表示，将为签约项目配备专班，实行“拿地即开工”审批服务，力争年内开工率达到80%以上。",
    ]
    related = [
        ("/news/chanye/2023-10-30/1188.html", "周口冷链物流园一期建成运营", None),
        ("../2023-10-27/1175.html", "驻马店花生产业链产值突破200亿元", None),
        ("https://www.zbjj-demo.test/news/chanye/2023-10-20/1160.html", "信阳茶产业推出区域公用品牌", None),
    ]
    related_html = "\n".join(
        f'<li><a href="{h}" title="{esc(t)}" target="_blank">{esc(t)}</a></li>' for h, t, _ in related
    )
    page = fill(
        TEMPLATE_05,
        title=esc(title),
        counter=counter,
        content=p_tags(body, "\u3000\u3000"),
        related=related_html,
    )
    expected = record(
        url,
        title=title,
        source="豫南日报",
        published_at="2023-11-02T14:05:18+08:00",
        body=body,
        counter_src=counter,
        editor="何佳",
        breadcrumbs=["首页", "新闻中心", "产业动态"],
        category="产业动态",
        related=related,
    )
    return page, "utf-8", expected


TEMPLATE_05 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@_产业动态_中部经济网</title>
<meta name="keywords" content="食品产业园,签约,预制菜" />
<meta name="description" content="11月1日，豫南食品产业园举行秋季项目集中签约活动，28个项目现场签约。" />
<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/e/data/js/ajax.js"></script>
</head>
<body>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="top">
  <tr>
    <td><div align="center">
      <table width="920" border="0" cellpadding="0" cellspacing="0">
        <tr>
          <td width="206"><a href="/"><img src="/skin/default/images/logo.gif" width="200" height="65" border="0" alt="中部经济网" /></a></td>
          <td><div align="right"><a onclick="window.external.addFavorite(location.href,document.title)" href="#ecms">加入收藏</a> | <a href="/e/member/login/">会员登录</a> | <a href="/e/member/register/">注册</a></div></td>
        </tr>
      </table>
    </div></td>
  </tr>
  <tr>
    <td class="nav_global"><div align="center">
      <ul>
        <li class="curr"><a href="/">首页</a></li>
        <li><a href="/news/">新闻中心</a></li>
        <li><a href="/news/chanye/">产业动态</a></li>
        <li><a href="/news/touzi/">投资</a></li>
        <li><a href="/news/quyu/">区域</a></li>
        <li><a href="/photo/">图片</a></li>
        <li><a href="/e/tags/">标签</a></li>
      </ul>
    </div></td>
  </tr>
</table>
<table width="920" border="0" align="center" cellpadding="0" cellspacing="0" class="position">
  <tr>
    <td>现在的位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="/news/">新闻中心</a>&nbsp;>&nbsp;<a href="/news/chanye/">产业动态</a></td>
  </tr>
</table>
<table width="920" border="0" align="center" cellpadding="0" cellspacing="10" class="container">
  <tr>
    <td width="300" valign="top" class="sider">
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="title"><tr><td><strong>热门排行</strong></td></tr></table>
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="box">
        <tr><td><ul>
          <li><a href="/news/chanye/2023-10-25/1169.html" title="许昌假发产品出口增长">许昌假发产品出口增长</a></li>
          <li><a href="/news/touzi/2023-10-18/1152.html" title="洛阳轴承产业链招商成效明显">洛阳轴承产业链招商成效明显</a></li>
          <li><a href="/news/quyu/2023-10-12/1139.html" title="南阳艾草产业年产值突破百亿">南阳艾草产业年产值突破百亿</a></li>
        </ul></td></tr>
      </table>
      <div class="sider-ad"><script src="/d/js/acmsd/thea3.js"></script></div>
    </td>
    <td valign="top">
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="box">
        <tr>
          <td><div id="text">
            <h1>@@TITLE@@</h1>
            <div class="info">发布时间：2023-11-02 14:05:18&nbsp;&nbsp;来源：<a href="http://www.ynrb-demo.test/" target="_blank">豫南日报</a>&nbsp;&nbsp;作者：任浩&nbsp;&nbsp;点击：<script src=@@COUNTER@@></script>次</div>
            <div class="content">
@@CONTENT@@
            </div>
            <div class="editor">（责任编辑：何佳）</div>
            <div class="digg">
              <a href="JavaScript:makeRequest('/e/public/digg/?classid=12&id=1207&dotop=1&doajax=1&ajaxarea=diggnum','EchoReturnedText','GET','');">顶一下</a>(<span id="diggnum">15</span>)
            </div>
            <div class="page-tools">[<a href="javascript:window.print()">打印本文</a>]&nbsp;[<a href="/e/public/report/?classid=12&id=1207">纠错</a>]&nbsp;[<a href="javascript:window.close()">关闭窗口</a>]</div>
            <div class="info-pre">上一篇：<a href='/news/chanye/2023-11-01/1203.html'>漯河食品机械企业开拓东南亚市场</a><br />下一篇：<a href='/news/chanye/2023-11-03/1210.html'>周口港新开集装箱航线</a></div>
          </div></td>
        </tr>
      </table>
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="box otherlink">
        <tr><td><h2>相关新闻</h2><ul>
@@RELATED@@
        </ul></td></tr>
      </table>
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="box">
        <tr><td><strong>网友评论</strong>
          <script src="/e/pl/more/?classid=12&id=1207&num=10"></script>
          <form action="/e/pl/doaction.php" method="post" name="saypl" id="saypl">
            <textarea name="saytext" rows="6" cols="58" id="saytext"></textarea>
            <input name="id" type="hidden" value="1207" /><input name="classid" type="hidden" value="12" />
            <input name="enews" type="hidden" value="AddPl" /><input type="submit" name="imageField" value="提交评论" />
          </form>
        </td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="copyright">
  <tr>
    <td><div align="center"><a href="/about/">关于本站</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/ad.html">广告服务</a><br />
    Powered by <strong>EmpireCMS</strong> &copy; 2023 中部经济网 版权所有 豫ICP备10000005号</div></td>
  </tr>
</table>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------
# 06 EmpireCMS, traditional characters (the page is the simplified text through OpenCC s2tw), 【來源：】


def page_06() -> tuple[str, str, dict]:
    url = "https://www.lacj-demo.test/html/cjxw/2024-03-18/20240318091503.html"
    title = "闽台电子元件合作项目落地漳州 首期投资8亿元"
    counter = "/e/public/ViewClick/?classid=3&id=2087&addclick=1"
    body = [
        "3月16日，一家台资电子元件企业与漳州台商投资区签署合作协议，计划建设高端被动元件生产基地。项目首期投资8亿元，主要生产多层陶瓷电容器和片式电感，预计明年下半年投产。",
        "企业负责人表示，选择在漳州布局，看中的是当地完善的电子信息产业配套和便捷的海运条件。项目投产后，年产值预计可达15亿元，将带动就业约600人。",
        "近年来，漳州台商投资区围绕电子信息、新材料等产业加强对台招商，已累计引进台资企业90余家。投资区还设立了台胞创业服务中心，为台湾青年提供办公场地、政策咨询等“一站式”服务。",
        "业内人士认为，两岸电子产业互补性强，在原材料、设备和市场等方面合作空间广阔。",
    ]
    related = [
        ("/html/cjxw/2024-03-15/20240315102211.html", "厦门自贸片区新增台资企业32家", None),
        ("/html/cjxw/2024-03-12/20240312083040.html", "台湾农渔产品经厦门口岸进口量增长", None),
    ]
    related_html = "\n".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t, _ in related)
    page = fill(
        TEMPLATE_06,
        title=esc(title),
        counter=counter,
        content=p_tags(body, "\u3000\u3000"),
        related=related_html,
    )
    expected = record(
        url,
        title=title,
        source="海峡导报",
        published_at="2024-03-18T09:15:00+08:00",
        body=body,
        counter_src=counter,
        editor="陈美玲",
        breadcrumbs=["首页", "财经新闻", "两岸经贸"],
        category="两岸经贸",
        related=related,
    )
    return S2TW.convert(page), "utf-8", expected


TEMPLATE_06 = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@_两岸经贸_两岸产经网</title>
<meta name="keywords" content="电子元件,漳州,台资" />
<meta name="description" content="3月16日，一家台资电子元件企业与漳州台商投资区签署合作协议。" />
<link href="/skin/lacj/css/main.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/skin/lacj/js/jquery.js"></script>
</head>
<body>
<div class="topnav">
  <div class="w1000">
    <div class="fl">两岸产经网 · 关注海峡两岸经贸合作</div>
    <div class="fr"><a href="/e/member/login/">登录</a> | <a href="/e/member/register/">注册</a> | <a href="/e/member/cp/">会员中心</a></div>
  </div>
</div>
<div class="header w1000">
  <a class="logo" href="/"><img src="/skin/lacj/images/logo.png" alt="两岸产经网" /></a>
  <form class="so" action="/e/search/index.php" method="post" name="searchform"><input name="keyboard" type="text" /><input type="hidden" name="show" value="title,newstext" /><input type="submit" value="搜索" /></form>
</div>
<div class="menu w1000">
  <a href="/">首页</a><a href="/html/cjxw/">财经新闻</a><a href="/html/cjxw/laj/">两岸经贸</a><a href="/html/tzzn/">投资指南</a><a href="/html/tsqy/">台商企业</a><a href="/html/zcjd/">政策解读</a>
</div>
<div class="w1000 clearfix">
  <div class="main-l">
    <div class="weizhi">您现在的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/html/cjxw/">财经新闻</a>&nbsp;&gt;&nbsp;<a href="/html/cjxw/laj/">两岸经贸</a></div>
    <div class="newsview">
      <h1 class="biaoti">@@TITLE@@</h1>
      <div class="laiyuan">
        <span>【来源：海峡导报】</span>
        <span>作者：林志鹏</span>
        <span>时间：2024-03-18 09:15</span>
        <span>浏览：<script src="@@COUNTER@@"></script></span>
      </div>
      <div class="newstext">
@@CONTENT@@
      </div>
      <p class="zebian">责任编辑：陈美玲</p>
      <div class="tags">标签：<a href="/e/tags/?tagname=电子元件">电子元件</a> <a href="/e/tags/?tagname=漳州">漳州</a></div>
      <div class="fenxiang">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">脸书</a> <a href="javascript:;">微博</a></div>
      <div class="shangxia">
        <p>上一篇：<a href="/html/cjxw/2024-03-17/20240317150522.html">两岸青年创业基地新入驻团队18个</a></p>
        <p>下一篇：<a href="/html/cjxw/2024-03-19/20240319084411.html">平潭对台小额贸易市场恢复营业</a></p>
      </div>
    </div>
    <div class="xgyd">
      <div class="tit">推荐阅读</div>
      <ul>
@@RELATED@@
      </ul>
    </div>
  </div>
  <div class="main-r">
    <div class="rbox"><div class="tit">点击排行</div>
      <ol>
        <li><a href="/html/tzzn/2024-03-08/20240308101530.html">台资企业申请研发费用加计扣除指南</a></li>
        <li><a href="/html/tsqy/2024-03-05/20240305094012.html">一家台资食品企业扩建生产线</a></li>
      </ol>
    </div>
    <div class="rbox ad"><a href="/e/public/ClickAd?aid=4"><img src="/d/file/ad/2024/side.jpg" alt="" /></a></div>
  </div>
</div>
<div class="footer">
  <p><a href="/about/">关于我们</a> | <a href="/about/lianxi.html">联系我们</a> | <a href="/about/mianze.html">免责声明</a></p>
  <p>版权所有 两岸产经网 闽ICP备10000006号</p>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------
# 07 TRS WCM government page: 索引号 metadata table, 信息来源/发布日期, TRS_Editor, ../ crumbs


def page_07() -> tuple[str, str, dict]:
    url = "http://fgw.linjiang-demo.gov.test/xxgk/zcjd/202308/t20230821_4512873.html"
    title = "《临江市促进工业企业技术改造若干措施》政策解读"
    body = [
        "近日，临江市人民政府办公室印发《临江市促进工业企业技术改造若干措施》（以下简称《若干措施》）。为便于社会各界理解和执行，现将有关内容解读如下。",
        "一、出台背景",
        "技术改造是推动工业企业提质增效的重要途径。近年来，我市工业技术改造投资保持较快增长，但也存在中小企业改造意愿不强、融资渠道偏窄等问题。为进一步激发企业技改积极性，市发展改革委会同相关部门研究制定了《若干措施》。",
        "二、主要内容",
        "《若干措施》共12条，主要包括三个方面：一是加大财政奖补力度，对设备投资额在500万元以上的技术改造项目，按设备投资额的8%给予补助，单个项目最高不超过300万元；二是强化金融支持，设立总规模5亿元的技改专项贷款风险补偿资金池；三是优化审批服务，技改项目备案实行“不见面审批”。",
        "三、适用对象",
        "《若干措施》适用于在本市登记注册、具有独立法人资格的规模以上工业企业，以及纳入市级培育库的“专精特新”中小企业。",
        "四、施行时间",
        "《若干措施》自2023年9月1日起施行，有效期至2025年12月31日。",
    ]
    content = "\n".join(
        f'<p style="text-indent: 2em;"><strong>{esc(p)}</strong></p>'
        if p[1:2] == "、"
        else f'<p style="text-indent: 2em;">{esc(p)}</p>'
        for p in body
    )
    page = fill(TEMPLATE_07, title=esc(title), content=content)
    expected = record(
        url,
        title=title,
        source="市发展改革委",
        published_at="2023-08-21T00:00:00+08:00",
        body=body,
        breadcrumbs=["首页", "信息公开", "政策解读"],
        category="政策解读",
    )
    return page, "utf-8", expected


TEMPLATE_07 = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>@@TITLE@@_政策解读_临江市发展和改革委员会</title>
<meta name="SiteName" content="临江市发展和改革委员会">
<meta name="SiteDomain" content="fgw.linjiang-demo.gov.test">
<meta name="SiteIDCode" content="3310820001">
<meta name="ColumnName" content="政策解读">
<meta name="ColumnType" content="政策解读">
<meta name="ArticleTitle" content="@@TITLE@@">
<meta name="PubDate" content="2023-08-21">
<meta name="ContentSource" content="市发展改革委">
<link rel="stylesheet" href="../../../images/common.css">
<link rel="stylesheet" href="../../../images/xxgk_detail.css">
<script src="../../../images/jquery-1.12.4.min.js"></script>
<script>
function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
</script>
</head>
<body>
<div class="gov-top">
  <div class="w1200"><span>欢迎访问临江市发展和改革委员会网站</span><span class="fr"><a href="javascript:;" id="wza">无障碍</a> | <a href="javascript:;" id="zhzh">长者模式</a> | <a href="https://www.linjiang-demo.gov.test/">临江市人民政府</a></span></div>
</div>
<div class="gov-head w1200">
  <img class="guohui" src="../../../images/gh.png" alt="">
  <span class="site-name">临江市发展和改革委员会</span>
  <form class="gov-search" action="http://search.linjiang-demo.gov.test/search" method="get" target="_blank"><input type="text" name="q" placeholder="请输入搜索内容"><input type="hidden" name="siteid" value="12"><button type="submit">搜索</button></form>
</div>
<div class="gov-nav">
  <ul class="w1200">
    <li><a href="../../../">首页</a></li>
    <li><a href="../../../jgzn/">机构职能</a></li>
    <li class="on"><a href="../../">信息公开</a></li>
    <li><a href="../../../zwfw/">政务服务</a></li>
    <li><a href="../../../hdjl/">互动交流</a></li>
    <li><a href="../../../ztzl/">专题专栏</a></li>
  </ul>
</div>
<div class="w1200 position">当前位置：<a href="../../../">首页</a> &gt; <a href="../../">信息公开</a> &gt; <a href="../">政策解读</a></div>
<div class="w1200 detail-box">
  <table class="xxgk-table" width="100%" cellspacing="0" cellpadding="0">
    <tr>
      <td class="td-name">索引号：</td><td class="td-value">11331082MB1M28716K/2023-00158</td>
      <td class="td-name">主题分类：</td><td class="td-value">工业、交通/其他</td>
    </tr>
    <tr>
      <td class="td-name">发布机构：</td><td class="td-value">临江市发展和改革委员会</td>
      <td class="td-name">成文日期：</td><td class="td-value">2023-08-18</td>
    </tr>
    <tr>
      <td class="td-name">文号：</td><td class="td-value"></td>
      <td class="td-name">发布日期：</td><td class="td-value">2023-08-21</td>
    </tr>
    <tr>
      <td class="td-name">有效性：</td><td class="td-value">有效</td>
      <td class="td-name">名称：</td><td class="td-value">@@TITLE@@</td>
    </tr>
  </table>
  <h1 class="detail-title">@@TITLE@@</h1>
  <div class="detail-info">
    <span>信息来源：市发展改革委</span>
    <span>发布日期：2023-08-21</span>
    <span class="zoom">【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
  </div>
  <div class="detail-content" id="zoom">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{margin-top:5px;margin-bottom:5px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{line-height:2;font-size:12pt;}
</style>
@@CONTENT@@
</div>
  </div>
  <div class="detail-tools">
    <a href="javascript:window.print()">[打印本页]</a>
    <a href="javascript:window.opener=null;window.open('','_self');window.close();">[关闭窗口]</a>
  </div>
  <div class="qrcode-box"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div>
</div>
<div class="gov-footer">
  <div class="w1200">
    <p><a href="../../../wzdt/">网站地图</a> | <a href="../../../lxwm/">联系我们</a> | <a href="../../../smsm/">隐私声明</a></p>
    <p>主办单位：临江市发展和改革委员会　　地址：临江市江滨路88号　　邮编：318000</p>
    <p>网站标识码：3310820001　　<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备10000007号</a></p>
  </div>
</div>
<script src="../../../images/qrcode.min.js"></script>
<script>new QRCode(document.getElementById('qrcode'), {text: location.href, width: 90, height: 90});</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------
# 08 TRS WCM government news page, GBK (http-equiv gb2312), table layout, ./W0... images, 文章来源


def page_08() -> tuple[str, str, dict]:
    url = "http://swj.qingchuan-demo.gov.test/xwzx/bmdt/202211/t20221130_1234567.html"
    title = "青川区举办农特产品产销对接会 现场签约金额达1.2亿元"
    images = ["./W020221130512087654321.jpg", "./W020221130512087659876.jpg"]
    body = [
        "11月29日，青川区2022年农特产品产销对接会在区会展中心举行。来自省内外的86家采购商、商超和电商企业与本地120余家农业经营主体面对面洽谈，现场签约金额达1.2亿元。",
        "对接会现场",
        "本次对接会设置了展示展销区、洽谈签约区和直播带货区。青川木耳、高山茶叶、山核桃等特色产品吸引了不少采购商驻足品尝、询价。",
        "在直播带货区，区里组织的10名“乡村主播”轮番上阵，向网友推介本地农产品。据统计，当天直播累计观看人数超过35万人次，线上成交额达到86万元。",
        "乡村主播直播推介农特产品",
        "区商务局负责人介绍，下一步将建立采购商信息库，定期组织产销对接活动，推动农特产品进商超、进食堂、进社区，进一步拓宽农产品销售渠道。",
    ]

    def img(src: str) -> str:
        return f'<p align="center"><img src="{src}" OLDSRC="{src[2:]}" border="0" /></p>'

    def centered(text: str) -> str:
        return f'<p align="center"><font face="楷体_GB2312">{esc(text)}</font></p>'

    def para(text: str) -> str:
        return f"<p>\u3000\u3000{esc(text)}</p>"

    content = "\n".join(
        [
            para(body[0]),
            img(images[0]),
            centered(body[1]),
            para(body[2]),
            para(body[3]),
            img(images[1]),
            centered(body[4]),
            para(body[5]),
        ]
    )
    page = fill(TEMPLATE_08, title=esc(title), content=content)
    expected = record(
        url,
        title=title,
        source="青川区商务局",
        published_at="2022-11-30T10:00:00+08:00",
        body=body,
        editor="孙晓楠",
        reviewer="马骏",
        breadcrumbs=["首页", "新闻中心", "部门动态"],
        category="部门动态",
        images=images,
    )
    return page, "gbk", expected


TEMPLATE_08 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>@@TITLE@@_部门动态_青川区商务局</title>
<meta name="SiteName" content="青川区商务局">
<meta name="ColumnName" content="部门动态">
<link href="../../../images/style.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="../../../images/jquery.js"></script>
<script language="javascript">
function doZoom(size){ document.getElementById('zoom').style.fontSize=size+'px'; }
</script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="../../../images/banner.jpg" width="1000" height="150" alt="青川区商务局" /></td></tr>
  <tr>
    <td class="nav">
      <a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/xwzx/">新闻中心</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="dqwz">
  <tr><td height="32"><a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/bmdt/">部门动态</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
  <tr>
    <td valign="top" class="content-td">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td align="center" class="title" height="60">@@TITLE@@</td></tr>
        <tr>
          <td align="center" class="xx" height="30">文章来源：青川区商务局　　发布时间：2022年11月30日 10:00　　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</td>
        </tr>
        <tr><td height="1" bgcolor="#cccccc"></td></tr>
        <tr>
          <td class="zw" id="zoom">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{line-height:2;font-family:宋体;font-size:12pt;}
</style>
@@CONTENT@@
</div>
          </td>
        </tr>
        <tr><td class="bjxx" align="right">责任编辑：孙晓楠　　审核：马骏</td></tr>
        <tr>
          <td align="right" height="40"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></td>
        </tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
  <tr>
    <td align="center">版权所有：青川区商务局　　主办：青川区商务局办公室<br />网站标识码：5108020011　　蜀ICP备10000008号</td>
  </tr>
</table>
<script language="javascript" src="../../../images/tj.js"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------
# 09 WordPress post: Yoast breadcrumb ending with the headline, <time datetime>, 来源 without a colon, 阅读 86


def page_09() -> tuple[str, str, dict]:
    url = "https://www.gfzk-demo.test/archives/6152"
    title = "光伏组件出口结构持续优化 新兴市场占比提升"
    body = [
        "海关统计数据显示，今年前8个月，我国光伏组件出口量同比增长约三成，出口金额受价格下行影响小幅下降。从市场分布看，欧洲仍是第一大出口目的地，但中东、拉美和东南亚等新兴市场的占比明显提高。",
        "一家组件企业海外销售负责人表示，今年以来中东地区大型地面电站项目集中启动，对高效双面组件的需求旺盛，企业在当地的订单量已接近去年全年水平。",
        "分析人士指出，新兴市场电力需求增长快、光照资源好，但项目融资和电网接入条件差异较大，企业“走出去”需要加强本地化服务，并关注贸易政策变化带来的风险。",
        "业内预计，随着N型电池技术加快普及，下半年组件出口仍将保持较高增速，行业竞争的重点将从价格转向产品可靠性和交付能力。",
    ]
    related = [
        ("https://www.gfzk-demo.test/archives/6120", "多晶硅价格止跌企稳 产业链库存逐步消化", None),
        ("https://www.gfzk-demo.test/archives/6098", "海上光伏示范项目开工建设", None),
        ("https://www.gfzk-demo.test/archives/6071", "逆变器企业加快布局储能业务", None),
    ]
    related_html = "\n".join(
        f'<li><a href="{h}" rel="bookmark" title="{esc(t)}">{esc(t)}</a></li>' for h, t, _ in related
    )
    page = fill(TEMPLATE_09, title=esc(title), content=p_tags(body), related=related_html)
    expected = record(
        url,
        title=title,
        source="能源经济观察",
        published_at="2023-09-12T08:30:00+08:00",
        body=body,
        clicks=86,
        breadcrumbs=["首页", "市场", title],
        category="市场",
        related=related,
    )
    return page, "utf-8", expected


TEMPLATE_09 = """<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>@@TITLE@@ &#8211; 光伏产业周刊</title>
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://www.gfzk-demo.test/archives/6152">
<meta property="og:type" content="article">
<meta property="og:title" content="@@TITLE@@">
<meta property="article:published_time" content="2023-09-12T08:30:00+08:00">
<meta property="article:modified_time" content="2023-09-13T10:02:11+08:00">
<link rel="alternate" type="application/rss+xml" title="光伏产业周刊 &raquo; Feed" href="https://www.gfzk-demo.test/feed">
<link rel="stylesheet" id="theme-style-css" href="https://www.gfzk-demo.test/wp-content/themes/sunpress/style.css?ver=1.4.2" media="all">
<link rel="stylesheet" id="sharing-css" href="https://www.gfzk-demo.test/wp-content/plugins/simple-share/css/share.css?ver=2.0" media="all">
<script src="https://www.gfzk-demo.test/wp-includes/js/jquery/jquery.min.js?ver=3.7.0" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-6152 single-format-standard">
<div id="page" class="site">
  <a class="skip-link screen-reader-text" href="#primary">跳至内容</a>
  <header id="masthead" class="site-header">
    <div class="site-branding">
      <p class="site-title"><a href="https://www.gfzk-demo.test/" rel="home">光伏产业周刊</a></p>
      <p class="site-description">光伏产业链的观察与数据</p>
    </div>
    <nav id="site-navigation" class="main-navigation">
      <button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">菜单</button>
      <div class="menu-main-container"><ul id="primary-menu" class="menu">
        <li class="menu-item"><a href="https://www.gfzk-demo.test/">首页</a></li>
        <li class="menu-item current-post-ancestor"><a href="https://www.gfzk-demo.test/category/market">市场</a></li>
        <li class="menu-item"><a href="https://www.gfzk-demo.test/category/tech">技术</a></li>
        <li class="menu-item"><a href="https://www.gfzk-demo.test/category/policy">政策</a></li>
        <li class="menu-item"><a href="https://www.gfzk-demo.test/category/data">数据</a></li>
      </ul></div>
    </nav>
  </header>
  <div id="content" class="site-content">
    <nav class="breadcrumbs" aria-label="breadcrumbs"><span><span><a href="https://www.gfzk-demo.test/">首页</a></span> » <span><a href="https://www.gfzk-demo.test/category/market">市场</a></span> » <span class="breadcrumb_last" aria-current="page">@@TITLE@@</span></span></nav>
    <div id="primary" class="content-area">
      <main id="main" class="site-main">
        <article id="post-6152" class="post-6152 post type-post status-publish format-standard hentry category-market tag-zujian tag-chukou">
          <header class="entry-header">
            <h1 class="entry-title">@@TITLE@@</h1>
            <div class="entry-meta">
              <span class="posted-on"><a href="https://www.gfzk-demo.test/archives/6152" rel="bookmark"><time class="entry-date published" datetime="2023-09-12T08:30:00+08:00">2023年9月12日</time><time class="updated" datetime="2023-09-13T10:02:11+08:00">2023年9月13日</time></a></span>
              <span class="byline">作者：<span class="author vcard"><a class="url fn n" href="https://www.gfzk-demo.test/author/chenlu" rel="author">陈璐</a></span></span>
              <span class="post-source">来源<span>能源经济观察</span></span>
              <span class="post-views">阅读 86</span>
            </div>
          </header>
          <div class="entry-content">
@@CONTENT@@
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">分享到：</h3><div class="sd-content"><ul><li class="share-wechat"><a href="javascript:;">微信</a></li><li class="share-weibo"><a href="https://service.weibo.test/share/share.php?url=https%3A%2F%2Fwww.gfzk-demo.test%2Farchives%2F6152" target="_blank">微博</a></li><li class="share-end"></li></ul></div></div></div>
<div class="post-like"><a href="javascript:;" data-action="ding" data-id="6152" class="favorite">点赞 <span class="count">12</span></a></div>
          </div>
          <footer class="entry-footer">
            <span class="cat-links">分类：<a href="https://www.gfzk-demo.test/category/market" rel="category tag">市场</a></span>
            <span class="tags-links">标签：<a href="https://www.gfzk-demo.test/tag/zujian" rel="tag">光伏组件</a>、<a href="https://www.gfzk-demo.test/tag/chukou" rel="tag">出口</a>、<a href="https://www.gfzk-demo.test/tag/xinxing" rel="tag">新兴市场</a></span>
          </footer>
        </article>
        <nav class="navigation post-navigation" aria-label="文章">
          <h2 class="screen-reader-text">文章导航</h2>
          <div class="nav-links">
            <div class="nav-previous"><a href="https://www.gfzk-demo.test/archives/6139" rel="prev"><span class="meta-nav">上一篇</span> 硅片企业推进大尺寸薄片化</a></div>
            <div class="nav-next"><a href="https://www.gfzk-demo.test/archives/6160" rel="next"><span class="meta-nav">下一篇</span> 户用光伏开发模式调查</a></div>
          </div>
        </nav>
        <div class="yarpp yarpp-related yarpp-template-list">
          <h3>相关文章</h3>
          <ol>
@@RELATED@@
          </ol>
        </div>
        <div id="comments" class="comments-area">
          <h2 class="comments-title">《@@TITLE@@》有2条评论</h2>
          <ol class="comment-list">
            <li id="comment-311" class="comment even thread-even depth-1">
              <article id="div-comment-311" class="comment-body">
                <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">阳光小站</b> <span class="says">说道：</span></div>
                <div class="comment-metadata"><a href="https://www.gfzk-demo.test/archives/6152#comment-311"><time datetime="2023-09-12T10:15:20+08:00">2023年9月12日 上午10:15</time></a></div></footer>
                <div class="comment-content"><p>新兴市场确实是今年的亮点，希望多做一些分国别的分析。</p></div>
                <div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-311">回复</a></div>
              </article>
            </li>
            <li id="comment-314" class="comment odd alt thread-odd depth-1">
              <article id="div-comment-314" class="comment-body">
                <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">老周</b> <span class="says">说道：</span></div>
                <div class="comment-metadata"><a href="https://www.gfzk-demo.test/archives/6152#comment-314"><time datetime="2023-09-13T21:40:03+08:00">2023年9月13日 下午9:40</time></a></div></footer>
                <div class="comment-content"><p>组件价格已经到底了吗？下游电站投资方最关心这个。</p></div>
                <div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-314">回复</a></div>
              </article>
            </li>
          </ol>
          <div id="respond" class="comment-respond">
            <h3 id="reply-title" class="comment-reply-title">发表回复</h3>
            <form action="https://www.gfzk-demo.test/wp-comments-post.php" method="post" id="commentform" class="comment-form">
              <p class="comment-notes">您的电子邮箱地址不会被公开。必填项已用 <span class="required">*</span> 标注</p>
              <p class="comment-form-comment"><label for="comment">评论 <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
              <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="发表评论"> <input type="hidden" name="comment_post_ID" value="6152" id="comment_post_ID"></p>
            </form>
          </div>
        </div>
      </main>
    </div>
    <aside id="secondary" class="widget-area">
      <section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://www.gfzk-demo.test/"><label><span class="screen-reader-text">搜索：</span><input type="search" class="search-field" placeholder="搜索&hellip;" value="" name="s"></label><input type="submit" class="search-submit" value="搜索"></form></section>
      <section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2>
        <ul>
          <li><a href="https://www.gfzk-demo.test/archives/6160">户用光伏开发模式调查</a></li>
          <li><a href="https://www.gfzk-demo.test/archives/6139">硅片企业推进大尺寸薄片化</a></li>
          <li><a href="https://www.gfzk-demo.test/archives/6131">8月光伏新增装机数据点评</a></li>
        </ul>
      </section>
      <section id="archives-2" class="widget widget_archive"><h2 class="widget-title">文章归档</h2>
        <ul>
          <li><a href="https://www.gfzk-demo.test/archives/date/2023/09">2023年9月</a></li>
          <li><a href="https://www.gfzk-demo.test/archives/date/2023/08">2023年8月</a></li>
        </ul>
      </section>
      <section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">标签</h2><div class="tagcloud"><a href="https://www.gfzk-demo.test/tag/zujian">光伏组件</a> <a href="https://www.gfzk-demo.test/tag/guiliao">硅料</a> <a href="https://www.gfzk-demo.test/tag/nibianqi">逆变器</a></div></section>
    </aside>
  </div>
  <footer id="colophon" class="site-footer">
    <div class="site-info">&copy; 2023 光伏产业周刊 版权所有 | 自豪地采用WordPress | <a href="https://beian.miit.gov.cn/">苏ICP备10000009号-1</a></div>
  </footer>
</div>
<script id="sharing-js-js-extra">var sharing_js_options = {"lang":"zh","counts":"1"};</script>
<script src="https://www.gfzk-demo.test/wp-content/plugins/simple-share/js/sharing.min.js?ver=2.0" id="sharing-js-js"></script>
<script src="https://www.gfzk-demo.test/wp-content/themes/sunpress/js/navigation.js?ver=1.4.2" id="sunpress-navigation-js"></script>
<script src="https://www.gfzk-demo.test/wp-includes/js/comment-reply.min.js?ver=6.3.1" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------
# 10 WordPress magazine theme: UTC <time datetime>, 2381次阅读, 出处, figure with protocol-relative src,
#    disclaimer inside entry-content, THE END, copyright box, 推荐阅读 with excerpts


def page_10() -> tuple[str, str, dict]:
    url = "https://www.cnxgc-demo.test/2023/04/03/gongye-chuneng-shouyi/"
    title = "工商业储能收益模式调查：峰谷价差拉大后项目算账更清晰"
    image = "//cdn.cnxgc-demo.test/wp-content/uploads/2023/04/chuneng-cabinet-1024x683.jpg"
    body = [
        "进入4月，多个省份新版分时电价政策陆续执行，高峰与低谷时段的电价差进一步拉大。记者走访长三角地区多家工业企业发现，此前观望的工商业储能项目开始加快落地。",
        "一处工业园区内的储能柜",
        "以一座2兆瓦/4兆瓦时的储能系统为例，按每天两充两放、峰谷价差0.8元/千瓦时计算，年收益可达180万元左右，投资回收期缩短至6年以内。一位项目开发商算了一笔账：“价差每提高0.1元，回收期就能缩短半年多。”",
        "不过，收益测算也面临不确定性。部分地区分时电价仍处于动态调整之中，电池循环寿命和容量衰减速度也直接影响项目后期收益。有企业负责人坦言，目前更倾向于采用合同能源管理模式，由投资方承担设备风险，企业分享节省的电费。",
        "业内专家建议，地方在出台支持政策时，应保持电价机制的相对稳定，同时完善储能项目并网、消防验收等标准流程，降低项目的制度性成本。",
    ]
    related = [
        (
            "/2023/03/28/xunidianchang-shidian/",
            "虚拟电厂试点扩围 负荷聚合商迎来新机会",
            "今年以来，多地将虚拟电厂纳入电力需求响应体系，负荷聚合商通过整合充电桩、空调和储能等资源参与调峰，获得相应补偿。",
        ),
        (
            "https://www.cnxgc-demo.test/2023/03/21/dianchi-huishou/",
            "动力电池回收网点加快布局",
            "随着首批新能源汽车动力电池进入集中退役期，多家企业在重点城市增设回收网点，并探索梯次利用和材料再生的商业模式。",
        ),
        (
            "//www.cnxgc-demo.test/2023/03/15/xianyu-chongdian/",
            "县域充电基础设施建设提速",
            "记者从多个县区了解到，今年新建的公共充电桩重点向乡镇和高速服务区延伸，充电“最后一公里”问题正逐步缓解。",
        ),
    ]
    figure = (
        '<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1024" height="683" '
        f'src="{image}" alt="" class="wp-image-3312" '
        'srcset="//cdn.cnxgc-demo.test/wp-content/uploads/2023/04/chuneng-cabinet-1024x683.jpg 1024w, '
        '//cdn.cnxgc-demo.test/wp-content/uploads/2023/04/chuneng-cabinet-300x200.jpg 300w" '
        'sizes="(max-width: 1024px) 100vw, 1024px" />'
        f'<figcaption class="wp-element-caption">{esc(body[1])}</figcaption></figure>'
    )
    content = "\n".join(
        [
            f"<p>{esc(body[0])}</p>",
            figure,
            p_tags(body[2:]),
            '<p class="has-small-font-size">声明：本文仅代表作者个人观点，不构成任何投资建议。</p>',
        ]
    )
    related_html = "\n".join(
        f'<div class="rec-item"><a class="rec-thumb" href="{h}"><img src="//cdn.cnxgc-demo.test/wp-content/uploads/2023/03/rec-{i}-300x200.jpg" alt=""></a>'
        f'<h4 class="rec-title"><a href="{h}">{esc(t)}</a></h4><p class="rec-excerpt">{esc(s)}</p></div>'
        for i, (h, t, s) in enumerate(related, 1)
    )
    page = fill(TEMPLATE_10, title=esc(title), content=content, related=related_html)
    expected = record(
        url,
        title=title,
        source="储能产业研究",
        published_at="2023-04-03T10:15:00+08:00",
        body=body,
        clicks=2381,
        breadcrumbs=["首页", "储能", "正文"],
        category="储能",
        images=[image],
        related=related,
    )
    return page, "utf-8", expected


TEMPLATE_10 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>@@TITLE@@ - 储能新观察</title>
<meta name="description" content="进入4月，多个省份新版分时电价政策陆续执行，高峰与低谷时段的电价差进一步拉大。">
<link rel="stylesheet" href="//www.cnxgc-demo.test/wp-content/themes/magzone/assets/css/main.css?ver=3.2">
<link rel="stylesheet" href="//www.cnxgc-demo.test/wp-content/themes/magzone/assets/css/iconfont.css?ver=3.2">
<script src="//www.cnxgc-demo.test/wp-includes/js/jquery/jquery.min.js?ver=3.6.1"></script>
<script>window.MAGZONE = {"ajaxurl":"https:\\/\\/www.cnxgc-demo.test\\/wp-admin\\/admin-ajax.php","postId":3301};</script>
</head>
<body class="post-template-default single single-post postid-3301">
<header class="header">
  <div class="container header-inner">
    <a class="logo" href="https://www.cnxgc-demo.test/"><img src="//www.cnxgc-demo.test/wp-content/uploads/2022/01/logo.png" alt="储能新观察"></a>
    <ul class="nav-menu">
      <li><a href="https://www.cnxgc-demo.test/">首页</a></li>
      <li class="current-post-ancestor"><a href="https://www.cnxgc-demo.test/category/chuneng/">储能</a></li>
      <li><a href="https://www.cnxgc-demo.test/category/dianchi/">电池</a></li>
      <li><a href="https://www.cnxgc-demo.test/category/dianli/">电力市场</a></li>
      <li><a href="https://www.cnxgc-demo.test/category/shendu/">深度</a></li>
    </ul>
    <div class="header-search"><form action="https://www.cnxgc-demo.test/" method="get"><input type="text" name="s" placeholder="搜索文章"><button type="submit"><i class="iconfont icon-search"></i></button></form></div>
  </div>
</header>
<div class="container top-ad"><a href="https://www.cnxgc-demo.test/go/expo" rel="nofollow" target="_blank"><img src="//www.cnxgc-demo.test/wp-content/uploads/ad/expo-1200x100.jpg" alt="广告"></a></div>
<div class="container main-wrap">
  <div class="content-wrap">
    <div class="breadcrumb"><i class="iconfont icon-home"></i> <a href="https://www.cnxgc-demo.test/">首页</a> / <a href="https://www.cnxgc-demo.test/category/chuneng/">储能</a> / 正文</div>
    <article class="post single-post">
      <h1 class="post-title">@@TITLE@@</h1>
      <div class="post-meta">
        <span class="author">作者：<a href="//www.cnxgc-demo.test/author/li-wei/">Li Wei</a></span>
        <time class="date" datetime="2023-04-03T02:15:00+00:00">2023-04-03 10:15</time>
        <span class="views"><i class="iconfont icon-eye"></i>2381次阅读</span>
        <span class="source">出处：储能产业研究</span>
        <span class="comments"><a href="#comments">0条评论</a></span>
      </div>
      <div class="entry-content">
@@CONTENT@@
      </div>
      <div class="the-end"><span>— THE END —</span></div>
      <div class="post-copyright">
        <p>版权所有：储能新观察。未经授权，禁止转载；已获授权的，转载时请注明出处。</p>
        <p>本文链接：https://www.cnxgc-demo.test/2023/04/03/gongye-chuneng-shouyi/</p>
      </div>
      <div class="post-tags">标签：<a href="https://www.cnxgc-demo.test/tag/gongshangye/" rel="tag">工商业储能</a> <a href="https://www.cnxgc-demo.test/tag/fenshi/" rel="tag">分时电价</a></div>
      <div class="post-actions">
        <a href="javascript:;" class="btn-like" data-id="3301"><i class="iconfont icon-zan"></i> 点赞(23)</a>
        <a href="javascript:;" class="btn-share"><i class="iconfont icon-share"></i> 分享</a>
        <div class="share-pop"><a href="javascript:;" class="wechat">微信</a><a href="javascript:;" class="weibo">微博</a><a href="javascript:;" class="qzone">QQ空间</a></div>
      </div>
    </article>
    <div class="post-nav">
      <div class="prev">上一篇：<a href="https://www.cnxgc-demo.test/2023/03/31/liudianchi/">液流电池示范项目进入调试阶段</a></div>
      <div class="next">下一篇：<a href="https://www.cnxgc-demo.test/2023/04/05/dianli-xianhuo/">电力现货市场连续结算试运行观察</a></div>
    </div>
    <div class="related-posts">
      <h3 class="block-title">推荐阅读</h3>
      <div class="rec-grid">
@@RELATED@@
      </div>
    </div>
    <div id="comments" class="comments">
      <h3 class="block-title">评论</h3>
      <p class="no-comments">暂无评论，快来抢沙发吧！</p>
      <form class="comment-form" action="https://www.cnxgc-demo.test/wp-comments-post.php" method="post"><textarea name="comment" placeholder="写下你的评论..."></textarea><input type="hidden" name="comment_post_ID" value="3301"><button type="submit">提交评论</button></form>
    </div>
  </div>
  <aside class="sidebar">
    <div class="widget widget-hot"><h3 class="widget-title">热门文章</h3>
      <ul>
        <li><span class="num">1</span><a href="https://www.cnxgc-demo.test/2023/03/10/gongchu-zhengce/">各地工商业储能支持政策汇总</a></li>
        <li><span class="num">2</span><a href="https://www.cnxgc-demo.test/2023/02/27/nalidian/">钠离子电池量产时间表</a></li>
        <li><span class="num">3</span><a href="https://www.cnxgc-demo.test/2023/02/14/huanliu/">储能变流器出货量排名</a></li>
      </ul>
    </div>
    <div class="widget widget-ad"><a href="https://www.cnxgc-demo.test/go/side" rel="nofollow"><img src="//www.cnxgc-demo.test/wp-content/uploads/ad/side-300x300.jpg" alt=""></a></div>
  </aside>
</div>
<footer class="footer">
  <div class="container">
    <p>&copy; 2023 储能新观察 All Rights Reserved. <a href="https://beian.miit.gov.cn/" rel="nofollow">沪ICP备10000010号</a></p>
    <p><a href="https://www.cnxgc-demo.test/about/">关于我们</a> · <a href="https://www.cnxgc-demo.test/contact/">联系我们</a> · <a href="https://www.cnxgc-demo.test/tougao/">投稿</a></p>
  </div>
</footer>
<script src="//www.cnxgc-demo.test/wp-content/themes/magzone/assets/js/main.js?ver=3.2"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------
# 11 big portal: bare "2023年05月17日 09:42  新华社" line, 原标题, （完）, 责任编辑：Li Wei, comments


def page_11() -> tuple[str, str, dict]:
    url = "https://finance.dzmh-demo.test/chanjing/2023-05-17/doc-imyufzhk4521307.shtml"
    title = "我国工业母机产业链加快补短板 多款高端数控机床实现量产"
    body = [
        "新华社北京5月16日电（记者 周明远）记者从有关行业协会获悉，今年一季度我国金属切削机床产量同比增长约6%，其中五轴联动加工中心、精密卧式加工中心等高端产品增速明显快于行业平均水平。",
        "业内人士介绍，过去高端数控机床的核心部件如数控系统、电主轴和高精度滚珠丝杠较多依赖进口。近年来，国内企业与高校、科研院所联合攻关，多款关键部件完成验证并进入批量供货阶段。",
        "在江苏一家机床企业的装配车间，一台台五轴加工中心正在进行精度检测。企业技术负责人说，公司自主研发的数控系统已在航空结构件加工领域稳定运行超过一万小时，产品交付周期比进口设备缩短一半以上。",
        "行业协会有关负责人表示，下一步将推动整机企业与用户企业开展“首台套”应用合作，加快形成稳定可靠的国产化供应体系。",
        "（完）",
    ]
    related = [
        (
            "https://finance.dzmh-demo.test/chanjing/2023-05-15/doc-imyufqwe4519876.shtml",
            "机器人减速器国产化率稳步提高",
            None,
        ),
        (
            "https://finance.dzmh-demo.test/chanjing/2023-05-12/doc-imyuerta4510332.shtml",
            "工业软件企业加快拓展制造业场景",
            None,
        ),
        ("/chanjing/2023-05-10/doc-imyudkfp4503918.shtml", "一季度装备制造业增加值保持增长", None),
    ]
    content = "<p>\u3000\u3000原标题：工业母机产业链补短板提速</p>\n" + p_tags(body, "\u3000\u3000")
    related_html = "\n".join(f'<li><a href="{h}" target="_blank">{esc(t)}</a></li>' for h, t, _ in related)
    page = fill(TEMPLATE_11, title=esc(title), content=content, related=related_html)
    expected = record(
        url,
        title=title,
        source="新华社",
        published_at="2023-05-17T09:42:00+08:00",
        body=body,
        editor="Li Wei",
        breadcrumbs=["财经", "产经", "正文"],
        category="产经",
        related=related,
    )
    return page, "utf-8", expected


TEMPLATE_11 = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@|数控机床|高端装备_大众门户财经_大众门户网</title>
<meta name="keywords" content="数控机床,工业母机,高端装备">
<meta name="description" content="记者从有关行业协会获悉，今年一季度我国金属切削机床产量同比增长约6%。">
<meta property="article:published_time" content="2023-05-17T09:42:00+08:00">
<meta property="article:author" content="新华社">
<meta name="mediaid" content="新华社">
<link rel="stylesheet" href="https://n.dzmh-demo.test/finance/css/article_2023.css">
<script src="https://n.dzmh-demo.test/common/js/jquery.min.js"></script>
<script>
var ARTICLE_DATA = {
  channel: 'finance', newsid: 'doc-imyufzhk4521307', uid: '', commentChannel: 'cj', commentId: 'comos-myufzhk4521307',
  pubDate: '2023-05-17 09:42:00', source: 'xinhua'
};
</script>
</head>
<body>
<div class="top-bar">
  <div class="w1000">
    <a href="https://www.dzmh-demo.test/">大众门户网首页</a>
    <a href="https://news.dzmh-demo.test/">新闻</a><a href="https://finance.dzmh-demo.test/">财经</a><a href="https://tech.dzmh-demo.test/">科技</a><a href="https://auto.dzmh-demo.test/">汽车</a><a href="https://house.dzmh-demo.test/">房产</a>
    <span class="login"><a href="https://login.dzmh-demo.test/">登录</a></span>
  </div>
</div>
<div class="header w1000">
  <a class="logo" href="https://finance.dzmh-demo.test/"><img src="https://n.dzmh-demo.test/finance/images/logo_finance.png" alt="大众门户财经"></a>
  <div class="nav"><a href="https://finance.dzmh-demo.test/">财经首页</a><a href="https://finance.dzmh-demo.test/stock/">股票</a><a href="https://finance.dzmh-demo.test/chanjing/">产经</a><a href="https://finance.dzmh-demo.test/money/">理财</a><a href="https://finance.dzmh-demo.test/7x24/">7x24</a></div>
</div>
<div class="w1000 main-content clearfix">
  <div class="article-left">
    <div class="channel-path"><a href="https://finance.dzmh-demo.test/">财经</a>&gt;<a href="https://finance.dzmh-demo.test/chanjing/">产经</a>&gt;正文</div>
    <h1 class="main-title">@@TITLE@@</h1>
    <div class="top-bar-wrap">
      <div class="date-source">
        <span class="date">2023年05月17日 09:42</span>
        <a href="http://www.xinhua-demo.test/" class="source" target="_blank" rel="nofollow">新华社</a>
      </div>
      <div class="share-tools">
        <a href="javascript:;" class="share-weibo" title="分享到微博">微博</a>
        <a href="javascript:;" class="share-weixin" title="分享到微信">微信</a>
        <a href="#comment_area" class="comment-num">评论<span>15</span></a>
        <a href="javascript:;" class="font-size" title="调整字号">A<sup>+</sup></a>
      </div>
    </div>
    <div class="article" id="artibody" data-sudaclick="blk_content">
<!-- 正文 start -->
@@CONTENT@@
<!-- 正文 end -->
    </div>
    <p class="article-editor">责任编辑：Li Wei</p>
    <div class="app-guide"><a href="https://m.dzmh-demo.test/app/" target="_blank"><img src="https://n.dzmh-demo.test/finance/images/app_qr.png" alt=""><span>海量资讯、精准解读，尽在大众门户财经APP</span></a></div>
    <div class="related-news">
      <h2>相关新闻</h2>
      <ul>
@@RELATED@@
      </ul>
    </div>
    <div class="ad-box"><iframe src="https://ad.dzmh-demo.test/show?pos=finance_article_bottom" width="640" height="90" frameborder="0" scrolling="no"></iframe></div>
    <div class="comment-area" id="comment_area">
      <div class="comment-head"><span class="title">我要评论</span><span class="count">已有<em>15</em>人参与</span></div>
      <div class="comment-form"><textarea placeholder="说点什么吧"></textarea><button>发布</button></div>
      <div class="comment-list">
        <h3>热门评论</h3>
        <div class="comment-item"><span class="user">江苏苏州网友</span><span class="time">2023-05-17 10:21</span><p>核心部件能自己做了，这才是真正的进步。</p><span class="zan">赞(86)</span></div>
        <div class="comment-item"><span class="user">陕西西安网友</span><span class="time">2023-05-17 11:05</span><p>希望价格也能更有竞争力，中小企业用得起。</p><span class="zan">赞(41)</span></div>
      </div>
    </div>
  </div>
  <div class="article-right">
    <div class="side-box"><h3>财经热点</h3>
      <ul class="rank-list">
        <li><em>1</em><a href="https://finance.dzmh-demo.test/chanjing/2023-05-16/doc-imyufabc4517720.shtml">多地出台措施支持消费电子产品以旧换新</a></li>
        <li><em>2</em><a href="https://finance.dzmh-demo.test/stock/2023-05-16/doc-imyufdef4516001.shtml">机械设备板块午后走强</a></li>
        <li><em>3</em><a href="https://finance.dzmh-demo.test/chanjing/2023-05-15/doc-imyufghi4513842.shtml">船舶行业手持订单创近年新高</a></li>
      </ul>
    </div>
    <div class="side-box"><h3>7x24小时</h3>
      <ul class="live-list">
        <li><span>09:38</span>一季度规模以上工业企业利润数据发布时间确定</li>
        <li><span>09:31</span>多家机床企业披露一季度订单情况</li>
      </ul>
    </div>
    <div class="side-ad"><iframe src="https://ad.dzmh-demo.test/show?pos=finance_article_right" width="300" height="250" frameborder="0" scrolling="no"></iframe></div>
  </div>
</div>
<div class="footer">
  <p><a href="https://www.dzmh-demo.test/about/">关于我们</a> | <a href="https://www.dzmh-demo.test/ad/">广告服务</a> | <a href="https://www.dzmh-demo.test/contact/">联系我们</a> | <a href="https://www.dzmh-demo.test/jubao/">违法和不良信息举报</a></p>
  <p>Copyright &copy; 1999-2023 大众门户网 版权所有</p>
</div>
<script src="https://n.dzmh-demo.test/finance/js/article_2023.js"></script>
<script src="https://n.dzmh-demo.test/common/js/stat.js?pv=1"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------
# 12 regional news portal, GBK (meta charset gbk): subtitle and author line between headline and info,
#    "长江经济报 2022-06-14" unlabelled, disclaimer, （编辑：… 审校：…）, 相关阅读 summaries ending in …


def page_12() -> tuple[str, str, dict]:
    url = "http://news.hbjj-demo.test/system/2022/06/14/030512897.shtml"
    title = "中欧班列开行量保持增长 沿线城市外贸企业受益"
    body = [
        "6月13日上午，一列满载汽车零部件和电子产品的中欧班列从襄汉国际陆港驶出，经阿拉山口口岸出境，预计16天后抵达德国杜伊斯堡。这是今年从陆港始发的第212列中欧班列。",
        "陆港运营公司负责人介绍，今年前5个月，陆港累计开行中欧班列212列，同比增长18%；回程班列占比提高到四成以上，进口货物以汽车整车、机械设备和食品为主。",
        "班列常态化开行，让不少外贸企业尝到了甜头。一家汽车零部件企业的物流经理算了一笔账：走铁路比海运节省时间20天左右，运费又只有空运的五分之一左右，企业库存周转明显加快。",
        "为进一步提升服务水平，陆港今年新建了海关监管作业场所和冷链查验平台，推行“一次申报、一次查验、一次放行”，班列通关时间压缩至6小时以内。",
    ]
    related = [
        (
            "/system/2022/06/10/030509341.shtml",
            "长江航运集装箱吞吐量创同期新高",
            "今年前5个月，长江干线主要港口完成集装箱吞吐量同比增长一成以上，其中外贸集装箱增长较快",
        ),
        (
            "http://news.hbjj-demo.test/system/2022/06/08/030507752.shtml",
            "跨境电商综试区出口包裹量翻番",
            "在多个跨境电商综合试验区，海外仓和集中监管模式的推广让出口包裹通关更加便利",
        ),
        (
            "../../05/30/030498813.shtml",
            "物流保通保畅措施落地见效",
            "随着一系列保通保畅措施落地，多条干线公路和铁路货运量逐步回升",
        ),
    ]
    related_html = "\n".join(
        f'<li><h4><a href="{h}" target="_blank">{esc(t)}</a></h4><p>{esc(s)}…</p></li>' for h, t, s in related
    )
    page = fill(TEMPLATE_12, title=esc(title), content=p_tags(body, "\u3000\u3000"), related=related_html)
    expected = record(
        url,
        title=title,
        source="长江经济报",
        published_at="2022-06-14T00:00:00+08:00",
        body=body,
        editor="方琳",
        reviewer="钱宁",
        breadcrumbs=["湖北经济网", "新闻", "经济"],
        category="经济",
        related=related,
    )
    return page, "gbk", expected


TEMPLATE_12 = """<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>@@TITLE@@_经济_湖北经济网</title>
<meta name="keywords" content="中欧班列,陆港,外贸">
<meta name="description" content="6月13日上午，一列满载汽车零部件和电子产品的中欧班列从襄汉国际陆港驶出。">
<link rel="stylesheet" href="http://static.hbjj-demo.test/css/news_detail.css">
<script src="http://static.hbjj-demo.test/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="site-top">
  <div class="w1000">
    <a href="http://www.hbjj-demo.test/" class="home-logo"><img src="http://static.hbjj-demo.test/img/logo_s.png" alt="湖北经济网"></a>
    <ul class="top-channels">
      <li><a href="http://news.hbjj-demo.test/">新闻</a></li>
      <li><a href="http://news.hbjj-demo.test/jingji/">经济</a></li>
      <li><a href="http://news.hbjj-demo.test/chanye/">产业</a></li>
      <li><a href="http://news.hbjj-demo.test/difang/">市州</a></li>
      <li><a href="http://www.hbjj-demo.test/video/">视频</a></li>
    </ul>
  </div>
</div>
<div class="w1000 crumbs-line"><a href="http://www.hbjj-demo.test/">湖北经济网</a> &gt; <a href="http://news.hbjj-demo.test/">新闻</a> &gt; <a href="http://news.hbjj-demo.test/jingji/">经济</a></div>
<div class="w1000 clearfix">
  <div class="left-main">
    <div class="news-head">
      <h1>@@TITLE@@</h1>
      <h2 class="subtitle">——来自襄汉国际陆港的调查</h2>
      <p class="author-line">本报记者　吴振华　通讯员　李晓东</p>
      <div class="info"><span class="src">长江经济报</span>&nbsp;&nbsp;<span class="time">2022-06-14</span>&nbsp;&nbsp;<a href="javascript:;" class="fontsize">字号：<b>大</b> <b>中</b> <b>小</b></a></div>
    </div>
    <div class="news-body" id="newsbody">
@@CONTENT@@
    </div>
    <div class="statement">声明：本文转载自长江经济报，版权归原作者所有。如涉及作品内容、版权等问题，请与本网联系删除。</div>
    <div class="editor-line">（编辑：方琳　审校：钱宁）</div>
    <div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ</a></div>
    <div class="related-read">
      <h3>相关阅读</h3>
      <ul>
@@RELATED@@
      </ul>
    </div>
  </div>
  <div class="right-side">
    <div class="box"><h3>今日热点</h3>
      <ul>
        <li><a href="http://news.hbjj-demo.test/system/2022/06/14/030512850.shtml">光谷企业研发投入强度再提升</a></li>
        <li><a href="http://news.hbjj-demo.test/system/2022/06/13/030511902.shtml">汽车零部件产业集群加快补链</a></li>
        <li><a href="http://news.hbjj-demo.test/system/2022/06/13/030511377.shtml">夏粮收购陆续展开</a></li>
      </ul>
    </div>
    <div class="box ad"><a href="http://ad.hbjj-demo.test/click?id=88" target="_blank"><img src="http://static.hbjj-demo.test/ad/300x250_0614.jpg" alt=""></a></div>
  </div>
</div>
<div class="footer">
  <p>湖北经济网版权所有，未经书面授权禁止使用</p>
  <p>鄂ICP备10000011号　互联网新闻信息服务许可证：42120220001</p>
</div>
<script src="http://static.hbjj-demo.test/js/news_detail.js"></script>
<script>var _czc = _czc || [];_czc.push(["_setAccount", "1000000011"]);</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------
# 13 mobile page: unlabelled source/time, 阅读数(4720), protocol-relative image, 责编, no breadcrumb


def page_13() -> tuple[str, str, dict]:
    url = "https://m.dhsb-demo.test/news/2023/1008/51234.html"
    title = "电动自行车新国标实施在即 部分企业提前完成产线改造"
    image = "//img.dhsb-demo.test/2023/1008/ddc-line.jpg"
    body = [
        "记者近日走访多家电动自行车生产企业了解到，随着新版强制性国家标准实施日期临近，不少企业已提前完成生产线改造和新产品认证，部分新车型已经上市销售。",
        "新标准对整车防火性能、电池安全和防篡改等方面提出了更严格的要求。一家企业的技术总监介绍，公司为此调整了车架材料和线束布局，单车生产成本增加约80元。",
        "销售终端也在积极备货。在市区一家门店，店主告诉记者，符合新标准的车型占店内库存的比例已超过七成，“消费者最关心的是续航和价格，目前新车型价格与老款基本持平。”",
        "市场监管部门提醒，消费者购车时应查看产品合格证和强制性认证标志，不要私自改装车辆或更换大容量电池。",
    ]
    related = [
        ("/news/2023/1007/51219.html", "本地家电企业国庆假期出口订单排满", None),
        ("/news/2023/1006/51198.html", "跨境电商园区新增海外仓12个", None),
        ("https://m.dhsb-demo.test/news/2023/1005/51170.html", "智能卫浴产品行业标准修订启动", None),
    ]
    content = "\n".join(
        [
            f"<p>{esc(body[0])}</p>",
            f'<p class="m-img"><img src="{image}" width="100%" alt=""></p>',
            p_tags(body[1:]),
        ]
    )
    related_html = "\n".join(
        f'<li><a href="{h}"><h4>{esc(t)}</h4><p class="m-rec-meta"><span>东海商报</span><span>10-0{7 - i}</span></p></a></li>'
        for i, (h, t, _) in enumerate(related)
    )
    page = fill(TEMPLATE_13, title=esc(title), content=content, related=related_html)
    expected = record(
        url,
        title=title,
        source="东海商报",
        published_at="2023-10-08T15:20:00+08:00",
        body=body,
        clicks=4720,
        editor="罗佳",
        images=[image],
        related=related,
    )
    return page, "utf-8", expected


TEMPLATE_13 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="apple-mobile-web-app-capable" content="yes">
<title>@@TITLE@@-东海商报手机版</title>
<link rel="canonical" href="https://www.dhsb-demo.test/news/2023/1008/51234.html">
<link rel="stylesheet" href="//static.dhsb-demo.test/m/css/article.css?v=20230901">
<script>
(function(){var w=document.documentElement.clientWidth;document.documentElement.style.fontSize=(w/7.5)+'px';})();
</script>
</head>
<body>
<header class="m-header">
  <a class="m-back" href="javascript:history.back();">返回</a>
  <a class="m-logo" href="/"><img src="//static.dhsb-demo.test/m/img/logo.png" alt="东海商报"></a>
  <a class="m-search" href="/search/">搜索</a>
</header>
<div class="m-app-banner"><a href="https://app.dhsb-demo.test/download?from=m_article">打开东海商报APP，阅读体验更佳</a><span class="close">×</span></div>
<div class="m-article">
  <h1 class="m-title">@@TITLE@@</h1>
  <div class="m-meta">
    <span class="m-src">东海商报</span>
    <span class="m-time">2023-10-08 15:20</span>
    <span class="m-read">阅读数(4720)</span>
  </div>
  <div class="m-content">
@@CONTENT@@
  </div>
  <p class="m-editor">责编：罗佳</p>
  <div class="m-actions">
    <a href="javascript:;" class="m-like"><i></i>点赞 <em>36</em></a>
    <a href="javascript:;" class="m-share"><i></i>分享</a>
  </div>
  <div class="m-open-app"><a href="https://app.dhsb-demo.test/download?from=m_article_bottom">打开APP，阅读更多精彩内容</a></div>
</div>
<div class="m-ad"><a href="https://ad.dhsb-demo.test/m/click?id=31"><img src="//static.dhsb-demo.test/ad/m_640x200.jpg" alt=""></a></div>
<div class="m-recommend">
  <h3 class="m-sec-title">推荐阅读</h3>
  <ul>
@@RELATED@@
  </ul>
</div>
<nav class="m-tabbar">
  <a href="/" class="on">首页</a>
  <a href="/video/">视频</a>
  <a href="/kuaixun/">快讯</a>
  <a href="/my/">我的</a>
</nav>
<footer class="m-footer"><a href="https://www.dhsb-demo.test/news/2023/1008/51234.html?pc=1">电脑版</a> | &copy; 东海商报</footer>
<script src="//static.dhsb-demo.test/m/js/zepto.min.js"></script>
<script src="//static.dhsb-demo.test/m/js/article.js?v=20230901"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------
# 14 legacy WAP page (XHTML Mobile Profile, UTF-8 by XML declaration only): labels split by <br/>, 点击:352


def page_14() -> tuple[str, str, dict]:
    url = "http://3g.gxnx-demo.test/content/20190715/8876.html"
    title = "荔浦芋头喜获丰收 产地收购价每斤上涨三角"
    body = [
        "7月中旬，荔浦市各乡镇的芋头陆续进入采收期。今年芋头种植期间光照充足、雨水适中，亩产比去年提高一成左右，品质也普遍较好。",
        "在茶城乡一处种植基地，收购商直接在地头过秤装车。种植户何大姐说，今年产地收购价每斤比去年上涨三角，自家种的8亩芋头预计能增收一万多元。",
        "近年来，当地通过推广脱毒种苗和标准化种植技术，芋头产量和商品率不断提高。同时，加工企业开发出芋头干、芋泥等系列产品，进一步拓宽了销售渠道。",
    ]
    page = fill(TEMPLATE_14, title=esc(title), content=p_tags(body))
    expected = record(
        url,
        title=title,
        source="桂林农讯",
        published_at="2019-07-15T07:50:00+08:00",
        body=body,
        clicks=352,
        editor="唐小红",
        breadcrumbs=["首页", "农业", "正文"],
        category="农业",
    )
    return page, "utf-8", expected


TEMPLATE_14 = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>@@TITLE@@</title>
<meta name="viewport" content="width=device-width,initial-scale=1.0" />
<style type="text/css">body{font-size:14px;margin:4px}.t{font-weight:bold;font-size:16px}.info{color:#666}.nav a{color:#036}</style>
</head>
<body>
<div class="logo"><a href="/"><img src="/images/wap_logo.gif" alt="广西农信手机网" /></a></div>
<div class="nav"><a href="/">首页</a>-<a href="/list/nongye/">农业</a>-正文</div>
<hr />
<p class="t">@@TITLE@@</p>
<p class="info">来源：桂林农讯<br />时间：2019-07-15 07:50<br />点击:352</p>
<div class="content">
@@CONTENT@@
</div>
<p>[编辑:唐小红]</p>
<hr />
<p>上一篇：<a href="/content/20190714/8861.html">罗汉果进入开花期</a><br />下一篇：<a href="/content/20190716/8893.html">沙田柚果园防裂果技术</a></p>
<p><a href="/list/nongye/">返回农业</a> | <a href="/">返回首页</a></p>
<p>热点：<a href="/content/20190712/8840.html">早稻开镰</a> <a href="/content/20190710/8822.html">桑蚕茧价走高</a></p>
<hr />
<p><a href="http://www.gxnx-demo.test/content/20190715/8876.html">电脑版</a> | 广西农信手机网</p>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------
# 15 DedeCMS on an old table template, GBK (meta charset gb2312): counter inside <font>, body lines by <br />


def page_15() -> tuple[str, str, dict]:
    url = "http://www.gxgy-demo.test/html/cyxw/2020/0721/377.html"
    title = "丰城市再生铜产业园引进智能熔炼线 能耗下降近两成"
    counter = "/plus/count.php?view=yes&aid=377&mid=1"
    body = [
        "日前，丰城市循环经济产业园内一家再生铜企业的智能熔炼生产线正式投用。这条生产线采用富氧熔炼和余热回收技术，配套建设了在线监测系统，投用后吨铜综合能耗下降近两成。",
        "丰城是江西重要的再生资源集散地，园区现有再生铜、再生铝及下游加工企业70余家。近年来，园区推动企业淘汰落后的小型反射炉，引导企业开展设备更新和工艺改造，截至目前已有14家企业完成智能化改造。",
        "园区管委会有关负责人表示，将加快建设再生金属交易中心和检测中心，推动产业从“收废料”向“造精品”转变，力争到2022年园区再生金属产业营业收入突破500亿元。",
        "（通讯员 罗志强）",
    ]
    related = [
        ("/html/cyxw/2020/0715/362.html", "新余钢铁企业超低排放改造全面完成", None),
        ("/html/cyxw/2020/0709/351.html", "鹰潭铜产业数字化平台上线", None),
    ]
    content = "<br />\n".join(f"\u3000\u3000{esc(p)}" for p in body)
    related_html = "\n".join(
        f'<tr><td width="85%">·<a href="{h}" target="_blank">{esc(t)}</a></td><td>07-{h.split("/")[-2][2:]}</td></tr>'
        for h, t, _ in related
    )
    page = fill(TEMPLATE_15, title=esc(title), counter=counter, content=content, related=related_html)
    expected = record(
        url,
        title=title,
        source="赣西工业报",
        published_at="2020-07-21T00:00:00+08:00",
        body=body,
        counter_src=counter,
        breadcrumbs=["首页", "产业新闻", "正文"],
        category="产业新闻",
        related=related,
    )
    return page, "gbk", expected


TEMPLATE_15 = """<html>
<head>
<meta charset="gb2312">
<title>@@TITLE@@_产业新闻_江西工业网</title>
<meta name="keywords" content="再生铜,丰城,智能熔炼">
<link href="/templets/jxgy/css.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/templets/jxgy/js/menu.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="260"><a href="/"><img src="/templets/jxgy/images/logo.jpg" width="260" height="80" border="0"></a></td>
    <td align="right"><a href="/plus/ad_js.php?aid=1"><img src="/uploads/ad/head_680x80.gif" width="680" height="80" border="0"></a></td>
  </tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#0D4C94">
  <tr>
    <td height="34" class="menu"><a href="/">首页</a>　<a href="/html/cyxw/">产业新闻</a>　<a href="/html/qyfc/">企业风采</a>　<a href="/html/zcfg/">政策法规</a>　<a href="/html/tzzs/">投资招商</a>　<a href="/html/rcpx/">人才培训</a></td>
  </tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="place">
  <tr><td height="28">您现在的位置：<a href='/'>首页</a> &gt;&gt; <a href='/html/cyxw/'>产业新闻</a> &gt;&gt; 正文</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="700" valign="top">
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="newsbox">
        <tr><td height="50" align="center" class="title"><font size="4" color="#003366"><b>@@TITLE@@</b></font></td></tr>
        <tr>
          <td height="26" align="center" class="info" bgcolor="#F2F2F2">作者：熊文斌&nbsp;&nbsp;出处：赣西工业报&nbsp;&nbsp;更新时间：2020年07月21日&nbsp;&nbsp;点击数：<font color="red"><script src="@@COUNTER@@" language="javascript"></script></font></td>
        </tr>
        <tr>
          <td class="content" style="padding:15px; line-height:200%; font-size:14px">
@@CONTENT@@
          </td>
        </tr>
        <tr>
          <td align="right" height="30">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td>
        </tr>
        <tr>
          <td height="26">上一篇：<a href='/html/cyxw/2020/0720/375.html'>樟树医药产业园新增投产企业5家</a><br>下一篇：<a href='/html/cyxw/2020/0722/380.html'>萍乡电瓷产品出口逆势增长</a></td>
        </tr>
      </table>
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="xgwz">
        <tr><td colspan="2" height="28" class="xgtitle"><b>相关文章</b></td></tr>
@@RELATED@@
      </table>
    </td>
    <td width="10"></td>
    <td width="250" valign="top">
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="sidebox">
        <tr><td class="sidetitle"><b>本周热门</b></td></tr>
        <tr><td>·<a href="/html/cyxw/2020/0718/371.html">赣州稀土功能材料项目签约</a><br>·<a href="/html/qyfc/2020/0716/366.html">一家铜箔企业的技改故事</a><br>·<a href="/html/zcfg/2020/0714/359.html">工业企业技术改造奖补办法解读</a></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr><td align="center" height="60">江西工业网 版权所有 Copyright &copy; 2006-2020<br>赣ICP备10000012号</td></tr>
</table>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------
# 16 national portal (newspaper site): pre-title, author line, "2023年07月26日08:21 | 来源：", (责编：)


def page_16() -> tuple[str, str, dict]:
    url = "http://finance.rmjj-demo.test/n1/2023/0726/c1004-40043215.html"
    title = "上半年我国跨境电商进出口规模稳中有增"
    body = [
        "本报北京7月25日电（记者 孙亚楠）海关最新数据显示，上半年我国跨境电商进出口额同比增长约16%，占同期外贸进出口总值的比重进一步提高。其中，出口增长快于进口。",
        "从商品结构看，服装鞋帽、家居用品和消费电子仍是跨境电商出口的主力品类，户外用品、宠物用品等细分品类增长较快。进口方面，美妆个护、营养保健品和母婴用品需求稳定。",
        "业内人士表示，跨境电商企业正在从“铺货”向“品牌出海”转型，越来越多的企业在海外建立自有站点和售后服务体系。与此同时，海外仓数量持续增加，为境外消费者提供更快捷的配送和退换货服务。",
        "商务部门有关负责人表示，将继续推进跨境电商综合试验区建设，支持企业规范发展海外仓，提升跨境物流和支付结算便利化水平。",
    ]
    related = [
        (
            "http://finance.rmjj-demo.test/n1/2023/0725/c1004-40042876.html",
            "服务贸易进出口保持增长态势",
            None,
        ),
        (
            "http://finance.rmjj-demo.test/n1/2023/0724/c1004-40041903.html",
            "多地优化外贸企业出口退税流程",
            None,
        ),
    ]
    related_html = "\n".join(
        f'<li><a href="{h}" target="_blank"><img src="http://finance.rmjj-demo.test/NMediaFile/2023/0725/tj{i}.jpg" width="200" height="130"><p>{esc(t)}</p></a></li>'
        for i, (h, t, _) in enumerate(related, 1)
    )
    page = fill(TEMPLATE_16, title=esc(title), content=p_tags(body, "\u3000\u3000"), related=related_html)
    expected = record(
        url,
        title=title,
        source="开放经济报",
        published_at="2023-07-26T08:21:00+08:00",
        body=body,
        editor="罗文",
        breadcrumbs=["人民经济网", "财经频道"],
        category="财经频道",
        related=related,
    )
    return page, "utf-8", expected


TEMPLATE_16 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=UTF-8"/>
<meta http-equiv="Content-Language" content="utf-8" />
<title>@@TITLE@@--财经--人民经济网</title>
<meta name="keywords" content="跨境电商,海外仓,外贸" />
<meta name="description" content="海关最新数据显示，上半年我国跨境电商进出口额同比增长约16%。" />
<meta name="publishid" content="40043215.11.1004.0" />
<meta name="source" content="来源：开放经济报" />
<meta name="author" content="孙亚楠" />
<link href="http://finance.rmjj-demo.test/img/2020wbc/css/page_text.css" type="text/css" rel="stylesheet" />
<script src="http://finance.rmjj-demo.test/img/2020wbc/js/jquery-1.7.1.min.js" type="text/javascript"></script>
</head>
<body>
<div class="header">
  <div class="w1000 clearfix">
    <div class="fl"><a href="http://www.rmjj-demo.test/" target="_blank"><img src="http://finance.rmjj-demo.test/img/2020wbc/images/logo.png" alt="人民经济网" /></a></div>
    <div class="fr nav"><a href="http://www.rmjj-demo.test/">首页</a>|<a href="http://finance.rmjj-demo.test/">财经</a>|<a href="http://industry.rmjj-demo.test/">产经</a>|<a href="http://energy.rmjj-demo.test/">能源</a>|<a href="http://auto.rmjj-demo.test/">汽车</a></div>
  </div>
</div>
<div class="w1000 route"><a href="http://www.rmjj-demo.test/" target="_blank">人民经济网</a>&gt;&gt;<a href="http://finance.rmjj-demo.test/" target="_blank">财经频道</a></div>
<div class="w1000 clearfix">
  <div class="text_c fl">
    <h3 class="pre">海关数据显示</h3>
    <h1>@@TITLE@@</h1>
    <p class="author">本报记者　孙亚楠</p>
    <div class="box01">
      <div class="fl">2023年07月26日08:21&nbsp;&nbsp;|&nbsp;&nbsp;来源：<a href="http://paper.kfjjb-demo.test/" target="_blank">开放经济报</a></div>
      <div class="fr"><span class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></span></div>
    </div>
    <div class="rm_txt_con cf">
@@CONTENT@@
      <div class="edit cf">(责编：罗文)</div>
    </div>
    <div class="share_box">分享让更多人看到</div>
    <div class="box_tj">
      <h2>推荐阅读</h2>
      <ul class="cf">
@@RELATED@@
      </ul>
    </div>
  </div>
  <div class="text_r fr">
    <div class="box_ph"><h2>财经排行</h2>
      <ol>
        <li><a href="http://finance.rmjj-demo.test/n1/2023/0725/c1004-40042510.html">二季度新增减税降费数据公布</a></li>
        <li><a href="http://finance.rmjj-demo.test/n1/2023/0724/c1004-40041655.html">外资企业在华再投资意愿调查</a></li>
      </ol>
    </div>
    <div class="box_ad"><script src="http://ad.rmjj-demo.test/js/finance_r1.js"></script></div>
  </div>
</div>
<div class="footer">
  <p><a href="http://www.rmjj-demo.test/about/">关于我们</a> | <a href="http://www.rmjj-demo.test/contact/">联系我们</a> | <a href="http://www.rmjj-demo.test/jubao/">违法和不良信息举报</a></p>
  <p>人民经济网版权所有，未经书面授权禁止使用</p>
  <p>Copyright &copy; 2023 by www.rmjj-demo.test. all rights reserved</p>
</div>
<script src="http://finance.rmjj-demo.test/img/2020wbc/js/page_text.js" type="text/javascript"></script>
<script src="http://tongji.rmjj-demo.test/pv.js?site=finance"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------
# 17 DedeCMS category list page (not an article)


def page_17() -> tuple[str, str, dict]:
    url = "https://www.nengyuan-demo.test/chuneng/list_12_2.html"
    items = [
        (
            "/chuneng/2022/0530/840.html",
            "储能电站安全标准体系加快完善",
            "多项涉及储能电池、消防系统和并网检测的标准近期进入征求意见阶段。",
            "2022-05-30",
            512,
        ),
        (
            "/chuneng/2022/0526/831.html",
            "共享储能租赁价格走势观察",
            "多个省份共享储能容量租赁价格在每年每千瓦时200元至300元之间。",
            "2022-05-26",
            388,
        ),
        (
            "/chuneng/2022/0523/824.html",
            "压缩空气储能示范电站完成试运行",
            "电站利用地下盐穴储气，设计储能容量为400兆瓦时，转换效率超过六成。",
            "2022-05-23",
            1024,
        ),
        (
            "/chuneng/2022/0519/817.html",
            "储能电池出货量同比大幅增长",
            "一季度国内储能电池出货量同比增长超过一倍，电力储能占比最高。",
            "2022-05-19",
            761,
        ),
        (
            "/chuneng/2022/0516/809.html",
            "海岛微电网配套储能项目投运",
            "项目为海岛居民和渔业加工企业提供稳定电力，减少柴油发电机使用。",
            "2022-05-16",
            295,
        ),
        (
            "/chuneng/2022/0512/801.html",
            "用户侧储能参与需求响应获补偿",
            "参与需求响应的储能项目按削减负荷量获得补偿，单次最高每千瓦4元。",
            "2022-05-12",
            433,
        ),
    ]
    rows = "\n".join(
        f'<li><h3><a href="{h}" target="_blank">{esc(t)}</a></h3><p class="intro">{esc(s)}</p>'
        f'<p class="meta"><span>日期：{d}</span><span>点击：{c}</span></p></li>'
        for h, t, s, d, c in items
    )
    page = fill(TEMPLATE_17, rows=rows)
    return page, "utf-8", {"url": url, "error": True}


TEMPLATE_17 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>储能_能源前沿网 - 第2页</title>
<meta name="keywords" content="储能,储能电站,储能电池">
<meta name="description" content="能源前沿网储能频道，关注储能技术、项目与政策。">
<link rel="stylesheet" href="/skin/css/bootstrap.min.css">
<link rel="stylesheet" href="/skin/css/style.css?v=2.1">
<script src="/skin/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="container"><span class="welcome">欢迎访问能源前沿网！</span><span class="pull-right"><a href="/member/login.php">登录</a> | <a href="/member/reg_new.php">注册</a></span></div></div>
<header class="site-header">
  <div class="container"><a class="logo" href="/"><img src="/skin/images/logo.png" alt="能源前沿网"></a></div>
  <nav class="main-nav"><div class="container"><ul>
    <li><a href="/">首页</a></li><li><a href="/xinnengyuan/">新能源</a></li><li><a href="/guangfu/">光伏</a></li><li><a href="/fengdian/">风电</a></li><li class="active"><a href="/chuneng/">储能</a></li><li><a href="/qingneng/">氢能</a></li>
  </ul></div></nav>
</header>
<div class="container main">
  <div class="row">
    <div class="col-md-8">
      <div class="breadcrumb-bar">您的位置：<a href="/">网站首页</a> &gt; <a href="/xinnengyuan/">新能源</a> &gt; <a href="/chuneng/">储能</a> &gt; 列表</div>
      <ul class="article-list">
@@ROWS@@
      </ul>
      <div class="dede_pages">
        <ul class="pagelist">
          <li><a href="list_12_1.html">首页</a></li>
          <li><a href="list_12_1.html">上一页</a></li>
          <li><a href="list_12_1.html">1</a></li>
          <li class="thisclass"><a>2</a></li>
          <li><a href="list_12_3.html">3</a></li>
          <li><a href="list_12_4.html">4</a></li>
          <li><a href="list_12_3.html">下一页</a></li>
          <li><a href="list_12_25.html">末页</a></li>
          <li><span class="pageinfo">共 <strong>25</strong>页<strong>296</strong>条</span></li>
        </ul>
      </div>
    </div>
    <aside class="col-md-4 sidebar">
      <div class="widget"><h3>热门排行</h3>
        <ol>
          <li><a href="/fengdian/2022/0610/874.html">海上风电运维船队规模扩大</a></li>
          <li><a href="/qingneng/2022/0608/866.html">加氢站建设补贴政策出台</a></li>
        </ol>
      </div>
    </aside>
  </div>
</div>
<footer class="site-footer"><div class="container"><p>Copyright &copy; 2015-2022 能源前沿网 版权所有 <a href="https://beian.miit.gov.cn/">粤ICP备10000002号</a></p></div></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------
# 18 WordPress search results page (not an article)


def page_18() -> tuple[str, str, dict]:
    url = "https://www.cnxgc-demo.test/?s=%E5%B7%A5%E5%95%86%E4%B8%9A%E5%82%A8%E8%83%BD"
    items = [
        (
            "https://www.cnxgc-demo.test/2023/04/03/gongye-chuneng-shouyi/",
            "工商业储能收益模式调查：峰谷价差拉大后项目算账更清晰",
            "2023-04-03T02:15:00+00:00",
            "2023-04-03",
            "进入4月，多个省份新版分时电价政策陆续执行，高峰与低谷时段的电价差进一步拉大……",
        ),
        (
            "https://www.cnxgc-demo.test/2023/03/10/gongchu-zhengce/",
            "各地工商业储能支持政策汇总",
            "2023-03-10T01:00:00+00:00",
            "2023-03-10",
            "本文整理了今年以来多个省市出台的工商业储能补贴、电价和并网支持政策……",
        ),
        (
            "https://www.cnxgc-demo.test/2022/12/19/chuneng-hetong/",
            "合同能源管理模式在工商业储能中的应用",
            "2022-12-19T06:30:00+00:00",
            "2022-12-19",
            "由投资方出资建设储能设施、企业分享节省电费的模式，正在被越来越多的园区采用……",
        ),
    ]
    rows = "\n".join(
        f'<article class="post search-item"><h2 class="post-title"><a href="{h}">{esc(t)}</a></h2>'
        f'<div class="post-meta"><time datetime="{dt}">{d}</time></div><p class="excerpt">{esc(s)}</p></article>'
        for h, t, dt, d, s in items
    )
    page = fill(TEMPLATE_18, rows=rows)
    return page, "utf-8", {"url": url, "error": True}


TEMPLATE_18 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="robots" content="noindex, follow">
<title>“工商业储能”的搜索结果 - 储能新观察</title>
<link rel="stylesheet" href="//www.cnxgc-demo.test/wp-content/themes/magzone/assets/css/main.css?ver=3.2">
<script src="//www.cnxgc-demo.test/wp-includes/js/jquery/jquery.min.js?ver=3.6.1"></script>
</head>
<body class="search search-results">
<header class="header">
  <div class="container header-inner">
    <a class="logo" href="https://www.cnxgc-demo.test/"><img src="//www.cnxgc-demo.test/wp-content/uploads/2022/01/logo.png" alt="储能新观察"></a>
    <ul class="nav-menu">
      <li><a href="https://www.cnxgc-demo.test/">首页</a></li>
      <li><a href="https://www.cnxgc-demo.test/category/chuneng/">储能</a></li>
      <li><a href="https://www.cnxgc-demo.test/category/dianchi/">电池</a></li>
      <li><a href="https://www.cnxgc-demo.test/category/dianli/">电力市场</a></li>
    </ul>
    <div class="header-search"><form action="https://www.cnxgc-demo.test/" method="get"><input type="text" name="s" value="工商业储能"><button type="submit">搜索</button></form></div>
  </div>
</header>
<div class="container main-wrap">
  <div class="content-wrap">
    <div class="breadcrumb"><a href="https://www.cnxgc-demo.test/">首页</a> / 搜索结果</div>
    <h1 class="page-title">“工商业储能”的搜索结果</h1>
    <p class="search-count">共找到 3 篇相关文章</p>
@@ROWS@@
    <nav class="pagination"><span class="current">1</span></nav>
  </div>
  <aside class="sidebar">
    <div class="widget widget-hot"><h3 class="widget-title">热门文章</h3>
      <ul>
        <li><a href="https://www.cnxgc-demo.test/2023/02/27/nalidian/">钠离子电池量产时间表</a></li>
        <li><a href="https://www.cnxgc-demo.test/2023/02/14/huanliu/">储能变流器出货量排名</a></li>
      </ul>
    </div>
  </aside>
</div>
<footer class="footer"><div class="container"><p>&copy; 2023 储能新观察 All Rights Reserved. <a href="https://beian.miit.gov.cn/" rel="nofollow">沪ICP备10000010号</a></p></div></footer>
<script src="//www.cnxgc-demo.test/wp-content/themes/magzone/assets/js/main.js?ver=3.2"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------

PAGES_BY_NAME = {
    "01-dedecms-default-gbk": page_01,
    "02-dedecms-custom-relative-counter": page_02,
    "03-phpcms-v9-default": page_03,
    "04-phpcms-gbk-info-below": page_04,
    "05-empirecms-default": page_05,
    "06-empirecms-traditional": page_06,
    "07-trs-gov-index-table": page_07,
    "08-trs-gov-gbk-images": page_08,
    "09-wordpress-post": page_09,
    "10-wordpress-magazine": page_10,
    "11-portal-date-source-line": page_11,
    "12-portal-gbk-subtitle": page_12,
    "13-mobile-page": page_13,
    "14-mobile-wap-legacy": page_14,
    "15-dedecms-legacy-table-gbk": page_15,
    "16-portal-newspaper": page_16,
    "17-list-page": page_17,
    "18-search-page": page_18,
}


def texts_of(expected: dict) -> list[str]:
    """Every text value a reader labels on the page (for the character checks)."""
    out = [expected.get(k) for k in ("title", "source", "editor", "reviewer", "body")]
    out += expected.get("breadcrumbs") or []
    out += [item["title"] for item in expected.get("related") or []]
    out += [item["summary"] for item in expected.get("related") or [] if item["summary"]]
    return [t for t in out if t]


def main() -> None:
    PAGES.mkdir(exist_ok=True)
    EXPECTED.mkdir(exist_ok=True)
    for name, build in PAGES_BY_NAME.items():
        page, encoding, expected = build()
        for text in texts_of(expected):
            # Simplified text stays what it is under the converters; the traditional page round-trips.
            assert T2S.convert(text) == text, (name, text)
            if name == "06-empirecms-traditional":
                for converter in (S2T, S2TW):
                    assert TW2S.convert(converter.convert(text)) == text, (name, text)
                    assert T2S.convert(converter.convert(text)) == text, (name, text)
                traditional = S2TW.convert(text)
                for line in traditional.split("\n"):
                    assert esc(line) in page, (name, line)
        (PAGES / f"{name}.html").write_bytes(page.encode(encoding))
        (EXPECTED / f"{name}.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(f"{len(PAGES_BY_NAME)} pages written to {PAGES}")


if __name__ == "__main__":
    main()
