"""Speakers' names and labels as transcripts print them, read as "Name: turn" paragraphs.

A name alone over its turn, in brackets, in bold, glued to a time, run together with other turns in one
paragraph, or with no colon at all ("Tex Texin Now we're ..."): each becomes a label, so the layouts
read one form.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from bot.core.english import COMMON, zipf
from bot.importer.sources.blocks import HONORIFICS, NOT_SPEAKERS, SENTENCE_END, SPEAKER_NAME, Block
from bot.importer.sources.furniture import stage_direction
from bot.importer.sources.times import BRACKETED_TIME, CLOCK, untimed

# A speaker's name alone on a line: one to four capitalised words, or initials, maybe with a colon, and
# maybe with the time they start speaking, as transcription services print it ("Nora (00:07):", or
# Otter's "Nora Ames  0:07" with no brackets).
NAME = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|van|von|da|di|la|le)){0,3}"
NAME_LINE = re.compile(
    rf"^(?P<name>{NAME}(?: \d{{1,2}})?)(?P<time> {BRACKETED_TIME}|(?:\s+[-–—|·•])?\s+{CLOCK})?:?$"
)
# A transcript kept as Markdown may head each turn with the time it starts and the speaker ("### [00:00:40]
# Ann Marsh" over her words), as transcription tools write it out: the heading reads as the name and the
# time after it ("### Ann Marsh (00:00:40)"), as other transcripts print a speaker's line.
_TIMED_HEADING = re.compile(
    rf"^(?P<mark>[ \t]*#{{1,6}}[ \t]+)\\?[\[(](?P<time>{CLOCK})\\?[\])]"
    rf"[ \t]+(?P<name>{NAME}(?: \d{{1,2}})?):?[ \t]*$"
)


def time_after_the_name(line: str) -> str:
    """A Markdown heading of the time and the speaker, "### [00:00:40] Ann", as "### Ann (00:00:40)"."""
    return _TIMED_HEADING.sub(r"\g<mark>\g<name> (\g<time>)", line)


# An official report bills each speaker on the line over their turn: a witness with their organisation
# or a member with their seat and party in brackets ("Jane Smith (Scottish Water)", "Tom Berg (Lothian)
# (Lab)"), the office that chairs the meeting ("The Convener", "The Deputy Chair"), or, as TheyWorkForYou
# prints a member, their photo's caption, their name and their seat or office ("Photo of Tom Berg Tom
# Berg Labour, Halton"). Such a line names a speaker the first time; two of them make a transcript.
# A question-and-answer site names who answers on the line over each answer: "Sam Mugford answered on 8 Mar
# 2023:". Each such line names a speaker, who may answer once.
_ANSWERED_LINE = re.compile(rf"^(?P<name>{NAME}) answered(?: on [^:]{{1,30}})?:$")
_BILLED_NAME_LINE = re.compile(
    rf"^(?:(?P<name>{NAME})(?: \([A-Z][^()]{{0,80}}\)){{1,2}}"
    r"|(?P<chair>The (?:Deputy |Vice[- ]?)?(?:Convener|Chair(?:man|woman|person)?|Presiding Officer))"
    rf"|Photo of (?P<pictured>{NAME}) (?P=pictured)\b.*):?$"
)


# A question's or an answer's label alone on its line, over the words it labels: "Question 3:", "Q3.",
# "Question:", "A:", as a page sets them when the question is long or the label stands out.
LABEL = r"(?:Q|A|Question|Answer)\s*\d{0,2}\s*[:：.)]"
_LABEL_LINE = re.compile(rf"^{LABEL}$")


# A transcription service's speaker in brackets before the time they start, with no colon: "[Speaker 2]
# [00:06] hear you.", "[Ann Marsh] (01:13) Yes." The time goes, and the name reads as a label.
_BRACKETED_SPEAKER = re.compile(
    rf"^\s*\[(?P<name>{SPEAKER_NAME}(?: \d{{1,2}})?)\]\s*{BRACKETED_TIME}\s+(?=\S)"
)
# A podcast's transcript may bracket the speaker's initials with no time after them: "[MK] Where do the
# boards come from?". A word in brackets is a note ("[Laughs] Yes."); initials are no word.
_BRACKETED_INITIALS = re.compile(r"^\s*\[(?P<name>[A-Z]{2,4})\]\s+(?=[A-Z\"“‘'(])")


# A research transcript numbers each turn before the speaker's label ("12 I: And then?", "13 P : Yes.").
TURN_NUMBER = re.compile(rf"^\s*(?:\d{{1,4}}[ \t]+){{1,2}}(?={SPEAKER_NAME} ?:\s)")


def bracketed_as_label(line: str) -> str:
    """A speaker's name or initials in brackets before the turn, as a label: "[MK] Why?" is "MK: Why?"."""
    return _BRACKETED_INITIALS.sub(r"\g<name>: ", _BRACKETED_SPEAKER.sub(r"\g<name>: ", line))


# A change of speaker in closed captions that name nobody: ">>" and the words, cut into screen lines.
_CHEVRON = re.compile(r"^[ \t]*>>[ \t]*(?P<words>[^\s>].*)$")
# An email's quoting nests ">" and ">>" (and "> >"): the lines of a quoted reply, not captions.
_QUOTED_LINE = re.compile(r"^[ \t]*>(?!>)|^[ \t]*>>[ \t]*>")
_NAMED_CHEVRON = re.compile(rf"^[ \t]*>>[ \t]*{SPEAKER_NAME}(?:, [^:]{{1,80}})? ?:\s")


# A transcript copied from a player's panel, where the time, the speaker and the turn lost the spaces between
# them: "00:01:09Maria LopezWe wanted ...". The name ends where a capital follows a letter with no space.
_GLUED_TURN = re.compile(r"^[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*(?P<rest>[A-Z][^\n]*)$")


def glued_speakers(text: str) -> str:
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


# A turn that ends on its question: in captions that name nobody, the host's, unless it answers a question
# with one. Automatic captions put a ">>" wherever they hear a pause, two in one host's turn at times.
_ENDS_ASKING = re.compile(r"\?[\"”’)]*\s*$")


def unnamed_chevrons(text: str) -> str:
    """Captions that mark each change of speaker with a bare ">>", as two people's turns in alternation.

    A TV interview's transcript names nobody: ">>" opens the host's turn, then the guest's, and so on,
    each run over the short lines the screen held. Each turn becomes one paragraph, its speaker numbered
    ("Speaker 1: ...") as a transcription service does where it cannot name them. A caption downloader
    saves each line with its time before it ("[00:02.48]  >> Welcome back."): the times go with the lines.
    """
    lines = [untimed(line) for line in text.split("\n")]
    if sum(bool(_CHEVRON.match(line)) for line in lines) < 3 or any(
        _NAMED_CHEVRON.match(line) or _QUOTED_LINE.match(line) for line in lines
    ):
        return text
    paragraphs: list[str] = []
    turns: list[int] = []  # where each turn's paragraph stands
    in_turn = False
    for line in lines:
        found = _CHEVRON.match(line)
        if found:
            turns.append(len(paragraphs))
            paragraphs.append(found["words"].strip())
            in_turn = True
        elif not line.strip():
            in_turn = False
            paragraphs.append("")
        elif in_turn:
            paragraphs[-1] += f" {line.strip()}"
        else:
            paragraphs.append(line)
    speaker = 2
    for n, turn in enumerate(turns):
        speaker = 3 - speaker
        if (
            speaker == 2
            and _ENDS_ASKING.search(paragraphs[turn])
            and not _ENDS_ASKING.search(paragraphs[turns[n - 1]])
        ):
            speaker = 1  # a host's turn the captions cut in two: the alternation was one behind
        paragraphs[turn] = f"Speaker {speaker}: {paragraphs[turn]}"
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph.strip())


# A speaker's name or initials in bold with no colon before the turn ("**OA** Because you can see ..."),
# as some magazines set an interview, maybe with a dash after it ("**Q** – Why ...?"); a bold "**A.**" is
# a label already.
_BOLD_NAME = re.compile(
    rf"^\s*(?P<mark>\*\*|__)(?P<name>{SPEAKER_NAME})(?<!\.)(?P=mark)"
    r"(?:\s+[-–—])?\s+(?P<rest>[^\s:].*)$"
)


def bold_names_as_labels(chunks: list[str]) -> list[str]:
    """Read "**Name** turn" as "Name: turn" where the name opens two paragraphs or more: not a word once."""
    names = Counter(found["name"] for chunk in chunks if (found := _BOLD_NAME.match(chunk)))
    labelled = []
    for chunk in chunks:
        found = _BOLD_NAME.match(chunk)
        labelled.append(f"{found['name']}: {found['rest']}" if found and names[found["name"]] >= 2 else chunk)
    return labelled


# A label anywhere in a paragraph: the whole run of capitalised words before a colon ("Sandra Stewart
# Holyoak:", "SH:", "Q:", "Speaker 2:"). Only a short word keeps its full stop ("Dr.", "J.", initials
# without a space, "P.J."), so that a sentence's end closes the run before a label ("in Elizabeth, New
# Jersey. SH: ..."); a time ("10:30") opens with no capital. A turn opens with a capital, where a clause
# after a colon may not ("Mother said to Tom: go on"). A page may set the label in bold ("**Ann Marsh:**",
# "<strong>Ann Marsh</strong>:"). No label opens a quotation: a title quoted in a show's notes ('previews
# "Yearly Issue: The Preview"').
_NAME_WORD = r"(?:(?:[A-Z]\.){2,3}|[A-Z](?:[A-Za-z]{0,2}\.|[\w'’-]*))"
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
# Three in effect, though: in the one module these steps shared, a later _LABEL_WORDS = 3 (a section's
# label, now in lines.py) rebound the name before any call, and the split keeps what ran. Whether four was
# meant is an open question.
_LABEL_WORDS = 3


# The time a transcript prints before a turn ("... Welcome. [00:00:57] Speaker B: Thanks."): where the
# turns run together, it goes with the label after it, and from the turn as at a line's start.
_TIME_BEFORE = re.compile(rf"{BRACKETED_TIME}\s*$")


# A transcript may spell the labels out the first time and abbreviate them after ("Question: … Answer: …",
# then "Q: … A: …", as the Holocaust Memorial Museum's oral histories print them): one label each.
_SAME_LABEL = {"Question": "Q", "Answer": "A"}


def run_together_labels(chunks: list[str]) -> list[str]:
    """Each turn its own paragraph where a page lost the breaks between them, as a PDF's text or a copy does.

    "Q: Why boats? A: Because of my father. Q: Where ...?" or "SH: Where were you born? JP: In Elizabeth."
    runs in one paragraph. Only labels that recur, two of them at least (who asks and who answers), and
    that stand inside paragraphs twice or more, make the layout: a word of prose before a colon ("Spoiler:
    it works.", "Note: ...") comes once, or is no one's label. Such a page splits at those labels wherever
    they stand, a lost line break may follow any word ("started it in SH: What ..."), once they open a
    paragraph or a sentence somewhere, and at a name said once after a sentence's end ("... your father?
    James Pressman: I was born ..."), as a transcript gives the full name the first time.
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
    # A label opens a paragraph or a sentence somewhere: a title quoted twice in running text with its
    # subtitle ("… a clip of Salt Roads: The Long Haul …") never does, and is no one's label. Each test
    # reads the text since the label before, as the split below does, not since the paragraph's start.
    opening = {
        _SAME_LABEL.get(name, name)
        for chunk, labels in zip(chunks, found, strict=True)
        for (since, _, _), (_, name, own) in zip([(0, "", 0), *labels], labels, strict=False)
        if _opens(chunk[since:own])
    }
    recurring = {name for name, count in counts.items() if count >= 2 and name in opening}
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
            if name not in recurring and not SENTENCE_END.search(before.rstrip()):
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


def _opens(before: str) -> bool:
    """Whether a label after ``before`` opens its paragraph or a sentence, a time printed before it aside."""
    before = _TIME_BEFORE.sub("", before).rstrip()
    return not before or bool(SENTENCE_END.search(before))


def _spelled_label(match: re.Match[str], said: Counter[str], before: str) -> tuple[int, str, int]:
    """Where a label starts, its name, and where the words before it that are its own start.

    "Question" or "Answer" alone at the end of a run of capitalised words said once ("… Tape One, Side A
    Question: This is …") is the label; a label that recurs whole ("Community Question:") is one label.
    The words before it are its own where they open the paragraph or a sentence ("Bonus Question: …",
    "… two days. Final Question: …"): they go with the label, no word of the answer before it. A word and
    a stop before a label that recurs ("No. PV") is a reply, unless it is a title ("Mr. DOE"). ``before``
    is the paragraph's text since the label before, or since its start.
    """
    first, _, rest = match["name"].partition(" ")
    if first.endswith(".") and first[:-1].lower() not in HONORIFICS and said[rest] >= 2:
        # A reply of a word and a stop before the next label ("IV: No. PV: Why …?") reads as an
        # abbreviation opening the name ("No. PV"): the label that recurs is the name, the word the reply.
        start = match.start("name") + len(first) + 1
        return start, rest, start
    *qualifying, last = match["name"].split(" ")
    if qualifying and last in _SAME_LABEL and said[match["name"]] == 1:
        start = match.start("name") + match["name"].rindex(" ") + 1
        opening = not before.strip() or SENTENCE_END.search(before.rstrip())
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


# Chinese, Japanese and Korean type: Han characters (with the repeat mark 々), kana and Hangul.
HAN = "\u3005\u4e00-\u9fff"
KATAKANA = "\u30a1-\u30fa\u30fc"
_CJK = f"{HAN}\u3041-\u3096{KATAKANA}\uac00-\ud7af"
_CJK_LABEL = re.compile(rf"^[{_CJK}]{{2,4}}$")
# Labels in that type that say a part, not a name: the answer, the one asked, a guest, the reporter, the host.
CJK_PART_LABELS = frozenset(
    "答 回答 答え 回答者 受访者 受訪者 嘉宾 嘉賓 来宾 ゲスト 本人 记者 記者 编辑 編集 編集部 主持人 司会"
    " 采访者 インタビュアー 聞き手 问 問 提问".split()
)


def cjk_name(label: str) -> bool:
    """Whether a speaker's label in Chinese or Japanese type is a name: two to four characters, no part.

    That type sets no space inside a name ("佐々木", "王建国"), nor between the words of the text around it.
    """
    return bool(_CJK_LABEL.match(label)) and label not in CJK_PART_LABELS


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


def bare_rows(lines: list[str]) -> set[int]:
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


# A speaker's label in capitals that a line break parts in two, as a mirror re-wrapping a broadcast transcript
# prints it: "AMY" over "GOODMAN:", or over "GOODMAN: So" with the turn's first words after the colon.
_BROKEN_LABEL = re.compile(
    r"(?m)^[ \t]*(?P<first>[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,2})[ \t]*\n"
    r"[ \t]*(?P<last>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}) ?:(?=[ \t]|$)"
)
# How often a page must break its labels so, one of them twice at least: a line in capitals over a note
# ("NOTE: …") once is no label.
_BROKEN_LABELS = 3


def labels_rejoined(text: str) -> str:
    """The text with each speaker's label a line break parted ("AMY" over "GOODMAN: So") on one line.

    Left as it is, the label's first half ends the turn before it, and its second half, with words after
    its colon, is no name alone on its line: the next turn runs on into that one.
    """
    found = list(_BROKEN_LABEL.finditer(text))
    labels = Counter(f"{label['first']} {label['last']}" for label in found)
    if len(found) < _BROKEN_LABELS or max(labels.values(), default=0) < 2:
        return text
    return _BROKEN_LABEL.sub(lambda label: f"{label['first']} {label['last']}:", text)


def timed_name(line: str) -> bool:
    """A speaker's name and the time they start, alone on a line: "Speaker 1 (00:03):", "Alban (00:26):"."""
    found = NAME_LINE.match(line.strip())
    return bool(found and found["time"])


def label_alone(line: str) -> bool:
    """A speaker's name, or a question's label, alone on a line: what follows is the turn."""
    line = line.strip()
    found = NAME_LINE.match(line)
    named = found is not None and (line.isupper() or line.endswith(":") or found["time"] is not None)
    return named or bool(_LABEL_LINE.match(line))


def labels_unheard(label: str, line: str) -> bool:
    """Whether ``line`` is a note ("[inaudible]") under a speaker's label alone on its line: their turn.

    The note is the whole turn, as it is after a label on the same line ("JOURNALIST: [inaudible]"):
    dropped, it would leave the label over the next speaker's, and the answer run on into the one before.
    """
    return label.strip().endswith(":") and label_alone(label) and stage_direction(line)


# The audience, labelled as a speaker where it calls out or asks ("Audience member:", "Crowd:"): no name,
# and it may speak once.
AUDIENCE = re.compile(
    r"^(?:(?:an? )?(?:audience|crowd)(?: members?| question)?"
    r"|unidentified (?:audience member|speaker|man|woman)|(?:several )?voices?)$",
    re.IGNORECASE,
)


# A speaker's name and colon opening the words they say on the same line: "Nell: Hello and welcome".
_LABEL_BEFORE_WORDS = re.compile(rf"^(?P<name>{NAME}):[ \t]+\S")


# A part named in sentence case alone on its line with its colon ("Shop owner:", "Visitor 1:"), as a report
# labels the people it interviewed without naming them: a label where it stands over two turns or more.
PART_LABEL = r"[A-Z][a-z]+(?: [a-z]+){1,2}"
_PART_LINE = re.compile(rf"^(?P<name>{PART_LABEL}):$")


# A forum's user name in small letters ("tidepool", "marrow_42"), as a forum prints each turn of an
# interview it hosts under its poster's name; here in bold alone on its line over the post's words
# ("**tidepool**", "**marrow_42:**").
HANDLE = r"[a-z][a-z0-9_.-]{1,30}"
_HANDLE_LINE = re.compile(rf"^(?P<name>{HANDLE}):?$")


def _handle(block: Block) -> str | None:
    """The user name a bold line alone names, if it is one in small letters."""
    found = _HANDLE_LINE.match(block.text) if block.emphasis == "bold" else None
    return found["name"] if found and found["name"] not in NOT_SPEAKERS else None


def _bold_handles(blocks: Sequence[Block], names: Counter[str]) -> set[str]:
    """The user names in small letters, alone in bold, that take turns with another speaker's label.

    A word in bold over a paragraph may be a lead-in ("**update**"), so a name counts only where it stands
    over two turns or more and the next label after it, each time, is another speaker's.
    """
    handles = Counter(handle for block in blocks if (handle := _handle(block)))
    order = [
        label
        for block in blocks
        if (label := _handle(block) or (named["name"] if (named := NAME_LINE.match(block.text)) else None))
        and (handles[label] >= 2 or names[label] >= 2)
    ]
    return alternating_handles(handles, order)


def alternating_handles(handles: Counter[str], order: Sequence[str]) -> set[str]:
    """The user names of ``handles`` that take turns with another speaker.

    Each opens two turns or more, and the label after each of them in ``order`` (the labels as they come)
    is another speaker's, never its own.
    """
    return {
        handle
        for handle, count in handles.items()
        if count >= 2
        and len(set(order)) >= 2
        and all(following != handle for label, following in itertools.pairwise(order) if label == handle)
    }


def speakers_on_their_own_lines(blocks: list[Block]) -> list[Block]:
    """Read a name alone on its line, before the turn it introduces, as "Name: turn"; a label too.

    Only a name that introduces at least two turns counts, so a one-word line is not taken for one; a
    question's label ("Question 3:", "Q3.") says what it is, and a page numbers each one differently.
    Where an official report bills its speakers, each billed line names one, as does a name with a
    colon: a member may put a single question, a witness answer once.
    """
    names = Counter(
        named["name"]
        for block, following in itertools.pairwise(blocks)
        if (named := NAME_LINE.match(block.text) or _PART_LINE.match(block.text))
        and not following.is_title_like
    )
    billed = sum(bool(_BILLED_NAME_LINE.match(block.text)) for block in blocks) >= 2
    # Where two speakers' names stand alone with a colon over their turns, again and again, the audience
    # labelled so speaks a turn too, once or more ("Audience member:" over "Whoo!"), as TED prints it.
    colons = {
        named["name"]
        for block in blocks
        if block.text.endswith(":") and (named := NAME_LINE.match(block.text)) and names[named["name"]] >= 2
    }

    # Where two speakers or more stand on their own lines with the time each turn starts, again and again,
    # a line that names a speaker and the time names one who speaks once too ("Ida Voss (00:00:15)").
    timed = {
        named["name"]
        for block in blocks
        if (named := NAME_LINE.match(block.text)) and named["time"] and names[named["name"]] >= 2
    }

    handles = _bold_handles(blocks, names)
    # A speaker who labels turns on the line they speak ("Nell: Hello …") may stand alone with the colon
    # once, over the words on the next line or over none, where a transcript stops mid-turn ("Nell:").
    inline = Counter(found["name"] for block in blocks if (found := _LABEL_BEFORE_WORDS.match(block.text)))

    def speaker(line: str) -> str | None:
        found = _BILLED_NAME_LINE.match(line) if billed else None
        if found:
            return found["name"] or found["chair"] or found["pictured"]
        if answered := _ANSWERED_LINE.match(line):
            return answered["name"]
        named = NAME_LINE.match(line)
        if named and (names[named["name"]] >= 2 or (billed and line.endswith(":"))):
            return named["name"]
        if named and line.endswith(":") and inline[named["name"]] >= 2:
            return named["name"]
        if (part := _PART_LINE.match(line)) and names[part["name"]] >= 2:
            return part["name"]
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
        # A heading that names a speaker heads their interview ("### Visitor 1:" over the questions put to
        # them), as a report prints several: no label over the next paragraph, unless it gives the time.
        heading = block.emphasis == "heading" and not (
            (named := NAME_LINE.match(block.text)) and named["time"]
        )
        handle = _handle(block)
        if not heading and (name := speaker(block.text) or (handle if handle in handles else None)):
            pending = f"{name}:"
            continue
        merged.append(Block(f"{pending} {block.text}", block.emphasis) if pending else block)
        pending = None
    return merged
