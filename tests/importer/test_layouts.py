"""Finding the turns: each layout interviews are published in, named after the layout."""

import re
from pathlib import Path

import pytest

from bot.importer import import_file
from bot.importer.layouts import find_turns
from bot.importer.layouts.asking import sentences_in
from bot.importer.layouts.labels import _capital_label, merge_initials
from bot.importer.layouts.turns import NoInterviewFound, Turn
from bot.importer.sources import read_source
from tests.importer.conftest import FIXTURES


def layout_of(name: str):
    return find_turns(read_source((FIXTURES / name).read_text(encoding="utf-8")).blocks)


def test_q_and_a_labels_give_one_turn_per_question_with_multi_paragraph_answers() -> None:
    layout = layout_of("qa_labels.txt")

    assert layout.name == "Q:/A: labels"
    assert layout.turns == (
        Turn(
            "What do you build?",
            ("We build analytical engines. They weave algebraic patterns the way a loom weaves flowers.",),
        ),
        Turn(
            "How long does one take?",
            (
                "About 18 months from the first drawing to the first run.",
                "It takes longer when the customer changes the design.",
            ),
        ),
    )


def test_bold_q_and_a_labels_on_consecutive_lines_are_read_like_plain_ones() -> None:
    layout = layout_of("bold_labels.md")

    assert layout.name == "Q:/A: labels"
    assert [turn.question for turn in layout.turns] == ["What do you build?", "How long does one take?"]
    assert layout.turns[1].answer == ("About 18 months from the first drawing to the first run.",)
    assert [block.emphasis for block in layout.lead] == ["italic"]


KILN_TURNS = (
    Turn(
        "What made you start?",
        (
            "It was 2010 and the old potter, Jem, needed someone to stoke at night. "
            "I said yes before I knew what it meant.",
        ),
    ),
    Turn(
        "How hot does it get?",
        (
            "About 1,280°C at the peak. "
            "You learn the colours: orange, then yellow, then a white that hurts to look at.",
        ),
    ),
    Turn(
        "Do you ever lose a firing?",
        ("Twice. Once to rain through the chimney cap, once to my own impatience.",),
    ),
)


@pytest.mark.parametrize(
    "fixture",
    [
        "bold_qa_labels_in_one_paragraph.md",
        "bold_qa_labels_in_one_paragraph.html",
        "qa_dot_labels_in_one_paragraph.txt",
        "question_answer_labels_in_one_paragraph.txt",
    ],
)
def test_q_and_a_labels_in_one_paragraph_give_a_turn_each_with_the_labels_removed(fixture: str) -> None:
    layout = layout_of(fixture)

    assert layout.name == "Q:/A: labels"
    assert layout.turns == KILN_TURNS


@pytest.mark.parametrize(
    "fixture", ["speaker_names_in_one_paragraph.txt", "bold_speaker_names_in_one_paragraph.html"]
)
def test_speaker_names_in_one_paragraph_give_a_turn_each_with_the_names_removed(fixture: str) -> None:
    layout = layout_of(fixture)

    assert layout.name == "speaker names"
    assert layout.interviewee == "Mara Odell"
    assert layout.turns == KILN_TURNS


def test_speaker_names_then_initials_give_turns_and_name_the_interviewee() -> None:
    layout = layout_of("speakers.txt")

    assert layout.name == "speaker names"
    assert (layout.interviewee, layout.interviewer) == ("Ada Lovelace", "Grace Hopper")
    assert layout.turns[0].question == "Ada, what made you start building engines at all?"
    assert layout.turns[1] == Turn(
        "And the first one you built?",
        (
            "It was a small calculating engine, made of brass and far too heavy to carry.",
            "It still works today.",
            "Thank you.",
        ),
    )
    assert len(layout.turns) == 2
    assert layout.remarks == ("That is remarkable.",)  # it asks nothing: the answer goes on after it


def test_speaker_names_with_their_part_after_a_comma_then_initials_are_one_speaker_each() -> None:
    layout = layout_of("names_with_roles_then_initials.txt")

    assert layout.name == "speaker names"
    assert (layout.interviewee, layout.interviewer) == ("Hedda Brunvoll", "Tomas Lie")
    assert [turn.question for turn in layout.turns] == [
        "Please tell me a little about yourself outside the bindery.",
        "How did you come to binding?",
        "What do you tell the students who come to learn?",
    ]
    assert layout.turns[0].answer == (
        "I grew up on a farm north of Voss. We kept goats, and my father mended harness in the winter.",
        "I still keep two goats, though the neighbours think it a strange hobby for a bookbinder.",
    )


def test_a_prompt_of_three_sentences_that_asks_nothing_still_opens_a_turn() -> None:
    text = (
        "Grace Hopper: What do you build?\n\nAda Lovelace: Engines.\n\n"
        "Grace Hopper: Wow.\n\nAda Lovelace: Big ones.\n\n"
        "Grace Hopper: Why engines?\n\nAda Lovelace: Looms bored me.\n\n"
        "Grace Hopper: Your engines weave patterns. The weavers sleep. Yet the numbers wait by morning.\n\n"
        "Ada Lovelace: The cards do the work."
    )
    layout = find_turns(read_source(text).blocks)

    assert [turn.answer for turn in layout.turns] == [
        ("Engines.", "Big ones."),
        ("Looms bored me.",),
        ("The cards do the work.",),
    ]
    assert layout.remarks == ("Wow.",)


def test_questions_in_headings_end_at_a_heading_that_is_not_a_question() -> None:
    layout = layout_of("headings.md")

    assert layout.name == "questions in headings"
    assert [turn.question for turn in layout.turns] == ["What do you build?", "Tell us about your workshop"]
    assert layout.turns[1].answer == ("It is a small room above a bakery, and it always smells of bread.",)
    assert layout.unused == ("Get involved", "Visit the workshop", "Read the notes")
    assert [block.text for block in layout.lead] == [
        "Ada Lovelace on engines",
        "Ada Lovelace builds analytical engines in London and talks about her work.",
    ]


def test_underlined_headings_are_headings_and_a_rule_under_a_turn_stays_a_rule() -> None:
    layout = layout_of("setext_headings.md")

    assert layout.name == "questions in headings"
    assert layout.turns == (
        Turn(
            "What do you build there?",
            ("Small calculating engines, one a year. Each one is made of brass and oak.",),
        ),
        Turn(
            "Tell us about the shed", ("It was a boathouse once. The floor still slopes down to the water.",)
        ),
        Turn("Do you work alone?", ("Mostly. A clockmaker comes on Thursdays to help with the gears.",)),
    )
    assert layout.unused == ()  # the stories "More from the river" lists are the site's, dropped as furniture
    dropped = read_source((FIXTURES / "setext_headings.md").read_text(encoding="utf-8")).dropped
    assert dropped[-3:] == ["More from the river", "The ferryman's story", "A day at the lock"]
    assert [(block.text, block.emphasis) for block in layout.lead] == [
        ("Ada Lovelace on the engine shed", "heading"),
        ("Ada Lovelace has kept the engine shed by the river for twenty years.", "plain"),
    ]


def test_headings_take_the_paragraphs_and_list_items_below_them_after_a_header_naming_html_tags() -> None:
    layout = layout_of("headings_after_a_converted_header.txt")

    assert layout.name == "questions in headings"
    assert layout.turns == (
        Turn(
            "What do you build?",
            ("We build analytical engines. They weave algebraic patterns the way a loom weaves flowers.",),
        ),
        Turn(
            "Tell us about yourself",
            ("I trained as a mathematician.", "Then I found the engines, and I never left them."),
        ),
        Turn(
            "What would you tell a new engineer?",
            (
                "1. Draw before you cut.",
                "2. Ask the weavers- they know the patterns.",
                "3. Test, Test, Test!!- a gear that fails on paper costs nothing.",
            ),
        ),
    )
    assert [block.text for block in layout.lead] == [
        "Curious what building engines is like? "
        "Read our interview with Ada Lovelace, who builds them in London."
    ]


def test_questions_in_bold_paragraphs() -> None:
    layout = layout_of("bold_questions.md")

    assert layout.name == "questions in bold"
    assert [turn.question for turn in layout.turns] == ["What do you build?", "Where is your workshop?"]


def test_question_paragraphs_ending_in_a_question_mark_take_the_paragraphs_after_them() -> None:
    layout = layout_of("question_paragraphs.txt")

    assert layout.name == "question paragraphs ending in '?'"
    assert layout.turns[0] == Turn(
        "What do you build, and for whom?",
        (
            "We build engines that think in patterns. Our customers are mostly astronomers and navigators.",
            "Some of them order two at a time.",
        ),
    )
    assert len(layout.lead) == 4


def test_a_prompt_among_question_paragraphs_is_a_question_but_an_answers_advice_is_not() -> None:
    layout = layout_of("question_paragraphs_with_a_prompt.txt")

    assert [turn.question for turn in layout.turns] == [
        "What is your workshop's mission?",
        "What advice do you give apprentices?",
        "Surprise us with a little-known fact about your team.",
        "What are you most excited about next?",
    ]
    assert layout.turns[1].answer == (
        "Read your tools' manuals before you touch a clock.",
        "Then read them again.",
    )


def test_a_prompt_to_us_or_me_on_a_paragraph_of_its_own_is_a_question_without_saying_you() -> None:
    layout = layout_of("question_paragraphs_with_prompts_to_us.txt")

    assert [turn.question for turn in layout.turns] == [
        "What drew you to the job?",
        "Tell us about the first winter.",
        "Describe a normal day on the rock.",
        "Walk me through a storm night.",
        "How long will you stay?",
    ]
    assert layout.turns[1].answer == (
        "It was hard. The supply boat could not land for five weeks, and we lived on tinned fish and "
        "porridge.",
        "By March I knew every gull on the north ledge by sight.",
    )


def test_a_prompt_for_an_account_in_another_language_is_a_question_without_a_question_mark() -> None:
    layout = layout_of("question_paragraphs_with_prompts_to_us_in_spanish.txt")

    assert [turn.question for turn in layout.turns] == [
        "Cuéntanos cómo empezó todo.",
        "¿Qué encontró en aquella caja?",
        "Háblame de la carta que más te emocionó.",
        "¿Qué falta por ordenar?",
    ]
    assert layout.turns[2].answer == (
        "La de una niña que pedía a su abuela que no vendiera la cabra. La leí veinte veces.",
    )


@pytest.mark.parametrize(
    "prompt",
    [
        "Racontez-nous la première saison.",
        "Parlaci del primo inverno.",
        "Erzählen Sie uns vom ersten Winter.",
    ],
)
def test_prompts_for_an_account_in_french_italian_and_german_open_a_turn(prompt: str) -> None:
    text = (
        "Why did you come here?\n\nFor the work, at first. Then for the sea.\n\n"
        f"{prompt}\n\nIt was cold, and the boat came once a month.\n\n"
        "Will you stay?\n\nAs long as the light needs me."
    )

    assert [turn.question for turn in find_turns(read_source(text).blocks).turns][1] == prompt


def test_a_photos_credit_between_two_turns_is_no_part_of_the_answer_before_it() -> None:
    layout = layout_of("question_lines_with_a_photo_credit.txt")

    assert len(layout.turns) == 3
    assert layout.turns[1].answer == (
        "A community. We take two graduates each year, who work beside us for twelve months.",
    )


def test_question_and_answer_labels_with_the_full_width_colon_of_chinese_type() -> None:
    layout = layout_of("full_width_colon_labels.txt")

    assert layout.name == "Q:/A: labels"
    assert layout.turns == (
        Turn("为什么钟一直慢？", ("发条太松了，需要先上紧发条，再调快慢针。",)),
        Turn("修改时间后会立即生效吗？", ("不会，需要等钟摆停下后重新启动。",)),
    )


def test_a_bold_question_keeps_its_words_but_not_the_interviewers_label() -> None:
    text = "**Jane Roe: What do you build?**\n\nEngines.\n\n**JR: Why?**\n\nBecause.\n\n"
    text += "**Jane Roe: And?**\n\nMore."

    layout = find_turns(read_source(text).blocks)

    assert [turn.question for turn in layout.turns] == ["What do you build?", "Why?", "And?"]
    assert [turn.answer for turn in layout.turns] == [("Engines.",), ("Because.",), ("More.",)]


def test_an_interviewer_turn_nobody_answers_is_left_out_and_reported() -> None:
    text = "Ann Lee: Why?\n\nBo Kim: Because it works every time.\n\nAL: How?\n\nBK: Slowly.\n\nAL: And then?"

    layout = find_turns(read_source(text).blocks)

    assert [turn.question for turn in layout.turns] == ["Why?", "How?"]
    assert layout.dropped_questions == ("And then?",)


def test_a_word_before_a_colon_once_is_not_a_speaker() -> None:
    text = "Why?\n\nNote: the engine is small. It works.\n\nHow?\n\nSlowly, with care."

    layout = find_turns(read_source(text).blocks)

    assert layout.turns[0].answer == ("Note: the engine is small. It works.",)


def test_a_text_without_questions_and_answers_is_refused_with_a_clear_error() -> None:
    with pytest.raises(NoInterviewFound, match="no questions and answers found"):
        layout_of("no_structure.txt")


def test_a_prompt_set_like_the_questions_is_a_question_even_without_a_question_mark() -> None:
    layout = layout_of("numbered_bold_prompts.md")

    assert [turn.question for turn in layout.turns] == [
        "Tell us about yourself.",
        "We would love to hear about your first program.",
        "What are your hobbies?",
    ]
    assert layout.turns[1].answer == (
        "It computed Bernoulli numbers. Nobody could run it at the time.",
        "It was still worth writing.",
    )
    assert layout.unused == ("Links", "The notes")


def test_speaker_names_alone_on_their_lines_introduce_the_turns_below_them() -> None:
    layout = layout_of("names_on_own_lines.txt")

    assert layout.name == "speaker names"
    assert (layout.interviewee, layout.interviewer) == ("Ada Lovelace", "Grace Hopper")
    assert [turn.question for turn in layout.turns] == [
        "Ada, what made you start building engines?",
        "And the first one you built?",
    ]
    assert layout.turns[0].answer == ("My father's library. I read every book on mechanics in it.",)


@pytest.mark.parametrize(
    "fixture",
    [
        "podcast_transcript.txt",  # timestamps after the labels, and affiliations
        "timestamps_before_speakers.txt",  # "[00:01:02] Host: ..."
    ],
)
def test_a_podcast_transcript_with_timestamps_is_read_by_speaker(fixture: str) -> None:
    layout = layout_of(fixture)

    assert layout.name == "speaker names"
    assert layout.interviewee == "Ada Lovelace"
    assert layout.turns[1] == Turn(
        "Who pays for it?", ("A few patient friends, and my own savings when they run out.",)
    )


def test_speakers_labelled_by_one_capitalised_word_are_read_as_turns() -> None:
    layout = layout_of("surname_labels.txt")

    assert (layout.name, layout.interviewee) == ("speaker names", "Lovelace")
    assert layout.turns[1] == Turn("Where is your workshop?", ("Above a bakery in London.",))


def test_a_page_that_lists_questions_without_answers_is_refused() -> None:
    # An FAQ's index: questions in runs and under capitals section titles, dashes between them, no answers.
    with pytest.raises(NoInterviewFound):
        layout_of("faq_questions_only.txt")


def test_topics_in_capitals_each_over_its_answer_are_the_prompts_where_the_page_asks_nothing() -> None:
    layout = layout_of("capital_topics.txt")

    assert layout.name == "topics in capitals"
    assert [(turn.question, len(turn.answer)) for turn in layout.turns] == [
        ("ON GETTING THE JOB", 1),
        ("HER BUSIEST DAY", 2),
        ("WHAT COMES NEXT", 1),
    ]
    # The title and the headline in capitals open the page: they are its lead, no topics.
    assert [block.text for block in layout.lead] == [
        "THE LOCK KEEPER",
        "NELL ROWE, IN HER OWN WORDS",
        "Nell Rowe has kept Ferry Lock since 2009.",
    ]


def test_a_section_title_in_capitals_closes_the_answer_before_it_and_is_no_answer() -> None:
    text = (
        "Why boats?\n\nBecause of my father.\n\nEARLY YEARS\n\nWhere did you grow up?\n\nOn the coast.\n\n"
        "And school?\n\nNEW YORK\n\nWhat took you there?\n\nA job at the harbour."
    )
    layout = find_turns(read_source(text).blocks)

    assert [turn.question for turn in layout.turns] == [
        "Why boats?",
        "Where did you grow up?",
        "What took you there?",
    ]
    assert layout.turns[0].answer == ("Because of my father.",)
    assert layout.dropped_questions == ("And school?",)


def test_questions_in_a_row_with_an_answer_after_them_are_asked_together() -> None:
    text = "Why boats? Any boats?\n\nWhich ones?\n\nThe small ones.\n\n"
    text += "Why?\n\nHow?\n\nWhen?\n\nI asked myself.\n\nIs it hard?\n\nVery."
    layout = find_turns(read_source(text).blocks)

    assert [turn.question for turn in layout.turns] == [
        "Why boats? Any boats? Which ones?",
        "Why? How? When?",
        "Is it hard?",
    ]
    assert layout.turns[1].answer == ("I asked myself.",)


def test_three_questions_in_a_row_and_no_answer_after_them_are_a_list_closing_the_answer_before() -> None:
    text = "Why boats?\n\nThe small ones.\n\nWhy?\n\nHow?\n\nWhen?\n\nMORE\n\nIs it hard?\n\nVery."
    layout = find_turns(read_source(text).blocks)

    assert [turn.question for turn in layout.turns] == ["Why boats?", "Is it hard?"]
    assert layout.turns[0].answer == ("The small ones.",)
    assert layout.unused == ("Why?", "How?", "When?", "MORE")


def test_a_question_after_a_sentence_of_context_is_still_a_question_paragraph() -> None:
    context = "Three hours on stage every night, thirty songs and more, after a long break from the road."
    text = (
        f"{context} Was it hard to get back in shape?\n\nThey come back fairly quickly.\n\n"
        "Which song is the hardest?\n\nThe long one at the end."
    )
    layout = find_turns(read_source(text).blocks)

    assert [turn.question for turn in layout.turns] == [
        f"{context} Was it hard to get back in shape?",
        "Which song is the hardest?",
    ]


def test_a_question_with_a_sentence_of_context_after_it_between_two_answers_is_a_question() -> None:
    asked = "Did the automation change the job? Most stations on the coast have had no keeper for years."
    text = (
        "How did you end up on the island?\n\nMy uncle kept the light, and I came to help him one winter.\n\n"
        f"{asked}\n\nIt changed what I do all day, not why I do it.\n\n"
        "Which storm was the worst?\n\nJanuary 2005."
    )
    layout = find_turns(read_source(text).blocks)

    assert [turn.question for turn in layout.turns] == [
        "How did you end up on the island?",
        asked,
        "Which storm was the worst?",
    ]


@pytest.mark.parametrize(
    "opening",
    [
        # the answerer speaks as "I" or "we"
        "Why did we do it? Because the bank had made all of us miserable for years.",
        # or asks itself in a few words, picking up what it said before
        "Was it risky? Of course it was, and the label's accountants hated the idea.",
        # and replies to itself curtly before going on
        "Was it worth it for the town? Absolutely. The harbour came back to life that summer.",
        # or curtly alone
        "Was the old stone worth saving? Absolutely not.",
        # someone else's question, quoted or reported
        '"Why not buy it from a timber yard?" Every customer at the market asks that.',
        "Customers at the market ask why not buy from a timber yard? Yard wood cracks on the lathe.",
    ],
)
def test_an_answer_paragraph_opening_on_a_question_it_goes_on_from_stays_in_the_answer(opening: str) -> None:
    text = (
        "Why did you leave the bank?\n\nIt paid well and nobody there liked the work at all.\n\n"
        f"{opening}\n\nSo the kitchen it was.\n\nWhat is next?\n\nNothing new."
    )
    layout = find_turns(read_source(text).blocks)

    assert [turn.question for turn in layout.turns] == ["Why did you leave the bank?", "What is next?"]
    assert opening in layout.turns[0].answer


def test_an_answer_opening_on_a_question_just_after_the_interviewers_is_the_answer() -> None:
    answer = "Was it hard for a beginner? Harder than any other job a mason does in the valley."
    text = (
        f"Is walling hard work?\n\n{answer}\n\nEvery stone is lifted twice.\n\n"
        "Which wall came first?\n\nThe one by the church."
    )
    layout = find_turns(read_source(text).blocks)

    assert layout.turns[0] == Turn("Is walling hard work?", (answer, "Every stone is lifted twice."))


def test_a_first_question_with_context_after_it_opens_the_interview_not_the_lead() -> None:
    layout = layout_of("question_paragraphs_first_question_with_context.txt")

    assert [turn.question for turn in layout.turns] == [
        "What got you started? I know you trained as a nurse.",
        "Was the first year hard?",
        "What would you tell someone starting out?",
    ]
    assert layout.turns[0].answer[0].startswith("I did, and I loved it.")
    assert [block.text for block in layout.lead] == [
        "A second career in the kitchen",
        "Priya Raman opened her first restaurant at 46, after twenty years on hospital wards.",
    ]


def test_a_first_question_with_context_that_does_not_speak_as_i_opens_the_interview_too() -> None:
    asked = "What got you started? Your first career was on hospital wards, as a nurse."
    text = (
        f"A second career\n\n{asked}\n\nI cooked for the night shift every Friday.\n\n"
        "Was the first year hard?\n\nBrutal.\n\nWhat next?\n\nA second kitchen."
    )
    layout = find_turns(read_source(text).blocks)

    assert layout.turns[0].question == asked


def test_a_lead_that_asks_and_goes_on_is_no_question_before_the_first_question_paragraph() -> None:
    opening = "What makes a beautiful letter? Ask ten calligraphers and you will get ten answers."
    text = (
        f"A life in letters\n\n{opening}\n\nAna Souza has taught lettering in Lisbon for thirty years.\n\n"
        "When did you pick up a pen?\n\nAt nine.\n\nDo you take commissions?\n\nA few."
    )
    layout = find_turns(read_source(text).blocks)

    assert [turn.question for turn in layout.turns] == [
        "When did you pick up a pen?",
        "Do you take commissions?",
    ]
    assert layout.lead[1].text == opening


def test_a_broadcast_transcript_names_speakers_in_capitals_without_a_colon() -> None:
    layout = layout_of("broadcast_capitals.txt")

    assert layout.name == "speaker names"
    assert [turn.question for turn in layout.turns] == [
        "Thank you for joining us, Ada. What do you build?",
        "How long does one take?",
        "And who pays for them?",
    ]
    # Her full name and affiliation label the first answer only; the answer is her words alone.
    assert layout.turns[0].answer == ("Analytical engines. They weave algebraic patterns.",)


def test_capitalised_words_opening_a_few_paragraphs_are_not_speakers() -> None:
    text = (
        "NASA Engineers build rockets. What do you build?\n\nEngines.\n\n"
        "NASA Engineers like them. Why engines?\n\nLooms bored me."
    )
    layout = find_turns(read_source(text).blocks)

    assert layout.name == "question paragraphs ending in '?'"


@pytest.mark.parametrize("fixture", ["bold_question_inline.html", "italic_question_inline.html"])
def test_a_bold_or_italic_question_opening_a_paragraph_is_split_from_the_answer_after_it(
    fixture: str,
) -> None:
    layout = layout_of(fixture)

    assert layout.turns == (
        Turn("What do you build?", ("We build analytical engines. They weave algebraic patterns.",)),
        Turn("Where is your workshop?", ("Above a bakery in London, which always smells of bread.",)),
        Turn("Who taught you?", ("My aunt, who kept the bakery's accounts.",)),
    )


def test_bold_questions_opening_the_paragraphs_of_their_answers_in_markdown_give_a_turn_each() -> None:
    layout = layout_of("bold_questions_opening_answers.md")

    assert layout.name == "questions in bold"
    assert layout.turns == KILN_TURNS


def test_a_bold_question_opening_one_answer_of_question_paragraphs_stays_in_that_answer() -> None:
    layout = layout_of("question_paragraphs_with_a_bold_aside.txt")

    assert layout.name == "question paragraphs ending in '?'"
    assert [turn.question for turn in layout.turns] == [
        "What made you start?",
        "How hot does it get?",
        "Do you ever lose a firing?",
    ]
    assert layout.turns[0].answer == (
        "It was 2010 and the old potter, Jem, needed someone to stoke at night.",
        "Why does anyone still fire by hand? People ask me that weekly. "
        "The wood ash glaze cannot be faked, and the buyers know it.",
    )


def test_prose_with_one_bold_question_and_a_rhetorical_one_is_no_interview() -> None:
    with pytest.raises(NoInterviewFound):
        layout_of("prose_with_a_bold_question.md")


def test_a_question_on_the_first_line_of_a_paragraph_is_split_from_the_answer_below() -> None:
    layout = layout_of("question_on_first_line.txt")

    assert layout.turns == (
        Turn(
            "What do you build?",
            ("We build analytical engines. They weave algebraic patterns the way a loom weaves flowers.",),
        ),
        Turn("Where is your workshop?", ("Above a bakery in London.",)),
    )


@pytest.mark.parametrize("label", ["Q:", "Q.", "Q)", "Q -", "Question:", "Q1:"])
def test_question_labels_in_their_usual_spellings(label: str) -> None:
    answer = label.replace("Q", "A").replace("uestion", "nswer")
    text = f"{label} Why?\n{answer} Because.\n\n{label} How?\n{answer} Slowly."

    layout = find_turns(read_source(text).blocks)

    assert layout.turns == (Turn("Why?", ("Because.",)), Turn("How?", ("Slowly.",)))


def test_when_only_the_interviewer_is_named_the_paragraphs_after_each_question_are_the_answer() -> None:
    text = "Jane Roe: What do you build?\n\nEngines, mostly.\n\nThey are slow.\n\n"
    text += "JR: Why engines?\n\nBecause I can."

    layout = find_turns(read_source(text).blocks)

    assert layout.name == "a named interviewer"
    assert layout.interviewer == "Jane Roe"
    assert layout.turns == (
        Turn("What do you build?", ("Engines, mostly.", "They are slow.")),
        Turn("Why engines?", ("Because I can.",)),
    )


def test_question_labels_without_answer_labels_take_the_paragraphs_after_them() -> None:
    layout = find_turns(read_source("Q: Why?\n\nBecause.\n\nQ: How?\n\nSlowly.").blocks)

    assert layout.turns == (Turn("Why?", ("Because.",)), Turn("How?", ("Slowly.",)))


def test_an_answer_paragraph_ending_on_a_rhetorical_question_stays_in_the_answer() -> None:
    rhetorical = (
        "We looked at the market for a long time and saw that nobody else was building engines "
        "that could weave patterns, so we asked ourselves the obvious thing: why not us?"
    )
    text = f"What do you build?\n\nEngines.\n\n{rhetorical}\n\nSo we did.\n\nWho helps you?\n\nFriends."

    layout = find_turns(read_source(text).blocks)

    assert layout.turns == (
        Turn("What do you build?", ("Engines.", rhetorical, "So we did.")),
        Turn("Who helps you?", ("Friends.",)),
    )


def test_an_answers_last_paragraph_asking_itself_a_short_question_stays_in_the_answer() -> None:
    text = (
        "How did you start?\n\nAt art school.\n\nI stayed three years. What else could I have done?\n\n"
        "Do you sell online?\n\nHalf of it.\n\nYou moved in 2010. Why?\n\nDo you miss it?\n\nNo."
    )

    layout = find_turns(read_source(text).blocks)

    # The interviewer's two paragraphs speak to "you": both stay the question.
    assert layout.turns == (
        Turn("How did you start?", ("At art school.", "I stayed three years. What else could I have done?")),
        Turn("Do you sell online?", ("Half of it.",)),
        Turn("You moved in 2010. Why? Do you miss it?", ("No.",)),
    )


def test_numbered_speakers_of_an_automatic_transcript() -> None:
    text = "Speaker 1: What do you build?\n\nSpeaker 2: Engines that weave patterns, slowly and surely.\n\n"
    text += "Speaker 1: Why?\n\nSpeaker 2: Because they are beautiful and useful."

    layout = find_turns(read_source(text).blocks)

    assert layout.name == "speaker names"
    assert layout.turns == (
        Turn("What do you build?", ("Engines that weave patterns, slowly and surely.",)),
        Turn("Why?", ("Because they are beautiful and useful.",)),
    )
    assert layout.interviewee is None  # "Speaker 2" names nobody


def test_a_bold_line_before_the_first_question_stays_in_the_lead() -> None:
    text = "**Ada Lovelace talks about engines.**\n\nShe has built them for years.\n\n"
    text += "**What do you build?**\n\nEngines.\n\n**Tell us about your workshop.**\n\nIt is small."

    layout = find_turns(read_source(text).blocks)

    assert [turn.question for turn in layout.turns] == ["What do you build?", "Tell us about your workshop."]
    assert [block.text for block in layout.lead] == [
        "Ada Lovelace talks about engines.",
        "She has built them for years.",
    ]


def test_questions_in_italics_in_an_html_page() -> None:
    page = "<p><em>What do you build?</em></p><p>Engines.</p><p><i>Your workshop, then.</i></p>"
    page += "<p>It is small.</p><p><em>Who helps?</em></p><p>Friends.</p>"

    layout = find_turns(read_source(page).blocks)

    assert [turn.question for turn in layout.turns] == [
        "What do you build?",
        "Your workshop, then.",
        "Who helps?",
    ]
    assert layout.turns[1].answer == ("It is small.",)


def test_a_blank_of_underscores_in_an_answer_under_italic_questions_is_kept_whole() -> None:
    layout = layout_of("italic_questions_with_a_blank_in_an_answer.md")

    assert [turn.question for turn in layout.turns] == [
        "How long did the book take you?",
        "Did readers ask you for more?",
        "I liked the drawings of the lens room.",
    ]
    assert layout.turns[1].answer == (
        'All the time. The letters mostly read like "Please add a page on ___." '
        "I kept a box of them by the stove.",
        "Some of the requests were good ones, and a few of them became the chapter Fog Signals.",
    )


def test_a_panel_answers_together_each_answer_keeping_who_says_it() -> None:
    layout = layout_of("panel.txt")

    assert layout.name == "speaker names"
    assert layout.interviewee == "Ada Lovelace and Carla Canturri-Gispert"
    assert layout.interviewer == "Editor Ed"
    assert [turn.question for turn in layout.turns] == [
        "How did each of you start? Did you study engineering?",
        "How many people work here?",
        "What is the hardest part of the work?",
    ]
    assert layout.turns[1].answer == (
        "CC-G: About thirty, and ten of them joined this year.",
        "AL: Most of them learnt on the job.",
    )


def test_a_line_crediting_who_asked_is_neither_answer_nor_question() -> None:
    layout = layout_of("credited_headings.md")

    assert layout.turns[0] == Turn("How do you find ideas?", ("I go for long walks.",))
    assert "@fourth_fan asks:" in layout.unused


def test_a_topic_set_like_the_questions_between_two_of_them_is_a_prompt_with_its_answer() -> None:
    layout = layout_of("credited_headings.md")

    assert [turn.question for turn in layout.turns] == [
        "How do you find ideas?",
        "Music & Sound for the game",
        "Why make games at all?",
    ]
    assert layout.turns[1].answer == ("A friend made all the music. He wanted it to sound alien.",)
    assert layout.turns[2].answer == ("Because it is fun.",)
    assert "Write to me any time." in layout.unused


def test_what_the_hosts_say_before_they_first_ask_is_the_lead_not_the_question() -> None:
    layout = layout_of("podcast_hosts.md")

    assert layout.turns[0].question == "Ada, you started as a weaver. How did you come to engines?"
    assert layout.lead[-1].text == "On today's show we talk with Ada Lovelace about engines."


def test_a_remark_between_two_answers_is_left_out_and_the_answer_goes_on() -> None:
    layout = layout_of("podcast_hosts.md")

    [first, then] = layout.turns[0].answer
    assert first.startswith("By way of the loom.")  # its timestamp is not a word of the answer
    assert then.startswith("And the engine never tires.")
    assert layout.remarks == ("That's the bigger problem!",)
    assert [turn.question for turn in layout.turns][1:] == ["What are you building now?"]


def test_speaker_turns_on_consecutive_lines_without_blank_lines_between_them() -> None:
    layout = layout_of("speaker_lines_without_blank_lines.txt")

    assert layout.name == "speaker names"
    assert layout.turns[1] == Turn(
        "What changed most in that time?",
        ("The ships got bigger. Much bigger. We had to dredge the channel twice.",),
    )
    assert len(layout.turns) == 3


def test_dialogue_opened_by_dashes_keeps_the_words_without_the_dash() -> None:
    layout = layout_of("dash_dialogue.txt")

    assert layout.turns[0] == Turn(
        "How long have you run the harbour?", ("Twenty years this spring. I started as a deckhand.",)
    )
    assert [turn.question for turn in layout.turns][1:] == ["What changed most in that time?", "Any regrets?"]


def test_a_dashed_question_and_its_dashed_answer_in_one_paragraph_are_a_turn() -> None:
    layout = layout_of("dash_pairs_in_paragraphs.txt")

    assert layout.turns == (
        Turn(
            "Why did you leave the observatory?",
            (
                "Because the clocks there were better than the telescopes – "
                "and nobody else wanted to mend them.",
            ),
        ),
        Turn(
            "Was it hard to start on your own?",
            (
                "Very hard. For two years I repaired kitchen clocks for the village.",
                "Then the cathedral called, and everything changed.",
            ),
        ),
        Turn("What are you building now?", ("A clock that runs for a year on one winding.",)),
    )


def test_a_press_briefing_marks_each_question_with_a_bare_q_and_the_answer_with_a_name() -> None:
    layout = layout_of("press_briefing.txt")

    assert layout.name == "speaker names"
    assert [turn.question for turn in layout.turns] == [
        "Thanks, Ann. Why did the north quay close in the first place?",
        "Who paid for the new crane?",
        "And will the ferries run on time this summer?",
    ]
    assert layout.turns[0].answer == (
        "A crane failed an inspection in March. We replaced it rather than repair it.",
        "The new one lifts twice the weight.",
    )
    assert layout.interviewer is None  # "Q" names nobody


def test_a_moderator_handing_over_to_the_next_question_puts_no_part_of_it() -> None:
    layout = layout_of("press_call_moderator_hands_over.txt")

    assert [turn.question for turn in layout.turns][1:] == [
        "Why three crossings rather than four?",
        "Will the cafe stay open on board?",
        "And what happens to the freight slots?",
    ]
    assert layout.unused == (
        "Great, thank you both. We are happy to take your questions now.",
        "Next up is the Skarv Gazette.",
    )


def test_a_labelled_question_that_asks_nothing_is_still_a_question() -> None:
    layout = layout_of("qa_labels_statement_questions.txt")

    assert layout.turns == (
        Turn("How long will the north quay stay closed?", ("Until Monday.",)),
        Turn(
            "I want to come back to the crane you mentioned last week.",
            ("It failed an inspection in March, so we replaced it.",),
        ),
        Turn("Thank you.", ("You're welcome.",)),
    )
    assert layout.remarks == ()


def test_q_and_a_labels_with_dashes_on_consecutive_lines_are_one_turn_each() -> None:
    layout = layout_of("qa_dash_labels_without_blank_lines.txt")

    assert layout.name == "Q:/A: labels"
    assert layout.turns == (
        Turn(
            "How many boats come through on a summer day?",
            ("Forty on a good Saturday, fewer when it rains.",),
        ),
        Turn("And in winter?", ("Hardly any. I paint the gates and mend the paddles.",)),
        Turn("What is the hardest part of the job?", ("Keeping calm when a hire boat comes in sideways.",)),
    )


def test_a_short_press_briefing_with_a_single_question_is_still_a_turn() -> None:
    layout = layout_of("short_press_briefing.txt")

    assert layout.name == "speaker names"
    assert layout.turns == (
        Turn(
            "Will the ferries still run?",
            ("They will, from the south quay. Timetables are on the board outside.",),
        ),
    )
    assert layout.interviewee == "Ms. Marsh"


def test_broadcast_speakers_named_with_their_role_first_and_by_surname_after_are_one_speaker() -> None:
    layout = layout_of("broadcast_roles.txt")

    assert layout.name == "speaker names"
    assert layout.turns == (
        Turn(
            "Welcome back. The north quay stays shut for another month. Ann Marsh runs the harbour. "
            "Ann, why the delay?",
            ("The new crane arrived with the wrong fittings. We sent it back on Friday.",),
        ),
        Turn(
            "Will the ferries keep running?",
            ("They will, from the south quay. Passengers should allow ten more minutes.",),
        ),
    )
    assert (layout.interviewee, layout.interviewer) == ("Ann Marsh", "Grace Hopper")


def test_broadcast_turns_on_consecutive_lines_with_a_name_run_into_the_turn_are_still_turns() -> None:
    layout = layout_of("broadcast_lines_run_together.txt")

    assert layout.name == "speaker names"
    assert layout.turns == (
        Turn(
            'Ada Lovelace, author of "The Engine Shed." Why write about a boathouse?',
            ("Because I spent twenty years in one, building engines by the river.",),
        ),
        Turn(
            "Two of your engines are in the museum now. Which one do you miss?",
            ("The small brass one. It never once jammed.",),
        ),
        Turn("What comes next?", ("A book about looms, I think.",)),
    )
    assert (layout.interviewee, layout.interviewer) == ("Ada Lovelace", "Grace Hopper")


def test_a_broadcast_segment_of_one_question_with_roles_given_is_an_interview() -> None:
    layout = layout_of("broadcast_one_question.txt")

    assert layout.name == "speaker names"
    assert layout.turns == (
        Turn(
            "Ann Marsh runs the harbour and joins us from the quay. Ann, when will the ferries sail again?",
            (
                "Not before Monday. The crews and the owners meet again on Sunday morning.",
                "If that meeting fails, we will bring in the coastguard boats for the island schools.",
            ),
        ),
    )
    assert layout.sign_off == (
        "Ann Marsh, thank you.",
        "Thank you, Grace.",
        "Now to the weather on the coast.",
    )
    assert (layout.interviewee, layout.interviewer) == ("Ann Marsh", "Grace Hopper")


def test_names_on_their_own_lines_with_the_time_each_turn_starts_give_turns() -> None:
    layout = layout_of("timed_names_on_own_lines.txt")

    assert layout.name == "speaker names"
    assert layout.turns == (
        Turn(
            "So how did you start building engines at all?",
            (
                "My father left a broken loom in the shed, and I took it apart the winter I turned ten.",
                "after that nothing else held my interest.",
            ),
        ),
        Turn("What are you building now?", ("A small engine that plays chess. Badly, for now.",)),
    )
    assert (layout.interviewee, layout.interviewer) == ("Ada Lovelace", "Grace Hopper")


@pytest.mark.parametrize("separator", [" - ", " – ", " | ", " · "])
def test_a_name_and_its_time_set_apart_by_a_dash_or_a_bar_over_each_turn_name_the_speaker(
    separator: str,
) -> None:
    text = "\n\n".join(
        f"{name}{separator}{time}\n{said}"
        for name, time, said in [
            ("Grace Hopper", "00:07", "So how did you start building engines?"),
            ("Ada Lovelace", "00:11", "My father left a broken loom in the shed."),
            ("Grace Hopper", "01:02", "What are you building now?"),
            ("Ada Lovelace", "01:05", "A small engine that plays chess."),
        ]
    )
    layout = find_turns(read_source(text).blocks)

    assert layout.turns == (
        Turn("So how did you start building engines?", ("My father left a broken loom in the shed.",)),
        Turn("What are you building now?", ("A small engine that plays chess.",)),
    )


def test_a_speaker_billed_with_their_role_then_called_by_the_role_alone_is_one_speaker() -> None:
    layout = layout_of("billed_role_then_role_alone.txt")

    assert (layout.interviewee, layout.interviewer) == ("Ann Marsh", "Tom Berg")
    assert [turn.question for turn in layout.turns] == [
        "Ann, why was the north quay closed last night?",
        "When will it open again?",
        "And the fishing boats, where do they land meanwhile?",
    ]
    assert layout.turns[1].answer == ("Thursday, if the new cable arrives on the morning ferry.",)


def test_speakers_labelled_as_the_host_ask_though_the_guest_ends_more_turns_asking() -> None:
    layout = layout_of("hosts_chatting_by_role.txt")

    assert layout.interviewee == "Ruth Okafor"
    assert [turn.question for turn in layout.turns] == [
        "That's the croissants you brought in. Sam has had three already. Tell us what makes them so good.",
        "You've been up since three, I'm told. That is early even for radio. Walk us through your morning.",
        "And you do that six days a week?",
    ]
    assert layout.turns[2].answer == (
        "Six days, for twenty years. Sundays I sleep until the church bells. Wouldn't you?",
    )


def test_speaker_names_in_bold_without_a_colon_are_labels_and_a_bold_word_once_is_prose() -> None:
    layout = layout_of("bold_names_without_colons.html")

    assert layout.name == "speaker names"
    assert layout.turns == (
        Turn("Why a boathouse?", ("It was cheap, and the river keeps the brass cool in summer.",)),
        Turn(
            "How long does an engine take?", ("About a year, if the gears arrive on time.", "They rarely do.")
        ),
    )
    assert layout.lead[-1].text == (
        "Ada Lovelace builds calculating engines in a boathouse. "
        "Note the shed is open to visitors on Sundays."
    )
    assert (layout.interviewee, layout.interviewer) == ("Ada Lovelace", "Grace Hopper")


def test_numbered_turns_with_a_space_before_the_colon_on_consecutive_lines_are_speakers_turns() -> None:
    layout = layout_of("numbered_turns.txt")

    assert layout.name == "speaker names"
    assert layout.turns == (
        Turn("so, how long have you kept the lock?", ("nineteen years this autumn",)),
        Turn("and before that?", ("I drove the grain barges, the same canal, the other direction",)),
        Turn("what changed when the gates were motorised?", ("my back stopped hurting",)),
    )


def test_a_committee_numbering_its_questions_marks_each_member_who_asks_even_once() -> None:
    layout = layout_of("committee_question_numbers.txt")

    assert layout.name == "speaker names"
    assert [turn.question for turn in layout.turns] == [
        "Good morning, and welcome to the Committee. How far behind is the dredging now?",
        "What will the delay cost?",
        "When will the channel open to the ferries again?",
    ]
    assert layout.turns[1].answer == (
        "Roughly four hundred thousand, most of it for the hired crane.",
        "We will ask the Treasury to meet half of that.",
    )
    assert layout.interviewee == "Kari Moe"


def test_an_official_reports_billed_speakers_alone_on_their_lines_give_turns_even_named_once() -> None:
    layout = layout_of("official_report_billed_speakers.txt")

    assert layout.name == "speaker names"
    assert [turn.question for turn in layout.turns][1:] == [
        "How long would that work take?",
        "Do the island communities get a say in the timetables?",  # a member's only question
        "Is there anything the committee should add to its report?",  # the deputy convener's
    ]
    assert layout.turns[2].answer == (
        "Jane Smith: They do. We meet each community council twice a year, and the winter timetable "
        "changed last year because of what they told us.",
    )
    assert layout.panel == ("Jane Smith", "Tom Berg")


def test_members_billed_by_their_photos_caption_and_marking_questions_q_ask_even_once() -> None:
    layout = layout_of("photo_captioned_members.txt")

    assert [turn.question for turn in layout.turns] == [
        "Good morning, Ms Smith. Would you introduce yourself for the record?",
        "What would the Bill change for your routes?",
        "Would the dues fall on islanders?",
    ]
    assert (layout.interviewee, layout.interviewer) == ("Jane Smith", "Derek Hall")


def test_a_name_with_words_in_brackets_alone_once_is_no_speaker_without_another_billed_line() -> None:
    text = "Ann Marsh (Harbour Trust)\n\nThe quay opened in May.\n\nWhat changed?\n\nThe crane."

    assert read_source(text).blocks[0].text == "Ann Marsh (Harbour Trust)"


def test_closed_caption_chevrons_before_each_speaker_are_no_part_of_the_turn() -> None:
    layout = layout_of("caption_chevrons.txt")

    assert layout.name == "speaker names"
    assert layout.turns == (
        Turn(
            "The north quay stays shut for another month. With me is the harbour master, Ann Marsh. "
            "Ann, what went wrong?",
            ("The new crane came with the wrong fittings. We sent it back on Friday.",),
        ),
        Turn("Will the ferries keep running?", ("They will, from the south quay.",)),
    )
    assert layout.interviewee == "Ann Marsh"


def test_speaker_names_in_square_brackets_are_labels_like_plain_ones() -> None:
    layout = layout_of("bracketed_names.txt")

    assert layout.name == "speaker names"
    assert layout.turns == (
        Turn(
            "How many boats come through on a summer day?",
            ("Forty on a good Saturday, fewer when it rains.",),
        ),
        Turn("What do you do in winter?", ("I paint the gates and mend the paddles.",)),
    )
    assert (layout.interviewee, layout.interviewer) == ("Nell Rowe", "Grace Hopper")


def test_a_bracketed_name_before_the_time_its_turn_starts_is_a_label_without_a_colon() -> None:
    layout = layout_of("bracketed_names_before_times.txt")

    assert layout.name == "speaker names"
    assert layout.turns[0] == Turn(
        "Welcome back. My guest today repairs church organs. How did you start?",
        (
            "I swept the organ loft at my parish as a boy, and the builder let me hold the lamp.",
            "By fifteen I was tuning reeds for him.",
        ),
    )
    assert [turn.question for turn in layout.turns][1:] == [
        "What is the hardest part of the work?",
        "And the best part?",
    ]
    assert (layout.interviewee, layout.interviewer) == ("Ivar Lund", "Nora Berg")


def test_speaker_names_before_a_dash_give_turns_and_a_dash_in_an_answer_stays() -> None:
    layout = layout_of("names_before_dashes.txt")

    assert layout.name == "speaker names"
    assert layout.turns[0] == Turn(
        "How many boats come through on a summer day?",
        ("Forty on a good Saturday, fewer when it rains.", "Honestly — it is the best job on the river."),
    )
    assert [turn.answer for turn in layout.turns][1:] == [
        ("I paint the gates and mend the paddles.",),
        ("Keeping calm when a hire boat comes in sideways.",),
    ]
    assert layout.interviewee == "Nell Rowe"


def test_an_ama_has_a_question_under_each_commenter_and_the_answers_under_the_host() -> None:
    layout = layout_of("ama_comments.txt")

    assert layout.name == "an AMA's comments"
    assert layout.turns == (
        Turn(
            "How many boats come through on a summer day?",
            ("Forty on a good Saturday, fewer when it rains.", "The record is sixty-one, on a bank holiday."),
        ),
        Turn("what do you do all winter", ("I paint the gates and mend the paddles.",)),
        Turn("Is the job lonely?", ("Never. Someone always stops for a chat.",)),
    )


def test_an_ama_copied_as_the_site_prints_it_now_is_read_by_author_and_age_without_its_buttons() -> None:
    layout = layout_of("ama_comments_with_ages.txt")

    assert layout.name == "an AMA's comments"
    assert layout.turns == (
        Turn(
            "How many boats come through on a summer day?",
            ("Forty on a good Saturday, fewer when it rains.",),
        ),
        Turn("Is the job lonely?", ("Never. Someone always stops for a chat.",)),
    )


def test_a_comment_tree_exported_to_markdown_pairs_each_of_the_posters_replies_with_its_parent() -> None:
    source = read_source((FIXTURES / "ama_comment_tree_exported_to_markdown.md").read_text(encoding="utf-8"))
    layout = find_turns(source.blocks)

    # A reader's reply before the poster's is no part of the question; a follow-up under an answer is one;
    # questions no one answered, and the answer to a removed one, are not drafted.
    assert layout.turns == (
        Turn(
            "Do the guests ever get stung?",
            ("Not once in six years. The hives sit behind a screen, so the bees fly over the guests.",),
        ),
        Turn(
            "Does the wind on the roof bother them?",
            ("Only in March. I strap the boxes down with ratchet straps.",),
        ),
        Turn(
            "What does city honey taste like compared to country honey?",
            ("Lighter. The lime trees along the river give it a minty finish in July.",),
        ),
    )
    assert layout.unasked == ("No, the hotel pays me a fee, and the honey goes to the kitchen.",)


def test_a_team_answering_from_one_account_signs_its_replies_with_names_no_part_of_the_answers() -> None:
    layout = layout_of("ama_team_account_signs_each_answer.md")

    assert layout.turns == (
        Turn("What breaks most often?", ("Spines. Paperbacks read flat on a table crack within a month.",)),
        Turn(
            "Which glue do you use?",
            (
                "Wheat starch paste for paper, and a neutral PVA for the cloth.",
                "Both come off again with water, which matters to the archivists.",
            ),
        ),
        Turn(
            "Do you ever find things left inside the books?",
            ("All the time. Last week it was a pressed four-leaf clover.",),
        ),
    )


def test_the_exporters_lines_over_a_thread_are_no_lead_so_the_posts_own_words_are_the_standfirst() -> None:
    draft = import_file(FIXTURES / "ama_exporter_lines_over_the_post.md")

    assert draft.knowledge.interview.standfirst == (
        "I took over the morning crossing in 2002 and have missed four sailings since."
    )
    assert "Posted by" not in draft.yaml
    assert "replies" not in draft.yaml


def test_a_chat_kept_as_posts_in_front_matter_gives_the_guests_answers_to_what_they_answer() -> None:
    draft = import_file(FIXTURES / "chat_archive_in_front_matter.md")
    pairs = draft.knowledge.pairs[1:]

    assert draft.knowledge.interview.interviewee == "Ann Marsh"  # who replies in the most threads
    assert [(pair.question, pair.answer) for pair in pairs] == [
        (
            "Welcome, Ann! Thanks for joining us. How did you become a lighthouse keeper?",
            "My aunt kept the light before me, and I took over when her knees gave out.",
        ),
        (
            "does the lamp still turn by clockwork? \U0001f914",
            "No, a motor turns it now.\n\nThe clockwork sits in the museum downstairs.",
        ),
        (
            "Do you ever get lonely out there?",
            "Tom Berg Never. The radio keeps me company, and the boats wave.",
        ),
        (
            "What do you do in a storm?",
            "Watch the glass & keep the kettle on.\n\nAnd I never go up the tower in lightning.",
        ),
    ]  # thanks, comments, the guest's own post and the follow-up left unanswered are no turn
    assert not any("name:" in pair.answer or "replies" in pair.answer for pair in draft.knowledge.pairs)


def test_an_articles_jump_lines_between_its_pages_are_no_part_of_the_answer_they_interrupt() -> None:
    layout = layout_of("jump_lines_between_pages.txt")

    assert [turn.answer for turn in layout.turns] == [
        ("There are more of us, and we have better binoculars, but there are fewer birds.",),
        ("Many things at once. Warmer winters, changes in the fish.",),
        ("More than ever.",),
    ]


def test_a_number_printed_inside_a_bold_question_is_no_part_of_it() -> None:
    layout = layout_of("bold_questions_numbered_inside.md")

    assert [turn.question for turn in layout.turns] == [
        "How many boats come through on a summer day?",
        "What do you do all winter?",
        "Your favourite boat.",
    ]


def test_a_statement_to_the_guest_that_the_next_paragraph_takes_up_with_yes_or_no_is_a_question() -> None:
    layout = layout_of("statement_prompts_taken_up.txt")

    assert layout.name == "question paragraphs ending in '?'"
    assert [turn.question for turn in layout.turns] == [
        "How did you become a guide?",
        "In 2019 you were caught in the avalanche on the north ridge. "
        "Three people in your group were injured.",
        "What did you change afterwards?",
        "Your clients don't always like that.",
    ]
    # Speaking to "you" with no reply taken up, a paragraph goes on with the answer.
    assert layout.turns[0].answer[-1] == "You'll find plenty of guides who started that way."
    assert layout.turns[2].answer == ("Everything about how I read the snow.", "You learn to turn back.")


def test_questions_a_page_sets_apart_by_their_class_alone_are_its_questions() -> None:
    layout = layout_of("questions_by_class.html")

    assert layout.turns == (
        Turn(
            "How many boats come through on a summer day", ("Forty on a good Saturday, fewer when it rains.",)
        ),
        Turn("What you do all winter", ("I paint the gates and mend the paddles.",)),
        Turn("Is the job lonely?", ("Never. Someone always stops for a chat.",)),
    )


def test_a_topic_set_like_the_questions_after_the_last_one_is_a_prompt_where_it_speaks_to_the_guest() -> None:
    layout = layout_of("heading_topic_after_the_last_question.md")

    assert layout.turns[-1] == Turn(
        "Your favourite boat", ("The old coal barge that still comes through every June.",)
    )
    assert layout.unused == ("About the author", "Sam Wills writes about rivers for the Gazette.")


def test_the_editors_note_that_the_interview_was_edited_is_in_no_answer() -> None:
    layout = layout_of("edited_note_under_the_last_answer.md")

    assert layout.turns[-1] == Turn(
        "What do you do all winter?", ("I paint the gates and mend the paddles.",)
    )
    assert not any("edited" in block.text for block in layout.lead)


def test_short_answers_set_in_italics_under_bold_questions_are_answers_not_introductions() -> None:
    text = "\n\n".join(
        [
            "**Why boats?**",
            "*Because of my father.*",
            "**Do they have names?**",
            "*All of them.*",
            "*The big one bites.*",
            "**And now?**",
            "*A garden.*",
        ]
    )

    assert find_turns(read_source(text).blocks).turns == (
        Turn("Why boats?", ("Because of my father.",)),
        Turn("Do they have names?", ("All of them.", "The big one bites.")),
        Turn("And now?", ("A garden.",)),
    )


def test_a_note_in_italics_under_the_last_plain_answer_is_the_editors_not_the_answers() -> None:
    layout = layout_of("italic_note_under_the_last_answer.md")

    assert layout.turns[-1] == Turn(
        "What do you do all winter?", ("I paint the gates and mend the paddles.",)
    )
    assert layout.unused == ("Ferry Lock is open to visitors every weekend from April to October.",)


def test_bold_topics_opening_each_answer_are_its_prompt_when_the_page_asks_no_questions() -> None:
    layout = layout_of("bold_topic_lead_ins.md")

    assert layout.name == "questions in bold"
    assert layout.turns == (
        Turn(
            "On getting the job.",
            (
                "My father kept the lock before me. When his back went, the trust asked if I would stand in, "
                "and I never left.",
            ),
        ),
        Turn(
            "On the busiest day.",
            (
                "Sixty-one boats on a bank holiday Monday. We ran out of tea by noon.",
                "It was chaos, but a happy sort.",
            ),
        ),
        Turn("On what comes next.", ("A garden, at last, and a boat of my own.",)),
    )


def test_bold_topics_of_which_one_asks_are_all_prompts_not_one_lone_question() -> None:
    layout = layout_of("bold_topics_one_asking.md")

    assert layout.name == "questions in bold"
    assert [turn.question for turn in layout.turns] == [
        "On getting the job.",
        "Your busiest day.",
        "What you would tell a new keeper.",
    ]
    assert layout.turns[1].answer == ("Sixty-one boats on a bank holiday Monday. We ran out of tea by noon.",)


def test_a_bold_topic_of_html_opens_its_answer_as_a_markdown_one_does() -> None:
    page = "".join(
        f"<p><strong>{topic}</strong> {answer}</p>"
        for topic, answer in [
            ("On rain.", "It fills the lock."),
            ("On boats.", "Most are hired."),
            ("On tea.", "Always."),
        ]
    )
    layout = find_turns(read_source(f"<html><body>{page}</body></html>").blocks)

    assert [(turn.question, turn.answer) for turn in layout.turns] == [
        ("On rain.", ("It fills the lock.",)),
        ("On boats.", ("Most are hired.",)),
        ("On tea.", ("Always.",)),
    ]


def test_captions_and_photo_credits_in_plain_text_are_no_part_of_an_answer() -> None:
    layout = layout_of("captions_in_text.txt")

    assert [turn.answer for turn in layout.turns] == [
        ("My father kept the lock before me. I still keep his photo by the kettle.",),
        ("Sixty-one boats on a bank holiday Monday.",),
        ("A garden, at last.",),
    ]


def test_a_long_statement_by_the_host_is_a_prompt_that_opens_a_turn_not_a_remark() -> None:
    layout = layout_of("host_statement_prompts.md")

    assert [turn.question for turn in layout.turns] == [
        "How did you start?",
        "You said earlier that most of your customers bring in clocks they inherited, and I imagine that "
        "makes the work feel a little different from fixing something bought last year in a shop.",
    ]
    assert layout.turns[-1].answer == (
        "It does. People tell me who wound it every Sunday, and I find myself being more careful.",
    )
    assert layout.remarks == ("Lovely.",)


def test_a_named_interviewers_lets_talk_about_is_a_prompt_that_opens_a_turn_and_an_aside_is_not() -> None:
    layout = layout_of("speaker_names_with_a_topic_prompt.txt")

    assert [turn.question for turn in layout.turns] == [
        "How did the lab start?",
        "Let's talk about funding.",
        "Now let's turn to the students.",
        "What comes next?",
    ]
    assert layout.turns[0].answer[-1] == "It crashed twice a week, but it ran our first hundred samples."
    assert layout.turns[2].answer == ("Eight of them work with us each summer. Two have stayed on as staff.",)
    assert layout.remarks == ("That is a lot of faith in a laptop.",)


def test_a_welcome_that_asks_nothing_and_the_guests_long_thanks_for_it_are_the_lead() -> None:
    text = (
        "Host: This is Tide Tables. My guest today is Ada Lovelace, who counts seabirds.\n\n"
        "Ada Lovelace: Oh, thanks so much for having me, Jane. I have listened to this show for years, "
        "mostly on the early shift, and I never thought I would be on it myself.\n\n"
        "Host: What first brought you to the cliffs?\n\nAda Lovelace: A summer job.\n\n"
        "Host: And what keeps you there?\n\nAda Lovelace: The birds."
    )

    layout = find_turns(read_source(text).blocks)

    assert [turn.question for turn in layout.turns] == [
        "What first brought you to the cliffs?",
        "And what keeps you there?",
    ]
    assert layout.lead[-1].text.startswith("Oh, thanks so much for having me")


def test_a_guests_thanks_that_go_on_to_answer_a_prompt_without_a_question_mark_are_an_answer() -> None:
    text = (
        "Host: Thanks for joining us. Let's start with the poll, which puts you below the threshold.\n\n"
        "Ada Lovelace: Thanks, Jane. Look, one poll means nothing between elections, and we know it: "
        "our support has always wavered in the polls, and we are getting a great deal done.\n\n"
        "Host: How is morale?\n\nAda Lovelace: Good."
    )

    layout = find_turns(read_source(text).blocks)

    assert layout.turns[0].question.startswith("Thanks for joining us. Let's start with the poll")


def test_a_short_reply_that_tells_the_opening_a_number_it_did_not_hold_answers_it_and_is_no_welcome() -> None:
    layout = layout_of("oral_history_opening_asks_a_fact.txt")

    # The sentences that only set the scene stay the lead; from the one put to the guest on, the opening asks.
    assert [block.text for block in layout.lead] == [
        "This is a recorded conversation with Edda Morrow for the Saltmarsh Heritage Trust, made at her home "
        "on 2 March 2019. The interviewer is Pol Vance."
    ]
    assert layout.turns[0] == Turn(
        "Edda, I know you were born in the lock-keeper's cottage, but I have never known the year.",
        ("In 1938, the winter the canal froze.",),
    )
    assert len(layout.turns) == 3


def test_an_opening_that_speaks_to_no_one_is_the_lead_whatever_number_the_reply_tells() -> None:
    text = (
        "Host: Ann, Tom and Ida are joined by the harbour master this week.\n\n"
        "Guest: Episode 40 already.\n\n"
        "Host: What first brought you to the harbour?\n\nGuest: A summer job.\n\n"
        "Host: And what keeps you there?\n\nGuest: The boats."
    )

    layout = find_turns(read_source(text).blocks)

    assert [block.text for block in layout.lead][-1] == "Episode 40 already."
    assert layout.turns[0].question == "What first brought you to the harbour?"


def test_a_welcome_that_speaks_to_the_guest_and_their_courtesy_back_stay_the_lead() -> None:
    text = (
        "Host: Welcome to Tide Tables, Ada.\n\nAda Lovelace: Great to be here.\n\n"
        "Host: What first brought you to the cliffs?\n\nAda Lovelace: A summer job in 1984.\n\n"
        "Host: And what keeps you there?\n\nAda Lovelace: The birds."
    )

    layout = find_turns(read_source(text).blocks)

    assert [block.text for block in layout.lead] == ["Welcome to Tide Tables, Ada.", "Great to be here."]
    assert layout.turns[0].question == "What first brought you to the cliffs?"


def test_a_welcome_and_the_guests_thanks_are_the_lead_and_a_which_remark_asks_nothing() -> None:
    layout = layout_of("podcast_welcome_and_remarks.txt")

    assert [block.text for block in layout.lead] == [
        "Tide Tables, episode 12",
        "This is Tide Tables, the show about people who work by the sea. My guest today is Ada Lovelace, "
        "who has counted seabirds on the north cliffs for thirty years.",
        "Thanks for having me.",
    ]
    assert layout.turns == (
        Turn(
            "What first brought you to the cliffs?",
            (
                "A summer job when I was nineteen. I was meant to stay for three months.",
                "Not at all. The birds kept me, and I never went back to the city.",
            ),
        ),
        Turn(
            "Which bird worries you most now?",
            ("The kittiwakes. Their numbers have halved since I started.",),
        ),
    )
    assert layout.remarks == ("Which is not quite how it turned out.",)


def test_a_reporters_statement_answered_at_length_is_a_question_where_the_labels_name_the_asker() -> None:
    layout = layout_of("doorstop_statement_answered.txt")

    assert [turn.question for turn in layout.turns] == [
        "Minister, when will the ferries sail again?",
        "The union says the owners walked away from the table last night.",
        "Will the island schools stay open?",
    ]
    assert layout.turns[1].answer == (
        "That is not my understanding. I spoke to both sides this morning and they are still talking, "
        "which is the main thing.",
    )
    # Interjections ask nothing, however long the answer goes on after them.
    assert layout.remarks == ("Right. Okay.",)
    assert len(layout.turns[0].answer) == 2


def test_a_reporters_unheard_question_under_a_label_alone_on_its_line_is_a_turn_of_its_own() -> None:
    layout = layout_of("doorstop_unheard_questions.txt")

    assert layout.turns == (
        Turn(
            "Minister, when will the ferries sail again?",
            (
                "Not before Monday. The crews and the owners meet again on Sunday morning, "
                "and I expect them to agree.",
            ),
        ),
        Turn(
            "[inaudible]",
            (
                "No, the island schools stay open. The coastguard boats will carry the teachers and the "
                "children until the ferries sail.",
            ),
        ),
    )


def test_a_word_asking_back_is_no_answer_and_the_question_put_again_goes_with_the_first() -> None:
    layout = layout_of("doorstop_asked_back.txt")

    assert layout.turns[1] == Turn(
        "What do you make of the harbour master's remarks about the crews? "
        "The harbour master said on the radio that the crews were to blame for the-",
        ("-I haven't heard them, I'm afraid, so I won't comment on them.",),
    )
    assert len(layout.turns) == 3
    assert layout.unused == ("Sorry?",)


def test_a_welcome_that_asks_in_passing_is_the_lead_not_part_of_the_first_question() -> None:
    layout = layout_of("host_guest_unnamed.txt")

    assert layout.lead[-1].text.startswith("Welcome back to Kitchen Table")
    assert [turn.question for turn in layout.turns] == [
        "So, how did the bakery start?",
        "What makes good bread?",
        "What would you change if you started again?",
    ]
    assert layout.interviewee is None  # "Guest" names nobody


def test_a_round_table_names_each_panellist_before_their_answer_to_an_unlabelled_question() -> None:
    layout = layout_of("round_table_unlabelled_questions.txt")

    assert layout.name == "speaker names"
    assert [turn.question for turn in layout.turns] == [
        "How did you come to the job?",
        "What is a winter night like out there?",
        "Would you do it again?",
    ]
    assert layout.turns[1].answer == (
        "Ada: Long. I read, and I listen to the foghorn.",
        "Bo: I check the lamp every two hours. In between I carve boats.",
        "Cy: Loud. The wind never stops.",
    )
    assert layout.panel == ("Ada", "Bo", "Cy")


def _panel_under(style: str) -> str:
    """The bold-question panel fixture with its questions numbered, or plain, as other pages set them."""
    text = (FIXTURES / "panel_named_answers_under_bold_questions.md").read_text(encoding="utf-8")
    count = iter(range(1, 100))
    return re.sub(
        r"^\*\*(.+)\*\*$",
        lambda found: f"{next(count)}. {found[1]}" if style == "numbered" else found[1],
        text,
        flags=re.MULTILINE,
    )


@pytest.mark.parametrize("style", ["bold", "numbered", "plain"])
def test_a_panels_named_answers_stay_under_the_question_the_page_sets_apart(style: str) -> None:
    text = (FIXTURES / "panel_named_answers_under_bold_questions.md").read_text(encoding="utf-8")
    layout = find_turns(read_source(text if style == "bold" else _panel_under(style)).blocks)

    questions = [turn.question for turn in layout.turns]
    assert len(questions) == 8
    # A question that neither asks "you" nor opens on a question word, after a panellist who speaks twice.
    assert questions[5].startswith("One thing few readers will have seen")
    assert layout.turns[4].answer[-1].startswith("IV: We go out twice a week")
    assert layout.turns[1].answer == (
        "ML: Twelve on a good week, eight when it rains, and about half had never rowed.",
        "TR: Although the list has only been running since the bridge lights went in.",
    )
    # A question one of them answers with no name before it is a turn too.
    assert layout.turns[6].answer == ("Not yet, though the clubs upstream have talked about one for years.",)
    assert layout.panel == ("Dr. Ines Varga", "Tomas Rehak", "Maja Lind")


def test_a_panel_under_set_apart_questions_is_named_without_the_titles_its_labels_give() -> None:
    draft = import_file(FIXTURES / "panel_named_answers_under_bold_questions.md")

    assert draft.knowledge.interview.interviewee == "Ines Varga, Tomas Rehak and Maja Lind"


def test_a_panels_question_before_the_first_named_answer_is_a_turn_too() -> None:
    layout = layout_of("panel_first_answer_unnamed.md")

    assert layout.name == "speaker names"
    assert layout.turns[0] == Turn(
        "How did the hives come to the allotments?",
        ("A member left them to the society in her will, with a note asking that nobody sell the honey.",),
    )
    assert len(layout.turns) == 5
    assert layout.panel == ("Dr. Holt", "Sam Ortiz")


def _second_speaker_page(style: str) -> str:
    """The fixture with its bold questions set as headings, numbered, or plain "?" paragraphs."""
    text = (FIXTURES / "second_speaker_labelled_inside_some_answers.md").read_text(encoding="utf-8")
    count = iter(range(1, 100))
    styles = {"bold": r"\g<0>", "heading": r"## \1", "plain": r"\1"}
    return re.sub(
        r"^\*\*(.+)\*\*$",
        lambda found: f"{next(count)}. {found[1]}" if style == "numbered" else found.expand(styles[style]),
        text,
        flags=re.MULTILINE,
    )


@pytest.mark.parametrize("style", ["bold", "heading", "numbered", "plain"])
def test_a_second_speakers_label_inside_some_answers_leaves_the_questions_set_apart(style: str) -> None:
    layout = find_turns(read_source(_second_speaker_page(style)).blocks)

    assert len(layout.turns) == 8
    assert layout.turns[1].question == "Who decided where it would go?"
    # The label at the head of an answer, or inside one, stays in it as printed.
    assert layout.turns[2].answer[-1].startswith("TOM PELL: And two of them went into the river")
    assert layout.turns[3].answer == (
        "TOM PELL: Logbooks we thought were lost, from the years before the war.",
        "The ink had faded, but every page was there.",
    )


def test_speaker_labels_that_open_the_questions_too_are_the_layout() -> None:
    text = re.sub(r"^\*\*(.+)\*\*$", r"Ruth Calder: \1", _second_speaker_page("bold"), flags=re.MULTILINE)
    text = re.sub(r"^(?=(?:The|About|Not|Volunteers|A long) )", "MIRA LEE: ", text, flags=re.MULTILINE)
    layout = find_turns(read_source(text).blocks)

    assert layout.name == "speaker names"
    assert len(layout.turns) == 8
    assert layout.turns[2].answer[0].startswith("MIRA LEE: About nine hundred")


def test_panellists_who_say_little_still_answer_when_asked_or_introduced_by_the_lead() -> None:
    layout = layout_of("panel_quiet_members.md")

    assert [turn.question for turn in layout.turns] == [
        "How many boats pass in a summer week?",
        "What changed when the gates were motorised?",
        "What will you do in the winter?",
    ]
    assert layout.turns[1].answer[0] == "Novak: Our backs stopped hurting."
    assert layout.turns[1].answer[-1] == "Sand: I learnt on the handles, and I still prefer them."
    assert layout.interviewee == "Greta Lund, Sand and Novak"


@pytest.mark.parametrize("name", ["captions_voices.vtt", "captions_names.srt"])
def test_a_subtitle_file_gives_speakers_turns_with_cue_timings_dropped_and_cues_joined(name: str) -> None:
    layout = layout_of(name)

    assert layout.name == "speaker names"
    assert layout.interviewee == "Rune Aas"
    assert layout.turns == (
        Turn(
            "When did you first work the levers here?",
            ("In the winter of 1979, when the frost had split half the rods. I was nineteen and very cold.",),
        ),
        Turn("And the hardest shift?", ("A night of fog, twelve trains late.",)),
    )


def test_a_subtitle_file_without_speakers_ends_a_paragraph_at_each_cue_that_asks() -> None:
    layout = layout_of("captions_unmarked.srt")

    assert layout.turns == (
        Turn(
            "When did you first work the levers here?",
            (
                "In the winter of 1979, when the frost had split half the rods. I was nineteen and very "
                "cold. Was I scared? Every night for the first month.",
            ),
        ),
        Turn("And the hardest shift?", ("A night of fog, twelve trains late. Nobody slept.",)),
        Turn("That sounds grim. Would you do it all again?", ("Tomorrow, if they let me.",)),
    )
    assert [block.text for block in layout.lead] == [
        "Welcome back to Harbour Voices. Today we're at the signal box at Moss Junction."
    ]


def test_a_copied_transcript_panel_reads_its_captions_as_running_text_without_times_or_chapters() -> None:
    # Each caption's time alone on a line over its words; the panel's own lines over the first time, a
    # chapter title between two captions, mid-sentence too, and "[Music]" are no one's words.
    layout = layout_of("transcript_panel_copy.txt")

    assert layout.turns == (
        Turn(
            "Oona, how did you come to keep bees?",
            (
                "My grandmother had six hives behind the orchard, and I carried her smoker from the age of "
                "eight. When she died I took the hives on, mostly out of stubbornness.",
            ),
        ),
        Turn(
            "And the first winter, how did that go?",
            (
                "Badly. I lost four colonies to damp and one to mice. I learned to raise the floors and to "
                "fit guards before October.",
            ),
        ),
        Turn(
            "Do you sell the honey?",
            (
                "Some of it, at the Saturday market in Larkfield. The heather honey goes first, always, and "
                "people queue for it.",
            ),
        ),
        Turn(
            "What happens when a hive swarms into a neighbour's garden?",
            (
                "They ring me, and I go with a box and a sheet. Most neighbours are kind about it. And they "
                "get a jar of honey for it.",
            ),
        ),
    )
    assert [block.text for block in layout.lead] == [
        "Hello and welcome to Hive Notes. Today I am at the apiary above Larkfield with Oona Brisk, who "
        "keeps forty hives here."
    ]


def test_a_transcript_panels_question_starts_with_the_caption_that_opens_its_first_sentence() -> None:
    # The host's setup runs over captions and the asking sentence starts inside one ("first. Has the
    # wet summer"): the question is the host's whole turn and the answer before it ends whole.
    layout = layout_of("transcript_panel_setup_before_the_question.txt")

    assert [turn.question for turn in layout.turns] == [
        "Oona, what did the wet summer do to your bees?",
        "You told me last time that the heather honey sells first. Has the wet summer changed that? Was "
        "there any heather honey at all?",
        "Many keepers here are giving up after two bad years. What keeps you at it?",
        "Will you take on more hives next year?",
    ]
    assert layout.turns[0].answer == (
        "They stayed in. A hive that cannot fly eats its own stores, so by August I was feeding syrup, "
        "which I hate doing.",
    )
    assert [block.text for block in layout.lead] == [
        "Welcome back to Hive Notes. I'm up at the apiary above Larkfield again, with Oona Brisk."
    ]


def test_a_transcript_panels_closing_thanks_to_the_guest_is_no_part_of_the_last_answer() -> None:
    # With no names, the host's closing remark and thanks run on from the guest's last words: from the
    # caption that opens the remark before the thanks, they are left out and listed.
    draft = import_file(FIXTURES / "transcript_panel_host_signs_off_after_the_last_answer.txt")
    layout = layout_of("transcript_panel_host_signs_off_after_the_last_answer.txt")

    assert layout.turns[-1] == Turn(
        "Will the new bridge end the crossing?",
        (
            "Probably, in a few years. The town wants the bridge and I understand why. But the river will "
            "be quieter without us and I think people will miss the lights out on the water at night.",
        ),
    )
    assert "Safe crossings" not in draft.yaml and "ride with you once more" not in draft.yaml
    assert any(line.startswith("the host's closing remark and thanks") for line in draft.review)


def test_a_subtitle_files_cold_open_before_the_hosts_welcome_is_left_out_and_listed() -> None:
    # The clip that opens the show repeats an exchange from later, then its tune, then the welcome.
    draft = import_file(FIXTURES / "captions_cold_open_voices.vtt")
    layout = layout_of("captions_cold_open_voices.vtt")

    assert [turn.question for turn in layout.turns] == [
        "When did you first work the levers here?",
        "Were you ever afraid up there?",
        "And the hardest shift?",
    ]
    assert layout.turns[1].answer == (
        "Afraid? Every single night of that first winter. The wind took the roof twice.",
    )
    assert "♪" not in draft.yaml and "I'd do it all again tomorrow" not in draft.yaml
    assert any(line.startswith("the cold open before the host's welcome (3 cue(s)") for line in draft.review)


def test_an_unmarked_subtitle_files_cold_open_is_no_part_of_the_lead() -> None:
    draft = import_file(FIXTURES / "captions_cold_open_unmarked.srt")

    assert [block.text for block in layout_of("captions_cold_open_unmarked.srt").lead] == [
        "Welcome to Harbour Voices. I'm Tova Lind, and my guest today is signalman Rune Aas."
    ]
    assert "[MUSIC]" not in draft.yaml and "forget a night like that" not in draft.yaml
    assert any("cold open" in line and "2 cue(s)" in line for line in draft.review)


def test_a_hosts_sponsor_reads_are_left_out_and_the_answer_around_one_goes_on() -> None:
    draft = import_file(FIXTURES / "sponsor_reads_in_the_hosts_turns.txt")
    layout = layout_of("sponsor_reads_in_the_hosts_turns.txt")

    assert [turn.question for turn in layout.turns][1:] == [
        "Now, back to the box. What was the hardest shift?",
        "Would you do it all again?",
    ]
    assert layout.turns[0].answer == (
        "In the winter of 1979, when the frost had split half the rods. I was nineteen and very cold.",
        "And the mornings were the worst. You could hear the rods groan before you saw them move.",
    )
    assert layout.sponsor_reads == (
        "This episode is brought to you by Kettle & Crumb, the bakery that ships warm bread to your door. "
        "Go to kettleandcrumb.example and use code HARBOUR at checkout for ten percent off your first box.",
        "Support for this podcast comes from the Fenwick Rail Trust. "
        "The Fenwick Rail Trust has kept old boxes open since 1988.",
    )
    assert "Kettle" not in draft.yaml and "Rail Trust" not in draft.yaml
    assert any(
        line.startswith("2 sponsor read(s) in the host's turns were left out") for line in draft.review
    )


def test_a_guests_words_about_a_sponsor_and_a_hosts_question_about_one_stay() -> None:
    text = (
        "Tova Lind: How did the box stay open?\n\n"
        "Rune Aas: The season was sponsored by the rail trust. This episode is brought to you by nobody.\n\n"
        "Tova Lind: So the show is supported by the trust too?\n\nRune Aas: It is."
    )

    layout = find_turns(read_source(text).blocks)

    assert layout.turns[0].answer == (
        "The season was sponsored by the rail trust. This episode is brought to you by nobody.",
    )
    assert layout.turns[1].question == "So the show is supported by the trust too?"
    assert layout.sponsor_reads == ()


def test_a_faq_page_that_carries_its_questions_only_in_schema_data_is_read_from_there() -> None:
    layout = layout_of("faq_schema_only.html")

    assert [turn.question for turn in layout.turns] == [
        "How do I rent a stall?",
        "Can I cook on the stall?",
        "What happens when it rains?",
    ]
    assert layout.turns[0].answer == (
        "Send the form by the first of the month.",
        "Stalls are drawn by lot a week later.",
    )


def test_a_faq_page_that_prints_its_schema_questions_is_read_from_the_page_alone() -> None:
    layout = layout_of("faq_schema_and_page.html")

    assert layout.turns == (
        Turn(
            "How do I rent a stall?",
            ("Send the form by the first of the month. Stalls are drawn by lot a week later.",),
        ),
        Turn("Can I cook on the stall?", ("Only on gas rings we have inspected; no open charcoal.",)),
    )


FAQ_TURNS = (
    Turn(
        "Where does the water come from?",
        ("Two rain tanks by the shed, and a standpipe from April to October.",),
    ),
    Turn("May I put up a shed?", ("Yes, up to two metres by three.", "Ask the committee before you build.")),
    Turn("Are bees allowed?", ("On the far plots only, away from the path.",)),
)


def test_an_accordion_gives_its_buttons_as_questions_and_the_answers_they_hide_as_answers() -> None:
    layout = layout_of("faq_accordion.html")

    assert layout.turns == FAQ_TURNS
    assert [block.text for block in layout.lead] == [
        "Questions new plot holders ask",
        "Answers from the society's committee.",
    ]


def test_a_disclosure_summary_is_the_question_and_the_rest_of_its_details_the_answer() -> None:
    assert layout_of("faq_details.html").turns == FAQ_TURNS


def test_a_list_of_bold_questions_each_with_its_answer_on_the_lines_below_gives_turns() -> None:
    layout = layout_of("listed_questions.md")

    assert layout.turns == (
        Turn("Do I have to read music?", ("No. Most parts are taught by ear in the first hour.",)),
        Turn(
            "What if I miss a rehearsal?",
            (
                "Recordings of each part go up on the members' page the next day. "
                "Practise with them before the following week.",
            ),
        ),
        Turn("Is there a fee?", ("Ten pounds a term, waived for students.",)),
    )


def test_a_numbered_list_of_bold_questions_each_followed_by_its_answer_gives_turns() -> None:
    layout = layout_of("numbered_inline_questions.md")

    assert [turn.question for turn in layout.turns] == [
        "Do I have to read music?",
        "What if I miss a rehearsal?",
        "Is there a fee?",
    ]
    assert layout.turns[2].answer == ("Ten pounds a term, waived for students.",)


def test_a_numbered_question_answered_by_a_list_numbered_from_one_again_keeps_the_count() -> None:
    layout = layout_of("numbered_question_answered_by_a_list.txt")

    assert layout.name == "numbered questions"
    assert [turn.question for turn in layout.turns][3:] == [
        "What are your rules for a winter crossing?",
        "Where can people find the timetable?",
    ]
    assert layout.turns[3].answer == (
        "1. Check the forecast twice, and believe the worse one.",
        "2. Never leave a car unchained, however short the trip.",
        "3. Keep the coffee hot for the crew.",
    )


def test_a_numbered_question_left_unanswered_is_dropped_not_asked_with_the_next() -> None:
    layout = layout_of("numbered_question_left_unanswered.txt")

    assert layout.name == "numbered questions"
    assert [turn.question for turn in layout.turns] == [
        "How did you find the site and what kept you coming back?",
        "Tell us a brief history of your woodworking journey",
        "Which project are you proudest of?",
        "What advice would you give someone starting out?",
    ]
    assert layout.turns[1].answer[-1].endswith("make much of it myself.")
    assert layout.dropped_questions == ("What do you think defines one of your pieces?",)


def test_a_numbered_question_ending_the_page_unanswered_is_no_part_of_the_last_answer() -> None:
    text = "1. Why wood?\n\nIt is warm.\n\n2. Why here?\n\nThe light.\n\n3. What next?\n\nChairs.\n\n"
    text += "4. Any regrets?\n"
    layout = find_turns(read_source(text).blocks)

    assert layout.turns[-1] == Turn("What next?", ("Chairs.",))
    assert layout.dropped_questions == ("Any regrets?",)


def test_numbered_questions_count_a_prompt_as_a_question_and_a_list_in_an_answer_as_its_text() -> None:
    layout = layout_of("numbered_questions.txt")

    assert layout.name == "numbered questions"
    assert [turn.question for turn in layout.turns] == [
        "How did you learn the trade?",
        "Name the tools you could not work without.",
        "What goes wrong most often?",
        "Will anyone take over from you?",
    ]
    assert layout.turns[1].answer == (
        "Three, really:",
        "1. Brass tweezers.",
        "2. An eyeglass.",
        "3. Patience, which is not sold anywhere.",
    )


def test_questions_labelled_with_their_number_and_answers_without_a_label_give_turns() -> None:
    layout = layout_of("numbered_question_labels.txt")

    assert layout.name == "question labels"
    assert layout.turns[1] == Turn(
        "Describe the worst repair you ever made.",
        ("I once put the hour wheel in upside down. The town ran backwards for an afternoon.",),
    )
    assert len(layout.turns) == 3


def test_a_question_label_on_its_own_line_labels_the_question_on_the_next_whatever_it_asks() -> None:
    layout = layout_of("question_labels_on_own_lines.txt")

    assert layout.name == "question labels"
    assert [turn.question for turn in layout.turns] == [
        "How did you come to the foundry?",
        "Describe the worst casting you ever made.",
        "Which bell are you proudest of?",
        "Tell us what a visitor should listen for.",
    ]
    assert layout.turns[1].answer == (
        "A ring of six for a church in Devon. The mould was damp and the metal boiled.",
        "Every bell came out pitted, and we broke them up and poured again.",
    )
    # The label, the question and the answer on three lines of one paragraph.
    assert layout.turns[2].answer == ("The tenor at St Anne's. It took two pours and a week of tuning.",)
    assert not layout.unused and "Question" not in " ".join(block.text for block in layout.lead)


def test_questions_labelled_q1_q2_on_their_line_take_the_paragraphs_that_follow_as_the_answer() -> None:
    layout = layout_of("question_labels_inline.txt")

    assert layout.turns == (
        Turn(
            "How long have you kept this lock?",
            (
                "Since 1994, and my father before me.",
                "He kept it for twenty-two years, and his father worked the boats.",
            ),
        ),
        Turn(
            "Tell us what boaters get wrong.",
            ("They rush the paddles. The water does the work if you let it.",),
        ),
        Turn("Do you ever take a day off?", ("Tuesdays, when the canal is quiet.",)),
    )


def test_a_markdown_table_of_questions_and_answers_gives_a_turn_per_row() -> None:
    layout = layout_of("markdown_qa_table.md")

    assert layout.turns == (
        Turn("How many levers are there?", ("Forty-two, painted by what they work.",)),
        Turn("Which one is the heaviest?", ("Number nine, the far points. It takes both hands.",)),
        Turn("Can children pull one?", ("With the keeper's hand on it too, yes.",)),
    )


def test_a_transcript_set_as_a_markdown_table_gives_the_speakers_turns_without_the_times() -> None:
    layout = layout_of("markdown_transcript_table.md")

    assert layout.name == "speaker names"
    assert layout.turns == (
        Turn("Why are some levers painted black?", ("They work the points. Red ones work the signals.",)),
        Turn("And the white ones?", ("Spare. Nobody has pulled them since 1986.",)),
    )


def test_questions_labelled_question_are_asked_whatever_they_end_with_and_answered_by_name() -> None:
    layout = layout_of("fan_questions_answered_by_name.txt")

    assert layout.name == "speaker names"
    assert [turn.question for turn in layout.turns] == [
        "Will you tour Norway again? - fjordfan",
        "Who writes the lyrics? - inkwell",
        "How do you warm up before a show? - tenor_tom",
        "What was the first record you bought? - vinylkid",
    ]
    assert layout.turns[1].answer == ("Ben: Mostly me, on trains.",)
    assert layout.panel == ("Ada", "Ben")


def test_a_sports_transcript_marks_questions_q_dot_and_answers_with_the_player_in_capitals() -> None:
    layout = layout_of("sports_q_dot_transcript.txt")

    assert layout.name == "speaker names"
    assert [turn.question for turn in layout.turns] == [
        "Ann, the wind turned in the second half. How did you adjust?",
        "Bo, what did you say at the break?",
        "Ann, who do you want in the final?",
    ]
    assert layout.turns[1].answer == (
        "BO LUND: Nothing clever. Keep it low, keep it simple. We had the legs for it.",
    )
    assert layout.interviewee == "Ann Marsh and Bo Lund"


def test_captions_that_mark_each_change_of_speaker_with_a_bare_chevron_alternate_two_speakers() -> None:
    layout = layout_of("caption_chevrons_unnamed.txt")

    assert layout.name == "speaker names"
    assert layout.turns == (
        Turn(
            "My next guest keeps the lighthouse on Skarv Island. Ann Marsh joins me now. "
            "So, twenty years out there on the rock.",
            (
                "Twenty-two this winter. It goes quickly when the weather keeps you busy, and out there it "
                "always does. You mend, you paint, you watch the sea.",
            ),
        ),
        Turn("What do you miss about the town?", ("Nothing I can name. Maybe the bakery.",)),
        Turn("Would you do it again?", ("Tomorrow, if they asked.",)),
    )
    assert layout.interviewee is None  # a numbered speaker names nobody


def test_captions_saved_with_each_lines_time_before_a_bare_chevron_alternate_two_speakers() -> None:
    layout = layout_of("caption_chevrons_unnamed_timed_lines.txt")

    assert layout.name == "speaker names"
    assert layout.turns == (
        Turn(
            "My next guest keeps the lighthouse on Skarv Island. So, twenty years out there on the rock?",
            ("Twenty-two this winter. It goes quickly when the weather keeps you busy.",),
        ),
        Turn("What do you miss about the town?", ("Nothing I can name. Maybe the bakery.",)),
        Turn("Would you do it again?", ("Tomorrow, if they asked.",)),
    )


def test_bare_chevron_captions_that_cut_a_hosts_turn_in_two_give_the_next_question_to_the_host() -> None:
    layout = layout_of("caption_chevrons_unnamed_host_twice.txt")

    assert layout.turns == (
        Turn(
            "My next guest keeps the lighthouse on Skarv Island. So, twenty years out there on the rock?",
            ("Twenty-two this winter. It goes quickly when the weather keeps you busy.",),
        ),
        Turn(
            "Twenty-two winters. What do you miss about the town?",
            ("Nothing I can name. Maybe the bakery.",),
        ),
        Turn("Would you do it again?", ("Tomorrow, if they asked.",)),
    )


def test_questions_numbered_with_a_hyphen_start_their_own_paragraph_even_on_the_line_after_text() -> None:
    layout = layout_of("hyphen_numbered_questions.txt")

    assert layout.turns == (
        Turn("How did you start?", ("As a deckhand on the ferry. I was sixteen.",)),
        Turn("What changed most in twenty years?", ("The ships got bigger. We dredged the channel twice.",)),
        Turn("What would you tell a new deckhand?", ("Listen to the old ones, and never step on a rope.",)),
    )


def test_questions_numbered_with_a_full_stop_and_a_bracket_are_numbered_questions() -> None:
    layout = layout_of("questions_numbered_with_dot_and_bracket.txt")

    assert layout.name == "numbered questions"
    assert [turn.question for turn in layout.turns] == [
        "What was your first crossing like?",
        "Who taught you the channel?",
        "Describe a night you will not forget.",
        "What do you do on your days off?",
    ]


def test_a_read_more_link_with_its_arrows_and_a_note_of_no_comments_yet_are_not_in_the_last_answer() -> None:
    layout = layout_of("questions_numbered_with_dot_and_bracket.txt")

    assert layout.turns[-1].answer == ("I mend nets for my brother. It is quieter than it sounds.",)


def test_a_blog_excerpts_read_on_link_is_not_in_the_last_answer_it_clips() -> None:
    layout = layout_of("blog_excerpt_ending_in_read_on.txt")

    assert layout.turns[-1].answer == (
        "Harder than anyone said. The sea kept taking the stones away at night, and we had to work out a"
        " way...",
    )


def test_numbered_questions_skipping_numbers_each_over_a_quoted_answer_in_the_same_item_are_turns() -> None:
    layout = layout_of("numbered_questions_over_quoted_answers.txt")

    assert [turn.question for turn in layout.turns] == [
        "You ran the harbour for twenty years before you ever wrote a song. Are you a harbour master or a"
        " singer now?",
        "Does the work at sea get into the songs?",
        "What did you dream of as a boy?",
        "Who taught you to sing?",
    ]


def test_the_length_of_the_clip_after_a_quoted_answer_is_left_out() -> None:
    layout = layout_of("numbered_questions_over_quoted_answers.txt")

    assert layout.turns[2].answer == ("„I wanted a boat … and then a bigger one.“",)


def test_a_link_to_the_full_interview_under_the_last_quoted_answer_is_not_in_it() -> None:
    layout = layout_of("blog_quoting_exchanges_from_a_qa_elsewhere.txt")

    assert (
        "I love the harbour work and always have. It was an honour to be chosen by people who build harbours"
        " themselves."
    ) in layout.turns[-1].answer


def test_board_members_named_over_each_question_all_ask_and_the_unlabelled_paragraphs_answer() -> None:
    layout = layout_of("board_members_named_over_unlabelled_answers.txt")

    assert [turn.question for turn in layout.turns] == [
        "Thank you for joining us. We don't have much time, so let's start. Why do you want this job, and why"
        " are you the best candidate?",
        "At the port you ran the night pilots. How does that prepare you to chair the board? I have a"
        " follow-up, but I'll leave it there.",
        "What would you change first?",
        "And the breakwater? Would you finish it?",
    ]
    assert layout.turns[0].answer == (
        "I'll start with the second part. I have run a harbour before, and nobody else in the race has.",
        "But mostly I want it because I love this port. I know how to make the ferries run on time.",
    )


def test_a_page_typed_in_small_letters_keeps_its_first_question_apart_from_the_headline_over_it() -> None:
    layout = layout_of("lower_case_page.txt")

    assert [block.text for block in layout.lead] == ["ten minutes with ann marsh"]
    assert [turn.question for turn in layout.turns] == [
        "how did you start on the water?",
        "what changed most in twenty years? the ships, you would think.",
        "what would you tell a new deckhand?",
    ]


def test_a_speakers_label_typed_once_with_a_full_stop_for_its_colon_still_opens_their_turn() -> None:
    layout = layout_of("speaker_label_with_a_full_stop_once.txt")

    assert layout.name == "speaker names"
    assert layout.turns[-1] == Turn(
        "Do you still practise every day?",
        ("Yes. Several times a day. When a new song comes it is a magical moment! I feel lazy otherwise.",),
    )
    assert len(layout.turns) == 3


def test_answers_under_the_line_saying_who_answered_keep_their_names_and_the_record_of_who_asked_goes() -> (
    None
):
    layout = layout_of("site_answers_under_who_answered.txt")

    assert layout.turns == (
        Turn(
            "What got you into marine science?",
            (
                "Ida Voss: Rock pools. I spent every summer turning stones over at low tide.",
                "Tom Berg: A documentary about whales when I was nine. I watched it until the tape wore out.",
            ),
        ),
    )


def test_a_site_panellist_whose_answer_is_all_questions_still_answers() -> None:
    layout = layout_of("site_panellist_answering_in_questions.txt")

    assert layout.turns == (
        Turn(
            "What got you into marine science?",
            (
                "Ida Voss: Rock pools. I spent every summer of my childhood turning stones over at low tide"
                " on the beach below our house, counting crabs and anemones and writing down what I found in"
                " a notebook my grandmother gave me. By the time I was twelve I had filled six of them, and I"
                " knew I wanted to do it for the rest of my life.",
                "Rosa Lind: Why is the sea salty? Where do the eels go?",
            ),
        ),
    )


def test_an_image_left_as_its_file_name_and_caption_between_turns_is_dropped() -> None:
    layout = layout_of("image_file_name_between_turns.txt")

    assert layout.turns == (
        Turn("How long have you run the harbour?", ("Twenty years this spring.",)),
        Turn("Oh, wow. What changed most?", ("The ships got bigger.",)),
    )


@pytest.mark.parametrize(
    ("name", "questions"),
    [
        (
            "definition_list_topics.html",
            ["On leaving academia", "Your favourite tool", "The wood you wish you could use"],
        ),
        ("details_topics.html", ["The first crossing", "Who travels after midnight", "Retirement"]),
    ],
)
def test_a_definition_list_or_details_elements_that_answer_in_sentences_are_questions_and_answers(
    name: str, questions: list[str]
) -> None:
    layout = layout_of(name)

    assert [turn.question for turn in layout.turns] == questions
    assert len(layout.turns[0].answer) == 2
    # Navigation, a footer and a fact box built of the same elements are no turns.
    everything = " ".join([*(block.text for block in layout.lead), *layout.unused])
    assert not {"Sections", "Contact", "Menu"} & set(everything.split())


def test_a_list_in_an_answer_keeps_its_numbers_and_bullets_and_navigation_lists_stay_out() -> None:
    layout = layout_of("lists_in_answers.html")

    assert [turn.answer for turn in layout.turns[:2]] == [
        (
            "Three reasons, in the end:",
            "1. I wanted to draw my own pieces.",
            "2. The firm moved to flat-pack work.",
            "3. My back could not take the site jobs any more.",
            "None of them would have been enough alone.",
        ),
        (
            "Less than they think. A starter kit:",
            "- a good block plane;",
            "- two chisels, 6 and 19 millimetres;",
            "- a combination square you can trust.",
        ),
    ]
    assert not layout.unused and len(layout.turns) == 3


def test_speaker_labels_run_together_in_long_paragraphs_are_read_as_turns() -> None:
    layout = layout_of("labels_run_together.txt")

    assert layout.name == "speaker names"
    # "MO" abbreviates "Margaret Ann Okafor" by her first and last names, as oral histories do
    assert (layout.interviewee, layout.interviewer) == ("Margaret Ann Okafor", "Thomas Reed")
    assert [turn.question for turn in layout.turns] == [
        "Can you tell me where you were born?",
        "What did your father do?",
        "Please tell me about your school.",
        "When did you start at the cannery?",
    ]
    # a word of prose before a colon ("Note:", "simple:") and a time ("6:30") stay in the answer
    assert layout.turns[1].answer == (
        "He mended nets on the quay. Note: the quay was rebuilt in 1953. He worked there until the war, "
        "and after it too, from 6:30 every morning.",
    )
    assert layout.turns[2].answer == (
        "It was a single room above the chapel. The rule was simple: no talking.",
    )


def test_a_question_opening_the_paragraph_of_its_answer_is_read_where_most_paragraphs_open_so() -> None:
    layout = layout_of("questions_opening_answers.txt")

    assert layout.name == "questions opening their answers"
    assert [turn.question for turn in layout.turns] == [
        "How did the band start?",
        "What changed on the second record?",
        "Was it hard to leave the shop? Did they miss you?",  # a paragraph of questions, its answer after it
        "Who produced it?",
        "So after all that touring, and the van breaking down twice in Belgium, what comes next?",
    ]
    # an answer goes on in the paragraphs after it, and asks in passing ("Was it risky?") without ending
    assert layout.turns[0].answer == (
        "Three of us worked in the same record shop in Hull. "
        "We played in the back room after closing, badly at first.",
        "It took a year before anyone else heard us.",
    )
    assert layout.turns[1].answer == (
        "We recorded it live, in one room, over nine days. "
        "Was it risky? Of course it was, but the songs needed air.",
    )
    assert layout.lead[-1].text == "We caught up with Tom before the band's show in Leeds."


def test_prompts_before_a_colon_are_quick_fire_questions_two_to_a_paragraph_after_a_question_mark() -> None:
    layout = layout_of("quick_fire_colons.txt")

    assert layout.name == "prompts before a colon"
    assert layout.turns == (
        Turn("Favourite tool", ("the 2B pencil, always sharpened with a knife.",)),
        Turn("Why comics?", ("Because I could never finish a novel, and a strip is finished every week.",)),
        Turn(
            "The best advice you were ever given",
            ("draw every day, even badly. My teacher said it twice: once kindly, once not.",),
        ),
        Turn("First comic you bought", ("a Tintin, in a station in Lyon.",)),
        Turn("Where do you work?", ("In the attic, under the window.",)),
    )


@pytest.mark.parametrize(
    "paragraphs",
    [
        # two rhetorical questions opening paragraphs of an essay
        [
            "Why we sail",
            "Why do we go out at all? The sea is cold and the pay is bad.",
            "My father sailed, and his father before him. The boats were smaller then.",
            "What keeps us going? Habit, mostly.",
            "The harbour closes in winter. We mend nets and wait.",
            "In spring we go out again.",
        ],
        # a sheet of facts asks nobody anything
        [
            "Trail Runner 3",
            "Battery life: ten hours of tracking.",
            "Screen size: a little over an inch.",
            "Water resistance: fine for swimming.",
            "Strap material: silicone, with a steel buckle.",
        ],
        # words before a colon that recur label someone: they are asked nothing
        [
            "Thread",
            "Reply by u/ann: Lava is slow.",
            "Reply by u/ann: Gas is the danger.",
            "Reply by u/ann: Ask the observatory, you will get a better answer.",
        ],
    ],
)
def test_paragraphs_opening_with_a_question_or_a_colon_now_and_then_are_no_interview(
    paragraphs: list[str],
) -> None:
    with pytest.raises(NoInterviewFound):
        find_turns(read_source("\n\n".join(paragraphs)).blocks)


@pytest.mark.parametrize("label", ["QUESTION:", "Question:", "Q"])
def test_a_questions_label_before_a_named_answer_names_the_askers_part_as_a_reporter_does(label: str) -> None:
    page = (FIXTURES / "briefing_question_labels.txt").read_text(encoding="utf-8")
    layout = find_turns(read_source(page.replace("QUESTION:", label)).blocks)

    assert [turn.question for turn in layout.turns] == [
        "Thank you. On the canal talks, who leads the delegation?",
        "The other side says the talks are a formality.",
        "And the toll dispute?",
    ]
    assert layout.turns[0].answer == ("The deputy secretary leads it, as she did in the autumn.",)


def test_the_askers_thanks_after_the_last_answer_and_the_courtesy_back_sign_off() -> None:
    layout = layout_of("doorstop_sign_off.txt")

    assert layout.turns[-1] == Turn(
        "And the detour?",
        ("It stays in place until the bridge reopens, and the buses keep their extra runs.",),
    )
    assert layout.sign_off == ("Thank you, Minister.", "Thanks everyone.")
    assert layout.dropped_questions == ()


def test_thanks_to_the_guest_by_name_and_thanks_of_a_sentence_back_sign_off() -> None:
    layout = layout_of("role_labels_thanked_back.txt")

    assert layout.turns[-1] == Turn(
        "Did you ever work there?", ("Every Saturday from the age of ten, paid in sweets.",)
    )
    assert layout.sign_off == ("Nell Rowe, thank you.", "Thank you for listening to an old woman's stories.")


def test_thanks_after_a_remark_on_the_last_answer_signs_off_with_the_courtesy_back() -> None:
    layout = layout_of("thanks_after_a_remark_under_the_last_answer.txt")

    assert [turn.question for turn in layout.turns][-1] == "What will you miss?"
    assert layout.turns[-1].answer == (
        "The quiet on the bridge at four in the morning, with the lights of the harbour coming up.",
    )
    assert layout.sign_off == (
        "Sounds like a good life. Thank you so much for taking the time.",
        "Thank you.",
    )


def test_thanks_and_the_courtesy_back_after_the_last_answer_sign_off_where_no_speaker_is_named() -> None:
    layout = layout_of("question_paragraphs_thanked_at_the_end.txt")

    assert layout.name == "question paragraphs ending in '?'"
    # What someone is owed thanks to is said, not thanks: it stays in the answer.
    assert layout.turns[-1].answer == (
        "I paint the gates and mend the paddles.",
        "Thanks to the volunteers, the towpath stays open too.",
    )
    assert layout.sign_off == ("Thank you, Nell.", "Thank you. Come and see the gates in May.")


def test_thanks_that_the_guest_answers_at_length_sign_off_nothing() -> None:
    page = (FIXTURES / "doorstop_sign_off.txt").read_text(encoding="utf-8")
    layout = find_turns(
        read_source(
            page + "\nMINISTER: And I want to thank the crews, who have worked through the night.\n"
        ).blocks
    )

    assert layout.sign_off == ()
    assert layout.turns[-1].answer[-1] == "And I want to thank the crews, who have worked through the night."


@pytest.mark.parametrize("mark", ["ENDS", "[ENDS]", "— ENDS —", "END", "-30-", "###"])
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_an_end_mark_under_the_askers_thanks_leaves_the_thanks_to_sign_off(mark: str, gap: str) -> None:
    page = (FIXTURES / "transcript_end_mark.txt").read_text(encoding="utf-8")
    layout = find_turns(read_source(page.replace("\n\nENDS", gap + mark)).blocks)

    assert layout.turns[-1] == Turn(
        "And the old wharf?", ("It stays open for the ferries until the new one takes them.",)
    )
    assert layout.sign_off == (
        "Alright, thanks very much for coming in this morning, Minister. We appreciate it.",
    )
    assert layout.dropped_questions == ()


LIGHT_QUESTIONS = ["What does a night on the light look like?", "Do you ever get lonely?"]


@pytest.mark.parametrize(
    ("fixture", "interviewee", "questions"),
    [
        ("two_questions_capital_speakers.txt", "Quill", LIGHT_QUESTIONS),
        (
            "two_questions_names_before_dashes.txt",
            "Ines Duarte",
            ["Which crossing do you dread?", "What keeps you doing it?"],
        ),
    ],
)
def test_two_speakers_taking_turns_twice_one_asking_are_an_interview_without_a_third_turn(
    fixture: str, interviewee: str, questions: list[str]
) -> None:
    layout = layout_of(fixture)

    assert (layout.name, layout.interviewee) == ("speaker names", interviewee)
    assert [turn.question for turn in layout.turns] == questions
    assert all(not turn.answer[0].startswith(("QUILL", "Ines")) for turn in layout.turns)


def test_two_questions_in_bold_are_an_interview() -> None:
    layout = layout_of("two_questions_in_bold.md")

    assert layout.name == "questions in bold"
    assert layout.turns[1] == Turn(
        "What should a beginner buy first?",
        ("A good veil and a book. The rest can wait until you know what you are doing.",),
    )


def test_a_single_exchange_between_two_named_speakers_is_an_interview() -> None:
    layout = layout_of("one_exchange_speakers.txt")

    assert (layout.interviewee, layout.interviewer) == ("Dilys Harker", "Sam Ortiz")
    assert layout.turns == (
        Turn(
            "What changed most in thirty years?",
            ("The boats got wider and the crews got younger. The water is just the same.",),
        ),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ann: We went north.\n\nBo: We stayed at home all winter, and the roof held.",  # nobody asks
        "Ann: Why north?\n\nBo: Why not?",  # both ask
        "Ann: Why did you go north with the whole family that year?\n\nBo: Cold.",  # the asker says more
    ],
)
def test_two_speakers_once_each_are_no_interview_unless_one_asks_and_the_other_answers(text: str) -> None:
    with pytest.raises(NoInterviewFound):
        find_turns(read_source(text).blocks)


LETTER_PAGE = "Intro.\n\n{q} What does a night look like?\n\n{a} Quiet, mostly. I check the lamp at two."


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("F:", "A:"),  # German: Frage, Antwort
        ("P:", "R:"),  # Spanish, Portuguese: pregunta, respuesta
        ("P.", "R."),
        ("Q.", "R."),  # French: question, réponse
        ("I:", "R:"),  # a research transcript: interviewer, respondent
        ("P)", "R)"),
        ("F –", "A –"),
        ("Interviewer:", "Interviewee:"),
        ("Frage:", "Antwort:"),
        ("**Q** –", "**A** –"),
        ("**P.**", "**R.**"),
    ],
)
def test_two_labels_taking_turns_one_asking_mark_question_and_answer_whatever_their_letters(
    question: str, answer: str
) -> None:
    once = LETTER_PAGE.format(q=question, a=answer)
    twice = f"{once}\n\n{question} And the storms?\n\n{answer} The best part. You feel the tower move."

    for page, turns in ((once, 1), (twice, 2)):
        layout = find_turns(read_source(page).blocks)
        assert layout.turns[0] == Turn(
            "What does a night look like?", ("Quiet, mostly. I check the lamp at two.",)
        )
        assert len(layout.turns) == turns
        assert (layout.interviewee, layout.interviewer) == (None, None)


def test_letter_labels_of_a_translated_interview_are_its_questions_and_answers() -> None:
    layout = layout_of("letter_labels.txt")

    assert layout.name == "letter labels"
    assert layout.turns[1] == Turn(
        "Which one would you never sell?",
        (
            "The regulator on the back wall. My grandfather set it the day the shop opened, "
            "and it has not stopped since.",
        ),
    )


def test_a_research_transcript_of_one_exchange_is_an_interview() -> None:
    layout = layout_of("research_transcript_one_exchange.txt")

    assert layout.turns == (
        Turn(
            "What first brought you to the allotment?",
            (
                "My doctor, to be honest. She said I needed to be outside more, "
                "and the waiting list was only two years then.",
            ),
        ),
    )


def test_bold_letters_before_en_dashes_label_the_questions_and_answers() -> None:
    layout = layout_of("bold_letter_labels_with_dashes.md")

    assert layout.name == "Q:/A: labels"
    assert [turn.question for turn in layout.turns] == [
        "When did you first pick up a blowpipe?",
        "What is hardest to make?",
    ]
    assert layout.turns[1].answer == (
        "A plain wine glass. Everyone knows what one should look like, so every flaw shows.",
    )


def test_initials_that_open_sentences_label_nothing() -> None:
    text = "A. Smith wrote to us in May.\n\nB. Jones did not answer the letter at all, as far as we know."

    with pytest.raises(NoInterviewFound):
        find_turns(read_source(text).blocks)


def test_letters_that_do_not_alternate_turn_by_turn_are_no_labels() -> None:
    text = "A. Why north?\n\nB. Because.\n\nB. And then?\n\nA. Home again, by the coast road this time."

    assert find_turns(read_source(text).blocks).name != "letter labels"


def test_questions_over_their_answers_with_no_blank_lines_between_them_are_question_paragraphs() -> None:
    layout = layout_of("question_lines_without_blank_lines.txt")

    assert layout.name == "question paragraphs ending in '?'"
    assert [turn.question for turn in layout.turns] == [
        "What part of your work makes you most proud?",
        "What makes your day better?",
        "What is the most exciting thing happening in your field right now?",
        "How do you recharge?",
    ]
    assert layout.turns[-1].answer == (
        "In the garden, mostly. Weeding is the one job where my mind goes quiet.",
    )


def test_a_name_and_the_time_unbracketed_on_a_line_over_the_turn_name_the_speaker_as_otter_exports() -> None:
    layout = layout_of("otter_names_and_times.txt")

    assert layout.name == "speaker names"
    assert (layout.interviewee, layout.interviewer) == ("Yuka Nakasone", "Tex Texin")
    assert layout.turns[1] == Turn(
        "And where do most companies go wrong?",
        (
            "They start too late. The strings are hard-coded and the dates are in one format, so every new"
            " market costs a rewrite.",
        ),
    )


def test_the_time_before_each_label_run_together_in_a_paragraph_goes_with_the_label() -> None:
    layout = layout_of("timed_labels_run_together.txt")

    assert layout.turns == (
        Turn(
            "Tell us about the issue. Why does it even exist?",
            (
                "It started as a report for one conference. Readers kept asking for it, so it became a"
                " magazine of its own.",
            ),
        ),
        Turn(
            "What is in this year's?",
            ("Five long pieces on how teams ship their work, and one on the people who do it.",),
        ),
    )


def test_a_title_quoted_in_a_shows_notes_names_no_speaker_though_it_holds_a_colon() -> None:
    layout = layout_of("quoted_title_in_the_show_notes.txt")

    assert layout.panel == ()
    assert layout.turns[0].answer == (
        "It started as a report for one conference. Readers kept asking for it, so it became a magazine of"
        " its own.",
    )


def test_a_speaker_table_copied_as_text_names_each_turn_without_a_colon() -> None:
    layout = layout_of("speaker_table_without_colons.txt")

    assert layout.name == "speaker names"
    assert layout.interviewee == "Renato"
    assert [turn.question for turn in layout.turns] == [
        "Welcome back to the show. Today I am in a workshop by the river. Who are you?",
        "How did you start?",
        "What is the hardest part of restoring an old facade?",
        "And what are you working on now?",
    ]
    assert layout.turns[0].answer == (
        "Hi, I am Renato Alves. I make and restore azulejos, the painted tiles on the houses here.",
    )
    assert layout.turns[2].answer[1].startswith("It takes me a week")


def test_a_full_name_without_a_colon_is_one_label_not_a_first_name_and_a_turn() -> None:
    text = "\n\n".join(
        [
            "Ana Costa Now, you wrote the first style guide. Why?",
            "Tex Texin Because nobody else would. Everyone had opinions and no one had rules.",
            "Ana Costa What did it cover?",
            "Tex Texin Dates, numbers, names. The boring things that break first.",
            "Ana Costa Would you write it again?",
            "Tex Texin Now we're in a different world, but yes.",
        ]
    )
    layout = find_turns(read_source(text).blocks)

    assert layout.name == "speaker names"
    assert layout.interviewee == "Tex Texin"
    assert layout.turns[0] == Turn(
        "Now, you wrote the first style guide. Why?",
        ("Because nobody else would. Everyone had opinions and no one had rules.",),
    )
    assert layout.turns[2].answer == ("Now we're in a different world, but yes.",)


def test_initials_in_capitals_open_each_paragraph_of_a_podcast_transcript() -> None:
    layout = layout_of("initials_without_colons.txt")

    assert layout.name == "speaker names"
    assert [turn.question for turn in layout.turns] == [
        "Rosa, what does a river gauge actually measure?",
        "How often do you check it by hand?",
        "What changed most in twenty years?",
    ]
    # A paragraph opening with an abbreviation goes on with the answer; the thanks close the interview.
    assert layout.turns[1].answer[1].startswith("TV crews come")
    assert layout.sign_off == ("Thank you, Rosa.",)


def test_paragraphs_of_prose_opening_with_the_same_capitalised_words_are_no_speakers() -> None:
    assert layout_of("prose_paragraphs_opening_alike.txt").name != "speaker names"


def test_abbreviations_opening_paragraphs_in_turn_are_no_speakers_initials() -> None:
    text = "\n\n".join(
        [
            "US Trade talks resumed in May. Will they last?",
            "EU Officials say the tariffs stay until autumn.",
            "US Farmers want an answer soon. Who decides?",
            "EU Ministers meet in June to decide the quotas.",
            "US Exporters are waiting. When will they know?",
            "EU The Commission promises a ruling by July.",
        ]
    )

    assert find_turns(read_source(text).blocks).name != "speaker names"


def test_speakers_without_colons_who_take_no_questions_are_refused_not_misread() -> None:
    text = "\n\n".join(
        [
            "Host Welcome back to the show. Today we talk about small teams and their transcripts.",
            "Guest The transcript is the starting point. With clean text, summaries come fast.",
            "Host That is the piece many teams miss. Why do they stop there?",
            "Guest They treat transcription as the end of the job, not the start of it.",
            "Host Right. They stop at the text instead of building a workflow.",
            "Guest And the workflow is where the value is.",
        ]
    )

    with pytest.raises(NoInterviewFound, match="without a colon"):
        find_turns(read_source(text).blocks)


def test_a_speaker_table_copied_one_line_a_row_names_each_turn_without_a_colon() -> None:
    layout = layout_of("speaker_table_one_line_a_row.txt")

    # A remark asks too, though it ends in a full stop: each row is one turn, the thanks close the interview.
    assert (layout.name, layout.interviewee) == ("speaker names", "Marguerite")
    assert [(turn.question, len(turn.answer)) for turn in layout.turns[1:]] == [
        ("Tell me how you came to it.", 1),
        ("What did the work ask of you on a stormy night?", 1),
        ("And now that the light runs itself?", 1),
    ]
    assert layout.sign_off == ("Thank you, Marguerite.",)


def test_a_meeting_apps_transcript_with_the_time_on_its_own_line_under_each_name_gives_turns() -> None:
    text = (
        "Ask a Farmer, episode 7\n\n"
        "Lena Fischer\n00:00:03\nThanks for joining us, Tom. How big is your farm?\n\n"
        "Tom Okafor\n00:00:09\nAbout four hundred acres, mostly barley.\n\n"
        "Lena Fischer\n00:00:31\nWhy did you switch to no-till?\n\n"
        "Tom Okafor\n00:00:36\nFuel costs, at first. Then the worms came back and the soil held water.\n\n"
        "Lena Fischer\n00:01:20\nWhat would you do differently?\n\n"
        "Tom Okafor\n00:01:24\nStart smaller. I changed every field in one year and lost yield.\n"
    )
    layout = find_turns(read_source(text).blocks)

    assert layout.name == "speaker names"
    assert layout.turns[1:] == (
        Turn(
            "Why did you switch to no-till?",
            ("Fuel costs, at first. Then the worms came back and the soil held water.",),
        ),
        Turn(
            "What would you do differently?",
            ("Start smaller. I changed every field in one year and lost yield.",),
        ),
    )
    assert (layout.interviewee, layout.interviewer) == ("Tom Okafor", "Lena Fischer")


def test_a_transcript_with_time_name_and_turn_glued_together_is_read_by_speaker() -> None:
    text = (
        "Small Shops, episode 42\n\n"
        "00:00:04HostWelcome back. Maria, how did the co-op start?\n"
        "00:00:15Maria LopezIt started in my kitchen in 2015.\n"
        "00:01:02HostWhat has been the hardest part?\n"
        "00:01:09Maria LopezMeetings. Consensus takes forever.\n"
    )
    layout = find_turns(read_source(text).blocks)

    assert layout.name == "speaker names"
    assert layout.turns[1] == Turn("What has been the hardest part?", ("Meetings. Consensus takes forever.",))
    assert layout.interviewee == "Maria Lopez"


def test_an_oral_historys_surnames_in_capitals_and_a_full_stop_label_each_turn() -> None:
    text = (
        "Oral history of Ada Marsh\n\n"
        "HALE. Where did you grow up?\n\n"
        "MARSH. On a farm by the river. Water was all anybody talked about.\n\n"
        "HALE. Why hydrology?\n\n"
        "MARSH. A summer job measuring streams. By August I wanted nothing else.\n\n"
        "HALE. What would you tell a student?\n\n"
        "MARSH. Go into the field first. A river teaches humility.\n"
    )
    layout = find_turns(read_source(text).blocks)

    assert layout.name == "speaker names"
    assert layout.turns[1] == Turn(
        "Why hydrology?", ("A summer job measuring streams. By August I wanted nothing else.",)
    )
    assert (layout.interviewee, layout.interviewer) == ("Marsh", "Hale")


def test_a_hearings_titles_and_surnames_in_capitals_label_each_turn_however_few() -> None:
    text = (
        "HEARING BEFORE THE SUBCOMMITTEE ON COMMUNICATIONS\n\n"
        "Mr. DAWSON. Dr. Romero, how many homes lack a connection?\n\n"
        "Dr. ROMERO. About 1.4 million. The rest are the most expensive to reach.\n\n"
        "Ms. KLEIN. Is satellite a substitute for fibre?\n\n"
        "Dr. ROMERO. For some homes, yes. Capacity is limited, though.\n"
    )
    layout = find_turns(read_source(text).blocks)

    assert layout.name == "speaker names"
    assert layout.turns == (
        Turn(
            "Dr. Romero, how many homes lack a connection?",
            ("About 1.4 million. The rest are the most expensive to reach.",),
        ),
        Turn("Is satellite a substitute for fibre?", ("For some homes, yes. Capacity is limited, though.",)),
    )
    assert layout.interviewee == "Dr. Romero"


def test_a_court_reporters_numbered_lines_and_page_numbers_are_left_out_and_each_turn_joined() -> None:
    layout = layout_of("court_reporter_numbered_lines.txt")

    assert layout.name == "speaker names"
    assert layout.turns == (
        Turn(
            "Mr. Okafor, how old is the quay wall?",
            (
                "It was built in 1908, of granite blocks on a timber raft. "
                "Most of the raft is sound, because it has never dried out.",
                "The trouble is the joints between the blocks, which the tide has washed hollow.",
            ),
        ),
        Turn(
            "How long will the repairs take?",
            (
                "Two summers. We can only work between May and September, "
                "when the swell is low enough for the divers.",
            ),
        ),
        Turn(
            "And what will they cost the ratepayers?",
            (
                "The estimate is 3.2 million, of which the harbour fund meets a third. The rest we have "
                "asked the region to lend us over twenty years, at the rate the region pays on its own "
                "borrowing.",
            ),
        ),
        Turn(  # the question runs over the page's foot, its number and the next page's first line number
            "Will the ferry keep running while the divers are at work?",
            ("It will. We close one berth at a time, and the ferry uses the other.",),
        ),
    )
    assert layout.lead[0].text == "BEFORE THE PORT OF SKARV HARBOUR BOARD PUBLIC HEARING"
    assert (layout.interviewee, layout.interviewer) == ("Mr. Okafor", "Ms. Lund")


def test_a_committees_members_labelled_by_office_ask_the_witness_though_few_turns_end_asking() -> None:
    layout = layout_of("committee_members_by_office.txt")

    assert layout.name == "speaker names"
    assert [turn.question for turn in layout.turns] == [
        "Director, why does the winter timetable drop the early sailing?",
        "Who takes that sailing now?",
        "I have read the shipyard's letter of last week, and it worries me a good deal. The new ferry was "
        "promised for May, and now the letter speaks only of the autumn. The old ferry's certificate runs "
        "out in June. I would like the Director to tell the board plainly where the new ferry stands.",
        "That leaves the summer to the old ferry, and I am told the inspector has been unhappy with her hull "
        "for two years now, which is not a comfortable thing for the island to hear.",
    ]
    assert layout.turns[2].answer[0].startswith("The hull is finished")  # no member's words, no label in it
    assert (layout.interviewee, layout.panel) == ("Director Voss", ())
    assert layout.unused == ("Thank you. Councillor Dahl.",)  # the chair hands the floor over


@pytest.mark.parametrize(
    "answer_label",
    ["Walter Brandt: ", ""],
    ids=["answers named, as a forum prints them", "answers unlabelled, as a readers' column prints them"],
)
def test_a_question_sent_in_loses_the_label_that_names_its_asker(answer_label: str) -> None:
    text = (
        "Your questions for Walter Brandt\n\n"
        "Question from pixelpusher88: Why only 16 colours?\n\n"
        f"{answer_label}Cost, simply. Memory was the dearest part of the machine.\n\n"
        "Question from Linda in Leeds: Was the keyboard designed in a weekend?\n\n"
        f"{answer_label}The layout was. The mechanism took four months.\n"
    )
    layout = find_turns(read_source(text).blocks)

    assert layout.turns == (
        Turn("Why only 16 colours?", ("Cost, simply. Memory was the dearest part of the machine.",)),
        Turn("Was the keyboard designed in a weekend?", ("The layout was. The mechanism took four months.",)),
    )


def test_a_pull_quote_that_repeats_words_of_an_answer_is_left_out_of_it() -> None:
    page = (
        "<h1>Every map is a lie</h1>"
        "<h2>Why is every map a lie?</h2>"
        "<p>Every map leaves things out. The art is deciding what to ignore.</p>"
        "<blockquote><p>“The art is deciding what to ignore.”</p></blockquote>"
        "<p>A map that showed everything would be as big as the land.</p>"
        "<h2>Do you draw by hand?</h2>"
        "<p>The first sketch, always.</p>"
    )
    layout = find_turns(read_source(page).blocks)

    assert layout.turns[0].answer == (
        "Every map leaves things out. The art is deciding what to ignore.",
        "A map that showed everything would be as big as the land.",
    )
    assert layout.pull_quotes == ("“The art is deciding what to ignore.”",)


def test_initials_in_brackets_without_a_colon_label_the_turns_but_a_note_in_brackets_does_not() -> None:
    text = (
        "Makers Podcast, episode 18\n\n"
        "[MK] Where do the boards come from?\n\n"
        "[YD] From building sites. [Laughs] Most used to be burned.\n\n"
        "[MK] What state are they in?\n\n"
        "[YD] Filthy.\n\n[Laughs] Full of paint and nails.\n"
    )
    layout = find_turns(read_source(text).blocks)

    assert layout.name == "speaker names"
    assert layout.turns == (
        Turn("Where do the boards come from?", ("From building sites. [Laughs] Most used to be burned.",)),
        Turn("What state are they in?", ("Filthy.", "[Laughs] Full of paint and nails.")),
    )


def test_a_tag_line_a_bio_and_an_authors_box_run_into_the_last_answer_are_cut_from_it() -> None:
    layout = layout_of("tags_and_bios_run_into_the_last_answer.txt")

    assert layout.turns[-1].answer == (
        "I walk the dog for an hour, whatever the weather. Tom Reyes was my first partner on the desk, "
        "and he still calls on Sundays.",
    )
    assert layout.unused == (
        "Filed under: Interviews, Public safety",
        "Rosa Diaz is the night supervisor of the Harlan County Dispatch Center. She has worked there since "
        "1998.",
        "About the author: Tom Reyes covers public services for the Harlan Herald.",
    )


def test_a_narrators_lines_are_in_no_answer_and_the_first_sets_the_scene() -> None:
    layout = layout_of("narrator_between_the_turns.txt")

    assert layout.interviewee == "Otto Lind"
    assert layout.turns[0] == Turn(
        "When did you cast your first bell?",
        ("At fifteen. It cracked on the first strike, and my grandfather laughed for a week.",),
    )
    assert layout.unused == ("The foundry has cast more than four hundred bells since 1952.",)
    assert layout.lead[-1].text.startswith("In a shed behind the church")


@pytest.mark.parametrize(
    "name", ["subscribe_pitch_under_the_last_answer.md", "like_buttons_under_the_last_answer.txt"]
)
def test_a_blogs_buttons_or_pitch_under_the_last_answer_leave_the_answer_whole_and_alone(name: str) -> None:
    layout = layout_of(name)

    assert layout.turns[-1] == Turn(
        "What is the best crossing?", ("The last one in June, when the light never quite goes.",)
    )


def test_the_note_on_how_a_transcript_was_made_and_the_links_to_listen_are_in_no_answer() -> None:
    layout = find_turns(
        read_source(
            (FIXTURES / "transcript_note_and_subscribe_links_under_the_last_answer.html").read_text(),
            kind="html",
        ).blocks
    )

    assert layout.turns[-1] == Turn(
        "And what keeps you there?", ("The light on the water at dawn, and nobody asking me for anything.",)
    )


def test_a_last_answers_paragraph_about_someone_with_no_place_stays_in_the_answer() -> None:
    text = (
        "What got you into sailing?\n\nMy uncle took me out on the loch when I was six.\n\n"
        "Who taught you most?\n\nThe old crews, one winter after another.\n\n"
        "Ann Marsh is the best skipper on this coast, and nobody argues with that."
    )

    layout = find_turns(read_source(text).blocks)

    assert layout.turns[-1].answer[-1].startswith("Ann Marsh is the best skipper")


def test_an_audience_call_under_its_own_label_is_no_part_of_the_answer_it_interrupts() -> None:
    layout = layout_of("names_on_their_own_lines_with_an_audience_call.txt")

    assert layout.name == "speaker names"
    assert layout.interviewee == "Elon Musk"
    assert layout.turns[-1].question == "Why make that offer?"
    assert layout.turns[-1].answer[0].endswith("an inclusive arena for free speech where—")
    assert layout.turns[-1].answer[1].startswith("So, yeah. Twitter has become")
    assert "Whoo!" in layout.remarks


def test_an_audience_members_question_is_a_question_the_guest_answers() -> None:
    text = (
        "Host:\n\nWhat brought you to the harbour?\n\nAda Lovelace:\n\nA summer job, forty years ago.\n\n"
        "Host:\n\nAnd why stay?\n\nAda Lovelace:\n\nThe light on the water.\n\n"
        "Audience member:\n\nDo you still swim there?\n\nAda Lovelace:\n\nEvery morning, all year round."
    )

    layout = find_turns(read_source(text).blocks)

    assert [turn.question for turn in layout.turns] == [
        "What brought you to the harbour?",
        "And why stay?",
        "Do you still swim there?",
    ]
    assert layout.turns[-1].answer == ("Every morning, all year round.",)


@pytest.mark.parametrize("prompt", ["Let's talk about the money.", "Now let's turn to the new site."])
def test_a_paragraph_naming_the_next_topic_among_question_paragraphs_is_a_prompt(prompt: str) -> None:
    text = (
        "How did the lab start?\n\nThree of us rented a garage in 2015 and built a sequencer.\n\n"
        f"{prompt}\n\nWe had none for two years, then a rural science grant came through.\n\n"
        "What next?\n\nA second site."
    )

    layout = find_turns(read_source(text).blocks)

    assert [turn.question for turn in layout.turns] == ["How did the lab start?", prompt, "What next?"]


@pytest.mark.parametrize("reading_ends", ["", "?"])
def test_a_panels_faq_starts_each_answer_at_the_speaker_named_by_title_on_a_line_of_their_own(
    reading_ends: str,
) -> None:
    """The moderator's reading over the speaker's name is no question, whether or not it ends asking."""
    text = (FIXTURES / "panel_faq_speakers_named_by_title.md").read_text(encoding="utf-8")
    text = text.replace("back this year\n", f"back this year{reading_ends}\n")
    layout = find_turns(read_source(text).blocks)

    assert [turn.question for turn in layout.turns] == [
        "How do tides reach so far up the estuary?",
        "Why are the seals back this year?",
        "What can a visitor do to help?",
    ]
    assert [turn.answer[0].split(":")[0] for turn in layout.turns] == [
        "Dr. Maren Holt",
        "Prof. Idris Mensah",
        "Prof.Lena Sauer",
    ]
    assert layout.turns[1].answer == (
        "Prof. Idris Mensah: Well, mostly because the fish are back, and the fish are back because the water "
        "is cleaner than it was.",
    )
    assert layout.panel == ("Maren Holt", "Idris Mensah", "Lena Sauer")
    assert any(text.startswith("Okay, we have time for one from the back row") for text in layout.unused)


def test_a_co_host_named_once_in_capitals_puts_a_statement_the_guest_answers() -> None:
    layout = layout_of("radio_role_labels_host_bills_guest.txt")

    assert [turn.question for turn in layout.turns] == [
        "We’ve definitely turned the weather on for you today on the Far South Coast Mr Turnbull.",
        "Do you get down to the Far South Coast very often Prime Minister? I mean, not just in your capacity "
        "as the PM, but do you sometime holiday in our neck of the woods?",
    ]
    assert layout.turns[0].answer[0].startswith("That’s fantastic, well I’ll be there with Ann Sudmalis")
    assert not any("ANNABELLE" in text for turn in layout.turns for text in turn.answer)
    assert [block.text for block in layout.lead][-2:] == [
        "Prime Minister Malcolm Turnbull, good morning.",
        "Good morning Brad, good morning Annabelle.",
    ]


def test_a_co_hosts_one_statement_between_two_answers_is_a_prompt_not_a_remark() -> None:
    text = (
        "TOM BERG: Minister Ann Marsh, welcome. Why close the ferry?\n\n"
        "ANN MARSH: Because the hull is rotten and we will not risk lives on it, whatever it says.\n\n"
        "KIT ROSS: The islanders say they were never asked about any of this.\n\n"
        "ANN MARSH: They were asked twice, at two public meetings, and we listened to every objection.\n\n"
        "TOM BERG: When will it reopen?\n\nANN MARSH: In May, with a new hull."
    )

    layout = find_turns(read_source(text).blocks)

    assert layout.turns[1] == Turn(
        "The islanders say they were never asked about any of this.",
        ("They were asked twice, at two public meetings, and we listened to every objection.",),
    )
    assert layout.interviewee == "Ann Marsh"


def test_questions_opened_by_a_doubled_dash_are_the_interviewers_whatever_they_end_with() -> None:
    layout = layout_of("doubled_dash_questions_japanese.txt")

    assert layout.name == "questions opened by a doubled dash"
    assert [turn.question for turn in layout.turns] == [
        "本日は、取材をご快諾いただきありがとうございます。どうかよろしくお願いします。",
        "速ではありますが、インタビューとはどういった物なのでしょうか。",
        "そんなに多くの用法があるのですか。意外ですね。",
    ]
    assert layout.turns[0].answer == ("よろしくお願いします。",)
    assert layout.turns[1].answer[0].startswith("大雑把に言えば、")
    assert "概要" in layout.unused


def test_a_doubled_dash_opening_most_paragraphs_marks_no_interviewer() -> None:
    text = "――一行目。\n\n――二行目。\n\n――三行目。\n\n答え。"

    with pytest.raises(NoInterviewFound):
        find_turns(read_source(text).blocks)


def test_question_paragraphs_ending_in_the_full_width_question_mark_are_questions() -> None:
    layout = layout_of("question_paragraphs_full_width_marks.txt")

    assert layout.name == "question paragraphs ending in '?'"
    assert [turn.question for turn in layout.turns] == [
        "灯台守になったきっかけは？",
        "冬はどうですか？",
        "これからの目標は？",
    ]
    assert len(layout.turns[1].answer) == 2


def test_a_pair_named_by_first_name_then_by_initial_answers_each_question_without_blank_lines() -> None:
    layout = layout_of("pair_by_first_names_then_initials_without_blank_lines.txt")

    assert layout.name == "speaker names"
    assert len(layout.turns) == 7
    assert layout.turns[0].question == "What is your greatest achievement?"
    assert [text.split(":")[0] for text in layout.turns[0].answer] == ["Idris", "Mielo"]
    # The question after an answer that ends on an aside in brackets is a question of its own.
    assert layout.turns[3].question == "When are you happiest?"
    assert layout.turns[2].answer[-1].endswith("(repeat: all niiigghht)")
    assert layout.panel == ("Idris", "Mielo")


def test_an_initial_is_not_merged_with_a_name_printed_only_after_it() -> None:
    assert merge_initials(["Idris", "Mielo", "I", "M"]) == {"I": "Idris", "M": "Mielo"}
    assert merge_initials(["I", "R", "Ines"]) == {}


def test_a_question_that_exclaims_as_it_asks_opens_a_turn() -> None:
    layout = layout_of("question_paragraphs_asking_with_an_exclamation.txt")

    assert [turn.question for turn in layout.turns] == [
        "What do you make of the ferry strike?",
        "Have you tried the water taxi?",
        "Twelve pounds?!",
        "Do you think the strike will end soon?",
    ]
    assert layout.turns[1].answer == ("Once. It cost me twelve pounds each way.",)


def test_a_host_unlabelled_puts_the_first_question_to_a_guest_billed_once_in_brackets() -> None:
    layout = layout_of("host_unlabelled_guest_billed_in_brackets.txt")

    assert [turn.question for turn in layout.turns] == [
        "Anna Vik, welcome to HARBOUR HOUR. What made you take the job in the first place?",
        "Were you lonely out there?",
        "What was the worst storm you saw?",
    ]
    assert layout.turns[0].answer == (
        "I was twenty-three and I wanted to be somewhere nobody could find me. The advertisement said the"
        " post came with a house and a boat, and that was all I read.",
    )
    assert layout.interviewee == "Ms. Anna Vik"


def test_a_full_name_under_a_title_is_the_title_and_surname_the_page_goes_on_with() -> None:
    assert merge_initials(["Mr. STEVE HELY", "GROSS", "Mr. HELY"]) == {"Mr. STEVE HELY": "Mr. HELY"}


def test_a_topic_in_bold_by_style_between_two_questions_is_a_turn_of_its_own() -> None:
    layout = layout_of("google_docs_bold_by_style.html")

    assert [turn.question for turn in layout.turns] == [
        "How did you get into brewing?",
        "Three words for the brewhouse team",
        "What will change first?",
    ]


def test_the_interviewers_thanks_on_the_line_under_the_last_answer_is_no_part_of_it() -> None:
    layout = layout_of("qa_lines_with_thanks_under_the_last_answer.txt")

    assert len(layout.turns) == 3
    assert layout.turns[-1].answer == (
        "Learn to keep a tidy notebook. Half the job is knowing which sample is which.",
    )
    assert "Thanks a lot for your time Tomas, it was great to interview you!" in layout.unused


def test_a_statement_about_the_guest_answered_at_length_is_a_question_and_an_interjection_a_remark() -> None:
    layout = layout_of("statement_about_the_guest_answered_at_length.txt")

    assert [turn.question for turn in layout.turns] == [
        "Welcome, Nora Byrne. What made you start making cheese?",
        "You grew up on a farm in Kerry.",
        "Where do you sell them now?",
    ]
    assert layout.turns[0].answer[-1] == "It is, and it always was, but we managed."
    assert layout.remarks == ("That's the bigger problem!",)


def test_a_backchannel_that_asks_with_no_word_of_its_own_is_a_remark_and_the_answer_goes_on() -> None:
    layout = layout_of("oral_history_backchannels.txt")

    # "Really?" and "Is that right?" only urge the guest on, as "Wow." does; an echo of what the guest said
    # ("She mended the roofs herself?") holds words of its own and asks about them.
    assert [turn.question for turn in layout.turns] == [
        "Tell me about the boatyard your mother kept on the estuary.",
        "She mended the roofs herself?",
        "What happened to the yard when she retired?",
    ]
    assert layout.turns[0].answer[-1].startswith("Not one of them.")
    assert layout.turns[1].answer == (
        "With my uncle, and with me holding the ladder when I was old enough.",
        "Every autumn. I still have the hammer she gave me.",
        "It has her initials burnt into the handle.",
    )
    assert layout.remarks == ("Really?", "Is that right?", "Wow.")


def test_a_short_question_with_a_question_word_asks_for_more_and_is_no_backchannel() -> None:
    text = (
        "HALE: Why did the yard close?\n\nMORROW: The river silted up, and the boats could not reach it.\n\n"
        "HALE: How so?\n\nMORROW: The council stopped dredging it in the seventies, to save money.\n\n"
        "HALE: Do you miss it?\n\nMORROW: Every day."
    )

    layout = find_turns(read_source(text).blocks)

    questions = [turn.question for turn in layout.turns]
    assert questions == ["Why did the yard close?", "How so?", "Do you miss it?"]


def test_the_interviewers_reaction_to_the_last_answer_is_no_part_of_the_next_question() -> None:
    layout = layout_of("oral_history_reactions_before_questions.txt")

    # A note of a sound in small letters is left out, and a sentence of a word or three of reaction before
    # it; a reaction with no note ("Right.") and a sentence with a word of its own stay.
    assert [turn.question for turn in layout.turns] == [
        "What did the ferry carry when you first worked on it?",
        "Did the sheep ever get loose on deck?",
        "Who was the skipper then?",
        "Right. What was he like to work for?",
        "Forty years on one crossing. How did he keep at it?",
    ]


def test_the_credit_for_the_questions_under_the_last_answer_is_left_out_and_names_the_interviewer() -> None:
    draft = import_file(FIXTURES / "credit_for_the_questions_under_the_last_answer.txt")

    last = draft.knowledge.pairs[-1].answer
    assert last.rstrip().endswith("The piano was the hardest thing I have ever loaded.")
    assert "Lena Park" not in last
    assert "by Lena Park" in draft.knowledge.pairs[0].answer  # the about entry names who asked
    assert draft.knowledge.interview.interviewee != "Lena Park"


def test_an_audience_question_on_the_line_over_the_speakers_answer_is_one_exchange() -> None:
    layout = layout_of("audience_question_over_the_speakers_answer.txt")

    assert layout.turns == (
        Turn(
            "Was it luck that got you the job, or was it the years on the boats?",
            (
                "Neither, really. I wrote to the port every winter for six years until they ran out of"
                " reasons to say no. [Laughter.] Persistence is most of it.",
            ),
        ),
    )


def test_a_hosts_welcome_over_the_only_question_is_the_lead_of_one_exchange() -> None:
    layout = layout_of("host_welcome_then_one_question.txt")

    assert [turn.question for turn in layout.turns] == ["What happened that night?"]
    assert layout.turns[0].answer[0].startswith("The swell turned just after midnight")


def test_markdown_headings_that_give_the_time_and_the_speaker_open_each_turn() -> None:
    layout = layout_of("markdown_headings_with_time_and_speaker.md")

    assert layout.name == "speaker names"
    assert [turn.question for turn in layout.turns] == [
        "Ann, what was the worst night of last winter?",
        "How long did the repairs take?",
    ]
    assert layout.turns[0].answer == (
        "The January gale. We lost power on the north quay at two in the morning and brought the last trawler"
        " in by hand lamps.",
    )
    assert layout.interviewee == "Ann Marsh"


def test_a_saved_pages_comments_sidebar_and_pager_named_so_in_its_markup_are_left_out() -> None:
    draft = import_file(FIXTURES / "comments_and_sidebar_by_their_markup.html")

    last = draft.knowledge.pairs[-1].answer
    assert (
        last.strip()
        == "Less than people think. The supply boat comes on Thursdays and the radio is always on."
    )
    assert "Popular this week" not in draft.yaml
    assert "Sign in to comment" not in draft.yaml


def test_a_layouts_name_for_the_column_beside_the_article_leaves_the_article_in(tmp_path: Path) -> None:
    page = (FIXTURES / "comments_and_sidebar_by_their_markup.html").read_text(encoding="utf-8")
    wrapped = page.replace(
        '<div class="content-area">', '<div class="content-area sidebar-right comments-open">'
    )
    assert wrapped != page
    (tmp_path / "page.html").write_text(wrapped, encoding="utf-8")

    draft = import_file(tmp_path / "page.html")

    assert [pair.question for pair in draft.knowledge.pairs] == [
        pair.question
        for pair in import_file(FIXTURES / "comments_and_sidebar_by_their_markup.html").knowledge.pairs
    ]


def test_a_threads_posts_each_marked_comment_are_no_comments_section_to_leave_out() -> None:
    # A saved forum thread (an AMA) marks each post "comment": the questions and answers are those posts.
    def post(text: str) -> str:
        return f'<div class="thing noncollapsed comment"><div class="md"><p>{text}</p></div></div>'

    page = "".join(
        [
            '<html><body><h1>I kept the Skarv light for 40 years. AMA!</h1><div class="commentarea">',
            post("What was the worst storm you saw?"),
            post("The January gale of 1984. The sea came over the lantern gallery."),
            post("Did you ever get lonely out there?"),
            post("Less than you would think. The radio was company."),
            post("What do you miss most about the job?"),
            post("The quiet at dawn, when the lamp goes off."),
            "</div></body></html>",
        ]
    )

    layout = find_turns(read_source(page, kind="html").blocks)

    assert [turn.question for turn in layout.turns] == [
        "What was the worst storm you saw?",
        "Did you ever get lonely out there?",
        "What do you miss most about the job?",
    ]


def test_a_blogger_posts_signature_under_the_last_answer_is_left_out_and_names_the_interviewer() -> None:
    draft = import_file(FIXTURES / "blogger_post_signed_under_the_last_answer.txt")

    last = draft.knowledge.pairs[-1].answer
    assert (
        last.strip() == "How often the winter ferry simply did not sail. Some years it missed a whole month."
    )
    assert "By Lena Park" in draft.knowledge.pairs[0].answer  # the about entry names who asked
    assert draft.knowledge.interview.interviewee == "Ann Marsh"
    assert draft.knowledge.interview.tags == ("ferries", "Q&A")
    assert "Subscribe to" not in draft.yaml


def test_a_transcripts_paragraph_numbers_that_count_up_leave_the_speakers_labels_to_open_the_turns() -> None:
    draft = import_file(FIXTURES / "numbered_transcript_paragraphs.txt")

    assert draft.knowledge.interview.interviewee == "Ann Marsh"
    assert [(pair.question, pair.answer.strip()) for pair in draft.knowledge.pairs[1:]] == [
        (
            "What did the January storm do to the north quay?",
            "It took the crane off its rails. We had the trawlers in by hand lamps until the power came back"
            " at six.",
        ),
        (
            "And who decides when a boat may leave?",
            "The harbour master does, and that is me. I read the forecast at four and again at five.",
        ),
    ]


def test_a_name_in_capitals_before_the_rest_of_a_label_in_capitals_is_no_label_of_its_own() -> None:
    blocks = read_source("JON STEWART: We have standards.\n\nBILL MOYERS: You said so.\n").blocks

    assert [_capital_label(block) for block in blocks] == [None, None]


@pytest.mark.parametrize(
    ("header", "title"),
    [
        ("WEBVTT - The Signal Box at Fenwick", "The Signal Box at Fenwick"),
        ("WEBVTT The Signal Box at Fenwick", "The Signal Box at Fenwick"),
        ("WEBVTT", None),
        ("WEBVTT FILE", None),  # as older files open: no episode's title
    ],
)
def test_the_text_after_webvtt_on_a_caption_files_first_line_is_its_title(
    header: str, title: str | None
) -> None:
    captions = (FIXTURES / "captions_voices.vtt").read_text(encoding="utf-8")
    source = read_source(captions.replace("WEBVTT", header, 1))

    assert source.fields.get("title") == title
    assert not any("WEBVTT" in block.text for block in source.blocks)


def test_dialogue_dashes_set_against_the_words_open_the_turns_and_are_left_out() -> None:
    layout = layout_of("tight_dialogue_dashes.txt")

    assert layout.turns == (
        Turn("¿Cuántos años lleva en el faro?", ("Veinte este invierno. Empecé limpiando las lentes.",)),
        Turn(
            "¿Qué ha cambiado más en ese tiempo?",
            ("Los barcos. Son mucho más grandes, y ya nadie mira la luz: miran la pantalla.",),
        ),
        Turn("¿Se arrepiente de algo?", ("De nada. «Volvería a subir cada escalón», le dije a mi hija.",)),
    )


def test_a_dash_before_a_number_or_a_small_letter_is_no_dialogue_dash() -> None:
    blocks = read_source(
        "How cold was it?\n\n–5 degrees at night.\n\nAnd the wind?\n\n—and then some.\n"
    ).blocks

    assert [block.text for block in blocks][1::2] == ["–5 degrees at night.", "—and then some."]


def test_a_wrapped_line_opening_on_a_dash_against_a_capital_goes_on_with_the_sentence_above() -> None:
    blocks = read_source(
        "How did you start?\n\nMy father kept the light. We had\n—Tom Berg will tell you too—no power"
        " until 1962.\n\nWhat changed?\n\nThe boats.\n"
    ).blocks

    assert [block.text for block in blocks][1] == (
        "My father kept the light. We had —Tom Berg will tell you too—no power until 1962."
    )


def test_an_oral_historys_labels_spelled_out_once_then_abbreviated_are_one_pair_of_labels() -> None:
    draft = import_file(FIXTURES / "oral_history_labels_spelled_out_once.txt")

    assert draft.knowledge.interview.interviewee == "Ann Marsh"
    turns = [(pair.question, pair.answer.strip()) for pair in draft.knowledge.pairs[1:]]
    assert turns[0] == (
        "This is the Harbour Museum's interview with Ann Marsh, recorded by Tom Berg on March 3rd, 2004, in"
        " Port Ellen. Please tell us your full name.",
        "Ann Elizabeth Marsh. Elizabeth was my grandmother's name.",
    )
    # The page's numbers over the next page ("2 2") are no part of the answer before them.
    assert turns[2] == (
        "What did your father do there?",
        "He kept the light and the tide book, and he let me ring the bell for the evening ferry.",
    )
    assert [question for question, _ in turns] == [
        turns[0][0],
        "And where were you born?",
        "What did your father do there?",
        "When did you first take a boat out alone?",
    ]


def test_a_question_label_qualified_once_keeps_its_qualifier_out_of_the_answer_before() -> None:
    text = (
        "Q: How did you start? A: My father kept the light, so I grew up on the rock. Q: What was the worst"
        " storm? A: The January gale of 1984. We lost the generator for two days. Bonus Question: Would you"
        " do it again? A: Every day of my life.\n\nFinal Question: What do you miss most?\n\nA: The quiet."
    )

    layout = find_turns(read_source(text).blocks)

    assert [(turn.question, turn.answer) for turn in layout.turns[1:]] == [
        ("What was the worst storm?", ("The January gale of 1984. We lost the generator for two days.",)),
        ("Would you do it again?", ("Every day of my life.",)),
        ("What do you miss most?", ("The quiet.",)),
    ]


def test_an_answers_points_lettered_a_and_b_are_no_answer_label() -> None:
    layout = layout_of("lettered_points_in_an_answer.txt")

    assert layout.name == "Q:/A: labels"
    assert layout.turns[0] == Turn(
        "What should a new skipper know before coming in?",
        (
            "Two things:",
            "A) the tide runs hard across the mouth after the second hour of the ebb.",
            "B) the pilot boat answers on channel 12, not 16.",
        ),
    )


def test_a_statement_to_the_guest_taken_up_with_absolutely_is_a_question_between_answers() -> None:
    layout = layout_of("statement_taken_up_between_answers.txt")

    assert [turn.question for turn in layout.turns] == [
        "How did the new breakwater change the harbour?",
        "In that sense, you are running the harbour now exactly as it was planned in the sixties.",
        "What comes next?",
    ]
    assert layout.turns[1].answer[0].startswith("Absolutely. The plans")


def test_a_long_statement_numbered_in_step_with_the_questions_is_the_interviewers_turn() -> None:
    layout = layout_of("numbered_long_statements.txt")

    assert layout.name == "numbered questions"
    assert [turn.question.split()[:3] for turn in layout.turns] == [
        ["How", "did", "you"],
        ["People", "picture", "a"],
        ["What", "does", "a"],
        ["You", "told", "me"],
    ]
    assert layout.turns[1].answer == (
        "They do. There are three of us on rotation now, and the boat comes every Tuesday. It is busier than "
        "my flat in town was.",
    )
    assert layout.turns[2].answer[1:] == (
        "1. The lamp and the lens.",
        "2. The weather log, every three hours.",
        "3. The paint, which never ends.",
    )


def test_a_long_bold_statement_between_bold_questions_is_the_interviewers_but_a_pull_quote_is_not() -> None:
    layout = layout_of("bold_long_statement.md")

    assert layout.name == "questions in bold"
    assert [turn.question.split()[:3] for turn in layout.turns] == [
        ["How", "did", "you"],
        ["People", "picture", "a"],
        ["What", "does", "a"],
        ["Would", "you", "go"],
    ]
    assert layout.turns[0].answer == (
        "My uncle kept it before me. I spent my summers on the rock and never really left.",
    )
    assert layout.turns[1].answer[-1].endswith("I would not change it.")
    assert layout.turns[1].answer[-1].endswith("I would not change it.")


def test_a_long_bold_passage_an_answer_quotes_after_its_colon_stays_in_the_answer() -> None:
    quoted = (
        "**The light does not belong to the keeper, it belongs to every boat that has ever come home by it,"
        " and to every boat that will, long after all of us have gone from the rock and the lamp.**"
    )
    text = (
        "**How did you start?**\n\nMy father kept it before me.\n\n**What was the worst storm?**\n\n"
        "The gale of 1984.\n\n**What do you miss most?**\n\nThe quiet. I wrote in the last log entry:"
        f"\n\n{quoted}\n\nThat is why I stayed.\n\n**Would you go back?**\n\nTomorrow.\n"
    )

    layout = find_turns(read_source(text).blocks)

    assert [turn.question for turn in layout.turns][2:] == ["What do you miss most?", "Would you go back?"]
    assert layout.turns[2].answer[-1] == "That is why I stayed."


def test_letter_labels_set_with_a_full_stop_and_a_hyphen_mark_question_and_answer() -> None:
    layout = layout_of("dot_hyphen_letter_labels_spanish.txt")

    assert layout.name == "letter labels"
    assert [turn.question for turn in layout.turns] == [
        "¿A qué hora empieza su día?",
        "¿Qué pan le piden más?",
        "¿Y cuál prefiere usted?",
    ]
    assert layout.turns[-1].answer == ("Una hogaza sencilla, con mucha corteza.",)


def test_questions_numbered_with_a_full_stop_and_a_hyphen_are_numbered_questions() -> None:
    layout = layout_of("dot_hyphen_numbered_questions_spanish.txt")

    assert layout.name == "numbered questions"
    assert [turn.question for turn in layout.turns] == [
        "¿Cómo llegó a ser farero?",
        "¿Qué echa de menos de aquellos años?",
        "¿Qué está escribiendo ahora?",
    ]


def test_names_over_the_first_exchange_only_say_who_asks_and_who_answers_the_italic_questions() -> None:
    layout = layout_of("first_exchange_named_then_italic_questions.md")

    assert layout.name == "questions in italics"
    assert layout.turns[0] == Turn(
        "How did you come to bookbinding?",
        (
            "Through a broken atlas. My father dropped it on the stairs and I spent a winter "
            "putting it back together.",
        ),
    )
    assert [turn.question for turn in layout.turns[1:]] == [
        "What does a day in the workshop look like?",
        "Which tool would you save from a fire?",
    ]
    assert (layout.interviewer, layout.interviewee) == ("Nell", "Osric")


def test_bold_names_over_the_first_exchange_of_an_html_page_open_no_turn_of_their_own() -> None:
    layout = layout_of("first_exchange_named_then_bold_questions.html")

    assert [turn.question for turn in layout.turns] == [
        "What brought you to the river?",
        "What changed on the river since then?",
        "What keeps you going?",
    ]
    assert layout.turns[0].answer == ("A summer job counting salmon. I stayed for the herons.",)


def test_a_saying_an_answer_opens_with_is_no_speaker_over_the_numbered_questions_after_it() -> None:
    layout = layout_of("numbered_questions_under_a_quoted_saying.txt")

    assert layout.name == "numbered questions"
    assert [turn.question for turn in layout.turns] == [
        "Who is Marta Solé?",
        "When did you draw your first map?",
        "What are you drawing now?",
    ]
    assert layout.turns[0].answer[0].startswith("Said Tomás Arnau:")


def test_a_hyphen_set_against_the_words_as_a_dialogue_dash_opens_each_turn_and_is_no_word_of_it() -> None:
    layout = layout_of("hyphen_dialogue_spanish.txt")

    assert [turn.question for turn in layout.turns] == [
        "¿Cuándo empezó a fotografiar el mar?",
        "¿Qué busca en una foto?",
        '"Marea baja" es el nombre de la muestra. ¿Por qué?',
    ]
    assert layout.turns[-1].answer == ("Porque es cuando aparece lo que el agua esconde.",)


def test_a_credit_for_the_questions_in_another_language_is_left_out_and_names_the_interviewer() -> None:
    draft = import_file(FIXTURES / "credit_for_the_questions_in_german.txt")

    last = draft.knowledge.pairs[-1].answer
    assert last.rstrip().endswith("einmal ein Klavier für die Schule.")
    assert "Jonas Brenner" not in last
    assert "by Jonas Brenner" in draft.knowledge.pairs[0].answer  # the about entry names who asked


def test_german_notes_under_the_last_answer_are_left_out_and_the_credit_names_both_interviewers() -> None:
    draft = import_file(FIXTURES / "german_notes_under_the_last_answer.txt")

    # Where it first appeared, and the credit of two on the line under the answer, are the page's; the
    # answer's own sentence about a book that "erschien zuerst" and "wurde gekürzt" stays.
    assert draft.knowledge.pairs[-1].answer.rstrip() == (
        "Solange der Hafen mich braucht, ja. Das Buch über die Fähre erschien zuerst 1990, und es wurde "
        "gekürzt."
    )
    assert "by Jonas Keller und Mia Roth" in draft.knowledge.pairs[0].answer


def test_a_german_credit_after_a_colon_under_the_last_answer_is_left_out_and_over_it_names_the_guest() -> (
    None
):
    draft = import_file(FIXTURES / "german_credit_after_a_colon_under_the_last_answer.txt")

    assert draft.knowledge.pairs[-1].answer.rstrip() == "Solange der Hafen mich braucht, ja."
    assert draft.knowledge.interview.interviewee == "Anna Brandt"


def test_names_before_a_full_width_colon_with_no_space_after_it_label_the_turns() -> None:
    layout = layout_of("cjk_speaker_names_full_width_colon.txt")

    assert layout.name == "speaker names"
    assert [turn.question for turn in layout.turns] == [
        "灯台で働き始めたのはいつですか？",
        "一番大変なことは何ですか？",
        "これからも続けますか？",
    ]
    assert layout.turns[0].answer == ("二十年前です。父の代わりに一冬だけのつもりでした。",)
    assert (layout.interviewer, layout.interviewee) == ("森田", "佐々木")


def test_chinese_question_and_answer_labels_before_a_colon_with_no_space_mark_the_turns() -> None:
    layout = layout_of("cjk_question_and_answer_labels_ascii_colon.txt")

    assert layout.turns == (
        Turn("您做船工多少年了？", ("三十多年了。我十六岁就跟着父亲上船。",)),
        Turn("这些年河上最大的变化是什么？", ("船少了，桥多了。以前过河全靠我们。",)),
    )


def test_a_heading_in_quotation_marks_among_heading_questions_is_a_pull_quote_over_the_answer() -> None:
    layout = layout_of("pull_quote_headings_among_heading_questions.html")

    assert layout.turns == (
        Turn(
            "How did you become a keeper?",
            (
                "My grandfather kept Hesk Point, and I carried his oil can up the stairs from the age of "
                "seven.",
            ),
        ),
        Turn(
            "What does a night on watch look like?",
            (
                "Quiet, mostly. I log the weather every hour and walk the gallery at midnight.",
                "In fog I listen more than I look. An engine carries a long way over still water.",
            ),
        ),
        Turn(
            "What comes next for you?",
            ("Teaching the new keepers at Skarv how to read a barometer without a screen.",),
        ),
    )
    assert layout.pull_quotes == (
        "“The light chose me long before I chose it.”",
        "“You learn to hear a ship before you see it.”",
    )


def test_a_questions_number_in_another_language_over_named_answers_names_no_interviewer() -> None:
    layout = layout_of("numbered_question_labels_in_german_over_named_answers.md")

    assert (layout.interviewee, layout.interviewer) == ("Ida Voss", None)
    assert layout.turns[1] == Turn(
        "Was ist der schwierigste Teil der Arbeit?",
        ("Der Nebel im November. Man hört die Schiffe, bevor man sie sieht.",),
    )


def test_a_fields_label_under_the_last_answer_ends_it_with_the_field_under_it() -> None:
    layout = layout_of("fields_labelled_under_the_article.html")

    assert layout.turns[-1] == Turn("What is the busiest day?", ("The first warm Saturday in May.",))


def test_a_themes_box_on_the_posts_author_under_it_is_in_no_answer() -> None:
    layout = layout_of("author_profile_under_the_post.html")

    assert layout.turns[-1] == Turn(
        "Which wood do you trust?", ("Oak for the frames and larch for the planks.",)
    )


def test_a_call_to_action_under_the_post_is_no_prompt_and_in_no_answer() -> None:
    layout = layout_of("call_to_action_under_the_post.html")

    assert [turn.question for turn in layout.turns] == ["Who taught you?", "How long does a net take?"]
    assert layout.turns[-1].answer == ("Three weeks for a new one, an afternoon for a tear.",)


def test_a_question_an_answer_tells_in_quotes_is_no_question_paragraph() -> None:
    layout = layout_of("question_paragraphs_with_questions_told_in_answers.txt")

    assert [turn.question for turn in layout.turns] == [
        "What brought you to the canal?",
        "How do the boaters treat you?",
        "What will you do when you retire?",
    ]
    assert layout.turns[0].answer[-1].endswith('"Are you sure you know what this job is?"')
    assert layout.turns[1].answer[1:4] == (
        '"Which paddle do I open first?"',
        '"The ground paddle, and slowly."',
        "That conversation happens maybe forty times a summer, and I never mind it.",
    )


def test_a_readers_question_the_page_introduces_in_quotes_is_asked() -> None:
    text = (
        "Ask the Joiner\n\nOur carpenter answers your letters.\n\n"
        "Sam from Dunmore asks: “Why do you still cut dovetails by hand?”\n\n"
        "Because a machine cannot feel the grain turn.\n\n"
        "Priya writes: “What timber should a beginner buy first?”\n\n"
        "Pine. It forgives mistakes and costs little.\n"
    )

    layout = find_turns(read_source(text).blocks)

    assert [turn.question for turn in layout.turns] == [
        "Sam from Dunmore asks: “Why do you still cut dovetails by hand?”",
        "Priya writes: “What timber should a beginner buy first?”",
    ]


def test_questions_a_page_sets_in_quotes_with_quoted_answers_are_asked() -> None:
    text = (
        "The Ferry Pilot\n\n"
        "“How long have you crossed the sound?”\n\n“Thirty-one years, in every weather the sea sends.”\n\n"
        "“Which crossing do you remember best?”\n\n“A calm one, the night my daughter was born aboard.”\n"
    )

    layout = find_turns(read_source(text).blocks)

    assert [turn.question for turn in layout.turns] == [
        "“How long have you crossed the sound?”",
        "“Which crossing do you remember best?”",
    ]


def test_a_long_question_paragraph_may_turn_to_its_question_after_a_comma() -> None:
    layout = layout_of("question_paragraphs_turning_to_ask_after_a_comma.txt")

    assert [turn.question[:40] for turn in layout.turns] == [
        "What does a harbourmaster do all day?",
        "All the routes the council has cut in th",
        "The new marina will bring yachts from ac",
        "Will you stay on after the marina opens?",
    ]
    assert layout.turns[1].answer[-1].endswith("what else was there for me to do?")


def test_a_question_glossed_in_brackets_after_its_question_mark_is_a_question_paragraph() -> None:
    layout = layout_of("question_paragraphs_glossed_in_brackets.txt")

    assert [turn.question for turn in layout.turns] == [
        "How did you learn the trade?",
        "Which tools would you save in a fire? (e.g. the bone folder, the press, the plough)",
        "Was there a book you refused to rebind?",
        "What takes up most of your week? (i.e. repairs, new commissions, teaching, the accounts)",
    ]


def test_a_magazine_labelled_by_its_name_puts_its_statements_to_the_guest_as_its_questions() -> None:
    layout = layout_of("magazine_name_asks_in_capitals.txt")

    assert layout.name == "speaker names"
    assert [turn.question for turn in layout.turns] == [
        "The ferry line closes in May.",
        "Who decided it?",
        "You have threatened to resign.",
        "Will you?",
    ]
    assert layout.turns[2].answer == (
        "I said I would, and I meant it. A harbour without a ferry is a car park for boats.",
    )


def test_a_magazine_labelled_the_name_in_bold_asks_and_its_statement_between_answers_is_a_question() -> None:
    layout = layout_of("magazine_name_asks_in_bold.md")

    assert (layout.interviewee, layout.interviewer) == ("Lind", "The Quayside")
    assert [turn.question for turn in layout.turns] == [
        "You ran the crossing for twenty-two years. Most people never heard of the route.",
        "The council says the numbers stopped adding up in 2019.",
        "Tell us about the last crossing.",
        "And now?",
    ]
    assert layout.turns[0].answer == (
        "Most people never needed it. For the forty families on the island it was the only road they had, "
        "and I was the man who drove it.",
    )


def test_a_prompt_set_up_by_a_sentence_to_you_is_a_question_but_an_answers_idiom_is_not() -> None:
    layout = layout_of("question_paragraphs_with_a_prompt_set_up.txt")

    assert [turn.question for turn in layout.turns] == [
        "How did you come to boatbuilding?",
        "Ninety boats in one winter, then. Walk us through a normal week at the yard.",
        "What changed when the yard went electric?",
        "Wow! Tell us about the launch of the new ferry.",
        "What comes next for the yard?",
    ]
    assert layout.turns[0].answer == (
        "My uncle had a yard on the estuary and I spent every summer there. By fourteen I could caulk a seam "
        "better than his apprentices, which annoyed them no end.",
    )
    assert layout.turns[2].answer == (
        "Almost everything about the noise. The work itself is the same.",
        "Cold mornings, wet feet, the smell of tar? Tell me about it.",
        "We still lose a week every February to the ice on the slip.",
    )


def test_a_podcasts_cold_open_of_clips_before_the_hosts_introduction_is_left_out_and_listed() -> None:
    # Clips of the guest and the host, from later in the episode, before "Today, my guest is …".
    draft = import_file(FIXTURES / "podcast_cold_open_of_clips.md")
    layout = layout_of("podcast_cold_open_of_clips.md")

    assert [turn.question for turn in layout.turns] == [
        "How did you come to run the ferry?",
        "What is the hardest crossing of the year?",
    ]
    assert layout.cold_open[0].startswith("... the ferry has not missed a crossing")
    assert len(layout.cold_open) == 5
    assert layout.lead[-1].text == "Thanks, Tom. Glad to be here."
    assert "forty times" not in draft.yaml
    assert any(
        line.startswith("the cold open before the host's welcome (5 paragraph(s)") for line in draft.review
    )


def test_clips_before_heres_the_full_episode_inside_the_hosts_turn_are_a_cold_open() -> None:
    layout = layout_of("caption_chevrons_teaser_before_the_full_episode.txt")

    assert layout.turns == (
        Turn(
            "So, twenty years out there on the rock. How did it start?",
            ("My father kept the light before me. I took it over the winter he retired.",),
        ),
        Turn("What do you miss about the town?", ("Nothing I can name. Maybe the bakery.",)),
    )
    assert layout.cold_open[-1] == "Here's the full episode."


def test_a_hosts_welcome_as_the_first_turn_is_no_cold_open() -> None:
    text = (
        "Tom Berg: Welcome to Harbour Voices. I'm Tom Berg. Ida, how did you come to run the ferry?\n\n"
        "Ida Voss: My uncle had the boat before me.\n\n"
        "Tom Berg: And the hardest crossing?\n\nIda Voss: The first one after the gales."
    )

    layout = find_turns(read_source(text).blocks)

    assert len(layout.turns) == 2
    assert layout.cold_open == ()


def test_a_sponsor_read_ends_on_the_sponsors_name_spelled_out_letter_by_letter() -> None:
    # "That's B-R-I-N-E-L-L.example/harbour." names the sponsor as the read does, spelled for listeners.
    layout = layout_of("sponsor_read_spelling_out_the_sponsor.txt")

    assert layout.turns[1].question == "Now, what rope do the boats here ask for most?"
    assert layout.sponsor_reads[0].endswith("That's B-R-I-N-E-L-L.example/harbour.")


def test_a_guests_echo_of_a_remark_left_out_goes_with_it() -> None:
    # "Every single morning." says back the host's remark: it is no part of the answer before it.
    layout = layout_of("podcast_guest_echoing_a_remark.txt")

    assert layout.turns[0].answer == (
        "About two hundred thousand crossings, counting the regulars twice a day. In summer the queue runs "
        "back past the chandlery.",
    )
    assert layout.remarks == ("Past the chandlery, every single morning.", "Every single morning.")
    assert layout.turns[1].question == "And in winter?"


def test_a_guests_short_reply_of_its_own_words_after_a_remark_stays_in_the_answer() -> None:
    text = (
        "Tom Berg: How many people ride the ferry in a year?\n\n"
        "Ida Voss: About two hundred thousand crossings.\n\n"
        "Tom Berg: Past the chandlery, every single morning.\n\n"
        "Ida Voss: Even on Sundays.\n\n"
        "Tom Berg: And in winter?\n\nIda Voss: A tenth of that."
    )

    layout = find_turns(read_source(text).blocks)

    assert layout.turns[0].answer == ("About two hundred thousand crossings.", "Even on Sundays.")


def test_a_bold_question_with_its_answer_set_against_the_closing_tag_is_split_from_it() -> None:
    """'<strong>…?</strong>Quite a lot.': the bold run that asks is the question, the words after it the
    answer's start, never the previous answer's words glued to the question without a space."""
    layout = layout_of("bold_question_glued_to_its_answer.html")

    assert layout.name == "questions in bold"
    assert layout.turns[1] == Turn(
        "Does the water level change much in a dry year?",
        (
            "Quite a lot. We lose a hand's width a week in August.",
            "Then the boats queue and tempers fray on the towpath.",
        ),
    )
    assert len(layout.turns) == 4


def test_a_line_break_after_a_sentence_parts_the_paragraphs_of_an_answer_under_bold_questions() -> None:
    """A '<br />' after a sentence's end starts a new paragraph wherever it stands, a line that asks
    before it or not: the line over it and the line under it are never run together, so the words after a
    plain-type question ("What do you make of that?") stand apart from it."""
    layout = layout_of("bold_questions_with_line_breaks_in_answers.html")

    assert layout.name == "questions in bold"
    assert layout.turns[1] == Turn(
        "How did the bees come through the cold months?",
        (
            "Four of the six made it, which is better than most of the valley managed.",
            "The two we lost were the weakest going in, so it was no surprise.",
            "Some of my neighbours say the heather failed them this year. What do you make of that?",
            "The heather was thin, but the clover made up for it by July.",
        ),
    )
    assert layout.turns[2].answer == (
        "At the Saturday market, from a table my grandfather built.",
        "People come back for the dark jars.",
    )


def test_a_closing_thanks_whose_only_answer_is_the_posting_line_is_a_sign_off() -> None:
    """'Thank you Ms. Calder.' over 'Posted by Tobias Wren, May 3, 2006 9:15 AM': the posting line, date
    and time after a comma, is the page's signature, so the thanks answers nothing and opens no turn."""
    layout = layout_of("bold_questions_closing_thanks_and_posting_line.html")

    assert [turn.question for turn in layout.turns] == [
        "How did the Trust decide where the new breakwater would go?",
        "Was the dredging as costly as the papers said?",
        "What would you tell the next director?",
    ]
    assert layout.turns[-1].answer == (
        "Keep the fishermen on your side. They know the water better than any survey does.",
    )
    assert "Posted by Tobias Wren, May 3, 2006 9:15 AM" in layout.unused


def test_speakers_labels_in_capitals_broken_over_two_lines_open_turns_and_stay_out_of_them() -> None:
    layout = layout_of("broadcast_labels_broken_over_two_lines.txt")

    assert layout.name == "speaker names"
    assert layout.turns == (
        Turn(
            "How did you end up on the night ferries in the first place?",
            ("Well, I was nineteen and the day crews were full, so I took the only shift nobody wanted.",),
        ),
        Turn(
            "What was the hardest crossing you made?",
            (
                "The storm of 1987. We lost the radar an hour out and steered by the lighthouse on "
                "Hallo Point the whole way.",
            ),
        ),
        Turn("And did the company ever thank you for it?", ("No.",)),
        Turn(
            "Why did the night ferries stop running?",
            ("The bridge opened in 2004 and the tickets dried up within a year.",),
        ),
    )
    assert (layout.interviewee, layout.interviewer) == ("Otto Lindqvist", "Dana Reeves")


def test_a_prompt_carried_on_with_so_after_the_welcome_is_the_first_question() -> None:
    layout = layout_of("welcome_then_a_prompt_carried_on_with_so.txt")

    assert layout.turns[0] == Turn(
        "It is good to have you. So tell us why you started mapping the sandbanks.",
        ("My grandfather ran aground twice in one summer, and nobody had drawn the banks in living memory.",),
    )
    assert len(layout.turns) == 3


def test_a_reply_of_one_word_before_a_label_run_together_is_the_answer_not_part_of_the_label() -> None:
    layout = layout_of("labels_run_together_after_a_one_word_answer.txt")

    assert [turn.answer for turn in layout.turns] == [
        ("No.",),
        ("Herring, mostly, and bread my mother baked.",),
        ("Yes.",),
        ("My uncle Aksel, with a boat hook and a lot of swearing.",),
    ]
    assert layout.turns[1].question == "What did the crews eat on the night crossings?"


def test_a_clip_played_before_the_welcome_and_the_guests_thanks_are_the_lead() -> None:
    layout = layout_of("clip_played_before_the_welcome.txt")

    assert layout.turns[0] == Turn(
        "Why did you make a film about the ferries?",
        ("My father was a deckhand on them, and nobody had told their story.",),
    )
    assert len(layout.turns) == 3
    assert layout.lead[-1].text == "Thanks, Dana. Good to be here."
    assert any("alright?" in block.text for block in layout.lead)


def test_a_title_quoted_twice_with_its_subtitle_among_labels_run_together_is_no_label() -> None:
    layout = layout_of("film_title_with_subtitle_among_labels_run_together.txt")

    assert [turn.question for turn in layout.turns] == [
        "Your new film is called Salt Roads: The Long Haul. Why that name?",
        "How long did it take to shoot?",
        "Where can people see Salt Roads: The Long Haul this spring?",
    ]
    assert layout.turns[0].answer == ("Because the salt came to Skarv by road long before the railway.",)


def test_initials_printed_without_spaces_stay_in_a_label_run_together_with_the_turns() -> None:
    layout = layout_of("initials_without_spaces_in_labels_run_together.txt")

    assert layout.interviewee == "A.J. Brandt"
    assert [turn.question for turn in layout.turns] == [
        "Who ran the ferry office when you started?",
        "What was she like?",
        "Did you take it over?",
    ]


def test_a_hosts_turns_set_in_bold_over_answers_under_the_guests_initials_are_the_questions() -> None:
    layout = layout_of("bold_host_turns_over_answers_under_initials.md")

    assert layout.name == "speaker names"
    # The host sums up as often as asking, over a paragraph or two, and names themselves now and then.
    assert [turn.question for turn in layout.turns] == [
        "Rosa, thanks for joining. Let's start with how you came to bees. Tell us a bit about that.",
        "So it was a family thing from the start.",
        "The co-operative has grown a lot since then. Forty hives now, and the honey sells out every autumn. "
        "What changed when it went from a hobby to something the whole village depends on?",
        "So the records came first, and the rest followed. That makes sense to me.",
        "Looking ahead, you have been talking about a second apiary up on the common. Where does that stand?",
    ]
    assert layout.turns[0].answer == (
        "Happy to be here. My grandfather kept two hives behind the shed, and I was the one who carried the "
        "smoker.",
        "When he died I took the hives over, mostly out of stubbornness.",
    )
    assert layout.interviewee == "RK"


def test_questions_numbered_with_a_colon_under_rules_of_dashes_are_numbered_questions() -> None:
    """A plain-text page numbers its questions "3: ..." under a rule of dashes, asking or not."""
    layout = layout_of("colon_numbered_questions_under_rules.txt")

    assert layout.name == "numbered questions"
    assert [turn.question for turn in layout.turns] == [
        "Let's start with how you came to amateur radio and to running the club's Saturday nets.",
        "What does a net controller actually do during the hour?",
        "Describe the antenna you built for the club hut, and the trouble you had with it.",
        "Who keeps the log books once a net is over?",
        "Any plans for the club next year?",
    ]
    assert layout.turns[0].answer[0].startswith("My uncle kept a short-wave set")
    assert layout.turns[1].answer[-1] == "On a bad night of static I repeat every call sign twice."
    assert layout.turns[2].answer[0].startswith("It is a folded dipole")


def test_an_interviewer_credit_under_the_last_answer_and_the_links_under_it_are_left_out() -> None:
    draft = import_file(FIXTURES / "interviewer_credit_and_links_under_the_last_answer.rst")

    assert draft.knowledge.pairs[-1].answer.rstrip() == (
        "The Marigold. She was the first one I got sailing again, and she still leaks like a basket."
    )
    assert "By Tobias Fenn" in draft.knowledge.pairs[0].answer


def test_an_italic_note_whose_last_line_is_a_copyright_is_left_out_under_the_last_answer() -> None:
    draft = import_file(FIXTURES / "italic_note_closed_on_a_copyright_line.rst")

    assert draft.knowledge.pairs[-1].answer.rstrip() == "As long as the slipway holds, yes."


def test_a_header_of_fields_over_a_subtitle_files_first_cue_is_read_as_its_header() -> None:
    # An archive keeps the captions with where they came from written over the first cue.
    draft = import_file(FIXTURES / "captions_under_an_archive_header.srt")
    layout = layout_of("captions_under_an_archive_header.srt")

    assert [turn.question for turn in layout.turns] == [
        "How did you come to keep the light at Skerry Point?",
        "What did the winters take from you?",
    ]
    assert draft.knowledge.interview.title == "Keeping the Light at Skerry Point"
    assert draft.knowledge.interview.interviewee == "Maud Ferrier"
    assert "Title:" not in draft.yaml and "Colm Dwyer" in draft.yaml


def test_a_guests_yeah_while_the_host_muses_is_no_answer_and_a_musing_only_agreed_with_no_turn() -> None:
    layout = layout_of("guest_agrees_while_the_host_muses.txt")

    assert [turn.question for turn in layout.turns] == [
        "Welcome back to Harbour Voices. My guest today is the rope maker Ines Quell. Ines, how did you "
        "learn the trade?",
        "I find that the old trades all seem to start in some shed or other, handed down without anyone ever "
        "writing a word of it, and most of them vanish the moment the last person who knew them stops "
        "working, and I wonder whether that worries you at all, the thought that the knowledge could go "
        "with you.",
        "What rope do you make the most of?",
    ]
    assert layout.turns[1].answer[0].startswith("It did once.")
    assert "Yeah." in layout.unused and "Right." in layout.unused
    assert not any("Right." in answer for turn in layout.turns for answer in turn.answer)


def test_two_hosts_chat_before_the_guest_speaks_is_the_lead_up_to_where_they_last_ask() -> None:
    # The captions lost the space after each stop: "home?Take a moment" still ends the question there.
    layout = layout_of("captions_two_hosts_chat_before_the_guest.srt")

    assert [block.text for block in layout.lead] == [
        "Welcome to Quay Talk.Hey Finn, how are you doing?",
        "Doing well.How about you?",
        "Great.Today we're talking to Oona, a sail maker from Galway.",
        "She has some stories.",
    ]
    assert layout.turns[0].question.startswith("Our opening question is,what smell reminds you of home?")
    assert layout.turns[0].answer == (
        "Canvas and linseed oil,the smell of my first loft.I slept there some nights.",
    )
    assert [turn.question for turn in layout.turns[1:]] == [
        "How did you get into sail making?",
        "Do you still sail yourself?",
    ]


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        (
            "It took a year.Then the boat sank?No, it floated.",
            ["It took a year.", "Then the boat sank?", "No, it floated."],
        ),
        ("She earned a Ph.D in botany.", ["She earned a Ph.D in botany."]),
    ],
)
def test_a_stop_glued_to_a_capitalised_word_ends_a_sentence_but_an_abbreviations_does_not(
    paragraph: str, sentences: list[str]
) -> None:
    assert sentences_in([paragraph]) == sentences


def test_an_interview_kept_as_latex_source_reads_as_the_typeset_page() -> None:
    """A report's appendix in LaTeX: bold questions, a comment, a footnote, a list and LaTeX's quotes."""
    draft = import_file(FIXTURES / "latex_appendix_bold_questions.tex")

    assert draft.layout == "questions in bold"
    assert draft.knowledge.interview.title == "Interview with the harbour diver"
    assert [pair.question for pair in draft.knowledge.pairs[1:]] == [
        "How often do you go down to the walls?",
        "What do you look for on a dive?",
        "Which part of the harbour worries you most?",
    ]
    first, listed, last = (pair.answer.rstrip() for pair in draft.knowledge.pairs[1:])
    assert first == "Twice a month in summer, once in winter. The cold is the limit, not the work."
    assert listed.endswith(
        "- stones that have moved, even by a finger's width;\n\n- anything a boat has dropped."
    )
    assert last.startswith("The old pier. People call it “the crooked one” — for good reason. It leans")
    assert "transcribed" not in draft.yaml and "\\" not in draft.yaml


def test_an_interview_kept_as_an_org_file_reads_as_org_exports_it() -> None:
    """Org keywords give the metadata; a link shows its words, a block for HTML and a drawer print nothing."""
    draft = import_file(FIXTURES / "org_transcript_keywords_links_and_blocks.org")

    interview = draft.knowledge.interview
    assert draft.layout == "speaker names"
    assert interview.title.startswith("Tide Talk: Mara Quill")
    assert interview.published == "2019-08-14"
    assert interview.standfirst == (
        "I sat down with Mara Quill to hear how she keeps the harbour's tide tables."
    )
    assert [pair.question for pair in draft.knowledge.pairs[1:]] == [
        "How did you start keeping the tables?",
        "What do you use to check a reading?",
        "Would you ever move the tables to a spreadsheet?",
    ]
    first, second, last = (pair.answer.rstrip() for pair in draft.knowledge.pairs[1:])
    assert first.endswith("I typed them into a file called tides.org and never stopped.")
    assert second == (
        "A staff gauge on the old pier, and the numbers from https://example.org/buoy when the fog is in."
    )
    assert last == "No. Plain text outlives every program I have tried."
    assert not any(marker in draft.yaml for marker in ("#+", "[[", ":PROPERTIES:", "iframe", "Note to self"))


def test_a_speakers_label_alone_is_their_turn_even_where_no_words_follow_it() -> None:
    """Labels on the line a turn starts; one label alone over its words, one over none at the end."""
    draft = import_file(FIXTURES / "speaker_label_alone_where_the_transcript_stops.txt")

    answers = [pair.answer.rstrip() for pair in draft.knowledge.pairs[1:]]
    assert answers[1] == (
        "An afternoon for the bowl, and another to let it dry before the last pass with the knife."
    )
    assert answers[-1] == "Only at the spring market, and only the ones that did not crack."


def test_a_transcribers_note_in_angle_brackets_is_printed_but_an_html_tag_is_not() -> None:
    """Angle brackets round words that name no HTML element: a note the page prints ("<taps the glass>")."""
    draft = import_file(FIXTURES / "transcriber_notes_in_angle_brackets.txt")

    first, second, _ = (pair.answer.rstrip() for pair in draft.knowledge.pairs[1:])
    assert first == (
        "This old barometer. <lifts it up to the camera> My aunt kept it by the door for forty years."
    )
    assert second == (
        "It does. <taps the glass> The needle still swings before every storm, and never after one."
    )


def test_parts_named_in_sentence_case_over_quotations_answer_the_interviewer_in_each_interview() -> None:
    """A report's appendix of two interviews, each under its heading, the people labelled by their part."""
    layout = layout_of("latex_appendix_parts_over_quotations.tex")

    assert layout.name == "speaker names"
    assert layout.turns == (
        Turn(
            "Did the second winter go better?",
            ("Shop owner: Much better. The ferry timetable changed and people came in out of the rain.",),
        ),
        Turn(
            "Would a map of the stalls help your customers?",
            ("Shop owner: Yes, if it showed the late opening on Thursdays.",),
        ),
        Turn("How often do you come to the hall?", ("Visitor 1: Every Saturday, for the bread.",)),
        Turn("What would you change?", ("Visitor 1: More benches near the harbour doors.",)),
    )
    assert "We have no more questions. Thank you for your time!" in layout.unused


def test_forum_user_names_in_small_letters_in_bold_over_each_post_open_turns_as_names_do() -> None:
    layout = layout_of("forum_user_names_in_small_letters_in_bold.md")

    assert layout.name == "speaker names"
    assert layout.turns == (
        Turn(
            "How did you first get into writing sound drivers for old handhelds?",
            (
                "I bought a second-hand handheld at a car boot sale and wanted it to play my own tunes. "
                "Nobody had written a tracker for it, so I started one over a long winter.",
            ),
        ),
        Turn(
            "What was the hardest part of the sound chip to get right?",
            (
                "The noise channel. Its timing drifts whenever the screen redraws, so every drum sounded a "
                "little drunk until I moved the update into the blanking period.",
            ),
        ),
        Turn(
            "Do you still use the tracker yourself?",
            ("Every week. I keep a folder of little loops that I finish on the train home.",),
        ),
    )


def test_a_prompt_the_guests_reply_finishes_is_no_question_but_a_short_real_one_is() -> None:
    layout = layout_of("prompts_to_finish_a_sentence_between_answers.txt")

    assert [turn.question for turn in layout.turns] == [
        "How did you come to the ferry?",
        "And what changed when the council took it over?",
        "Why?",
        "Do you still enjoy it?",
    ]
    assert layout.turns[1].answer == (
        "The timetable, mostly. We lost the late sailing, and there is one rule that still annoys the "
        "regulars.",
        "Meaning that no bicycles travel on the first crossing, even when the deck is empty.",
    )


def test_a_host_who_remarks_more_than_asks_still_asks_and_the_guests_own_question_ends_no_turn() -> None:
    # The host ends fewer than half their turns in "?", the guest closes two answers on a question of
    # their own: the names, taking turns, still say who asks and whose answer it is.
    layout = layout_of("host_remarking_guest_asking_back.txt")

    assert (layout.name, layout.interviewee, layout.interviewer) == (
        "speaker names",
        "Maren Holt",
        "Jonas Reed",
    )
    assert layout.turns[0].answer[-1].startswith("We spent the first winter just measuring.")
    assert any(turn.question == "What comes next for the crew?" for turn in layout.turns)
    assert all("the whole town on a Sunday" not in turn.question for turn in layout.turns)


def test_a_questions_last_words_the_transcript_put_under_the_answers_label_end_the_question() -> None:
    # An automatic transcript labels each change of speaker a word or two early: the question's end, in small
    # letters up to its question mark, opens the answer's paragraph ("own? Eleven years now.").
    layout = layout_of("research_transcript_question_end_in_the_answer.txt")

    assert [turn.question for turn in layout.turns] == [
        "So how long have you been running the bakery on your own?",
        "And which bread sells out first on a normal weekend?",
        "What happens to the loaves left at closing time?",
    ]
    assert layout.turns[0].answer == (
        "Eleven years now. Before that I baked for a hotel in the old town.",
        "The hotel taught me to plan the oven by the hour.",
    )
    assert layout.turns[1].answer == ("The rye, always. We bake forty loaves and they are gone by ten.",)


def test_an_apology_asking_for_the_question_again_is_no_answer_and_the_question_put_again_joins_it() -> None:
    # A research transcript: the respondent did not catch the question ("I'm sorry, the which one?") and the
    # interviewer puts it again; the answer after that answers both.
    layout = layout_of("research_transcript_question_asked_again.txt")

    assert [turn.question for turn in layout.turns] == [
        "Could you start with what your team looks after?",
        "Have you ever checked the timetables with the crews? With the crews, the people on the boats."
        " Did they ever tell you a timetable was wrong?",
        "What would you change first?",
    ]
    assert layout.turns[1].answer[0].startswith("Twice a year at least.")
    assert "I'm sorry, the which one?" in layout.unused


def test_a_reply_of_a_few_words_ending_in_thanks_makes_the_interviewers_briefing_the_lead() -> None:
    # A research interview opens on the interviewer's briefing, asking in passing ("Sound good?"), and the
    # respondent only acknowledges it: no exchange, the briefing is the lead.
    layout = layout_of("research_transcript_thanks_after_the_briefing.txt")

    assert [turn.question for turn in layout.turns] == [
        "So how did you come to read the gauge at the mill?",
        "What do you write down each morning?",
        "Who reads the notebook?",
    ]
    assert "Okay, sure. Fine. Thanks." in [block.text for block in layout.lead]


def test_a_question_opening_on_so_that_the_guest_cuts_off_is_a_question_not_a_remark() -> None:
    turns = layout_of("speaker_names_question_cut_off_after_so.txt").turns

    assert [turn.question for turn in turns] == [
        "When did you start at the harbour office?",
        "So, was it all paper back then or did you have some kind of--",
        "And when did the first computer arrive?",
    ]
    assert turns[0].answer[-1] == "And I answered the radio when the harbour master was out on the launch."
    # Cut off after a word or two, it has asked nothing yet: the guest goes on.
    assert (
        turns[1].answer[-1] == "The ledger went back to 1921, mind you, and the drawer stuck in wet weather."
    )


def test_a_diarized_transcripts_sign_offs_heard_in_silence_are_no_ones_words() -> None:
    layout = layout_of("diarized_ids_with_signoffs_heard_in_silence.txt")

    assert [block.text for block in layout.lead][-1] == "Thanks for having me, it's lovely to be here."
    assert [turn.question for turn in layout.turns] == [
        "So how did you get started with bees?",
        "And how many hives do you keep now?",
        "What is the hardest part of the year?",
        "Do you sell the honey yourself?",
    ]
    assert layout.turns[1].answer == (
        "About forty, spread over three farms, so the bees have clover in spring and heather in late summer.",
    )
    assert layout.turns[2].answer[0].startswith("Winter, without a doubt.")


def test_a_diarized_guests_murmur_or_doubled_words_inside_a_hosts_turn_answer_nothing() -> None:
    layout = layout_of("diarized_ids_guest_murmur_and_doubled_words.txt")

    assert len(layout.turns) == 5
    assert layout.turns[1].question.endswith(
        "understand all of them before it can be played again. So where do "
        "you even start with a wreck like that?"
    )
    assert layout.turns[1].answer[0].startswith("With the soundboard.")
    assert layout.turns[3].question.endswith("from a roll of wool. Is that true, and how long does it take?")
    assert layout.turns[3].answer[0].startswith("It is true.")
    assert layout.remarks == ("Mm-hmm.", "make them yourself from a roll of")


def test_the_hosts_talking_it_over_after_the_guests_thanks_leave_the_last_answer_whole() -> None:
    layout = layout_of("podcast_hosts_talk_it_over_after_the_thanks.txt")

    assert layout.turns[-1] == Turn(
        "Which wood do you like best for the planking?",
        ("Larch, for the way it bends when it is steamed, though oak lasts longer on the keel.",),
    )
    assert layout.sign_off[:2] == ("Tom, thank you so much.", "Thank you both.")
    assert layout.dropped_questions == ()


def test_words_a_diarizer_writes_under_both_numbers_at_a_change_of_speaker_are_the_next_speakers() -> None:
    layout = layout_of("diarized_ids_doubling_words_at_the_change.txt")

    assert layout.turns[1].answer == (
        "Patience with the heat. You cannot rush the glass back into the furnace.",
        "The ones who listen stay, and the others burn their hands and leave in the first winter.",
    )
    assert layout.turns[2].question == "Does the furnace ever go out?"
    assert layout.turns[2].answer[0].startswith("Never. We keep it lit")
    assert layout.sign_off == ("Marta, thank you for coming in.", "Thank you for having me.")


def test_a_question_carried_on_by_and_that_a_transcript_ends_on_a_full_stop_still_asks() -> None:
    layout = layout_of("otter_question_ending_on_a_full_stop.txt")

    assert [turn.question for turn in layout.turns] == [
        "Maren, thanks for coming in. When did you fire your first kiln?",
        "And how long did it take before you built your own.",
        "What do you fire with now?",
    ]
    assert layout.turns[0].answer == (
        "The summer I turned nineteen. It was a borrowed electric one in my aunt's garage, and I cracked"
        " half the pots.",
    )
    assert layout.remarks == ()


def test_thanks_and_goodbyes_a_transcript_cut_across_the_turns_sign_off() -> None:
    layout = layout_of("otter_goodbyes_cut_across_turns.txt")

    assert [turn.question for turn in layout.turns][-1] == "How do you get on board in a storm?"
    assert layout.turns[-1].answer == (
        "By a rope ladder, the same as in calm weather, only wetter. You wait for the top of the swell and"
        " you step across.",
    )
    assert layout.sign_off == (
        "Right. Thanks a lot for your time today. Great to hear all this. And",
        "sure. Lovely, Ivo. Thank you very much. Take",
        "care. Bye now.",
    )
    assert layout.dropped_questions == ()


def test_someone_named_once_between_two_of_one_speakers_turns_only_looks_in() -> None:
    layout = layout_of("colleague_looks_in_once.txt")

    assert layout.name == "speaker names"
    assert [turn.question for turn in layout.turns] == [
        "What got you into restoring clocks?",
        "And the first clock you fixed on your own?",
        "Do you still take repairs?",
    ]
    assert layout.turns[1].answer == (
        "A brass carriage clock that a neighbour had given up on. "
        "It took me a whole winter, because I had no idea what I was looking at.",
        "No trouble. So the mainspring had snapped clean through, and I learned more from replacing it than "
        "from any book.",
    )
    assert not any("Okafor" in text or "van" in text for turn in layout.turns for text in turn.answer)
    assert any("the van for the exhibition" in text for text in layout.unused)


def test_questions_set_in_bold_by_a_class_of_the_pages_style_sheet_are_questions_in_bold() -> None:
    # A Google Docs export sets bold as a class its <style> defines (".c4{font-weight:700}"), never a tag:
    # the prompt that asks nothing is a question all the same, and a span's own style outweighs its class.
    layout = layout_of("google_docs_export_bold_by_class.html")

    assert layout.name == "questions in bold"
    assert [turn.question for turn in layout.turns] == [
        "When did you start firing pots?",
        "What is the hardest glaze to get right?",
        "Tell us where people can buy your work",
    ]
    assert layout.turns[1].answer == (
        "Celadon. It turns grey if the kiln breathes at the wrong moment, and no two firings agree.",
    )


def test_a_title_underlined_with_no_blank_line_under_it_is_no_part_of_the_lead_paragraph() -> None:
    layout = layout_of("setext_title_over_the_lead_without_a_blank_line.md")

    assert [turn.question for turn in layout.turns] == [
        "When did you take over the tables?",
        "What has changed since then?",
    ]
    assert [(block.text, block.emphasis) for block in layout.lead] == [
        ("Reading the tides with Marit Solberg", "heading"),
        (
            "Ivo Brandt spoke with Marit Solberg about thirty winters of keeping the tide tables at Skarv "
            "harbour.",
            "plain",
        ),
    ]
    draft = import_file(FIXTURES / "setext_title_over_the_lead_without_a_blank_line.md")
    assert draft.knowledge.interview.standfirst == layout.lead[1].text


def test_a_one_word_note_in_angle_brackets_is_kept_as_printed_and_leaves_no_stray_stop() -> None:
    layout = layout_of("one_word_notes_in_angle_brackets.md")

    assert [turn.answer for turn in layout.turns] == [
        ("<grins> Eleven, if you count the one the gulls keep knocking over.",),
        ("One of them did, until she tasted the honey. Now she brings me jars to fill. <sighs>.",),
        ("March. The colonies are hungry and the flowers are late.",),
    ]
