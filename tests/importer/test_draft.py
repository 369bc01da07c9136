"""Proposed terms and quotes come from the answer verbatim; ids are stable and unique in the file."""

import re

import pytest

from bot.core.models import quote_is_verbatim
from bot.core.normalize import stems
from bot.importer import import_file, import_text
from bot.importer.draft import SharedWords, draft_pairs, pair_id, propose_quotes, propose_terms, slug
from bot.importer.layouts.turns import Turn
from bot.importer.metadata import UNKNOWN_INTERVIEWEE, Metadata
from tests.importer.conftest import FIXTURES

ANSWER = (
    "My professional journey started at Applied Biosystems, now a part of the Danaher Group. "
    "In 2010, I returned to China. Our revenue surged by 144% and we run bioreactors of 20,000 litres. "
    "So that was that. We believe quality is the heart of everything we build for our clients."
)


def test_terms_are_names_numbers_and_distinctive_words_each_written_as_in_the_answer() -> None:
    terms = propose_terms(ANSWER)

    assert {"Applied Biosystems", "Danaher Group", "China", "2010", "144%", "20,000 litres"} <= set(terms)
    assert all(term in ANSWER for term in terms)
    assert "My" not in terms and "So" not in terms


def test_a_time_of_day_is_one_term_never_its_minutes_alone() -> None:
    terms = propose_terms("The alarm goes at 3:30 and the first loaves are out by 06:15 most days.")

    assert {"3:30", "06:15"} <= set(terms)
    assert "30" not in terms and "15" not in terms


def test_a_number_hyphenated_to_its_word_is_one_term_never_the_number_alone() -> None:
    terms = propose_terms(
        "For a 10,000-pound grant and a 10-year lease, the trust keeps the 90-year-old lighthouse."
    )

    assert {"10,000-pound grant", "10-year lease", "90-year-old lighthouse"} <= set(terms)
    assert not {"10", "10,000", "90", "year lease", "year-old lighthouse"} & set(terms)


def test_noun_phrases_of_the_answer_are_proposed_but_not_clauses() -> None:
    terms = propose_terms("Wage growth slowed sharply while the labor market stayed very strong.")

    assert {"Wage growth", "labor market"} <= set(terms)
    assert not any("slowed" in term or "sharply" in term for term in terms)


def test_a_term_most_answers_share_is_not_proposed_for_any_of_them() -> None:
    answers = [f"In China we build engines model {number}. Engines matter." for number in range(10)]

    terms = propose_terms(answers[3], SharedWords(answers))

    assert "China" not in terms
    assert "engines" not in terms
    assert "model 3" not in terms and "3" not in terms  # one digit: too short to be a term
    alone = propose_terms(answers[3], SharedWords(answers[:1]))
    assert "China" in alone
    assert any("engines" in term for term in alone)


def test_quotes_are_whole_sentences_of_the_answer_without_weak_openings() -> None:
    quotes = propose_quotes(ANSWER)

    assert 1 <= len(quotes) <= 2
    assert all(quote_is_verbatim(quote, ANSWER) for quote in quotes)
    # "So that was that." opens weakly and "In 2010, I returned to China." is too short to quote.
    assert set(quotes) <= {
        "My professional journey started at Applied Biosystems, now a part of the Danaher Group.",
        "Our revenue surged by 144% and we run bioreactors of 20,000 litres.",
        "We believe quality is the heart of everything we build for our clients.",
    }


def test_a_sentence_about_the_interviewee_run_into_an_answer_is_no_quote_of_theirs() -> None:
    answer = (
        "I walk the dog for an hour, whatever the weather. Rosa Diaz is the night supervisor of the centre."
    )

    assert propose_quotes(answer, "Rosa Diaz") == ("I walk the dog for an hour, whatever the weather.",)


def test_a_short_answer_has_no_quotes() -> None:
    assert propose_quotes("Zero.") == ()


def test_pair_ids_come_from_the_questions_content_words_and_are_unique() -> None:
    turns = [Turn("How did your career start?", ("A.",)), Turn("How did your career start?", ("B.",))]

    pairs = draft_pairs(turns, Metadata(title="T", interviewee="Ada Lovelace"))

    assert [pair.id for pair in pairs] == ["about", "career-start", "career-start-2"]
    assert pair_id("Seán, où est la tête?") == "sean-est-tete"
    assert pair_id("What is it?") == "question"
    assert slug("A very long title " * 10, limit=20) == "a-very-long-title-a"


def test_the_about_entry_is_written_from_the_header_and_lead() -> None:
    metadata = Metadata(
        title="Quiet machines",
        interviewee="Ada Lovelace",
        role="Chief Engineer",
        organisation="Engines Ltd",
        description="Chief Engineer, Engines Ltd (since 1842), London",
        published="09.12.2024",
        standfirst="Ada Lovelace on quiet machines.",
        interviewer="Grace Hopper",
        publication="Engines Weekly",
    )

    (about,) = draft_pairs([], metadata)

    assert about.kind == "about"
    assert about.question == "Who is Ada Lovelace, and what is this interview about?"
    assert about.answer == (
        "Quiet machines.\n\n"
        "Ada Lovelace: Chief Engineer, Engines Ltd (since 1842), London.\n\n"
        "An interview with Ada Lovelace by Grace Hopper in Engines Weekly, published 9 December 2024.\n\n"
        "Ada Lovelace on quiet machines."
    )
    assert about.terms == ("Ada Lovelace", "Engines Ltd")


def test_an_about_entry_without_a_name_invents_none() -> None:
    (about,) = draft_pairs([], Metadata(title="Quiet machines", interviewee=UNKNOWN_INTERVIEWEE))

    assert about.question == "What is this interview about?"
    assert about.answer == "Quiet machines.\n\nAn interview with the interviewee."
    assert about.terms == ()


def test_an_id_yaml_would_read_as_a_boolean_or_null_is_quoted() -> None:
    text = "Q: True?\nA: Yes, of course.\n\nQ: Null?\nA: Never, the engines run all night."

    draft = import_text(text)

    assert [pair.id for pair in draft.knowledge.pairs] == ["about", "true", "null"]
    assert '  - id: "true"\n' in draft.yaml and '  - id: "null"\n' in draft.yaml
    assert "  - id: about\n" in draft.yaml


def test_an_about_entry_does_not_repeat_a_title_that_names_the_interview() -> None:
    bare = Metadata(title="Interview with Nell Varga", interviewee="Nell Varga")
    found = Metadata(
        title="Interview with Nell Varga, head gardener at Ashcombe House",
        interviewee="Nell Varga",
        role="head gardener",
        organisation="Ashcombe House",
        description="head gardener at Ashcombe House",
        published="June 2016",
    )

    assert draft_pairs([], bare)[0].answer == "Interview with Nell Varga."
    assert draft_pairs([], found)[0].answer == (
        "Interview with Nell Varga, head gardener at Ashcombe House.\n\nPublished June 2016."
    )


@pytest.mark.parametrize(
    ("answer", "ignored"),
    [
        (
            "Okay guys, the ferry sails at dawn. Okay guys, that was a joke. We've done it, we've won.",
            "Okay guys",
        ),
        ("Yeah. The ferry sails at dawn, basically. Yeah, basically we never miss the tide.", "basically"),
    ],
)
def test_no_term_is_proposed_that_only_has_words_the_engine_ignores(answer: str, ignored: str) -> None:
    terms = propose_terms(answer)

    assert "ferry sails" in terms
    assert ignored not in terms
    assert all(stems(term) for term in terms)  # `check` would advise that such a term matches nothing


def test_no_term_comes_from_a_transcribers_note_or_a_recordings_time() -> None:
    # "[inaudible 00:02:19]" and "[crosstalk]" are the transcriber's, not the diver's words.
    draft = import_file(FIXTURES / "podcast_transcribers_notes_in_answers.txt")
    terms = [term for pair in draft.knowledge.pairs for term in pair.terms]

    assert "10:30" in terms
    assert not any(re.search(r"\d:\d\d:|00:|inaudible|crosstalk", term, re.IGNORECASE) for term in terms)
    assert "[inaudible 00:02:19]" in draft.yaml


def test_a_note_of_a_sound_in_an_answer_is_no_term() -> None:
    terms = propose_terms("Patience, mostly (Laughter). And a dry suit that fits [laughs].")

    assert not any("augh" in term for term in terms)


def test_the_review_lists_a_lead_paragraph_of_prose_as_its_example_of_the_lead_left_out() -> None:
    """Before the questions a page's menu ('Editor Tools: Link Items') and its lead are left out alike:
    the example shown is the lead's prose, which an owner may want back, not the menu."""
    draft = import_file(FIXTURES / "bold_questions_closing_thanks_and_posting_line.html")

    line = next(line for line in draft.review if "before the first question are not in the draft" in line)
    assert "Editor Tools" not in line
    assert "e.g. 'Ines Calder ran the Harbour Trust" in line


def test_no_term_is_a_piece_of_a_web_address_but_the_sites_name() -> None:
    """Links in an answer (Markdown's "[https://…](https://…)") read as their addresses: "https", "www",
    "com" and a path's id are no words anyone asks with; the site's name may be."""
    draft = import_file(FIXTURES / "web_addresses_as_link_words_in_an_answer.md")
    links = draft.knowledge.pairs[-1]

    assert "https://www.kilnhouse.com/shop/WA77qz" in links.answer
    assert "Kilnhouse" in links.terms
    assert not {"https", "www", "com", "social", "WA77qz", "wrenalder", "shop"} & set(links.terms)
