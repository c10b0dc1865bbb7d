"""Text side of full-text search: how terms map onto the archive's two indexes, and snippets.

SQLite's trigram tokenizer finds any substring of three characters or more, but nothing shorter,
and most Chinese words have two characters. So the archive keeps a second index whose tokens
are every two-character window of the text (plus the last character): a two-character term is
one token, a one-character term is a one-character prefix of tokens. Both are exact: whatever
contains the term is found. Terms the short index cannot express (a punctuation mark in a one-
or two-character term) are answered by a scan.
"""

from __future__ import annotations

from dataclasses import dataclass

SNIPPET_CONTEXT = 30


@dataclass(frozen=True)
class SearchPlan:
    index: str  # "trigram", "short" or "scan"
    match: str | None  # the MATCH expression, quoted so FTS syntax in the term is searched as text


def plan_search(term: str) -> SearchPlan:
    if len(term) >= 3:
        return SearchPlan("trigram", quote(term))
    if all(ch.isalnum() for ch in term):
        lowered = term.lower()
        return SearchPlan("short", quote(lowered) if len(lowered) == 2 else quote(lowered) + "*")
    return SearchPlan("scan", None)


def quote(term: str) -> str:
    """An FTS5 string: everything inside double quotes is text, a quote is doubled."""
    return '"' + term.replace('"', '""') + '"'


def short_tokens(*texts: str | None) -> str:
    """The short index's document: every two-character window of each text, space-separated.

    unicode61 splits windows that hold a separator (space, punctuation) into what remains, which
    only ever adds one-character tokens of characters that are really there.
    """
    out: list[str] = []
    for text in texts:
        if not text:
            continue
        lowered = text.lower()
        out.extend(lowered[i : i + 2] for i in range(len(lowered)))
    return " ".join(out)


def snippet(
    text: str | None, term: str, *, context: int = SNIPPET_CONTEXT, mark: tuple[str, str] = ("[", "]")
) -> str | None:
    """The first occurrence of `term` in `text` with some context, the term marked."""
    if not text:
        return None
    at = text.lower().find(term.lower())
    if at < 0:
        return None
    start, end = max(0, at - context), min(len(text), at + len(term) + context)
    before = ("…" if start else "") + text[start:at]
    after = text[at + len(term) : end] + ("…" if end < len(text) else "")
    return (before + mark[0] + text[at : at + len(term)] + mark[1] + after).replace("\n", " ")
