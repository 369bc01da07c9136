"""Layouts that label each turn: "Q:"/"A:", a speaker's name ("Ann Marsh:", "ANN:", "Ann –", "A."), or none.

Also an AMA's commenters and names with no colon. Each speaker's spellings are merged (initials, capitals),
who asks is told from who answers, and remarks, sign-offs and sponsor reads are kept out of the turns.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import replace

from bot.importer.capitals import Casing, opens_a_name
from bot.importer.layouts.asking import (
    acknowledges,
    answers_the_opening,
    asks_anything,
    asks_back,
    asks_you,
    assents,
    closes_the_questions,
    echoes,
    ends_asking,
    is_answered,
    is_backchannel,
    is_remark,
    prompts_to_go_on,
    put_to_the_guest,
    said_of_you,
    sentences_in,
    signs_off,
    taken_up,
    thanks_briefly,
    thanks_for_having,
    turn_length,
    without_reaction,
)
from bot.importer.layouts.cold_open import without_cold_open
from bot.importer.layouts.sponsor_reads import without_sponsor_reads
from bot.importer.layouts.turns import Layout, NoInterviewFound, Turn
from bot.importer.sources.blocks import HONORIFICS, NOT_SPEAKERS, SPEAKER_NAME, Block
from bot.importer.sources.page_breaks import COMMENTER
from bot.importer.sources.speakers import (
    AUDIENCE,
    BARE_TURNS,
    CJK_PART_LABELS,
    HANDLE,
    PART_LABEL,
    alternating_handles,
    bare_labels,
    bare_openings,
    cjk_name,
    is_initials,
)
from bot.importer.sources.times import untimed

# A question sent in names its asker after the label, and so may the answer its author: "Question from Jane
# in Ohio:", "Q from pixelpusher88:", "Question from the floor:", as readers' and forums' Q&As print them.
_FROM = r"\s+(?:from|by)\s+[^:?]{1,40}(?=:)"
_QA_LABEL = re.compile(
    rf"^(?P<label>Q|A|Question|Answer)\s*\d*(?:{_FROM})?\s*(?:[:：.)]|\s[-–—])\s*(?P<rest>.*)$"
)
_ASKING_LABELS = frozenset({"Q", "Question"})
_SENT_IN = re.compile(rf"^(?:Q|Question){_FROM}:\s+(?P<rest>\S.*)$")
# "Name:", also "Name (Acme):", "Name [00:12]:", "[Name]:" or "Speaker 2:" as transcripts print it. A
# name in capitals may run into the turn, a typist's slip broadcast transcripts keep ("LAMB:Two years").
# The first turns may give each speaker's part after a comma ("Dave Walden, interviewer:"), as a society's
# email interviews print them before going on with initials ("DW:"). Chinese and Japanese type set the
# colon full width ("吉田："), and put no space after a colon, full width or not ("吉田:俳優さんは…").
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
_SPEAKER_LABEL = re.compile(
    r"^(?:Q\d{1,4}\s+)?(\[)?(?P<name>[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,4}(?: \d{1,2})?)(?(1)\])"
    r"(?:, [a-z][\w'’-]*(?: [\w'’-]+){0,2})?"
    r"\s?(?:[(\[](?P<bracketed>[^()\[\]]{1,100})[)\]])?\s?(?::|(?<=[" + _CJK + r"])：)"
    r"(?:\s+|(?<=[A-Z]:)(?=[A-Z\"“‘'])|(?<=[" + _CJK + r"][:：]))(?P<rest>\S.*)$"
)
# A parliamentary committee numbers each question its members put to the witnesses ("Q12 Tom Berg: How
# late is it?"), as the House of Commons prints its oral evidence, or marks it "Q" at the head of the
# member's words ("Tom Berg: Q How late is it?"), as TheyWorkForYou prints it: whoever is numbered asks.
_NUMBERED_QUESTION = re.compile(r"^Q\d{1,4}\s+\S|^[^:]{1,80}:\s+Q\.?\s+[A-Z\"“‘'(]")
# A broadcast transcript gives a speaker's role, in capitals too, the first time it names them ("KATE
# BOLDUAN, CNN ANCHOR: Should ...?", 'WALTER ISAACSON, AUTHOR, "KISSINGER:" Well ...'), as CNN and C-SPAN
# print them; after that, the surname alone ("BOLDUAN:").
_ROLE_LABEL = re.compile(
    r"^(?P<name>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}), "
    r"(?P<role>[A-Z0-9\"“][^a-z:]{0,80}?):[\"”]?\s+(?P<rest>\S.*)$"
)
# A government transcript bills each speaker once with their part in title case after a comma ("Katherine
# Murphy, Host:", "Anthony Albanese, Prime Minister:"), then labels them by surname or by office.
_TITLE_CASE_ROLE_LABEL = re.compile(
    r"^(?P<name>[A-Z][a-z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}), "
    r"(?P<role>[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|of|the|and|for)){0,5}):\s+(?P<rest>\S.*)$"
)
# A press briefing marks the reporter's question with a bare "Q" and no colon ("Q    Thanks. Why ...?"),
# or "Q." as sports transcripts print it, and the answer with the speaker's name ("MS. MARSH:  The crane
# failed."), as White House and State Department transcripts print them. The question must open with a
# capital: "Q" alone is no word.
_BARE_Q = re.compile(r"^Q\.?\s+(?P<rest>[A-Z\"“‘'(].*)$")
# The labels that mark a question, not a person: whoever answers it is named.
QUESTION_LABELS = frozenset({"Q", "Question"})
_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "da", "di", "la", "le", "du", "del", "bin", "al", "y"}
)
# A label with a number in it names nobody either: "Speaker 2", or a question's number in another
# language ("Frage 5:", "Pregunta 3:") over each question.
_GENERIC_SPEAKER = re.compile(
    r"^(?:speaker|interviewer|interviewee|respondent|narrator|host|guest|moderator|audience|question|questioner"
    r"|reporter)\b|^[^\d\n]{0,40}\d",
    re.I,
)

Label = tuple[str, str]


# The words of a label that names the asker's part, not the asker: "ANCHOR:", "The Convener:", "Journalist:",
# and the question's own label before a named answer ("QUESTION:" then "MR PRICE:", as a press briefing
# prints them).
ASKING_ROLES = frozenset(
    "the anchor convener journalist reporter correspondent presenter host moderator interviewer guide"
    " q question questioner".split()
)


# A print magazine labels its questions with its own name, in capitals or after "The" ("SPIEGEL:", "WIRED:",
# "The Verge:"), and the guest's answers with their surname in small letters ("Brandt:").
_PUBLICATION = re.compile(r"^(?:[A-Z]{3,}|The(?: [A-Z][a-z'’-]+){1,2})$")


def _publication_asks(turns: Sequence[tuple[str, list[str]]]) -> set[str]:
    """The asker who is the publication, not a person: each of its turns puts a topic to the guest.

    Two labels take turns, one of them a publication's name that says less and asks at least once, the
    other the guest's in small letters. A magazine edits its interview for print: its statements ("The
    council says the numbers stopped adding up.") are put to the guest as its questions are, never a host's
    aside that asks nothing, and its first turn is no welcome. A guest labelled in capitals too ("DOE:") is
    a broadcast transcript's.
    """
    speakers = _alternating(turns)
    if speakers is None:
        return set()
    said = Counter[str]()
    asked = Counter[str]()
    for speaker, paragraphs in turns:
        said[speaker] += turn_length(paragraphs)
        asked[speaker] += bool(paragraphs) and ends_asking(paragraphs[-1])
    asker, answerer = sorted(speakers, key=lambda speaker: not _PUBLICATION.match(speaker))
    publication = _PUBLICATION.match(asker) and not asks_by_role(asker) and asked[asker] > 0
    guest = not _PUBLICATION.match(answerer) and answerer != answerer.upper()
    return {asker} if publication and guest and said[asker] < said[answerer] else set()


# The labels of one who chairs a call or a panel and hands the floor to each questioner in turn; a hearing's
# chair is labelled by the title before the surname ("CHAIRWOMAN LUND:", "Chairman BERG.").
_CHAIRING_ROLES = frozenset({"moderator", "operator"})
_CHAIRING_TITLES = frozenset({"chair", "chairman", "chairwoman", "chairperson"})


def _hands_over(
    label: str, paragraphs: Sequence[str], following: str | None, asks: Callable[[str], bool]
) -> bool:
    """A chair's turn that asks nothing before another asker's question: it gives the floor, asks no part.

    A press call's moderator speaks between an answer and the next reporter's "Q" ("Great, thank you
    both. We are happy to take your questions now."); run into that question, it would open it.
    """
    words = [word for word in re.findall(r"[a-z]+", label.lower()) if word != "the"]
    return (
        bool(words)
        and (set(words) <= _CHAIRING_ROLES or words[0] in _CHAIRING_TITLES)
        and following is not None
        and following != label
        and asks(following)
        and not asks_anything(paragraphs)
    )


# The offices a legislature's members are labelled by in a hearing's record, before the surname.
_MEMBERS_TITLES = _CHAIRING_TITLES | frozenset(
    "senator assemblyman assemblywoman assemblymember congressman congresswoman representative delegate"
    " councilman councilwoman councillor councilmember".split()
)


def _committee(speakers: Set[str], words: Counter[str]) -> set[str]:
    """A hearing's members, who put the committee's questions to the witness, however few end in "?".

    Two or more speakers labelled by a member's office ("COUNCILLOR BERG:", "SENATOR DAHL:", "CHAIR
    LUND:") question one labelled otherwise ("DIRECTOR VOSS:"), who says most. A member
    prefaces a question with a statement or two, and a turn may end on thanks: counted by the turns that end
    asking, a member would be taken for a second witness and the questions for answers.
    """
    members = {name for name in speakers if name.split()[0].lower() in _MEMBERS_TITLES}
    witness = max(sorted(speakers), key=lambda name: words[name], default=None)
    return members if len(members) >= 2 and witness not in members else set()


def asks_by_role(label: str) -> bool:
    """Whether a label names the asker's part only ("HOST", "The Convener"): whoever bears it asks."""
    words = label.lower().split()
    return bool(words) and set(words) <= ASKING_ROLES and words != ["the"]


def qa_label(block: Block) -> Label | None:
    match = _QA_LABEL.match(block.text)
    if match is None:
        return None
    return ("Q" if match["label"] in ("Q", "Question") else "A"), match["rest"].strip()


# A hearing's record names each speaker by a title and the surname in capitals, then a full stop ("Mr.
# DAWSON. Why so slow?", "Senator LEAHY.", "The CHAIRMAN."), as the US Government Publishing Office
# prints them: a title in mixed case before a name in capitals is a label, however few turns it opens.
_TITLED_LABEL = re.compile(
    rf"^(?P<name>(?:(?i:{'|'.join(sorted(HONORIFICS))})\.?|The) [A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?)\.\s+"
    r"(?P<rest>[A-Z\"“‘'(].*)$"
)


def speaker_label(block: Block) -> Label | None:
    text = block.text
    if sent_in := _SENT_IN.match(text):
        return "Q", sent_in["rest"]
    match = (
        _SPEAKER_LABEL.match(text)
        or _ROLE_LABEL.match(text)
        or _TITLE_CASE_ROLE_LABEL.match(text)
        or _TITLED_LABEL.match(text)
    )
    if match is None:
        bare = _BARE_Q.match(text)
        return ("Q", bare["rest"]) if bare else None
    name = _bracketed_name(match["name"].strip(), match.groupdict().get("bracketed"))
    words = name.split()
    if name.lower() in NOT_SPEAKERS or not opens_a_name(words[0][0]):
        return None
    capitalised = all(opens_a_name(word[0]) or word.isdigit() or word in _PARTICLES for word in words)
    if not capitalised and not AUDIENCE.match(name):
        return None
    rest = untimed(match["rest"].strip())
    marked = _BARE_Q.match(rest)  # the "Q" a committee's report marks a member's question with
    return "Q" if name in QUESTION_LABELS else name, marked["rest"] if marked else rest


def _slipping_to_full_stops(found_labels: Sequence[Label | None]) -> Callable[[Block], Label | None]:
    """Read labels as ``speaker_label`` does, and a label typed once with a full stop for its colon.

    A hand-typed transcript slips ("Richard. Yes, several times.") where the page gives the label twice
    or more with a colon: read as prose, the answer would join the question before it, and the turn be lost.
    """
    counts = Counter(found[0] for found in found_labels if found)
    known = {name for name, count in counts.items() if count >= 2}

    def read(block: Block) -> Label | None:
        if found := speaker_label(block):
            return found
        stopped = next((name for name in known if block.text.startswith(f"{name}. ")), None)
        return (stopped, block.text[len(stopped) + 2 :].strip()) if stopped else None

    return read


# A forum's user name in small letters before a turn ("tidepool: I never ...", "marrow_42: Why ...?"), as
# a forum prints the turns of an interview it hosts, each under its poster's name in bold.
_HANDLE = re.compile(rf"^(?P<name>{HANDLE}):\s+(?P<rest>\S.*)$")


def _handles_in_small_letters(
    blocks: Sequence[Block], found_labels: Sequence[Label | None], read: Callable[[Block], Label | None]
) -> Callable[[Block], Label | None]:
    """Read labels as ``read`` does, and a user name in small letters as a speaker's where it takes turns.

    A word in small letters before a colon is most often prose ("update: it ships"), so a name counts
    only where it opens two turns or more and the label after each of them is another speaker's: a
    forum's poster who asks, the guest who answers under a name of their own, in whatever case.
    """
    unlabelled = [
        (found["name"], found["rest"]) if label is None and (found := _HANDLE.match(block.text)) else None
        for block, label in zip(blocks, found_labels, strict=True)
    ]
    handles = Counter(found[0] for found in unlabelled if found and found[0] not in NOT_SPEAKERS)
    order = [
        turn[0]
        for label, handle in zip(found_labels, unlabelled, strict=True)
        if (turn := label or (handle if handle and handles[handle[0]] >= 2 else None))
    ]
    return _or_known(read, _HANDLE, alternating_handles(handles, order))


_PART = re.compile(rf"^(?P<name>{PART_LABEL}):\s+(?P<rest>\S.*)$")


def _parts_in_sentence_case(
    blocks: Sequence[Block], found_labels: Sequence[Label | None], read: Callable[[Block], Label | None]
) -> Callable[[Block], Label | None]:
    """Read labels as ``read`` does, and a part named in sentence case ("Shop owner: ...") as a speaker's.

    A report labels the people it interviewed by their part, not their name; such a label counts where it
    opens two turns or more and one naming the asker's part ("Interviewer:") opens others. Alone, a
    prompt before a colon ("Favourite tool: the 2B pencil.") is no speaker's label.
    """
    parts = Counter(part["name"] for block in blocks if (part := _PART.match(block.text)))
    asked = any(found and asks_by_role(found[0]) for found in found_labels)
    return _or_known(read, _PART, {name for name, count in parts.items() if count >= 2} if asked else set())


def _or_known(
    read: Callable[[Block], Label | None], pattern: re.Pattern[str], known: Set[str]
) -> Callable[[Block], Label | None]:
    """Read labels as ``read`` does, and else the name ``pattern`` finds before a turn, if it is ``known``."""

    def read_known(block: Block) -> Label | None:
        if found := read(block):
            return found
        match = pattern.match(block.text)
        return (match["name"], match["rest"]) if match and match["name"] in known else None

    return read_known


def _bracketed_name(label: str, bracketed: str | None) -> str:
    """The name in brackets after a label naming the speaker's part: "Respondent (Jane Doe):".

    Research transcripts print them so ("Interviewer (Tom Berg):"); an aside ("(laughs)") names no one.
    """
    words = (bracketed or "").split()
    if _GENERIC_SPEAKER.match(label) and 2 <= len(words) <= 4 and all(word[0].isupper() for word in words):
        return " ".join(words)
    return label


# A broadcast transcript's "GUYON Thank you for joining us": the name in capitals and no colon, maybe
# followed by an affiliation after a dash ("METIRIA TUREI – Green Party Co-Leader Look, we ..."), or by a
# full stop, as oral histories print the interviewer's and the narrator's surnames ("HALE. Where did you
# grow up?"). A name whose capitals go on to a colon ("JON STEWART: …") is a label with its colon, whole:
# its first word ("JON") names no one.
_CAPITAL_LABEL = re.compile(
    r"^(?P<name>[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]+){0,2})(?:\.| [-–—](?: [A-Z][\w'’-]*){1,5}(?= [A-Z]))?"
    r"\s+(?![A-Z'’-]+(?: [A-Z'’-]+){0,2}:)(?P<rest>[A-Z\"“‘'].*)$"
)


def _named_by(pattern: re.Pattern[str]) -> Callable[[Block], Label | None]:
    """A reader of the speaker's name that ``pattern`` finds before a turn, unless it is a word of prose."""

    def read(block: Block) -> Label | None:
        match = pattern.match(block.text)
        if match is None or match["name"].lower() in NOT_SPEAKERS:
            return None
        return match["name"], match["rest"].strip()

    return read


_capital_label = _named_by(_CAPITAL_LABEL)


def capital_speakers(blocks: Sequence[Block]) -> Layout | None:
    """Speakers named in capitals without a colon: only where two of them take turns, often."""
    return named_speakers(blocks, _capital_label, regulars=2)


# "Pia Lund — My grandfather had a shed." or "Interviewer – How did you start?": a name and a dash
# before each turn, as some magazines and blogs set them.
_DASH_LABEL = re.compile(rf"^(?P<name>{SPEAKER_NAME}) [—–-] (?P<rest>\S.*)$")
_dash_label = _named_by(_DASH_LABEL)


def dash_speakers(blocks: Sequence[Block]) -> Layout | None:
    """Speakers named before a dash: as in prose ("Honestly — no."), so two must take turns, often."""
    return named_speakers(blocks, _dash_label, regulars=2)


# A question's or an answer's label as a house style abbreviates it in its own language: one letter and a
# full stop or a bracket ("P. ", "R) "), or a full stop and a hyphen, as Spanish typography sets it ("P.- ",
# "R.- "). With a colon or a dash ("I: ", "F – ") it reads as a speaker's.
_LETTER_LABEL = re.compile(r"^(?P<name>[A-Z])(?:\.-|[.)])\s+(?P<rest>\S.*)$")
_letter_label = _named_by(_LETTER_LABEL)


def letter_labels(blocks: Sequence[Block]) -> Layout | None:
    """Turns under two letters ("P."/"R.", "F."/"A.", "I."/"R."), whatever words they abbreviate.

    A letter and a full stop opens a sentence too ("A. Smith wrote to us."), so the two letters must take
    turns, one of them asking: no list of the languages' words is needed.
    """
    turns, _, _ = _walk(blocks, _letter_label)
    pair = _taking_turns(turns)
    if not pair:
        return None
    asker, _ = pair
    return _labelled(
        "letter labels",
        blocks,
        _letter_label,
        asks=lambda letter: letter == asker,
        min_turns=1,
        remarks=False,
    )


def bare_speakers(blocks: Sequence[Block]) -> Layout | None:
    """Speakers named without a colon, mixed case or initials: two who take turns, often, one asking.

    Where two such names open most paragraphs but do not take turns, or neither asks, the page is a
    transcript the importer cannot split: it says so rather than read its paragraphs as questions.
    """
    labels = bare_labels(block.text for block in blocks if block.emphasis != "heading")
    if not labels:
        return None

    def read(block: Block, among: Set[str] = labels.keys()) -> Label | None:
        if block.emphasis == "heading":
            return None
        found = [opening for opening in bare_openings(block.text) if opening in among]
        return (found[-1], block.text[len(found[-1]) :].strip()) if found else None

    turns, _, _ = _walk(blocks, read)
    pair = _taking_turns(turns)
    if pair and all(labels[speaker] >= BARE_TURNS for speaker in pair):
        return named_speakers(blocks, lambda block: read(block, set(pair)))
    two = sorted(labels, key=lambda label: -labels[label])[:2]
    opened = sum(1 for block in blocks if (found := read(block)) and found[0] in two)
    if len(two) == 2 and opened * 2 >= len(blocks):
        raise NoInterviewFound(
            f"speakers named without a colon ({joined(two)}) open most paragraphs, but they do not take "
            "turns with one of them asking: add a colon after each speaker's name, or Q:/A: labels"
        )
    return None


# An answer's points lettered "A)", "B)" (or "A.", "B."), as a list in prose letters them: the first is no
# "A)" label. The letter after it, with the same mark, comes before the next question's label.
_LETTERED = re.compile(r"^(?P<letter>[A-Z])(?P<mark>[.)])\s")


def _lettered_points(blocks: Sequence[Block]) -> set[int]:
    """The blocks that open a lettered list "A)", "B)" …: an answer's points, not its label."""
    points: set[int] = set()
    for number, block in enumerate(blocks):
        first = _LETTERED.match(block.text)
        if first is None or first["letter"] != "A":
            continue
        for later in blocks[number + 1 :]:
            found = _LETTERED.match(later.text)
            if found and found["letter"] == "B" and found["mark"] == first["mark"]:
                points.add(number)
                break
            if (label := qa_label(later)) and label[0] == "Q":
                break
    return points


def qa_labels(blocks: Sequence[Block]) -> Layout | None:
    # By identity: the walk goes over these very blocks, and a page may print the same words twice.
    points = {id(blocks[number]) for number in _lettered_points(blocks)}

    def label(block: Block) -> Label | None:
        return None if id(block) in points else qa_label(block)

    labels = Counter(found[0] for block in blocks if (found := label(block)))
    if labels["Q"] < 1 or labels["A"] < 1:
        return None
    # A "Q:" label says the page counts the words a question, even "Q: Thank you.": none is a remark.
    return _labelled(
        "Q:/A: labels", blocks, label, asks=lambda speaker: speaker == "Q", min_turns=1, remarks=False
    )


def _commenter(block: Block) -> Label | None:
    match = COMMENTER.match(block.text)
    return (match["author"], "") if match else None


def ask_me_anything(blocks: Sequence[Block]) -> Layout | None:
    """A Reddit AMA: each comment under its author's line; whoever answers most is the one asked.

    Every other author asks once or twice, so no count of turns tells the askers; the host's comments
    are the answers, and a follow-up under another author's line is a question again.
    """
    authors = Counter(found[0] for block in blocks if (found := _commenter(block)))
    if len(authors) < 2:
        return None
    host = authors.most_common(1)[0][0]
    return _labelled("an AMA's comments", blocks, _commenter, asks=lambda author: author != host, min_turns=2)


# The words of a name, to find it in a lead whole ("Ed" is not in "Edinburgh").
_NAME_WORD = re.compile(r"[\w'’-]+")


def named_speakers(
    blocks: Sequence[Block], read: Callable[[Block], Label | None] = speaker_label, *, regulars: int = 0
) -> Layout | None:
    """Turns by the speaker named before each; ``regulars`` speakers must take three turns or more."""
    found_labels = [read(block) for block in blocks]
    if read is speaker_label and (put := _put_to_the_named(blocks, found_labels)):
        return named_speakers(put, read, regulars=regulars)
    if read is speaker_label:
        read = _slipping_to_full_stops(found_labels)
        found_labels = [read(block) for block in blocks]
        read = _parts_in_sentence_case(blocks, found_labels, read)
        found_labels = [read(block) for block in blocks]
        read = _handles_in_small_letters(blocks, found_labels, read)
        found_labels = [read(block) for block in blocks]
    raw = Counter(found[0] for found in found_labels if found)
    canonical = merge_initials(raw)
    billings = {
        number: billing
        for number, block in enumerate(blocks)
        if (billing := _ROLE_LABEL.match(block.text) or _TITLE_CASE_ROLE_LABEL.match(block.text))
    }
    for (
        billing
    ) in billings.values():  # "ANN MARSH, HARBOUR MASTER:" once, then "HARBOUR MASTER:" as the page goes on
        if billing["role"] in raw:
            canonical.setdefault(billing["name"], billing["role"])
    counts: Counter[str] = Counter()
    for name, count in raw.items():
        counts[canonical.get(name, name)] += count
    labelled = [(block, found) for block, found in zip(blocks, found_labels, strict=True) if found]
    numbered = {
        canonical.get(found[0], found[0]) for block, found in labelled if _NUMBERED_QUESTION.match(block.text)
    }
    briefed = _briefed([canonical.get(found[0], found[0]) for _, found in labelled], numbered)
    # A broadcast transcript that gives a speaker's role with their name is labelled beyond doubt: a
    # segment of one question is an interview too, as a single bare "Q" is in a briefing.
    billed = any(found_labels[number] for number in billings)
    named_turns, _, _ = _walk(
        blocks, lambda block: (found := read(block)) and (canonical.get(found[0], found[0]), found[1])
    )
    # Two speakers who take turns, one asking, are an interview however short: two turns, or one.
    pair = set(_taking_turns(named_turns) or ())
    publication = _publication_asks(named_turns)
    pair |= {speaker for speaker, _ in named_turns} if publication else set()
    speakers = {name for name, count in counts.items() if count >= 2} | briefed | pair
    speakers |= _asking_once(named_turns, counts)
    co_hosts = _prompting_once(named_turns, counts) if speakers else set()
    speakers |= co_hosts
    # The audience calls out or asks, once or more: its words are no part of the answer they interrupt.
    speakers |= {name for name in counts if AUDIENCE.match(name)} if speakers else set()
    passers_by = _looking_in_once(named_turns, counts) - speakers if speakers else set()
    if not speakers or (sum(count >= 3 for count in counts.values()) < regulars and not pair):
        return None
    if pair and all(counts[name] == 1 for name in pair) and _questions_after(blocks, found_labels):
        return None

    panel: set[str] = set()  # when several answer, their turns keep who is speaking, as printed

    def label(block: Block) -> Label | None:
        found = read(block)
        if found is None:
            return None
        name = canonical.get(found[0], found[0])
        if name not in speakers and name not in passers_by:
            return None
        return name, block.text if name in panel else found[1]

    turns, lead, _ = _walk(blocks, label)
    words: Counter[str] = Counter()
    for speaker, paragraphs in turns:
        words[speaker] += sum(len(paragraph.split()) for paragraph in paragraphs)
    if len(speakers) == 1 or _board(turns):
        # Only the interviewer is named, or an editorial board's members: a turn is the question, then the
        # paragraphs that answer it. A question's label ("Q:", "Question:") names nobody: the layout of
        # question labels reads it. The member who asks most stands for the board.
        asker = max(sorted(speakers), key=lambda name: counts[name])
        if _QA_LABEL.match(f"{asker}:"):
            return None
        asked = [paragraphs[0].endswith("?") for _, paragraphs in turns if paragraphs]
        if sum(asked) * 2 < len(asked):
            return None
        layout = _labelled(
            "a named interviewer", blocks, label, asks=bool, min_turns=2, answers_unlabelled=True
        )
        return layout and with_names(layout, interviewer=asker)
    # A label, or a billing, that names the speaker's part as the asker's ("HOST:", "KYMBA CAHILL, HOST:")
    # says who asks, however little of what they say ends in a question, as a breakfast show's chat goes.
    billed_as = {canonical.get(b["name"], b["name"]): b["role"] for b in billings.values()}
    by_role = {name for name in speakers if asks_by_role(billed_as.get(name, name))}
    by_role |= _committee(speakers, words)
    # Under a question's label ("Question:"), as a question-and-answer site prints each, every speaker named
    # answers it, a panellist whose short answer is all questions ("Why are plants green?") too.
    labels = {name for name in speakers if name in _ASKING_LABELS}
    askers = (labels or askers_of(turns)) | numbered | by_role | co_hosts | publication
    # Who answers speaks at length; a co-host who only chimes in ("That's the bigger problem!") says a
    # small part of what the interviewee says, and asks with the host. A panellist who says less than
    # the others still answers a question put to them, or is one of the guests the lead introduces ("we
    # spoke to Sina Alemohammad and Josue Casco-Rodriguez"); a co-host does neither.
    most = max(words.values(), default=0)
    introduced = set(_NAME_WORD.findall(" ".join(block.text for block in lead)))
    answered = {
        speaker
        for (asker, asked), (speaker, _) in itertools.pairwise(turns)
        if asker in askers and asked and (asker == "Q" or ends_asking(asked[-1]))
    }
    answering = [
        name
        for name in dict.fromkeys(speaker for speaker, _ in turns)
        if name not in askers
        and not _narrates(name)
        and (
            bool(labels)
            or words[name] * 4 >= most
            or name in answered
            or introduced.issuperset(_NAME_WORD.findall(name))
        )
    ]
    if not askers or not answering:
        answering = [max(sorted(speakers), key=lambda name: words[name])]
    if len(answering) > 1:
        panel.update(answering)  # a panel: "DR: We have one main coach"

    def billed_label(block: Block) -> Label | None:
        """A speaker billed by role who speaks once (the next segment's anchor) ends the answer before."""
        found = label(block)
        if found is None and billed and _ROLE_LABEL.match(block.text):
            return read(block)
        return found

    layout = _labelled(
        "speaker names",
        blocks,
        billed_label,
        asks=lambda speaker: speaker not in answering,
        min_turns=1 if briefed or billed or pair else 2,
        by_role=bool(by_role),
        prompters=co_hosts,
        edited=publication,
        passers_by=passers_by,
    )
    printed = {name for name in raw if canonical.get(name, name) in pair}  # "ADA LOVELACE" once, then "ADA"
    if layout is None or (pair and _only_labels(printed, layout)):
        return layout
    others = sorted(speakers - set(answering), key=lambda name: -words[name])
    # The full name the page printed once ("ANN MARSH, HARBOUR MASTER:") names them better than "MARSH".
    fuller = {short: name for name, short in canonical.items() if " " in name}
    named = with_names(
        layout,
        interviewee=fuller.get(answering[0], answering[0]),
        interviewer=fuller.get(others[0], others[0]) if others else None,
        panel=[fuller.get(name, name) for name in answering] if len(answering) > 1 else (),
    )
    if len(answering) > 1:
        return named
    billed_in = next(
        (
            part
            for block, found in labelled
            if canonical.get(found[0], found[0]) == answering[0] and (part := _billed_part(block.text))
        ),
        None,
    )
    return replace(named, billing=billed_in)


# How many questions set apart after a single labelled exchange say that its labels are no layout.
_QUESTIONS_AFTER_THE_NAMES = 2


def _questions_after(blocks: Sequence[Block], found_labels: Sequence[Label | None]) -> bool:
    """Whether questions set apart by emphasis or a number follow the page's last speaker's label.

    A page may name the speakers of its first exchange only ("Aaron: _Why Jekyll?_" over "Parker: I …"),
    then set every question in italics or number it; a quotation an answer opens with ("Ortega said:
    …") may look like a label too. Read by those labels, the page would be one exchange whose answer
    holds every question after it: the layout the questions are set in reads it.
    """
    last = max(number for number, found in enumerate(found_labels) if found)
    asked = sum(
        (block.emphasis != "plain" or block.number is not None) and ends_asking(block.text)
        for block in blocks[last + 1 :]
    )
    return asked >= _QUESTIONS_AFTER_THE_NAMES


def _board(turns: Sequence[tuple[str, list[str]]]) -> bool:
    """Whether the speakers named are all interviewers, as an editorial board's are, the answers unlabelled.

    Each named turn asks ("How does that prepare you? I have a follow-up, but I'll leave it there.") and
    paragraphs with no name follow it, every time: a guest named too would not ask each time they speak.
    """
    return len(turns) >= _BOARD_TURNS and all(
        len(paragraphs) > 1 and "?" in paragraphs[0] for _, paragraphs in turns
    )


# A board's questions, two at least from each of two members: fewer may be a guest's questions back.
_BOARD_TURNS = 4


def _billed_part(text: str) -> str | None:
    """The part a speaker's label bills them in: "Harbour Master" in "Ann Marsh, Harbour Master: …".

    After a comma, in capitals or title case as broadcast and government transcripts print it, or in
    brackets as NPR's do ("Ms. ANN MARSH (Harbour master, Port of Leith):"); a time or an aside in brackets
    ("(00:03)", "(laughs)") bills nothing.
    """
    if found := _ROLE_LABEL.match(text) or _TITLE_CASE_ROLE_LABEL.match(text):
        return found["role"].strip('"“” ')
    found = _SPEAKER_LABEL.match(text)
    bracketed = found["bracketed"] if found else None
    if bracketed and bracketed[:1].isupper() and not re.search(r"\d", bracketed):
        return bracketed.strip()
    return None


def _put_to_the_named(blocks: Sequence[Block], found_labels: Sequence[Label | None]) -> list[Block] | None:
    """The blocks with each unlabelled question before a named answer labelled "Q", where nobody named asks.

    A magazine's round table sets its questions apart, in bold or not at all, and names each panellist
    before their answer ("What was your first job? / Muireann: A lab assistant. / Samantha: Barista."):
    run on, such a question would end the answer before it. Two such questions at least make the layout; so
    do a host's turns set apart in type over the guest's named answers, whether they ask or not.
    """
    asked = {
        number
        for number, block in enumerate(blocks[:-1])
        if found_labels[number] is None
        and (following := found_labels[number + 1]) is not None
        and following[0] not in QUESTION_LABELS
        and asks_you(block)
    }
    hosted = _host_turns_set_apart(blocks, found_labels)
    asked |= hosted.keys()
    if len(asked) < 2:  # a single one may be the page's "Where can people find you?" over its links
        return None
    # Two named more than once who take turns, one asking, are host and guest: a question of the guest's
    # own at the end of a paragraph ("And who would pay for that?") closes their answer, as their name says.
    named, _, _ = _walk(blocks, speaker_label)
    counts = Counter(speaker for speaker, _ in named)
    if not hosted and _taking_turns([turn for turn in named if counts[turn[0]] >= 2]):
        return None
    put = [
        Block(f"Q: {hosted.get(n, b.text)}", b.emphasis) if n in asked else b for n, b in enumerate(blocks)
    ]
    turns, _, _ = _walk(put, speaker_label)
    return None if askers_of(turns) - QUESTION_LABELS else put


# How many of the host's turns, set apart with no label, over the guest's named answers make the layout.
_HOST_TURNS_SET_APART = 2


def _host_turns_set_apart(blocks: Sequence[Block], found_labels: Sequence[Label | None]) -> dict[int, str]:
    """The first paragraph of each of the host's turns, by its number, and its words without a label.

    A newsletter may print its host's turns in bold or italics, each a paragraph or a few, over the guest's
    answers, each opening on the guest's name or initials ("RK: …"); the host's own initials open a few of
    the bold turns ("**RV: …**"), most open on none. The host sums up or remarks as often as they ask
    ("So it was a family thing from the start."), so no "?" marks the turns: their type does. Every label
    but the guest's is inside such a turn, and only the guest is named after one.
    """
    runs: list[range] = []
    for number, block in enumerate(blocks[:-1]):
        after = blocks[number + 1]
        if block.emphasis in ("bold", "italic") and found_labels[number + 1] and after.emphasis == "plain":
            start = number
            while start > 0 and blocks[start - 1].emphasis == block.emphasis:
                start -= 1
            runs.append(range(start, number + 1))
    guests = {found[0] for run in runs if (found := found_labels[run.stop])}
    if len(guests) != 1 or guests & QUESTION_LABELS:
        return {}
    inside = {number for run in runs for number in run}
    named_apart = all(
        found[0] in guests or number in inside for number, found in enumerate(found_labels) if found
    )
    unlabelled = sum(found_labels[run.start] is None for run in runs)
    if (
        not named_apart
        or unlabelled < _HOST_TURNS_SET_APART
        or any((found := found_labels[run.start]) and found[0] in guests for run in runs)
    ):
        return {}
    return {
        run.start: found[1] if (found := found_labels[run.start]) else blocks[run.start].text for run in runs
    }


def _asking_once(turns: Sequence[tuple[str, list[str]]], counts: Counter[str]) -> set[str]:
    """Those named once who ask a question a regular speaker answers: a member's or an audience's only one.

    An official report names every member who puts a question, and one may put a single one; taken for
    no speaker, their question would run on in the answer before it.
    """
    return {
        asker
        for (asker, asked), (speaker, _) in itertools.pairwise(turns)
        if counts[asker] == 1 and counts[speaker] >= 2 and asked and ends_asking(asked[-1])
    }


def _prompting_once(turns: Sequence[tuple[str, list[str]]], counts: Counter[str]) -> set[str]:
    """Those billed once by full name in capitals whose statement the guest answers at length: a co-host.

    A radio transcript names each presenter as it names the guest ("ANNABELLE BRETT:"), and one may speak
    once, to put a statement the guest, who says most, takes up ("We've turned the weather on for you
    today."); taken for no speaker, their words would run on in the guest's answer before it.
    """
    said = Counter[str]()
    for name, paragraphs in turns:
        said[name] += turn_length(paragraphs)
    guest = max(said, key=lambda name: said[name], default=None)
    return {
        asker
        for (asker, asked), (speaker, reply) in itertools.pairwise(turns)
        if counts[asker] == 1
        and speaker == guest
        and counts[speaker] >= 2
        and reply
        and not ends_asking(reply[-1])
        and asker.isupper()
        and " " in asker
        and asked
        and not ends_asking(asked[-1])
        and is_answered(asked, reply)
    }


def _looking_in_once(turns: Sequence[tuple[str, list[str]]], counts: Counter[str]) -> set[str]:
    """Those named once between two turns of one regular speaker: a colleague who looks in at the door.

    An oral history's transcript labels whoever speaks, the one who puts their head round the door too
    ("Okafor: Sorry to cut in, the van is waiting ..." between the interviewer's "Someone is at the door."
    and "Thanks, Dee."). Taken for no speaker, their words would run on in the turn before them, and make a
    question of the interviewer's aside; nobody answers them, and the turns either side of them are one. A
    voice a tool numbers ("Speaker 3", a jingle between two sponsor reads) names no one who looks in.
    """
    return {
        name
        for (before, _), (name, said), (after, _) in zip(turns, turns[1:], turns[2:], strict=False)
        if counts[name] == 1 and before == after and counts[before] >= 2 and said and _names_someone(name)
    }


def _without_passers_by(
    turns: list[tuple[str, list[str]]], passers_by: Set[str], unused: list[str]
) -> list[tuple[str, list[str]]]:
    """The turns without those who look in once (their words left unused), the turns around them one."""
    kept: list[tuple[str, list[str]]] = []
    looked_in = False
    for speaker, paragraphs in turns:
        if speaker in passers_by:
            unused.extend(paragraphs)
            looked_in = True
        elif looked_in and kept and kept[-1][0] == speaker:
            kept[-1][1].extend(paragraphs)
            looked_in = False
        else:
            kept.append((speaker, list(paragraphs)))
            looked_in = False
    return kept


def _alternating(turns: Sequence[tuple[str, list[str]]]) -> list[str] | None:
    """The two speakers, in order of first turn, where only two labels speak and they alternate."""
    speakers = list(dict.fromkeys(speaker for speaker, _ in turns))
    alternate = all(first != second for (first, _), (second, _) in itertools.pairwise(turns))
    return speakers if len(speakers) == 2 and alternate else None


def _taking_turns(turns: Sequence[tuple[str, list[str]]]) -> tuple[str, str] | None:
    """The asker and the answerer, where the only two labels alternate turn by turn and one of them asks.

    That is how a question and its answer are marked, whatever the labels say ("I:"/"R:", "F."/"A.",
    "Frage:"/"Antwort:", two names): the label that says less asks, in as many of its turns as the other
    ends in "?" at least. So the page needs no count of turns to be an interview: one exchange is one.
    No share of turns is asked for: a host may sum up or remark more often than ask ("So that was the
    turning point."), and a guest may close an answer on a question of their own ("Who would pay for that?").
    """
    speakers = _alternating(turns)
    if speakers is None:
        return None
    said = Counter[str]()
    asked = Counter[str]()
    for number, (speaker, paragraphs) in enumerate(turns):
        # A host who opens the show welcomes the listeners before the first question: of that turn, only
        # the question is what they ask, the welcome (which asks nothing) the lead.
        asks = bool(paragraphs) and ends_asking(paragraphs[-1])
        opening = number == 0 and len(paragraphs) > 1 and asks
        opening = opening and not any(ends_asking(paragraph) for paragraph in paragraphs[:-1])
        said[speaker] += turn_length(paragraphs[-1:] if opening else paragraphs)
        asked[speaker] += asks
    asker, answerer = sorted(speakers, key=lambda speaker: said[speaker])
    asking = asked[asker] >= max(1, asked[answerer])
    return (asker, answerer) if said[asker] < said[answerer] and asking else None


def _only_labels(labels: Set[str], layout: Layout) -> bool:
    """Whether one-word labels are no word of the page's own text: they mark a turn and name nobody.

    "Frage:"/"Antwort:" or "Interviewer:"/"Respondent:" say who asks and who answers; a person the page
    labels by one name ("Nate:") is named in its lead or a turn too, and a full name is a name anyway.
    """
    said = set(_NAME_WORD.findall(" ".join(layout.texts()).lower()))
    return all(" " not in label and label.lower() not in said and not cjk_name(label) for label in labels)


def joined(names: Sequence[str]) -> str:
    """A panel's names as a sentence lists them: "Ann, Bo and Cy"."""
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)


def _briefed(labels: Sequence[str], numbered: set[str]) -> set[str]:
    """The bare "Q" and whoever answers it by name, as a press briefing prints them: speakers at once.

    A short briefing ("MS. LUND: The quay closes. / Q When will it reopen? / MS. LUND: Thursday.") has
    a single question, and maybe a single answer: the bare "Q" is label enough to take them as a turn.
    So is a committee's number, though each member may put a single question ("Q7 Tom Berg: ..."), and
    a round table's question is answered by each panellist in turn, each of them named once.
    """
    asking = {"Q", *numbered}
    briefed: set[str] = set()
    asker: str | None = None
    for label in labels:
        if label in asking:
            asker = label
        elif asker is not None:
            briefed.update((asker, label))
    return briefed


def askers_of(turns: Sequence[tuple[str, list[str]]]) -> set[str]:
    """The speakers most of whose turns end in a question: the interviewer, however many answer.

    A "Q" label asks whatever its words end with: a fan's question signed with their handle ("How did you
    start? - jossi") is one still.
    """
    asked: Counter[str] = Counter()
    spoke: Counter[str] = Counter()
    for speaker, paragraphs in turns:
        spoke[speaker] += 1
        asked[speaker] += bool(paragraphs) and ends_asking(paragraphs[-1])
    return {speaker for speaker, count in spoke.items() if speaker == "Q" or asked[speaker] * 2 >= count}


def with_names(
    layout: Layout,
    *,
    interviewee: str | None = None,
    interviewer: str | None = None,
    panel: Sequence[str] = (),
) -> Layout:
    """Keep full names only (initials or a generic label say nothing); "ADA LOVELACE" reads "Ada Lovelace".

    A ``panel`` of several who answer is the interviewee together, where two of them at least are named.
    """
    casing = Casing.of(layout.texts())
    named = replace(layout, interviewee=_full(interviewee, casing), interviewer=_full(interviewer, casing))
    if not panel:
        return named
    full = tuple(person for name in panel if (person := _full(name, casing)))
    return replace(named, interviewee=joined(full) if len(full) > 1 else None, panel=full)


# The words in capitals of a name, read together: "ADA LOVELACE", or "ROMERO" after a title ("Dr. ROMERO").
_CAPITALS_RUN = re.compile(r"\b[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)*\b")


def _full(name: str | None, casing: Casing) -> str | None:
    """The speaker's name as a person's; a lone letter or a generic label names nobody.

    "DIAZ" reads "Diaz", "Dr. ROMERO" "Dr. Romero", and initials ("RD") stay: metadata completes them
    from the title or lead.
    """
    if not name or not _names_someone(name):
        return None
    return name if is_initials(name) else _CAPITALS_RUN.sub(lambda run: casing(run.group()), name)


def _names_someone(label: str) -> bool:
    return not _GENERIC_SPEAKER.match(label) and len(label.strip()) >= 2 and label not in CJK_PART_LABELS


def _initials(name: str) -> str:
    """The initials a page abbreviates a name to: AL for Ada Lovelace, CC-G for Carla Canturri-Gispert."""
    return "".join(
        "-".join(part[0] for part in word.split("-") if part)
        for word in name.split()
        if word.lower().rstrip(".") not in HONORIFICS and word[0].isupper()
    )


def merge_initials(names: Iterable[str]) -> dict[str, str]:
    """Map the other spellings of a speaker to the one the page goes on with.

    "CA" to "Chris Anderson" when the page switches to initials after the first turns (or "SH" to "Sandra
    Stewart Holyoak": the first and the last name's), and a full name printed once ("METIRIA TUREI") to
    the first name or the surname the page then uses ("METIRIA", "BOLDUAN").
    """
    names = list(names)
    full = [name for name in names if " " in name]
    merged: dict[str, str] = {}
    for name in names:
        if name.isupper() and 2 <= len(name) <= 4 and " " not in name:
            matches = [
                candidate
                for candidate in full
                if name in ((initials := _initials(candidate).upper()), initials[:1] + initials[-1:])
            ]
            if len(matches) == 1:
                merged[name] = matches[0]
    for name in full:
        shorter = [
            other for other in names if " " not in other and other in (name.split()[0], name.split()[-1])
        ]
        if len(shorter) == 1 and name not in merged.values():
            merged[name] = shorter[0]
        # A title kept with the surname: "Mr. STEVE HELY" printed once, then "Mr. HELY", as NPR's older
        # transcripts print a guest.
        words = name.split()
        titled = [other for other in names if len(words) > 2 and other.split() == [words[0], words[-1]]]
        if words[0].lower().rstrip(".") in HONORIFICS and len(titled) == 1 and name not in merged.values():
            merged[name] = titled[0]
    # A first name printed once, then its initial alone: "Idris:", then "I:" as the page goes on.
    for place, letter in enumerate(names):
        if len(letter) != 1 or not letter.isupper():
            continue
        spelled = [name for name in names if " " not in name and len(name) > 2 and name[0] == letter]
        if len(spelled) == 1 and spelled[0] not in merged and names.index(spelled[0]) < place:
            merged[letter] = spelled[0]
    return merged


def _walk(
    blocks: Sequence[Block], label: Callable[[Block], Label | None]
) -> tuple[list[tuple[str, list[str]]], list[Block], list[str]]:
    """Group blocks into turns: a labelled block starts one, plain blocks continue it.

    A heading that is not a turn ends the current one (a "Get involved" box after the last answer).
    """
    turns: list[tuple[str, list[str]]] = []
    lead: list[Block] = []
    unused: list[str] = []
    open_turn = False
    for block in blocks:
        found = label(block)
        if found is not None:
            speaker, rest = found
            turns.append((speaker, [rest] if rest else []))
            open_turn = True
        elif not turns:
            lead.append(block)
        elif block.emphasis == "heading" or not open_turn:
            open_turn = False
            unused.append(block.text)
        else:
            turns[-1][1].append(block.shown)
    return turns, lead, unused


# The words of a question an automatic transcript puts under the answer's label: a word or a few.
_SLIPPED_WORDS = 4
_SLIPPED_END = re.compile(r"^(?P<words>[a-z][^?.!]*\?)\s*(?P<rest>.*)$", re.DOTALL)


def _question_ends_put_back(
    turns: list[tuple[str, list[str]]], asks: Callable[[str], bool]
) -> list[tuple[str, list[str]]]:
    """The question's last words an automatic transcript labelled as the answer's, given back to it.

    Such a transcript puts the change of speaker a word or two early: the question stops mid-sentence
    ("… sold well in town but badly once") and the answer's paragraph opens in small letters on its
    end ("deployed? Uh, I think, yeah, …"). Left there, the question asks nothing and reads as a remark.
    """
    mended: list[tuple[str, list[str]]] = []
    for speaker, paragraphs in turns:
        asked = mended[-1] if mended else None
        found = _SLIPPED_END.match(paragraphs[0]) if paragraphs else None
        if (
            asked is not None
            and found is not None
            and asks(asked[0])
            and not asks(speaker)
            and asked[1]
            and not _SENTENCE_END.search(asked[1][-1].rstrip())
            and len(found["words"].split()) <= _SLIPPED_WORDS
        ):
            asked[1][-1] = f"{asked[1][-1].rstrip()} {found['words']}"
            paragraphs = [found["rest"], *paragraphs[1:]] if found["rest"] else paragraphs[1:]
            if not paragraphs:
                continue
        mended.append((speaker, list(paragraphs)))
    return mended


# A guest's turn under a diarizer's number that only says a host's words again: a sentence at most.
_DOUBLED_WORDS = 8
# A diarizer names no one: it numbers the voices it tells apart ("SPEAKER_00", "Speaker 1", "spk_0").
_DIARIZED = re.compile(r"^(?:speaker|spk)[ _]?\d{1,2}$", re.IGNORECASE)
# Whisper writes a video's sign-off where it hears silence or noise, at the start of a turn: "Thanks for
# watching!", "See you next time!". In the middle of a diarized transcript, no one said it.
_HEARD_IN_SILENCE = re.compile(
    r"^(?:(?:thanks|thank you) for watching|see you next time)[.!]+\s*", re.IGNORECASE
)


def _diarized(turns: Sequence[tuple[str, list[str]]]) -> bool:
    """Whether every turn is under a number a diarizer gave a voice, no one's name."""
    return bool(turns) and all(_DIARIZED.match(speaker) for speaker, _ in turns)


def _without_sign_offs_heard_in_silence(turns: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """A diarized transcript's turns without the sign-offs the recogniser wrote at their starts.

    Left in, "Thanks for watching!" opens an answer or a question, or stands as a turn of its own that
    ends the question before it. The last turn keeps it: there the show may really sign off.
    """
    kept: list[tuple[str, list[str]]] = []
    for number, (speaker, paragraphs) in enumerate(turns):
        if paragraphs and number < len(turns) - 1:
            first = paragraphs[0]
            while found := _HEARD_IN_SILENCE.match(first):
                first = first[found.end() :]
            paragraphs = [first, *paragraphs[1:]] if first else paragraphs[1:]
            if not paragraphs:
                continue
        kept.append((speaker, list(paragraphs)))
    return kept


def _doubled_at_the_change(turns: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """A diarized transcript's turns without the sentences a turn ends on that the next one opens on.

    At a change of speaker the recogniser may write the same words under both numbers: the guest's
    answer ends on the host's "I can vouch for that." that the host's turn then says, the host's thanks
    on the guest's "Thank you for having me." that opens the guest's reply. They are the next speaker's.
    """
    mended = [(speaker, list(paragraphs)) for speaker, paragraphs in turns]
    for (speaker, said), (following, going_on) in itertools.pairwise(mended):
        if speaker == following or not said or not going_on:
            continue
        ending = sentences_in(said[-1:])
        opening = sentences_in(going_on[:1])
        doubled = next(
            (n for n in range(len(ending) - 1, 0, -1) if ending[-n:] == opening[:n]),
            0,
        )
        if doubled:
            kept = said[-1].rstrip()
            for sentence in reversed(ending[-doubled:]):
                kept = kept.removesuffix(sentence).rstrip()  # the rest as written, its spacing kept
            said[-1] = kept
    return mended


# The voice a documentary or a podcast tells its story in, between the interview's turns.
_NARRATORS = frozenset({"narrator", "announcer", "voiceover", "voice-over", "voice over", "vo"})


def _narrates(speaker: str) -> bool:
    """Whether the label names a narrator, who tells the story rather than asking or answering."""
    return speaker.lower() in _NARRATORS


def _labelled(
    name: str,
    blocks: Sequence[Block],
    label: Callable[[Block], Label | None],
    *,
    asks: Callable[[str], bool],
    min_turns: int,
    answers_unlabelled: bool = False,
    remarks: bool = True,
    by_role: bool = False,
    prompters: Set[str] = frozenset(),
    edited: Set[str] = frozenset(),
    passers_by: Set[str] = frozenset(),
) -> Layout | None:
    """The turns ``label`` finds; with ``remarks``, an aside between two answers is no question.

    Where the labels name the asker's part (``by_role``: "JOURNALIST:", "HOST:"), the page says who put
    each turn and who answered it: a statement answered at length is a question of its own, as a
    reporter's at a doorstop ("The union says the owners walked away from the table."). So does a co-host's
    statement, one of the ``prompters`` named once. An ``edited`` asker, a magazine, puts each of its turns
    to the guest, the first one too. Those ``passers_by`` who look in once are no part of any turn.
    """
    raw_turns, lead, unused = _walk(blocks, label)
    raw_turns = _without_passers_by(raw_turns, passers_by, unused)
    raw_turns = _question_ends_put_back(raw_turns, asks)
    if _diarized(raw_turns):
        raw_turns = _doubled_at_the_change(_without_sign_offs_heard_in_silence(raw_turns))
    raw_turns, sponsor_reads = without_sponsor_reads(raw_turns, asks)
    raw_turns, cold_open = (raw_turns, []) if answers_unlabelled else without_cold_open(raw_turns, asks)
    turns: list[Turn] = []
    question: list[str] = []
    answer: list[str] = []
    dropped: list[str] = []
    unasked: list[str] = []

    def close() -> None:
        if question and answer and assents(answer) and not asks_anything(question):
            unused.extend([*question, *answer])  # a host's musing the guest only agreed with: no exchange
        elif question and answer:
            turns.append(Turn(without_reaction(" ".join(question)), tuple(answer)))
        elif question:
            dropped.append(" ".join(question))

    asides: list[str] = []
    sign_off: list[str] = []
    if raw_turns and not answers_unlabelled and not asks(raw_turns[0][0]) and _asked_in_the_lead(lead):
        # The host's opening is printed with no label, the guest's name over the answer to it: the lead's
        # last paragraph, put to the guest, is the first question ("Steve Hely, welcome to FRESH AIR. Why
        # did you want to write a book about bad books?" over "Mr. STEVE HELY (Comedy writer): Well, ...").
        question = [lead[-1].shown]
        lead = lead[:-1]
    echoed: set[int] = set()  # the guest's turns that only say back a remark left out
    diarized = _diarized(raw_turns)
    for number, (speaker, paragraphs) in enumerate(raw_turns):
        following = raw_turns[number + 1][0] if number + 1 < len(raw_turns) else None
        if number in echoed:
            asides.extend(paragraphs)
            continue
        if _narrates(speaker) and question:
            unused.extend(paragraphs)  # no part of the answer it interrupts, which goes on after it
            continue
        if _narrates(speaker):
            lead += [Block(text) for text in paragraphs]  # before the questions, it sets the scene
            continue
        if answers_unlabelled:
            close()
            question, answer = paragraphs[:1], paragraphs[1:]
        elif asks(speaker):
            if remarks and answer and signs_off(paragraphs, raw_turns[number + 1 :], asks):
                sign_off = [text for _, texts in raw_turns[number:] for text in texts]
                break
            between = bool(answer) and following is not None and not asks(following)
            reply = next(iter(raw_turns[number + 1][1]), "") if between else ""
            answered = between and (
                (
                    (by_role or speaker in {*prompters, *edited})
                    and is_answered(paragraphs, raw_turns[number + 1][1])
                )
                or said_of_you(paragraphs, raw_turns[number + 1][1])
                or (len(paragraphs) == 1 and taken_up(paragraphs[0], reply))
            )
            if (
                remarks
                and between
                and (
                    is_backchannel(paragraphs)
                    or prompts_to_go_on(paragraphs, reply)
                    or (is_remark(paragraphs) and not answered)
                )
            ):
                # A remark between two answers ("That's the bigger problem!") asks nothing: the answer goes
                # on. The TED interview in shared/eval has 43 interviewer turns, 29 of them questions or
                # prompts of three sentences or more ("So your proposition to consumers is … You don't pay
                # anything.").
                asides.extend(paragraphs)
                if echoes(raw_turns[number + 1][1], paragraphs):
                    echoed.add(number + 1)  # the guest says the remark back: no part of the answer
                continue
            if remarks and answer and _hands_over(speaker, paragraphs, following, asks):
                unused.extend(paragraphs)  # a line introducing the question, no part of it
                continue
            if (
                remarks
                and answer
                and following is not None
                and asks(following)
                and closes_the_questions(paragraphs)
            ):
                # The questions to one guest end on thanks and the asker opens the next interview, as a
                # report prints several in a row: a sign-off to the first, no part of the next question.
                unused.extend(paragraphs)
                continue
            if answer:
                close()
                question, answer = [], []
            question.extend(paragraphs)
        elif question:
            if not answer and following is not None and asks(following) and asks_back(paragraphs):
                unused.extend(paragraphs)  # the question is put again, and answered after that
                continue
            if (
                diarized
                and not answer
                and following is not None
                and asks(following)
                and not ends_asking(question[-1])
                and (assents(paragraphs) or echoes(paragraphs, question[-1:], most=_DOUBLED_WORDS))
            ):
                # A diarizer cuts a host's turn at its pauses and numbers the voices loosely: the guest's
                # "Mm-hmm." between two of its parts, or the host's last words put again under the guest's
                # number ("a fine way to put it." / "fine way to put it."), answers nothing.
                asides.extend(paragraphs)
                continue
            if (
                not answer
                and number > 0
                and following == raw_turns[number - 1][0]
                and assents(paragraphs)
                and not ends_asking(question[-1])
                and _cut_off(question[-1], raw_turns[number + 1][1])
            ):
                # "Yeah." while the host muses on, the sentence cut by it going on after it: one turn.
                unused.extend(paragraphs)
                continue
            if not turns and not answer:
                # Before the first answer, what the hosts say before they ask is the show's lead; so is a
                # welcome that asks nothing and the guest's thanks for it ("Thanks for having me."), however
                # long they go on after them ("I have listened to this show for years ..."). A
                # welcome may ask in passing ("And who does not love fresh bread?") and go on: the question
                # opens with the first paragraph that ends asking, where one does.
                asking = [n for n, text in enumerate(question) if asks_anything([text])]
                ending = [n for n in asking if asks_anything(sentences_in([question[n]])[-1:])]
                opening = next(iter(ending or asking), None)
                hosts = {speaker for speaker, _ in raw_turns[:number]}
                if len(hosts) > 1 and asking:
                    # Two hosts talk before the guest first speaks ("How's it going?" / "Going great. We
                    # have another great episode …"): the show's, up to the last paragraph that asks.
                    opening = asking[-1]
                put = number > 0 and raw_turns[number - 1][0] in edited and is_answered(question, paragraphs)
                # A guest who only thanks the host ("Thanks, Dana. Good to be here.", "Okay, sure. Fine.
                # Thanks.") answers nothing asked in passing before a welcome or a briefing that ends asking
                # nothing, a clip's line played in the opening among it ("You want the truth, alright?"): the
                # opening is the lead.
                thanked = (
                    (thanks_briefly(paragraphs) and is_remark(paragraphs)) or acknowledges(paragraphs)
                ) and not ending
                welcome = is_remark(paragraphs) or thanks_for_having(paragraphs) or thanked
                courtesy = (opening is None or thanked) and remarks and welcome and not put
                if courtesy and answers_the_opening(question, paragraphs):
                    # No welcome: the short reply tells what the opening asked for without a question mark
                    # ("In 1938."), and the opening asks from its sentence that speaks to the guest on.
                    scene, question = put_to_the_guest(question)
                    lead += [Block(text) for text in scene]
                elif courtesy:
                    lead += [Block(text) for text in (*question, *paragraphs)]
                    question = []
                    continue
                lead += [Block(text) for text in question[: opening or 0]]
                question = question[opening or 0 :]
            answer.extend(paragraphs)
        else:
            # The recording starts after the first question was put: the answer has none on the page.
            unasked.extend(paragraphs)
    close()
    if len(turns) < min_turns:
        return None
    return Layout(
        name,
        tuple(turns),
        tuple(lead),
        tuple(unused),
        dropped_questions=tuple(dropped),
        remarks=tuple(asides),
        sign_off=tuple(sign_off),
        sponsor_reads=tuple(sponsor_reads),
        cold_open=tuple(cold_open),
        unasked=tuple(unasked),
    )


# A paragraph's end that ends its sentence, a closing quote or bracket after the stop included.
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")


def _cut_off(said: str, going_on: Sequence[str]) -> bool:
    """Whether a speaker's sentence was cut and goes on in their next turn: no stop, or small letters next."""
    return not _SENTENCE_END.search(said) or bool(going_on and going_on[0][:1].islower())


def _asked_in_the_lead(lead: Sequence[Block]) -> bool:
    """Whether the lead ends on a paragraph that puts a question to the guest, not on a heading."""
    last = lead[-1] if lead else None
    return last is not None and last.emphasis != "heading" and asks_you(last) and len(last.text.split()) > 3
