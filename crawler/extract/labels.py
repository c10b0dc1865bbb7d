"""What pages print around their fields, as patterns over normalised (simplified) text.

Field patterns read a *marked* line: the clean text of each text node joined by ``SEP``, so a
value ends where its element ends (`<span>编辑：李明</span><span>审核：周强</span>` reads
``编辑：李明␟审核：周强``) while a label and its value may sit in different elements
(`<span>来源：</span><a>新华网</a>`). A label is followed by a colon, a slash or an element
boundary; a bare word in running text is not a label.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from .dates import TIMESTAMP_RE

SEP = "\x1f"
_BOUNDARY = rf"\s*(?:[:：]|{SEP})[\s{SEP}]*"

# Labels of every field, to know where one value ends and the next label starts.
_ANY_LABEL = (
    r"(?:文章|新闻|信息|稿件)?来源(?:于)?|出处|稿源|作者|记者|通讯员|摄影|"
    r"(?:发布|发表|更新|上传|创建)?(?:日期|时间)|发布于|发表于|"
    r"(?:点击|浏览|阅读|人气|访问)(?:次数|人数|数|量|率)?|责任编辑|责编|编辑|审核|审校|终审|审稿|校对|字号|分享"
)
_VALUE_END = (
    rf"(?=\s*(?:{SEP}|$|[\]】）)|])|\s+\S{{1,6}}\s*[:：]|\s*(?:{_ANY_LABEL})\s*(?:[:：/]|{SEP})|"
    r"\s+\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]|\s*(?:发布|发表|更新)|\s+\d{1,2}[:：]\d{2}|"
    # A byline after a space (`东州晚报　记者 石晓岚`): 新华社记者 without one is the source itself.
    r"\s+(?:本报|特约|实习)?(?:记者|通讯员|实习生|摄影|作者)|"
    r"\s*(?:点击|浏览|阅读|人气)(?:次数|人数|数|量)?\s*[(（\d]|\s+\d[\d,]*\s*(?:次|人)?\s*(?:阅读|浏览|点击))"
)

# Each alternative opens on a literal (no optional group first), so the regex engine skips
# ahead to the characters a label can start with; the matches are those of `(?:文章|...)?来源`.
SOURCE_RE = re.compile(
    # 资金来源, 数据来源, 图片来源 name where money, figures or pictures came from, not the article.
    # The look-behind after the literal keeps the literal first, for the regex engine to skip to.
    rf"(?:(?:文章|新闻|信息|稿件)来源(?:于)?|来源(?<!资金来源)(?<!数据来源)(?<!图片来源)(?<!视频来源)(?<!经费来源)(?<!收入来源)(?:于)?|出处|稿源)"
    rf"{_BOUNDARY}(?!(?:{_ANY_LABEL})\s*[:：{SEP}])"
    rf"(?P<value>[^{SEP}]+?){_VALUE_END}"
)
DATE_LABEL_RE = re.compile(
    rf"(?:(?:发布|发表|更新|上传|创建)(?:日期|时间)|日期|时间|发布于|发表于|发布|发表)\s*[:：]?[\s{SEP}]*"
)
# A count, not the start of a date, a time or a rounded figure (`阅读：2020/06/12`, `1.2万`).
_COUNT = r"(?P<{name}>\d[\d,]*)(?![\d,]*(?:\.\d|\s*[万亿wWkK]|[-/.年月:：]))"
CLICKS_RE = re.compile(
    rf"(?:点击|浏览|阅读|人气|访问|热度)(?:次数|人数|数|量|率)?\s*(?:[:：]\s*)?[\s{SEP}]*[(（\[]?\s*"
    rf"{_COUNT.format(name='value')}\s*[)）\]]?\s*(?:次|人)?|"
    rf"(?<![\d:：.\-/]){_COUNT.format(name='before')}\s*(?:次|人)?\s*(?:{SEP}\s*)?(?:阅读|浏览|点击|围观)"
    rf"(?![^\S{SEP}]*(?:[:：(（\d]|次数|人数|数|量|率))"  # not the label of the next value
)
# A click label whose number a script writes: `点击：<script src=...count.php>`.
CLICKS_LABEL_RE = re.compile(r"(?:点击|浏览|阅读|人气|访问)(?:次数|人数|数|量|率)?\s*[:：]")

_LATIN_NAME = r"[A-Za-z][A-Za-z.'\-]*(?: [A-Za-z][A-Za-z.'\-]*)*"
_NAME_STOP = rf"\s{SEP}\]】)）,，;；|｜/:：、_"
_ONE_NAME = (
    rf"{_LATIN_NAME}(?![A-Za-z])|[\u3400-\u9fff][ 　][\u3400-\u9fff](?=$|[{_NAME_STOP}])|[^{_NAME_STOP}]{{1,24}}?"
    rf"(?=$|[{_NAME_STOP}]|审核|审校|终审|审稿|校对|责任编辑|编辑|来源|作者|记者|摄影|监制|签发)"
)
# One name, or several joined by 、 (`王珂、刘阳`); a two-character name may be spaced out (`张 晓`).
_NAME = rf"(?P<value>(?:{_ONE_NAME})(?:、(?:{_ONE_NAME}))*)"
_NAME_BOUNDARY = rf"\s*(?:[:：/|｜]|{SEP})[\s{SEP}]*"
# Each label opens its alternative (the regex engine skips ahead to it), and a look-behind after
# it checks the character before: the matches of `(?<![总副主])(?:责任编辑|责编|编辑)`.
EDITOR_RE = re.compile(
    rf"(?:责任编辑(?<![总副主]责任编辑)|责编(?<![总副主]责编)|编辑(?<![总副主]编辑))(?!部){_NAME_BOUNDARY}{_NAME}"
)
REVIEWER_RE = re.compile(rf"(?:审核|审校|终审|审稿|审定){_NAME_BOUNDARY}{_NAME}")

# Credits that close an article: a line of them is not body text, and after the body it ends it.
CREDIT_LINE_RE = re.compile(
    r"^[\[【(（]?\s*(?:(?:责任编辑|责编|编辑|审核|审校|终审|审稿|校对|来源|作者|记者|摄影|通讯员|"
    r"监制|签发|出品|策划|统筹|制作|撰文|文|图)\s*[:：/]\s*[^\s，。；]{0,16}(?: [A-Za-z]\S*)*\s*[\]】)）]?\s*)+$"
)
# 当前位置, 您现在的位置, 您当前的位置, 你所在的位置, 当前路径...; a bare 位置 only with a colon.
BREADCRUMB_LABEL_RE = re.compile(
    r"^(?:(?:(?:您|你)(?:当前|现在|目前)?(?:所在)?的?|(?:当前|现在|目前)(?:所在)?的?|所在的?)(?:位置|路径)是?\s*[:：]?|"
    r"位置\s*[:：])\s*"
)
BREADCRUMB_SEPARATOR_RE = re.compile(r"\s*(?:-+>|—+>|=>|>>|>|»|→|›|＞|/|\\|》)\s*")
HOME_CRUMBS = frozenset({"首页", "主页", "网站首页", "首 页", "Home", "home", "HOME", "返回首页"})
GENERIC_CRUMBS = frozenset(
    {"首页", "主页", "网站首页", "查看详情", "正文", "详情", "内容", "当前位置", "文章详情", "返回首页", "Home",
     "home", "HOME", "正文内容", "详细内容", "浏览文章"}
)  # fmt: skip
RELATED_HEADING_RE = re.compile(
    r"^(?:相关新闻|相关阅读|相关文章|相关报道|相关推荐|相关稿件|相关内容|相关专题|相关视频|推荐阅读|延伸阅读|相关资讯|相关链接|猜你喜欢|热门推荐|"
    r"为你推荐|为您推荐|更多阅读|推荐文章|往期回顾|大家都在看|你可能感兴趣的|精彩推荐|热点推荐)\s*[:：]?$"
)
# Lines after which the article's text is over: THE END, copyright, disclaimers, promotion.
BODY_END_RE = re.compile(
    r"^[-—_=*·\s]*(?:THE\s*END|END)[-—_=*·\s]*$|"
    r"版权所有|版权声明|Copyright|©|本文版权|转载请注明|未经授权|未经许可|免责声明|"
    r"^声明\s*[:：]|不代表本[站网]|仅供参考|如有侵权|联系删除|"
    r"关注(?:我们|公众号|微信)|微信公众号|下载.{0,6}(?:APP|客户端)|点击(?:关注|下载|进入)|长按(?:识别|二维码)",
    re.IGNORECASE,
)
# Page controls, share bars and ads standing among the article's lines: skipped wherever they are.
CONTROLS_RE = re.compile(
    r"^(?:分享(?:到|此文|本文|文章|给好友|给朋友)?\s*(?:[:：]|$)|分享到|扫一扫|扫码|点赞|举报|纠错|【纠错】|标签\s*[:：]|关键词\s*[:：]|关键字\s*[:：]|"
    r"tags?\s*[:：]|打印|关闭|收藏|【?字号|\[?打印本页|广告|推广|相关(?:股票|个股|标的)\s*[:：])|上一篇|下一篇|生成海报|"
    r"^(?:【|\[)?\s*(?:大|中|小)\s+(?:大|中|小)|【?\s*字体\s*[:：]",
    re.IGNORECASE,
)
# Lines that are not body text but do not end it either.
ASIDE_RE = re.compile(r"^[\[【(（]?\s*(?:原标题|原题|来源|摘要|导读|核心提示|编者按)\s*[:：]")
# An author line standing in the text (`文/记者 沈一鸣 通讯员 葛蕾`, `文｜蒋若岚`, `本报记者 王明`):
# names only, no sentence. A dateline (`本报讯（记者 王明）近日…`) is body.
AUTHOR_LINE_RE = re.compile(
    r"^(?:(?:文|图|文/图|图/文|图文|文图|撰文|文字)\s*[/｜|:：]|(?:本报|本刊|本台|本网)?(?:特约|实习)?(?:记者|通讯员)[\s:：])"
    r"[^，。；！？,;!?]{0,36}$"
)
OWN_RELATED_RE = re.compile(r"^(?:相关|延伸阅读)")
# Feeds the site fills for every page: they end the text, but are no related list.
FEED_HEADING_RE = re.compile(r"^(?:猜你喜欢|为你推荐|为您推荐|大家都在看|你可能感兴趣的|热门推荐|精彩推荐)")
READ_MORE_RE = re.compile(
    r"\s*[\[【(（]?\s*(?:阅读|详细|详情|全文|更多|查看全文|阅读全文|查看详情|more|More)\s*[>»]*\s*[\]】)）]?\s*$"
)
TRAILING_ELLIPSIS_RE = re.compile(r"\s*(?:\.{2,}|…+|。{3,})\s*$")
# A quick test for lines worth reading as field lines (the exact patterns run on those only):
# a label word, or a date. Two patterns, not one alternation: each starts with what the regex
# engine can skip ahead to (a set of first characters, a digit), which a mixed alternation cannot.
FIELD_WORD_HINT_RE = re.compile(
    r"来源|出处|稿源|日期|时间|发布|发表|点击|浏览|阅读|人气|访问|热度|围观|编辑|责编|审核|审校|终审|审稿|审定"
)
DATE_HINT_RE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]")


def field_hint_lines(texts: list[str]) -> set[int]:
    """The texts holding a label word or a date hint, from one pass of each pattern over them all."""
    joined = "\0".join(texts)  # page text never holds NUL (the parser replaces it); no hint spans it
    if joined.count("\0") != len(texts) - 1:
        return {i for i, t in enumerate(texts) if FIELD_WORD_HINT_RE.search(t) or DATE_HINT_RE.search(t)}
    starts = list(accumulate((len(text) + 1 for text in texts), initial=0))
    hints = (*FIELD_WORD_HINT_RE.finditer(joined), *DATE_HINT_RE.finditer(joined))
    return {bisect_right(starts, match.start()) - 1 for match in hints}


def labelled_timestamp(marked: str) -> re.Match[str] | None:
    """The timestamp after a date label (日期/时间/发布时间/发布于) in a marked line."""
    for label in DATE_LABEL_RE.finditer(marked):
        found = TIMESTAMP_RE.match(marked, label.end())
        if found:
            return found
    return None


# When a post was last edited, not published (`编辑于 2024-05-12 21:40`).
EDITED_RE = re.compile(r"(?:编辑|修改|更新)于|最后(?:编辑|修改|更新)")

# Every source, click or date label holds one of these words: lines without one skip the patterns.
_DIGIT_RE = re.compile(r"\d")
_LABEL_WORD_RE = re.compile("来源|出处|稿源|点击|浏览|阅读|人气|访问|热度|围观|日期|时间|发布|发表")


def has_field_label(text: str) -> bool:
    """A line labelling a source, date or click count (read on its clean text)."""
    if len(text) > 300 or _LABEL_WORD_RE.search(text) is None:
        return False
    if SOURCE_RE.search(text) or CLICKS_LABEL_RE.search(text):
        return True
    if _DIGIT_RE.search(text) is None:  # a click count and a timestamp both hold digits
        return False
    return CLICKS_RE.search(text) is not None or labelled_timestamp(text) is not None
