"""HTML to the same light Markdown a text file would use, so that one reader serves both.

Keeps the words a reader sees and the page's own metadata (meta tags, schema.org data); leaves out
asides, comments, navigation and hidden parts; labels the questions only the page's markup sets apart.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

from bot.importer.sources.blocks import ITALIC, ITEM, SENTENCE_END
from bot.importer.sources.inline import inline_text
from bot.importer.sources.speakers import LABEL

_HTML_DOCUMENT = re.compile(r"<!doctype html|<html[\s>]|<body[\s>]", re.IGNORECASE)
_HTML_BLOCK_TAG = r"<(?:p|div|h[1-6]|article|section|main|header|ul|ol|dl|table|blockquote|figure)[\s>]"
_HTML_BLOCK_LINE = re.compile(rf"^\s*{_HTML_BLOCK_TAG}", re.IGNORECASE | re.MULTILINE)
_HTML_BLOCK = re.compile(rf"\A\s*{_HTML_BLOCK_TAG}", re.IGNORECASE)


# Markdown's own block marks: front matter opening the file, or a "#" heading.
_MARKDOWN_BLOCK_LINE = re.compile(r"\A\s*---[ \t]*$|^#{1,6}[ \t]+\S", re.MULTILINE)


def looks_like_html(text: str) -> bool:
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


# A style sheet's rules for one class alone (".c4{font-weight:700}"), as Google Docs exports a document: its
# bold and italics are classes of spans, defined in the page's <style>, not tags or style attributes.
_CLASS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_ONE_CLASS = re.compile(r"^\.(-?[_a-zA-Z][\w-]*)$")


def class_styles(sheet: str) -> dict[str, str]:
    """The declarations a style sheet gives each class that a rule names alone."""
    styles: dict[str, str] = {}
    for selectors, declarations in _CLASS_RULE.findall(re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)):
        for selector in selectors.split(","):
            if found := _ONE_CLASS.match(selector.strip()):
                styles[found[1]] = f"{styles.get(found[1], '')};{declarations}"
    return styles


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
    return ("**" if bold else "") + (ITALIC if italic else "")


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


# The marks Markdown reads as emphasis or code, set against a word. In a page's text they are the words'
# own, as a forum prints what its poster typed ("*Use Object Tables*!"): escaped, the Markdown reader keeps
# them as printed. A rule of marks alone ("* * *", "_____") is no emphasis, and stays a rule.
_MARKDOWN_MARK = re.compile(r"(?<=[^\W_])[*_`]|[*_`](?=[^\W_])")


class HtmlToMarkdown(HTMLParser):
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
        self._sheet: list[str] | None = None  # the style sheet being read
        self._class_styles: dict[str, str] = {}  # what the page's style sheets say of each class

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
        if tag == "style":
            self._sheet = []
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
            self._out.append(f"{ITEM}{'-' if number is None else f'{number}.'} ")
            self._numbering[-1] = None if number is None else number + 1
        if re.fullmatch(r"h[1-6]", tag):
            self._out.append("#" * int(tag[1]) + " ")
            self._heading = True
        elif tag in _INLINE_STYLED:
            # The element's own style says more than its classes': it is read first.
            classes = (self._class_styles.get(name, "") for name in attributes.get("class", "").split())
            marks = _emphasis(tag, ";".join([attributes.get("style", ""), *classes]))
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
        if tag == "style" and self._sheet is not None:
            self._class_styles.update(class_styles("".join(self._sheet)))
            self._sheet = None
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
        if self._sheet is not None:
            self._sheet.append(data)
        if not self._skipping:
            self._out.append(_MARKDOWN_MARK.sub(r"\\\g<0>", re.sub(r"\s+", " ", data)))

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
            if not re.match(LABEL, inline_text(block)):
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
                if term and SENTENCE_END.search(inline_text("".join(self._out[entry.term_end : entry.end])))
            ]
            distinct = len({term for _, term in said}) == len(said)
            if len(said) < 2 or len(said) * 2 <= len(group) or not distinct:
                continue
            # Among them, a term that asks or says a sentence is a question or a prompt, whatever its answer
            # ends on (a list of links, a reply cut off by a dash).
            saying = {id(entry) for entry, _ in said}
            for entry, term in held:
                if id(entry) not in saying and not SENTENCE_END.search(term):
                    continue
                if not re.match(LABEL, term):
                    self._out[entry.mark] = "Q: "
                self._label_answer(entry)

    def _label_answer(self, entry: _Entry) -> None:
        """Label "A:" the text under a term labelled "Q:": a definition's own "Website:" or "A)" is no turn.

        Unlabelled, an answer's line that reads as a label ("Website: …", "A) …") would start a turn of
        its own, or pair with the terms' "Q:" as their answers' label.
        """
        # The first words or list mark: a summary's closing "**" comes after its term's end.
        start = next((n for n in range(entry.term_end, entry.end) if self._out[n].strip(" \n*_")), None)
        if start is not None and not re.match(LABEL, inline_text(self._out[start].strip())):
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
        lines = _parted_at_sentences([line.strip() for line in text.split("\n")])
        text = re.sub(r"(?m)^#{1,6}$", "", "\n".join(lines))  # a heading with nothing left to show
        text = re.sub(r"\n{3,}", "\n\n", text).strip()
        # A list item's mark before its first words, as Markdown writes it; an empty item's goes.
        text = re.sub(rf"{ITEM}(\S+)\s+(?=[^\s{ITEM}])", r"\1 ", text)
        text = re.sub(rf"{ITEM}\S+\s*", "", text)
        # A FAQ page may print its questions only in its schema.org data, the visible page built from
        # it by a script: then they are the page. Printed on the page too, they are read there.
        shown = _bare_words(inline_text(text))
        if self._questions and not any(_bare_words(name) in shown for name in self._questions):
            pairs = (f"Q: {name}\n\nA: {_markdown(answer)}" for name, answer in self._questions.items())
            text = "\n\n".join((text, *pairs)).strip()
        return text


# What opens a line that starts a sentence of its own: a capital, a digit, or a quote or bracket before one.
_SENTENCE_OPENING = re.compile(r"[\"“‘'(]?[A-Z0-9]")


def _parted_at_sentences(lines: list[str]) -> list[str]:
    """The lines, a blank one after each line broken ('<br />') after a sentence's end, before a new one.

    Inside a paragraph only a '<br />' breaks a line here (the page's own line ends are spaces): one after
    a sentence's end, the next line opening another, parts two paragraphs, as a reader sees them. Read
    as one paragraph, the line under it would run on with the one over it, or not, as the lines around
    it happened to ask, and the answer to a question asked over it be joined to the answer before.
    """
    parted: list[str] = []
    for line, after in zip(lines, [*lines[1:], ""], strict=True):
        parted.append(line)
        if line and SENTENCE_END.search(line) and _SENTENCE_OPENING.match(after):
            parted.append("")
    return parted


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
    page = HtmlToMarkdown()
    page.feed(fragment)
    page.close()
    return page.markdown()


def _bare_words(text: str) -> str:
    """The words alone, to find a question on the page however it is spaced or punctuated.

    Unlike ``plain_words`` in layouts/pull_quotes.py, an apostrophe parts words too, so "don't" and "don’t"
    match.
    """
    return " ".join(re.findall(r"\w+", text.lower()))


def html_blocks(text: str) -> str:
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
