"""The header a page opens with: "Key: value" lines, front matter, an email's header, and a dateline.

The fields go to the metadata, not the text; a dateline or a byline stays in the text, on a line of its own.
"""

from __future__ import annotations

import re

import yaml

from bot.importer.sources.chat_archive import archived_chat

# The months as pages print them, in full or short: what datelines here and dates in metadata.py are read by.
FULL_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_NAMES = f"{FULL_MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"


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


# The rule under a header's fields: "---", or the longer line of dashes a caption downloader prints under its
# "Title     :", "URL       :" fields.
_RULE = re.compile(r"^\s*-{3,}\s*$")


def split_header(text: str) -> tuple[dict[str, str], str]:
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
    if header and (page := _front_matter_under(rest)):
        # A copy saved with a header of its own ("Title: …" over a rule) over a page that opens with its
        # front matter: the page's fields fill in what the copy's header does not say, and its lines are
        # no text of the interview.
        fields, rest = page
        header = {**fields, **header}
    return {**address, **header}, rest


def _front_matter_under(text: str) -> tuple[dict[str, str], str] | None:
    """The front matter ``text`` opens with, where its block is YAML's mapping, and the text after it."""
    lines = text.split("\n")
    start = next((n for n, line in enumerate(lines) if line.strip()), len(lines))
    if start == len(lines) or lines[start].strip() != "---":
        return None
    end = next((n for n, line in enumerate(lines[start + 1 :], start + 1) if line.strip() == "---"), None)
    try:
        parsed = yaml.safe_load("\n".join(lines[start + 1 : end])) if end is not None else None
    except yaml.YAMLError:
        return None
    return _read_header(lines[start:]) if isinstance(parsed, dict) else None


def _read_header(lines: list[str]) -> tuple[dict[str, str], str]:
    """The fields of the header that opens ``lines`` (front matter, "Key: value" lines), and the rest."""
    lines = lines[next((n for n, line in enumerate(lines) if line.strip()), len(lines)) :]
    if lines and lines[0].strip() == "---":  # front matter: ---, key: value lines, ---
        end = next((n for n, line in enumerate(lines[1:], 1) if line.strip() == "---"), None)
        if end is not None:
            fields, chat = _front_matter(lines[1:end])
            after = "\n".join(lines[end + 1 :])
            return fields, f"{after}\n\n{chat}" if chat else after
    separator = next((n for n, line in enumerate(lines[:40]) if _RULE.match(line)), None)
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


def _front_matter(lines: list[str]) -> tuple[dict[str, str], str]:
    r"""Front matter's fields, each text as YAML reads it where the block parses, and a chat it keeps.

    A YAML writer folds a long title over two lines, the first ending in a backslash, and escapes what it
    will not print ("Cecilia\" over "\ Rouse on the President\u2019s FY24\_Budget"): read line by line,
    the title would stop at the backslash. A value YAML reads as no text (a date, a list) keeps its line.
    A session of questions in a chat kept there as a list of posts is the interview's text: its
    exchanges are returned as "Q:"/"A:" paragraphs, and the one who answers is the interviewee.
    """
    found = _fields(lines)
    try:
        parsed = yaml.safe_load("\n".join(lines))
    except yaml.YAMLError:
        return found, ""
    if not isinstance(parsed, dict):
        return found, ""
    for key, value in parsed.items():
        if isinstance(key, str) and isinstance(value, str) and key.strip().lower() in found:
            found[key.strip().lower()] = " ".join(value.split())
    if chat := archived_chat(parsed):
        # The posts' own keys ("name:", "text:") are the chat's, no field of the page.
        keys = {key.strip().lower() for key in parsed if isinstance(key, str)}
        text, guest = chat
        return {"interviewee": guest} | {key: value for key, value in found.items() if key in keys}, text
    return found, ""


def _is_field_block(found: dict[str, str], lines: int) -> bool:
    """Every line of the paragraph a field, two of them fields a knowledge file uses or an email's."""
    known = sum(key in _KNOWN_FIELDS or key in _EMAIL_FIELDS for key in found)
    return bool(lines) and len(found) == lines and known >= 2


# The line over a forwarded email's header or a quoted one, as mail programs print it.
FORWARDED = re.compile(
    r"^\s*(?:-{2,}\s*(?:Forwarded message|Original Message)\s*-{2,}|Begin forwarded message:)\s*$",
    re.IGNORECASE,
)


def email_headers(text: str) -> tuple[dict[str, str], str]:
    """The fields of the first email header inside the page, and the page without any of them.

    An interview forwarded to its editor, or pasted from a newsletter, prints the header of the email
    it came in after the newsletter's links ("From:", "Date:", "Subject:", "To:" under "Forwarded
    message"): a header still, whose addresses are never an answer's words.
    """
    found: dict[str, str] = {}
    kept: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        lines = [line for line in paragraph.split("\n") if line.strip()]
        head = lines[1:] if lines and FORWARDED.match(lines[0]) else lines
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


# A date as a header prints it: "2019-05-12", "12.05.2019", "12/05/2019" or "5/12/19", "12 May 2019".
_PRINTED_DATE = (
    r"(?:\d{4}-\d{2}-\d{2}|\d{4}/\d{2}/\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])"
    rf"|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTH_NAMES})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+\d{{4}})"
)
# The day of the week a briefing or a press release prints before its date: "Thursday, 14 September 2023".
_DAY_DATE = rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?{_PRINTED_DATE}"
# What a byline or a credit says its writer wrote for, after their name: "… for Harbour Weekly", "… (Harbour
# Weekly)".
WROTE_FOR = r"(?:\s+for\s+|\s*\()(?P<publication>(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z0-9][\w'’&.-]*){0,4})\)?"
# A header's dateline or byline, which a plain-text page may print on the line under its title with no
# blank line between: "Published March 2021", "Date: 3 June 2020", "Posted on 2019-05-12 by Ann Marsh",
# "Posted by admin on 5 January 2024", "Logged 2 March 2024 in #fennel", "By Ann Marsh | 12 May 2019",
# "By Ann Marsh for Harbour Weekly",
# or the date alone, maybe after its weekday; after the word that says what happened then, the year alone
# too ("Published 2013", "Recorded in 1998"). Its first word in capitals, so a wrapped sentence's line
# ("by the end of ...") is not one.
DATELINE = re.compile(
    rf"^\s*(?:(?:(?:First )?Published|Posted|Updated|Dated?|Recorded|Interviewed|Logged|Filed|Aired|Broadcast"
    rf"|Released|Sent)(?:\s+on|\s+in)?\s*:?\s+(?:{_DAY_DATE}|(?:19|20)\d{{2}})(?:\s+(?:in|at)\s+[^.?!]{{1,40}}(?<![.?!]))?"
    rf"|(?:Posted|Written)\s+by\s+[\w'’.@-]+(?:\s+[A-Z][\w'’.-]*){{0,3}}\s+on\s+{_DAY_DATE}"
    rf"|By\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}(?:{WROTE_FOR})?(?:\s*(?:[|·,—–-]|on)\s*{_DAY_DATE})?"
    rf"|{_DAY_DATE})(?:\s*(?:[|·,—–-]|by)\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})?\s*$"
)
