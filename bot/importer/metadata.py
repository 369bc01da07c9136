"""Find the interview's metadata where the page gives it, and leave out what it does not.

Sources, most trusted first: the header fields the page declares ("Title:", front matter, HTML meta),
then the lead before the first question (a "Name - Role, Organisation" title line, a date on its own,
a "Tags:" line, the first real paragraph), then the speaker names, then what the page prints under the
interview (a bio, its tags). A masthead, a byline and an author's box are told apart from the lead
first: they name the publication and the writer, and the writer is never the interviewee. Every guess
is noted for review.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from bot.core.english import zipf
from bot.core.vocabulary import STOPWORDS
from bot.importer.capitals import Casing
from bot.importer.layouts.asking import SPEAKS_FOR_ONESELF
from bot.importer.layouts.labels import ASKING_ROLES, joined
from bot.importer.layouts.turns import Layout
from bot.importer.sources.blocks import HONORIFICS, Block
from bot.importer.sources.furniture import (
    ABOUT_PERSON,
    AUTHOR_BOX,
    CLOSING_CREDIT,
    PERSONAL_PRONOUN,
    STANDING_BIO,
    TAG_LINE,
)
from bot.importer.sources.header import FULL_MONTH_NAMES, MONTH_NAMES, WROTE_FOR
from bot.importer.sources.speakers import CJK_PART_LABELS, HAN, KATAKANA, cjk_name, is_initials

# A month as printed, or in capitals as a heading prints it ("TUESDAY 28 JANUARY 2014").
_MONTHS = f"{MONTH_NAMES}|{MONTH_NAMES.upper()}"

# A date written with slashes, which may put the day or the month first (see _slashed), and its format.
# The year may be printed in two digits ("03/07/19"), as US blogs and forums date their posts.
_SLASHED = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/(?:(?:19|20)\d{2}|\d{2})(?![\d/])")
_SLASHES = "day and month with slashes"
# Each pattern and how to read it; a full date is tried before a month, and a month before a year.
_DATE_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\b\d{4}([-/])\d{2}\1\d{2}(?!\d)"), ("%Y-%m-%d",)),  # "2021/03/04" too: the year first
    (re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b"), ("%d.%m.%Y",)),
    (_SLASHED, (_SLASHES,)),
    (
        re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\.?,?\s+\d{{4}}\b"),
        ("%d %B %Y", "%d %b %Y"),
    ),
    (
        re.compile(rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"),
        ("%B %d %Y", "%b %d %Y"),
    ),
    (re.compile(rf"\b(?:{_MONTHS})\.?,?\s+\d{{4}}\b"), ("%B %Y", "%b %Y")),
)
_YEAR = re.compile(r"(?<![\d.-])(?:19|20)\d{2}(?![\d.-])")
UNKNOWN_INTERVIEWEE = "the interviewee"
# Capitalised words of a headline that never occur in a person's name.
_NOT_IN_NAMES = frozenset(
    "the a an are is was and or to in on for with how why what when where who we our my your you i it "
    "this that interview interviews q&a meet about new from at by".split()
    # and the words of a byline that credits a department rather than a person: "Communications Office"
    + "office team staff desk newsroom communications editors".split()
    # and what an exporter writes in the author field for no one in particular: "author: Various"
    + "various unknown anonymous".split()
    # and a letter's or a post's greeting, which a capital opens as it opens a name: "Hello Ruth, ..."
    + "hi hello hey dear everyone".split()
    # and the verb a headline in title case puts after the name: "Ann Marsh Talks Tides, Trawlers and …"
    + "talks speaks discusses explains reflects answers chats reveals shares says tells opens".split()
)
_DATE_FIELDS = ("published", "date", "publication date", "publication", "sent")  # "sent": an email's
_STANDFIRST_FIELDS = ("standfirst", "summary", "description", "subtitle", "lead", "excerpt")
_TAG_FIELDS = ("tags", "keywords", "topics")
_PERSON_FIELDS = ("interviewee", "guest", "name")
# The nouns that name what a person is or does, an office among them ("Senator", "Minister"), and the
# parts people have in open-source projects, research and the arts ("maintainer", "principal
# investigator", "showrunner"). Not the credits of the page's own staff ("writer", "photographer"): a
# byline that bills "Staff writer Jane Roe" names the interviewer.
_ROLE_NOUNS = (
    r"CEO|CTO|CFO|COO|founder|co-founder|director|president|head|chair|chairman|chairwoman|manager|"
    r"officer|professor|editor|partner|lead|chief|vice|VP|engineer|scientist|artist|illustrator|"
    r"author|researcher|owner|principal|minister|secretary|analyst|designer|developer|curator|premier|"
    r"treasurer|leader|senator|governor|mayor|ambassador|commissioner|chancellor|councillor|spokesperson|"
    r"spokesman|spokeswoman|maintainer|contributor|committer|investigator|coordinator|organi[sz]er|"
    r"showrunner|producer|filmmaker|composer|architect|novelist|supervisor|administrator|coach|master"
)
# A role abbreviated as old magazines bill it in a title ("Reed Hundt, Chm, FCC"), in its capital only, or
# as a company bills its general manager ("GM of the ferry business").
_ROLE_ABBREVIATIONS = r"Chm|Chmn|Dir|Pres|Mgr|Supt|Exec|GM"
_ROLE_WORDS = re.compile(rf"\b(?:{_ROLE_NOUNS}|(?-i:{_ROLE_ABBREVIATIONS})\b\.?)\b", re.IGNORECASE)
# The date a title gives for the interview after a dash, at its end: "Ann Marsh, Dir, Port Trust - April,
# 1996", as a magazine's archive titles an interview it posts years later. It dates the talk, not the post.
_TITLE_DATE = re.compile(rf"\s+[-–—|]\s+(?P<date>(?:{FULL_MONTH_NAMES})(?: \d{{1,2}})?,? \d{{4}})$")
# A header field that says it has no value ("Publication: not stated in the copy") is absent.
_SAYS_ABSENT = re.compile(
    r"^(?:not\s+(?:stated|given|named|known|specified|available|printed|shown)|unknown|none|n/?a)\b",
    re.IGNORECASE,
)
_URL = re.compile(r"(?:https?://|www\.)[^\s()<>\"“”]+")


@dataclass(slots=True)
class Metadata:
    """The interview block of the draft; ``notes`` say what was guessed and from where."""

    title: str
    interviewee: str
    role: str | None = None
    organisation: str | None = None
    published: str | None = None
    tags: tuple[str, ...] = ()
    headline_quote: str | None = None
    standfirst: str | None = None
    source: str | None = None
    interviewer: str | None = None
    description: str | None = None
    publication: str | None = None
    known_as: str | None = None
    notes: list[str] = field(default_factory=list)
    used_lead: set[int] = field(default_factory=set)


def find_metadata(fields: dict[str, str], layout: Layout, *, name: str = "") -> Metadata:
    """Everything the page says about the interview; ``name`` (the file name) is the last resort title."""
    fields = {key: value for key, value in fields.items() if not _SAYS_ABSENT.match(value.strip())}
    lead = _Lead(list(layout.lead))
    fields = {**fields, **_credits(lead, fields)}
    # Names are read from lines in capitals as the page's own text prints their words: "Ivo", "NASA".
    casing = Casing.of(layout.texts())
    masthead, masthead_name = _masthead(lead, fields, casing)
    box, writer = _author_box(lead)
    title, title_line = _title(fields, lead, masthead)
    lead_texts = [block.text for number, block in enumerate(layout.lead) if number not in box]
    named_in = [casing(text) for text in (title or "", *lead_texts)]  # where a speaker's label is spelled out
    # The first question, where a host introduces the guest ("Prime Minister John Howard, good morning").
    opening = layout.turns[0].question if layout.turns else ""
    billing_texts = [casing(text) for text in (title, title_line, *lead_texts, opening) if text]
    # A label of an office ("PRIME MINISTER:") is no name: the page bills the person who holds it.
    office = _office(layout.interviewee, casing, billing_texts) if len(layout.panel) <= 1 else None
    speaker = None if office else _speaker(layout.interviewee, named_in, casing, introduced=opening)
    if len(layout.panel) > 1:
        # A panel labelled by first names ("Anna:", "Ben:") is named in full where the lead introduces it,
        # each panellist without the title their label gives them ("Prof. Ann Marsh:").
        speaker = joined([_without_title(_speaker(name, named_in, casing)) or name for name in layout.panel])
    first_answer = layout.turns[0].answer[0] if layout.turns and layout.turns[0].answer else ""
    # Whoever wrote the page asked the questions: never the interviewee, unless they answer by name.
    byline, said = _writer(_first(fields, ("author", "by")), (title, *lead_texts), writer, casing)
    bylined = said if said in lead_texts and _byline(casing(said)) else None
    if byline is None:
        # Or the credit on a line of its own under the last answer: "Interview by Jane Roe".
        credit = next((found for text in layout.unused if (found := CLOSING_CREDIT.match(text))), None)
        byline, said = (credit["name"], credit.string) if credit else (None, None)
    person = _interviewee(
        fields,
        (title, title_line),
        (speaker, office),
        (lead_texts, first_answer, billing_texts),
        lead.notes,
        casing,
        writer=byline,
        asker=casing(layout.interviewer) if layout.interviewer else None,
    )
    person = _undescribed(person, [casing(text) for text in layout.texts()], lead.notes)
    if person.name and not person.role and layout.billing and not _names_a_role(layout.billing):
        person = _billed_by_label(person, casing(layout.billing), lead.notes)
    # What a page prints under the interview (a bio, its tags): after the last answer, or run into it.
    ran_in = layout.turns[-1].answer[1:] if layout.turns else ()
    closing = (*layout.unused, *ran_in)
    if person.name is None:
        person = person._replace(name=_named_in_bio(lead_texts, closing, layout, byline, lead.notes))
    if person.name and not person.role:
        person = _described_in_bio(person, [casing(text) for text in (*lead_texts, *closing)], lead.notes)
    interviewee = person.name
    # The order the page's slashed dates put day and month in, where one of them shows it ("25/03/2021").
    order = _slash_order([*fields.values(), *layout.texts(), *layout.unused])
    published = _date_from(fields, lead.notes, order)
    if published is None:
        line = lead.take(lambda text: _dating_part(text) is not None, "date found in the lead: {!r}")
        dating = _dating_part(line) if line else None
        published = (_date_in(dating) or _year_alone(dating)) if dating else None
        undecided = _undecided(dating) if dating else None
        if undecided:
            published = _settled(undecided, order, lead.notes)
        _note_short_year(dating, published, lead.notes)
    if published is None:
        published = _year_under_headline(lead)
    published = _dated_by_title(title, published, lead.notes)
    tags = _field_tags(fields)
    if not tags:
        tags = _tags(_tag_line(lead.take(lambda text: _tag_line(text) is not None) or ""))
    if not tags:
        tag_line = next((text for text in closing if _tag_line(text)), None)
        tags = _tags(_tag_line(tag_line or ""))
        if tag_line:
            where = ", which the last answer runs into: cut it there" if tag_line in ran_in else ""
            lead.notes.append(f"tags read from under the interview: {tag_line!r}{where}")
    answers = " ".join(" ".join(turn.answer) for turn in layout.turns)
    headline_quote = lead.take(
        lambda text: len(text.split()) >= 5 and text.strip('"“”') in answers,
        "headline quote: a line of the lead that the interviewee says in an answer: {!r}",
    )
    # A byline, which may date the page too ("Posted on 3 May 2022 by Jane Roe"), is no standfirst.
    lead.take(lambda text: text == bylined, again=True)
    # A heading that repeats the title, the guest billed after it ("Tides | Ann Marsh (Harbour Master)"),
    # as a transcript kept as Markdown heads itself under the title its header gives, says nothing more.
    repeating = {
        block.text
        for block in lead.blocks
        if block.emphasis == "heading" and _repeats_title(block.text, title)
    }
    standfirst = _first(fields, _STANDFIRST_FIELDS) or lead.take(
        lambda text: is_prose(text) and text not in repeating and not _MID_SENTENCE.match(text),
        "standfirst: the first paragraph before the questions",
    )
    if title is None:
        title = f"Interview with {interviewee}" if interviewee else (name or "An interview")
        lead.notes.append(f"no title found: using {title!r}; write the published one")
    if interviewee is None:
        interviewee = UNKNOWN_INTERVIEWEE
        lead.notes.append("no interviewee name found: write it in interview.interviewee")
    if "interviewer" in fields:
        interviewer = _person(casing(fields["interviewer"])).name
    elif byline and byline != interviewee:
        interviewer = byline
        if said:
            lead.notes.append(f"interviewer {byline!r} read from {'the byline: ' if bylined else ''}{said!r}")
    elif layout.interviewer and is_initials(layout.interviewer):
        interviewer = _speaker(layout.interviewer, named_in, casing)
    elif layout.interviewer and " " not in layout.interviewer and not _names_a_role(layout.interviewer):
        # A host labelled by surname ("GROSS:") who says who they are in the lead ("I'm Terry Gross.").
        spelled = _spelled_out(layout.interviewer, named_in)
        named = bool(spelled) and _is_name(spelled or "") and (spelled or "").split()[0] not in ("The", "THE")
        interviewer = spelled if named else layout.interviewer
    else:
        interviewer = (
            layout.interviewer if layout.interviewer and not _names_a_role(layout.interviewer) else None
        ) or _page_author(fields, interviewee, lead.notes)
    return Metadata(
        title=title,
        interviewee=interviewee,
        role=person.role,
        organisation=person.organisation,
        description=person.description,
        published=published,
        tags=tags,
        headline_quote=headline_quote.strip('"“”') if headline_quote else None,
        standfirst=standfirst,
        source=_source(fields),
        publication=_publication(fields)
        or masthead_name
        or _site_publication(fields, interviewer)
        or _bylined_publication(byline, said),
        interviewer=interviewer,
        known_as=person.known_as,
        notes=lead.notes,
        used_lead=lead.used,
    )


# A line of the lead crediting who talks, as a podcast's notes or a transcript's cover print it ("Host:
# Jane Roe", "Guest: Sam Ito, coordinator of the Fuel Cooperative"), and the header field it stands for.
_CREDIT = re.compile(r"^(?P<key>guest|interviewee|interviewer|host)\s*:\s*(?P<value>\S.*)$", re.IGNORECASE)
_CREDITED = {
    "guest": "guest",
    "interviewee": "interviewee",
    "interviewer": "interviewer",
    "host": "interviewer",
}


def _credits(lead: _Lead, fields: dict[str, str]) -> dict[str, str]:
    """The header fields the page's header leaves out that lines of the lead crediting a person give.

    Those lines are now used. The value must open on a person's name, so a speaker's label before their
    words ("Interviewer: Can you tell me ...?") credits no one.
    """
    credited: dict[str, str] = {}
    for number, block in enumerate(lead.blocks):
        found = _CREDIT.match(block.text)
        key = _CREDITED[found["key"].lower()] if found else ""
        if found and key not in fields and key not in credited and _person(found["value"]).name:
            credited[key] = found["value"]
            lead.used.add(number)
    return credited


@dataclass(slots=True)
class _Lead:
    """The paragraphs before the first question; each is used for one field at most."""

    blocks: list[Block]
    notes: list[str] = field(default_factory=list)
    used: set[int] = field(default_factory=set)

    def take(self, accept: Callable[[str], bool], note: str = "", *, again: bool = False) -> str | None:
        """The first unused paragraph ``accept`` likes, now used; ``note`` says so in the review.

        ``again``: a paragraph another field used may give this one too (a dateline names the writer).
        """
        for number, block in enumerate(self.blocks):
            if (again or number not in self.used) and accept(block.text):
                self.used.add(number)
                if note:
                    self.notes.append(note.format(block.text))
                return block.text
        return None


def _title(fields: dict[str, str], lead: _Lead, start: int) -> tuple[str | None, str | None]:
    """The title, and the title-like first line under the masthead (it often names the interviewee).

    ``start`` is the number of the lead's paragraphs the masthead takes.
    """
    blocks = [
        block for number, block in enumerate(lead.blocks[start : start + 4], start) if number not in lead.used
    ]
    # A forum's trail of links to the post ends on its title, however dated ("… » October 2007 - Radio
    # Bremen Interview"), under the forum's name and menu over it.
    trail = next(
        (
            block.text
            for block in blocks
            if len(_TRAIL_STEP.split(block.text)) > 2 or _angle_trail(block.text, fields)
        ),
        None,
    )
    line = trail or next(
        (
            block.text
            for number, block in enumerate(blocks)
            if _is_title_line(block)
            and not _kicker(blocks[number : number + 2])
            and not _LISTED_NAME.match(block.text)
            and not _RECORD_FIELD.search(block.text)
            and not TAG_LINE.match(block.text)
            and not _ARCHIVE.match(block.text)
        ),
        None,
    )
    title = _first(fields, ("title", "headline", "subject"))
    if title is None and line is not None:
        title = lead.take(
            lambda text: text == line, "title taken from the first line before the questions: {!r}"
        )
    title = title or _first(fields, ("og:title", "html title"))
    title = (title and _angle_trail(title, fields)) or title
    return (_clean_title(_without_site_name(title, fields)) if title else None), line


def _without_site_name(title: str, fields: dict[str, str]) -> str:
    """The title without the site's name a page's metadata ends it on ("Ann Marsh on tides - Harbour News").

    A page's og:title often repeats its HTML title, the site's name and all; its headline on the page has
    none. A dash may part a title's own words ("Interview - Ann Marsh", "… Institute India - Bangalore"):
    only the name the page declares its site's (og:site_name) goes.
    """
    site = fields.get("site name", "")
    if site and title.casefold().endswith(site.casefold()):
        cut = re.sub(r"\s+[|·–—-]\s+$", "", title[: -len(site)])
        if cut != title[: -len(site)] and cut.strip():
            return cut
    return title


# A section's name, set in capitals over the headline: "LOCAL NEWS", "FOOD & DRINK".
_KICKER_WORDS = 3


def _kicker(blocks: Sequence[Block]) -> bool:
    """Whether the first of ``blocks`` names the page's section, in capitals over a headline in mixed case.

    A name in capitals over its role ("ANN MARSH" over "Harbour master, Port Ellen Trust") is no section.
    """
    if len(blocks) < 2:
        return False
    kicker, headline = blocks[0].text, blocks[1].text
    return (
        kicker.isupper()
        and len(kicker.split()) <= _KICKER_WORDS
        and not headline.isupper()
        and _is_title_line(blocks[1])
        and _name_over_role([kicker, headline], Casing({})) is None
    )


# The number of an issue a newsletter's masthead prints: "Issue #42", "Issue 42 | 14 March 2024", "Edition
# No. 7", "Vol. 3, No. 2", "The Harbour Weekly #42"; set apart at the end of its line or before its date,
# as a headline's "issue 42 of the Harbour Act" is not.
_ISSUE = re.compile(
    r"(?:\b(?:issue|edition)\s+(?:#\s*|no\.\s*)?\d+|\bvol(?:\.|ume)\s*\d+|\s#\d+)(?=\s*(?:$|[|·•,–—-]))",
    re.IGNORECASE,
)
# How far into the lead a masthead may reach: the name, the issue, a line for the browser.
_MASTHEAD_LINES = 4


# The name of a site or a paper that collects what it prints: "PM Transcripts", "Harbour News", "Quay Times".
_COLLECTION = re.compile(
    r"^(?:[A-Z][\w'’&.-]*\s+){1,3}(?:Transcripts|News|Times|Magazine|Journal|Gazette|Herald|Digest|Archives?"
    r"|Interviews|Weekly|Daily|Online)$"
)
# A blog's archive of posts names what it lists over them, as a page saved from it keeps: "Category Archives:
# Interviews", "Archive for the ‘Interviews’ Category", "Tag Archives: guitar" (and "Category: Interviews",
# a tag line). The post's headline is under it.
# A headline may open on "Archive:" as its kicker ("Archive: Ann Marsh on forty years at the light"): the
# archive's name says whose archive it is, or is plural.
_ARCHIVE = re.compile(
    r"^(?:(?:category|tag|author|monthly|daily|yearly)\s+archives?(?:\s+for\b|\s*:)|archives?\s+for\b"
    r"|archives\s*:)",
    re.IGNORECASE,
)
# A person's name as a catalogue lists it, surname first ("Howard, John"): an index's entry, no headline.
_LISTED_NAME = re.compile(r"^[A-Z][\w'’-]+,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$")

# A catalogue's record fields, as an archive prints them over the text: a label waiting for its value on
# the next line ("Released by:"), a number filed under one ("Transcript ID: 51234"), or two labels in a line.
_RECORD_FIELD = re.compile(
    r":$|^[\w ]{1,30}:\s*[\w-]*\d[\w-]*$|^[\w ]{1,30}:\s+\S[^:]*\s[A-Z][\w ]{0,30}:(?:\s|$)"
)


def _site_masthead(blocks: Sequence[Block]) -> bool:
    """Whether the page opens on its site's name ("PM Transcripts") over a line that may be the headline.

    A collection's name over another line of the lead is the site's, where a headline over its standfirst
    would be the interview's title; alone before the questions it is the only title the page gives.
    """
    return bool(_COLLECTION.match(blocks[0].text)) and len(blocks) > 1


def _masthead(lead: _Lead, fields: dict[str, str], casing: Casing) -> tuple[int, str | None]:
    """How many of the lead's paragraphs a masthead takes, and the name it gives where it was published.

    A newsletter prints its name and the issue's number over the headline ("The Harbour Weekly" then
    "Issue #42 | 14 March 2024"), and a saved page the site's name that its HTML title ends on ("... -
    Screen Notes"): neither is the interview's title. The name's paragraph is used; the issue's stays for
    the date it may print.
    """
    site = _site_name(fields)
    start, name = 0, None
    for number, block in enumerate(lead.blocks[:_MASTHEAD_LINES]):
        issue = _ISSUE.search(block.text)
        if issue and len(block.text.split()) <= 12:
            # The name before the number ("The Harbour Letter – Issue 42"), or on its own line above it.
            before = block.text[: issue.start()].strip(" |·–—-,:")
            above = number - 1 if number > start and _is_title_line(lead.blocks[number - 1]) else None
            if before:
                name = before
            elif above is not None:
                name = lead.blocks[above].text
                lead.used.add(above)
            start = number + 1
        elif site and block.text.casefold() == site.casefold():
            start, name = number + 1, block.text
            lead.used.add(number)
        elif number == start == 0 and _site_masthead(lead.blocks):
            start, name = 1, block.text
            lead.used.add(number)
            # and the line under it that says what the site holds: "Transcripts from the Prime Ministers …"
            motto = lead.blocks[1].text if len(lead.blocks) > 1 else ""
            if re.search(rf"\b{re.escape(block.text.split()[-1])}\b", motto) and not _is_date_line(motto):
                start = 2
                lead.used.add(1)
    if name:
        lead.notes.append(f"the masthead names the publication: {casing(name)!r}, not the interview's title")
    return start, casing(name) if name else None


def _author_box(lead: _Lead) -> tuple[set[int], str | None]:
    """The paragraphs of an author's box before the questions, now used, and the writer its bio is about.

    A page may print the box above the interview: the bio says who wrote it, so it is no title, no
    standfirst, and the person it opens on ("Jane Roe is a reporter at ...") asked the questions.
    """
    for number, block in enumerate(lead.blocks):
        found = AUTHOR_BOX.match(block.text)
        if found is None:
            continue
        box = {number} if found["bio"] or number + 1 == len(lead.blocks) else {number, number + 1}
        bio = found["bio"] or lead.blocks[max(box)].text
        lead.used |= box
        lead.notes.append(f"the author's box before the questions is left out: {bio!r}")
        subject = _OPENING_SUBJECT.match(bio)
        return box, subject["name"] if subject and _is_name(subject["name"]) else None
    return set(), None


def _site_name(fields: dict[str, str]) -> str | None:
    """The site's name the HTML title ends on after a bar or a dash ("Ann Marsh on tides - Screen Notes").

    A name of a few words only, after a longer headline: in "Interview - Ann Marsh" the end is the person.
    """
    *headline, site = re.split(r"\s+[|·–—-]\s+", fields.get("html title", ""))
    words = len(site.split())
    return site if headline and 1 <= words <= 4 and len(" ".join(headline).split()) > words else None


# A title before a speaker's surname, as briefings and hearings print them ("MS. DIAZ:", "Dr. Chen:").
_TITLE_WORD = rf"(?i:{'|'.join(sorted(HONORIFICS))})\.?\s"
_HONORIFIC = re.compile(rf"^{_TITLE_WORD}\s*(?=\S)")


def _speaker(label: str | None, texts: Sequence[str], casing: Casing, introduced: str = "") -> str | None:
    """A speaker's full name: a label of one word ("DIAZ", "MS. DIAZ", "RD") as the page spells it out.

    Where it does not, a title and surname still stand for the person; one word alone names nobody, but
    in Chinese or Japanese type, which sets no space inside a name: there the host may write the name out
    as they introduce the guest in the first question (``introduced``: "…の吉田豪さんにうかがいます").
    """
    if label is None:
        return None
    if label in CJK_PART_LABELS:  # "答", "嘉宾": a part, no name
        return None
    if cjk_name(label):
        return _cjk_speaker(label, [*texts, introduced])
    surname = _HONORIFIC.sub("", label)
    if " " in surname:
        return label
    return _spelled_out(surname, texts) or (casing(label) if surname != label else None)


# The title honours the one it talks to after their name, as Japanese does ("灯台守・佐々木和子さんに聞く",
# "佐々木和子氏インタビュー"): a name of two to six characters, at the title's start or after a mark that
# parts it from the topic.
_HONOURED_IN_TITLE = re.compile(rf"(?:^|[・、「『（(：:｜|\s])(?P<name>[{HAN}{KATAKANA}]{{2,6}})(?:さん|氏)")


def _cjk_speaker(label: str, texts: Sequence[str]) -> str:
    """A Chinese or Japanese speaker's name: as the title or lead writes it out, else the label itself.

    The label may be a surname ("佐々木") whose full name the page writes before an honorific ("佐々木和子
    さん").
    """
    fuller = re.compile(rf"{re.escape(label)}[{HAN}]{{1,3}}(?=さん|氏|先生|様)")
    return next((found.group() for text in texts if (found := fuller.search(text))), label)


def _honoured_in_title(title: str) -> str | None:
    """The person a Chinese or Japanese title talks to, named before the honorific it gives them."""
    found = _HONOURED_IN_TITLE.search(title)
    return found["name"] if found else None


def _spelled_out(label: str, texts: Sequence[str]) -> str | None:
    """The full name a one-word label stands for: its initials ("RD": "Rosa Diaz"), surname or first name."""
    patterns = []
    if is_initials(label):
        patterns.append(r"\b" + " ".join(rf"{letter}[a-z][\w'’-]*" for letter in label) + r"\b")
    word = re.escape(label)
    # The label as a surname ("Rosa Diaz", "Rosa M. Diaz"), else as a first name ("Ada Lovelace"), else
    # after a title ("Dr Diaz"): "Dr Ada Lovelace" names Ada by her first name, not "Dr Ada".
    surname = rf"(?:[A-Z]\. )?(?i:{word})\b"
    for pattern in (
        *patterns,
        rf"\b(?!{_TITLE_WORD})[A-Z][\w'’-]+ {surname}",
        rf"\b(?i:{word}) (?:[A-Z]\. )?[A-Z][\w'’-]+\b",
        rf"\b[A-Z][\w'’-]+ {surname}",
    ):
        found = next((match.group() for text in texts if (match := re.search(pattern, text))), None)
        if found:
            return found
    return None


def _interviewee(
    fields: dict[str, str],
    titles: tuple[str | None, str | None],
    answering: tuple[str | None, str | None],
    texts: tuple[Sequence[str], str, Sequence[str]],
    notes: list[str],
    casing: Casing,
    *,
    writer: str | None = None,
    asker: str | None = None,
) -> Person:
    """Name, role and organisation: from an interviewee field, a title, the answering speaker, the lead.

    ``answering`` is the answering speaker's name and the office their label names instead of one;
    ``texts`` the lead, the first answer and where the page may bill them (titles, lead, first question).
    The ``writer`` a byline names is never read from a title, a billing or the lead as the interviewee:
    "Jane Roe spent a week with the harbour master" under "By Jane Roe" is about the writer. Nor is the
    ``asker``, the speaker whose label the questions are under: "Interview with Kate Lund, Radio Coast"
    over "KATE LUND:" asking names the host, and the interviewee is left unnamed rather than the host;
    so does "Tom Berg talks to the harbour master" over "Berg:" asking.
    """
    speaker, office = answering
    lead, first_answer, billing_texts = texts

    def other_than_writer(name: str | None) -> bool:
        folded = (name or "").casefold()
        if asker and _labelled(name or "", asker):
            asks = f"{name!r}, whom the page names, asks the questions: not the interviewee"
            if asks not in notes:
                notes.append(asks)
            return False
        return bool(name) and not (writer and folded == writer.casefold())

    def may_be_billed(name: str | None) -> bool:
        # A speaker who answers by a name of their own outranks a billing of someone else; a speaker's
        # label of an office ("PRIME MINISTER:") names nobody.
        return other_than_writer(name) and not (
            speaker and _is_name(speaker) and _other_person(name or "", speaker)
        )

    line = _first(fields, _PERSON_FIELDS)
    person = _person(casing(line)) if line else Person(None)
    if person.name is not None and person.role:
        found = f"role {person.role!r}" + (
            f" and organisation {person.organisation!r}" if person.organisation else ", no organisation,"
        )
        notes.append(f"{found} split from {line!r}: check them")
    # The person each title line names as the one it talks to, if it names one so.
    named_in_titles = [_named_in_title(casing(title_line or "")) for title_line in titles]
    for title_line, named in zip(titles, named_in_titles, strict=True):
        if person.name is None and title_line:
            split = _billing_line(title_line, casing) or _person(casing(title_line), min_words=2)
            if split.name is None:
                split = _billed_after_topic(casing(title_line), named)
            # The speaker who answers outranks a title read apart that does not name them; so does the
            # person a title says it talks to, over its topic: "Talking Timber: An interview with Rob Kane".
            if (
                split.name
                and other_than_writer(split.name)
                and not (speaker and _other_person(split.name, speaker))
                and not (named and _other_person(split.name, named))
            ):
                person = split
                notes.append(f"interviewee, role and organisation split from {title_line!r}: check them")
    for text in (*titles, *lead[:_BILLING_LINES]):
        billed = (
            (_billing_line(text, casing) or _billed(casing(text))) if text and person.name is None else None
        )
        if billed and may_be_billed(billed.name):
            person = billed
            found = f"interviewee {billed.name!r}" + (f" and role {billed.role!r}" if billed.role else "")
            notes.append(f"{found} read from the billing in {text!r}: check them")
    over = _name_over_role(lead[: _BILLING_LINES + 1], casing) if person.name is None else None
    if over and may_be_billed(over.name):
        person = over
        notes.append(
            f"interviewee {over.name!r}, role and organisation read from {over.description!r} under the name"
        )
    billed_in = _billed_in(office, billing_texts) if office and person.name is None else None
    if billed_in:
        person, text = billed_in
        notes.append(
            f"interviewee {person.name!r} and role {person.role!r} read from {text!r}, which bills them in"
            f" the office the answering speaker's label {office!r} names: check them"
        )
    if person.name is None and speaker:
        person = Person(speaker)
        notes.append(f"interviewee {person.name!r} is the speaker who answers")
    sender = _signing_sender(fields)
    if person.name is None and sender:
        person = Person(sender)
        notes.append(f"interviewee {sender!r} sent the email that carries the answers, and signed it")
    # The lead's first paragraphs, past the header's lines (a byline, a dateline) stacked under the title.
    opening = [text for text in lead if not (_is_date_line(text) or _byline(text))][:3]
    spoken_to = next(
        (spoke for text in opening if text not in titles and (spoke := _named_in_lead(casing(text)))), None
    )
    apart = {named for named in named_in_titles if named and _named_apart(named, spoken_to, opening, titles)}
    for named in named_in_titles:
        if person.name is None and named in apart:
            said = f"{named!r}, which the title names, is not whom the lead says it spoke to, {spoken_to!r}"
            if said not in notes:
                notes.append(said)
        elif person.name is None and other_than_writer(named):
            person = Person(named)
            notes.append(f"interviewee {person.name!r} read from the title")
    titled = " ".join(casing(title_line) for title_line in titles if title_line)
    for text in opening:
        # The title line itself opening on a name ("Ann Marsh has a plan") is a headline, not a lead.
        # A lead opening on the person the title names ("Christa Faust, author of …, talked to Donna Chavez
        # at Publishers Weekly") names them, whoever they spoke to.
        named = (_subject_named_in(casing(text), titled) if text not in titles else None) or _named_in_lead(
            casing(text)
        )
        if person.name is None and other_than_writer(named) and named not in apart:
            person = Person(named)
            notes.append(f"interviewee {person.name!r} read from the lead: {text!r}")
    introduced = _SELF_INTRODUCTION.match(first_answer)
    if person.name is None and introduced and _is_name(introduced["name"]):
        person = Person(introduced["name"])
        notes.append(f"interviewee {person.name!r} introduces themselves in the first answer")
    elif person.name and introduced and _fuller_name(person.name, introduced["name"]):
        # Members ask after the full name the guest gives ("Hi, I'm Ada Brandt"), where the page names them
        # by a handle or a first name only; a handle that is no part of it is kept as what they go by.
        handle = None if person.name in introduced["name"].split() else person.name
        notes.append(
            f"interviewee {introduced['name']!r} introduces themselves so in the first answer, where the page"
            f" names them {person.name!r}: check it"
        )
        person = person._replace(name=introduced["name"], known_as=handle)
    standfirst = next((casing(text) for text in lead if is_prose(text) and text not in titles), None)
    subject = _standfirst_subject(standfirst) if person.name is None and standfirst else None
    if other_than_writer(subject) and not (speaker and _other_person(subject or "", speaker)):
        person = Person(subject)
        notes.append(f"interviewee {person.name!r} is the person the standfirst opens on: {standfirst!r}")
    role_billed = _role_billed(person.name, billing_texts) if person.name and not person.role else None
    if role_billed:
        billed, text = role_billed
        person = person._replace(role=billed.role, organisation=person.organisation or billed.organisation)
        notes.append(f"role {person.role!r} read from the billing of {billed.name!r} in {text!r}: check it")
    if office and person.name is None:
        notes.append(
            f"the answering speaker's label {office!r} names an office, not a person, and the page bills no"
            " one in it: the interviewee is left unnamed"
        )
    return person._replace(
        name=_without_title(person.name),
        role=_first(fields, ("role", "position")) or person.role or office,
        organisation=_first(fields, ("organisation", "organization", "company")) or person.organisation,
    )


def _fuller_name(name: str, introduced: str) -> bool:
    """Whether the answering guest's own ``introduced`` name is a full one where ``name`` is one word."""
    return " " not in name and len(introduced.split()) >= 2 and _is_name(introduced)


# Where a name stands for the body someone works for: "Kevin Robinson, CEO at Got Da Juice".
_AT_BODY = r"(?:at|of|from|for|behind)"


def _named_apart(
    named: str, spoken_to: str | None, lead: Sequence[str], titles: tuple[str | None, str | None]
) -> bool:
    """Whether the lead says it spoke to someone else than the title's name, and names that as no one.

    "Interview: Gorgas Tracker" (a device) or "… - Got Da Juice" (a company) over "We
    spoke to Kevin Robinson, CEO at Got Da Juice, about …". The lead, which says whom, names them.
    """
    if not spoken_to or not _other_person(named, spoken_to):
        return False
    text = " ".join(part for part in lead if part not in titles)
    # Billed by what they are to someone the lead does not name ("Tom Berg, her biographer"), or one of
    # those it spoke to ("…, and then to the keeper herself"): the title's person stands.
    after = re.search(rf"\b{re.escape(spoken_to)}\b(?P<rest>[^.!?]*)", text)
    if after and _SPOKE_TO_OTHERS.search(after["rest"]):
        return False
    mentions = [found.start() for found in re.finditer(rf"\b{re.escape(named)}\b", text)]
    return all(re.search(rf"\b{_AT_BODY}\s+(?:the\s+)?$", text[:start]) for start in mentions)


_SPOKE_TO_OTHERS = re.compile(
    r"^,\s+(?:her|his|their)\b|\b(?:and|as well as)\s+(?:(?:then|later|also)\s+)?(?:to|with)\b"
)


def _billed_by_label(person: Person, billing: str, notes: list[str]) -> Person:
    """The role (and organisation, "… of Port Ellen") the answering speaker's label bills them in once.

    "Ann Marsh, Harbour Master:" then "Marsh:" gives "Harbour Master". The role must name one, as
    "(Harbour master, Port of Leith)" does and an aside in brackets ("(Laughing)") does not.
    """
    role, organisation = _role_and_organisation(billing)
    if not role or not _ROLE_WORDS.search(billing):
        return person
    notes.append(
        f"role {role!r}"
        + (f" and organisation {organisation!r}" if organisation else "")
        + f" read from the answering speaker's billing {billing!r}: check them"
    )
    return person._replace(role=role, organisation=person.organisation or organisation)


def _undescribed(person: Person, texts: Sequence[str], notes: list[str]) -> Person:
    """The person without the word that says what they do before their name: "Chef Amara Diallo".

    A word the page also writes in small letters, as a common noun ("a chef answers"), is no name, where
    the page prints the rest of the name without it ("Amara Diallo of Teranga"); it is then the role.
    """
    words = person.name.split() if person.name else []
    rest = " ".join(words[1:])
    if len(words) < 3 or not _is_name(rest) or _HONORIFIC.match(person.name or ""):
        return person
    common = re.compile(rf"\b{re.escape(words[0].lower())}\b")
    alone = re.compile(rf"(?<!{re.escape(words[0])} ){re.escape(rest)}\b")
    if not any(common.search(text) for text in texts) or not any(alone.search(text) for text in texts):
        return person
    notes.append(f"{words[0]!r} before {rest!r} says what they do, as the page writes it in small letters")
    return person._replace(name=rest, role=person.role or words[0])


# A bio's sentence saying what the person is and where: "Kwame Mensah is the chief engineer of the Tidewater
# Flood Authority", "Felix Okoye is a furniture maker and the co-founder of Okoye & Daughters".
_BIO_ROLE = r"is (?:(?:the|an?) [^,.;:]{1,40}? and )?(?:the|an?) (?P<role>[^,.;:]{1,40}?)"
_BIO_ORGANISATION = (
    r"(?P<organisation>[A-Z0-9][\w&'’.-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z0-9][\w&'’-]*)*)"
)


_AUTHOR_OF = re.compile(r"(?P<role>(?:[\w'’-]+ ){0,2}?(?:co-)?author) of ")


def _described_in_bio(person: Person, texts: Sequence[str], notes: list[str]) -> Person:
    """The role and organisation a bio gives the interviewee: "Ann Marsh is the director of the Port Trust".

    Or "Ann Marsh, director of the Port Trust, says …", or "Ann Marsh is an engineer for Acme". Before the
    questions or after the answers, a page says in a sentence what its interviewee does; only a sentence
    about the interviewee counts, by name or surname, so an author's bio ("Jane Roe is a staff writer at
    the Gazette") gives nothing, and the role must name one.
    """
    name = person.name or ""
    subject = "|".join(re.escape(part) for part in dict.fromkeys((name, name.split()[-1])))
    bio = re.compile(rf"(?:^|[.!?]\s+)(?:{subject}) {_BIO_ROLE} (?:of|at|for) (?:the )?{_BIO_ORGANISATION}")
    # Or what they are set apart by commas after the name: "Ann Marsh, associate professor of marine
    # science at North Coast University, has spent …".
    apart = re.compile(
        rf"(?:^|[.!?]\s+)(?:{subject}), (?:(?:the|an?) )?(?P<role>(?:(?! and )[^,.;:]){{1,60}}?) "
        rf"(?:of|at|for) (?:the )?{_BIO_ORGANISATION},"
    )
    # Or the lead's writer says whom they spoke with, and what they are, at the sentence's end: "I spoke
    # with Ann Marsh, director of the Port Trust."
    spoken = re.compile(
        rf"\b(?:spoke|talked|chatted) (?:to|with) (?:{subject}), (?:(?:the|an?) )?"
        rf"(?P<role>(?:(?! and )[^,.;:]){{1,60}}?) (?:of|at|for) (?:the )?{_BIO_ORGANISATION}[,.]"
    )
    for text in texts:
        found = bio.search(text) or apart.search(text) or spoken.search(text)
        # An author's bio names their book after "of", never a body they work for: "Ann Marsh is the
        # author of the new book Tides of Skarv" bills her as its author.
        authored = _AUTHOR_OF.match(f"{found['role']} of ") if found else None
        if authored:
            notes.append(f"role {authored['role']!r} read from a sentence about {name}: {text!r}: check it")
            return person._replace(role=authored["role"])
        if found and _ROLE_WORDS.search(found["role"]):
            # The organisation ends with its sentence: "… an engineer for SpaceX. Born in Georgia, she …".
            organisation = re.split(r"(?<=\w{3})\.\s", found["organisation"], maxsplit=1)[0]
            notes.append(
                f"role {found['role']!r} and organisation {organisation!r} read from a sentence"
                f" about {name}: {text!r}: check them"
            )
            return person._replace(role=found["role"], organisation=person.organisation or organisation)
    return person


# The page's own staff, whom a bio under the interview credits with writing it: "Tom Reyes is the features
# editor of the Harlan Herald" is the interviewer's bio.
_PRESS_WORDS = re.compile(
    r"\b(?:editor|writer|reporter|journalist|correspondent|columnist|photographer|contributor|freelance"
    r"|blogger|podcaster|host)",
    re.IGNORECASE,
)


def _named_in_bio(
    lead: Sequence[str], closing: Sequence[str], layout: Layout, writer: str | None, notes: list[str]
) -> str | None:
    """The person a bio names, where nothing else names the interviewee: "About Osman Quaye: he ...".

    Before the questions, a paragraph "About" someone; under the answers, that or a bio of its own that
    says what they are now ("Marit Solberg is the chief officer of ..."), about someone no question or
    answer names. Neither is the writer's bio nor speaks as "I" or "we", at a sentence's start too.
    """
    said = " ".join(text for turn in layout.turns for text in (turn.question, *turn.answer))
    page = " ".join([*lead, *closing, said])
    for where, texts in (("before the questions", lead), ("under the interview", closing[:2])):
        for text in texts:
            about = ABOUT_PERSON.match(text)
            bio = about or (STANDING_BIO.match(text) if where != "before the questions" else None)
            if bio is None or not _is_name(bio["name"]) or bio["name"] in said:
                continue
            # A word of it the page writes in small letters too is a thing's name: "About Harbour Tools:
            # they lend ..." over "How many tools do you lend?".
            if any(re.search(rf"\b{re.escape(word.lower())}\b", page) for word in bio["name"].split()):
                continue
            sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
            if (about and not PERSONAL_PRONOUN.search(about["bio"])) or _PRESS_WORDS.search(sentence):
                continue
            if SPEAKS_FOR_ONESELF.search(text) or (writer and bio["name"] == writer):
                continue
            notes.append(f"interviewee {bio['name']!r} read from a bio {where}: {text!r}")
            return str(bio["name"])
    return None


def _signing_sender(fields: dict[str, str]) -> str | None:
    """The sender of an emailed interview who signs it: the answers are their letter.

    The questions came in the other's letter, quoted or not; whoever signs the one the answers are in,
    "Best wishes, Nadia" under "From: Nadia Petrova <...>", wrote them. A letter signed by someone else
    (an editor forwarding the answers) names no one so.
    """
    sender = re.sub(r"\s*<[^>]*>|[\"']", "", fields.get("from", "")).strip()
    signed = fields.get("signed", "").casefold()
    if not signed or not _is_name(sender) or len(sender.split()) < 2:
        return None
    return sender if signed in (sender.casefold(), sender.split()[0].casefold()) else None


def _without_title(name: str | None) -> str | None:
    """The person's name without the title before it: "Priya Nair" for "Dr Priya Nair".

    So whichever way the page prints it (a title, "Dr Nair:", "NAIR:"), the draft names her alike, and no
    title's word ("Prof", "Ms") stands in the names a question picks this interview by. A title and a
    surname alone ("Mr. Smith") still stand for the person.
    """
    bare = _HONORIFIC.sub("", name) if name else None
    return bare if bare and " " in bare else name


def _names_a_role(label: str) -> bool:
    """Whether a speaker's label names only a role ("Chair", "The Convener"), as "Editor Ed" does not.

    A label that says whose question it is ("Community Question", "Reader question") names no one either.
    """
    if re.fullmatch(r"(?:[\w'’-]+ ){0,2}questions?", label.strip(), re.IGNORECASE):
        return True
    return all(word.lower() in ASKING_ROLES or _ROLE_WORDS.fullmatch(word) for word in label.split())


def _office(label: str | None, casing: Casing, texts: Sequence[str]) -> str | None:
    """The office a speaker's label names instead of a name ("PRIME MINISTER", "SENATOR"): "Prime Minister".

    A title ends on its role noun, as English puts the head of a phrase last ("Editor Ed" ends on a name);
    or the page prints the label as a title before someone's name ("Harbour Master Ann Marsh").
    """
    office = re.sub(r"^(?i:the)\s+", "", casing(label)) if label else ""
    words = office.split()
    if words and (_ROLE_WORDS.fullmatch(words[-1]) or _billed_in(office, texts)):
        return office
    return None


def _billed_in(office: str, texts: Sequence[str]) -> tuple[Person, str] | None:
    """The person the page bills in the office a speaker's label names, and the text that bills them.

    "MINISTER:" answers for "the Minister for Ports, Ann Marsh MP" or "Prime Minister John Howard, good
    morning"; the title is read from the page, so an office no list foresees ("HARBOUR MASTER:" for
    "Harbour Master Ann Marsh") is found too, where the name follows it directly: after a comma or a
    qualifier ("Kari Moe, Harbour Master", "Ann Okafor for the Town History Project") the label is the
    name. The label vouches for the billing, so a sentence may give it.
    """
    words = r"\s+".join(re.escape(word) for word in office.split())
    in_office = re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)
    titles = re.compile(rf"(?<![\w'’-])(?P<title>(?i:{words}))\s+{_BILLED_NAME}")
    for text in texts:
        for billed in itertools.chain(_billings(text), _titled(titles, text)):
            if billed.role and in_office.search(billed.role):
                return billed, text
    return None


def _role_billed(name: str, texts: Sequence[str]) -> tuple[Person, str] | None:
    """A billing of the person by surname, where the page gives their role nowhere else, and its text.

    "Minister for Health and Sport, Greg Hunt, who is with me now." names the role of "GREG HUNT:".
    """
    surname = name.split()[-1].casefold()
    for text in texts:
        for billed in _billings(text):
            if billed.role and (billed.name or "").split()[-1].casefold() == surname:
                return billed, text
    return None


# A parliamentary billing names the member, in capitals too: "THE HON ANN MARSH MP", "Senator the Hon. Ann
# Marsh", "Hon. Ann Marsh, Minister for Ports", or "Ann Marsh MLA" on a line of its own. The words before
# it, after a transcript's "of the", give the office it bills them in ("TRANSCRIPT OF THE MINISTER FOR
# PORTS THE HON ANN MARSH MP"), where they name one. A sentence ("Senator Ann Marsh said ...") bills no one.
_POSTNOMINAL = r"(?i:MP|MLA|MLC|MHA|MHR|MSP|MEP|QC|KC|SC|PhD)"
_BILLING = re.compile(
    r"(?:\b(?i:senator(?:\s+the\s+hon(?:ourable)?\.?)?|(?:the\s+)?hon(?:ourable)?\.?)\s+"
    r"|^(?=[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2} " + _POSTNOMINAL + r"\b))"
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’.-]*){1,3}?)"
    rf"(?=\s+{_POSTNOMINAL}\b|\s*(?:[,;:|–—]|\s-\s|$))"
)
_BILLED_AS = re.compile(r"^(?i:(?:transcript|interview|remarks)(?:\s+(?:of|with|by))?\s+)?(?i:the\s+)?")
# Or a title before the name, anywhere in a line: "Minister for Ports Ann Marsh MP", "Senator for Tasmania
# Jane Doe", "CEO of Acme Corp John Smith", "the Minister for Ports, the Hon Ann Marsh". The title is a role
# noun after up to three words that qualify it ("Federal Health Minister") and before what it is for or of;
# the name is the two capitalised words (an initial between) that close the phrase, before post-nominals,
# punctuation or the sentence going on in small letters ("Prime Minister John Howard joins us").
_QUALIFIED = (
    r"(?:\s+(?:for|of|at)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:and|of|the|&)\s+)*[A-Z][\w'’&.-]*)*?)?"
)
# The name a title bills, and the post-nominals after it.
_BILLED_NAME = (
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]*[a-z][\w'’-]*)"
    rf"(?:,?\s+{_POSTNOMINAL}\b\.?)*(?=['’]s\b|\s*(?:[,;:.!?()|–—]|\s-\s|$)|\s+[a-z])"
)
_TITLED = re.compile(
    rf"(?<![\w'’-])(?P<title>(?:(?!The\b)[A-Z][\w'’-]*\s+){{0,3}}(?=[A-Z])(?i:{_ROLE_NOUNS}){_QUALIFIED})"
    rf"(?:\s*,\s*|\s+)(?:(?i:the\s+)?(?i:hon(?:ourable)?)\.?\s+)?{_BILLED_NAME}"
)


# How far into the lead a billing may stand: under the title, a kicker or a dateline.
_BILLING_LINES = 4
# A billing on a line of its own: the name, then the role after a comma, as a magazine heads its Q&A
# ("REBECCA BIRON, New Dean of the College", "Dr Mei Lin, principal investigator at the Coastal Ecology
# Lab"). A name set in capitals is set apart as one, whatever the role says; in mixed case ("Paris,
# Texas") the role must name one.
_NAME_THEN_ROLE = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}),\s+(?P<role>[A-Za-z][^.!?:]{1,80})$"
)

# A body named as bodies are, "Port of Skarv", "University of Leeds": after a name and a comma it bills
# where the person works, no role, where a place after one ("Los Angeles, California") bills no one.
_BODY = re.compile(r"(?:The )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")


def _billing_line(text: str, casing: Casing) -> Person | None:
    """The person and role a line of the form "NAME, Role" bills, the name as the page prints it."""
    found = _NAME_THEN_ROLE.match(text.strip())
    if found is None or not _is_name(casing(found["name"])):
        return None
    name, role = casing(found["name"]), casing(found["role"])
    if found["name"].isupper() or _ROLE_WORDS.search(found["role"]):
        return Person(name, *_role_and_organisation(role), role)
    return Person(name, None, role, role) if _BODY.fullmatch(role) else None


def _name_over_role(lines: Sequence[str], casing: Casing) -> Person | None:
    """A name on a line of its own over the role on the next, as magazines head a Q&A.

    "ANN MARSH" over "Harbour master, Port Ellen Trust"; the role must name one, and be no sentence. In
    mixed case it must name where too ("Ann Marsh" over "Harbour master, Port Ellen"), and be a role, not
    a thing of one: a headline ("Sea Change" over "Director's cut, Harbour Films") bills no one.
    """
    for name_line, role_line in itertools.pairwise(lines):
        name = casing(name_line)
        role, organisation = _role_and_organisation(role_line)
        placed = organisation is not None and role is not None and not re.search(r"['’]s\b", role)
        if (
            (name_line.isupper() or placed)
            and len(name.split()) >= 2
            and _is_name(name)
            and _ROLE_WORDS.search(role_line)
            and not re.search(r"[.!?]$|:", role_line)
            and len(role_line.split()) <= 12
        ):
            return Person(name, *_role_and_organisation(casing(role_line)), casing(role_line))
    return None


def _billed(text: str) -> Person | None:
    """The person a line bills, and the office it bills them in where it says; a sentence bills no one."""
    return None if re.search(r"[.!?]$", text) else next(_billings(text), None)


def _billings(text: str) -> Iterator[Person]:
    """Each person ``text`` bills: a parliamentary billing first, then names after a title."""
    found = _BILLING.search(text)
    if found and _is_name(found["name"]):
        yield _member(text, found)
    yield from _titled(_TITLED, text)


def _titled(titles: re.Pattern[str], text: str) -> Iterator[Person]:
    """The names ``titles`` finds after a title in ``text``, with the title as their role."""
    for found in titles.finditer(text):
        if _is_name(found["name"]):
            yield Person(found["name"], *_role_and_organisation(found["title"]))


def _member(text: str, found: re.Match[str]) -> Person:
    """The member a parliamentary billing names, and the office before or after it where the page says."""
    office = _BILLED_AS.sub("", text[: found.start()]).strip(" ,;:–—-")
    office = office.removesuffix(found["name"]).strip()  # "Prime Minister Anthony Albanese The Hon ..."
    if _ROLE_WORDS.search(office) and len(office.split()) <= 8:
        return Person(found["name"], office)
    # Or after it, set apart or after the post-nominals: "The Hon Ann Marsh MP – Minister for Ports,
    # Tasmanian Government", "The Hon. Greg Hunt MP Minister for Health".
    after = re.match(
        rf"(?:(?:\s+{_POSTNOMINAL}\b)*\s*(?:[,;:|–—]|\s-)|(?:\s+{_POSTNOMINAL}\b)+)\s*(?P<rest>.+)$",
        text[found.end() :],
    )
    if after and _ROLE_WORDS.search(after["rest"]):
        return Person(found["name"], *_role_and_organisation(after["rest"]))
    return Person(found["name"])


def _labelled(name: str, label: str) -> bool:
    """Whether a speaker's label stands for this name: in full, or by one of its words alone.

    Transcripts label a speaker the page names in full by surname or first name: "BERG:" or "Tom:" for
    Tom Berg.
    """
    words = [word.casefold() for word in name.split()]
    folded = label.casefold()
    return folded == name.casefold() or (" " not in folded and folded in (words[:1] + words[-1:]))


def _other_person(name: str, speaker: str) -> bool:
    """Whether a name read from a title shares no word with the answering speaker's label."""
    return not {word.casefold() for word in re.findall(r"\w+", name)} & {
        word.casefold() for word in re.findall(r"\w+", speaker)
    }


# A month before a day's number ("Interview with Andrew Glass February 14, …", as an oral history's first
# line dates it) is no word of the name before it.
_NAME_WORDS = rf"[A-Z][a-z][\w'’.-]*(?: (?!(?:{MONTH_NAMES})\.? \d)[A-Z][\w'’.-]+){{1,3}}"
# What a title may say of the person before their name: "Ten questions for urban farmer Dana Cole"; the
# name after "by" ("Interview by Jane Roe") is the writer's.
_DESCRIBED = r"(?:(?!by )[a-z][\w'’-]* ){0,4}"
# What a page calls the talk it prints: "Interview with …", "A conversation with …", "Q&A with …",
# "Transcript: …".
CONVERSATION = r"(?:interview|conversation|Q&A|talk|transcript)"
# "Interview with" as a title in another language puts it: "Entretien avec", "Rencontre avec", "Interview
# mit", "Gespräch mit", "Entrevista con", "Intervista a", "Interview d'…".
CONVERSATION_WITH = (
    rf"(?:(?:{CONVERSATION}\s+with|(?:entretien|rencontre|conversation|interview)\s+avec|(?:interview|gespräch)\s+mit"
    r"|(?:entrevista|intervista)\s+(?:con|com|a)|(?:interview|entretien)\s+de)\s+|(?:interview|entretien)\s+d['’])"
)
# How titles name the person interviewed: "Interview with Ann Marsh", "Q&A: Ann Marsh", "Ann Marsh on the
# harbour", "Ann Marsh talks ships". A title before the name is none of it, its full stop no end of it
# ("Interview with Dr. Ann Marsh").
_NAMING_TITLES = (
    # A festival's or a series' billing names the guest first and the host after: "Hilda Brand in
    # conversation with Tom Berg".
    re.compile(rf"^(?P<name>{_NAME_WORDS}),? (?i:in (?:conversation|dialogue) with) (?P<host>{_NAME_WORDS})"),
    # A stage name may hold a "!" or a "." inside a word ("P!nk"), and an initial its full stop ("J.K.").
    re.compile(
        rf"\b(?i:{CONVERSATION_WITH})(?:{_TITLE_WORD}\s*)?"
        r"(?P<name>(?:[^,:;.!?()|]|[!.](?=\w)|(?<=\b[A-Z])\.)+)"
    ),
    # "Beekeeping FAQ with Lee Chen", "Five minutes with Nadia Haddad, bakery owner"
    re.compile(rf"\b(?i:with)\s+{_DESCRIBED}(?P<name>{_NAME_WORDS})(?:,[^,]*)?$"),
    re.compile(
        rf"^(?:Q ?& ?A|AMA|Ask me anything|Interview|In conversation|Meet|\w+ questions for)\s*[:–—-]?\s*"
        rf"{_DESCRIBED}(?P<name>{_NAME_WORDS})(?:,[^,]*)?$"
    ),
    # The person talked to, not the one talking: "Lena Park talks to Ann Marsh".
    re.compile(rf"\b(?i:talks|talked|speaks|spoke|chats|chatted)\s+(?i:to|with)\s+(?P<name>{_NAME_WORDS})"),
    re.compile(rf"(?P<name>{_NAME_WORDS}) (?i:on|talks|speaks|discusses|explains|reflects|answers)\b"),
    # A topic, then the person after a colon or a dash: "A life in clocks: Tomas Heller", "Meet the
    # maker: Priya Nair of Loom & Thread".
    re.compile(rf"^[^:–—]*[a-z][^:–—]*(?::|\s[–—-])\s+(?P<name>{_NAME_WORDS})(?:(?:,| of| at) [^:–—]+)?$"),
)


# What opens a title that goes on to name the person: "Interview with Ann Marsh, ...", "INTERVIEW: ANN MARSH".
_CONVERSATION_OPENING = re.compile(
    rf"^(?:(?:an?\s+)?{CONVERSATION_WITH}|(?:{CONVERSATION}|In conversation|Meet)\s*[:–—|-]\s*)",
    re.IGNORECASE,
)


# A lead names the person it introduces: "Oral history: a conversation with Walter Briggs, retired miner.",
# "Lena Park spoke to Aiko Sato, the botanist who ...".
# Or names them after what they are, set off by commas: "We spoke to the creator and editor of Slashdot,
# Rob Malda, about ...".
_NAMING_LEAD = re.compile(
    rf"\b(?:(?i:{CONVERSATION})\s+with|(?:spoke|speaks|talked|talks|chatted)\s+(?:to|with)|sat down with"
    rf"|caught up with|interviewed|met)\s+(?:(?:the|a|an|our)\s+[a-z][^,.;:!?]{{0,60}},\s+(?=[^,]+,))?"
    rf"(?P<name>{_NAME_WORDS})\b"
)
# A byline names the writer, who asked the questions: "By Lena Park, 14 March 2022", "Posted by Ann Marsh",
# "Interview by Lena Park", "Interview and photos by Lena Park", "Posted on 3 May 2022 by Lena Park". Its
# name ends before a full stop that ends the sentence ("Interview by Lena Park. Published 5 May 2024."),
# as an initial's does not ("By Lena J. Park"). "Published by" names a publisher, unless when comes
# between ("Published 3 May 2022 by Lena Park", "Posted 3 days ago by Lena Park").
_BYLINE = re.compile(
    r"^(?:(?:Posted|Written|Words|Text|Story|Reporting|Interview|Interviewed|Questions)"
    r"(?:\s+(?:and|&)\s+[a-z]+)?(?:\s+(?:on\s+)?[^.!?|·]{4,40}?)?\s+"
    r"|Published\s+(?:on\s+)?[^.!?|·]{4,40}?\s+)?"
    r"(?i:by)\s+(?P<name>[A-Z][a-z][\w'’-]*(?: (?:[A-Z]\.|[A-Z][\w'’-]+)){1,3})\b"
)


# Or the first answer does, where the first question is "Who are you, and what do you do?": "I'm Ada
# Lovelace, and I build engines."
_INTRODUCING = r"^(?:Hi|Hello)?[,!. ]*(?:I'm|I’m|I am|My name is) "
_SELF_INTRODUCTION = re.compile(rf"{_INTRODUCING}(?P<name>{_NAME_WORDS})\b")


def _named_in_lead(text: str) -> str | None:
    """The person a lead introduces; a heading of the lead may open as titles do ("Interview with Alex")."""
    named = _named_in_title(text) if _CONVERSATION_OPENING.match(text) else None
    found = _NAMING_LEAD.search(text)
    if named or not found or not _is_name(found["name"]):
        return named
    # A panel the lead lists: "We spoke to Ann Marsh, Tom Berg and Ida Voss, about …".
    listed = _LISTED_NAMES.match(text, found.end())
    others = [name for name in re.split(r",\s+|,?\s+and\s+", listed["others"]) if name] if listed else []
    if others and all(_is_name(other) for other in others):
        return joined([found["name"], *others])
    return found["name"]


# The names after the first a lead lists, up to the punctuation or the word after the last.
_LISTED_NAMES = re.compile(
    rf"(?P<others>(?:,\s+{_NAME_WORDS})*,?\s+and\s+{_NAME_WORDS})(?=[,.;:]|\s+(?:about|of|from|at|on|to|in)\b)"
)


# A lead opening on its subject: "Nolan Schroeder is a city administrator ...", "Priya Nair runs ...",
# "Christa Faust, author of Hoodtown, talked to ...".
_OPENING_SUBJECT = re.compile(
    rf"^(?P<name>{_NAME_WORDS})(?:,\s+[^,.]{{1,80}},|,)? (?:is|was|has|had|[a-z]+(?:s|ed))\b"
)


# What a name may stand before that makes it no person's: a publication, a show or a body ("Rolling Stone
# magazine", "the Harbour Voices podcast", "Skarv Sailing Club").
_NAMED_THINGS = (
    "magazine|newspaper|paper|journal|website|site|blog|newsletter|podcast|radio|station|channel|network"
    "|show|programme|program|series|festival|band|company|foundation|institute|university|college|school"
    "|museum|gallery|council|committee|team|club|agency|studio|label|app|platform|album|book|film"
)


# The person a standfirst opens on, after what they are to the writer and before what they did: "Ahmed
# Saleh took over as harbour master", "My grandmother, Ines Carvalho, ran the shop", "Our archivist Niamh
# Byrne answered", "Marco Bellini, 58, has run the bakery", or after when: "For thirty years Callum Reid
# has skippered", "Since 1994, Omar Reyes has fixed". A possessive ("Ann Marsh's shop") is a thing, and so
# is a name before what it names ("Rolling Stone magazine is 40 years old", "Harbour Voices podcast").
_STANDFIRST_SUBJECT = re.compile(
    rf"^(?:(?:My|Our|Their|His|Her|The)\s+(?:[a-z][\w'’-]*\s+){{0,3}}?[a-z][\w'’-]*,?\s+"
    rf"|(?:For|Since|After|Over|At|In)\s+(?:[a-z\d][\w'’-]*\s+){{0,3}}[a-z\d][\w'’-]*,?\s+)?"
    rf"(?P<name>{_NAME_WORDS})(?<!['’]s)(?:,\s+[^,.]{{1,40}},|,)?\s+(?!(?:and|or|{_NAMED_THINGS})\b)[a-z]"
)


def _standfirst_subject(text: str) -> str | None:
    """The person the first paragraph before the questions opens on: whom a standfirst introduces.

    A standfirst says who answers before the questions begin, whatever the title says; so where nothing
    else names the interviewee, the person its first sentence is about does.
    """
    found = _STANDFIRST_SUBJECT.match(text)
    return found["name"] if found and _is_name(found["name"]) else None


def _subject_named_in(text: str, title: str) -> str | None:
    """The person a lead opens on where the title names them too: the title's person, not a passer-by."""
    found = _OPENING_SUBJECT.match(text)
    return found["name"] if found and _is_name(found["name"]) and found["name"] in title else None


def _byline(text: str) -> str | None:
    """The writer a byline names, maybe among a dateline's parts ("12 May 2024 · Words by Jane Roe").

    Or a magazine's credits: "Words: Jane Roe", "Interview: Jane Roe / Photography: Ian Moss"; alone, as
    a title prints it, "Interview: Ann Marsh" names the person interviewed. Or the credit a page in
    another language gives under its title as under its last answer ("Propos recueillis par Jane Roe").
    They are the interviewer.
    """
    parts = _meta_parts(text)
    found = (
        _BYLINE.match(part) or CLOSING_CREDIT.match(part) or _credit(part, len(parts) > 1) for part in parts
    )
    return next((match["name"] for match in found if match and _is_name(match["name"])), None)


# A magazine's credit of the words, as against the pictures: "Words: Jane Roe", "Interview: Jane Roe".
_WORDS_CREDIT = re.compile(r"^(?P<label>words|text|story|questions|interviews?)\s*:\s*(?P<name>[^:]+)$", re.I)


def _credit(part: str, among_credits: bool) -> re.Match[str] | None:
    """The credit of the words in ``part``; "Interview:" credits the writer only among other credits."""
    found = _WORDS_CREDIT.match(part)
    return found if found and (among_credits or not found["label"].lower().startswith("interview")) else None


def _meta_parts(text: str) -> list[str]:
    """The parts of a line of facts about the page set apart by bars, dots or slashes: "Published · By"."""
    return re.split(r"\s+[|·•/]\s+", text)


def _writer(
    author: str | None, texts: Sequence[str | None], boxed: str | None, casing: Casing
) -> tuple[str | None, str | None]:
    """Who wrote the page, and the text of the title or the lead that says so.

    In turn: an author field, a byline of the lead, an author's box (``boxed``), then a title or a lead
    saying who talked to the guest. ``texts`` are the title and the lead.
    """
    if author:
        return _person(casing(author)).name, None
    bylines = ((name, text) for text in texts[1:] if text and (name := _byline(casing(text))))
    hosts = ((name, text) for text in texts if text and (name := _host(casing(text))))
    return next(bylines, None) or ((boxed, None) if boxed else next(hosts, (None, None)))


# The writer a title or a lead says talked to the guest by name: "Lena Park talks to Ann Marsh", "Lena Park
# spoke to the harbour master Ann Marsh", "Lena Park sat down with ..."; not to a paper ("the Gazette").
_TALKING_TO = re.compile(
    rf"^(?P<host>{_NAME_WORDS}) (?:(?:talks|talked|speaks|spoke|chats|chatted) (?:to|with)|sat down with"
    rf"|caught up with|interviewed|interviews) {_DESCRIBED}(?P<name>{_NAME_WORDS})"
)


def _host(text: str) -> str | None:
    """Who asks, where a title or a lead says so: "Lena Park" in "Lena Park talks to Ann Marsh".

    Or the host a billing names after its guest: "Tom Berg" in "Hilda Brand in conversation with Tom Berg".
    """
    found = _NAMING_TITLES[0].match(text) or _TALKING_TO.match(text)
    return found["host"] if found and _is_name(found["host"]) and _is_name(found["name"]) else None


def _named_in_title(title: str) -> str | None:
    """The person a title names as interviewed, if it names one in a way titles do.

    A name starts with a capital: "A Q&A with the next mayor" names nobody. An AMA's title speaks in the
    first person: only "I'm Nell Price" names its poster, not the place in "I keep the lock at Ferry Lock".
    """
    if _AMA_TITLE.search(title):
        introduced = _SELF_INTRODUCTION.match(title)
        return introduced["name"] if introduced else None
    if honoured := _honoured_in_title(title):
        return honoured
    for pattern in _NAMING_TITLES:
        found = pattern.search(title)
        name = re.sub(rf"^{_DESCRIBED}(?=[A-Z])", "", found["name"]) if found else ""
        if name[:1].isupper() and _is_name(name):
            return _POSSESSOR.sub("", name).strip()
    return None


# A billing after a title's topic: the name, then the role after a comma, a dash or a bar, or in brackets.
_BILLED_AFTER_TOPIC = re.compile(
    rf"(?::|\s[–—|-])\s+(?P<billing>(?P<name>{_NAME_WORDS}?)(?:(?:,\s+|\s+[–—|-]\s+)\S.*|\s*\([^()]+\)))$"
)


def _billed_after_topic(title: str, named: str | None) -> Person:
    """The person a title bills after its topic, with their role: "Meet the team: Ada Ng, Head of Support".

    "Staff spotlight — Ada Ng (Head of Support)", "Team news: Ada Ng - Support Engineer" too; the role
    must name one, and the name be the one the title names, if it names one.
    """
    found = _BILLED_AFTER_TOPIC.search(title)
    if found is None or not _is_name(found["name"]) or (named and found["name"] != named):
        return Person(None)
    billed = _person(found["billing"])
    good = billed.name == found["name"] and billed.role and _ROLE_WORDS.search(billed.role)
    return billed if good else Person(None)


# The band or company a title names the person by: "Interview: Selfish Things' Alex Clarke".
_POSSESSOR = re.compile(r"^.*['’]s?\s+(?=[A-Z][\w'’.-]* [A-Z])")


# A label before a date that says when the page or the talk was made ("Published: 9 May 2024"); another
# label dates something else, as a forum prints when its member joined ("Joined: Oct 11, 2012").
# A date's label: the last before its digits, as a forum prints one after its poster's name ("Skarv's Keeper:
# Joined: 09 Oct 2009").
_DATE_LABEL = re.compile(r"(?:^|(?<=:\s))(?P<label>[A-Za-z][A-Za-z ]{0,24}):\s(?=[^:]*$)")
_PUBLISHING_LABELS = frozenset(
    {
        "published", "first published", "originally published", "posted", "date", "dated", "updated",
        "last updated", "recorded", "interviewed", "aired", "broadcast", "released", "publication date",
        "sent",
    }
)  # fmt: skip


# A label's date is the talk's where it names it so: "Meeting date", "Date of interview", "Recording date".
_DATED_TALK = frozenset({"meeting", "interview", "recording", "hearing", "session", "conversation", "event"})


def _dates_the_talk(label: str) -> bool:
    """Whether a label's date ("Meeting date", "Date of interview") is the talk's."""
    words = set(label.lower().split())
    return "date" in words and bool(words & _DATED_TALK)


# A front matter key that dates the page's publishing, as site generators and exporters spell it in one
# word ("published_at", "published_time", "pubDate", "publishDate", "date_published"), read lower-cased.
_PUBLISHING_KEYS = frozenset(
    {"publishedat", "publishedtime", "publishedon", "publisheddate", "publishdate", "pubdate",
     "datepublished"}
)  # fmt: skip


def _names_publishing(key: str) -> bool:
    """Whether a front matter key written as one word ("published_at", "pubdate") dates the publishing."""
    return re.sub(r"[\s_-]", "", key.lower()) in _PUBLISHING_KEYS


# A date's label saying the page was changed after it was published.
_UPDATED = re.compile(r"^(?:last\s+)?(?:updated|modified|edited)\b", re.IGNORECASE)


def _dating_part(text: str) -> str | None:
    """The part of a line of facts about the page that dates it, if one does.

    "Published 2021/03/04 · Updated 12 January 2022 · Words by Ann Lee" is dated by its first part: an
    update's date dates the page only where it prints no other.
    """
    parts = [part for part in _meta_parts(text) if _is_date_line(part)]
    return next((part for part in parts if not _UPDATED.match(part)), parts[0] if parts else None)


# A year alone after the word that says what happened in it: "Published 2013", "Recorded in 1998".
_YEAR_LINE = re.compile(
    r"^(?:(?:First |Originally )?Published|Posted|Recorded|Interviewed|Aired|Broadcast|Released)"
    r"(?:\s+in)?\s*:?\s+(?P<year>(?:19|20)\d{2})\.?$",
    re.IGNORECASE,
)


def _year_alone(text: str) -> str | None:
    found = _YEAR_LINE.match(text.strip())
    return found["year"] if found else None


def _year_under_headline(lead: _Lead) -> str | None:
    """A year alone on its line in the page's head ("2019" under the headline): the year it is dated.

    Only the lines read already as its masthead, title or byline may stand over it, no paragraph of the
    lead: that is where a page prints its date, as "Published 2013" there is. The year is used, so it is
    in no other field, and said in the review.
    """
    number = next((number for number in range(len(lead.blocks)) if number not in lead.used), None)
    year = _YEAR.fullmatch(lead.blocks[number].text.strip().rstrip(".")) if number else None
    if number is None or year is None:
        return None
    lead.used.add(number)
    lead.notes.append(f"date: the year alone under the headline: {lead.blocks[number].text!r}")
    return year.group()


def _is_date_line(text: str) -> bool:
    """A line that is a date, maybe with a few words around it ("Published 9 May 2024")."""
    if _year_alone(text):
        return True
    found = _date_in(text)
    label = _DATE_LABEL.search(re.split(r"\d", text, maxsplit=1)[0])
    name = label["label"].strip().lower() if label else ""
    if label and name not in _PUBLISHING_LABELS and not _dates_the_talk(name):
        return False
    return found is not None and len(text) <= len(found) + 40


def _tag_line(text: str) -> str | None:
    match = TAG_LINE.match(text)
    return match["tags"] if match else None


# What mail prefixes to the subject of a reply or a forwarded message: "Re: Fwd: Title".
_REPLY_OR_FORWARD = re.compile(r"^(?:(?:re|fwd?)\s*:\s*)+", re.IGNORECASE)


# A trail of links to where the page sits, its own title last: "Forum Index » Interviews » Title".
_TRAIL_STEP = re.compile(r"\s+[»›]\s+")
_ANGLE_STEP = re.compile(r"\s+>\s+")


def _angle_trail(text: str, fields: dict[str, str]) -> str | None:
    """The title a trail written with ">" ends on ("Board > Topic"), where it opens the page's own title.

    A forum's archive prints its trail so over each saved post; a ">" in a headline compares two things,
    and the page's title (its <title>, maybe with the site's name after it) tells the two apart.
    """
    *steps, last = _ANGLE_STEP.split(text)
    page_title = fields.get("html title", "")
    return last if steps and last and page_title.startswith(last) else None


def _clean_title(title: str) -> str:
    """Drop what pages and mail add to a title: '"Title" (remarks)', 'Title | Site name', 'Re: Title'.

    A trail of links over a forum's post or a site's page ends on the title: "Index » Interviews » Title".
    """
    title = _TRAIL_STEP.split(title)[-1]
    # A remark in brackets goes ("(transcript)"), where an abbreviation the title spells out stays ("… (AI)").
    title = re.sub(r"\s*\((?![A-Z]{2,6}\)\s*$)[^()]*\)\s*$", "", _REPLY_OR_FORWARD.sub("", title)).strip()
    title = re.split(r"\s+[|·]\s+", title, maxsplit=1)[0]
    quoted = re.fullmatch(r"[\"“](?P<title>[^\"”]+)[\"”]", title)
    return quoted["title"].strip() if quoted else title


def _page_author(fields: dict[str, str], interviewee: str, notes: list[str]) -> str | None:
    """The writer a saved page's metadata names (its author meta tag, its linked data), where nothing shows.

    Whoever wrote a Q&A asked its questions. A site may name itself ("ERP-News Redaktion") or an account
    ("admin") there, and a blog that reposts its owner's interview names the interviewee: a person's
    full name only, and never one who shares a name with the interviewee or the site.
    """
    author = fields.get("page author", "")
    words = author.split()
    others = {*interviewee.split(), *fields.get("site name", "").split()}
    if len(words) < 2 or not _is_name(author) or set(words) & others:
        return None
    notes.append(f"interviewer {author!r} read from the page's author in its metadata: check it")
    return author


def _first(fields: dict[str, str], keys: Sequence[str]) -> str | None:
    return next((fields[key].strip() for key in keys if fields.get(key, "").strip()), None)


# A forum post's line naming who posted it ("Posted by u/nadia_volcano · 6h", "Submitted by admin"),
# never its title; an AMA's title is a sentence that says what it is ("I'm Nadia Rahman ... AMA!").
_POSTED_BY = re.compile(r"^(?:posted|submitted)\s+by\b", re.IGNORECASE)
_AMA_TITLE = re.compile(r"\b(?:AMA|ask me anything)\W*$", re.IGNORECASE)


_CASELESS_TITLE = 40


# A page's time stamp with no year to it, its day of the week, month and day and the clock time: "Wednesday
# February 5 12:14 AM EDT", "Mon, Mar 3, 9:30 am". A stamp, never a title.
_STAMP = re.compile(
    rf"^(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?(?:{MONTH_NAMES})\.?\s+"
    r"\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4},?)?\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?$"
)
# A sentence's end inside a line, after a word in small letters: "Welcome back. Today I'm with Ada" is a
# speaker's words broken at the line's end, no headline ("Mrs. Dalloway at Sea" is one).
_SENTENCES_IN_LINE = re.compile(r"\b[a-z]{3,}[.!?]\s+[A-Z]")


# A headline that asks, set in title case as headlines are: "What Drives You Crazy About Panels?". A
# question put to the guest is set as a sentence ("What drives you crazy about panels?").
_HEADLINE_WORD = 5
_HEADLINE_WORDS = 3


def _asking_headline(text: str) -> bool:
    """Whether ``text`` asks in title case: every word of five letters or more starts with a capital."""
    long_words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", text) if len(word) >= _HEADLINE_WORD]
    return (
        text.endswith("?")
        and len(long_words) >= _HEADLINE_WORDS
        and all(word[0].isupper() for word in long_words)
    )


# A headline that trails off ("The mind behind Tesla, SpaceX, SolarCity ..."): an ellipsis, no sentence's end.
_CUT_SHORT = re.compile(r"\w\s+(?:\.\.\.|…)$")


def _is_title_line(block: Block) -> bool:
    """A short line that is no sentence and no date, and has a capital as headlines do.

    A line all in small letters ("piwik no script img") is an image's or a tracker's alternative text;
    a heading is set as one, however it is cased ("# 5 questions with a volunteer firefighter").
    """
    words = block.text.split()
    # A script without capitals and spaces between words (Japanese, Chinese) sets a headline as a short
    # line that ends no sentence: "インタビュー".
    caseless = block.text.lower() == block.text.upper() and any(char.isalpha() for char in block.text)
    if caseless and len(words) <= 2:
        return 2 <= len(block.text) <= _CASELESS_TITLE and not re.search(r"[。．！？.!?]$", block.text)
    return (
        2 <= len(words) <= 20
        and (
            not re.search(r"[.!?]$", block.text)
            or bool(_CUT_SHORT.search(block.text))
            or bool(_AMA_TITLE.search(block.text))
            or _asking_headline(block.text)
        )
        and _POSTED_BY.match(block.text) is None
        and _date_in(block.text) is None
        and _STAMP.match(block.text) is None
        and (not _SENTENCES_IN_LINE.search(block.text) or bool(_AMA_TITLE.search(block.text)))
        and _BYLINE.match(block.text) is None
        and _byline(block.text) is None
        and (block.text != block.text.lower() or block.emphasis == "heading")
    )


def _repeats_title(heading: str, title: str | None) -> bool:
    """Whether a heading opens on the title's words, whole: the title again, however it goes on."""
    said = " ".join(heading.split()).casefold()
    titled = " ".join((title or "").split()).casefold()
    return bool(titled) and said.startswith(titled) and not said[len(titled) : len(titled) + 1].isalnum()


# Words a recording caught mid-sentence, as a transcript opens on them ("… and the little red light means
# it is recording now."): the end of something said before the tape ran, no standfirst.
_MID_SENTENCE = re.compile(r"^(?:…|\.\.\.)")


def is_prose(text: str) -> bool:
    """A paragraph of eight words or more that ends a sentence: the writer's prose, no menu or label."""
    return len(text.split()) >= 8 and bool(re.search(r"[.!?\"”’)]$", text))


# A podcast's or a series' numbering ("Kitchen Table, episode 42", "Harbour Voices — Part 3"), an oral
# history's or a newsletter's too ("Coastal Memory Project — Transcript 14", "Harbour Weekly, Issue 42").
_EPISODE = re.compile(
    r"(?:^|[,:–—|-]\s*)(?:episode|ep\.|part|season|series|vol\.|volume|no\.|#|transcript|interview|session"
    r"|tape|issue)\s*\d+\b",
    re.I,
)


class Person(NamedTuple):
    """A person line read apart: "Jane Doe - CEO of Acme (since 2019)" gives all four."""

    name: str | None
    role: str | None = None
    organisation: str | None = None
    description: str | None = None
    known_as: str | None = None  # the handle a page names them by, where they give their full name


def _person(text: str, *, min_words: int = 1) -> Person:
    """Read "Name - Role, Organisation" (or "Name, Role of Organisation") into its parts.

    A title needs ``min_words=2``: a one-word "Name" before a dash is more often a topic. The
    description is everything after the name, as printed, for the about entry.
    """
    # An AMA's title introduces its poster: "I'm Nadia Rahman, a volcanologist ... AMA!".
    text = _CONVERSATION_OPENING.sub("", text)
    text = re.sub(_INTRODUCING, "", _AMA_TITLE.sub("", _TITLE_DATE.sub("", text))).rstrip(" .,;:!?")
    bare = re.sub(r"\s*[\"“][^\"”]*[\"”]\s*", " ", re.sub(r"\s*\([^()]*\)", "", text)).strip()
    if _EPISODE.search(bare):
        return Person(None)  # "Kitchen Table, episode 42" names a show, not the person in it
    for separator, has_role in (
        (r"\s+[-–—|]\s+", True),
        (r":\s*", False),
        (r",\s+", True),
        (r"\s+on\s+", False),
    ):
        parts = re.split(separator, bare, maxsplit=1)
        if len(parts) == 2 and _is_name(parts[0]) and len(parts[0].split()) >= min_words:
            if not has_role:
                return Person(parts[0].strip(), *_role_in_brackets(parts[0].strip(), text))
            # "I'm Ines Falk, I restore church organs": what follows the name speaks, it bills no role.
            speaks = re.match(r"(?:I|I'm|I’m|we|we're|we’re)\b", parts[1].strip(), re.IGNORECASE)
            role, organisation = (None, None) if speaks else _role_and_organisation(parts[1].strip())
            described = re.split(separator, text, maxsplit=1)
            description = described[1].strip() if len(described) == 2 else parts[1].strip()
            return Person(parts[0].strip(), role, organisation, description)
    if _is_name(bare) and min_words == 1:
        return Person(bare, *_role_in_brackets(bare, text))  # "Rosa Diaz (night supervisor, Harlan 911)"
    return Person(None)


def _role_in_brackets(name: str, text: str) -> tuple[str | None, str | None, str | None]:
    """The role, organisation and description set in brackets after the name: "Ravi Menon (Tideway's CTO)".

    In brackets, a role is the organisation's where the organisation owns it ("Tideway's CTO"), or read as
    a billing is ("CTO, Tideway"); brackets without a role ("(pictured)", "(right)") give nothing. The
    description is what the brackets say, as printed.
    """
    found = re.search(rf"{re.escape(name)}\s*\((?P<inner>[^()]+)\)", text)
    inner = found["inner"].strip() if found else ""
    if not _ROLE_WORDS.search(inner):
        return None, None, None
    owned = re.fullmatch(r"(?P<organisation>[A-Z][^'’]*)['’]s?\s+(?P<role>[^'’]+)", inner)
    if owned:
        return owned["role"], owned["organisation"], inner
    return *_role_and_organisation(inner), inner


def _is_name(text: str) -> bool:
    words = text.split()
    particles = {"de", "van", "von", "der", "da", "di", "la", "le", "bin", "al"}
    return (
        1 <= len(words) <= 5
        and all(word[0].isupper() or word in particles for word in words)
        and not _ROLE_WORDS.search(text)
        and not any(word.lower() in _NOT_IN_NAMES for word in words)
        and not any(char.isdigit() for char in text)
        and ":" not in text  # "Captains' Interviews: Synchronised Swimming" is a headline's topic
    )


# A role a sentence gives in small letters, and where they live: "a harbour pilot based in Tromsø".
_IN_SMALL_LETTERS = re.compile(r"^(?:an?|the)\s+(?P<role>[a-z].*?)(?:\s+(?:based|living)\s+in\s+[A-Z].*)?$")


def _role_and_organisation(text: str) -> tuple[str | None, str | None]:
    # "CEO, Lumen" and "CEO | Lumen" alike: a billing's bars part its clauses as its commas do.
    clauses = [clause.strip() for clause in re.split(r"[,;]\s+|\s+[|·]\s+", text) if clause.strip()]
    if not clauses:
        return None, None
    # A role is read as a header bills one, "Harbour pilot": no article, no home town.
    small = _IN_SMALL_LETTERS.match(clauses[0])
    first = f"{small['role'][0].upper()}{small['role'][1:]}" if small else clauses[0]
    for at in re.finditer(r"\s+(?:of|at)\s+(?:the\s+)?(?=[A-Z0-9])", first):
        after = first[at.end() :]
        of = at.group().split()[0] == "of"
        if of and _a_function(re.split(r"\s+(?:of|at)\s+", after)[0]):
            continue  # "Head of Support (at Acme)": the role goes on to the function it heads
        if of and re.search(r"\s+at\s+(?:the\s+)?[A-Z0-9]", after):
            continue  # "VP of Harbour Operations at Acme": what it heads, then where
        owned = re.fullmatch(r"(?P<owner>[A-Z][^'’]*)['’]s?\s+(?P<function>[^'’]+)", after)
        if of and owned and _a_function(owned["function"]):
            # "GM of Acme's Cloud Business": the body owns the function the role heads.
            return f"{first[: at.start()]} of {owned['function']}", owned["owner"]
        if of and _AUTHOR_OF.fullmatch(f"{first[: at.start()]} of "):
            return first[: at.start()], None  # "author of Tides of Skarv": their book, no body they work for
        return first[: at.start()], after
    if len(clauses) == 2 and _ROLE_WORDS.search(clauses[0]) and _names_a_body(clauses[1]):
        return clauses[0], clauses[1]
    return first, None


# What a role heads inside a firm, as against the firm itself: "Head of Support", "VP of Sales and Marketing".
_FUNCTIONS = frozenset(
    "support sales marketing engineering operations product products design research communications"
    " finance people hr customer customers success experience content partnerships growth data security"
    " infrastructure platform development policy strategy technology programming programmes programs"
    " education community events editorial legal compliance talent recruiting recruitment business"
    " digital innovation analytics insights brand public affairs relations quality software hardware"
    " services service it ux ai learning training safety sustainability procurement logistics supply"
    " chain".split()
)


def _a_function(words: str) -> bool:
    """Whether ``words`` name a function a role heads ("Support", "Sales and Marketing"), not a body."""
    parts = [part for part in re.split(r"\s+(?:and|&)\s+|\s+", words.strip()) if part]
    return bool(parts) and all(part.lower() in _FUNCTIONS for part in parts)


def _names_a_body(clause: str) -> bool:
    """Whether a billing's clause after the role may name its organisation: "Acme", "3M", or "curl".

    An open-source project may name itself in small letters, in one word; words in small letters that go
    on ("the post links its site") are a remark.
    """
    return clause[:1].isupper() or clause[:1].isdigit() or " " not in clause


def _bylined_publication(writer: str | None, byline: str | None) -> str | None:
    """The publication a byline names after its writer ("Interview by Jo Roe for Harbour Weekly").

    Where no header, masthead or site names one, members still ask where the interview ran. What the
    writer is ("By Jo Roe (Staff Writer)") names no publication.
    """
    found = re.search(rf"{re.escape(writer)}{WROTE_FOR}", byline) if writer and byline else None
    if not found or _PRESS_WORDS.search(found["publication"]) or _ROLE_WORDS.search(found["publication"]):
        return None
    return found["publication"]


def _site_publication(fields: dict[str, str], interviewer: str | None) -> str | None:
    """The site the page declares its own (og:site_name): the publication, unless it is the writer's name.

    A one-person blog names itself after its writer ("Hesk Makers", by Hesk Makers): said once is enough.
    """
    site = " ".join(fields.get("site name", "").split())
    return site if site and site.casefold() != (interviewer or "").casefold() else None


def _dated_by_title(title: str | None, published: str | None, notes: list[str]) -> str | None:
    """The date a title gives the interview ("… - April, 1996") over the date the page was posted.

    A magazine's archive posts an old interview years later, its title saying when it was held: that is
    the interview's date. The other date the page gives is said in the review list.
    """
    dated = _TITLE_DATE.search(title or "")
    titled = _date_in(dated["date"]) if dated else None
    if titled is None or titled == published:
        return published
    also = f", where the page gives {published!r} too (the posting's?)" if published else ""
    notes.append(f"date {titled!r} read from the title {title!r}{also}: check it")
    return titled


def _date_from(fields: dict[str, str], notes: list[str], order: str | None) -> str | None:
    dated = (key for key in fields if _dates_the_talk(key) or _names_publishing(key))
    for key in (*_DATE_FIELDS, *dated):
        value = fields.get(key, "").strip()
        if not value:
            continue
        found = _date_in(value)
        if found is None and key != "publication":  # a date field may print only the year
            year = _YEAR.search(value)
            found = year.group() if year else None
        undecided = _undecided(value) if found else None
        if undecided:
            settled = _settled(undecided, order, notes)
            _note_short_year(value, settled, notes)
            return settled
        _note_short_year(value, found, notes)
        if found:
            if found != value:
                notes.append(f"date {found!r} taken from {key}: {value!r}")
            return found
    return None


def _date_in(text: str) -> str | None:
    """The first date printed in ``text``, rewritten only as far as the knowledge format needs."""
    best: tuple[int, str] | None = None
    for pattern, formats in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            printed = _normalise(match.group(), formats)
            if printed is not None:
                if best is None or match.start() < best[0]:
                    best = (match.start(), printed)
                break
    return best[1] if best else None


def _normalise(printed: str, formats: tuple[str, ...]) -> str | None:
    """09.12.2024 and 2024-12-09 stay as printed; "Dec. 9th, 2024" becomes "9 December 2024".

    So does "9th of December 2024"; 2024/12/09, the year first as in 2024-12-09, becomes that.
    """
    if formats == (_SLASHES,):
        return _slashed(printed)
    if formats[0] in ("%Y-%m-%d", "%d.%m.%Y"):
        printed = printed.replace("/", "-")
        try:
            datetime.strptime(printed, formats[0])
        except ValueError:
            return None
        return printed
    cleaned = re.sub(r"(\d)(?:st|nd|rd|th)\b|[.,]|\bof\b", r"\1", printed)
    cleaned = " ".join(cleaned.split()).replace("Sept ", "Sep ")
    for fmt in formats:
        try:
            day = datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
        return f"{day.day} {day:%B %Y}" if "%d" in fmt else f"{day:%B %Y}"
    return None


def _slash_parts(printed: str) -> tuple[int, int, int, bool]:
    """The two numbers before the year, the year in full, and whether the page printed it in two digits.

    A year of two digits is the last one so written, this century's unless that is still to come: "19" is
    2019, "98" 1998.
    """
    first, second, year = printed.split("/")
    short = len(year) == 2
    full = int(year)
    if short:
        full += 2000 if full <= date.today().year % 100 else 1900
    return int(first), int(second), full, short


def _note_short_year(text: str | None, published: str | None, notes: list[str]) -> None:
    """Say in the review which century a slashed date's year of two digits ("7/23/19") was read in."""
    found = _SLASHED.search(text or "")
    printed = found.group() if found else ""
    if published and len(year := printed.rsplit("/", 1)[-1]) == 2:
        notes.append(f"the year {year!r} of {printed!r} is printed in two digits: read as {published!r}")


def _slashed(printed: str) -> str | None:
    """A date written with slashes, read only as far as the page makes it certain.

    Britain writes 03/04/2021 for 3 April and the United States for March 4, and a page seldom says which
    it follows. Where a number over 12 shows which is the day (25/03/2021, 03/25/2021), or day and month
    are the same number, the date is read in full; otherwise only the year is kept: it is true either
    way, where a guessed day and month would be printed under every answer as fact, unless the page's
    other slashed dates show its order (``_settled``).
    """
    first, second, year, _ = _slash_parts(printed)
    if first <= 12 and second <= 12 and first != second:
        return str(year)
    day, month = (second, first) if second > 12 else (first, second)
    try:
        return f"{day} {date(year, month, day):%B %Y}"
    except ValueError:
        return None


def _undecided(text: str) -> str | None:
    """The slashed date ``text`` is dated by, where it may put the day or the month first ("03/04/2021")."""
    found = _SLASHED.search(text)
    kept = _slashed(found.group()) if found else None
    return found.group() if found and kept and kept.isdigit() and _date_in(text) == kept else None


def _slash_order(texts: Sequence[str]) -> str | None:
    """Whether a page's slashed dates put the "day" or the "month" first, where those that show it agree.

    A number over 12 shows it: "25/03/2021" writes the day first, "03/25/2021" the month.
    """
    orders = set()
    for text in texts:
        for found in _SLASHED.finditer(text):
            first, second, _, _ = _slash_parts(found.group())
            if first > 12 or second > 12:
                orders.add("day" if first > 12 else "month")
    return orders.pop() if len(orders) == 1 else None


def _settled(printed: str, order: str | None, notes: list[str]) -> str | None:
    """A slashed date that may put the day or the month first, read as far as the page settles it.

    In the order the page's other slashed dates show; where none does, only the year, said in the review.
    A year printed in two digits is kept only with the day and month: alone, it says too little to stand.
    """
    first, second, year, short = _slash_parts(printed)
    if order is None and short:
        notes.append(
            f"date {printed!r} may put the day or the month first, and the page shows neither: left out;"
            " write it in interview.published if you know which"
        )
        return None
    if order is None:
        notes.append(
            f"date {printed!r} may put the day or the month first: only the year {year} is kept;"
            " write the day and month in interview.published if you know which"
        )
        return str(year)
    day, month = (first, second) if order == "day" else (second, first)
    notes.append(f"date {printed!r} read with the {order} first, as the page's other slashed dates: check it")
    return f"{day} {date(year, month, day):%B %Y}"


# How common each word of a keyword must be for the keyword to say nothing of the interview ("make sure",
# "want", "new"): everyday words that an SEO plugin picks from the text for being frequent. A topic
# ("government", "music", "digital television") is rarer.
_EVERYDAY = 5.7


def _field_tags(fields: dict[str, str]) -> tuple[str, ...]:
    """The tags a page's header or metadata gives; its SEO keywords, none made only of everyday words.

    A plugin fills the keywords meta tag with the words the text uses most, verbs and function words
    among them ("make", "get", "any", "say please"): such a keyword is no topic and would match any
    question. Tags the writer chose ("tags", "topics") are kept whole.
    """
    key = next((key for key in _TAG_FIELDS if fields.get(key, "").strip()), None)
    tags = _tags(fields[key].strip()) if key else ()
    if key != "keywords":
        return tags
    return tuple(tag for tag in tags if not all(_everyday(word) for word in re.findall(r"[\w'’]+", tag)))


def _everyday(word: str) -> bool:
    """Whether a word is a function word or one of English's commonest ("make", "think", "new")."""
    folded = word.casefold()
    return folded in STOPWORDS or zipf(folded) >= _EVERYDAY


def _tags(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    parts = re.split(r"\s*[,;|]\s*|\s+·\s+", text.strip("[]"))
    return tuple(dict.fromkeys(part.strip(" #\"'") for part in parts if part.strip(" #\"'")))


def _publication(fields: dict[str, str]) -> str | None:
    """The publication's name: "Opensource.com" from "Opensource.com, January 2021 (...)".

    A "Source:" field that gives a web address says where the page is, and names no publication.
    """
    publication = _first(fields, ("publication", "source", "publisher", "site"))
    if not publication or _URL.fullmatch(publication):
        return None
    return re.split(r"\s*[(,;]", publication, maxsplit=1)[0].strip() or None


def _source(fields: dict[str, str]) -> str | None:
    """The publication and the address printed in the URL field, without the words around it.

    Front matter names the page's address by what it is: `source_url:`, or `canonical_url:` as blogs
    that post a copy elsewhere write it.
    """
    url = _URL.search(
        _first(fields, ("original url", "url", "source_url", "canonical_url")) or ""
    ) or _URL.fullmatch(fields.get("source", ""))
    parts = [part for part in (_publication(fields), url.group().rstrip(".,;:") if url else None) if part]
    return ", ".join(parts) if parts else None
