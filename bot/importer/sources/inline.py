"""The visible text of a line of Markdown: links as their words, images, template tags and emphasis gone.

Also tells a line made only of links (navigation, tags, share buttons) from a line of text.
"""

from __future__ import annotations

import html
import re

from bot.importer.sources.blocks import ITALIC
from bot.importer.sources.lines import LIST_MARK

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


# An HTML tag left in a Markdown line, never shown; and the elements HTML has, by name, the obsolete ones
# old pages still carry too ("<big>", "<nobr>").
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_ELEMENTS = frozenset(
    """a abbr acronym address applet area article aside audio b base basefont bdi bdo big blink blockquote
    body br button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir
    div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head
    header hgroup hr html i iframe img input ins kbd label legend li link main map mark marquee menu meta
    meter nav nobr noframes noscript object ol optgroup option output p param picture pre progress q rp rt
    ruby s samp script search section select slot small source spacer span strike strong style sub summary
    sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video
    wbr""".split()
)
# What a transcriber notes in angle brackets, words that name no element ("<holds up the map to the
# camera>", or a word alone: "<shrugs>"): the page prints it, as it does a note in square brackets. Dropped
# as a tag, a note between two stops ("… all of them. <shrugs>.") would leave a stray stop behind.
_NOTED = re.compile(r"<(?P<first>[a-z]+)(?: [\w'’,. -]+)?>")


def _tag_or_note(found: re.Match[str]) -> str:
    """Nothing for an HTML tag; a transcriber's note in angle brackets as the page prints it."""
    note = _NOTED.fullmatch(found[0])
    return found[0] if note and note["first"] not in _ELEMENTS else ""


def _link_words(link: re.Match[str]) -> str:
    """A link's words, without the icon and the space a site adds after them ("Kerry&nbsp;<i …></i>")."""
    return re.sub(r"(?:\s|&nbsp;|&#160;|<i\b[^<>]*>\s*</i>)+$", "", link["words"])


# Italics: "*words*" or "_words_". Where a mark opens none, no later mark on its line does either: each one
# closes at the same marks. The pattern then takes the rest of the line, with no group, instead of trying
# again from every mark to the line's end (quadratic: 60,000 characters of "*a *a …" took 13 s). A mark
# escaped ("\*") is the text's own, as an HTML page's text prints it: it opens and closes nothing.
_STARRED = re.compile(r"(?<![\w*\\])\*(?=\S)(.+?)(?<=[^\s\\])\*(?![\w*])|(?<![\w*\\])\*(?=\S).*")
_UNDERSCORED = re.compile(r"(?<![\w_\\])_(?=\S)(.+?)(?<=[^\s\\])_(?![\w_])|(?<![\w_\\])_(?=\S).*")


# The TeX a PDF-to-Markdown converter sets a number or a letter of the printed text in ("$1.9$",
# "$\mathrm{n}$", "$\text{km}$"). An amount in dollars is never closed so right after it ("$5 or $10").
_CONVERTED_MATH = re.compile(
    r"(?<![\w$\\])\$(?:\\(?:mathrm|text|mathit)\s*\{([A-Za-z][A-Za-z ]*)\}"
    r"|(\d+(?:[.,]\d+)*|[A-Za-z]))\$(?![\w$])"
)


def converted_math(text: str) -> str:
    """``text`` with each number or letter a converter set in TeX as the page prints it ("1.9", "n")."""
    return _CONVERTED_MATH.sub(lambda math: math[1] or math[2], text)


def without_images(markdown: str) -> str:
    """``markdown`` without its images ("![alt](address)")."""
    return _IMAGE.sub(lambda image: "" if image["words"] is not None else image[0], markdown)


def _worded(emphasised: str | None) -> bool:
    """Whether marks hold words: underscores alone ("on ___.") are a blank to fill in, printed as typed."""
    return bool(emphasised and emphasised.strip("*_"))


def inline_text(markdown: str) -> str:
    """The visible text of one Markdown line: links reduced to their words, images and markers gone."""
    text = without_images(_TEMPLATE_TAG.sub("", markdown))
    text = _TEXT_LINK.sub(lambda link: link[0] if link["words"] is None else _link_words(link), text)
    text = _REFERENCE_LINK.sub(lambda link: link[1] or link[0], text)  # "[words][3]", "[Emacs][]"
    text = re.sub(r"<(?:https?://|mailto:)[^>]*>", "", text)
    text = _TAG.sub(_tag_or_note, text)
    text = re.sub(r"(\*\*|__)(.+?)\1", lambda bold: bold[2] if _worded(bold[2]) else bold[0], text)
    text = _STARRED.sub(lambda italic: italic[1] or italic[0], text)
    text = _UNDERSCORED.sub(lambda italic: italic[1] if _worded(italic[1]) else italic[0], text)
    text = re.sub(r"(?<!\\)`([^`]*)(?<!\\)`", r"\1", text)
    text = text.replace("**", "").replace(ITALIC, "")
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!>])", r"\1", text)
    return " ".join(html.unescape(text).split())


# What a page prints before links to its other stories: "Related:", "READ MORE:", "More on AI:".
_RELATED_LEAD_IN = re.compile(
    r"^\W*(?:related(?: stories| articles)?|read more|read also|also read|see also|further reading"
    r"|more (?:on|from|about) [^:]{1,40}|(?:subscribe|listen|follow(?: us)?)(?: (?:on|via|in))?)\W*:\W*",
    re.IGNORECASE,
)


def only_links(chunk: str) -> bool:
    """A line made only of links: navigation, tags, share buttons or related stories, or a listed answer."""
    chunk = LIST_MARK.sub("", chunk, count=1)
    rest = _LINK_OR_IMAGE.sub(lambda link: "" if link["words"] is not None else link[0], chunk)
    return rest != chunk and not re.sub(r"[\s|/·•,>*_-]", "", _RELATED_LEAD_IN.sub("", rest))
