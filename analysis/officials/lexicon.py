"""The word lists officials are read with (analysis/data: titles.txt, surnames.txt,
name_followers.txt, name_syllables.txt …), loaded once; title heads and the words that
follow names compiled into trie-shaped patterns."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from newsx.analysis.wordlists import lines as _lines


@dataclass(frozen=True)
class _Lexicon:
    heads: re.Pattern[str]
    head_before: re.Pattern[str]  # a head that ends where the search ends
    collective: frozenset[str]
    collective_heads: tuple[str, ...]
    modifiers: frozenset[str]
    modifier_max: int  # the longest modifier's length
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    rare_surnames: frozenset[str]  # also everyday characters: names only in clear structure
    followers: re.Pattern[str]  # longest first
    follower_set: frozenset[str]
    excluded_given: frozenset[str]
    prefix_stops: frozenset[str]
    syllables: frozenset[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    heads: list[str] = []
    collective: list[str] = []
    modifiers: list[str] = []
    not_titles: list[str] = []
    continuations: list[str] = []
    kinds = {"": heads, "@": collective, "+": modifiers, "!": not_titles, "^": continuations}
    for line in _lines("titles.txt"):
        kind, word = (line[0], line[1:]) if line[0] in kinds else ("", line)
        kinds[kind].append(word)
    heads += collective
    guards = {
        head: [w[len(head) :] for w in not_titles if w.startswith(head) and w != head]
        for head in heads
    }
    # a continuation only as the rest of a head (县长候选人); the pattern still starts
    # with the trie's first characters, which keeps its search fast
    heads_pattern = f"{_trie_pattern(heads, guards)}(?:{_trie_pattern(continuations, {})})?"
    surnames = [s for s in _lines("surnames.txt") if s[0] != "?"]
    rare = [s[1:] for s in _lines("surnames.txt") if s[0] == "?"]
    followers = sorted(set(_lines("name_followers.txt")), key=len, reverse=True)
    return _Lexicon(
        heads=re.compile(heads_pattern),
        head_before=re.compile(f"{heads_pattern}$"),
        collective=frozenset(collective),
        collective_heads=tuple(collective),
        modifiers=frozenset(modifiers),
        modifier_max=max(map(len, modifiers), default=0),
        surnames=frozenset(s for s in surnames if len(s) == 1),
        compound_surnames=frozenset(s for s in surnames if len(s) == 2),
        rare_surnames=frozenset(rare),
        followers=re.compile(_trie_pattern(followers, {})),
        follower_set=frozenset(followers),
        excluded_given=frozenset(_lines("given_name_excluded.txt")),
        prefix_stops=frozenset(_lines("prefix_stops.txt")),
        syllables=frozenset("".join(_lines("name_syllables.txt")).replace(" ", "")),
    )


def _trie_pattern(words: Iterable[str], guards: dict[str, list[str]]) -> str:
    """A regular expression matching the longest of `words` (a word not followed
    by one of its guards), written as a trie: 书(?:记|…) is scanned far faster
    than a flat alternation of some hundred words."""
    trie: dict[str, dict[str, object]] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})  # type: ignore[assignment]
        node[""] = {}  # a word ends here

    def branch(node: dict[str, dict[str, object]], word: str) -> str:
        options = [
            re.escape(char) + branch(child, word + char)  # type: ignore[arg-type]
            for char, child in sorted(node.items())
            if char
        ]
        if "" in node:  # the word ends here: tried after the longer words
            rests = guards.get(word, [])
            options.append(f"(?!{'|'.join(map(re.escape, rests))})" if rests else "")
        if len(options) == 1 and ("" not in node or not options[0]):
            return options[0]
        return f"(?:{'|'.join(options)})"

    return branch(trie, "")
