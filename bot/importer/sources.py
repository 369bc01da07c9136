"""Turn a saved interview (plain text, Markdown or HTML) into blocks of visible text.

HTML is first rewritten as the same light Markdown a text file would use (``#`` headings, ``**`` bold,
blank lines between paragraphs), so one reader serves all three. Page furniture is dropped here, and a
paragraph that a page break split in two is joined back, so later steps only see the interview.
"""

from __future__ import annotations

import html
import itertools
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from typing import Literal
from urllib.parse import urlsplit

from bot.core.english import COMMON, longest, zipf
from bot.core.text import split_sentences

Emphasis = Literal["heading", "bold", "italic", "plain"]
# HTML italics become this private-use mark rather than Markdown's _ or *, which would stay in the
# text when they fall inside a word ("<em>engine</em>s").
_ITALIC = "\ue000"
# An HTML list item's number or bullet is printed after this private-use mark, so that the number reaches
# the item's first words however many block tags open it ("<li><p>Dry the wood.</p></li>").
_ITEM = "\ue001"


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph, heading or line of the page, markup removed and whitespace flattened."""

    text: str
    emphasis: Emphasis = "plain"
    mark: str = ""  # what an item of a list opens with: its number ("3." or "3)") or its bullet

    @property
    def number(self) -> int | None:
        """The number of an item of a numbered list: where a page numbers its questions, their order."""
        return int(self.mark.rstrip(".)-")) if self.mark[:1].isdigit() else None

    @property
    def shown(self) -> str:
        """The text as a reader sees it in an answer: an item of a list keeps its number or its bullet.

        An answer that says "three reasons:" goes on to list them, and they read as a list only so.
        """
        return f"{self.mark} {self.text}" if self.mark else self.text

    @property
    def is_title_like(self) -> bool:
        """A heading or a paragraph wholly in bold: where pages put questions and section titles."""
        return self.emphasis in ("heading", "bold")


@dataclass(slots=True)
class Source:
    """What the reader found: the blocks, the metadata fields the page declares, and what it dropped."""

    blocks: list[Block]
    fields: dict[str, str] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)
    cold_open: list[str] = field(default_factory=list)


def read_source(text: str, *, kind: Literal["text", "markdown", "html"] | None = None) -> Source:
    """Read ``text``; ``kind`` None guesses HTML from its tags, and reads anything else as Markdown."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    fields: dict[str, str] = {}
    cold_open: list[str] = []
    if _CUE_TIMING.search(text[:2000]):
        if titled := _CAPTIONS_TITLE.match(text):
            fields["title"] = titled["title"]
        text = _captions(text, cold_open)
    elif kind == "html" or (kind is None and _looks_like_html(text)):
        page = _HtmlToMarkdown()
        page.feed(text)
        page.close()
        fields.update(page.fields)
        text = page.markdown()
    else:
        text = _HTML_COMMENT.sub(lambda comment: comment["unclosed"] or "", text)
        text = "\f".join(_columns_in_turn(page) for page in text.split("\f"))
        if kind != "text":
            text = _html_blocks(text)
    header, text = _split_header(text)
    forwarded, text = _email_headers(text)
    fields = {**forwarded, **header, **fields}
    dropped: list[str] = []
    blocks = _without_closing_chrome(
        _join_page_breaks(_without_comments(_blocks(text, dropped), dropped)), dropped
    )
    # Who signed the letter an email's header opens: the name under "Best wishes," at its end.
    signed = (found["name"] for text in reversed(dropped) if (found := _SIGN_OFF.match(text)))
    if "from" in fields and (signer := next(signed, None)):
        fields["signed"] = signer
    return Source(blocks=blocks, fields=fields, dropped=dropped, cold_open=cold_open)


# An HTML comment in a Markdown or text file ("<!-- saved from the archive -->") is never shown: no text.
# Where a comment is never closed, no later "<!--" is either: the rest of the text, kept as it is, is taken
# whole instead of searched again for a "-->" from every "<!--" in it (quadratic: 8,000 took 1.3 s).
_HTML_COMMENT = re.compile(r"<!--.*?-->|(?P<unclosed><!--.*)", re.DOTALL)


# A PDF's text laid out as the page is (pdftotext -layout) prints two columns side by side: each line holds
# a line of the left column, a gap of spaces, and a line of the right one. Read across, every sentence
# would run on into the one beside it. The gap stands where the right column's lines start, after three
# spaces at least; six lines with words on both sides of it, each side a column of prose rather than a
# table's cells or a name and a time, make the columns.
_GUTTER = 3
_COLUMN_LINES = 6
_COLUMN_WIDTH = 25
_AFTER_GAP = re.compile(rf"(?<! ) {{{_GUTTER},}}(?=\S)")


def _columns_in_turn(page: str) -> str:
    """A page's side-by-side columns as the left one's lines, then the right one's; other lines as they are.

    A PDF's text marks each new page with a form feed: the columns are found page by page, and a title or
    a footnote across the page's width, which crosses the gap, stays where it is.
    """
    lines = page.split("\n")
    starts = Counter(
        found.end() for line in lines for found in _AFTER_GAP.finditer(line) if found.end() > _COLUMN_WIDTH
    )
    if not starts:
        return page
    gap, _ = starts.most_common(1)[0]
    out: list[str] = []
    run: list[str] = []
    for line in lines:
        if line[gap - _GUTTER : gap].strip(" "):  # across the gap: it closes the lines beside it
            out += [*_read_in_turn(run, gap), line]
            run = []
        else:
            run.append(line)
    return "\n".join(out + _read_in_turn(run, gap))


def _read_in_turn(run: list[str], gap: int) -> list[str]:
    """Lines that all leave the gap open: the left column then the right, where they are two columns."""
    beside = [(line[: gap - _GUTTER].strip(), line[gap:].strip()) for line in run]
    both = [(left, right) for left, right in beside if left and right]
    if len(both) < _COLUMN_LINES or min(
        sum(len(left) for left, _ in both), sum(len(right) for _, right in both)
    ) < _COLUMN_WIDTH * len(both):
        return run
    return [left for left, _ in beside] + [""] + [right for _, right in beside]


# Where a blog's comments begin, as WordPress and the like head them: the count and the post's title in
# quotes ("One thought on “Sports Interview”", "12 Responses to 'Ten questions'"), or the count alone
# over a colon, as Blogger heads them ("No comments:", "2 comments:"), or "No comments yet.", or the
# comment form's heading over its notice of who may comment and how ("Leave a Reply" / "Your email
# address will not be published.", "Post a Comment" / "Note: only a member of this blog may post a
# comment."). A "Leave a reply" link under the title has no notice after it.
_COMMENTS_HEADING = re.compile(
    r"^(?:One|No|\d{1,4}) (?:(?:thoughts?|responses?|comments?|replies|reply) (?:on|to) [“\"‘'«].*"
    r"|comments?(?::| yet\.?))$",
    re.IGNORECASE,
)
_COMMENT_FORM = re.compile(r"^(?:Leave|Post|Add|Write|Submit) a (?:Reply|Comment)\b", re.IGNORECASE)
_COMMENT_NOTICE = re.compile(
    r"^(?:Note:\s*)?(?:Your email address will not be published"
    r"|only (?:a )?(?:team )?members? of this blog (?:may|can) post"
    r"|you must be (?:logged|signed) in to (?:post|leave) a (?:comment|reply))",
    re.IGNORECASE,
)


def _without_comments(blocks: list[Block], dropped: list[str]) -> list[Block]:
    """The page up to its comments: readers' comments and the form under them are no part of the interview."""
    for number, block in enumerate(blocks):
        following = blocks[number + 1].text if number + 1 < len(blocks) else ""
        if _COMMENTS_HEADING.match(block.text) or (
            _COMMENT_FORM.match(block.text) and _COMMENT_NOTICE.match(following)
        ):
            dropped.extend(later.text for later in blocks[number:])
            return blocks[:number]
    return blocks


# A line of a page's chrome speaks of the page itself ("Share this story", "Read this story for FREE!",
# "Rate this post"), or tags it ("#5Qi - August 24th, 2015"), where an answer speaks of its subject.
_ABOUT_THE_PAGE = re.compile(r"\bthis (?:story|article|post|page|interview|piece|episode|issue|q&a)\b", re.I)
_TAG = re.compile(r"^#[^\W_][\w-]*")
# Such a line is a few words, like a button's or a link's.
_CHROME_WORDS = 8


# What a blogging platform prints under a post: its readers' reactions counted ("Clap · 212", "12 Likes ·
# 3 Comments", "4 min read"), and its pitch to subscribe ("Thanks for reading The Letterform! Subscribe
# for free to receive new posts.", "Subscribe to The Weekly Loaf", "Enjoyed this issue? Forward it to a
# friend."), maybe after the author's goodbye ("That's all for today. ... Thanks for reading — subscribe").
_REACTIONS = frozenset(
    "clap claps like likes heart hearts comment comments response responses reply replies share shares "
    "repost reposts restack restacks view views min read point points vote votes save award".split()
)
_COUNT = re.compile(r"^\d[\d,.]*[KkM]?$")
_SUBSCRIBE_PITCH = re.compile(
    r"\bThanks for reading\b.*\bsubscribe\b|^Subscribe (?:now|for free\b|to [^.?!]{1,60}$)"
    r"|^(?:Enjoyed|Liked|Loved|Did you enjoy) (?:this|today's) "
    r"(?:issue|edition|newsletter|post|story|thread)\b",
    re.IGNORECASE,
)


def _closing_chrome(text: str) -> bool:
    """A short line that speaks of the page or tags it, and ends no sentence of an answer with a stop.

    A platform's reaction counts and its pitch to subscribe are chrome however they end.
    """
    if _reactions(text) or _SUBSCRIBE_PITCH.search(text.strip()):
        return True
    if len(text.split()) > _CHROME_WORDS or re.search(r"[.?…][\"”’')\]]*$", text):
        return False
    return bool(_ABOUT_THE_PAGE.search(text) or _TAG.match(text) or _DATELINE.match(text))


def _reactions(text: str) -> bool:
    """Whether a line only counts reactions: "Clap · 212", "12 Likes · 3 Comments", "4 min read".

    A forum's buttons under a comment, its points among them, count too: "428 points · Reply · Share". A
    count may run into the word before it, where a page sets each in an element of its own with no space
    between them ("38 views0 comments", as Wix does).
    """
    parts = [part.lower() for part in re.split(r"[\s·•|()]+|(?<=[^\W\d])(?=\d)", text.strip()) if part]
    return any(part in _REACTIONS for part in parts) and all(
        part in _REACTIONS or _COUNT.match(part) for part in parts
    )


# Where a platform's closing section begins under a post: its author box and the stories it recommends
# ("Written by Dana Whitfield", "More from Dana Whitfield", "Recommended from Medium", "Read next").
_CLOSING_SECTION = re.compile(
    r"^(?:Written by|More (?:from|by)|Recommended (?:from|for you)|Discover more from|Read next|Keep reading"
    r"|Related (?:posts|articles|stories|reading)|You (?:may|might) also like)\b[^.?!]*$",
    re.IGNORECASE,
)


def _without_closing_chrome(blocks: list[Block], dropped: list[str]) -> list[Block]:
    """The page without the run of chrome under its last answer: the site's buttons and tags, no answer's.

    Only at the very end, where nothing of the interview follows them: the same words in a lead or a
    turn may be the interview's own. A closing section ("More from …") goes with all below it, where no
    question follows: an author's bio and the titles of other stories say nothing of the interview.
    """
    last_question = max((number for number, block in enumerate(blocks) if _asks(block.text)), default=-1)
    end = next(
        (
            number
            for number in range(max(1, last_question + 1), len(blocks))
            if len(blocks[number].text.split()) <= _CHROME_WORDS
            and _CLOSING_SECTION.match(blocks[number].text)
        ),
        len(blocks),
    )
    while end and _closing_chrome(blocks[end - 1].text):
        end -= 1
    dropped.extend(block.text for block in blocks[end:])
    kept = blocks[:end]
    if kept and (link := _READ_ON.search(kept[-1].text)):
        dropped.append(link.group().strip())
        kept[-1] = replace(kept[-1], text=kept[-1].text[: link.start()])
    return kept


# The link a blog's excerpt ends on, where it clips the last answer to send the reader to the rest: "… we
# had to work out a way...[read on]", "[Continue reading]", "(more…)". The clipped words stay as printed.
_READ_ON = re.compile(r"\s*[\[(](?:read on|read more|continue reading|more)\s*[.…]*[\])]$", re.IGNORECASE)


# The months as pages print them, in full or short: what datelines here and dates in metadata.py are read by.
MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)

# A speaker's name as labels print it: one to four capitalised words ("Ann Marsh", "Dr. Vik").
SPEAKER_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"

# Words that end in a colon at the start of a paragraph without naming anyone.
NOT_SPEAKERS = frozenset(
    {
        "note", "notes", "update", "editor's note", "tags", "tag", "source", "sources", "photo", "image",
        "title", "date", "example", "for example", "disclaimer", "warning", "tip", "summary", "background",
        "correction", "read more", "see also", "listen", "watch", "credit", "credits", "edit",
        "location", "published", "keywords", "topics", "category", "categories", "related", "bio", "also",
    }
)  # fmt: skip

# -- subtitle files: WebVTT and SRT -------------------------------------------------------------------

# A cue's timing line, as WebVTT ("00:01.000 --> 00:04.200 align:start") and SRT ("00:00:01,000 -->
# 00:00:04,200") print it: a file with one near its top is a subtitle file.
_CUE_TIMING = re.compile(
    r"(?m)^[ \t]*(?:(?P<hours>\d{1,2}):)?(?P<minutes>\d{2}):(?P<seconds>\d{2})[.,]\d{3}[ \t]+-->[ \t]+"
    r"(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}.*$"
)
# The text after "WEBVTT" on a WebVTT file's first line is its title ("WEBVTT - Eliot Glazer Disobeys
# Bridger", as a podcast host exports an episode's captions).
# Older files' "WEBVTT FILE" names no episode.
_CAPTIONS_TITLE = re.compile(
    r"WEBVTT[ \t]+(?:[-–—:|][ \t]*)?(?!FILE[ \t]*$)(?P<title>\S[^\n]*?)[ \t]*$", re.MULTILINE
)
# WebVTT's voice tag names who speaks a cue ("<v Ann Marsh>", "<v.loud Ann>"); a cue of SRT may open with
# the name and a colon, or with a dash or ">>" where the speaker changes.
_VOICE = re.compile(r"^<v(?:\.[\w.-]+)?[ \t]+(?P<name>[^>]+)>")
_CUE_TURN = re.compile(rf"^(?:[-–—][ \t]|>>|{SPEAKER_NAME} ?:\s)")


def _captions(text: str, cold_open: list[str]) -> str:
    """A subtitle file as a transcript: each speaker's consecutive cues one paragraph, timings gone.

    A cue holds a line or two of what is said, cut wherever the screen was full, so a sentence runs on
    from one cue into the next until another speaker is named. Where no cue names one, a question
    ends a paragraph. The cues of a cold open go to ``cold_open``, no part of the transcript.
    """
    timed = _cues(text)
    opening = _cold_open(timed)
    cold_open += [cue.words for cue in timed[:opening]]
    cues = [(cue.speaker, cue.words) for cue in timed[opening:]]
    if not any(named is not None or _CUE_TURN.match(words) for named, words in cues):
        return "\n\n".join(_asked(words for _, words in cues))
    paragraphs: list[str] = []
    speaker: str | None = None
    for named, words in cues:
        if paragraphs and (named == speaker if named is not None else not _CUE_TURN.match(words)):
            paragraphs[-1] += f" {words}"
        else:
            speaker = named
            paragraphs.append(f"{named}: {words}" if named else words)
    return "\n\n".join(paragraphs)


@dataclass(frozen=True, slots=True)
class _Cue:
    """A cue's words, the speaker its voice tag names (if any), and the second it starts at."""

    speaker: str | None
    words: str
    start: int


def _cues(text: str) -> list[_Cue]:
    """Each cue's words, markup gone; a cue of music or a sound alone ("♪", "[MUSIC]") is no one's words."""
    cues: list[_Cue] = []
    for cue in re.split(r"\n[ \t]*\n", text):
        lines = cue.strip().split("\n")
        timed = next(((n, found) for n, line in enumerate(lines) if (found := _CUE_TIMING.match(line))), None)
        if timed is None:  # the WEBVTT header, a NOTE, STYLE or REGION block
            continue
        number, timing = timed
        words = " ".join(line.strip() for line in lines[number + 1 :] if line.strip())
        voice = _VOICE.match(words)
        words = " ".join(re.sub(r"</?[a-z][^>]*>|<\d[\d:.]*>", "", words).split())
        if words and not _MUSIC.fullmatch(words) and not stage_direction(words):
            start = int(timing["hours"] or 0) * 3600 + int(timing["minutes"]) * 60 + int(timing["seconds"])
            cues.append(_Cue(voice["name"].strip() if voice else None, words, start))
    return cues


# Music notes alone, as captions print a tune with no words.
_MUSIC = re.compile(r"[♪♫♬♩\s]+")
# A show's welcome, at a cue's start or a sentence's: "Welcome to Harbour Voices.", "Hello and welcome
# back to the show", with what says it opens a show: the host's name or guest, the show or the episode.
_WELCOME = re.compile(
    r"(?:^|(?<=[.!?…]\s))(?:(?:hello|hi|hey)(?: there| everyone| everybody| all)?,?\s+(?:and\s+)?)?"
    r"welcome (?:back )?to\b",
    re.IGNORECASE,
)
_OPENS_A_SHOW = re.compile(
    r"\b(?:I'm|I’m|I am|my name is|my guest|joining me|with me|podcast|show|episode|programme|program)\b",
    re.IGNORECASE,
)
# How far into the file a show's welcome may come after a cold open: a clip of a minute or two.
_COLD_OPEN_SECONDS = 180


def _cold_open(cues: Sequence[_Cue]) -> int:
    """How many cues open the file before the host's welcome: a cold open, a clip played before the show.

    A podcast or a video may open on a moment from later in the interview (the guest's best line, an
    exchange), often then its tune, before the host welcomes the listeners ("Welcome to Harbour Voices.
    I'm Tova Lind, ..."). Nothing said before a show's welcome is part of the interview; kept, the clip
    reads as a turn of its own, or as the first answer's opening words.
    """
    for number, cue in enumerate(cues):
        if cue.start > _COLD_OPEN_SECONDS:
            break
        turn = _CUE_TURN.match(cue.words)
        welcome = _WELCOME.search(cue.words[turn.end() :].lstrip() if turn else cue.words)
        if welcome and _OPENS_A_SHOW.search(" ".join(later.words for later in cues[number : number + 2])):
            return number
    return 0


def _asked(cues: Iterable[str]) -> list[str]:
    """Cues that name no speaker as paragraphs: a cue that ends in a question ends a paragraph.

    The question starts with the cue its last sentences ending in "?" start in, as subtitles start a
    new cue where another person speaks ("That sounds grim. Would you do it again?"); the cues before
    it answer the question before. A question inside a cue ("Was I scared? Every night.") is the
    speaker's own, and goes on.
    """
    paragraphs: list[str] = []
    run: list[str] = []
    for words in cues:
        run.append(words)
        if not _asks(words):
            continue
        text = " ".join(run)
        sentences = split_sentences(text)
        said = len(sentences)
        while said and _asks(sentences[said - 1]):
            said -= 1
        asked = len(" ".join(sentences[:said])) + bool(said)  # where the question's sentences start
        start = max(
            start
            for start in itertools.accumulate((len(cue) + 1 for cue in run), initial=0)
            if start <= asked
        )
        paragraphs += [part for part in (text[:start].strip(), text[start:]) if part]
        run = []
    return [*paragraphs, " ".join(run)] if run else paragraphs


def _asks(text: str) -> bool:
    return text.rstrip(" \"”’')").endswith("?")


# -- the header: "Key: value" lines or front matter ---------------------------------------------------

_FIELD_LINE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z _'-]{0,30}?)\s*:(?:\s+(?P<value>\S.*))?$")
_LIST_ITEM = re.compile(r"^\s*-\s+(?P<value>\S.*)$")
# Keys a page's header uses for what the knowledge file needs; a first paragraph made of these is a
# header even without a closing "---".
_KNOWN_FIELDS = frozenset(
    {
        "title", "headline", "interviewee", "guest", "name", "role", "position", "organisation",
        "organization", "company", "date", "published", "publication", "publication date", "tags",
        "keywords", "topics", "standfirst", "summary", "description", "subtitle", "lead", "source",
        "url", "original url", "interviewer", "author", "by",
    }
)  # fmt: skip
# An email's header, as an interview saved from an email or a newsletter opens ("From:", "To:",
# "Subject:", "Date:"): a header too. Its subject is a title and its date a date; the addresses are the
# sender's and the readers', never part of the draft.
_EMAIL_FIELDS = frozenset({"from", "to", "cc", "bcc", "reply-to", "sent", "subject", "date"})


# A web address under a label on the page's first lines ("Original URL: https://...", "Source: ...", "Link:
# <...>"), as a page saved with the address it came from opens: where the page came from, never a name.
_ADDRESS_LINE = re.compile(r"^\s*[A-Za-z][\w '-]{0,30}:\s*<?(?P<address>(?:https?://|www\.)[^\s<>]+)>?\s*$")


def _split_header(text: str) -> tuple[dict[str, str], str]:
    """The page's header fields and the text after them; a labelled address alone is a header too."""
    lines = text.split("\n")
    header, rest = _read_header(lines)
    address: dict[str, str] = {}
    opening = 0  # the lines before the header, counted, not taken from the list's front (quadratic)
    while (
        not header
        and opening < len(lines)
        and (not lines[opening].strip() or _ADDRESS_LINE.match(lines[opening]))
    ):
        if found := _ADDRESS_LINE.match(lines[opening]):
            address.setdefault("original url", found["address"])
        opening += 1
    if address:
        header, rest = _read_header(lines[opening:])
    return {**address, **header}, rest


def _read_header(lines: list[str]) -> tuple[dict[str, str], str]:
    """The fields of the header that opens ``lines`` (front matter, "Key: value" lines), and the rest."""
    lines = lines[next((n for n, line in enumerate(lines) if line.strip()), len(lines)) :]
    if lines and lines[0].strip() == "---":  # front matter: ---, key: value lines, ---
        end = next((n for n, line in enumerate(lines[1:], 1) if line.strip() == "---"), None)
        if end is not None:
            return _fields(lines[1:end]), "\n".join(lines[end + 1 :])
    separator = next((n for n, line in enumerate(lines[:40]) if line.strip() == "---"), None)
    if separator:
        head = [line for line in lines[:separator] if line.strip()]
        found = _fields(head)
        if head and len(found) * 2 >= len(head):
            return found, "\n".join(lines[separator + 1 :])
    first = next((n for n, line in enumerate(lines) if not line.strip()), len(lines))
    found = _fields(lines[:first])
    if _is_field_block(found, first):
        return found, "\n".join(lines[first:])
    # A title on its own line, then the header ("Harbour Voices\n\nInterviewee: ...\nDate: ..."), as an
    # archive's transcript prints them: the title is the header's too, with a blank line under it or not.
    found = _fields(lines[1:first])
    if first > 2 and "title" not in found and not _fields(lines[:1]) and _is_field_block(found, first - 1):
        return {"title": lines[0].strip(), **found}, "\n".join(lines[first:])
    rest = first + 1 + next((n for n, line in enumerate(lines[first + 1 :]) if line.strip()), 0)
    end = next((n for n, line in enumerate(lines[rest:], rest) if not line.strip()), len(lines))
    found = _fields(lines[rest:end])
    if first == 1 and "title" not in found and _is_field_block(found, end - rest):
        return {"title": lines[0].strip(), **found}, "\n".join(lines[end:])
    return {}, "\n".join(lines)


def _is_field_block(found: dict[str, str], lines: int) -> bool:
    """Every line of the paragraph a field, two of them fields a knowledge file uses or an email's."""
    known = sum(key in _KNOWN_FIELDS or key in _EMAIL_FIELDS for key in found)
    return bool(lines) and len(found) == lines and known >= 2


# The line over a forwarded email's header or a quoted one, as mail programs print it.
_FORWARDED = re.compile(
    r"^\s*(?:-{2,}\s*(?:Forwarded message|Original Message)\s*-{2,}|Begin forwarded message:)\s*$",
    re.IGNORECASE,
)


def _email_headers(text: str) -> tuple[dict[str, str], str]:
    """The fields of the first email header inside the page, and the page without any of them.

    An interview forwarded to its editor, or pasted from a newsletter, prints the header of the email
    it came in after the newsletter's links ("From:", "Date:", "Subject:", "To:" under "Forwarded
    message"): a header still, whose addresses are never an answer's words.
    """
    found: dict[str, str] = {}
    kept: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        lines = [line for line in paragraph.split("\n") if line.strip()]
        head = lines[1:] if lines and _FORWARDED.match(lines[0]) else lines
        fields = _fields(head)
        if "from" in fields and len(fields) == len(head) and sum(key in _EMAIL_FIELDS for key in fields) >= 2:
            found = found or fields
        else:
            kept.append(paragraph)
    return (found, "\n\n".join(kept)) if found else ({}, text)


def _fields(lines: list[str]) -> dict[str, str]:
    """``Key: value`` lines; a key with its values listed below it (front matter's "- item") too."""
    found: dict[str, str] = {}
    listing: str | None = None
    for line in lines:
        item = _LIST_ITEM.match(line)
        if listing is not None and item:
            found[listing] = ", ".join(filter(None, (found.get(listing), _unquoted(item["value"]))))
            continue
        match = _FIELD_LINE.match(line.strip())
        key, value = (match["key"].strip().lower(), (match["value"] or "").strip()) if match else ("", "")
        listing = key if match and not value else None
        if value:
            found.setdefault(key, _unquoted(value))
    return found


def _unquoted(value: str) -> str:
    value = value.strip()
    return value[1:-1] if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'" else value


# -- Markdown (and plain text) to blocks --------------------------------------------------------------

# The marks an item of a list opens with: Markdown's, and the bullets a word processor or a page prints,
# which some pages put before each question ("■ Why cassava?").
_BULLETS = "-*+•▪■□◆◇●○◦►▶▸‣"
# A numbered item's mark: "3." and "3)" as Markdown has them, "3.)" as some blogs type both, and "3.-" as
# Spanish typography sets a number before its words.
_ITEM_NUMBER = r"\d{1,2}(?:\.\)|\.-|[.)])"
# A line that starts a block of its own even without a blank line before it: a label, a heading,
# bold, a list item. Interviews often put "Q: ..." and "A: ..." (or "Q – ..." and "A – ...", as a
# blog types them) on consecutive lines; Chinese type sets the label's colon full-width, with no space
# after it ("Q：").
# Spanish and Portuguese set the dialogue dash right against the words ("—¿Por qué?", "—Sí, lo es."): no
# space after it, before a capital or an opening mark, where a dash before a number ("–5 degrees") or a
# word in small letters is no dialogue's.
_DIALOGUE_OPENING = r"[¿¡«“\"‘'A-ZÀ-ÖØ-Þ]"
_TIGHT_DASH = rf"[—–](?={_DIALOGUE_OPENING})"
_STARTS_BLOCK = re.compile(
    rf"^\s*(?:\*\*|__|#{{1,6}}\s|[{_BULLETS}—–]\s|{_TIGHT_DASH}|"
    rf"{_ITEM_NUMBER}\s|\d{{1,2}}-\s+(?=[A-Z])|[A-Z]{{2,4}}:\s"
    r"|(?:Q|A|Question|Answer)\s*\d*\s*(?:(?:[:.)]|\s[-–—])\s|：))"
)
_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$|^\s*=+\s*$")
# A dash also opens a line of dialogue, which is no item of a list: only the other marks are kept. A blog
# may number its questions "1- What ...?".
_TIGHT_LINE = re.compile(rf"^\s*{_TIGHT_DASH}")
LIST_MARK = re.compile(
    rf"^\s*(?:(?:(?P<mark>[{_BULLETS}]|{_ITEM_NUMBER}|\d{{1,2}}-(?=\s+[A-Z]))|[—–])\s+|{_TIGHT_DASH})"
)
# The dash a line of dialogue opens with, set inside the bold or italics of a question or heading
# ("*— Why did you leave?*", "<em>– How?</em>"), where the list marks before the markup never reach it.
_DIALOGUE_MARK = re.compile(rf"^(?:[—–]\s+(?=\S)|{_TIGHT_DASH})")
# A question in bold or italics opening the paragraph that goes on with its answer; in bold, also a
# topic of two words or more set as a lead-in sentence ("**On leaving the lab.** I left because ..."),
# as magazines set an interview whose questions they leave out. A FAQ may list them, numbered or not.
_LEAD_IN = re.compile(
    rf"^\s*(?:(?:[{_BULLETS}]|{_ITEM_NUMBER})\s+)?(?P<question>(?P<mark>\*\*|__|[*_{_ITALIC}])[^*_{_ITALIC}]+\?(?P=mark)"
    r"|(?P<bold>\*\*|__)[^*_\s]+ [^*_]{1,80}?(?:\.(?P=bold)|(?P=bold)\.))"
)
_LEADING_QUESTION = re.compile(rf"{_LEAD_IN.pattern}\s+(?P<rest>\S.*)$")
# How many paragraphs must open so, whole or with the answer after: one or two are a writer's emphasis in
# running prose ("**Why does it matter?** Because ..."), a rhetorical question an answer opens with.
_LEAD_INS = 3
# The time a transcript prints, to the second or a fraction of it: "0:07", "00:11:37.24".
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
# "[00:01:23]", "\[00:03:51.07\]" (Markdown-escaped) or "(12:04)" before a turn in a transcript; not the
# time of day a lead opens with ("1:21 p.m. EDT").
_TIMESTAMP_PREFIX = re.compile(rf"^\s*\\?[\[(]?{_CLOCK}\\?[\])]?\s+(?=\S)(?![ap]\.?m\b)", re.IGNORECASE)
# A time on a line of its own inside a turn, as a meeting app's transcript prints it between the speaker's
# name and the words ("Lena Fischer" / "00:00:03" / "Thanks for joining us").
_TIME_ALONE = re.compile(rf"^[ \t]*[\[(]?{_CLOCK}[\])]?[ \t]*$")
# A time in brackets, as transcripts print when a turn starts or a break comes: "[00:11:37.24]", "(00:07)".
_BRACKETED_TIME = rf"[\[(]{_CLOCK}[\])]"
# A speaker's name alone on a line: one to four capitalised words, or initials, maybe with a colon, and
# maybe with the time they start speaking, as transcription services print it ("Nora (00:07):", or
# Otter's "Nora Ames  0:07" with no brackets).
_NAME = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|van|von|da|di|la|le)){0,3}"
_NAME_LINE = re.compile(
    rf"^(?P<name>{_NAME}(?: \d{{1,2}})?)(?P<time> {_BRACKETED_TIME}|(?:\s+[-–—|·•])?\s+{_CLOCK})?:?$"
)
# A transcript kept as Markdown may head each turn with the time it starts and the speaker ("### [00:00:40]
# Ann Marsh" over her words), as transcription tools write it out: the heading reads as the name and the
# time after it ("### Ann Marsh (00:00:40)"), as other transcripts print a speaker's line.
_TIMED_HEADING = re.compile(
    rf"^(?P<mark>[ \t]*#{{1,6}}[ \t]+)\\?[\[(](?P<time>{_CLOCK})\\?[\])]"
    rf"[ \t]+(?P<name>{_NAME}(?: \d{{1,2}})?):?[ \t]*$"
)


def _time_after_the_name(line: str) -> str:
    """A Markdown heading of the time and the speaker, "### [00:00:40] Ann", as "### Ann (00:00:40)"."""
    return _TIMED_HEADING.sub(r"\g<mark>\g<name> (\g<time>)", line)


# An official report bills each speaker on the line over their turn: a witness with their organisation
# or a member with their seat and party in brackets ("Jane Smith (Scottish Water)", "Tom Berg (Lothian)
# (Lab)"), the office that chairs the meeting ("The Convener", "The Deputy Chair"), or, as TheyWorkForYou
# prints a member, their photo's caption, their name and their seat or office ("Photo of Tom Berg Tom
# Berg Labour, Halton"). Such a line names a speaker the first time; two of them make a transcript.
# A question-and-answer site names who answers on the line over each answer: "Sam Mugford answered on 8 Mar
# 2023:". Each such line names a speaker, who may answer once.
_ANSWERED_LINE = re.compile(rf"^(?P<name>{_NAME}) answered(?: on [^:]{{1,30}})?:$")
_BILLED_NAME_LINE = re.compile(
    rf"^(?:(?P<name>{_NAME})(?: \([A-Z][^()]{{0,80}}\)){{1,2}}"
    r"|(?P<chair>The (?:Deputy |Vice[- ]?)?(?:Convener|Chair(?:man|woman|person)?|Presiding Officer))"
    rf"|Photo of (?P<pictured>{_NAME}) (?P=pictured)\b.*):?$"
)


# A question's or an answer's label alone on its line, over the words it labels: "Question 3:", "Q3.",
# "Question:", "A:", as a page sets them when the question is long or the label stands out.
_LABEL = r"(?:Q|A|Question|Answer)\s*\d{0,2}\s*[:：.)]"
_LABEL_LINE = re.compile(rf"^{_LABEL}$")
# A line a question's label opens, the question after it: "Question 1: Was it luck?", "Q: Why boats?".
_QUESTION_OPENING = re.compile(r"^\s*(?:Q|Question)\s*\d{0,2}\s*[:：.)]\s+\S")


# A transcription service's speaker in brackets before the time they start, with no colon: "[Speaker 2]
# [00:06] hear you.", "[Ann Marsh] (01:13) Yes." The time goes, and the name reads as a label.
_BRACKETED_SPEAKER = re.compile(
    rf"^\s*\[(?P<name>{SPEAKER_NAME}(?: \d{{1,2}})?)\]\s*{_BRACKETED_TIME}\s+(?=\S)"
)
# A podcast's transcript may bracket the speaker's initials with no time after them: "[MK] Where do the
# boards come from?". A word in brackets is a note ("[Laughs] Yes."); initials are no word.
_BRACKETED_INITIALS = re.compile(r"^\s*\[(?P<name>[A-Z]{2,4})\]\s+(?=[A-Z\"“‘'(])")


# A research transcript numbers each turn before the speaker's label ("12 I: And then?", "13 P : Yes.").
_TURN_NUMBER = re.compile(rf"^\s*(?:\d{{1,4}}[ \t]+){{1,2}}(?={SPEAKER_NAME} ?:\s)")


def untimed(text: str) -> str:
    """The text without the timestamp a transcript prints before it, or a clip's length after a quotation."""
    return _CLIP_LENGTH.sub("", _TIMESTAMP_PREFIX.sub("", text))


# How long the recording of a quoted answer runs, in brackets after the quotation that clips it: "„I like
# to work … come together.“ [1:02]".
_CLIP_LENGTH = re.compile(rf"(?<=[“”\"»’])\s*{_BRACKETED_TIME}\s*$")


# A Markdown reference definition ("[3]: https://example.org/talk") is never shown: it gives the address
# of a "[words][3]" link. Writers also use the form for comments ("[//]: # (draft)", "[#]: author: (...)").
_REFERENCE_DEFINITION = re.compile(
    r"(?im)^ {0,3}\[(?:(?://|#|comment)\]:.*"
    r"|[^\]\n]+\]:[ \t]*<?(?:[a-z][a-z+.-]*://|/|#|mailto:|www\.)\S*>?(?:[ \t]+[\"'(].*)?)\n?"
)


# A heading underlined rather than marked ("What do you build?" over a line of "=" or "-"), as Markdown's
# setext headings and plain-text interviews set their questions: a short line of its own, with a blank
# line above and an underline about as long as it. A short rule ("---") under a turn stays a rule.
_SETEXT_HEADING = re.compile(
    r"(?m)(?P<above>\A|^[ \t]*\n)(?P<text>[ \t]{0,3}[^\s#>*+=-][^\n]*)\n"
    r"[ \t]{0,3}(?P<rule>={3,}|-{3,})[ \t]*$"
)


def _setext_headings(text: str) -> str:
    """Mark underlined headings with "#" ("=" under a title) or "##" ("-" under a question)."""

    def heading(match: re.Match[str]) -> str:
        line = match["text"].strip()
        if len(line.split()) > 20 or len(match["rule"]) * 2 < len(line):
            return match.group()
        return f"{match['above']}{'#' if match['rule'][0] == '=' else '##'} {line}"

    return _SETEXT_HEADING.sub(heading, text)


# A Markdown table: the header row, the row under it that sets the columns ("|---|:---:|"), and its rows.
# The header and each row are a line with a "|" in it; the spaces around an edge's "|" are read in one
# place, not split between two runs ("[ \t]*\|?.*\|.*" took quadratic time on a line of 40,000 "|" or
# spaces: 10 s).
_PIPE_TABLE = re.compile(
    r"(?m)^(?P<header>[^\n|]*\|.*)\n"
    r"[ \t]*(?:\|[ \t]*)?:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+(?:\|[ \t]*)?\n"
    r"(?P<rows>(?:[^\n|]*\|.*(?:\n|$))*)"
)


def _pipe_tables(text: str) -> str:
    """Each cell of a Markdown table a paragraph, as an HTML table's are: a question, then its answer.

    A transcript set as a table ("| 00:01 | Interviewer | How did ...? |") so reads as a time, dropped,
    then a name on its own line before the turn.
    """

    def cells(match: re.Match[str]) -> str:
        rows = [match["header"], *match["rows"].splitlines()]
        found = [cell.strip() for row in rows for cell in re.split(r"(?<!\\)\|", row.strip().strip("|"))]
        return "\n\n".join(cell for cell in found if cell) + "\n"

    return _PIPE_TABLE.sub(cells, text)


# A Markdown code fence ("```", "~~~ text") marks where a block starts and ends; it is no text of its own.
# Transcripts pasted into Markdown often sit in one, and the fence read as text left a stray "`".
_FENCE = re.compile(r"^[ \t]*(?:`{3,}|~{3,})[ \t]*[\w+-]*[ \t]*$", re.MULTILINE)


# A thread copied from a social network numbers each post where it opens ("1/", "2/", "3/12", "4/n"):
# the number says where a post begins, nothing of the interview, and would end each answer as "3/".
# Not a date ("12/03/2024") nor a fraction in a sentence: only a bare counter before a space.
_THREAD_COUNTER = re.compile(r"(?m)^[ \t]*(?P<number>\d{1,2})/(?:\d{1,2}|n)?(?=[ \t]|$)[ \t]*")
# How many posts must count up from 1, one by one, before the numbers read as a thread's, not a list's.
_THREAD_POSTS = 3


def _without_thread_counters(text: str) -> str:
    """The text without the counters of a thread's posts, where every counter follows the one before."""
    numbers = [int(found["number"]) for found in _THREAD_COUNTER.finditer(text)]
    if len(numbers) < _THREAD_POSTS or numbers != list(range(1, len(numbers) + 1)):
        return text
    return _THREAD_COUNTER.sub("", text)


# A transcript that numbers its paragraphs ("6) BILL MOYERS: Thank you …", "7) JON STEWART: …", as a copy of
# a broadcast's transcript does): the number says where the paragraph stands, nothing of the interview,
# and would keep the speaker's label from opening the turn. The numbers count up (a paragraph may be
# missing, "3)" then "5)"), and three of them stand before a speaker's label, two speakers' at least: a
# list of numbered questions or points counts up too, but names no speaker after its numbers.
_PARAGRAPH_NUMBER = re.compile(r"(?m)^[ \t]*(?P<number>\d{1,4})[.)][ \t]+(?=\S)")
_NUMBERED_LABEL = re.compile(rf"[ \t]*\d{{1,4}}[.)][ \t]+(?P<name>{SPEAKER_NAME}):\s")
_NUMBERED_TURNS = 3


def _without_paragraph_numbers(text: str) -> str:
    """The text without a transcript's paragraph numbers, where they count up and stand before speakers."""
    numbers = [int(found["number"]) for found in _PARAGRAPH_NUMBER.finditer(text)]
    if any(later <= earlier for earlier, later in itertools.pairwise(numbers)):
        return text
    names = [found["name"] for line in text.splitlines() if (found := _NUMBERED_LABEL.match(line))]
    if len(names) < _NUMBERED_TURNS or len(set(names)) < 2:
        return text
    return _PARAGRAPH_NUMBER.sub("", text)


def _blocks(text: str, dropped: list[str]) -> list[Block]:
    text = _without_paragraph_numbers(_without_thread_counters(_FENCE.sub("", text)))
    text = _pipe_tables(_setext_headings(_REFERENCE_DEFINITION.sub("", text)))
    # Block quotes, nested ones too: the quoted text is the text. Closed captions mark each change of
    # speaker with ">>" (">> HOST: Welcome back."), which reads as a speaker's turn once the marks go.
    text = re.sub(r"(?m)^[ \t]*(?:>[ \t]?)+", "", _unnamed_chevrons(_glued_speakers(text)))
    text = _hyphens_as_dialogue_dashes(text)
    paragraphs = [part for part in re.split(r"\n\s*\n", text) if part.strip()]
    if len(paragraphs) == 1 and text.count("\n") > 3:
        paragraphs = text.split("\n")  # no blank lines at all: every line is a paragraph
    paragraphs = _unsigned(paragraphs, dropped)
    # Timestamps and turn numbers go first, line by line, so that a "[00:01:02] Host:" line opens a turn.
    chunks = [
        chunk
        for paragraph in paragraphs
        for piece in _without_printed_marks(paragraph, dropped)
        for chunk in (
            [_PAGE_MARK]
            if piece is None
            else _split_lines(
                "\n".join(
                    _TURN_NUMBER.sub("", untimed(_bracketed_as_label(_time_after_the_name(line))))
                    for line in piece
                )
            )
        )
    ]
    chunks = _bold_names_as_labels(_run_together_labels(chunks))
    lead_ins = sum(bool(_LEAD_IN.match(chunk)) for chunk in chunks) >= _LEAD_INS
    blocks: list[Block] = []
    # Where the page's numbers were, as the place in the blocks they stood: the lines about them may be
    # its running head or foot.
    page_breaks: list[int] = []
    # A list of links under a question answers it ("Which sites do you read?" over a list of them), down to
    # the list's end; anywhere else a line of links is the page's navigation, tags or share buttons.
    listing = False
    for chunk in chunks:
        if chunk == _PAGE_MARK:
            page_breaks.append(len(blocks))
            continue
        links = _only_links(chunk)
        listed = links and bool(LIST_MARK.match(chunk))
        listing = listed and (listing or (bool(blocks) and _asks(blocks[-1].text)))
        for block in _block(chunk, lead_ins=lead_ins):
            unheard = bool(blocks) and _labels_unheard(blocks[-1].text, block.text)
            address = bool(_BARE_URL.match(block.text)) and not (blocks and _runs_on(blocks[-1].text))
            # A saved page's title over the same words as its headline ("Turning The Tables" twice): one is
            # the title, the other a copy, never a speaker's name over two turns.
            repeated = 0 < len(blocks) < _TOP_LINES and _repeats_title(blocks[-1].text, block.text)
            if (is_furniture(block.text) or (links and not listing) or address or repeated) and not unheard:
                dropped.append(block.text)
                if _PAGE_NUMBER.match(block.text.strip()):
                    page_breaks.append(len(blocks))
            else:
                blocks.append(block)
    blocks, page_breaks = _without_footnotes(blocks, page_breaks, dropped)
    return _speakers_on_their_own_lines(_without_running_heads(blocks, page_breaks, dropped))


# How far down the page a headline printed twice may stand: under a masthead and a date at most.
_TOP_LINES = 4


def _repeats_title(above: str, line: str) -> bool:
    """Whether ``line`` prints again the short line above it that ends no sentence, as a headline is."""
    return line == above and len(line.split()) <= 20 and not re.search(r"[.!?:;,]$", line)


# A line that signs the text above it with a dash and a name, maybe where the signer lives: "—Amara",
# "— Jenny Holt, Leeds", as an advice column signs each answer, or each reader's question.
_SIGNATURE = re.compile(
    r"^[ \t]*(?:[—–]|--)[ \t]?(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})(?:, [^.!?:;]{1,40})?[ \t]*$"
)
_DIALOGUE_DASH = re.compile(r"^[ \t]*(?:[—–-]|--)")


def _unsigned(paragraphs: list[str], dropped: list[str]) -> list[str]:
    """The paragraphs without the signatures under them, which go to the furniture dropped.

    Dash dialogue opens every turn with a dash ("— Who taught you?" over "— Jem Harlow"): a line under
    text that opens so signs nothing. A name is no common word: "— Yes" under a question answers it.
    """
    kept: list[str] = []
    for paragraph in paragraphs:
        lines: list[str] = []
        for line in paragraph.split("\n"):
            above = (lines or kept[-1:] or [""])[0].split("\n")[0]
            found = _SIGNATURE.match(line)
            if (
                found
                and above.strip()
                and not _DIALOGUE_DASH.match(above)
                and any(zipf(word.lower()) < COMMON for word in found["name"].split())
            ):
                dropped.append(line.strip())
            else:
                lines.append(line)
        if any(line.strip() for line in lines):
            kept.append("\n".join(lines))
    return kept


def _bracketed_as_label(line: str) -> str:
    """A speaker's name or initials in brackets before the turn, as a label: "[MK] Why?" is "MK: Why?"."""
    return _BRACKETED_INITIALS.sub(r"\g<name>: ", _BRACKETED_SPEAKER.sub(r"\g<name>: ", line))


def _without_printed_marks(paragraph: str, dropped: list[str]) -> list[list[str] | None]:
    """The paragraph's lines but a time alone or a page's head or foot, which go to the furniture dropped.

    Read line by line, before the spacing that sets a page's number apart is lost. A page's line with its
    number ("Harbour News        Page 2") parts the lines before it from those after, and leaves None in
    their place: a page broke there, and a line beside it may be the rest of its head.
    """
    pieces: list[list[str] | None] = []
    lines: list[str] = []
    for line in paragraph.split("\n"):
        paged = bool(_PAGED_LINE.match(line.strip()))
        if paged or _TIME_ALONE.match(line):
            dropped.append(" ".join(line.split()))
        if paged:
            pieces += [lines, None] if lines else [None]
            lines = []
        elif not _TIME_ALONE.match(line):
            lines.append(line)
    return [*pieces, lines] if lines else pieces


# Where a page's numbered line stood among the chunks of the text.
_PAGE_MARK = "\ue002"


# A printed page's footnotes at its foot, as a PDF's text keeps them: each one's number, a space and the
# note, the lines of several run together ("1 He kept it from 1931. 2 The lamp was electrified in 1974.").
_FOOTNOTE = re.compile(r"^\d{1,2} (?=[A-Z“\"])")
_NOTE_NUMBER = re.compile(r"(?:^|(?<=[.!?] ))(\d{1,2}) (?=[A-Z“\"])")


def _without_footnotes(
    blocks: list[Block], page_breaks: list[int], dropped: list[str]
) -> tuple[list[Block], list[int]]:
    """The page without the footnotes at a printed page's foot, nor their numbers in the text above.

    "1 The chandlery closed in 1991." just over a page's number is an editor's note, no answer's words;
    its number, set against the word or the stop it annotates ("the last one.1 I was"), no word of the
    answer either. A paragraph opening on a number is a note only where each of its numbers stands so in
    the text of the page above it. Also returns the page breaks, moved up past the notes left out.
    """
    texts = [block.text for block in blocks]
    notes: set[int] = set()
    start = 0
    for page in sorted(set(page_breaks)):
        note = page - 1
        while start <= note < len(blocks) and _FOOTNOTE.match(texts[note]):
            unmarked = _unmarked(texts, note, start)
            if unmarked is None:
                break
            texts = unmarked
            notes.add(note)
            note -= 1
        start = page
    dropped.extend(texts[note] for note in sorted(notes))
    kept = [
        replace(block, text=text)
        for number, (block, text) in enumerate(zip(blocks, texts, strict=True))
        if number not in notes
    ]
    moved = [page - sum(note < page for note in notes) for page in page_breaks]
    return kept, moved


def _unmarked(texts: list[str], note: int, start: int) -> list[str] | None:
    """The texts without the marks of the notes ``texts[note]`` holds, each in a text from ``start`` on.

    None where a note's number is marked nowhere above it: then the paragraph is no note.
    """
    texts = texts[:]
    for number in _NOTE_NUMBER.findall(texts[note]):
        marker = re.compile(rf"(?<=[^\W\d_]|[.,;:!?”’\"')]){number}(?=\s|$)")
        place = next((n for n in range(start, note) if marker.search(texts[n])), None)
        if place is None:
            return None
        texts[place] = marker.sub("", texts[place], count=1)
    return texts


# How many lines a printed page's head or foot may take on either side of its number: a publication's
# name, an issue or an interviewee's name, and a date, each of which a PDF's text may put on its own line.
_HEAD_LINES = 3


def _without_running_heads(blocks: list[Block], page_breaks: list[int], dropped: list[str]) -> list[Block]:
    """The page without the lines a printed page repeats over or under its number, as a PDF's text keeps it.

    "Harbour Quarterly    Spring 2019" over every page is no title and no part of an answer. It is known
    by coming back word for word beside a page number, or, a head of several lines ("Harbour Oral
    History Project" over "Ann Marsh"), by coming back only ever near one; no sentence of an answer does
    either, and a speaker's name over their turns comes back elsewhere too.
    """
    beside = {place for page in page_breaks for place in (page - 1, page)}
    near = {place for page in page_breaks for place in range(page - _HEAD_LINES, page + _HEAD_LINES)}
    places: dict[str, set[int]] = {}
    for place, block in enumerate(blocks):
        places.setdefault(block.text, set()).add(place)
    heads = {
        text
        for text, found in places.items()
        if len(found) > 1 and not re.search(r"[.!?:;]$", text) and (found & beside or found <= near)
    }
    dropped.extend(block.text for block in blocks if block.text in heads)
    return [block for block in blocks if block.text not in heads]


# A change of speaker in closed captions that name nobody: ">>" and the words, cut into screen lines.
_CHEVRON = re.compile(r"^[ \t]*>>[ \t]*(?P<words>[^\s>].*)$")
# An email's quoting nests ">" and ">>" (and "> >"): the lines of a quoted reply, not captions.
_QUOTED_LINE = re.compile(r"^[ \t]*>(?!>)|^[ \t]*>>[ \t]*>")
_NAMED_CHEVRON = re.compile(rf"^[ \t]*>>[ \t]*{SPEAKER_NAME}(?:, [^:]{{1,80}})? ?:\s")


# A transcript copied from a player's panel, where the time, the speaker and the turn lost the spaces between
# them: "00:01:09Maria LopezWe wanted ...". The name ends where a capital follows a letter with no space.
_GLUED_TURN = re.compile(r"^[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*(?P<rest>[A-Z][^\n]*)$")


def _glued_speakers(text: str) -> str:
    """Each glued "time, name, turn" line as a labelled turn ("Maria Lopez: We wanted ..."), where it recurs.

    Where the name ends is read from the page as a whole: a name is a run of capitalised words glued to the
    turn's first word that opens several lines, and two such speakers at least make the layout, as the
    labels of any transcript do.
    """
    lines = text.split("\n")
    glued = {n: found["rest"] for n, line in enumerate(lines) if (found := _GLUED_TURN.match(line))}
    names = {n: _glued_names(rest) for n, rest in glued.items()}
    counts = Counter(name for splits in names.values() for name in splits)
    speakers = {name for name, count in counts.items() if count >= 2}
    if len(speakers) < 2:
        return text
    for n, splits in names.items():
        known = [name for name in splits if name in speakers]
        if known:
            name = max(known, key=len)
            lines[n] = f"{name}: {glued[n][len(name) :]}"
    return "\n".join(lines)


def _glued_names(rest: str) -> set[str]:
    """Every way the opening of a glued line may split into a name and a turn ("HostWelcome": Host)."""
    found = set()
    for end in range(2, min(len(rest), 40)):
        if rest[end].isupper() and (rest[end - 1].islower() or rest[end - 1].isdigit()):
            head = rest[:end]
            if all(word[:1].isupper() or word.isdigit() for word in head.split()) and len(head.split()) <= 4:
                found.add(head)
    return found


def _unnamed_chevrons(text: str) -> str:
    """Captions that mark each change of speaker with a bare ">>", as two people's turns in alternation.

    A TV interview's transcript names nobody: ">>" opens the host's turn, then the guest's, and so on,
    each run over the short lines the screen held. Each turn becomes one paragraph, its speaker numbered
    ("Speaker 1: ...") as a transcription service does where it cannot name them.
    """
    lines = text.split("\n")
    if sum(bool(_CHEVRON.match(line)) for line in lines) < 3 or any(
        _NAMED_CHEVRON.match(line) or _QUOTED_LINE.match(line) for line in lines
    ):
        return text
    paragraphs: list[str] = []
    turns = 0
    in_turn = False
    for line in lines:
        found = _CHEVRON.match(line)
        if found:
            turns += 1
            paragraphs.append(f"Speaker {2 - turns % 2}: {found['words'].strip()}")
            in_turn = True
        elif not line.strip():
            in_turn = False
            paragraphs.append("")
        elif in_turn:
            paragraphs[-1] += f" {line.strip()}"
        else:
            paragraphs.append(line)
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph.strip())


# A speaker's name or initials in bold with no colon before the turn ("**OA** Because you can see ..."),
# as some magazines set an interview, maybe with a dash after it ("**Q** – Why ...?"); a bold "**A.**" is
# a label already.
_BOLD_NAME = re.compile(
    rf"^\s*(?P<mark>\*\*|__)(?P<name>{SPEAKER_NAME})(?<!\.)(?P=mark)"
    r"(?:\s+[-–—])?\s+(?P<rest>[^\s:].*)$"
)


def _bold_names_as_labels(chunks: list[str]) -> list[str]:
    """Read "**Name** turn" as "Name: turn" where the name opens two paragraphs or more: not a word once."""
    names = Counter(found["name"] for chunk in chunks if (found := _BOLD_NAME.match(chunk)))
    labelled = []
    for chunk in chunks:
        found = _BOLD_NAME.match(chunk)
        labelled.append(f"{found['name']}: {found['rest']}" if found and names[found["name"]] >= 2 else chunk)
    return labelled


# A label anywhere in a paragraph: the whole run of capitalised words before a colon ("Sandra Stewart
# Holyoak:", "SH:", "Q:", "Speaker 2:"). Only a short word keeps its full stop ("Dr.", "J."), so that a
# sentence's end closes the run before a label ("in Elizabeth, New Jersey. SH: ..."); a time ("10:30")
# opens with no capital. A turn opens with a capital, where a clause after a colon may not ("Mother said
# to Tom: go on"). A page may set the label in bold ("**Ann Marsh:**", "<strong>Ann Marsh</strong>:"). No
# label opens a quotation: a title quoted in a show's notes ('previews "Yearly Issue: The Preview"').
_NAME_WORD = r"[A-Z](?:[A-Za-z]{0,2}\.|[\w'’-]*)"
# Where no label starts at a run's first word, none starts at a later one: the run ends at the same place.
# The pattern then takes the run whole, with no "name" group, instead of trying again from every word in it
# to its end (quadratic: a paragraph of 70,000 characters of capitalised words and no colon took 35 s).
_INLINE_LABEL = re.compile(
    rf"(?<![\w'’.\"“‘-])(?:\*\*|__)?(?P<name>{_NAME_WORD}(?: {_NAME_WORD})*(?: \d{{1,2}})?) ?(?:\*\*|__)?:"
    r"(?:\*\*|__)?\s+(?=\S)(?![a-z])"
    rf"|(?<![\w'’.\"“‘-])(?:\*\*|__)?{_NAME_WORD}(?: {_NAME_WORD})*"
)
# A speaker's name before the comma of a role that bills them ("ANN MARSH, HARBOUR MASTER: ..."): the role
# is no label of its own, though the page goes on calling the speaker by it ("HARBOUR MASTER: ...").
_BILLED = re.compile(rf"\s*(?:\*\*|__)?{SPEAKER_NAME},\s*")
# A name or a label is four words at most ("Sandra Stewart Holyoak"); a longer run is a title's words.
_LABEL_WORDS = 4


# The time a transcript prints before a turn ("... Welcome. [00:00:57] Speaker B: Thanks."): where the
# turns run together, it goes with the label after it, and from the turn as at a line's start.
_TIME_BEFORE = re.compile(rf"{_BRACKETED_TIME}\s*$")


# A transcript may spell the labels out the first time and abbreviate them after ("Question: … Answer: …",
# then "Q: … A: …", as the Holocaust Memorial Museum's oral histories print them): one label each.
_SAME_LABEL = {"Question": "Q", "Answer": "A"}


def _run_together_labels(chunks: list[str]) -> list[str]:
    """Each turn its own paragraph where a page lost the breaks between them, as a PDF's text or a copy does.

    "Q: Why boats? A: Because of my father. Q: Where ...?" or "SH: Where were you born? JP: In Elizabeth."
    runs in one paragraph. Only labels that recur, two of them at least (who asks and who answers), and
    that stand inside paragraphs twice or more, make the layout: a word of prose before a colon ("Spoiler:
    it works.", "Note: ...") comes once, or is no one's label. Such a page splits at those labels wherever
    they stand, a lost line break may follow any word ("started it in SH: What ..."), and at a name said
    once after a sentence's end ("... your father? James Pressman: I was born ..."), as a transcript
    gives the full name the first time.
    """
    matches = [
        [match for match in _INLINE_LABEL.finditer(chunk) if match["name"] and _labels_someone(match["name"])]
        for chunk in chunks
    ]
    said = Counter(match["name"] for found in matches for match in found)
    found = [
        [
            _spelled_label(match, said, chunk[since : match.start()])
            for since, match in zip([0, *(label.start() for label in found)], found, strict=False)
        ]
        for chunk, found in zip(chunks, matches, strict=True)
    ]
    counts = Counter(_SAME_LABEL.get(name, name) for labels in found for _, name, _ in labels)
    recurring = {name for name, count in counts.items() if count >= 2}
    recurring |= {name for name, same in _SAME_LABEL.items() if same in recurring}
    if (
        len(recurring) < 2
        or sum(start > 0 and name in recurring for labels in found for start, name, _ in labels) < 2
    ):
        return chunks
    split: list[str] = []
    for chunk, labels in zip(chunks, found, strict=True):
        # Each label's start, and where the text before it ends: before the words that qualify it, when
        # they open the paragraph or a sentence ("… two days. Bonus Question: …"), as its own, and before
        # a time printed ahead of it. Each test reads the text since the label before, not since the
        # paragraph's start (quadratic: 56 KB of "Q: … A: …" took 1 s): a label opens on a capital or a
        # bold mark, neither a space, a sentence's end nor part of a time, and its colon is in no billed
        # name, so the tests come out the same.
        bounds = []
        for since, (start, name, own) in zip([0, *(start for start, _, _ in labels)], labels, strict=False):
            before = chunk[since:start]
            if start == 0 or _BILLED.fullmatch(before):
                continue
            if name not in recurring and not _SENTENCE_END.search(before.rstrip()):
                continue
            timed = _TIME_BEFORE.search(chunk[since:own])
            bounds.append(
                (own - len(timed[0]), start if own < start else own - len(timed[0]))
                if timed
                else (own, start)
            )
        ends = [end for end, _ in bounds] + [len(chunk)]
        begins = [0, *(begin for _, begin in bounds)]
        split += [
            part
            for begin, end in zip(begins, ends, strict=True)
            if (part := untimed(chunk[begin:end]).strip())
        ]
    return split


def _spelled_label(match: re.Match[str], said: Counter[str], before: str) -> tuple[int, str, int]:
    """Where a label starts, its name, and where the words before it that are its own start.

    "Question" or "Answer" alone at the end of a run of capitalised words said once ("… Tape One, Side A
    Question: This is …") is the label; a label that recurs whole ("Community Question:") is one label.
    The words before it are its own where they open the paragraph or a sentence ("Bonus Question: …",
    "… two days. Final Question: …"): they go with the label, no word of the answer before it. ``before``
    is the paragraph's text since the label before, or since its start.
    """
    *qualifying, last = match["name"].split(" ")
    if qualifying and last in _SAME_LABEL and said[match["name"]] == 1:
        start = match.start("name") + match["name"].rindex(" ") + 1
        opening = not before.strip() or _SENTENCE_END.search(before.rstrip())
        return start, last, match.start() if opening else start
    return match.start(), match["name"], match.start()


def _labels_someone(name: str) -> bool:
    return len(name.split()) <= _LABEL_WORDS and name.lower() not in NOT_SPEAKERS


# A speaker's name with no colon, then the turn opening with a capital: "Renato Hi, I am ...", "Tex Texin
# Now we're ...", as a web page's "Speaker | Transcript" table reads copied as text, or initials ("RZ So
# what do you ..."), as some podcasts print their transcripts. A sentence opens so too ("The Board
# met ...", "So Anna left"), so only a name of one to three words that recurs is a label.
_BARE_NAME_WORD = re.compile(r"[A-Z][\w'’-]*")
_BARE_NAME_WORDS = 3
_OPENS_TURN = re.compile(r"[A-Z\"“‘'(]")
# How often each of the two must speak: three exchanges at least, where one would be prose by chance.
BARE_TURNS = 3
# A word in capitals that English prints once in 100,000 words or more is an abbreviation ("AI", "EU",
# "CEO"), no one's initials; English's commonest words ("The", "So", "Will") name no one on their own.
_ABBREVIATION = 4.0


def is_initials(name: str) -> bool:
    """Whether a speaker's label is a person's initials only: "AL", "CCG"."""
    return 2 <= len(name) <= 3 and name.isalpha() and name.isupper()


def bare_openings(text: str) -> list[str]:
    """The runs of one to three capitalised words opening ``text`` before a capitalised word: maybe names."""
    words = text.split(" ", _BARE_NAME_WORDS + 1)
    openings: list[str] = []
    for count in range(1, min(_BARE_NAME_WORDS, len(words) - 1) + 1):
        if not _BARE_NAME_WORD.fullmatch(words[count - 1]):
            break
        if _OPENS_TURN.match(words[count]):
            openings.append(" ".join(words[:count]))
    return openings


def _name_like(label: str) -> bool:
    """Whether a label can name someone: initials that are no abbreviation, or a name not all common words."""
    if is_initials(label):
        return zipf(label.lower()) < _ABBREVIATION
    words = label.lower().split()
    return len(label) > 1 and label.lower() not in NOT_SPEAKERS and any(zipf(word) < COMMON for word in words)


def bare_labels(texts: Iterable[str]) -> dict[str, int]:
    """The name-like openings that recur, each the longest run: "Tex Texin" where "Tex" always goes on so."""
    counts = Counter(opening for text in texts for opening in bare_openings(text) if _name_like(opening))
    recurring = {label: count for label, count in counts.items() if count >= BARE_TURNS}
    return {
        label: count
        for label, count in recurring.items()
        if not any(longer.startswith(f"{label} ") and recurring[longer] == count for longer in recurring)
    }


def _bare_rows(lines: list[str]) -> set[int]:
    """The lines a speaker's name opens without a colon, where such a table keeps one row a line.

    Only two names that recur and take turns line by line make the layout: the lines of a hard-wrapped
    paragraph open with "The", "So" or "I" by chance, and with no one's name in turn.
    """
    texts = [line.strip() for line in lines]
    labels = bare_labels(texts)
    opened = {
        number: found[-1]
        for number, text in enumerate(texts)
        if (found := [opening for opening in bare_openings(text) if opening in labels])
    }
    speakers = list(opened.values())
    counts = Counter(speakers)
    alternate = all(first != second for first, second in itertools.pairwise(speakers))
    two = len(counts) == 2 and min(counts.values()) >= BARE_TURNS
    return set(opened) if two and alternate else set()


# "Ann Marsh: ..." or "Interviewer: ...": a speaker's turn, when several lines of a paragraph open so.
# French sets a space before the colon ("Ann Marsh : ..."); a broadcast transcript adds a role in capitals
# ("ANN MARSH, HOST: ..."), or runs the name in capitals into the turn ("MARSH:Two ...").
_SPEAKER_LINE = re.compile(
    rf"^\s*(?:Q\d{{1,4}}\s+)?(?:\*\*)?{SPEAKER_NAME}(?:, [A-Z0-9\"“][^a-z:]{{0,80}}?)?(?:\*\*)? ?:[\"”]?"
    r"(?:\*\*)?(?:\s|(?<=[A-Z]:)(?=[A-Z\"“‘']))"
)


# Dialogue set with dashes may print a question and its answer in one paragraph, each opening with a dash
# ("— Why did you leave? — Because ..."), as translated interviews often do: the question ends at the
# first "?" the same dash follows.
_DASHED_PAIR = re.compile(
    rf"^(?P<question>\s*(?P<dash>[—–-])(?:\s+|(?={_DIALOGUE_OPENING})).*?\?)\s+"
    rf"(?P<answer>(?P=dash)(?:\s+\S|{_DIALOGUE_OPENING}).*)$"
)


def _pair_label(words: str) -> str:
    """A question's or an answer's label as pages print it, in bold or not: "Q:", "**A.**", "Answer:"."""
    return rf"(?:\*\*|__)?(?:{words})\s*\d*\s*(?:\*\*|__)?(?:[:.)]|\s[-–—])(?:\*\*|__)?"


# A labelled question and its labelled answer in one paragraph ("**Q:** Why boats? **A:** Because ...",
# "Q. Why boats? A. Because ..."), as blogs and magazines set short interviews: the paragraph opens with
# the question's label, and the answer's follows the question's first sentence end. A label inside a
# sentence ("plan A. Then") follows none.
_LABELLED_PAIR = re.compile(
    rf"^(?P<question>\s*{_pair_label('Q|Question')}\s*\S.*?[.?!…][\"”’')]*)"
    rf"\s+(?P<answer>{_pair_label('A|Answer')}\s+\S.*)$"
)


def _split_pairs(lines: list[str]) -> list[str]:
    """Each turn of a dashed or labelled pair on its own line: the question's line, then the answer's."""
    split: list[str] = []
    for line in lines:
        found = _DASHED_PAIR.match(line) or _LABELLED_PAIR.match(line)
        split += (found["question"], found["answer"]) if found else (line,)
    return split


# A date as a header prints it: "2019-05-12", "12.05.2019", "12/05/2019" or "5/12/19", "12 May 2019".
_PRINTED_DATE = (
    r"(?:\d{4}-\d{2}-\d{2}|\d{4}/\d{2}/\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])"
    rf"|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTH_NAMES})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+\d{{4}})"
)
# The day of the week a briefing or a press release prints before its date: "Thursday, 14 September 2023".
_DAY_DATE = rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?{_PRINTED_DATE}"
# A header's dateline or byline, which a plain-text page may print on the line under its title with no
# blank line between: "Published March 2021", "Date: 3 June 2020", "Posted on 2019-05-12 by Ann Marsh",
# "Posted by admin on 5 January 2024", "Logged 2 March 2024 in #fennel", "By Ann Marsh | 12 May 2019",
# or the date alone, maybe after its weekday; after the word that says what happened then, the year alone
# too ("Published 2013", "Recorded in 1998"). Its first word in capitals, so a wrapped sentence's line
# ("by the end of ...") is not one.
_DATELINE = re.compile(
    rf"^\s*(?:(?:(?:First )?Published|Posted|Updated|Dated?|Recorded|Interviewed|Logged|Filed|Aired|Broadcast"
    rf"|Released|Sent)(?:\s+on|\s+in)?\s*:?\s+(?:{_DAY_DATE}|(?:19|20)\d{{2}})(?:\s+(?:in|at)\s+[^.?!]{{1,40}}(?<![.?!]))?"
    rf"|(?:Posted|Written)\s+by\s+[\w'’.@-]+(?:\s+[A-Z][\w'’.-]*){{0,3}}\s+on\s+{_DAY_DATE}"
    rf"|By\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}(?:\s*(?:[|·,—–-]|on)\s*{_DAY_DATE})?"
    rf"|{_DAY_DATE})(?:\s*(?:[|·,—–-]|by)\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})?\s*$"
)


# A web address alone on its line: where a transcript or a press release says it came from
# ("http://www.pm.gov.au/press-office/transcript-12345"), a video's link over the words transcribed from
# it. Page furniture, unless a sentence runs on through it ("The plan is at\nwww.x.org\nfor anyone.").
_BARE_URL = re.compile(r"^<?(?:https?://|www\.)[^\s<>]+>?$", re.IGNORECASE)


# A sentence's end, inside any closing quote or bracket.
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")


def _aside_ends(text: str) -> bool:
    """Whether a line ends on an aside in brackets, closed: "... all night long! (repeat: all night)"."""
    return bool(re.search(r"[.!?…][^()]*\([^()]+\)$", text.strip()))


# How many words a line of furniture must have to stand apart from a line that runs on over it.
_BUTTON_WORDS = 3


def _runs_on(text: str) -> bool:
    """Whether the text stops short of a sentence's end, so that what follows it goes on with it."""
    return not _SENTENCE_END.search(text.strip())


def _set_apart(line: str) -> bool:
    """A web address, an end mark, a photo's credit, a tag line, an author's box or a newsletter's pitch.

    Each is a line of its own, even with no blank line around it: a page copied from the web keeps a
    caption's line between two turns, over the next question's line, and its tag line, or its pitch to
    subscribe, under the last answer.
    """
    line = line.strip()
    credit = _CAPTION.match(line) or _CREDIT.search(line)
    closing = TAG_LINE.match(line) or AUTHOR_BOX.match(line) or _SUBSCRIBE_PITCH.match(line)
    return bool(_BARE_URL.match(line) or _END_MARK.match(line) or credit or closing)


# Two questions at least, each a line of its own, make a paragraph whose line breaks part the turns.
_QUESTION_LINES = 2


def _question_lines(lines: list[str]) -> set[int]:
    """The lines that are each a question of their own, over their answer, where the blank lines were lost.

    A page copied from the web keeps one line break between paragraphs: "What makes your day better?"
    over its answer's line, over the next question's. A question starts after a sentence's end and ends
    its line, with a line after it; two such make the layout, where a hard-wrapped paragraph's line that
    happens to hold one whole question is a single chance.
    """
    asked = {
        number
        for number, line in enumerate(lines[:-1])
        if line.rstrip(" *_").endswith("?")
        and (
            number == 0
            or not _runs_on(lines[number - 1])
            or _set_apart(lines[number - 1])
            or _aside_ends(lines[number - 1])
        )
    }
    return asked if len(asked) >= _QUESTION_LINES else set()


# A header's line is short: a headline, a name, a role.
_HEADER_WORDS = 12
_NAME_ALONE = re.compile(rf"^(?!(?:The|A|An) ){_NAME}$")


def _stacked(lines: list[str]) -> bool:
    """Short lines, none with a sentence's end, one a name: a header's lines, each of its own.

    A page copied from the web keeps one line break between a headline, the name under it and the role
    under that ("Ann Marsh" over "Harbour master, Port Ellen", or "Ann Marsh, Port of Skarv" on one line),
    where the lines of a hard-wrapped paragraph run on into each other, the next opening in small letters
    or the last ending a sentence.
    """
    texts = [line.strip() for line in lines if line.strip()]
    short = all(
        len(text.split()) <= _HEADER_WORDS and text[0].isupper() and not re.search(r"[.!?:;,-]$", text)
        for text in texts
    )
    named = any(_NAME_ALONE.match(name) and 2 <= len(name.split()) <= 4 for name in _names_first(texts))
    return len(texts) >= 2 and short and named


def _names_first(texts: list[str]) -> Iterable[str]:
    """What each line holds before its first comma: a name before its billing ("Ann Marsh, Port of Skarv").

    A line in capitals is a header's own ("DOORSTOP INTERVIEW, HOBART"), whose words may pass for a name.
    """
    return (text if text.isupper() else text.split(", ")[0] for text in texts)


def _dated_header(lines: list[str]) -> bool:
    """Short lines, none with a sentence's end, one a date: a masthead, a headline and a dateline, stacked.

    A plain-text page may print its header with no blank line between its lines ("Harbour Transcripts"
    over "Interview with Ida Voss, Harbour Master" over "Release Date:" over "30/09/2023"): each line is
    a block of its own. A line that ends with a colon is the date's label, over the date.
    """
    texts = [line.strip() for line in lines if line.strip()]
    labels = [n for n, text in enumerate(texts[:-1]) if text.endswith(":")]
    short = all(
        len(text.split()) <= _HEADER_WORDS and (text[0].isupper() or text[0].isdigit()) for text in texts
    ) and not any(re.search(r"[.!?;,-]$", text) for text in texts)
    labelled = all(_DATELINE.match(texts[n + 1]) and len(texts[n].split()) <= _LABEL_WORDS for n in labels)
    ends = not texts or not texts[-1].endswith(":")
    dated = any(_DATELINE.match(text) for text in texts)
    return len(texts) >= 3 and short and labelled and ends and dated


# A section's label over its text is a word or three: "Show notes", "Episode summary".
_LABEL_WORDS = 3
# The text under it is a sentence's worth, where a hard-wrapped paragraph's short first line is a chance.
_UNDER_LABEL_WORDS = 6


def _section_label(first: str, second: str) -> bool:
    """A paragraph's first line is a section's label over the text, as show notes head their summary.

    "Show notes" over "Jonas Falk keeps forty hives ...": a few words with no stop, over a line that
    opens a sentence and runs longer, where a hard-wrapped paragraph's lines run to the width. A name
    so set is a speaker's over their turn ("Lena Fischer" over "What would you do differently?").
    """
    first, second = first.strip(), second.strip()
    return (
        0 < len(first.split()) <= _LABEL_WORDS
        and not _NAME_LINE.match(first)
        and first[:1].isupper()
        and not re.search(r"[.!?:;,\-]$", first)
        and second[:1].isupper()
        and len(second.split()) >= _UNDER_LABEL_WORDS
    )


# A hyphen set against the words a line opens with, where a page types it for the dialogue dash ("-¿Por
# qué?" over "-Porque …"), as Spanish news sites often do.
_HYPHEN_DIALOGUE = re.compile(rf"(?m)^([ \t]*)-(?={_DIALOGUE_OPENING})")
# How many lines must open so, and how many of them ask, before the hyphens are read as dialogue dashes:
# a line or two so may be a list typed without its space ("-Novela histórica"), which asks nothing.
_HYPHEN_LINES = 4
_HYPHEN_QUESTIONS = 2


def _hyphens_as_dialogue_dashes(text: str) -> str:
    """The lines a hyphen opens against their words as lines of dialogue ("—¿Por qué?"), on a page set so.

    Four lines at least must open so, two of them asking: the page's turns, not a list.
    """
    opened = [line for line in text.split("\n") if _HYPHEN_DIALOGUE.match(line)]
    if len(opened) < _HYPHEN_LINES or sum("?" in line for line in opened) < _HYPHEN_QUESTIONS:
        return text
    return _HYPHEN_DIALOGUE.sub("\\1—", text)


def _split_lines(paragraph: str) -> list[str]:
    chunks: list[list[str]] = []
    lines = _split_pairs(paragraph.split("\n"))
    # Two speakers' lines make the paragraph turns, or one under a line its question's label opens, as a
    # talk's write-up prints an audience's question over the speaker's answer ("Question 1: Was it luck?"
    # over "Spike Lee: First off, ..."), with no blank line between them.
    speaking = sum(bool(_SPEAKER_LINE.match(line)) for line in lines)
    turns = speaking >= 2 or (speaking == 1 and any(_QUESTION_OPENING.match(line) for line in lines))
    questions = _question_lines(lines)
    named = _bare_rows(lines)
    header = _dated_header(lines)
    stacked = header or _stacked(lines)
    # A podcast site's transcript keeps no blank line between turns: "Speaker 1 (00:03):" over the turn,
    # a bare "(00:25):" where a long turn breaks. Two such timed names make the paragraph a transcript, or
    # one with the colon that says a turn follows.
    named_times = [line for line in lines if _timed_name(line)]
    timed = len(named_times) >= 2 or any(line.rstrip().endswith("):") for line in named_times)
    timed = timed or (len(lines) > 1 and bool(_TIME_MARKER.match(lines[0].strip())))
    for number, line in enumerate(lines):
        if not line.strip() or _RULE.match(line):
            continue
        # A question or a speaker's name on the first line of a paragraph, the turn on the lines below;
        # a question on the line under its label ("Question 3:"), its answer on the lines below that;
        # or a question opening an item of a list, its answer on the lines below it.
        opened = len(chunks) == 1 or (len(chunks) == 2 and len(chunks[0]) == 1 and _label_alone(chunks[0][0]))
        listed = len(chunks) > 1 and LIST_MARK.match(chunks[-1][0])
        first = chunks[-1][0].strip() if chunks and len(chunks[-1]) == 1 and (opened or listed) else ""
        asked = first.rstrip(" *_").endswith("?") or _label_alone(first)
        # A dash set against a capital opens a line of dialogue after a sentence's end, where a wrapped
        # line of prose may open on a dash of its own ("we\n—Tom will tell you—had no power").
        wrapped = chunks and _TIGHT_LINE.match(line) and _runs_on(chunks[-1][-1])
        starts = (
            (_STARTS_BLOCK.match(line) and not wrapped)
            or (turns and _SPEAKER_LINE.match(line))
            or stage_direction(line)
            or COMMENTER.match(line)
        )
        apart = chunks and _set_apart(line) and not _runs_on(chunks[-1][-1])
        # A newsletter's foot keeps no blank lines between its lines ("Unsubscribe · Manage preferences"
        # over "Instagram · Twitter" over "© 2024 ..."): each such line after a sentence's end, or after
        # another, is one of its own, and goes as furniture. So does a button of three words or more
        # under a line that runs on, as a forum's "View previous topic" under the trail to the post: no
        # sentence breaks its line there.
        apart = apart or (
            chunks
            and is_furniture(line)
            and (
                not _runs_on(chunks[-1][-1])
                or is_furniture(chunks[-1][-1])
                or len(line.split()) >= _BUTTON_WORDS
            )
        )
        ends = chunks and (
            _HEADING.match(chunks[-1][-1])
            or COMMENTER.match(chunks[-1][-1])
            or stage_direction(chunks[-1][-1])
            or _DATELINE.match(chunks[-1][-1])
            or CLOSING_CREDIT.match(chunks[-1][-1].strip())
            or (len(chunks[-1]) == 1 and _set_apart(chunks[-1][0]))
        )
        own = number in questions or number - 1 in questions or number in named or stacked
        own = own or (number == 1 and _section_label(lines[0], line))
        if timed and chunks and (_timed_name(line) or _TIME_MARKER.match(chunks[-1][-1].strip())):
            own = True
        if timed and _TIME_MARKER.match(line.strip()):
            own = True
        # A dateline, or the credit for the questions ("Interviewed by Tom Berg"), is a line of its own, as
        # a PDF's text stacks a title, the credit and the lead with no blank line between them.
        credit = _DATELINE.match(line) or CLOSING_CREDIT.match(line.strip())
        if not chunks or asked or starts or apart or ends or own or credit:
            chunks.append([line])
        else:
            chunks[-1].append(line)
    return [_unwrapped(chunk) for chunk in chunks]


def _timed_name(line: str) -> bool:
    """A speaker's name and the time they start, alone on a line: "Speaker 1 (00:03):", "Alban (00:26):"."""
    found = _NAME_LINE.match(line.strip())
    return bool(found and found["time"])


def _label_alone(line: str) -> bool:
    """A speaker's name, or a question's label, alone on a line: what follows is the turn."""
    line = line.strip()
    found = _NAME_LINE.match(line)
    named = found is not None and (line.isupper() or line.endswith(":") or found["time"] is not None)
    return named or bool(_LABEL_LINE.match(line))


# A word a hard-wrapped line broke with a hyphen at its end ("brew-" over "ing"), and its part before it.
_BROKEN_WORD = re.compile(r"(?<=[A-Za-z])-$")
_PART_BEFORE_BREAK = re.compile(r"[A-Za-z]+-$")


def _unwrapped(lines: list[str]) -> str:
    """The lines of one paragraph as one line, a word broken across two of them printed whole again.

    The hyphen goes where the two halves make an English word ("brewing"), and stays where they do not
    ("state-of-the-art", "well-known"): only the last part before the break is weighed.
    """
    text = ""
    for line in (line.strip() for line in lines):
        # Only the text's last letters are read, as many as English's longest word has and two more: a
        # longer part is no word, whole or cut there (reading the whole text for each line was quadratic:
        # 25,000 short lines in one paragraph took 9 s).
        end = max(0, len(text) - longest() - 2)
        broken = _BROKEN_WORD.search(text, end)
        after = re.match(r"[a-z]+", line)
        if broken and after:
            before = _PART_BEFORE_BREAK.search(text, end)
            word = (before.group()[:-1] if before else "") + after.group()
            text = (text[:-1] if zipf(word.lower()) > 0 else text) + line
        else:
            text = f"{text} {line}" if text else line
    return text


def _labels_unheard(label: str, line: str) -> bool:
    """Whether ``line`` is a note ("[inaudible]") under a speaker's label alone on its line: their turn.

    The note is the whole turn, as it is after a label on the same line ("JOURNALIST: [inaudible]"):
    dropped, it would leave the label over the next speaker's, and the answer run on into the one before.
    """
    return label.strip().endswith(":") and _label_alone(label) and stage_direction(line)


def stage_direction(line: str) -> bool:
    """A note in brackets ("(Laughter.)", "[inaudible]"): on its own line in a turn, dropped alone."""
    return bool(_STAGE_DIRECTION.match(line.strip()))


# A speaker's name before words wholly in bold or italics ("Aaron: _Why Jekyll?_", "**Aaron:** *Why?*"):
# the words are set apart as the page sets its questions, the name or not.
_LABEL_BEFORE_EMPHASIS = re.compile(
    rf"^(?:\*\*|__)?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,3}}(?:\*\*|__)?:(?:\*\*|__)?\s+(?=[*_{_ITALIC}])"
)


def _block(chunk: str, *, lead_ins: bool) -> list[Block]:
    """The chunk as a block, or two when a bold or italic question (or a bold topic) opens a paragraph.

    Only a page that sets its questions so, ``lead_ins``, splits them from the answer after them.
    """
    leading = _LEADING_QUESTION.match(chunk) if lead_ins else None
    if leading:
        emphasis: Emphasis = "italic" if leading["mark"] and len(leading["mark"]) == 1 else "bold"
        return [
            Block(_DIALOGUE_MARK.sub("", inline_text(leading["question"])), emphasis),
            *_block(leading["rest"], lead_ins=lead_ins),
        ]
    heading = _HEADING.match(chunk)
    emphasis = "plain"
    if heading:
        chunk, emphasis = heading["text"], "heading"
    listed = LIST_MARK.match(chunk) if emphasis == "plain" else None
    chunk = chunk[listed.end() :] if listed else chunk
    text = inline_text(chunk)
    if not text:
        return []
    if emphasis == "plain":
        bare = _without_images(chunk).strip()
        bare = bare[labelled.end() :] if (labelled := _LABEL_BEFORE_EMPHASIS.match(bare)) else bare
        if re.fullmatch(r"(\*\*\*?|___?)(?:(?!\1).)+\1[.:]?", bare):  # bold, or bold and italic
            emphasis = "bold"
        elif re.fullmatch(r"([*_])[^*_].*[^*_]\1", bare) or re.fullmatch(
            f"{_ITALIC}[^{_ITALIC}]+{_ITALIC}[.:]?", bare
        ):
            emphasis = "italic"
    if emphasis != "plain":
        text = _DIALOGUE_MARK.sub("", text)
    return [Block(text=text, emphasis=emphasis, mark=(listed and listed["mark"]) or "")]


# The audience, labelled as a speaker where it calls out or asks ("Audience member:", "Crowd:"): no name,
# and it may speak once.
AUDIENCE = re.compile(
    r"^(?:(?:an? )?(?:audience|crowd)(?: members?| question)?"
    r"|unidentified (?:audience member|speaker|man|woman)|(?:several )?voices?)$",
    re.IGNORECASE,
)


def _speakers_on_their_own_lines(blocks: list[Block]) -> list[Block]:
    """Read a name alone on its line, before the turn it introduces, as "Name: turn"; a label too.

    Only a name that introduces at least two turns counts, so a one-word line is not taken for one; a
    question's label ("Question 3:", "Q3.") says what it is, and a page numbers each one differently.
    Where an official report bills its speakers, each billed line names one, as does a name with a
    colon: a member may put a single question, a witness answer once.
    """
    names = Counter(
        named["name"]
        for block, following in itertools.pairwise(blocks)
        if (named := _NAME_LINE.match(block.text)) and not following.is_title_like
    )
    billed = sum(bool(_BILLED_NAME_LINE.match(block.text)) for block in blocks) >= 2
    # Where two speakers' names stand alone with a colon over their turns, again and again, the audience
    # labelled so speaks a turn too, once or more ("Audience member:" over "Whoo!"), as TED prints it.
    colons = {
        named["name"]
        for block in blocks
        if block.text.endswith(":") and (named := _NAME_LINE.match(block.text)) and names[named["name"]] >= 2
    }

    # Where two speakers or more stand on their own lines with the time each turn starts, again and again,
    # a line that names a speaker and the time names one who speaks once too ("Ida Voss (00:00:15)").
    timed = {
        named["name"]
        for block in blocks
        if (named := _NAME_LINE.match(block.text)) and named["time"] and names[named["name"]] >= 2
    }

    def speaker(line: str) -> str | None:
        found = _BILLED_NAME_LINE.match(line) if billed else None
        if found:
            return found["name"] or found["chair"] or found["pictured"]
        if answered := _ANSWERED_LINE.match(line):
            return answered["name"]
        named = _NAME_LINE.match(line)
        if named and (names[named["name"]] >= 2 or (billed and line.endswith(":"))):
            return named["name"]
        if named and named["time"] and len(timed) >= 2:
            return named["name"]
        if len(colons) >= 2 and line.endswith(":") and AUDIENCE.match(line[:-1].strip()):
            return line[:-1].strip()
        # So does a name printed in capitals as theirs are ("ANNABELLE BRETT:" among "BRAD BLISSETT:" and
        # "PRIME MINISTER:"), a co-host who speaks once.
        name = named["name"] if named and line.endswith(":") else ""
        if " " in name and name.isupper() and len(colons) >= 2 and all(other.isupper() for other in colons):
            return name
        return None

    merged: list[Block] = []
    pending: str | None = None
    for block in blocks:
        if _LABEL_LINE.match(block.text):
            pending = block.text
            continue
        if name := speaker(block.text):
            pending = f"{name}:"
            continue
        merged.append(Block(f"{pending} {block.text}", block.emphasis) if pending else block)
        pending = None
    return merged


# A Markdown link, or an image after "!": its words may hold brackets, escaped, as a table of contents
# of a podcast's chapters prints their times ("[\[00:01:36\] Introduction](#introduction)"), and its
# address a pair of brackets, as Wikipedia's do ("(https://en.wikipedia.org/wiki/Hat_(album))").
_LINK = r"\[(?P<words>(?:\\.|[^\]\\])*)\]\((?:[^()]|\([^()]*\))*\)"
# Where a "[" opens no link, no "[" among the words after it opens one either: they all end at the same
# "]". Each pattern below takes those words whole when its link fails ("[[[[…"), with no "words" group,
# instead of trying again from every "[" in them to the end of the text (quadratic: a line of 40,000 "["
# took minutes), and leaves them as they are.
_UNLINKED = r"\[(?:\\.|[^\]\\])*"
_IMAGE = re.compile(rf"!{_LINK}|!{_UNLINKED}")
_LINK_OR_IMAGE = re.compile(rf"!?{_LINK}|!?{_UNLINKED}")
_TEXT_LINK = re.compile(rf"{_LINK}|{_UNLINKED}")
# A reference link ("[words][3]", "[Emacs][]"); where it fails, the words up to the "]" likewise.
_REFERENCE_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]|\[[^\]]*")


# A site generator's tag left in a Markdown post, never shown as it is: Jekyll's "{% include figure %}",
# Hugo's "{{< expand "Show answer" >}}" around an answer, or the attributes kramdown sets on the line
# over it ("{: .interviewer }", "{:#intro}"), which style the paragraph and say nothing.
_TEMPLATE_TAG = re.compile(
    r"\{%.*?%\}|\{\{[<%].*?[>%]\}\}|\{:[ \t]*(?:[.#][A-Za-z][\w-]*|[\w-]+=(?:\"[^\"\n]*\"|'[^'\n]*'|\S+?))?"
    r"(?:[ \t]+(?:[.#][A-Za-z][\w-]*|[\w-]+=(?:\"[^\"\n]*\"|'[^'\n]*'|\S+?)))*[ \t]*\}",
    re.DOTALL,
)


def _link_words(link: re.Match[str]) -> str:
    """A link's words, without the icon and the space a site adds after them ("Kerry&nbsp;<i …></i>")."""
    return re.sub(r"(?:\s|&nbsp;|&#160;|<i\b[^<>]*>\s*</i>)+$", "", link["words"])


# Italics: "*words*" or "_words_". Where a mark opens none, no later mark on its line does either: each one
# closes at the same marks. The pattern then takes the rest of the line, with no group, instead of trying
# again from every mark to the line's end (quadratic: 60,000 characters of "*a *a …" took 13 s).
_STARRED = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])|(?<![\w*])\*(?=\S).*")
_UNDERSCORED = re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])|(?<![\w_])_(?=\S).*")


def _without_images(markdown: str) -> str:
    """``markdown`` without its images ("![alt](address)")."""
    return _IMAGE.sub(lambda image: "" if image["words"] is not None else image[0], markdown)


def inline_text(markdown: str) -> str:
    """The visible text of one Markdown line: links reduced to their words, images and markers gone."""
    text = _without_images(_TEMPLATE_TAG.sub("", markdown))
    text = _TEXT_LINK.sub(lambda link: link[0] if link["words"] is None else _link_words(link), text)
    text = _REFERENCE_LINK.sub(lambda link: link[1] or link[0], text)  # "[words][3]", "[Emacs][]"
    text = re.sub(r"<(?:https?://|mailto:)[^>]*>", "", text)
    text = re.sub(r"</?[a-zA-Z][^<>]*>", "", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = _STARRED.sub(lambda italic: italic[1] or italic[0], text)
    text = _UNDERSCORED.sub(lambda italic: italic[1] or italic[0], text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    text = text.replace("**", "").replace(_ITALIC, "")
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!>])", r"\1", text)
    return " ".join(html.unescape(text).split())


# What a page prints before links to its other stories: "Related:", "READ MORE:", "More on AI:".
_RELATED_LEAD_IN = re.compile(
    r"^\W*(?:related(?: stories| articles)?|read more|read also|also read|see also|further reading"
    r"|more (?:on|from|about) [^:]{1,40}|(?:subscribe|listen|follow(?: us)?)(?: (?:on|via|in))?)\W*:\W*",
    re.IGNORECASE,
)


def _only_links(chunk: str) -> bool:
    """A line made only of links: navigation, tags, share buttons or related stories, or a listed answer."""
    chunk = LIST_MARK.sub("", chunk, count=1)
    rest = _LINK_OR_IMAGE.sub(lambda link: "" if link["words"] is not None else link[0], chunk)
    return rest != chunk and not re.sub(r"[\s|/·•,>*_-]", "", _RELATED_LEAD_IN.sub("", rest))


# -- page furniture -----------------------------------------------------------------------------------

_FURNITURE_WORDS = frozenset(
    {
        "play", "pause", "mute", "unmute", "volume", "fullscreen", "share", "share this", "tweet", "email",
        "print", "facebook", "twitter", "x", "linkedin", "whatsapp", "reddit", "pinterest", "copy link",
        "instagram", "youtube", "tiktok", "bluesky", "mastodon",
        "menu", "home", "search", "subscribe", "sign in", "log in", "login", "register", "newsletter",
        "read more", "see more", "see more interviews", "more interviews", "related", "related articles",
        "related posts", "advertisement", "sponsored", "back to top", "next", "previous", "next article",
        "previous article", "skip to content", "skip to main content", "skip to navigation", "comments",
        "leave a comment", "loading", "close", "listen", "download", "transcript", "cookie settings",
        "episode transcript", "full transcript", "show transcript", "view transcript", "read transcript",
        "read the transcript", "read full transcript", "mark as played",
        "accept", "share on facebook", "share on twitter", "share on linkedin", "share via email",
        "click to enlarge", "enlarge", "watch", "watch video",
        "unsubscribe", "update your preferences", "update preferences", "manage your preferences",
        "manage preferences", "update subscription preferences", "manage your subscription", "view online",
        "view in browser", "view in your browser", "read in browser", "read in your browser", "read online",
        "forward to a friend", "unsubscribe from this list",
        "reply", "quote", "report", "like", "like this", "permalink",
        "view previous topic", "view next topic", "reply to topic", "post reply", "new topic",
        "reply with quote",
    }
)  # fmt: skip
_TIMESTAMP = re.compile(r"^-?\d{1,2}:\d{2}(?::\d{2})?$")
# A page's number as printed: "7", "7 of 12", "7/12".
_PAGE = r"\d{1,3}(?:\s+(?:of|/)\s+\d{1,3})?"
_PAGE_NUMBER = re.compile(rf"^(?:[-–—]\s?)?(?:page\s+)?{_PAGE}(?:\s?[-–—])?$", re.IGNORECASE)  # "– 2 –" too
# Where a printed or paged article jumps: "Continued on page 2", "(Continued from page 1)", "Continued on
# next page", "Turn to page 4", "Continued".
_JUMP_LINE = re.compile(
    r"^\(?(?:(?:continued|cont(?:'d|’d|\.)) (?:on|from) (?:the )?"
    r"(?:(?:page|p\.) ?\d{1,3}|next page|previous page)|turn to (?:page|p\.) ?\d{1,3}|continued)\)?[.…:]?$",
    re.IGNORECASE,
)
# A printed page's head or foot with its number set apart on the same line, as a PDF's text keeps it:
# "Riverside Allotment Society Newsletter        Page 2"; no sentence sets "page 2" off so.
_PAGED_LINE = re.compile(
    rf"^\S.{{0,80}}?\s{{3,}}page\s+{_PAGE}$|^page\s+{_PAGE}\s{{3,}}\S.{{0,80}}$",
    re.IGNORECASE,
)
# The editor's note over the first question or under the last answer: "This interview has been edited for
# length and clarity.", "(The conversation was condensed and lightly edited.)", "Edited for brevity."
_WHAT_EDITED = (
    r"(?:(?:this|the following|the|our) )?(?:interview|conversation|q&a|transcript|exchange|answers)"
)
_EDITED = r"(?:lightly |slightly )?(?:edited|condensed)(?: and (?:lightly |slightly )?(?:condensed|edited))?"
_EDITED_FOR = r"(?:length|clarity|brevity|space|readability|style)"
_EDITED_NOTE = re.compile(
    rf"^\W*(?:{_WHAT_EDITED} (?:(?:has|have) been |was |were |is |are )?{_EDITED}|{_EDITED}(?= for))"
    rf"(?: for {_EDITED_FOR}(?:(?:,? and|,) {_EDITED_FOR})*)?\W*$",
    re.IGNORECASE,
)
# The note on how a transcript was made, over or under it: "Transcript generated automatically and lightly
# edited.", "This transcript was machine-generated and may contain errors."
# A podcast site's notice over every transcript it prints, and what it says of its accuracy after it:
# "Available transcripts are automatically generated. Complete accuracy is not guaranteed." (iHeart),
# "NPR transcripts are created on a rush deadline by an NPR contractor. ... Accuracy and availability
# may vary."
_TRANSCRIPT_NOTE = re.compile(
    r"^\W*(?:(?:this|the|available|our|all) |[A-Z][\w&]{1,15} )?transcripts? "
    r"(?:was |were |are |has been |have been |is )?(?:automatically |machine[- ]|auto[- ])?"
    r"(?:generated|produced|created|transcribed|made)\b[^.!?]*[.!?]?"
    r"(?:\s+[^.!?]*\b(?:accura\w*|errors?|mistakes?|guaranteed|revised|final form|audio)\b[^.!?]*[.!?])*\W*$",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"^(?:image|photo|photograph|picture|pictured|caption|credit|image credit|photo credit|illustration|"
    r"video|figure|fig\.)\s*(?:\d+)?\s*(?::|by\b|credit\b|—|–|-)",
    re.IGNORECASE,
)
# A caption left in the text ends in its credit: "The lamp room today. (Photo by Lars Moe)", "Jon Vik in
# 1998. Photo: Kari Dahl", "Courtesy of the Skarv Museum". The credit names someone, in capitals, with
# no full stop after it, where a sentence of an answer ("the photo by my bed.") ends in one. A photo's
# credit may be the copyright sign and the name alone, on the line under it ("©Paul Wearing").
_CREDIT = re.compile(
    r"(?:^|[.;|]\s+|\(|\s[-–—|]\s)(?i:(?:photo(?:graph)?|image|picture|illustration)s?(?:\s*:|\s+by|\s+courtesy(?:\s+of)?)"
    r"|(?:courtesy|credit)(?:\s*:|\s+of)?)\s+(?:the\s+)?[A-Z©][^.!?:]{0,60}\)?$|^©\s*[A-Z][^.!?:]{0,60}$"
)
# An image or a document a copied page left as its file's name, maybe with its caption on the line under
# it: "54c672b4433cd.image.jpg" over "Hot Springs City Administrator Nolan Schroeder", or a name with
# spaces and brackets as a camera or a designer gave it ("HoC 85mm(Green).tif"). A caption ends with no
# full stop, where a sentence that starts with a file's name ("logo.png is the one we chose.") has one; a
# name with spaces is the whole line, where a sentence that mentions a file goes on ("I saved it as
# final.pdf and sent it.").
_FILE_EXTENSION = r"\.(?:jpe?g|png|gif|webp|avif|svg|tiff?|bmp|heic|eps|pdf|docx?|pptx?|xlsx?)"
_IMAGE_FILE = re.compile(
    rf"^(?:\S+{_FILE_EXTENSION}(?:\s+(?:\S+\s+){{0,19}}\S*[^\s.!?:;,])?"
    rf"|(?:[^\s.!?:;,]+ ){{1,6}}[^\s!?:;,]*{_FILE_EXTENSION})$",
    re.IGNORECASE,
)
_STAGE_DIRECTION = re.compile(r"^[(\[][^()\[\]]{1,60}[)\]]$")
# The order a forum or a comment section lists its posts in: "Sort by: Best", "sorted by newest".
_SORT_ORDER = re.compile(r"^sort(?:ed)? by:?\s+\w+(?:\s+first)?$", re.IGNORECASE)
# A link to the whole of an interview a blog quotes a part of, on its line under the part: "Read the full
# interview.", "Read the rest of the Q&A at Harbour Weekly."
_FULL_INTERVIEW_LINK = re.compile(
    r"^(?:read|see) (?:the )?(?:full|whole|complete|entire|rest of the)"
    r" (?:interview|q\s?&\s?a|conversation)\b[^.!?]{0,60}[.!]?$",
    re.IGNORECASE,
)
# A line of dashes, rules, bullets or asterisks alone divides the page ("-" between the entries of a copied
# accordion, "* * *", "———"), rules either side of a bar too ("_______ | _______"): it says nothing, so it
# is never an answer. Dots stay: "…" may be a silence.
_DIVIDER = re.compile(r"^[-‐‑–—―_=*~•·+|\s]+$")
# A line that only marks a time: a podcast transcript's ad break or chapter, a label and the time alone
# ("Break: [00:11:37.24]"), or the time alone where an automatic transcript breaks a long turn ("(00:30):").
_TIME_MARKER = re.compile(rf"^(?:[A-Z][\w ]{{0,20}}:\s*)?{_BRACKETED_TIME}:?$")
# The mark a press release or a transcript ends with, under the last answer or the thanks after it:
# "ENDS", "[ENDS]", "— ENDS —", "END", "-30-", "###", or the time the briefing ended, as the White House
# prints it ("END 1:59 P.M. EST"). In capitals: an answer may end on the word ("End.").
_END_MARK = re.compile(
    r"^[\[(–—-]?\s*(?:ENDS?(?:\s+\d{1,2}:\d{2}\s*[AP]\.?M\.?(?:\s+[A-Z]{2,4})?)?|-30-|#{3})\s*[\])–—-]?$"
)


# A question-and-answer site's record of who put a question, to whom and when, under it: "Asked by
# anon-1204 to Ida, Tom on 8 Mar 2023. This question was also asked by anon-1207."
_ASKED_BY = re.compile(r"^Asked by \S+(?: to [^.]{1,200})? on \d{1,2} [A-Z][a-z]{2,8} \d{4}\b")
# A syndicated interview's credit under the last answer: "This story originally appeared in The Tide.",
# "A version of this interview was first published by ...", "Reprinted with permission of ...", "This
# article is republished from ... under a Creative Commons license."
_SYNDICATION = re.compile(
    r"^(?:(?:this|the|an? (?:\w+ )?version of this) (?:story|article|interview|post|piece|q&a|conversation)"
    r" (?:is |was |has been )?(?:originally |first )?(?:appeared|published|ran|posted|republished)\b"
    r"|(?:reprinted|republished|reproduced) (?:here )?with (?:the )?(?:kind )?permission\b)",
    re.IGNORECASE,
)


# An emailed interview's sign-off under the last answer: "Best,\nCora", "Kind regards, Cora Vance". No
# full stop after the name, where an answer's "Thanks, Mark." ends in one.
_SIGN_OFF = re.compile(
    r"^(?:Best|Best wishes|All the best|Cheers|Thanks|Many thanks|Regards|Kind regards|Warm regards|Warmly)"
    r",?\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)$"
)


# A newsletter's or an email's own lines around the interview it carries: the link to read it in a
# browser, why the reader gets it, the copyright line, and the line over a quoted message ("On Mon, 3
# May 2021 at 10:02, Jane <jane@x.org> wrote:"), which prints the time it was sent.
_MAIL = r"(?:e-?mails?|messages?|newsletters?)"
_MAIL_FURNITURE = re.compile(
    rf"^(?:(?:view|read|open)(?: (?:this|the|it)(?: {_MAIL}| issue)?)? (?:in|on) "
    r"(?:(?:your|a|the) )?(?:web )?browser\b"
    rf"|having trouble (?:viewing|reading) this {_MAIL}"
    r"|(?:copyright )?(?:©|\(c\)|copyright) ?\d{4}\b|on\s.{4,100}?\d{1,2}[:.]\d{2}.{0,100}\swrote:$)",
    re.IGNORECASE,
)
# Why a newsletter's reader gets it, and how to stop, in a short paragraph: "You received this email
# because you subscribed to ...", "This email was sent to ...", "Want to change how you receive these
# emails?", "unsubscribe from this list". An answer's "when you get these messages" says neither.
_SUBSCRIPTION = re.compile(
    rf"\byou(?:'re|’re| are)? (?:received?|receiving|getting) this {_MAIL} (?:because|as)\b"
    r"|^you(?:'re|’re| are)? (?:receiving|getting) this because you (?:signed up|subscribed)\b"
    rf"|\bthis {_MAIL} was sent to\b|\bhow you (?:receive|get) these {_MAIL}\b"
    r"|\bunsubscribe (?:from (?:this|our|the) (?:mailing )?list|here)\b",
    re.IGNORECASE,
)

# A forum's notice over its posts that guests see advertising: "Please Register and Login to this forum to
# stop seeing this advertising.", "Log in to hide these ads."
# A blog's link to the feed of its posts or their comments, under every post Blogger prints: "Subscribe to:
# Post Comments (Atom)".
_FEED_LINK = re.compile(
    r"^Subscribe to:\s*(?:Post Comments|Posts|Comments)\s*\((?:Atom|RSS)\)$", re.IGNORECASE
)
_AD_NOTICE = re.compile(
    r"\b(?:stop seeing|hide|remove) (?:this|these|the) (?:advertising|advertisements?|ads|adverts?)\b",
    re.IGNORECASE,
)


def is_furniture(text: str) -> bool:
    """Players, share buttons, menus, images, captions, page numbers, sign-offs, credits, asides, rules.

    A newsletter's or an email's lines around the interview too: links, subscription notes, quoting.
    """
    line = text.strip()
    patterns = (
        _DIVIDER,
        _STAGE_DIRECTION,
        _SORT_ORDER,
        _FULL_INTERVIEW_LINK,
        _CAPTION,
        _IMAGE_FILE,
        _PAGE_NUMBER,
        _JUMP_LINE,
        _EDITED_NOTE,
        _TRANSCRIPT_NOTE,
        _TIME_MARKER,
        _END_MARK,
        _SIGN_OFF,
        _SYNDICATION,
        _ASKED_BY,
        _MAIL_FURNITURE,
        _FORWARDED,
        _FEED_LINK,
    )
    if any(pattern.match(line) for pattern in patterns) or _reactions(line):
        return True
    if len(line.split()) <= 40 and (
        _CREDIT.search(line) or _SUBSCRIPTION.search(line) or _AD_NOTICE.search(line)
    ):
        return True
    # A row of buttons copied as words with no bar between them: "Reply  Quote  Report", "Share Tweet Email".
    words = [word.lower().rstrip(".:!…") for word in line.split()]
    if len(words) > 1 and all(word in _FURNITURE_WORDS for word in words):
        return True
    # A link's arrows say where it leads, not what it is: "Read More >>", "Next »", "Continue →".
    parts = [part.lower().rstrip(".:!…>»›→ ").strip() for part in re.split(r"\s*[|/·•]\s*", line)]
    return all(part in _FURNITURE_WORDS or _TIMESTAMP.match(part) for part in parts if part) and any(parts)


# What a page prints about the interview rather than in it, under the last answer or over the first question:
# its tag line ("Tags: harbours, fishing", "Filed under: Interviews", Blogger's "Labels: Q&A, fiction"),
# and the author's box, "About the author" over the writer's bio or before it on its line ("About the
# author: Jane Roe is ...").
TAG_LINE = re.compile(
    r"^(?:tags|topics|keywords|labels|categor(?:y|ies)|filed under)\s*:\s*(?P<tags>.+)$", re.IGNORECASE
)
# The label a page prints over a field of its own under the article, alone on its line, as a university's
# or a government's news page does (Drupal's "field__label"): "Media contact" over a name, an address and
# a telephone number, "Tags" over the tags' links, "Share this story" over its buttons.
FIELD_LABEL = re.compile(
    r"^(?:tags|topics|keywords|labels|categor(?:y|ies)|filed under|related (?:topics|stories|articles|links)"
    r"|share this(?: story| article| post| page)?|(?:media|press|news) (?:contacts?|inquiries|enquiries)"
    r"|media relations)\s*:?$",
    re.IGNORECASE,
)
AUTHOR_BOX = re.compile(
    r"^about\s+the\s+(?:author|writer|reporter|interviewer|contributor)s?\s*(?:[:.–—-]\s*(?P<bio>.*))?$",
    re.IGNORECASE,
)
# The credit for the questions on a line of its own under the last answer, as a weekly signs its short
# Q&As: "Interview by Jane Roe", "Interviewed by Jane Roe.", "Interview conducted by Jane Roe", "Questions
# by Jane Roe". It names who asked; the whole line is the credit, no answer's sentence.
# A page in another language credits them so in its own words: "Das Interview führte Jane Roe.", "Das
# Gespräch führte …", "Die Fragen stellte …", "Propos recueillis par …", "Entretien réalisé par …",
# "Entrevista realizada por …", "Intervista a cura di …".
# Blogger signs each post so under its last paragraph, with the time it went up and the count of its
# comments: "Posted by Jane Roe at 7:00 AM", "Posted by Jane Roe at 19:05 No comments:".
CLOSING_CREDIT = re.compile(
    r"^(?:(?:Interview(?:ed)?|Interview conducted|Questions|Q&A|Conducted)(?: and [a-z]+)? by |Posted by "
    r"|Das (?:Interview|Gespräch) führte |Die Fragen stellte |Propos recueillis par "
    r"|(?:Entretien|Interview) réalisée? par |Entrevista (?:realizada |conduzida )?por "
    r"|Intervista (?:a cura )?di )"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?: (?:[A-Z]\.|[A-ZÀ-ÖØ-Þ][\w'’-]+)){1,3})"
    r"(?:\.|(?<=[a-z]) at \d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?: (?:No|\d{1,4}) comments?:)?)?$"
)
# A paragraph about the person interviewed, set apart from the interview: "About Osman Quaye: he founded
# ...", or a closing bio of its own that says what they are now and where, "Marit Solberg is the chief
# officer of the Loch Arran Ferry Company", "Tom Reyes, 41, is a nurse at St Mary's". A bio of the past
# ("... was the harbour master") or with no place ("Ann Marsh is the best skipper on this coast.") may be
# an answer's.
ABOUT_PERSON = re.compile(
    r"^About (?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})\s*[:–—-]\s+(?P<bio>\S.*)$"
)
STANDING_BIO = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})(?:, \d{1,3},)? (?:is|has been) (?:an?|the) "
    r"[^.!?]{1,60}? (?:of|at|for|in|with) (?:the )?[A-Z]"
)
# A bio speaks of its person as "he", "she" or "they", never "it" as of a firm.
PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|they|his|her|hers|their|him|them)\b", re.IGNORECASE)


# -- a page break splits a paragraph ------------------------------------------------------------------


# The line over each comment of a Reddit AMA as archives print it: the author and their karma or points,
# run together or not ("spez4211 karma", "[–]spez 4211 points 5 years ago", "u/spez · 4.2k points"), or,
# as the site prints it now, the author, "OP" for the one who posted, and the comment's age ("u/spez OP ·
# 5h", "spez · 3 days ago"), its points on a line of buttons under it.
COMMENTER = re.compile(
    r"^(?:\[[–-]\]\s*)?(?:u/)?(?P<author>[\w-]{3,20}?)"
    r"(?:\s*(?:[·•]\s*)?[\d,.]+k?\s+(?:karma|points?)\b[^.?!]{0,40}"
    r"|(?:\s+OP)?\s*[·•]\s*\d{1,3}\s*(?:[smhdwy]|mo|mins?|hrs?|(?:minute|hour|day|week|month|year)s?)\.?(?:\s+ago)?)$"
)


def _join_page_breaks(blocks: list[Block]) -> list[Block]:
    """Join a paragraph that stops mid-sentence to the next one when that starts in lower case.

    A commenter's line ("spez4211 karma") is no part of a sentence, though it may start in lower case
    after a comment that ends without a full stop; an item of a list starts a line of its own. A page
    typed in small letters throughout starts every paragraph so: there, a small letter goes on nothing.
    """
    cased = [block.text[0] for block in blocks if block.text[:1].lower() != block.text[:1].upper()]
    if sum(letter.islower() for letter in cased) * 2 > len(cased):
        return blocks
    joined: list[Block] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.emphasis == block.emphasis == "plain"
            and not block.mark
            and not re.search(r"[.!?:;\"”’')\]…]$", previous.text)
            and block.text[:1].islower()
            and not any(COMMENTER.match(text) for text in (previous.text, block.text))
        ):
            joined[-1] = replace(previous, text=f"{previous.text} {block.text}")
        else:
            joined.append(block)
    return joined


# -- HTML ---------------------------------------------------------------------------------------------


_HTML_DOCUMENT = re.compile(r"<!doctype html|<html[\s>]|<body[\s>]", re.IGNORECASE)
_HTML_BLOCK_TAG = r"<(?:p|div|h[1-6]|article|section|main|header|ul|ol|dl|table|blockquote|figure)[\s>]"
_HTML_BLOCK_LINE = re.compile(rf"^\s*{_HTML_BLOCK_TAG}", re.IGNORECASE | re.MULTILINE)
_HTML_BLOCK = re.compile(rf"\A\s*{_HTML_BLOCK_TAG}", re.IGNORECASE)


# Markdown's own block marks: front matter opening the file, or a "#" heading.
_MARKDOWN_BLOCK_LINE = re.compile(r"\A\s*---[ \t]*$|^#{1,6}[ \t]+\S", re.MULTILINE)


def _looks_like_html(text: str) -> bool:
    """A page or fragment whose lines open with markup; tags named in prose do not count.

    A text copy may say what it was converted from ("<h3> headings became ### lines"), and a Markdown
    post may embed an HTML block (a video frame, a figure) between its "##" questions: read as HTML,
    their Markdown headings and paragraphs would be lost.
    """
    head = text[:4000]
    if _HTML_DOCUMENT.search(head):
        return True
    return bool(_HTML_BLOCK_LINE.search(head)) and not _MARKDOWN_BLOCK_LINE.search(head)


_SKIPPED = frozenset(
    {
        "script", "style", "noscript", "nav", "footer", "aside", "form", "button", "select", "svg",
        "iframe", "template", "figcaption", "menu", "dialog", "audio", "video", "head",
    }
)  # fmt: skip
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col"})
_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "blockquote", "li", "ul", "ol", "dl", "dt",
        "dd", "table", "tr", "td", "th", "pre", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "body",
        "details", "summary",
    }
)  # fmt: skip
_META_FIELDS = {
    "description": "description",
    "og:description": "description",
    "keywords": "keywords",
    "article:tag": "tags",
    "article:published_time": "date",
    "date": "date",
    "pubdate": "date",
    "og:title": "title",
    "og:site_name": "site name",
    "og:url": "url",
    "author": "page author",
}


_LINKED_DATA_FIELDS = {
    "headline": "title",
    "datePublished": "date",
    "description": "description",
    "keywords": "keywords",
    "url": "url",
}


@dataclass(slots=True)
class _Entry:
    """A definition list's term, or a details element's summary, and the text it opens: where each ends.

    ``mark`` is the place in the output before the term, where a question's label goes if the entries
    read as questions and answers.
    """

    mark: int
    term_end: int = 0
    end: int = 0


# Inline elements that set words in bold or italics, by their tag or by their style attribute: a page
# pasted from Google Docs sets each question in a '<span style="font-weight:700">' and wraps the whole
# text in a '<b style="font-weight:normal">' that shows nothing in bold.
_INLINE_STYLED = frozenset({"b", "strong", "i", "em", "span"})
_BOLD_STYLE = re.compile(r"(?:^|;)\s*font-weight\s*:\s*(?P<weight>[\w-]+)", re.IGNORECASE)
_ITALIC_STYLE = re.compile(r"(?:^|;)\s*font-style\s*:\s*(?P<style>[\w-]+)", re.IGNORECASE)


def _emphasis(tag: str, style: str) -> str:
    """The Markdown marks an inline element opens with: bold, italics, both or none, its style deciding."""
    weight = _BOLD_STYLE.search(style)
    slant = _ITALIC_STYLE.search(style)
    if weight:
        value = weight["weight"].lower()
        bold = value in ("bold", "bolder") or (value.isdigit() and int(value) >= 600)
    else:
        bold = tag in ("b", "strong")
    italic = slant["style"].lower() in ("italic", "oblique") if slant else tag in ("i", "em")
    return ("**" if bold else "") + (_ITALIC if italic else "")


# What a page's markup names as no part of the article beside it, as blogs and news sites name their
# parts: readers' comments and the form under them ('<div id="comments">', "comments-area",
# "comment-respond"), the sidebar and its widgets ("sidebar", "widget-area"), and the links to the next
# and previous posts ("blog-pager", "pagination"), and the box on the post's author a theme prints under
# it ("author-box", "author-bio", Squarespace's "blog-item-author-profile-wrapper"). Never the article
# itself, nor a "commentary", nor a layout's name for the column beside one ("sidebar-right",
# "has-sidebar", "comments-open"), nor one "comment" by itself: a forum thread's posts are each one, and
# an AMA's answers are among them; nor a byline's "author" ("author vcard").
_ASIDE_NAMES = re.compile(
    r"(?<![\w-])(?:comments|comments?-(?:area|list|section|wrap(?:per)?|container|respond|form|title)"
    r"|comment-respond|sidebar(?:-\d+)?|widget-area|blog-pager|pagination"
    r"|(?:[\w-]+-)?(?:author-(?:box|bio|profile|card|info|details)|about-(?:the-)?author)(?:-wrap(?:per)?)?"
    r")(?![\w-])"
)


# A box that asks the reader to subscribe or sign up, set in the middle of a post as a newsletter platform
# sets it ('<div class="subscription-widget-wrap">', "kg-signup-card", "mc_embed_signup"), or under it
# as a call to action ("footer-cta", "cta-global"): the box's parts by name, never "subscriber-only",
# which a paywalled article's own text may carry.
_SIGN_UP_NAMES = re.compile(
    r"(?:subscri(?:be|ption)s?|sign-?up)[-_](?:widget|form|box|card|block|cta|prompt|button|btn|banner|wrap)"
    r"|(?<![\w-])(?:mc_embed_signup|kg-signup-card)(?![\w-])|(?:(?<=[\s_-])|^)cta(?=[\s_-]|$)"
)


def _aside(tag: str, attributes: dict[str, str]) -> bool:
    """Whether an element is the page's comments, sidebar, pager or a sign-up box, by its markup's names."""
    names = f"{attributes.get('class', '')} {attributes.get('id', '')}".lower()
    return tag not in ("body", "main", "article") and bool(
        _ASIDE_NAMES.search(names) or _SIGN_UP_NAMES.search(names)
    )


class _HtmlToMarkdown(HTMLParser):
    """Keep the words a reader sees, as light Markdown; remember the page's own metadata."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.fields: dict[str, str] = {}
        self._out: list[str] = []
        self._skipping: list[str] = []
        self._title: list[str] | None = None
        self._json: list[str] | None = None
        self._questions: dict[str, str] = {}  # a FAQ page's schema.org questions and their answers
        self._heading = False
        self._panels: set[str] = set()  # the ids of the parts a disclosure button shows and hides
        # The links open at this point: each one's address, and where its "[" is in the output.
        self._links: list[tuple[str, int]] = []
        self._numbering: list[int | None] = []  # each open list's next number; None in a bulleted one
        # A definition list's terms and what they define, each list on its own; every details element of
        # the page and its summary together.
        self._summaries: list[_Entry] = []
        self._entries: list[list[_Entry]] = [self._summaries]
        self._lists: list[list[_Entry]] = []  # the definition lists open at this point
        self._details: list[_Entry | None] = []  # the details elements open, once their summary is
        self._classed: list[int] = []  # where each block the page's style names a question starts
        self._styled: list[tuple[str, str]] = []  # each open inline element and the marks it opened with

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag == "meta":
            self._meta(attributes)
        elif tag == "time" and attributes.get("datetime"):
            self.fields.setdefault("date", attributes["datetime"])
        elif tag == "link" and attributes.get("rel") == "canonical" and attributes.get("href"):
            self.fields.setdefault("url", attributes["href"])
        if tag == "title":
            self._title = []
        if tag == "script" and attributes.get("type") == "application/ld+json":
            self._json = []
        if tag in _VOID:
            if tag == "br" and not self._skipping:
                self._out.append("\n")
            return
        disclosure = tag == "button" and _discloses(attributes)
        if disclosure:
            self._panels.update(attributes.get("aria-controls", "").split())
        if (
            self._skipping
            or (tag in _SKIPPED and not disclosure)
            or self._hidden(attributes)
            or _aside(tag, attributes)
        ):
            self._skipping.append(tag)
            return
        if tag in _BLOCKS or (disclosure and not self._heading):  # a question's button may be its heading
            self._out.append("\n\n")
        if tag in _BLOCKS and _QUESTION_CLASS.search(attributes.get("class", "")):
            self._class_question()
        self._open_entry(tag)
        if tag in ("ol", "ul"):
            start = attributes.get("start", "1")
            self._numbering.append((int(start) if start.isdigit() else 1) if tag == "ol" else None)
        elif tag == "li" and self._numbering:
            number = self._numbering[-1]
            self._out.append(f"{_ITEM}{'-' if number is None else f'{number}.'} ")
            self._numbering[-1] = None if number is None else number + 1
        if re.fullmatch(r"h[1-6]", tag):
            self._out.append("#" * int(tag[1]) + " ")
            self._heading = True
        elif tag in _INLINE_STYLED:
            marks = _emphasis(tag, attributes.get("style", ""))
            self._styled.append((tag, marks))
            self._out.append(marks)
        elif tag == "summary":
            self._out.append("**")
        elif tag == "a" and attributes.get("href"):
            self._out.append("[")  # a link as Markdown writes it, so a paragraph of links alone is dropped
            self._links.append((attributes["href"], len(self._out) - 1))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._title is not None:
            self.fields.setdefault("html title", " ".join("".join(self._title).split()))
            self._title = None
        if tag == "script" and self._json is not None:
            self._linked_data("".join(self._json))
            self._json = None
        if self._skipping:
            if tag == self._skipping[-1]:
                self._skipping.pop()
            return
        self._close_entry(tag)
        if tag in ("ol", "ul") and self._numbering:
            self._numbering.pop()
        if tag in _INLINE_STYLED:
            opened = next(
                (n for n in range(len(self._styled) - 1, -1, -1) if self._styled[n][0] == tag), None
            )
            if opened is not None:
                self._out.append(self._styled.pop(opened)[1][::-1])
        elif tag == "summary":
            self._out.append("**\n\n")
        elif tag == "a" and self._links:
            self._close_link(*self._links.pop())
        elif tag in _BLOCKS or (tag == "button" and not self._heading):
            self._out.append("\n\n")
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = False

    def handle_data(self, data: str) -> None:
        if self._title is not None:
            self._title.append(data)
        if self._json is not None:
            self._json.append(data)
        if not self._skipping:
            self._out.append(re.sub(r"\s+", " ", data))

    def _close_link(self, address: str, opened: int) -> None:
        """Close a link as Markdown writes it; one around whole blocks is no link in a line of text.

        A theme wraps a card, a logo and the site's name, or an author's photo and name, in one link
        ('<a href="/"><h1>The Blog</h1></a>'): Markdown's link cannot span blocks, and its brackets would
        be left on lines of their own ("[", "](https://…)"). Around a tag's chip, which links to the tag's
        page ('<a href="/tag/lighthouses"><div>Lighthouses</div></a>'), it leaves nothing: the chips
        stand under the last answer, which they would end with "Lighthouses", "Engineering".
        """
        if "\n\n" not in "".join(self._out[opened + 1 :]):
            self._out.append(f"]({address})")
        elif _TAG_PAGE.search(urlsplit(address).path):
            self._out[opened:] = [""] * (len(self._out) - opened)  # the places marked in it stay
        else:
            self._out[opened] = ""

    def _open_entry(self, tag: str) -> None:
        """Mark where a term or a summary starts, and where a definition starts (its term ends there)."""
        if tag == "dl":
            self._lists.append([])
            self._entries.append(self._lists[-1])
        elif tag == "details":
            self._details.append(None)
        elif (tag == "dt" and self._lists) or (tag == "summary" and self._details and not self._details[-1]):
            entry = _Entry(len(self._out))
            self._out.append("")
            if tag == "dt":
                self._lists[-1].append(entry)
            else:
                self._details[-1] = entry
                self._summaries.append(entry)
        elif tag == "dd" and self._lists and self._lists[-1]:
            entry = self._lists[-1][-1]
            entry.term_end = entry.term_end or len(self._out)  # a term whose end tag the page left out

    def _close_entry(self, tag: str) -> None:
        entry = self._lists[-1][-1] if tag in ("dt", "dd", "dl") and self._lists and self._lists[-1] else None
        if tag == "details" and self._details:
            entry = self._details.pop()
        elif tag == "summary" and self._details:
            entry = self._details[-1]
        if entry is not None and tag in ("dt", "summary"):
            entry.term_end = len(self._out)
        elif entry is not None:
            entry.end = len(self._out)
        if tag == "dl" and self._lists:
            self._lists.pop()

    def _class_question(self) -> None:
        """Mark where a block starts that the page's style sets as a question: the outermost only."""
        if not self._classed or "".join(self._out[self._classed[-1] :]).strip():
            self._classed.append(len(self._out))
            self._out.append("")

    def _label_classed(self) -> None:
        """Label "Q:" the blocks the page's style names questions (class="question"), two or more.

        A page may set its questions apart by style alone, in the same type as the answers once its style
        sheet is gone: the class is all that is left to tell them. A block that has its label keeps it.
        """
        if len(self._classed) < 2:
            return
        for mark in self._classed:
            block = "".join(self._out[mark:]).strip().split("\n\n", 1)[0]
            if not re.match(_LABEL, inline_text(block)):
                self._out[mark] = "Q: "

    def _label_entries(self) -> None:
        """Label the terms "Q:" where a definition list, or the page's details elements, hold questions.

        Two entries or more that answer in sentences are questions and answers, whatever the terms say
        ("Your favourite tool", "On leaving academia"). A fact box or a menu built of the same elements
        says no sentence; one summary over every answer ("Answer", "Show more") is a button's label
        under questions printed above it: neither is labelled, and both stay as the page prints them.
        """
        for group in self._entries:
            held = [
                (entry, inline_text("".join(self._out[entry.mark : entry.term_end])))
                for entry in group
                if entry.mark < entry.term_end < entry.end
            ]
            # An entry whose text says something: a sentence, as an answer is, where a fact box's value
            # ("1970", "Oslo") or a menu's links are not.
            said = [
                (entry, term)
                for entry, term in held
                if term and _SENTENCE_END.search(inline_text("".join(self._out[entry.term_end : entry.end])))
            ]
            distinct = len({term for _, term in said}) == len(said)
            if len(said) < 2 or len(said) * 2 <= len(group) or not distinct:
                continue
            # Among them, a term that asks or says a sentence is a question or a prompt, whatever its answer
            # ends on (a list of links, a reply cut off by a dash).
            saying = {id(entry) for entry, _ in said}
            for entry, term in held:
                if id(entry) not in saying and not _SENTENCE_END.search(term):
                    continue
                if not re.match(_LABEL, term):
                    self._out[entry.mark] = "Q: "
                self._label_answer(entry)

    def _label_answer(self, entry: _Entry) -> None:
        """Label "A:" the text under a term labelled "Q:": a definition's own "Website:" or "A)" is no turn.

        Unlabelled, an answer's line that reads as a label ("Website: …", "A) …") would start a turn of
        its own, or pair with the terms' "Q:" as their answers' label.
        """
        # The first words or list mark: a summary's closing "**" comes after its term's end.
        start = next((n for n in range(entry.term_end, entry.end) if self._out[n].strip(" \n*_")), None)
        if start is not None and not re.match(_LABEL, inline_text(self._out[start].strip())):
            self._out[start] = "A: " + self._out[start].lstrip()

    def _hidden(self, attributes: dict[str, str]) -> bool:
        """Hidden, or page furniture; not the answer an accordion hides until its question is clicked."""
        names = (
            f"{attributes.get('class', '')} {attributes.get('id', '')} {attributes.get('role', '')}".lower()
        )
        if re.search(r"\b(share|social|nav|menu|breadcrumb|related|newsletter|cookie|advert)", names):
            return True
        panel = attributes.get("id") in self._panels or attributes.get("role") in ("region", "tabpanel")
        panel = panel or bool(_DISCLOSURE_NAMES.search(attributes.get("class", "").lower()))
        return ("hidden" in attributes or attributes.get("aria-hidden") == "true") and not panel

    def _meta(self, attributes: dict[str, str]) -> None:
        key = (attributes.get("property") or attributes.get("name") or "").lower()
        if key in _META_FIELDS and attributes.get("content"):
            field, content = _META_FIELDS[key], " ".join(attributes["content"].split())
            if key == "article:tag" and field in self.fields:  # one element a tag: the page's tags are all
                self.fields[field] += f", {content}"
            self.fields.setdefault(field, content)

    def _linked_data(self, text: str) -> None:
        """schema.org metadata many article pages carry: headline, date, description, keywords."""
        try:
            data = json.loads(text)
        except ValueError:
            return
        for question in _schema_questions(data):
            name = " ".join(str(question.get("name") or question.get("text") or "").split())
            answer = _schema_answer(question)
            if name and answer:
                self._questions.setdefault(name, answer)
        items = data if isinstance(data, list) else [data]
        items += [
            item for entry in list(items) if isinstance(entry, dict) for item in entry.get("@graph", [])
        ]
        for item in items:
            if not isinstance(item, dict) or ("headline" not in item and "datePublished" not in item):
                continue
            for key, name in _LINKED_DATA_FIELDS.items():
                value = item.get(key)
                if isinstance(value, list):
                    value = ", ".join(str(part) for part in value)
                if isinstance(value, str) and value.strip():
                    self.fields.setdefault(name, " ".join(value.split()))
            # Yoast's graph names the author by reference to a Person elsewhere in it: {"@id": "…#/person/…"}.
            people = {
                entry["@id"]: entry
                for entry in items
                if isinstance(entry, dict) and isinstance(entry.get("@id"), str)
            }
            if author := _author_named(item.get("author"), people):
                self.fields.setdefault("page author", author)
            return

    def markdown(self) -> str:
        self._label_entries()
        self._label_classed()
        text = "".join(self._out)
        text = re.sub(r"\*\*([ \t]*)\*\*", r"\1", text)  # adjacent bold runs in one paragraph
        lines = [line.strip() for line in text.split("\n")]
        text = re.sub(r"(?m)^#{1,6}$", "", "\n".join(lines))  # a heading with nothing left to show
        text = re.sub(r"\n{3,}", "\n\n", text).strip()
        # A list item's mark before its first words, as Markdown writes it; an empty item's goes.
        text = re.sub(rf"{_ITEM}(\S+)\s+(?=[^\s{_ITEM}])", r"\1 ", text)
        text = re.sub(rf"{_ITEM}\S+\s*", "", text)
        # A FAQ page may print its questions only in its schema.org data, the visible page built from
        # it by a script: then they are the page. Printed on the page too, they are read there.
        shown = _bare_words(inline_text(text))
        if self._questions and not any(_bare_words(name) in shown for name in self._questions):
            pairs = (f"Q: {name}\n\nA: {_markdown(answer)}" for name, answer in self._questions.items())
            text = "\n\n".join((text, *pairs)).strip()
        return text


def _author_named(author: object, people: dict[str, dict[str, object]]) -> str | None:
    """The name of an article's first author in its linked data: a name, a Person, or a list of them.

    A Person may be given by its "@id" alone, its name in the entry of ``people`` with that id.
    """
    if isinstance(author, list):
        author = author[0] if author else None
    if isinstance(author, dict):
        reference = author.get("@id")
        author = author.get("name") or (
            people.get(reference, {}).get("name") if isinstance(reference, str) else None
        )
    return " ".join(author.split()) if isinstance(author, str) and author.strip() else None


def _schema_questions(data: object) -> list[dict[str, object]]:
    """The schema.org Questions anywhere in a page's linked data: a FAQPage's, a QAPage's, a graph's."""
    if isinstance(data, list):
        return [question for item in data for question in _schema_questions(item)]
    if not isinstance(data, dict):
        return []
    kind = data.get("@type")
    if kind == "Question" or (isinstance(kind, list) and "Question" in kind):
        return [data]
    return [question for value in data.values() for question in _schema_questions(value)]


def _schema_answer(question: dict[str, object]) -> str:
    """The accepted answer's text, else the first one suggested: HTML as the page would show it."""
    for key in ("acceptedAnswer", "suggestedAnswer"):
        answers = question.get(key)
        for answer in answers if isinstance(answers, list) else [answers]:
            text = answer.get("text") if isinstance(answer, dict) else None
            if isinstance(text, str) and text.strip():
                return text
    return ""


def _markdown(fragment: str) -> str:
    """An answer's HTML as the Markdown the rest of the page becomes."""
    page = _HtmlToMarkdown()
    page.feed(fragment)
    page.close()
    return page.markdown()


def _bare_words(text: str) -> str:
    """The words alone, to find a question on the page however it is spaced or punctuated.

    Unlike layouts' ``_plain_words``, an apostrophe parts words too, so "don't" and "don’t" match.
    """
    return " ".join(re.findall(r"\w+", text.lower()))


def _html_blocks(text: str) -> str:
    """A Markdown post's HTML blocks as the Markdown they show, its Markdown paragraphs as they are.

    A post moved from a blog to a site generator keeps its front matter over paragraphs, headings and
    lists written in HTML ("<p><em>Q: ...</em></p>", "<h2>Resources</h2>"): Markdown passes such a
    block through as HTML, so its headings are headings and its italics italic here too.
    """
    parts = re.split(r"(\n\s*\n)", text)
    return "".join(_markdown(part) if _HTML_BLOCK.match(part) else part for part in parts)


# The address of a tag's or a category's page, where a blog lists its posts on one topic: "/tag/tides/",
# "/tags/tides", "/category/news/", "/topics/…", Blogger's "/search/label/…".
_TAG_PAGE = re.compile(r"/(?:tags?|category|categories|topics?|labels?)/[^/]")


# Class names of an accordion's parts, as themes and FAQ plugins name them: its questions and the answers
# they show ("accordion-button", "faq-answer", "collapse").
_DISCLOSURE_NAMES = re.compile(r"accordion|collaps|toggle|faq|answer")
# Class names that say a block holds an interviewer's question: "question", "interview-question",
# "qa__question", "interviewer"; not "questions", a list of them.
_QUESTION_CLASS = re.compile(r"(?:^|[\s_-])(?:question|interviewer)(?=$|[\s_-])", re.IGNORECASE)


def _discloses(attributes: dict[str, str]) -> bool:
    """A button that opens a part of the page, as an accordion's question does, rather than an action."""
    toggles = any(
        name in ("aria-expanded", "aria-controls") or (name.startswith("data-") and name.endswith("toggle"))
        for name in attributes
    )
    return toggles or bool(_DISCLOSURE_NAMES.search(attributes.get("class", "").lower()))
