"""The corpus's interviews printed in common publishing layouts, and what ``import`` gets back from each.

A metamorphic check of the importer: the same curated pairs and metadata, laid out as sites, transcripts
and caption files print interviews, must import back to the same questions, the same answers word for
word and the same interviewee, title and date. Each renderer is a small function in our own words; none
copies a page of the corpus. ``python -m eval layouts`` prints the table.
"""

from __future__ import annotations

import html
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.core.loader import KnowledgeError, load_knowledge
from bot.core.models import printed_date, spell_out_date
from bot.importer import NoInterviewFound, import_file
from bot.importer.layouts.asking import ends_asking
from eval.corpus import QuestionSet

# The interviewer the speaker layouts name: none of the corpus's pages names one we could use throughout.
INTERVIEWER = "Ruth Calder"
_TITLE_WORD = re.compile(r"^(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+")
_LIST_LINE = re.compile(r"^(?:[-*•]|\d+[.)])\s")


@dataclass(frozen=True, slots=True)
class Sample:
    """One curated interview, as much of it as a page prints: metadata and the question/answer pairs."""

    name: str
    title: str
    interviewee: str
    role: str | None
    organisation: str | None
    published: str | None
    pairs: tuple[tuple[str, str], ...]

    @property
    def panel(self) -> bool:
        """Several people answer: the curated answers name who says what, so no one label fits them."""
        return " and " in self.interviewee or "," in self.interviewee

    @property
    def speaker(self) -> str:
        """The interviewee as a transcript labels them: the name alone, no title or nickname."""
        return _TITLE_WORD.sub("", re.split(r"\s*[(,]", self.interviewee)[0]).strip()

    @property
    def date(self) -> str | None:
        """The date as a reader sees it ("3 March 2021"), however the curated file wrote it."""
        return spell_out_date(self.published) if self.published is not None else None

    @property
    def lead(self) -> str:
        """A standfirst built from the metadata, as a site writes one over its questions."""
        billing = f", {self.role}" if self.role else ""
        if self.organisation:
            billing += f" at {self.organisation}" if self.role else f" of {self.organisation}"
        return f"We spoke to {self.interviewee}{billing}, about the work and what comes next."


def date_parts(text: str | None) -> tuple[int, int | None, int | None] | None:
    """Year, month and day of a date as the knowledge format reads it; None where it is no such date."""
    if not text:
        return None
    try:
        day, precision = printed_date(text.strip())
    except ValueError:
        return None
    return day.year, day.month if precision != "year" else None, day.day if precision == "day" else None


def samples(question_sets: Sequence[QuestionSet]) -> list[Sample]:
    """Each question set's interview with its curated pairs, the about entry left out."""
    found = []
    for question_set in question_sets:
        knowledge = load_knowledge(question_set.knowledge)
        interview = knowledge.interviews[0]
        pairs = tuple(
            (entry.pair.question, entry.pair.answer) for entry in knowledge.entries if entry.pair.kind == "qa"
        )
        found.append(
            Sample(
                question_set.name,
                interview.title,
                interview.interviewee,
                interview.role,
                interview.organisation,
                interview.published,
                pairs,
            )
        )
    return found


def _paragraphs(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"\n\s*\n", text.strip()) if part.strip()]


def _initials(name: str) -> str:
    return "".join(word[0] for word in re.split(r"[\s-]+", name) if word).upper()


def _text_header(sample: Sample, *lines: str) -> list[str]:
    """A plain page's head: the title, the lines under it (byline, date) and the lead paragraph."""
    dated = [f"Published {sample.date}"] if sample.date else []
    return ["\n".join([sample.title, *lines, *dated]), sample.lead]


def _labelled(first: str, text: str) -> list[str]:
    """A turn whose label opens its first paragraph, the rest following as they are."""
    head, *rest = _paragraphs(text)
    return [f"{first} {head}", *rest]


def qa_labels(sample: Sample) -> str:
    """Q: and A: paragraphs, as magazines and company blogs print a short interview."""
    blocks = _text_header(sample)
    for question, answer in sample.pairs:
        blocks += _labelled("Q:", question) + _labelled("A:", answer)
    return "\n\n".join(blocks)


def bold_qa_labels(sample: Sample) -> str:
    """Markdown with bold **Q:**/**A:** labels, as a static-site blog keeps them."""
    dated = [f"*Published {sample.date}*"] if sample.date else []
    blocks = [f"# {sample.title}", *dated, sample.lead]
    for question, answer in sample.pairs:
        blocks += _labelled("**Q:**", question) + _labelled("**A:**", answer)
    return "\n\n".join(blocks)


def speaker_names(sample: Sample) -> str:
    """Each turn under the speaker's name, then their initials once both have spoken."""
    blocks = _text_header(sample)
    asker, answerer = INTERVIEWER, sample.speaker
    for number, (question, answer) in enumerate(sample.pairs):
        blocks += _labelled(f"{asker}:", question) + _labelled(f"{answerer}:", answer)
        if number == 0:
            asker, answerer = _initials(INTERVIEWER), _initials(sample.speaker)
    return "\n\n".join(blocks)


def bold_questions(sample: Sample) -> str:
    """Markdown whose questions are bold paragraphs over plain answers."""
    return _set_apart(sample, "_{}_", "**{}**")


def heading_questions(sample: Sample) -> str:
    """Markdown whose questions are ``##`` headings, as Hugo and Jekyll interviews are written."""
    return _set_apart(sample, "Published {}", "## {}")


def _set_apart(sample: Sample, dateline: str, question_mark: str) -> str:
    """Markdown under a ``#`` title and a dateline, each question set apart by ``question_mark``."""
    dated = [dateline.format(sample.date)] if sample.date else []
    blocks = [f"# {sample.title}", *dated, sample.lead]
    for question, answer in sample.pairs:
        blocks += [question_mark.format(" ".join(question.split())), *_paragraphs(answer)]
    return "\n\n".join(blocks)


def _html_answer(text: str) -> str:
    """An answer's paragraphs as HTML, its bulleted and numbered lines as the lists they are."""
    parts = []
    for paragraph in _paragraphs(text):
        lines = paragraph.splitlines()
        if len(lines) > 1 and all(_LIST_LINE.match(line) for line in lines):
            tag = "ol" if lines[0][0].isdigit() else "ul"
            items = "".join(f"<li>{html.escape(_LIST_LINE.sub('', line))}</li>" for line in lines)
            parts.append(f"<{tag}>{items}</{tag}>")
        else:
            parts.append(f"<p>{'<br>'.join(html.escape(line) for line in lines)}</p>")
    return "\n".join(parts)


def _html_question(text: str) -> str:
    return html.escape(" ".join(text.split()))


def _html_page(sample: Sample, body: str, *, furniture: bool = False) -> str:
    """A saved page around ``body``: a bare article, or with a site's menu, share links and footer."""
    title = html.escape(sample.title)
    dated = f'<p class="date">{html.escape(sample.date)}</p>' if sample.date else ""
    article = f"<article>\n<h1>{title}</h1>\n{dated}\n<p>{html.escape(sample.lead)}</p>\n{body}\n</article>"
    if not furniture:
        return f"<html><head><title>{title}</title></head><body>\n{article}\n</body></html>"
    parts = date_parts(sample.published)
    if sample.date and parts:
        year, month, day = parts
        stamp = "-".join(f"{value:02d}" for value in (year, month, day) if value is not None)
        dated = f'<p class="byline">By {INTERVIEWER} · <time datetime="{stamp}">{sample.date}</time></p>'
    share = (
        '<div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">Email</a></div>'
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Harbour Review</title></head>
<body>
<header><a href="/">Harbour Review</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/interviews">Interviews</a></li>
<li><a href="/about">About</a></li></ul></nav></header>
<main><article>
<h1>{title}</h1>
{dated}
{share}
<p class="standfirst">{html.escape(sample.lead)}</p>
{body}
{share}
</article></main>
<footer><p>© Harbour Review. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body></html>"""


def html_headings(sample: Sample) -> str:
    """A saved news page: menu, share links and footer around ``<h2>`` questions."""
    body = "\n".join(f"<h2>{_html_question(q)}</h2>\n{_html_answer(a)}" for q, a in sample.pairs)
    return _html_page(sample, body, furniture=True)


def html_strong(sample: Sample) -> str:
    """A CMS article whose questions are paragraphs in ``<strong>``."""
    body = "\n".join(
        f"<p><strong>{_html_question(q)}</strong></p>\n{_html_answer(a)}" for q, a in sample.pairs
    )
    return _html_page(sample, body)


def html_definitions(sample: Sample) -> str:
    """Questions and answers as a definition list, as FAQ-style interviews mark them up."""
    items = "\n".join(f"<dt>{_html_question(q)}</dt>\n<dd>{_html_answer(a)}</dd>" for q, a in sample.pairs)
    return _html_page(sample, f"<dl>\n{items}\n</dl>")


def plain_paragraphs(sample: Sample) -> str:
    """Unmarked question paragraphs after a title, byline, date and lead: only the "?" tells them apart."""
    blocks = _text_header(sample, f"By {INTERVIEWER}")
    for question, answer in sample.pairs:
        blocks += [" ".join(question.split()), *_paragraphs(answer)]
    return "\n\n".join(blocks)


def numbered(sample: Sample) -> str:
    """Numbered questions ("1. …") over their answers, as a questionnaire interview prints them."""
    blocks = _text_header(sample)
    for number, (question, answer) in enumerate(sample.pairs, 1):
        blocks += [f"{number}. {' '.join(question.split())}", *_paragraphs(answer)]
    return "\n\n".join(blocks)


def _clock(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def timestamps(sample: Sample) -> str:
    """A podcast transcript: "[00:01:23] Name:" before each turn, the clock running at talking speed."""
    blocks = _text_header(sample)
    seconds = 0
    for question, answer in sample.pairs:
        for name, words in ((INTERVIEWER, question), (sample.speaker, answer)):
            blocks += _labelled(f"[{_clock(seconds)}] {name}:", words)
            seconds += max(2, len(words.split()) * 60 // 150)
    return "\n\n".join(blocks)


def captions(sample: Sample) -> str:
    """A WebVTT caption file with ``<v Name>`` voice tags, each turn cut into cues of a dozen words."""
    cues = [f"WEBVTT - {sample.title}"]
    milliseconds = 0
    for question, answer in sample.pairs:
        for name, text in ((INTERVIEWER, question), (sample.speaker, answer)):
            words = text.split()
            for start in range(0, len(words), 12):
                line = " ".join(words[start : start + 12])
                end = milliseconds + 4000
                cues.append(f"{_cue_time(milliseconds)} --> {_cue_time(end)}\n<v {name}>{line}")
                milliseconds = end
    return "\n\n".join(cues) + "\n"


def _cue_time(milliseconds: int) -> str:
    return f"{_clock(milliseconds // 1000)}.{milliseconds % 1000:03d}"


def capital_speakers(sample: Sample) -> str:
    """A broadcast transcript: "RUTH CALDER, HOST:" once, then surnames in capitals."""
    blocks = _text_header(sample)
    asker, answerer = f"{INTERVIEWER.upper()}, HOST:", f"{sample.speaker.upper()}:"
    for question, answer in sample.pairs:
        blocks += _labelled(asker, question) + _labelled(answerer, answer)
        asker = f"{INTERVIEWER.split()[-1].upper()}:"
        answerer = f"{sample.speaker.split()[-1].upper()}:"
    return "\n\n".join(blocks)


@dataclass(frozen=True, slots=True)
class Layout:
    """A renderer, the file suffix it is saved with, and what its page can be expected to carry.

    ``speakers``: the layout labels one interviewee, so panels are left out. ``by_mark``: only a "?" tells
    a question apart, so curated questions that ask nothing are reported apart. ``metadata``: the fields
    the rendering prints.
    """

    name: str
    suffix: str
    render: Callable[[Sample], str]
    speakers: bool = False
    by_mark: bool = False
    metadata: tuple[str, ...] = ("interviewee", "title", "date")


LAYOUTS = (
    Layout("Q:/A: labels", ".txt", qa_labels),
    Layout("**Q:**/**A:** Markdown", ".md", bold_qa_labels),
    Layout("speaker names, initials", ".txt", speaker_names, speakers=True),
    Layout("bold questions", ".md", bold_questions),
    Layout("## heading questions", ".md", heading_questions),
    Layout("HTML page, <h2> questions", ".html", html_headings),
    Layout("HTML <p><strong>", ".html", html_strong),
    Layout("HTML <dl>", ".html", html_definitions),
    Layout("plain ? paragraphs", ".txt", plain_paragraphs, by_mark=True),
    Layout("numbered questions", ".txt", numbered),
    Layout("[00:01:23] timestamps", ".txt", timestamps, speakers=True),
    Layout("WebVTT <v> captions", ".vtt", captions, speakers=True, metadata=("title",)),
    Layout("CAPITALS speakers", ".txt", capital_speakers, speakers=True),
)


def _normal(text: str) -> str:
    """Whitespace collapsed and Markdown's emphasis marks dropped: curated answers keep "**all**" where an
    import, rightly, keeps the words alone."""
    return " ".join(text.replace("*", "").split())


@dataclass(frozen=True, slots=True)
class Score:
    """One rendering imported back: shares are over the curated pairs a layout can be expected to find."""

    interview: str
    refused: bool = False
    turns: float = 0.0
    exact: float = 0.0
    contained: float = 0.0
    verbatim: float = 0.0
    unmarked: float | None = None
    interviewee: float | None = None
    title: float | None = None
    date: float | None = None
    check: float = 0.0

    @property
    def overall(self) -> float:
        """One figure to rank interviews by: found turns, questions and answers weigh alike."""
        return (min(self.turns, 1 / self.turns if self.turns else 0) + self.contained + self.verbatim) / 3


def score(sample: Sample, layout: Layout, folder: Path) -> Score:
    """Render ``sample`` in ``layout``, import it from a file and compare the draft with the curated pairs."""
    path = folder / f"{sample.name}{layout.suffix}"
    path.write_text(layout.render(sample), encoding="utf-8")
    try:
        draft = import_file(path)
    except NoInterviewFound:
        return Score(sample.name, refused=True)
    found = [pair for pair in draft.knowledge.pairs if pair.kind == "qa"]
    questions = [_normal(pair.question) for pair in found]
    answers = {_normal(pair.answer) for pair in found}
    expected = [(q, a) for q, a in sample.pairs if ends_asking(q) or not layout.by_mark]
    unmarked = [q for q, _ in sample.pairs if layout.by_mark and not ends_asking(q)]
    interview = draft.knowledge.interview
    expects = {name for name in layout.metadata if name != "date" or date_parts(sample.published)}

    def right(name: str, passed: bool) -> float | None:
        return float(passed) if name in expects else None

    return Score(
        sample.name,
        turns=len(found) / len(sample.pairs),
        exact=_share([_normal(q) in questions for q, _ in expected]),
        contained=_share([any(_normal(q) in asked for asked in questions) for q, _ in expected]),
        verbatim=_share([_normal(a) in answers for _, a in expected]),
        unmarked=_share([any(_normal(q) in asked for asked in questions) for q in unmarked])
        if unmarked
        else None,
        interviewee=right(
            "interviewee", _normal(interview.interviewee).casefold() == _normal(sample.interviewee).casefold()
        ),
        title=right("title", _normal(interview.title) == _normal(sample.title)),
        date=right("date", date_parts(interview.published) == date_parts(sample.published)),
        check=float(_checks(draft.yaml, folder / sample.name)),
    )


def _share(hits: Sequence[bool]) -> float:
    return sum(hits) / len(hits) if hits else 1.0


def _checks(draft: str, folder: Path) -> bool:
    """Whether ``interview-bot check`` would pass the draft as it comes out."""
    folder.mkdir(exist_ok=True)
    (folder / "draft.yaml").write_text(draft, encoding="utf-8")
    try:
        load_knowledge(folder)
    except KnowledgeError:
        return False
    return True


def scores(sample_list: Sequence[Sample]) -> dict[str, list[Score]]:
    """Every interview in every layout it fits, by layout name."""
    table: dict[str, list[Score]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for layout in LAYOUTS:
            table[layout.name] = [
                score(sample, layout, Path(folder))
                for sample in sample_list
                if not (layout.speakers and sample.panel)
            ]
    return table


COLUMNS = ("turns", "exact", "contained", "verbatim", "unmarked", "interviewee", "title", "date", "check")


def _mean(values: Sequence[float | None]) -> str:
    present = [value for value in values if value is not None]
    return f"{sum(present) / len(present):.2f}" if present else "-"


def table(results: dict[str, list[Score]], worst: int = 3) -> list[str]:
    """The layout × score table, then each layout's worst interviews with what went wrong in them."""
    lines = [f"{'layout':<28} {'n':>3} {'refused':>7} " + " ".join(f"{c[:9]:>9}" for c in COLUMNS)]
    for name, found in results.items():
        kept = [s for s in found if not s.refused]
        cells = [_mean([getattr(s, column) for s in kept]) for column in COLUMNS]
        refused = sum(s.refused for s in found)
        lines.append(f"{name:<28} {len(found):>3} {refused:>7} " + " ".join(f"{c:>9}" for c in cells))
    lines.append("")
    lines.append(
        "worst interviews per layout (turns found/curated, questions contained, answers verbatim, metadata)"
    )
    for name, found in results.items():
        ranked = sorted(found, key=lambda s: (not s.refused, s.overall, -len(_wrong(s))))[:worst]
        described = [_describe(s) for s in ranked if s.refused or s.overall < 1 or _wrong(s)]
        if described:
            lines.append(f"  {name}: " + "; ".join(described))
    return lines


def _wrong(found: Score) -> list[str]:
    return [name for name in ("interviewee", "title", "date", "check") if getattr(found, name) == 0]


def _describe(found: Score) -> str:
    if found.refused:
        return f"{found.interview} refused"
    wrong = "".join(f" {name}✗" for name in _wrong(found))
    return f"{found.interview} {found.turns:.2f}/{found.contained:.2f}/{found.verbatim:.2f}{wrong}"
