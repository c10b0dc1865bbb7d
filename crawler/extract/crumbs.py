"""The breadcrumb trail above the headline, and the category it names."""

from __future__ import annotations

import re
from functools import cached_property

from . import labels as L

_TRAIL_ARROW_RE = re.compile(r">|»|→|›|＞")
_ENDS_ON_SEPARATOR_RE = re.compile(rf"(?:{L.BREADCRUMB_SEPARATOR_RE.pattern})$")
_MOST_CSS_CRUMBS = 6
_LETTER_SPACED_RE = re.compile(r"^[\u3400-\u9fff](?: [\u3400-\u9fff]){1,3}$")


class TrailReader:
    """The trail-reading part of `ArticlePage`: it reads the page's lines (`clean`, `lines`,
    `_marked`) and its headline (`title`, `title_index`)."""

    @cached_property
    def breadcrumbs(self) -> list[str] | None:
        """The trail above the headline: labelled (当前位置) or opening with 首页, on one line or many."""
        limit = self.title_index if self.title_index is not None else min(len(self.clean), 40)
        for i in range(limit):
            if label := L.BREADCRUMB_LABEL_RE.match(self.clean[i]):
                return self._trail(i, limit, label.end())
        for i in range(limit - 1, max(-1, limit - 8), -1):
            items = self._crumb_items(i, 0)
            if items and (items[0] in L.HOME_CRUMBS or items[0].endswith("首页")):
                return self._trail(i, limit, 0)
        # A trail of links opening with the site's name: `人民网>>经济·科技`, just above the
        # headline, or in the info bar just below it (`鑫浪财经 > 基金 > 基金新闻`).
        below = [] if self.title_index is None else range(limit + 1, min(len(self.clean), limit + 5))
        for i in [*range(limit - 1, max(-1, limit - 4), -1), *below]:
            if _TRAIL_ARROW_RE.search(self.clean[i]):
                items = self._crumb_items(i, 0)
                if items and len(items) >= 2 and self.lines[i].link_chars >= 0.5 * sum(map(len, items)):
                    return items
        return None

    def _trail(self, start: int, limit: int, skip: int) -> list[str] | None:
        """Crumbs from line `start` (after `skip` characters of label) and the crumb lines below it."""
        items = self._crumb_items(start, skip) or []
        # A trail whose separators stand between its crumbs on one line ends with its last
        # crumb; what follows (a channel bar) is not more of it. One ending on a separator, or
        # a label alone, goes on below.
        text = self.clean[start][skip:]
        if (
            len(items) >= 2
            and L.BREADCRUMB_SEPARATOR_RE.search(text)
            and not _ENDS_ON_SEPARATOR_RE.search(text)
        ):
            return items
        for j in range(start + 1, min(limit, start + 12)):
            text, line = self.clean[j], self.lines[j]
            crumb_like = (
                line.link_chars >= 0.5 * len(_crumb(text))  # separators aside, mostly link text
                or _crumb(text) in L.GENERIC_CRUMBS
                or L.BREADCRUMB_SEPARATOR_RE.match(text)
                or _same_headline(_crumb(text), self.title[0] or "")
            )
            if len(text) > 60 or not crumb_like:
                break
            items.extend(self._crumb_items(j, 0) or [])
        return items if len(items) >= 2 or (items and skip) else None

    def _crumb_items(self, i: int, skip: int) -> list[str] | None:
        """The crumbs of one line: split at separators, or at elements where CSS draws them."""
        text = self.clean[i][skip:]
        if "|" in text or "｜" in text:
            return None  # a navigation bar, not a trail
        drawn = L.BREADCRUMB_SEPARATOR_RE.search(text) is not None
        if drawn:
            parts = L.BREADCRUMB_SEPARATOR_RE.split(text)
        else:
            pieces = self._marked(i).split(L.SEP)
            if skip and pieces and L.BREADCRUMB_LABEL_RE.match(pieces[0]):
                pieces[0] = L.BREADCRUMB_LABEL_RE.sub("", pieces[0], count=1)
            parts = pieces if len(pieces) > 1 else [text]
        items = [_crumb(part) for part in parts]
        items = [item for item in items if item]
        # Trails run a few levels deep; a row of many links with nothing drawn between them
        # is the site's channel bar (`首页 时政 社会 经济 ...`), as is one crumb of many words.
        if len(items) > (10 if drawn else _MOST_CSS_CRUMBS) or any(
            len(item) > 60 or item.count(" ") > 3 for item in items
        ):
            return None
        return items or None

    @property
    def category(self) -> str | None:
        title = self.title[0] or ""
        for item in reversed(self.breadcrumbs or []):
            if item in L.GENERIC_CRUMBS or _same_headline(item, title):
                continue
            return item
        return None


def _crumb(text: str) -> str:
    """One crumb: separators drawn at its ends dropped, letter-spacing (`资 讯`) closed up."""
    text = L.BREADCRUMB_SEPARATOR_RE.sub(" ", text).strip(" >»›→-—")
    return text.replace(" ", "") if _LETTER_SPACED_RE.match(text) else text


def crumbs_of(trail: str) -> list[str] | None:
    items = [_crumb(item) for item in L.BREADCRUMB_SEPARATOR_RE.split(trail)]
    return [item for item in items if item] or None


def _same_headline(crumb: str, title: str) -> bool:
    """A trail that ends with the headline, whole or cut (`山东累计建成工匠学院...`)."""
    if not title or len(crumb) < 6:
        return crumb == title
    cut = L.TRAILING_ELLIPSIS_RE.sub("", crumb)
    return title.startswith(cut) or crumb.startswith(title)
