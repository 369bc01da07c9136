"""Subtitle files (WebVTT and SRT) read as a transcript: each speaker's cues one paragraph, timings gone.

A video player's transcript panel copied as text is read the same way, each caption's time over its words.
A cold open, the clip a show plays before its welcome, is set aside rather than read as a turn.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.core.text import split_sentences
from bot.importer.sources.blocks import SENTENCE_END, SPEAKER_NAME, asks
from bot.importer.sources.furniture import stage_direction
from bot.importer.sources.header import split_header
from bot.importer.sources.times import TIME_ALONE

# A cue's timing line, as WebVTT ("00:01.000 --> 00:04.200 align:start") and SRT ("00:00:01,000 -->
# 00:00:04,200") print it: a file with one near its top is a subtitle file.
CUE_TIMING = re.compile(
    r"(?m)^[ \t]*(?:(?P<hours>\d{1,2}):)?(?P<minutes>\d{2}):(?P<seconds>\d{2})[.,]\d{3}[ \t]+-->[ \t]+"
    r"(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}.*$"
)
# The text after "WEBVTT" on a WebVTT file's first line is its title ("WEBVTT - Eliot Glazer Disobeys
# Bridger", as a podcast host exports an episode's captions).
# Older files' "WEBVTT FILE" names no episode.
CAPTIONS_TITLE = re.compile(
    r"WEBVTT[ \t]+(?:[-–—:|][ \t]*)?(?!FILE[ \t]*$)(?P<title>\S[^\n]*?)[ \t]*$", re.MULTILINE
)
# WebVTT's voice tag names who speaks a cue ("<v Ann Marsh>", "<v.loud Ann>"); a cue of SRT may open with
# the name and a colon, or with a dash or ">>" where the speaker changes.
_VOICE = re.compile(r"^<v(?:\.[\w.-]+)?[ \t]+(?P<name>[^>]+)>")
_CUE_TURN = re.compile(rf"^(?:[-–—][ \t]|>>|{SPEAKER_NAME} ?:\s)")


def header_over_cues(text: str) -> tuple[dict[str, str], str]:
    """The fields written over a subtitle file's first cue, and the file without them.

    SubRip has no header, but an archive that keeps an interview's captions may write where they came
    from over the first cue ("Title: …", "Interviewee: …", a rule of dashes), as a saved page's header is
    written: read as cues, it is a block with no timing, dropped with the page's title and names in it.
    """
    first = CUE_TIMING.search(text)
    if first is None:
        return {}, text
    header, rest = split_header(text[: first.start()])
    return (header, rest + text[first.start() :]) if header else ({}, text)


def captions(text: str, cold_open: list[str], sign_off: list[str]) -> str:
    """A subtitle file as a transcript: each speaker's consecutive cues one paragraph, timings gone.

    A cue holds a line or two of what is said, cut wherever the screen was full, so a sentence runs on
    from one cue into the next until another speaker is named. Where no cue names one, a question
    ends a paragraph. The cues of a cold open go to ``cold_open``, and where no cue names a speaker, the
    host's closing thanks to the guest go to ``sign_off``: neither is part of the transcript.
    """
    return transcript(_cues(text), cold_open, sign_off)


def transcript(timed: Sequence[_Cue], cold_open: list[str], sign_off: list[str]) -> str:
    """Cues as a transcript's paragraphs, as ``captions`` reads a subtitle file's."""
    opening = _cold_open(timed)
    cold_open += [cue.words for cue in timed[:opening]]
    cues = [(cue.speaker, cue.words) for cue in timed[opening:]]
    if not any(named is not None or _CUE_TURN.match(words) for named, words in cues):
        said, thanks = _without_sign_off([words for _, words in cues])
        sign_off += thanks
        return "\n\n".join(_asked(said))
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
        timed = next(((n, found) for n, line in enumerate(lines) if (found := CUE_TIMING.match(line))), None)
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


def panel_cues(text: str) -> tuple[dict[str, str], list[_Cue]] | None:
    """A video player's transcript panel copied as text, its header's fields and its captions; else None.

    YouTube's "Show transcript" panel, selected and copied, prints each caption's start alone on a line
    ("0:02", "1:02:33") over its words, a sentence running on from one caption to the next; it names no
    one. Lines of the panel's own over the first time ("Transcript", "Search in video") and the video's
    chapter titles, each on a line of its own where its chapter starts, after a caption's words ("her
    smoker from" / "The Family Hives" / "0:22"), are no one's words. Read a line at a time, each caption
    would be a paragraph and each line that asks a question cut off from its start.
    """
    header, rest = split_header(text)
    lines = [line.strip() for line in rest.split("\n") if line.strip()]
    times = [number for number, line in enumerate(lines) if TIME_ALONE.match(line)]
    if len(times) < _PANEL_CAPTIONS or len(times) < _PANEL_SHARE * len(lines):
        return None
    cues: list[_Cue] = []
    for first, after in itertools.pairwise([*times, len(lines)]):
        words = lines[first + 1 : after]
        if len(words) > 1 and _CHAPTER_TITLE.fullmatch(words[-1]):
            words = words[:-1]
        said = " ".join(words)
        if said and not _MUSIC.fullmatch(said) and not stage_direction(said):
            cues.append(_Cue(None, said, _seconds(lines[first])))
    return header, cues


# How many times alone on their lines make a transcript panel, and what share of its lines they are at
# least: every caption is a time and a line of words, where a meeting app's transcript prints a time under
# each speaker's name, over a turn of several lines.
_PANEL_CAPTIONS = 20
_PANEL_SHARE = 0.4
# A chapter's title as the panel prints it: a few words, those of four letters or more capitalised, ending
# no sentence ("The Family Hives", "First Winters").
_CHAPTER_TITLE = re.compile(r"(?!.*\b[a-z][\w’'-]{3,})[A-Z0-9](?:[^.,;:!?…]|(?<=\d)\.(?=\d)){0,60}")


def _seconds(clock: str) -> int:
    """The second a caption starts at, from the time the panel prints ("1:02", "1:02:33")."""
    *hours, minutes, seconds = (int(part) for part in re.findall(r"\d+", re.split(r"[.,]", clock)[0]))
    return sum(hours) * 3600 + minutes * 60 + seconds


# Music notes alone, as captions print a tune with no words.
_MUSIC = re.compile(r"[♪♫♬♩\s]+")
# A show's welcome, at a cue's start or a sentence's: "Welcome to Harbour Voices.", "Hello and welcome
# back to the show", with what says it opens a show: the host's name or guest, the show or the episode.
WELCOME = re.compile(
    r"(?:^|(?<=[.!?…]\s))(?:(?:hello|hi|hey)(?: there| everyone| everybody| all)?,?\s+(?:and\s+)?)?"
    r"welcome (?:back )?to\b",
    re.IGNORECASE,
)
OPENS_A_SHOW = re.compile(
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
        welcome = WELCOME.search(cue.words[turn.end() :].lstrip() if turn else cue.words)
        if welcome and OPENS_A_SHOW.search(" ".join(later.words for later in cues[number : number + 2])):
            return number
    return 0


# The host thanking the guest for coming, as a show ends: "thanks very much for coming on", "thank you so
# much for being here with us".
_THANKS_FOR_COMING = re.compile(
    r"\b(?:thank you|thanks)\b[^.!?…]{0,30}?\bfor (?:joining|coming|being (?:here|with us|on)|your time"
    r"|taking the time|talking|speaking|chatting|doing this)\b",
    re.IGNORECASE,
)
# How many sentences may follow the thanks ("Safe crossings."), each of a few words, and how many of the
# host's before it ("I hope we can ride with you again."): with no names, a longer run may be the guest's.
_AFTER_THANKS_SENTENCES = 1
_AFTER_THANKS_WORDS = 6
_BEFORE_THANKS_SENTENCES = 1


def _without_sign_off(cues: list[str]) -> tuple[list[str], list[str]]:
    """Unnamed cues without the host's closing thanks to the guest, and those thanks (or none).

    With no names, the host's goodbye ("I hope we can ride with you again. Thanks very much for coming
    on, Pell.") runs on from the guest's last words into the last answer. It starts with the last cue
    that opens a sentence, no more than a sentence before the thanks, or else with the thanks' own
    sentence; the thanks must end the file but for a short courtesy, and an answer must stay before it.
    """
    text = " ".join(cues)
    sentences = split_sentences(text)
    ending = next(
        (
            number
            for number in range(len(sentences) - 1, len(sentences) - 2 - _AFTER_THANKS_SENTENCES, -1)
            if number > _BEFORE_THANKS_SENTENCES and _THANKS_FOR_COMING.search(sentences[number])
        ),
        None,
    )
    if ending is None or any(
        len(sentence.split()) > _AFTER_THANKS_WORDS or asks(sentence) for sentence in sentences[ending + 1 :]
    ):
        return cues, []
    thanked = len(" ".join(sentences[:ending])) + 1  # where the thanks' sentence starts
    remark = len(" ".join(sentences[: ending - _BEFORE_THANKS_SENTENCES])) + 1
    if any(asks(sentence) for sentence in sentences[ending - _BEFORE_THANKS_SENTENCES - 1 : ending + 1]):
        return cues, []  # a question there: the last answer would be cut short, or the thanks answer it
    cut = max((start for start in _sentence_openings(cues) if remark <= start <= thanked), default=thanked)
    starts = itertools.accumulate((len(cue) + 1 for cue in cues), initial=0)
    kept = [cue for cue, start in zip(cues, starts, strict=False) if start + len(cue) <= cut]
    ran_in = text[sum(len(cue) + 1 for cue in kept) : cut].strip()  # the guest's words in the cut cue
    return [*kept, ran_in] if ran_in else kept, [text[cut:].strip()]


def _sentence_openings(cues: Sequence[str]) -> list[int]:
    """Where each cue that opens a sentence starts in the cues joined by spaces (the first cue aside)."""
    text = " ".join(cues)
    starts = itertools.accumulate((len(cue) + 1 for cue in cues[:-1]), initial=0)
    return [start for start in starts if start and SENTENCE_END.search(text[:start].rstrip())]


def _asked(cues: Iterable[str]) -> list[str]:
    """Cues that name no speaker as paragraphs: a cue that ends in a question ends a paragraph.

    The question starts with the cue its last sentences ending in "?" start in, as subtitles start a
    new cue where another person speaks ("That sounds grim. Would you do it again?"); the cues before
    it answer the question before. Where that cue opens on the end of a sentence ("last winter. So, if
    you"), as a transcript panel's short captions do, the turn began in a cue before it: the question
    starts with the last cue that opens a sentence, or else with its own first sentence, so no answer is
    cut off mid-sentence. A question inside a cue ("Was I scared? Every night.") is the speaker's own,
    and goes on.
    """
    paragraphs: list[str] = []
    run: list[str] = []
    for words in cues:
        run.append(words)
        if not asks(words):
            continue
        text = " ".join(run)
        sentences = split_sentences(text)
        said = len(sentences)
        while said and asks(sentences[said - 1]):
            said -= 1
        asked = len(" ".join(sentences[:said])) + bool(said)  # where the question's sentences start
        start = max((start for start in _sentence_openings(run) if start <= asked), default=asked)
        paragraphs += [part for part in (text[:start].strip(), text[start:]) if part]
        run = []
    return [*paragraphs, " ".join(run)] if run else paragraphs
