"""A chat's question-and-answer session kept as data: a list of posts, each with its replies.

A site that archives a guest's session in a chat (a Slack or Discord thread per question) may keep it in
the page's front matter rather than its text: each post's author and words, and the thread's replies
under it. The page shows it as a conversation; read as text it is YAML. Here the threads become the
exchanges they hold, as "Q:" and "A:" paragraphs: the guest is whoever replies in most threads, a post
the guest answers is a question, and what no answer of the guest's follows (thanks, a comment, a
follow-up left unanswered) is no part of the interview.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

# The keys an export names a post's author and its words by, and the list of replies under it.
_AUTHOR_KEYS = ("name", "author", "user", "username", "sender", "from")
_TEXT_KEYS = ("text", "message", "body", "content")
_REPLY_KEYS = ("replies", "thread", "children", "comments")
# Fewer posts than this are a list of links or people, not a conversation.
_FEWEST_POSTS = 3


@dataclass(frozen=True, slots=True)
class _Post:
    author: str
    text: str
    replies: tuple[_Post, ...] = ()


@dataclass(slots=True)
class _Exchange:
    question: list[str]
    answer: list[str] = field(default_factory=list)


def archived_chat(data: Mapping[str, Any]) -> tuple[str, str] | None:
    """The session a front matter keeps as a list of posts, as "Q:"/"A:" text, and who answers.

    None where no value is such a list, or no one answers in two threads or more.
    """
    for value in data.values():
        threads = _posts(value)
        if len(threads) >= _FEWEST_POSTS and (guest := _guest(threads)):
            exchanges = [exchange for thread in threads for exchange in _exchanges(thread, guest)]
            if exchanges:
                return "\n\n".join(_shown(exchange) for exchange in exchanges), guest
    return None


def _posts(value: object) -> tuple[_Post, ...]:
    """The posts a YAML value lists, their replies under them; none unless every item is a post."""
    if not isinstance(value, list) or not value:
        return ()
    posts: list[_Post] = []
    for item in value:
        if not isinstance(item, Mapping):
            return ()
        author = next((item[key] for key in _AUTHOR_KEYS if isinstance(item.get(key), str)), None)
        text = next((item[key] for key in _TEXT_KEYS if isinstance(item.get(key), str)), None)
        if not author or text is None:
            return ()
        replies: object = next((item[key] for key in _REPLY_KEYS if isinstance(item.get(key), list)), [])
        posts.append(_Post(author.strip(), html.unescape(text), _posts(replies)))
    return tuple(posts)


def _guest(threads: Sequence[_Post]) -> str | None:
    """Who replies in the most threads, in two at least: the one the session asks."""
    replying = Counter(author for thread in threads for author in {reply.author for reply in thread.replies})
    for author, count in replying.most_common(1):
        if count >= 2 and any(thread.author != author for thread in threads):
            return author
    return None


def _exchanges(thread: _Post, guest: str) -> list[_Exchange]:
    """A thread's questions and the guest's answers, in the order they were posted.

    The posts since the guest's last answer are what the next answer answers: those of them that ask,
    or all where none does. An answer that opens on one asker's name answers that asker's posts alone,
    as a guest addresses one of several in a busy thread; a post of the guest's right after their own
    goes on with that answer unless it so addresses another. Posts no answer follows are left out.
    """
    exchanges: list[_Exchange] = []
    waiting: list[_Post] = []
    answered = False  # the last post was the guest's, so a next one of theirs goes on with the answer
    for post in (thread, *thread.replies):
        addressed = [other for other in waiting if post.text.startswith(other.author)]
        if post.author != guest:
            waiting.append(post)
            answered = False
        elif answered and not addressed:
            exchanges[-1].answer.append(post.text)
        elif waiting:
            asked = _answered_posts(addressed or waiting)
            waiting = [other for other in waiting if not any(other is taken for taken in asked)]
            exchanges.append(_Exchange([other.text for other in asked], [post.text]))
            answered = True
    return exchanges


def _answered_posts(candidates: Sequence[_Post]) -> list[_Post]:
    """The posts an answer answers among those it may: the ones that ask, or all where none does."""
    return [post for post in candidates if "?" in post.text] or list(candidates)


def _shown(exchange: _Exchange) -> str:
    """An exchange as labelled paragraphs: the question on one, the answer's lines each on its own."""
    question = " ".join(" ".join(text.split()) for text in exchange.question)
    answer = [paragraph for text in exchange.answer for paragraph in _paragraphs(text)]
    return "\n\n".join([f"Q: {question}", f"A: {answer[0]}", *answer[1:]])


def _paragraphs(text: str) -> list[str]:
    """A post's lines as paragraphs, as the chat shows them; a fenced block of code stays one."""
    paragraphs: list[str] = []
    fenced: list[str] | None = None
    for line in text.split("\n"):
        if fenced is not None:
            fenced.append(line)
            if line.rstrip().endswith("```"):
                paragraphs.append("\n".join(fenced))
                fenced = None
        elif line.lstrip().startswith("```") and not line.rstrip().endswith("```"):
            fenced = [line]
        elif line.strip():
            paragraphs.append(line.strip())
    if fenced:
        paragraphs.append("\n".join(fenced))
    return paragraphs or [text.strip()]
