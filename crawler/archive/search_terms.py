"""What a search asks for: the query language, its terms normalised as the archive's text was.

    数字经济            articles holding 数字经济
    数字 经济           both words (AND is implied; `AND` may be written)
    数字 OR 经济        either word
    经济 -数字          经济 without 数字 (`NOT 数字` the same)
    "Price 5%"          a phrase, spaces included; -"a phrase" excludes one

A query is a list of clauses that must all hold; a clause is one term, or terms joined by OR, or
a term to exclude. Each term goes through `normalize_text`, so a traditional query (數字經濟),
full-width letters or pinyin-annotated text find the simplified text the archive stores. Nothing
a reader types is syntax to SQLite: the index's expression is built from quoted tokens only, and
a stray quote or a dangling OR is read as text. A term is contained in a title or body the way
SQLite's LIKE compares: ASCII letters without regard to case, every other character as it is.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from crawler.text import normalize_text

from .records import ArchiveError

_TOKEN_RE = re.compile(r'(-?)"([^"]*)"|(\S+)')
_ASCII_UPPER = re.compile("[A-Z]+")
_ASCII_LETTER = re.compile("[A-Za-z]")


def fold(text: str) -> str:
    """ASCII letters lowered, as SQLite's lower() and LIKE fold them; every other character kept."""
    if text.isascii():
        return text.lower()
    # str.translate looks every character up one by one: in Chinese text the few capitals are
    # found by a regex and lowered in place, tens of times faster.
    return _ASCII_UPPER.sub(lambda run: run[0].lower(), text) if _ASCII_UPPER.search(text) else text


@dataclass(frozen=True)
class Clause:
    terms: tuple[str, ...]  # any of them (OR); normalised and folded
    excluded: bool = False  # the clause holds when none of its terms is contained


@dataclass(frozen=True)
class SearchQuery:
    text: str
    clauses: tuple[Clause, ...]

    @functools.cached_property
    def has_letters(self) -> bool:
        return any(_ASCII_LETTER.search(term) for clause in self.clauses for term in clause.terms)

    @property
    def wanted(self) -> list[str]:
        """The terms an article is found by, in the order given (snippets mark the first one found)."""
        return [term for clause in self.clauses if not clause.excluded for term in clause.terms]

    def matches(self, title: str | None, body: str | None) -> bool:
        """Whether an article's title and body satisfy the query (the definition the index answers)."""
        texts = [text for text in (title, body) if text]
        if self.has_letters:  # folding changes only ASCII letters: a term without them is found as well without it
            texts = [fold(text) for text in texts]
        return all(
            any(term in text for term in clause.terms for text in texts) != clause.excluded
            for clause in self.clauses
        )


@functools.lru_cache(maxsize=256)
def parse_query(text: str) -> SearchQuery:
    """The query a reader typed, or ArchiveError with one line saying what is missing."""
    # (word, quoted, minus): a quoted word is text, never an operator; -"a phrase" excludes it
    items: list[tuple[str, bool, bool]] = []
    for match in _TOKEN_RE.finditer(text):
        minus, phrase, word = match.groups()
        if phrase is not None:
            items.append((phrase, True, minus == "-"))
        elif len(word) > 1 and word.startswith("-"):  # a lone "-" is a character like any other
            items.append((word[1:], False, True))
        else:  # so is a lone quote that opens no phrase
            items.append((word, False, False))
    clauses: list[Clause] = []
    joining = excluding = False  # the word before was OR, NOT
    for i, (word, quoted, minus) in enumerate(items):
        operator = None if quoted or minus or i == len(items) - 1 else word
        if operator == "NOT":
            excluding = True
            continue
        if operator in ("OR", "AND") and clauses and not excluding:
            joining = operator == "OR"
            continue
        excluded, excluding = excluding or minus, False
        term = _normal_term(word)
        if term and joining and not excluded and not clauses[-1].excluded:
            clauses[-1] = Clause((*clauses[-1].terms, term))
        elif term:  # a term to exclude is a clause of its own, never one side of OR
            clauses.append(Clause((term,), excluded=excluded))
        joining = False
    clauses = [clause for clause in clauses if clause.terms]
    if not clauses:
        raise ArchiveError("nothing to search for: give a term")
    if all(clause.excluded for clause in clauses):
        raise ArchiveError(f"nothing to search for in {text!r}: give a term to find, not only terms to leave out")
    return SearchQuery(text, tuple(clauses))


def _normal_term(word: str) -> str:
    return fold(normalize_text(word).strip())
