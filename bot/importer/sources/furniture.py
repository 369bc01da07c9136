"""Page furniture: what a page prints around the interview rather than in it, which reading drops.

Buttons, captions, credits, page numbers, editors' notes, a newsletter's lines, readers' comments and the
chrome under the last answer; and the lines about the interview (tag line, author box, credit, bio) that
the metadata and the layouts read rather than drop.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.importer.sources.blocks import Block, asks
from bot.importer.sources.header import DATELINE, FORWARDED, FULL_MONTH_NAMES, WROTE_FOR
from bot.importer.sources.times import BRACKETED_TIME

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


def without_comments(blocks: list[Block], dropped: list[str]) -> list[Block]:
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
SUBSCRIBE_PITCH = re.compile(
    r"\bThanks for reading\b.*\bsubscribe\b|^Subscribe (?:now|for free\b|to [^.?!]{1,60}$)"
    r"|^(?:Enjoyed|Liked|Loved|Did you enjoy) (?:this|today's) "
    r"(?:issue|edition|newsletter|post|story|thread)\b",
    re.IGNORECASE,
)


def _closing_chrome(text: str) -> bool:
    """A short line that speaks of the page or tags it, and ends no sentence of an answer with a stop.

    A platform's reaction counts and its pitch to subscribe are chrome however they end.
    """
    if _reactions(text) or SUBSCRIBE_PITCH.search(text.strip()):
        return True
    if len(text.split()) > _CHROME_WORDS or re.search(r"[.?…][\"”’')\]]*$", text):
        return False
    return bool(_ABOUT_THE_PAGE.search(text) or _TAG.match(text) or DATELINE.match(text))


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


def without_closing_chrome(blocks: list[Block], dropped: list[str]) -> list[Block]:
    """The page without the run of chrome under its last answer: the site's buttons and tags, no answer's.

    Only at the very end, where nothing of the interview follows them: the same words in a lead or a
    turn may be the interview's own. A closing section ("More from …") goes with all below it, where no
    question follows: an author's bio and the titles of other stories say nothing of the interview.
    """
    last_question = max((number for number, block in enumerate(blocks) if asks(block.text)), default=-1)
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


def stage_direction(line: str) -> bool:
    """A note in brackets ("(Laughter.)", "[inaudible]"): on its own line in a turn, dropped alone."""
    return bool(_STAGE_DIRECTION.match(line.strip()))


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
PAGE_NUMBER = re.compile(rf"^(?:[-–—]\s?)?(?:page\s+)?{_PAGE}(?:\s?[-–—])?$", re.IGNORECASE)  # "– 2 –" too
# Where a printed or paged article jumps: "Continued on page 2", "(Continued from page 1)", "Continued on
# next page", "Turn to page 4", "Continued".
_JUMP_LINE = re.compile(
    r"^\(?(?:(?:continued|cont(?:'d|’d|\.)) (?:on|from) (?:the )?"
    r"(?:(?:page|p\.) ?\d{1,3}|next page|previous page)|turn to (?:page|p\.) ?\d{1,3}|continued)\)?[.…:]?$",
    re.IGNORECASE,
)
# A printed page's head or foot with its number set apart on the same line, as a PDF's text keeps it:
# "Riverside Allotment Society Newsletter        Page 2"; no sentence sets "page 2" off so.
PAGED_LINE = re.compile(
    rf"^\S.{{0,80}}?\s{{3,}}page\s+{_PAGE}$|^page\s+{_PAGE}\s{{3,}}\S.{{0,80}}$",
    re.IGNORECASE,
)
# Such a head whose count of pages the PDF wrapped onto the line under it ("… Page 10 of" over "18"), as a
# wider page number pushes the total past the line's end.
PAGED_LINE_WRAPPED = re.compile(r"^\S.{0,80}?\s{3,}page\s+\d{1,3}\s+of$", re.IGNORECASE)
PAGE_TOTAL = re.compile(r"^\d{1,3}$")
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
CAPTION = re.compile(
    r"^(?:image|photo|photograph|picture|pictured|caption|credit|image credit|photo credit|illustration|"
    r"video|figure|fig\.)\s*(?:\d+)?\s*(?::|by\b|credit\b|—|–|-)",
    re.IGNORECASE,
)
# A caption left in the text ends in its credit: "The lamp room today. (Photo by Lars Moe)", "Jon Vik in
# 1998. Photo: Kari Dahl", "Courtesy of the Skarv Museum". The credit names someone, in capitals, with
# no full stop after it, where a sentence of an answer ("the photo by my bed.") ends in one. A photo's
# credit may be the copyright sign and the name alone, on the line under it ("©Paul Wearing").
CREDIT = re.compile(
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
TIME_MARKER = re.compile(rf"^(?:[A-Z][\w ]{{0,20}}:\s*)?{BRACKETED_TIME}:?$")
# The mark a press release or a transcript ends with, under the last answer or the thanks after it:
# "ENDS", "[ENDS]", "— ENDS —", "END", "-30-", "###", or the time the briefing ended, as the White House
# prints it ("END 1:59 P.M. EST"). In capitals: an answer may end on the word ("End.").
END_MARK = re.compile(
    r"^[\[(–—-]?\s*(?:ENDS?(?:\s+\d{1,2}:\d{2}\s*[AP]\.?M\.?(?:\s+[A-Z]{2,4})?)?|-30-|#{3})\s*[\])–—-]?$"
)

# A rights statement over or under a transcript, as a study or an archive publishes it with the text: who
# transfers the copyright to whom, or the licence the speaker releases the work under ("I, Ida Voss, hereby
# release this work under the following open license: …", "This transcript is licensed under …"), and its
# heading alone on its line ("Copyright transfer statement", "License"). None is a word of the interview.
_RIGHTS = re.compile(
    r"^(?:copyright(?: transfer)?|rights|licen[cs]e|release)(?: statement| notice)?:?$"
    r"|^[^.!?]{0,120}\bhereby (?:irrevocably )?"
    r"(?:transfers?|assigns?|releases?|grants?|licen[cs]es?|dedicates?)\b"
    r"[^!?]{0,300}?\b(?:copyrights?|licen[cs]e|public domain)\b"
    r"|^this (?:work|transcript|interview|text) is licen[cs]ed under\b",
    re.IGNORECASE,
)
# The marks a transcript's text is set between: "BEGIN TRANSCRIPT", "[End of transcript]".
_TRANSCRIPT_MARK = re.compile(
    r"^[\[(]?\s*(?:begin|start|end)(?: of)?(?: the)? transcript\s*[\])]?\.?$", re.IGNORECASE
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
# A German page's notes under the interview: where it first appeared ("Dieses Interview erschien zuerst im
# Hafenblatt.", "Der Text ist zuerst bei … erschienen", "Zuerst erschienen in …", "Erstveröffentlichung: …")
# and how it was made or edited ("Das Interview wurde schriftlich geführt.", "Das Gespräch wurde gekürzt und
# redigiert."). Each names the interview or the text as its subject: an answer's "Das Buch erschien 1990."
# does not.
_GERMAN_NOTE = re.compile(
    r"^\W*(?:(?:dies(?:es|er)|das|der) (?:interview|gespräch|text|beitrag|artikel) (?:erschien|ist|wurde)"
    r" (?:zuerst|erstmals|ursprünglich)\b"
    r"|(?:zuerst|erstmals) (?:erschienen|veröffentlicht) (?:in|im|bei|auf)\b"
    r"|erstveröffentlichung\s*:|(?:dies(?:es|er)|das) (?:interview|gespräch) wurde (?:[\w-]+ ){0,4}?"
    r"(?:gekürzt|redigiert|bearbeitet|autorisiert|geführt|übersetzt)\b[^.!?]{0,60}[.!?]?\W*$)",
    re.IGNORECASE,
)


# An emailed interview's sign-off under the last answer: "Best,\nCora", "Kind regards, Cora Vance". No
# full stop after the name, where an answer's "Thanks, Mark." ends in one.
SIGN_OFF = re.compile(
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


# An archive's note on the copy it keeps, over the page it saved: "This is a read-only mirror of the content
# originally found on forum.example.org (now offline), salvaged from Wayback machine copies." A mirror or a
# copy the note does not call read-only, static, archived, saved or offline may be an answer's.
_ARCHIVE_NOTE = re.compile(
    r"^(?:this is |it is )?an? (?:read-only|static|archived|saved|offline) (?:mirror|copy|archive)\b"
    r".{0,80}?\b(?:of|from)\b.{0,60}?\b(?:content|posts|pages|boards|forums?|site|website)\b.{0,200}$",
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
        CAPTION,
        _IMAGE_FILE,
        PAGE_NUMBER,
        _JUMP_LINE,
        _EDITED_NOTE,
        _TRANSCRIPT_NOTE,
        TIME_MARKER,
        END_MARK,
        _TRANSCRIPT_MARK,
        _RIGHTS,
        SIGN_OFF,
        _SYNDICATION,
        _GERMAN_NOTE,
        _ASKED_BY,
        _MAIL_FURNITURE,
        FORWARDED,
        _FEED_LINK,
        _ARCHIVE_NOTE,
    )
    if any(pattern.match(line) for pattern in patterns) or _reactions(line):
        return True
    if len(line.split()) <= 40 and (
        CREDIT.search(line) or _SUBSCRIPTION.search(line) or _AD_NOTICE.search(line)
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
_TAG_LABEL = r"(?:tags|topics|keywords|labels|categor(?:y|ies)|filed under)"
TAG_LINE = re.compile(rf"^{_TAG_LABEL}\s*:\s*(?P<tags>.+)$", re.IGNORECASE)
# The label a page prints over a field of its own under the article, alone on its line, as a university's
# or a government's news page does (Drupal's "field__label"): "Media contact" over a name, an address and
# a telephone number, "Tags" over the tags' links, "Share this story" over its buttons.
FIELD_LABEL = re.compile(
    rf"^(?:{_TAG_LABEL}|related (?:topics|stories|articles|links)"
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
# by Jane Roe", or as a magazine's credits under it, "Interviewer: Jane Roe (aka Tidewatcher)", the handle
# after the name no part of it, as the publication they asked for is ("Interview by Jane Roe for Harbour
# Weekly"). It names who asked; the whole line is the credit, no answer's sentence.
# A page in another language credits them so in its own words: "Das Interview führte Jane Roe.", "Das
# Gespräch führten Jane Roe und Tom Berg.", "Die Fragen stellte …", "Propos recueillis par …", "Entretien
# réalisé par …", "Entrevista realizada por …", "Intervista a cura di …".
# Blogger signs each post so under its last paragraph, with the time it went up and the count of its
# comments: "Posted by Jane Roe at 7:00 AM", "Posted by Jane Roe at 19:05 No comments:"; a magazine's
# older blog software after a comma, with the date and the time: "Posted by Jane Roe, June 24, 2005 6:20 PM".
_POSTED_ON = (
    rf"(?:{FULL_MONTH_NAMES}) \d{{1,2}},? \d{{4}},?(?: (?:at )?\d{{1,2}}:\d{{2}}(?:\s?[AaPp]\.?[Mm]\.?)?)?"
)
CLOSING_CREDIT = re.compile(
    r"^(?:(?:Interview(?:ed)?|Interview conducted|Questions|Q&A|Conducted)(?: and [a-z]+)? by |Posted by "
    r"|Interviewer: |Das (?:Interview|Gespräch) führten? |Die Fragen stellten? |Propos recueillis par "
    r"|(?:Entretien|Interview) réalisée? par |Entrevista (?:realizada |conduzida )?por "
    r"|Intervista (?:a cura )?di )"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?: (?:[A-Z]\.|[A-ZÀ-ÖØ-Þ][\w'’-]+)){1,3}"
    r"(?: (?:und|and|&|et|e|y) [A-ZÀ-ÖØ-Þ][\w'’-]+(?: (?:[A-Z]\.|[A-ZÀ-ÖØ-Þ][\w'’-]+)){1,3})?)"
    r"(?: \((?:aka|a\.k\.a\.) [^()]{1,40}\))?"
    rf"(?:{WROTE_FOR})?"
    r"(?:\.|(?<=[a-z]) at \d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?: (?:No|\d{1,4}) comments?:)?"
    rf"|(?<=[a-z]), {_POSTED_ON})?$"
)
# The publication's thanks under the interview to those who helped make it, or to the guest for their
# time, in the third person: "Thanks a lot to Jo R. and Tom B. for proofreading. Also thanks a lot to Ida
# for her time!" A forum poster puts it under the interview they post. Thanks to "you" is said to the guest.
_THANKED_FOR_THE_PIECE = (
    r"(?:(?:also|and|special|many|big|huge|a)\s+)*(?:thanks|thank you)"
    r"(?:\s+(?:a lot|so much|very much|again))?\s+(?:also\s+)?to\s+"
    r"(?!you\b|everyone\b|all\b)[^!?]{1,120}?\s+for\s+"
    r"(?:proof-?reading|proofing|transcribing|the transcript(?:ion)?|translating|the translation|editing"
    r"|the (?:photos?|pictures?|images|illustrations)|(?:his|her|their) time|the interview)\b[^.!?]*[.!]+"
)
PAGE_THANKS = re.compile(rf"^{_THANKED_FOR_THE_PIECE}(?:\s+{_THANKED_FOR_THE_PIECE})*$", re.IGNORECASE)
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
