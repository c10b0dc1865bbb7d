"""The labels this CMS family prints, as patterns over normalised (simplified) lines."""

from __future__ import annotations

import re

from .dates import TIMESTAMP_RE

_VALUE_END = (
    r"(?=\s+\S{1,6}\s*[:：]|\s*(?:日期|时间|发布|发表|更新|点击|浏览|阅读|人气|作者|责任编辑|编辑|字号)|\s*$)"
)
SOURCE_RE = re.compile(rf"(?:文章|新闻|信息)?来源\s*[:：]\s*(?P<value>.+?){_VALUE_END}")
DATE_LABEL_RE = re.compile(r"(?:发布|发表|更新|上传)?(?:日期|时间)\s*[:：]?\s*")
CLICKS_RE = re.compile(
    r"(?:点击|浏览|阅读|人气|访问)(?:次数|数|量|率)?\s*[:：]\s*(?P<value>\d[\d,]*)|"
    r"(?:点击|浏览|阅读)(?:次数|数|量)?\s*(?P<bare>\d[\d,]*)\s*次"
)
CLICKS_LABEL_RE = re.compile(r"(?:点击|浏览|阅读|人气|访问)(?:次数|数|量|率)?\s*[:：]")
_NAME = r"(?P<value>[^\s\]】)）,，;；|/:：]{1,24})"
EDITOR_RE = re.compile(rf"(?<![总副主])(?:责任编辑|责编|编辑)\s*[:：]\s*{_NAME}")
REVIEWER_RE = re.compile(rf"(?:审核|审校|终审|审稿)\s*[:：]\s*{_NAME}")
# A short line that is only bylines: not body text.
BYLINE_ONLY_RE = re.compile(
    r"^[\[【(（]?\s*(?:(?:责任编辑|责编|编辑|审核|审校|终审|校对|来源|作者|记者|摄影|通讯员)\s*[:：]\s*\S*\s*[\]】)）]?\s*)+$"
)
BREADCRUMB_LABEL_RE = re.compile(
    r"^(?:当前位置|您现在的位置|您的位置|现在的位置|所在位置|当前位置是|位置)\s*[:：]?\s*"
)
BREADCRUMB_SEPARATOR_RE = re.compile(r"\s*(?:>>|>|»|→|›|＞|/|\\)\s*")
HOME_CRUMBS = frozenset({"首页", "主页", "网站首页", "首 页", "Home", "home", "HOME"})
GENERIC_CRUMBS = frozenset(
    {"首页", "主页", "网站首页", "查看详情", "正文", "详情", "内容", "当前位置", "文章详情"}
)
RELATED_HEADING_RE = re.compile(
    r"^(?:相关新闻|相关阅读|相关文章|相关报道|相关推荐|推荐阅读|延伸阅读|相关资讯)\s*[:：]?$"
)
NOISE_RE = re.compile(
    r"^(?:分享到|分享\s*[:：]|分享$|打印|关闭|收藏|【?字号|\[?打印本页|广告|扫一扫)|上一篇|下一篇|"
    r"^(?:【|\[)?\s*(?:大|中|小)\s+(?:大|中|小)"
)
READ_MORE_RE = re.compile(
    r"\s*[\[【(（]?\s*(?:[阅閱][读讀](?:全文)?|详细|詳細|详情|詳情|全文|更多)\s*[\]】)）]?\s*$"
)
TRAILING_ELLIPSIS_RE = re.compile(r"\s*(?:\.{2,}|…+|。{3,})\s*$")


def labelled_timestamp_span(line: str) -> re.Match[str] | None:
    """The timestamp after a date label (日期/时间/发布时间), else the first one in line."""
    for label in DATE_LABEL_RE.finditer(line):
        found = TIMESTAMP_RE.match(line, label.end())
        if found:
            return found
    return TIMESTAMP_RE.search(line)


def is_info_line(line: str) -> bool:
    """A line carrying the article's source, date or click count."""
    if len(line) > 300:
        return False
    if SOURCE_RE.search(line) or CLICKS_LABEL_RE.search(line):
        return True
    label = DATE_LABEL_RE.search(line)
    return bool(label and TIMESTAMP_RE.search(line, label.start()))
