"""Write the draft knowledge file: ids, proposed terms and quotes, the ``about`` entry, and the YAML.

The YAML is written by hand rather than by a dumper so the draft reads like the bundled file: answers
as literal blocks, one field per line, and comments where a person must look.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import yaml

from bot.core.advice import matchable
from bot.core.models import quote_is_verbatim, spell_out_date
from bot.core.text import split_sentences
from bot.importer.layouts.turns import Turn
from bot.importer.metadata import CONVERSATION, UNKNOWN_INTERVIEWEE, Metadata
from bot.importer.sources.lines import LIST_MARK
from bot.importer.sources.times import CLOCK

MAX_TERMS = 12
MAX_QUOTES = 2
ABOUT_COMMENT = (
    "written by the importer from the header and lead, not the interviewee's words: edit it freely"
)

# Function words and the filler of speech: never a key term, never the start of a striking quote.
_STOPWORDS = frozenset(
    """
    a about above after again all also always am an and any anyone anything are around as at back be
    because been before being below between both but by can cannot could did do does doing done down
    during each even ever every few for from further get gets getting go goes going got had has have
    having he her here hers him his how however i if in into is it its itself just know like lot lots
    made make makes many may me might more most much must my no nor not now of off often on once one only
    or other others our ours out over own per quite rather really same see she should so some something
    still such sure take than that the their them then there these they thing things think this those
    though through thus to too under until up upon us very was way we well were what when where whether
    which while who whom whose why will with within without would yes yet you your actually kind sort
    want wanted gone able new first second said says say
    """.split()
)
_WEAK_OPENINGS = re.compile(
    r"^(?:and|but|so|or|yes|no|well|also|then|because|which|that|it|this|these)\b", re.I
)
_NAME_WORD = r"(?:[A-Z][\w&'’.-]*[\w&]|[A-Z])"
_NAME = re.compile(rf"(?<![\w'’]){_NAME_WORD}(?:\s+(?:(?:of|de|du|van|von)\s+)?{_NAME_WORD})*")
# A time of day ("3:30", "22:00") is one number, never its minutes alone.
# A transcriber's note in brackets, dated or of a sound ("[inaudible 00:07:24]", "(crosstalk)"), and a
# recording's time ("00:07:24"): no word the interviewee said, so never a term.
_TRANSCRIBERS_NOTE = re.compile(
    rf"[\[(][^()\[\]]{{0,40}}\b{CLOCK}[^()\[\]]{{0,20}}[\])]"
    r"|[\[(](?:inaudible|unintelligible|indiscernible|crosstalk|laughs|laughter|laughing|applause|music"
    r"|silence|pause|background noise)\b[^()\[\]]{0,40}[\])]"
    r"|\b\d{1,2}:\d{2}:\d{2}\b",
    re.IGNORECASE,
)
# A web address ("https://www.tidepool.org/members/X7q2") says where to look: of its pieces only the site's
# name ("tidepool") may name a topic, never its scheme, "www", its ending ("org") or a path's ids.
_WEB_ADDRESS = re.compile(r"(?<![\w@])(?:https?://|www\.)[^\s<>()\[\]]+", re.IGNORECASE)
_SCHEME_AND_WWW = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)
# A number hyphenated to a word ("10-year", "12-story") is one term with it: never "10" alone.
_NUMBER = re.compile(
    r"(?<![\w.:])[$€£]?\d[\d,.]*\d?(?::\d\d)?(?:-[A-Za-z]+)*"
    r"(?:\s?%|\s?(?:percent|per cent|million|billion|thousand|years?|months?|days?|hours?|minutes?|miles?|km|"
    r"kilometres?|kilometers?|litres?|liters?|people|employees|countries|clients|customers|projects|users|members|companies|times|degrees))?(?!\w)"
)


# What YAML's reader refuses in a file (its printable set, complemented).
_NOT_YAML_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True, slots=True)
class DraftPair:
    """One pair as it will be written; ``kind`` is "about" for the entry the importer writes itself."""

    id: str
    question: str
    answer: str
    terms: tuple[str, ...]
    quotes: tuple[str, ...]
    kind: Literal["qa", "about"] = "qa"


def draft_pairs(turns: Sequence[Turn], metadata: Metadata) -> list[DraftPair]:
    """The about entry first, then one pair per turn, with ids unique in the file."""
    answers = ["\n\n".join(turn.answer) for turn in turns]
    shared = SharedWords(answers)
    ids = _UniqueIds()
    pairs = [about_pair(metadata, ids.unique("about"))]
    for turn, answer in zip(turns, answers, strict=True):
        pairs.append(
            DraftPair(
                id=ids.unique(pair_id(turn.question)),
                question=turn.question,
                answer=answer,
                terms=propose_terms(answer, shared),
                quotes=propose_quotes(answer, metadata.interviewee),
            )
        )
    return pairs


def about_pair(metadata: Metadata, pair_id: str) -> DraftPair:
    """Who was interviewed, by whom, where and when, and the lead: the owner's text, not a quote."""
    known = metadata.interviewee != UNKNOWN_INTERVIEWEE
    who = metadata.interviewee
    sentences = [metadata.title if metadata.title.endswith((".", "?", "!")) else f"{metadata.title}."]
    described = metadata.description or ", ".join(filter(None, (metadata.role, metadata.organisation)))
    if known and described and described not in metadata.title:
        sentences.append(f"{who}: {described.rstrip('.')}.")
    if known and metadata.known_as:
        sentences.append(f"{who} goes by {metadata.known_as} too.")
    sentence = ""
    if metadata.interviewer:
        sentence += f" by {metadata.interviewer}"
    if metadata.publication:
        sentence += f" in {metadata.publication}"
    if metadata.published:
        sentence += f", published {spell_out_date(metadata.published)}"
    # A title that already says "Interview with Ann Marsh" is not said again: only what it leaves out.
    if not re.search(rf"\b{CONVERSATION}s?\s+with\s+{re.escape(who)}\b", metadata.title, re.I):
        sentences.append(f"An interview with {who}{sentence}.")
    elif sentence:
        sentence = sentence.lstrip(", ")
        sentences.append(f"{sentence[0].upper()}{sentence[1:]}.")
    if metadata.standfirst:
        sentences.append(metadata.standfirst)
    if metadata.tags:
        sentences.append(f"Topics: {', '.join(metadata.tags)}.")
    return DraftPair(
        id=pair_id,
        kind="about",
        question=f"Who {'are' if ' and ' in who else 'is'} {who}, and what is this interview about?"
        if known
        else "What is this interview about?",
        answer="\n\n".join(sentences),
        terms=tuple(
            dict.fromkeys(
                part for part in (who if known else None, metadata.known_as, metadata.organisation) if part
            )
        ),
        quotes=(),
    )


def pair_id(question: str) -> str:
    """A short, stable id from the question's first content words, e.g. ``career-evolved``."""
    ascii_question = unicodedata.normalize("NFKD", question).encode("ascii", "ignore").decode()
    words = _content_words(ascii_question)[:3]
    return slug(" ".join(words)) or "question"


def slug(text: str, limit: int = 40) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    result = ""
    for word in words:
        candidate = f"{result}-{word}" if result else word
        if len(candidate) > limit:
            break
        result = candidate
    return result


class _UniqueIds:
    """Ids unique in one file: "why", then "why-2", "why-3" … for the same question asked again.

    Each id remembers the number it reached, so the thousandth "why" does not try the 999 before it again
    (quadratic: 2,800 turns asking "Why?" took 1 s). Ids are only ever added, so the numbers below it stay
    taken: the id is the one counting from 2 finds.
    """

    def __init__(self) -> None:
        self._taken: set[str] = set()
        self._next: dict[str, int] = {}

    def unique(self, candidate: str) -> str:
        result, number = candidate, self._next.get(candidate, 2)
        while result in self._taken:
            result, number = f"{candidate}-{number}", number + 1
        self._next[candidate] = number
        self._taken.add(result)
        return result


def _content_words(text: str) -> list[str]:
    return [
        word
        for word in re.findall(r"[a-z][a-z'’-]*[a-z]", text.lower())
        if word not in _STOPWORDS and not word.endswith(("'s", "’s")) and len(word) > 2
    ]


class SharedWords:
    """How many of an interview's answers use a word or a phrase, counted once for all its pairs."""

    def __init__(self, answers: Sequence[str]) -> None:
        self.common = max(1, len(answers) // 5)
        self._answers: dict[str, set[int]] = {}
        for number, answer in enumerate(answers):
            for word in _tokens(answer):
                self._answers.setdefault(word, set()).add(number)

    def using(self, phrase: str) -> int:
        """The answers with every word of ``phrase`` (a close, cheap stand-in for the phrase itself)."""
        postings = [self._answers.get(word, set()) for word in _tokens(phrase)]
        return len(set.intersection(*postings)) if postings else 0

    def distinctive(self, term: str) -> bool:
        """Few answers use the term, nor any name or number in it."""
        names = [word for word in re.findall(r"[\w&'’-]+", term) if word[:1].isupper() or word[:1].isdigit()]
        return all(self.using(part) <= self.common for part in (term, *names))


def _tokens(text: str) -> set[str]:
    """Lower-case words, plurals and possessives folded: "ADCs" and "ADC's" count as "adc"."""
    return {re.sub(r"(?<=\w\w)(?:['’]s|s)$", "", word) for word in re.findall(r"[\w&'’-]+", text.lower())}


def _sentences(answer: str) -> list[str]:
    """The answer's sentences; an item of a list opens with its words, its number or bullet left out."""
    return [LIST_MARK.sub("", sentence, count=1) for sentence in split_sentences(answer)]


def propose_terms(answer: str, shared: SharedWords | None = None) -> tuple[str, ...]:
    """Names, numbers and distinctive words of ``answer``, each exactly as the answer writes it.

    A term that many of the interview's answers share ("China" in an interview about China, or
    "FDA" inside "FDA Biologics License Application") would pull questions about the others to this
    pair, so only terms whose every name few answers use are proposed.
    """
    shared = shared or SharedWords([])
    found: list[str] = []
    said = _WEB_ADDRESS.sub(_site_name, _TRANSCRIBERS_NOTE.sub(" , ", answer))  # a comma: no name runs across
    for sentence in _sentences(said):
        for match in _NAME.finditer(sentence):
            words = re.sub(r"['’]s$", "", match.group()).strip(" .&").split()
            at_start = match.start() == 0 or not sentence[: match.start()].strip(' "“‘(')
            while words and words[0].lower() in _STOPWORDS:  # "In China" at the start of a sentence
                words, at_start = words[1:], False
            name = " ".join(words)
            if len(name) < 2 or name.lower() in _STOPWORDS or re.match(r"I['’]", name):
                continue
            if at_start and " " not in name and not name.isupper():
                continue
            found.append(name)
        numbers = (match.group().rstrip(",.") for match in _NUMBER.finditer(sentence))
        found.extend(number for number in numbers if len(number) > 1)
        found.extend(_noun_phrases(sentence))
    counts = Counter(_content_words(said))
    found.extend(
        sorted((word for word in counts if counts[word] > 1), key=lambda word: (-counts[word], word))
    )
    # A term of words the engine ignores ("I'm gonna") matches nothing, and `check` would say so.
    kept = (term for term in found if term in answer and shared.distinctive(term) and matchable(term))
    return tuple(_dedupe(kept))[:MAX_TERMS]


def _site_name(address: re.Match[str]) -> str:
    """The names of a web address's host, set apart by commas: "https://www.tidepool.org/x" is "tidepool"."""
    host = _SCHEME_AND_WWW.sub("", address.group()).split("/")[0].split(":")[0]
    return " , " + " ".join(host.split(".")[:-1]) + " , "


# Adverbs and verb forms, which make a run of words a clause rather than a name for a topic.
_NOT_NOUN = re.compile(
    r"(?:ly|ed|ing)$|^(?:began|made|took|gave|became|led|saw|had|went|came)$", re.IGNORECASE
)


def _noun_phrases(sentence: str) -> list[str]:
    """Runs of two to four content words ("wage growth", "untapped potential"): the topic's words."""
    phrases: list[str] = []
    run: list[str] = []
    # A number hyphenated to a word ("10-year", "94-year-old") is one word of the run.
    for token in [*re.findall(r"(?:\d[\d.,]*-)?[A-Za-z][\w'’-]*|[^\w\s]", sentence), "."]:
        content = token[:1].isalnum() and token.lower() not in _STOPWORDS and len(token) > 2
        if content and not token.endswith(("'s", "’s")) and not _NOT_NOUN.search(token):
            run.append(token)
            continue
        if 2 <= len(run) <= 4:
            phrases.append(" ".join(run))
        run = []
    return phrases


def propose_quotes(answer: str, interviewee: str = "") -> tuple[str, ...]:
    """Short, self-contained sentences of the answer, verbatim, the most quotable first.

    A sentence opening on the interviewee's full name ("Ann Marsh is the harbour master of Port Ellen.")
    is the page's voice about them, a bio run into the answer, never theirs to quote.
    """
    scored: list[tuple[float, int, str]] = []
    about_them = " " in interviewee and interviewee != UNKNOWN_INTERVIEWEE
    for number, sentence in enumerate(_sentences(answer)):
        words = sentence.split()
        if not 7 <= len(words) <= 30 or sentence.endswith("?") or _WEAK_OPENINGS.match(sentence):
            continue
        if about_them and sentence.startswith(f"{interviewee} "):
            continue
        if sentence.count('"') % 2 or sentence.count("(") != sentence.count(")") or not sentence[0].isupper():
            continue
        if not sentence.endswith((".", "!", '"', "”")):
            continue
        score = 1.0 - abs(len(words) - 16) / 30
        score += 0.5 if re.search(r"\b(?:I|we|our|my)\b", sentence, re.I) else 0.0
        score += 0.3 if re.search(r"\d", sentence) else 0.0
        score += 0.2 if number == 0 else 0.0
        scored.append((-score, number, sentence))
    best = sorted(scored)[:MAX_QUOTES]
    return tuple(
        sentence
        for _, _, sentence in sorted(best, key=lambda item: item[1])
        if quote_is_verbatim(sentence, answer)
    )


def _dedupe(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    kept: list[str] = []
    for item in items:
        key = item.lower()
        if key not in seen and not any(key in other.lower() for other in kept if " " in other):
            seen.add(key)
            kept.append(item)
    return kept


# -- YAML ---------------------------------------------------------------------------------------------


def interview_id(metadata: Metadata) -> str:
    year = re.search(r"\d{4}", metadata.published or "")
    known = metadata.interviewee != UNKNOWN_INTERVIEWEE
    person = (
        " ".join(word for word in metadata.interviewee.split() if not word.endswith(".")) if known else ""
    )
    organisation = slug(metadata.organisation or "", limit=20)
    parts = [organisation, person, year.group() if year else ""]
    # A name in Chinese or Japanese type gives no letters to make an id of: the title's words may.
    return (
        (slug(" ".join(parts), limit=63) if known else "")
        or slug(f"{metadata.title} {parts[2]}", limit=63)
        or "interview"
    )


def render_yaml(
    metadata: Metadata,
    pairs: Sequence[DraftPair],
    *,
    source_name: str,
    glossary: Mapping[str, Sequence[str]] | None = None,
) -> str:
    lines = [
        f"# Drafted by `interview-bot import` from {source_name or 'a text'}: read the review list, check",
        "# the guesses, then run `interview-bot check`. Answers are the interviewee's words as published.",
        "",
        "interview:",
        f"  id: {_identifier(interview_id(metadata))}",
    ]
    for key in ("title", "interviewee", "role", "organisation", "published"):
        value = getattr(metadata, key)
        if value:
            lines.append(f"  {key}: {_scalar(value)}")
    if metadata.tags:
        lines.append(f"  tags: {_flow(metadata.tags)}")
    for key in ("headline_quote", "standfirst", "source"):
        value = getattr(metadata, key)
        if value:
            lines.append(f"  {key}: {_scalar(value)}")
    if glossary:
        lines += [
            "",
            "# Abbreviations the text spells out: a question using either form finds both. Add the ones",
            "# people type that the text never spells out.",
            "glossary:",
        ]
        lines += [f"  {_identifier(short)}: {_flow(longs)}" for short, longs in glossary.items()]
    lines += ["", "pairs:"]
    for pair in pairs:
        if pair.kind == "about":
            lines.append(f"  # The about entry is {ABOUT_COMMENT}.")
        lines.append(f"  - id: {_identifier(pair.id)}")
        if pair.kind != "qa":
            lines.append(f"    kind: {pair.kind}")
        lines.append(f"    question: {_scalar(pair.question)}")
        lines += _answer(pair.answer)
        lines.append(f"    terms: {_flow(pair.terms)}")
        if pair.quotes:
            lines.append("    quotes:")
            lines += [f"      - {_scalar(quote)}" for quote in pair.quotes]
        lines.append("")
    return "\n".join(lines)


def _scalar(text: str) -> str:
    """A double-quoted scalar: JSON's escapes are YAML's, so any text survives as written.

    YAML also refuses some characters JSON leaves as they are (C1 controls, U+FFFE): escape those.
    """
    return _NOT_YAML_PRINTABLE.sub(
        lambda char: f"\\u{ord(char.group()):04x}", json.dumps(text, ensure_ascii=False)
    )


def _identifier(value: str) -> str:
    """An id as it reads best, unquoted, unless YAML would read it as something else (``no``, ``2018``)."""
    return value if yaml.safe_load(value) == value else _scalar(value)


def _flow(items: Sequence[str]) -> str:
    return "[" + ", ".join(_scalar(item) for item in items) + "]"


def _answer(text: str) -> list[str]:
    """A literal block keeps the answer readable; text a block cannot hold falls back to a quoted scalar."""
    printable = all(char == "\n" or char.isprintable() for char in text)
    if printable and not text.startswith(" ") and all(line == line.rstrip() for line in text.split("\n")):
        return ["    answer: |", *(f"      {line}" if line else "" for line in text.split("\n"))]
    return [f"    answer: {_scalar(text)}"]
