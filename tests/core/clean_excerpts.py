"""What every excerpt must be, whichever test produced it: whole answer sentences, in order, within a size."""

from bot.core.answers import Match
from bot.core.excerpts import EXCERPT_LIMIT
from bot.core.text import ELLIPSIS, split_sentences


def assert_clean_excerpt(match: Match) -> None:
    """Whole answer sentences in answer order, '…' only between non-adjacent ones, within the limit."""
    excerpt = match.excerpt
    assert 0 < len(excerpt) <= EXCERPT_LIMIT
    assert match.highlight in excerpt
    sentences = split_sentences(match.entry.answer)
    used = 0
    previous_end = -1
    for chunk in excerpt.split(f" {ELLIPSIS} "):
        runs = [
            (start, end)
            for start in range(previous_end + 1, len(sentences))
            for end in range(start + 1, len(sentences) + 1)
            if " ".join(sentences[start:end]) == chunk
        ]
        assert runs, f"{chunk!r} is not a run of whole sentences after the previous one in {match.entry.key}"
        start, end = runs[0]
        if previous_end >= 0:
            assert start > previous_end + 1, "an ellipsis must only mark skipped sentences"
        used += end - start
        previous_end = end - 1
    assert used >= 1
