"""Closing matter: what the page prints under the interview and ran into the last answer, moved out of it.

Tags, an author's box, the credit for the questions, a bio, or the interviewer's thanks go to the unused
text, where the metadata reads them; the answer keeps its words before them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.importer.layouts.asking import SPEAKS_FOR_ONESELF, thanks_briefly
from bot.importer.layouts.turns import Layout
from bot.importer.sources.furniture import (
    ABOUT_PERSON,
    AUTHOR_BOX,
    CLOSING_CREDIT,
    FIELD_LABEL,
    PAGE_THANKS,
    PERSONAL_PRONOUN,
    STANDING_BIO,
    TAG_LINE,
)

# Where a sentence ends and the next starts, inside a paragraph.
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’')\]]*\s+(?=\S)")
# A bio opens on a person's full name, maybe their age, and what they are or do: "Rosa Diaz is the night
# supervisor of ...", "Tom Reyes, 41, covers the courts for ...".
_BIO = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})(?:, [^,]{1,40},)? "
    r"(?:is|was|has|had|lives|works|writes|covers|teaches|leads|runs|joined|serves|holds|reports)\b"
)


def without_closing_matter(layout: Layout) -> Layout:
    """The last answer without what the page prints under the interview and ran into it: tags, a bio.

    A tag line, an author's box, or a bio of someone the lead names ("Rosa Diaz is the night supervisor
    of ...") is the page's voice, not the answer's, even with no blank line before it. It goes with the
    unused text, where the metadata reads it; the answer keeps its words before it, verbatim.
    """
    if not layout.turns:
        return layout
    last = layout.turns[-1]
    lead = " ".join([block.text for block in layout.lead] + [layout.interviewee or ""])
    # A thanks whose only answer is the page's closing lines ("Posted by Jo Roe, June 24, 2005 6:20 PM") is
    # the interviewer's sign-off, no turn.
    if len(layout.turns) > 1 and thanks_briefly([last.question]) and _closes_the_page(last.answer, lead):
        return replace(layout, turns=layout.turns[:-1], unused=(*last.answer, *layout.unused))
    asked = [text for turn in layout.turns[:-1] for text in (turn.question, *turn.answer)] + [last.question]
    for number, paragraph in enumerate(last.answer):
        said = " ".join([lead, *asked, *last.answer[:number]])
        if number and _bio_of_its_own(last.answer[number:], said):
            turns = (*layout.turns[:-1], replace(last, answer=last.answer[:number]))
            return replace(layout, turns=turns, unused=(*last.answer[number:], *layout.unused))
        for start in [0, *(found.end() for found in _SENTENCE_BREAK.finditer(paragraph))]:
            tail = (paragraph[start:], *last.answer[number + 1 :])
            if (number or start) and _closes_the_page(tail, lead):
                kept = (*last.answer[:number], paragraph[:start].rstrip()) if start else last.answer[:number]
                turns = (*layout.turns[:-1], replace(last, answer=kept))
                return replace(layout, turns=turns, unused=(*tail, *layout.unused))
    return layout


# The credit for the questions as a magazine prints it under the last answer, the names after a colon: a
# German "Interview: Jonas Keller", "Interview und Fotos: Jonas Keller und Mia Roth", "Gespräch: …", its
# publication after a slash or a comma ("Interview: Jonas Keller / Hafenblatt"). Over the questions, as a
# title prints it, "Interview: Ann Marsh" names the person interviewed: only under the answers is it this.
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}"
_CREDIT_AFTER_COLON = re.compile(
    rf"^(?:Interview|Gespräch|Fragen)(?: (?:und|&) (?:Fotos?|Bilder?|Text|Protokoll|Redaktion))?:\s+{_NAME}"
    rf"(?:(?:,| und| &) {_NAME})?(?:\s*[/|,]\s*[A-ZÀ-ÖØ-Þ][\w'’.-]*(?: [\w'’.-]+){{0,3}})?\.?$"
)


# A line that is only a web address, maybe under what it is ("Website - https://…", "Reader Group:
# https://…"), as a magazine lists its own pages under the credits: no sentence of an answer.
_LINK_LINE = re.compile(r"^(?:[^\s:/][^:/]{0,60}?\s*(?:[-–—|]\s|:)\s*)?<?(?:https?://|www\.)\S+?>?$")


def _closes_the_page(tail: Sequence[str], lead: str) -> bool:
    """Whether ``tail``, the end of the last answer, is the page's: its tags, author's box, or a bio.

    A field's label ("Media contact", "Tags") stands over the page's fields, the rest of it; a tag line,
    the credit for the questions or the thanks to those who helped make the piece ("Thanks to Jo Roe for
    proofreading.") ends the page, or stands over more of its own, the page's addresses
    too; a bio is about someone the ``lead`` names, in the third person throughout, where an answer that
    opens on a name ("Ann Marsh was my first skipper.") soon says "my" or "I".
    """
    if AUTHOR_BOX.match(tail[0]) or FIELD_LABEL.match(tail[0]) or _thanks_for_the_interview(tail):
        return True
    credit = CLOSING_CREDIT.match(tail[0]) or _CREDIT_AFTER_COLON.match(tail[0]) or PAGE_THANKS.match(tail[0])
    if credit or TAG_LINE.match(tail[0]):
        rest = tail[1:]
        while rest and _LINK_LINE.match(rest[0]):  # the publication's own addresses under it
            rest = rest[1:]
        return not rest or _closes_the_page(rest, lead)
    bio = _BIO.match(tail[0])
    return bool(bio and bio["name"] in lead) and not any(SPEAKS_FOR_ONESELF.search(text) for text in tail)


# The interviewer's thanks for the interview, run into the last answer with no label of its own: "Thanks
# a lot for your time Raj, you were really fun to interview!" The guest's "Thanks for having me" is none.
_THANKED_FOR_THE_INTERVIEW = re.compile(
    r"\bfor (?:your time|talking|speaking|chatting|joining|taking the time|doing this|sharing|the interview"
    r"|being (?:here|with us|on))\b|\bfun to interview\b",
    re.IGNORECASE,
)


def _thanks_for_the_interview(tail: Sequence[str]) -> bool:
    """Whether the end of the last answer is the interviewer thanking the guest, in a sentence or two."""
    return len(tail) == 1 and thanks_briefly(tail) and bool(_THANKED_FOR_THE_INTERVIEW.search(tail[0]))


def _bio_of_its_own(tail: Sequence[str], said: str) -> bool:
    """Whether ``tail``, the last answer's closing paragraphs, is a bio of one the page names nowhere else.

    "Marit Solberg is the chief officer of ..." on a paragraph of its own, or "About Osman Quaye: he ...",
    in the third person throughout: the page's note on whom it interviewed. A name the questions, the
    answers or the lead said before is someone the answer talks about.
    """
    about = ABOUT_PERSON.match(tail[0])
    bio = about or STANDING_BIO.match(tail[0])
    if bio is None or bio["name"] in said or len(tail) > 2:
        return False
    third_person = not any(SPEAKS_FOR_ONESELF.search(text) for text in tail)
    return third_person and (about is None or bool(PERSONAL_PRONOUN.search(about["bio"])))
