"""Metadata where the page gives it; nothing invented where it does not."""

import pytest

from bot.importer import import_file, import_text
from bot.importer.layouts.turns import Layout, Turn
from bot.importer.metadata import UNKNOWN_INTERVIEWEE, find_metadata
from bot.importer.sources.blocks import Block
from tests.importer.conftest import FIXTURES

TURN = Turn("What do you build?", ("We build engines that think in patterns. They are slow.",))


def metadata(fields: dict[str, str] | None = None, lead: tuple[str, ...] = (), **layout):
    return find_metadata(fields or {}, Layout("test", (TURN,), tuple(Block(text) for text in lead), **layout))


def test_header_fields_fill_the_interview_block() -> None:
    found = metadata(
        {
            "title": '"Quiet machines" (the magazine\'s title)',
            "interviewee": "Ada Lovelace - Chief Engineer, Engines Ltd",
            "date": "14 March 2021",
            "tags": "engines, design",
            "summary": "Ada Lovelace on quiet machines.",
            "publication": "Engines Weekly (print), March 2021",
            "original url": "https://example.org/ada (the web copy)",
            "interviewer": "Grace Hopper, editor",
        }
    )

    assert (found.title, found.interviewee, found.role, found.organisation) == (
        "Quiet machines",
        "Ada Lovelace",
        "Chief Engineer",
        "Engines Ltd",
    )
    assert (found.published, found.tags, found.standfirst) == (
        "14 March 2021",
        ("engines", "design"),
        "Ada Lovelace on quiet machines.",
    )
    assert (found.source, found.interviewer) == ("Engines Weekly, https://example.org/ada", "Grace Hopper")
    assert (found.description, found.publication) == ("Chief Engineer, Engines Ltd", "Engines Weekly")


def test_absent_fields_are_left_out_rather_than_invented() -> None:
    found = metadata(lead=("Some words here that are not a title or anything.",))

    assert found.interviewee == UNKNOWN_INTERVIEWEE
    assert (found.role, found.organisation, found.published, found.tags, found.source) == (None,) * 3 + (
        (),
        None,
    )
    assert any("no interviewee name found" in note for note in found.notes)


def test_header_fields_that_say_they_are_not_given_are_left_out() -> None:
    found = metadata(
        {
            "interviewee": "Ada Lovelace",
            "interviewer": "not named (the page says 'our interview')",
            "publication": "not stated in the copy; other posts on the page are dated April 2023",
            "original url": "not given in the copy (the page links to /blog/engines)",
        }
    )

    assert (found.interviewer, found.publication, found.published, found.source) == (None,) * 4


def test_the_source_keeps_only_the_address_of_a_url_field_written_in_words() -> None:
    found = metadata(
        {
            "publication": "Engines Weekly",
            "original url": "the magazine's site at https://example.org/ada; the post's address is not given",
        }
    )

    assert found.source == "Engines Weekly, https://example.org/ada"


def test_a_source_field_giving_a_web_address_is_the_source_and_names_no_publication() -> None:
    found = metadata({"source": "http://lumberjocks.com/MsDebbieP/blog/series/2518"})

    assert found.publication is None
    assert found.source == "http://lumberjocks.com/MsDebbieP/blog/series/2518"


@pytest.mark.parametrize("line", ["Paris, Texas", "Los Angeles, California", "Anna Berg, Ben Okafor"])
def test_a_place_or_a_list_of_names_after_a_comma_bills_no_one(line: str) -> None:
    found = metadata(lead=("An interview", line))

    assert found.interviewee == UNKNOWN_INTERVIEWEE


def test_a_lead_like_the_seed_gives_title_person_headline_date_tags_and_standfirst() -> None:
    found = metadata(
        lead=(
            "Jun Liu - CEO & Executive Board Director, BioDlink",
            "We build engines that think in patterns",
            "09.12.2024",
            "Tags: China, Biotech",
            "Jun Liu, CEO of BioDlink, explains the company's strategy in some detail.",
        )
    )

    assert found.title == "Jun Liu - CEO & Executive Board Director, BioDlink"
    assert (found.interviewee, found.role, found.organisation) == (
        "Jun Liu",
        "CEO & Executive Board Director",
        "BioDlink",
    )
    assert found.headline_quote == "We build engines that think in patterns"
    assert (found.published, found.tags) == ("09.12.2024", ("China", "Biotech"))
    assert found.standfirst == "Jun Liu, CEO of BioDlink, explains the company's strategy in some detail."
    assert found.used_lead == {0, 1, 2, 3, 4}


@pytest.mark.parametrize(
    ("printed", "published"),
    [
        ("2018", "2018"),
        ("June 2018", "June 2018"),
        ("Jun. 2018", "June 2018"),
        ("Dec. 9th, 2024", "9 December 2024"),
        ("2024-12-09T10:00:00Z", "2024-12-09"),
        ("Open Source For You, October 2019 (dated 2019-10-09)", "October 2019"),
        ("25/03/2021", "25 March 2021"),
        ("03/25/2021", "25 March 2021"),
        ("05/05/2021", "5 May 2021"),
        ("2021/03/04", "2021-03-04"),
        ("3rd of March 2021", "3 March 2021"),
    ],
)
def test_a_date_is_kept_as_printed_or_rewritten_only_as_far_as_the_format_needs(
    printed: str, published: str
) -> None:
    assert metadata({"date": printed}).published == published


def test_a_slashed_date_that_may_put_the_day_or_the_month_first_keeps_only_the_year_and_says_so() -> None:
    draft = import_file(FIXTURES / "slash_date_day_or_month_first.txt")

    assert draft.knowledge.interview.published == "2021"
    assert any("'03/04/2021' may put the day or the month first" in line for line in draft.review)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Published: 3 June 2020", "3 June 2020"),
        ("Recorded: May 2, 2019", "2 May 2019"),
        ("Meeting date: 3 May 2021", "3 May 2021"),
        ("Date of interview: 3 May 2021", "3 May 2021"),
        ("TUESDAY 28 JANUARY 2014", "28 January 2014"),
        ("Joined: Oct 11, 2012", None),
        ("Join date: Oct 11, 2012", None),
        ("Member since: 2009-04-01", None),
        ("Skarv's Keeper: Joined: 09 Oct 2009", None),
        ("Skarv's Keeper | Published: 09 Oct 2009", "9 October 2009"),
    ],
)
def test_a_date_in_the_lead_is_the_publication_date_unless_its_label_dates_something_else(
    line: str, published: str | None
) -> None:
    assert metadata(lead=("Ten questions for a lock keeper", line)).published == published


@pytest.mark.parametrize(
    ("line", "published", "interviewer"),
    [
        ("Published 4 March 2021 · Updated 12 January 2022 · Words by Ann Lee", "4 March 2021", "Ann Lee"),
        ("Updated 12 January 2022 | Published 4 March 2021", "4 March 2021", None),
        ("Last updated 12 January 2022", "12 January 2022", None),
    ],
)
def test_a_line_of_facts_about_the_page_is_dated_by_its_publication_and_credits_its_writer(
    line: str, published: str, interviewer: str | None
) -> None:
    found = metadata(lead=("Ten questions for a lock keeper", line))

    assert (found.published, found.interviewer) == (published, interviewer)


def test_a_slashed_date_is_read_in_the_order_the_pages_other_slashed_dates_show() -> None:
    draft = import_file(FIXTURES / "slash_date_settled_by_the_pages_other_dates.txt")

    assert draft.knowledge.interview.published == "3 April 2021"
    assert any("read with the day first" in line for line in draft.review)


def test_slashed_dates_showing_both_orders_settle_none() -> None:
    found = metadata({"date": "03/04/2021", "summary": "Written 25/03/2021, revised 03/25/2021."})

    assert found.published == "2021"


def test_a_header_field_dating_the_meeting_is_the_date() -> None:
    assert metadata({"date of meeting": "3 May 2021"}).published == "3 May 2021"
    assert metadata({"date of birth": "3 May 1961"}).published is None


def test_the_answering_speaker_names_the_interviewee_when_nothing_else_does() -> None:
    assert metadata(interviewee="Ada Lovelace").interviewee == "Ada Lovelace"


def test_a_one_word_speaker_label_is_completed_where_the_page_spells_the_name_out() -> None:
    assert metadata({"title": "The Engines Interview: Ada Lovelace"}, interviewee="Lovelace").interviewee == (
        "Ada Lovelace"
    )
    assert metadata({"title": "Tonight: Hopper meets Ada Lovelace"}, interviewee="Ada").interviewee == (
        "Ada Lovelace"
    )
    assert metadata({"title": "Engines"}, interviewee="Lovelace").interviewee == UNKNOWN_INTERVIEWEE


def test_a_lead_that_introduces_a_conversation_with_someone_names_the_interviewee() -> None:
    lead = ("Oral history: a conversation with Walter Briggs and his wife, recorded 1987.",)
    assert metadata(lead=lead).interviewee == "Walter Briggs"
    assert (
        metadata(lead=("A conversation with the miners of the valley.",)).interviewee == UNKNOWN_INTERVIEWEE
    )


def test_a_heading_of_the_lead_that_opens_as_titles_do_names_the_interviewee() -> None:
    assert metadata(lead=("Issue 57 of Engines Weekly", "Page 1", "Interview with Ada")).interviewee == "Ada"
    assert metadata(lead=("Q&A with Ada Lovelace formerly of Engines",)).interviewee == "Ada Lovelace"


def test_a_line_all_in_small_letters_before_the_headline_is_no_title() -> None:
    assert metadata(lead=("piwik no script img", "Quiet machines", "Ada Lovelace on engines.")).title == (
        "Quiet machines"
    )


def test_a_lead_opening_on_a_person_the_title_names_names_the_interviewee() -> None:
    lead = (
        "Interview #18: Harbour master Ann Marsh",
        "Ann Marsh is the youngest harbour master on the coast.",
    )
    assert metadata(lead=lead).interviewee == "Ann Marsh"
    lead = ("Interview #18: Harbour master Ann Marsh", "Ann Marsh runs the busiest harbour on the coast.")
    assert metadata(lead=lead).interviewee == "Ann Marsh"
    # A title that names someone else outranks the person the lead opens on.
    lead = ("An interview with Kari Moe", "Ann Marsh is the youngest harbour master on the coast.")
    assert metadata(lead=lead).interviewee == "Kari Moe"
    lead = ("Ann Marsh has a plan for the harbour", "The quay reopens in May.")
    assert metadata(lead=lead).interviewee == UNKNOWN_INTERVIEWEE  # a headline about her, maybe not by her


def test_the_answering_speaker_outranks_a_title_read_apart_that_does_not_name_them() -> None:
    found = metadata({"title": "Podcast: Engines Hour, episode 12"}, interviewee="Ada Lovelace")

    assert (found.interviewee, found.role, found.organisation) == ("Ada Lovelace", None, None)


def test_a_title_that_names_the_answering_speaker_still_gives_role_and_organisation() -> None:
    found = metadata({"title": "Ada Lovelace - Chief Engineer, Engines Ltd"}, interviewee="Ada Lovelace")

    assert (found.interviewee, found.role, found.organisation) == (
        "Ada Lovelace",
        "Chief Engineer",
        "Engines Ltd",
    )


@pytest.mark.parametrize(
    ("title", "interviewee"),
    [
        ("Interview with Raghavendra Kamath", "Raghavendra Kamath"),
        ("Ada Lovelace: engines that think | Engines Weekly", "Ada Lovelace"),
        ("Ada Lovelace on engines", "Ada Lovelace"),
        ("Engine FAQ with Ada Lovelace", "Ada Lovelace"),
        ("Quick-Fire Questions With Ada Lovelace", "Ada Lovelace"),
        ("Grace Hopper talks to Ada Lovelace", "Ada Lovelace"),
        ("Interview: Analytical Engines' Ada Lovelace", "Ada Lovelace"),
        # The topic before the colon looks like a name; the person the title talks with is the one.
        ("Thinking Engines: An interview with Ada Lovelace", "Ada Lovelace"),
        ("THINKING ENGINES: AN INTERVIEW WITH ADA LOVELACE", "Ada Lovelace"),
        # What the title says of the person before the name is not part of it.
        ("Five questions for mathematician Ada Lovelace", "Ada Lovelace"),
        ("An interview with the engineer Ada Lovelace", "Ada Lovelace"),
        ("Five minutes with Ada Lovelace, engineer", "Ada Lovelace"),
        # A title's full stop ends no name: "Dr." is no interviewee.
        ("Transcript: interview with Dr. Ada Lovelace, engineer", "Ada Lovelace"),
        ("A conversation with Prof. Ada Lovelace", "Ada Lovelace"),
        # What the page calls itself before the colon is no part of the name.
        ("Transcript: Ada Lovelace, engineer", "Ada Lovelace"),
        ("Open Standards Are The Key To IoT", UNKNOWN_INTERVIEWEE),
        ("A Q&A with the two candidates for harbour master", UNKNOWN_INTERVIEWEE),
    ],
)
def test_the_interviewee_is_read_from_a_title_only_where_it_names_a_person(
    title: str, interviewee: str
) -> None:
    assert metadata({"title": title}).interviewee == interviewee


@pytest.mark.parametrize(
    ("person", "role", "organisation"),
    [
        ("Seán Lynch - founder of OpenLitterMap (open database)", "founder", "OpenLitterMap"),
        (
            "Elon Musk - co-founder and CEO of Tesla Motors, CEO/CTO of SpaceX",
            "co-founder and CEO",
            "Tesla Motors",
        ),
        (
            'Raghavendra Kamath ("raghu") - freelance illustrator, Mumbai, India',
            "freelance illustrator",
            None,
        ),
        (
            "John Williams - President of the Federal Reserve Bank of New York",
            "President",
            "Federal Reserve Bank of New York",
        ),
        (
            "Chiara Marmo - member of the triage team since 2019; Debian maintainer",
            "member of the triage team since 2019",
            None,
        ),
        ("Dana Cole - showrunner, The Long Field", "showrunner", "The Long Field"),
        ("Sam Ito - core contributor, Fennel", "core contributor", "Fennel"),
        ("Sam Ito - maintainer, fennel", "maintainer", "fennel"),
        ("Sam Ito - core developer, since the first release", "core developer", None),
        ("Ann Marsh - harbour master, Port Ellen Trust", "harbour master", "Port Ellen Trust"),
        (
            "Rosa Diaz (night supervisor, Harlan County Dispatch)",
            "night supervisor",
            "Harlan County Dispatch",
        ),
    ],
)
def test_role_and_organisation_are_split_from_the_interviewee_line(
    person: str, role: str, organisation: str | None
) -> None:
    found = metadata({"interviewee": person})

    assert (found.role, found.organisation) == (role, organisation)
    assert found.description is not None and found.description in person
    assert any("check them" in note for note in found.notes)


def test_a_title_billing_an_open_source_maintainer_gives_the_role_and_the_project() -> None:
    interview = import_file(FIXTURES / "maintainer_billed_in_the_title.md").knowledge.interview

    assert (interview.interviewee, interview.role, interview.organisation) == (
        "Priya Nair",
        "maintainer",
        "Loomweave",
    )


@pytest.mark.parametrize(
    "title",
    [
        "Q&A: Ann Marsh",
        "Ten questions for Ann Marsh",
        "Ask me anything: Ann Marsh, harbour master",
        "Ann Marsh on the harbour",
        "ANN MARSH ON THE HARBOUR",
    ],
)
def test_a_title_naming_the_person_interviewed_gives_the_interviewee(title: str) -> None:
    text = f"# {title}\n\n**How long have you run it?**\n\nTwenty years.\n\n**Any regrets?**\n\nNone.\n"

    assert import_text(text, name="marsh.md").knowledge.interview.interviewee == "Ann Marsh"


def test_a_speaker_labelled_by_initials_is_named_where_the_page_spells_them_out() -> None:
    lead = ("Ada Lovelace (AL) spoke to us about engines.",)
    assert metadata(lead=lead, interviewee="AL").interviewee == "Ada Lovelace"
    assert metadata(lead=("We spoke about engines.",), interviewee="AL").interviewee == UNKNOWN_INTERVIEWEE


def test_a_speaker_labelled_by_title_and_surname_is_named_in_full_where_the_page_gives_it() -> None:
    lead = ("A briefing by Ada Lovelace, spokesperson.",)
    assert metadata(lead=lead, interviewee="MS. LOVELACE").interviewee == "Ada Lovelace"
    assert metadata(lead=("A briefing.",), interviewee="MS. LOVELACE").interviewee == "Ms. Lovelace"


def test_an_interviewer_labelled_by_initials_is_named_only_where_the_page_spells_them_out() -> None:
    lead = ("Grace Hopper (GH) talked to Ada Lovelace (AL).",)
    assert metadata(lead=lead, interviewee="AL", interviewer="GH").interviewer == "Grace Hopper"
    assert metadata(interviewee="AL", interviewer="GH").interviewer is None


@pytest.mark.parametrize(
    ("label", "interviewer"),
    [
        ("Grace Hopper", "Grace Hopper"),
        ("Journalist", None),
        ("The Convener", None),
        ("ANCHOR", None),
        ("Editor Ed", "Editor Ed"),
    ],
)
def test_an_interviewer_label_naming_a_role_names_no_interviewer(label: str, interviewer: str | None) -> None:
    assert metadata(interviewee="Ada Lovelace", interviewer=label).interviewer == interviewer


def test_a_transcript_labelled_by_initials_names_both_speakers_from_its_lead() -> None:
    text = (FIXTURES / "initials_labels.txt").read_text(encoding="utf-8")
    drafted = import_text(text, name="engines.txt")

    assert len(drafted.knowledge.pairs) == 4  # the about entry and three turns
    assert drafted.knowledge.interview.interviewee == "Ada Lovelace"
    assert "by Grace Hopper" in drafted.knowledge.pairs[0].answer


def test_the_interviewee_who_introduces_themselves_in_the_first_answer_is_named() -> None:
    draft = import_text((FIXTURES / "self_introduction.md").read_text(encoding="utf-8"))

    assert draft.knowledge.interview.interviewee == "Ingrid Bakke"


def test_a_guest_named_by_a_handle_is_named_in_full_where_they_introduce_themselves_so() -> None:
    name = "handle_in_the_title_full_name_in_the_first_answer.txt"
    draft = import_text((FIXTURES / name).read_text(encoding="utf-8"), name=name)
    about = draft.knowledge.pairs[0]

    assert draft.knowledge.interview.interviewee == "Tamsin Okafor"
    assert about.question.startswith("Who is Tamsin Okafor,")
    assert "Tamsin Okafor goes by Marshwren too." in about.answer  # members ask after either name
    assert {"Tamsin Okafor", "Marshwren"} <= set(about.terms)


@pytest.mark.parametrize(
    ("name", "role", "organisation"),
    [
        # Billed in small letters, as a sentence would: read as a header bills a role.
        ("role_in_small_letters_with_a_home_town.txt", "Harbour pilot", None),
        # A role over what it heads, then where: the role keeps what it heads.
        ("abbreviated_role_over_what_it_heads_then_where.txt", "VP of Ferry Timetables", "Northwind Lines"),
        # The body owns the function: it is the organisation, the function the role's.
        ("abbreviated_role_over_a_bodys_function.txt", "GM of Customer Success", "Northwind"),
    ],
)
def test_a_billed_role_reads_as_a_role_and_keeps_apart_from_the_organisation(
    name: str, role: str, organisation: str | None
) -> None:
    interview = import_text((FIXTURES / name).read_text(encoding="utf-8"), name=name).knowledge.interview

    assert (interview.role, interview.organisation) == (role, organisation)


@pytest.mark.parametrize(
    "name",
    ["credit_naming_the_publication_under_the_title.txt", "byline_with_the_publication_in_brackets.txt"],
)
def test_the_publication_a_byline_names_after_its_writer_reaches_the_about_entry(name: str) -> None:
    draft = import_text((FIXTURES / name).read_text(encoding="utf-8"), name=name)

    assert draft.knowledge.interview.title == "The Last Ferryman of Ostervik"  # the byline is its own line
    assert "by Rune Dahl in Fjordside Quarterly" in draft.knowledge.pairs[0].answer


def test_what_the_writer_is_in_a_bylines_brackets_names_no_publication() -> None:
    name = "byline_with_the_writers_job_in_brackets.txt"
    about = import_text((FIXTURES / name).read_text(encoding="utf-8"), name=name).knowledge.pairs[0]

    assert "An interview with Pelle Nyqvist by Rune Dahl." in about.answer


def test_a_panel_labelled_by_first_names_is_named_in_full_where_the_lead_introduces_it() -> None:
    text = (FIXTURES / "panel_first_names.txt").read_text(encoding="utf-8")
    drafted = import_text(text, name="bakers.txt")

    assert drafted.knowledge.interview.interviewee == "Anna Berg, Ben Okafor and Carla Diaz"
    assert len(drafted.knowledge.pairs) == 3  # the about entry and two questions, each answered by all three


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("interview_with_title_wrapped.txt", ("Nell Varga", "head gardener", "Ashcombe House", "June 2016")),
        ("capitals_title_line.txt", ("Ivo Brandt", "Chief Archivist", "Northfield Library", "November 2015")),
    ],
)
def test_a_title_opening_with_interview_names_the_person_their_role_and_organisation(
    name: str, expected: tuple[str, str, str, str]
) -> None:
    interview = import_text((FIXTURES / name).read_text(encoding="utf-8"), name=name).knowledge.interview
    title = (FIXTURES / name).read_text(encoding="utf-8").split("\n")[0]

    assert interview.title == title
    assert (interview.interviewee, interview.role, interview.organisation, interview.published) == expected


def test_a_title_and_speakers_in_capitals_keep_the_abbreviations_the_text_prints_in_capitals() -> None:
    name = "capitals_with_abbreviations.txt"
    interview = import_text((FIXTURES / name).read_text(encoding="utf-8"), name=name).knowledge.interview

    assert (interview.interviewee, interview.role, interview.organisation) == (
        "Ivo Brandt",
        "CEO",
        "NASA's Lunar Gateway Office",
    )


def test_an_emails_header_gives_the_subject_as_title_and_the_date_and_leaves_the_addresses_out() -> None:
    draft = import_file(FIXTURES / "email_headers.txt")

    interview = draft.knowledge.interview
    assert (interview.title, interview.published) == ("Five questions for the bell founder", "14 May 2024")
    assert "@" not in draft.yaml
    assert len(draft.knowledge.pairs) == 5  # the about entry and four questions


def test_an_interviewee_printed_with_a_title_is_named_without_it_however_the_turns_label_them() -> None:
    draft = import_file(FIXTURES / "honorific_speakers.txt")

    assert (draft.knowledge.interview.interviewee, draft.knowledge.interview.id) == (
        "Priya Nair",
        "priya-nair-2024",
    )
    assert len(draft.knowledge.pairs) == 4


@pytest.mark.parametrize("label", ["Dr Nair", "Priya Nair", "Nair", "Dr Priya Nair"])
def test_a_speaker_label_with_a_title_a_surname_or_the_full_name_names_the_same_person(label: str) -> None:
    lead = ("Dr Priya Nair on coral, heat and hope",)

    assert metadata(lead=lead, interviewee=label).interviewee == "Priya Nair"
    assert metadata({"interviewee": "Prof. Priya Nair - Reef Programme Lead"}).interviewee == "Priya Nair"


def test_a_first_name_label_is_completed_without_the_title_the_lead_prints_before_it() -> None:
    lead = ("Coral, heat and hope", "Dr Priya Nair has counted reefs for twenty years.")

    assert metadata(lead=lead, interviewee="Priya").interviewee == "Priya Nair"
    assert metadata(lead=("Dr Nair has counted reefs.",), interviewee="Nair").interviewee == "Dr Nair"


def test_a_title_and_surname_stand_for_the_person_where_the_page_gives_no_first_name() -> None:
    assert metadata({"title": "Coral, heat and hope"}, interviewee="Mr. Smith").interviewee == "Mr. Smith"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("A life in clocks: Tomas Heller", "Tomas Heller"),
        ("Forty winters on the ice — Marit Solberg", "Marit Solberg"),
        ("Meet the maker: Priya Nair of Loom & Thread", "Priya Nair"),
        ("Meet the maker: Priya Nair, weaver", "Priya Nair"),
    ],
)
def test_a_title_naming_its_topic_then_a_person_names_the_interviewee(title: str, name: str) -> None:
    assert metadata(lead=(title,)).interviewee == name


@pytest.mark.parametrize(
    "title",
    [
        "Kitchen Table, episode 42",
        "Kitchen Table — Episode 42",
        "Kitchen Table: Ep. 42",
        "Coastal Memory Project — Transcript 14",
        "Harbour Voices, Interview 3",
    ],
)
def test_a_shows_numbered_episode_in_the_title_names_no_interviewee(title: str) -> None:
    assert metadata(lead=(title,)).interviewee == UNKNOWN_INTERVIEWEE


def test_a_title_naming_its_topic_then_a_subject_names_nobody() -> None:
    assert metadata(lead=("Lessons from the harbour: The Winter Storms",)).interviewee == UNKNOWN_INTERVIEWEE


def test_a_bylines_writer_is_the_interviewer_and_the_lead_names_the_interviewee() -> None:
    draft = import_text((FIXTURES / "byline_over_lead.txt").read_text())

    assert (draft.knowledge.interview.interviewee, draft.knowledge.interview.published) == (
        "Freya Dunmore",
        "3 June 2019",
    )
    assert "An interview with Freya Dunmore by Oskar Lind, published 3 June 2019." in draft.yaml


def test_a_front_matter_author_is_the_interviewer_and_the_person_met_in_the_lead_the_interviewee() -> None:
    draft = import_text((FIXTURES / "front_matter_author.md").read_text())

    assert draft.knowledge.interview.interviewee == "Joaquin Reyes"
    assert "An interview with Joaquin Reyes by Nell Ashby, published 17 May 2022." in draft.yaml


@pytest.mark.parametrize("author", ["Various", "Unknown", "Anonymous"])
def test_a_front_matter_author_that_names_no_one_is_no_interviewer(author: str) -> None:
    text = (
        (FIXTURES / "front_matter_author.md").read_text().replace("author: Nell Ashby", f"author: {author}")
    )

    draft = import_text(text)

    assert draft.knowledge.interview.interviewee == "Joaquin Reyes"
    assert "An interview with Joaquin Reyes, published 17 May 2022." in draft.yaml


def test_the_role_the_lead_gives_whom_the_writer_spoke_with_is_read() -> None:
    interview = import_file(FIXTURES / "lead_spoke_with_the_guest_and_their_role.md").knowledge.interview

    assert (interview.interviewee, interview.role, interview.organisation) == (
        "Ann Marsh",
        "GM",
        "Skarv Ferries",
    )


def test_an_interview_credit_over_the_headline_names_the_interviewer_never_the_interviewee() -> None:
    draft = import_file(FIXTURES / "interview_credit_over_the_headline.txt")

    assert (draft.knowledge.interview.title, draft.knowledge.interview.interviewee) == (
        "The last lighthouse keeper",
        UNKNOWN_INTERVIEWEE,
    )
    assert "An interview with the interviewee by Jane Roe." in draft.yaml
    assert "interviewer 'Jane Roe' read from the byline: 'Interview by Jane Roe'" in draft.review


def test_the_writer_a_byline_names_is_never_read_from_the_lead_as_the_interviewee() -> None:
    draft = import_file(FIXTURES / "writer_opens_the_standfirst.txt")

    assert draft.knowledge.interview.interviewee == UNKNOWN_INTERVIEWEE
    assert "An interview with the interviewee by Jane Roe." in draft.yaml


@pytest.mark.parametrize(
    ("byline", "published"),
    [
        ("Posted on 3 May 2022 by Jane Roe", "3 May 2022"),
        ("Interview and photos by Jane Roe", None),
        ("By Jane Roe, staff writer", None),
        ("Interview by Jane Roe. Published 3 May 2022.", "3 May 2022"),
        ("Published on 3 May 2022 by Jane Roe", "3 May 2022"),
        ("Published 3 May 2022 by Jane Roe", "3 May 2022"),
        ("Posted 3 days ago by Jane Roe", None),
    ],
)
def test_a_byline_names_the_interviewer_and_is_no_standfirst(byline: str, published: str | None) -> None:
    found = metadata(lead=("Keeping the harbour open", byline))

    assert (found.interviewer, found.published, found.standfirst) == ("Jane Roe", published, None)


@pytest.mark.parametrize(
    ("page", "title", "interviewee", "publication"),
    [
        (
            "newsletter_masthead_over_the_headline.txt",
            "Keeping the harbour open: a conversation with Ann Marsh",
            "Ann Marsh",
            "The Harbour Weekly",
        ),
        (
            "site_name_over_the_headline.html",
            "Dana Cole - showrunner, The Long Field",
            "Dana Cole",
            "Screen Notes",
        ),
    ],
)
def test_a_masthead_over_the_headline_is_the_publication_not_the_title(
    page: str, title: str, interviewee: str, publication: str
) -> None:
    draft = import_file(FIXTURES / page)

    assert (draft.knowledge.interview.title, draft.knowledge.interview.interviewee) == (title, interviewee)
    assert publication in draft.knowledge.pairs[0].answer


def test_a_header_printed_without_blank_lines_is_read_line_by_line() -> None:
    draft = import_file(FIXTURES / "header_lines_in_one_paragraph.txt")
    interview = draft.knowledge.interview

    assert (interview.title, interview.interviewee, interview.role) == (
        "Interview with Ida Voss, Harbour Master",
        "Ida Voss",
        "Harbour Master",
    )
    assert interview.published == "30 September 2023"
    assert "masthead names the publication: 'Harbour Transcripts'" in "\n".join(draft.review)


def test_header_fields_over_a_long_rule_of_dashes_are_the_header() -> None:
    draft = import_file(FIXTURES / "header_fields_over_a_long_rule.txt")
    interview = draft.knowledge.interview

    assert (interview.title, interview.interviewee) == ("Twenty winters on Skarv Island", "Ann Marsh")
    assert interview.source == "https://example.org/watch?v=h4rb0ur"
    assert all("Title" not in pair.answer for pair in draft.knowledge.pairs)


def test_a_title_naming_the_host_who_asks_does_not_make_the_host_the_interviewee() -> None:
    draft = import_file(FIXTURES / "title_names_the_host.txt")
    interview = draft.knowledge.interview

    assert interview.interviewee == UNKNOWN_INTERVIEWEE
    assert interview.role == "Minister"
    assert "by Kate Lund" in draft.knowledge.pairs[0].answer
    review = "\n".join(draft.review)
    assert "'Kate Lund', whom the page names, asks the questions: not the interviewee" in review
    assert "no interviewee name found" in review


def test_a_title_naming_the_host_labelled_by_surname_alone_does_not_make_the_host_the_interviewee() -> None:
    draft = import_file(FIXTURES / "title_names_the_host_labelled_by_surname.txt")

    assert draft.knowledge.interview.interviewee == UNKNOWN_INTERVIEWEE
    assert "An interview with the interviewee by Tom Berg." in draft.knowledge.pairs[0].answer
    review = "\n".join(draft.review)
    assert "'Tom Berg', whom the page names, asks the questions: not the interviewee" in review


def test_a_forum_post_is_titled_by_the_last_step_of_the_trail_over_it_not_by_its_buttons() -> None:
    interview = import_file(FIXTURES / "forum_post_over_an_interview.txt").knowledge.interview

    assert (interview.title, interview.interviewee) == ("Ida Voss on Radio Coast", "Ida Voss")


def test_a_forum_post_is_titled_by_its_dated_trail_and_the_advertising_notice_is_no_standfirst() -> None:
    interview = import_file(FIXTURES / "forum_post_under_an_advertising_notice.txt").knowledge.interview

    assert (interview.title, interview.standfirst) == ("March 2009 - Ida Voss on Radio Coast", None)


def test_a_headline_over_a_name_and_the_body_they_work_for_is_the_title_and_bills_them() -> None:
    interview = import_file(FIXTURES / "headline_over_name_and_organisation.txt").knowledge.interview

    assert (interview.title, interview.interviewee, interview.role, interview.organisation) == (
        "Keeping the Lights On at the Edge",
        "Ann Marsh",
        None,
        "Port of Skarv",
    )


def test_a_lead_opening_on_the_person_the_title_names_names_them_not_the_one_they_talked_to() -> None:
    interview = import_file(FIXTURES / "blog_quoting_exchanges_from_a_qa_elsewhere.txt").knowledge.interview

    assert interview.interviewee == "Ann Marsh"


def test_labels_naming_each_speakers_part_with_the_name_in_brackets_name_both() -> None:
    draft = import_file(FIXTURES / "parts_with_names_in_brackets.txt")

    assert draft.knowledge.interview.interviewee == "Margaret Innes"
    assert "An interview with Margaret Innes by Tom Berg." in draft.yaml
    assert draft.knowledge.pairs[1].answer.startswith("I was nine.")


def test_a_sentence_saying_what_the_interviewee_is_and_where_gives_role_and_organisation() -> None:
    draft = import_file(FIXTURES / "bio_sentence_before_the_questions.txt")
    interview = draft.knowledge.interview

    assert (interview.interviewee, interview.role, interview.organisation) == (
        "Kwame Mensah",
        "chief engineer",
        "Tidewater Flood Authority",
    )
    assert "Kwame Mensah: chief engineer, Tidewater Flood Authority." in draft.yaml


def test_an_author_box_over_the_interview_names_the_interviewer_and_is_no_title_or_interviewee() -> None:
    draft = import_file(FIXTURES / "author_box_over_the_interview.html")
    interview = draft.knowledge.interview

    assert (interview.title, interview.interviewee) == ("The fixer of Fenwick Street", UNKNOWN_INTERVIEWEE)
    assert interview.standfirst == (
        "For thirty years the repair shop on Fenwick Street has fixed radios, kettles and bicycles."
    )
    assert "An interview with the interviewee by Nadia Haddad." in draft.yaml


def test_lines_crediting_the_host_and_the_guest_under_the_title_give_the_guests_role_and_organisation() -> (
    None
):
    draft = import_file(FIXTURES / "host_and_guest_credited_under_the_title.txt")
    interview = draft.knowledge.interview

    assert (interview.interviewee, interview.role, interview.organisation) == (
        "Sam Ito",
        "coordinator",
        "Port Ellen Fuel Cooperative",
    )
    assert "by Jane Roe" in draft.yaml
    assert not any("not in the draft" in line for line in draft.review)


def test_a_speakers_label_in_the_lead_credits_no_one() -> None:
    assert metadata(lead=("Interviewer: Can you tell me when you started?",)).interviewer is None


@pytest.mark.parametrize("headline", ["Ann Marsh on issue 42 of the Harbour Act", "Interview #12: Ann Marsh"])
def test_a_number_in_a_headline_makes_no_masthead(headline: str) -> None:
    found = metadata(lead=(headline,))

    assert (found.title, found.interviewee, found.publication) == (headline, "Ann Marsh", None)


def test_a_page_title_ending_on_the_persons_name_names_no_site() -> None:
    found = metadata(
        {"html title": "Interview - Ann Marsh"}, lead=("Ann Marsh", "Forty years at the harbour")
    )

    assert (found.title, found.publication) == ("Ann Marsh", None)


def test_a_publishers_credit_names_no_interviewer() -> None:
    assert metadata(lead=("Keeping the harbour open", "Published by Harbour Press")).interviewer is None


def test_a_bio_under_the_interview_gives_the_role_and_organisation() -> None:
    interview = import_file(FIXTURES / "bio_under_the_last_answer.txt").knowledge.interview

    assert (interview.role, interview.organisation) == ("night supervisor", "Harlan County Dispatch Center")


def test_a_tag_line_under_the_interview_gives_the_tags() -> None:
    draft = import_file(FIXTURES / "tags_under_the_last_answer.txt")

    assert draft.knowledge.interview.tags == ("harbours", "fishing", "retirement")
    assert any(line.startswith("tags read from under the interview") for line in draft.review)


def test_a_title_billing_a_guest_in_conversation_with_a_host_names_the_guest_interviewed_by_the_host() -> (
    None
):
    draft = import_file(FIXTURES / "guest_in_conversation_with_host.txt")

    assert draft.knowledge.interview.interviewee == "Hilda Brand"
    assert "An interview with Hilda Brand by Tom Berg." in draft.yaml


@pytest.mark.parametrize(
    "lead",
    [
        ("Lena Park talks to Ann Marsh",),
        ("Keeping the harbour open", "Lena Park spoke to Ann Marsh about forty years at Port Ellen."),
    ],
)
def test_a_title_or_lead_saying_who_talked_to_the_guest_names_the_interviewer(lead: tuple[str, ...]) -> None:
    found = metadata(lead=lead)

    assert (found.interviewee, found.interviewer) == ("Ann Marsh", "Lena Park")


def test_a_lead_saying_the_guest_spoke_to_a_paper_names_no_interviewer() -> None:
    found = metadata(
        lead=("Keeping the harbour open", "Ann Marsh spoke to the Gazette about forty years at sea.")
    )

    assert found.interviewer is None


@pytest.mark.parametrize(
    ("credits", "interviewer"),
    [
        ("Interview: Jane Roe / Photography: Ian Moss", "Jane Roe"),
        ("Words: Jane Roe", "Jane Roe"),
        ("Interview: Callum Reid", None),
    ],
)
def test_a_credit_of_the_words_names_the_interviewer_and_a_title_naming_the_interview_does_not(
    credits: str, interviewer: str | None
) -> None:
    assert metadata(lead=("The last ferry of the night", credits)).interviewer == interviewer


def test_a_lead_about_the_author_of_a_book_is_no_authors_box() -> None:
    lead = ("Sea Change", "About the author of Sea Change, Ann Marsh, little was known until this spring.")

    assert metadata(lead=lead).standfirst == lead[1]


def test_a_byline_crediting_a_department_names_no_interviewer() -> None:
    found = metadata(lead=("Posted by Press Office on 2 May 2024", "Posted by the News Team"))

    assert found.interviewer is None


def test_a_parliamentary_billing_in_a_header_in_capitals_names_the_interviewee_and_the_office_before_it() -> (
    None
):
    interview = import_file(FIXTURES / "doorstop_statement_answered.txt").knowledge.interview

    assert (interview.interviewee, interview.role) == ("Ann Marsh", "Minister for Ports")


@pytest.mark.parametrize(
    ("lead", "person"),
    [
        ("Senator the Hon. Penny Ash, Minister for Trade", ("Penny Ash", "Minister for Trade")),
        ("Transcript of the Treasurer, the Hon Jim Oakes MP", ("Jim Oakes", "Treasurer")),
        ("Ann Marsh MLA", ("Ann Marsh", None)),
        ("Senator Ann Marsh said on Monday that the port would close.", (UNKNOWN_INTERVIEWEE, None)),
    ],
)
def test_a_parliamentary_billing_names_the_member_and_a_sentence_bills_no_one(
    lead: str, person: tuple[str, str | None]
) -> None:
    found = metadata(lead=(lead,))

    assert (found.interviewee, found.role) == person


def test_a_speaker_who_answers_by_a_name_of_their_own_outranks_a_billing_of_someone_else() -> None:
    found = metadata(lead=("The Hon Jim Oakes MP",), interviewee="Ann Marsh")

    assert found.interviewee == "Ann Marsh"


@pytest.mark.parametrize(
    ("name", "person"),
    [
        # "PRIME MINISTER:" answers, and the host greets "Prime Minister John Howard, good morning".
        ("pm_transcript_role_labels_billed_in_first_question.txt", ("John Howard", "Prime Minister")),
        ("radio_role_labels_host_bills_guest.txt", ("Malcolm Turnbull", "Prime Minister")),
        # "GREG HUNT:" answers, and the host introduces "Minister for Health and Sport, Greg Hunt".
        ("named_speakers_title_before_name.txt", ("Greg Hunt", "Minister for Health and Sport")),
    ],
)
def test_a_speaker_labelled_by_an_office_is_the_person_the_page_bills_in_it(
    name: str, person: tuple[str, str]
) -> None:
    interview = import_file(FIXTURES / name).knowledge.interview

    assert (interview.interviewee, interview.role) == person


def test_an_office_label_the_page_bills_no_one_in_leaves_the_interviewee_unnamed_and_says_so() -> None:
    draft = import_file(FIXTURES / "radio_role_labels_billing_no_one.txt")

    assert (draft.knowledge.interview.interviewee, draft.knowledge.interview.role) == (
        UNKNOWN_INTERVIEWEE,
        "Prime Minister",
    )
    assert any("'Prime Minister' names an office, not a person" in line for line in draft.review)


@pytest.mark.parametrize(
    ("lead", "label", "person"),
    [
        (
            "Transcript: interview with the Minister for Ports, Ann Marsh MP",
            "MINISTER",
            ("Ann Marsh", "Minister for Ports"),
        ),
        (
            "Doorstop with Senator for Tasmania Jane Doe on the ferry strike.",
            "SENATOR",
            ("Jane Doe", "Senator for Tasmania"),
        ),
        # An office no list of roles names, read from the page: the label is the title before the name.
        (
            "We spoke to Harbour Master Ann Marsh about the storm.",
            "HARBOUR MASTER",
            ("Ann Marsh", "Harbour Master"),
        ),
    ],
)
def test_an_office_label_stands_for_the_person_the_lead_bills_in_that_office(
    lead: str, label: str, person: tuple[str, str]
) -> None:
    found = metadata(lead=(lead,), interviewee=label)

    assert (found.interviewee, found.role) == person


def test_a_label_that_is_a_name_is_not_read_as_the_title_of_the_words_after_it() -> None:
    found = metadata(lead=("Witness: Kari Moe, Harbour Master.",), interviewee="Kari Moe")

    assert found.interviewee == "Kari Moe"


@pytest.mark.parametrize(
    ("lead", "person"),
    [
        ("Minister for Ports Ann Marsh MP", ("Ann Marsh", "Minister for Ports", None)),
        ("Senator for Tasmania Jane Doe", ("Jane Doe", "Senator for Tasmania", None)),
        ("CEO of Acme Corp John Smith", ("John Smith", "CEO", "Acme Corp")),
        ("Keynote: Federal Health Minister Greg Hunt", ("Greg Hunt", "Federal Health Minister", None)),
        # post-nominals, then the office with no mark between, as parlinfo prints a release's billing
        ("The Hon. Greg Hunt MP Minister for Health", ("Greg Hunt", "Minister for Health", None)),
        ("Ann Marsh QC", ("Ann Marsh", None, None)),
    ],
)
def test_a_title_before_a_name_within_a_line_bills_the_person(
    lead: str, person: tuple[str, str | None, str | None]
) -> None:
    found = metadata(lead=(lead,))

    assert (found.interviewee, found.role, found.organisation) == person


@pytest.mark.parametrize(
    ("standfirst", "name"),
    [
        (
            "Ahmed Saleh took over as harbour master of Port Ellis in January. He answered our questions.",
            "Ahmed Saleh",
        ),
        (
            "My grandmother, Ines Carvalho, ran the village shop in 1974. I recorded our conversation.",
            "Ines Carvalho",
        ),
        (
            "Our archivist Niamh Byrne answered questions from readers of the society newsletter.",
            "Niamh Byrne",
        ),
        ("Marco Bellini, 58, has run the bakery on Canal Street for twenty-five years.", "Marco Bellini"),
        ("For thirty years Callum Reid has skippered the last ferry from Oban.", "Callum Reid"),
        ("Since 1994, Omar Reyes has fixed radios and kettles on Fenwick Street.", "Omar Reyes"),
    ],
)
def test_where_nothing_else_names_the_interviewee_the_person_the_standfirst_opens_on_does(
    standfirst: str, name: str
) -> None:
    found = metadata(lead=("The new harbour master", standfirst))

    assert found.interviewee == name
    assert any("standfirst opens on" in note for note in found.notes)


def test_a_standfirst_opening_on_a_rank_and_a_name_names_the_person_without_the_rank() -> None:
    found = metadata(
        lead=("The night ferry", "Captain Olav Berg has taken the last boat across for nineteen years.")
    )

    assert found.interviewee == "Olav Berg"


@pytest.mark.parametrize(
    "standfirst", ["Hello Ruth, thank you for writing back so quickly.", "Hey Everyone, here are my answers."]
)
def test_a_greeting_that_opens_the_lead_names_nobody(standfirst: str) -> None:
    assert metadata(lead=("Questions for a boat builder", standfirst)).interviewee == UNKNOWN_INTERVIEWEE


def test_a_standfirst_opening_on_a_thing_someone_owns_names_nobody() -> None:
    found = metadata(
        lead=("A morning at the bakery", "Marco Bellini's bakery has fed Canal Street for twenty-five years.")
    )

    assert found.interviewee == UNKNOWN_INTERVIEWEE


def test_a_dateline_under_the_title_dates_the_interview_and_leaves_the_title_whole() -> None:
    page = (
        "Community Q&A with Sam Ito, maintainer of the Fennel editor\n"
        "Logged 2 March 2024 in #fennel\n\n"
        "Q: What made you start Fennel?\nA: I wanted an editor that starts fast. Old laptops deserve one.\n"
    )
    interview = import_text(page).knowledge.interview

    assert (interview.title, interview.published) == (
        "Community Q&A with Sam Ito, maintainer of the Fennel editor",
        "2 March 2024",
    )


@pytest.mark.parametrize(
    "title",
    [
        "Jo Park | CEO | Lumen Batteries",
        "Jo Park (Lumen Batteries' CEO) on salt",
        "Jo Park (CEO, Lumen Batteries): salt",
    ],
)
def test_a_title_billing_the_role_between_bars_or_in_brackets_gives_role_and_organisation(title: str) -> None:
    found = metadata(lead=(title,))

    assert (found.interviewee, found.role, found.organisation) == ("Jo Park", "CEO", "Lumen Batteries")


def test_brackets_after_the_name_that_give_no_role_give_none() -> None:
    found = metadata(lead=("Jo Park (pictured) on salt",))

    assert (found.interviewee, found.role) == ("Jo Park", None)


def test_a_word_the_page_writes_as_a_common_noun_before_a_name_is_the_role_not_part_of_the_name() -> None:
    lead = (
        "Readers ask: Chef Amara Diallo answers",
        "Each month a chef answers. This month: Amara Diallo of Teranga.",
    )
    found = metadata(lead=lead)

    assert (found.interviewee, found.role) == ("Amara Diallo", "Chef")


def test_a_first_name_the_page_never_writes_in_small_letters_stays_in_the_name() -> None:
    lead = (
        "Readers ask: Mary Ann Holt answers",
        "Each month a reader's question. This month: Ann Holt's answers.",
    )

    assert metadata(lead=lead).interviewee == "Mary Ann Holt"


EMAILED = """From: Nadia Petrova <nadia.petrova@example.org>
Date: Tue, 12 Oct 2021 09:14:22 +0200
Subject: Re: Questions for the alumni magazine

Hi Sam,

Here are my answers.

> What are you working on?

Flood maps for towns along the Danube. We combine satellite images with old survey records.

> What would you say to current students?

Take the internship even if it does not pay well. I learned more there than in a year of lectures.

{closing},
{signer}
"""


@pytest.mark.parametrize(
    ("signer", "interviewee"), [("Nadia", "Nadia Petrova"), ("Sam", UNKNOWN_INTERVIEWEE)]
)
def test_an_emails_sender_who_signs_the_letter_with_the_answers_is_the_interviewee(
    signer: str, interviewee: str
) -> None:
    page = EMAILED.format(closing="Best wishes", signer=signer)

    assert import_text(page).knowledge.interview.interviewee == interviewee


def test_tags_and_a_bio_run_into_the_last_answer_still_give_the_tags_role_and_organisation() -> None:
    interview = import_file(FIXTURES / "tags_and_bios_run_into_the_last_answer.txt").knowledge.interview

    assert interview.tags == ("Interviews", "Public safety")
    assert (interview.role, interview.organisation) == ("night supervisor", "Harlan County Dispatch Center")


def test_an_ama_is_titled_by_its_post_and_names_its_poster_not_by_the_line_saying_who_posted_it() -> None:
    interview = import_file(FIXTURES / "reddit_post_over_an_ama.txt").knowledge.interview

    assert interview.title == "I'm Ines Falk, I restore church organs for a living. AMA!"
    assert interview.interviewee == "Ines Falk"


def test_words_after_the_name_that_speak_in_the_first_person_bill_no_role() -> None:
    interview = import_file(FIXTURES / "reddit_post_over_an_ama.txt").knowledge.interview

    assert interview.role is None


def test_an_ama_title_in_the_first_person_names_no_place_as_the_interviewee() -> None:
    interview = import_file(FIXTURES / "ama_comments_with_ages.txt").knowledge.interview

    assert interview.title == "I keep the lock at Ferry Lock on the Avon. Ask me anything!"
    assert interview.interviewee == UNKNOWN_INTERVIEWEE


def test_a_name_over_a_role_on_the_next_line_in_mixed_case_bills_the_interviewee_under_the_headline() -> None:
    interview = import_file(FIXTURES / "name_over_role_in_mixed_case.txt").knowledge.interview

    assert interview.title == "Thirty winters at the lock"
    assert (interview.interviewee, interview.role, interview.organisation) == (
        "Nell Price",
        "Lock supervisor",
        "Avon Navigation Trust",
    )


def test_a_heading_in_small_letters_over_the_questions_is_the_title() -> None:
    page = "# 3 questions for a lock keeper\n\nQ: Why locks?\nA: My father.\n\nQ: Winter?\nA: Paint.\n"

    assert import_text(page, kind="markdown").knowledge.interview.title == "3 questions for a lock keeper"


def test_a_sections_name_in_capitals_over_the_headline_is_neither_the_title_nor_the_interviewee() -> None:
    interview = import_file(FIXTURES / "section_name_over_the_headline.txt").knowledge.interview

    assert interview.title == "Q&A: New harbour chief wants more pilots"
    assert interview.interviewee != "Local News"


def test_a_blogs_categories_under_the_last_answer_are_its_tags() -> None:
    page = "Ten minutes at the lock\n\nQ: Why locks?\nA: My father.\n\nQ: Winter?\nA: Paint.\n"
    page += "Categories: Rivers, Work\n"

    assert import_text(page).knowledge.interview.tags == ("Rivers", "Work")


def test_a_sections_label_over_the_show_notes_is_no_part_of_the_standfirst() -> None:
    interview = import_file(FIXTURES / "show_notes_label_over_the_summary.txt").knowledge.interview

    assert interview.standfirst == (
        "Jonas Falk keeps forty hives on the rooftops of Malmö and sells the honey at the Saturday market."
    )


def test_a_bio_under_the_answers_names_the_interviewee_where_nothing_else_does() -> None:
    draft = import_file(FIXTURES / "bio_under_the_answers_names_the_interviewee.txt")
    interview = draft.knowledge.interview

    assert (interview.interviewee, interview.role, interview.organisation) == (
        "Marit Solberg",
        "chief officer",
        "Loch Arran Ferry Company",
    )
    assert draft.knowledge.pairs[-1].answer.strip() == (
        "Start on the deck crew and learn every rope before you ask for the wheel."
    )
    assert any(line.startswith("interviewee 'Marit Solberg' read from a bio") for line in draft.review)


def test_an_about_paragraph_over_the_questions_names_the_interviewee_and_invents_no_role() -> None:
    interview = import_file(FIXTURES / "about_the_interviewee_over_the_questions.txt").knowledge.interview

    assert (interview.interviewee, interview.role, interview.organisation) == ("Osman Quaye", None, None)


@pytest.mark.parametrize(
    "bio",
    [
        "Tom Reyes is the features editor of the Harlan Herald.",
        "About the author: Tom Reyes covers public services for the Harlan Herald.",
        "Tom Reyes was the harbour master of Port Ellen until 1990.",
    ],
)
def test_a_writers_bio_or_a_past_one_under_the_answers_names_no_interviewee(bio: str) -> None:
    page = (
        "Five questions for a ferry captain\n\nWhat time does your day start?\n\nAt half past four.\n\n"
        f"Do you ever get seasick?\n\nOnce, in my first month. Never since.\n\n{bio}\n"
    )

    assert import_text(page).knowledge.interview.interviewee == UNKNOWN_INTERVIEWEE


@pytest.mark.parametrize(
    "closing",
    [
        "Marit Solberg is the chief officer of the Loch Arran Ferry Company. We share the bridge in winter.",
        "Marit Solberg is the chief officer of the Loch Arran Ferry Company. My watch follows hers.",
        "Marit Solberg is the chief officer of the Loch Arran Ferries, and we share the bridge in winter.",
    ],
)
def test_a_paragraph_opening_on_a_name_that_speaks_as_i_or_we_is_the_answer_not_a_bio(closing: str) -> None:
    page = (
        "Five questions for a ferry captain\n\nWhat time does your day start?\n\nAt half past four.\n\n"
        "Who taught you the most?\n\nThe old skipper, Tam Reid.\n\n"
        f"Who do you trust in fog?\n\nThe radar, and one colleague.\n\n{closing}\n"
    )
    draft = import_text(page)

    assert draft.knowledge.interview.interviewee == UNKNOWN_INTERVIEWEE
    assert draft.knowledge.pairs[-1].answer.strip() == f"The radar, and one colleague.\n\n{closing}"


def test_a_title_billing_the_person_after_its_topic_gives_their_role() -> None:
    draft = import_file(FIXTURES / "meet_the_team_title.md")
    interview = draft.knowledge.interview

    assert (interview.title, interview.interviewee, interview.role, interview.organisation) == (
        "Meet the team: Ada Ng, Head of Support",
        "Ada Ng",
        "Head of Support",
        None,
    )


@pytest.mark.parametrize(
    ("title", "role", "organisation"),
    [
        ("Meet the team: Ada Ng, Head of Support at Tillpoint", "Head of Support", "Tillpoint"),
        ("Staff spotlight — Ada Ng (Head of Customer Success)", "Head of Customer Success", None),
        ("Team news: Ada Ng - Support Engineer", "Support Engineer", None),
        (
            "Meet the team: Ada Ng | VP of Sales and Marketing, Tillpoint",
            "VP of Sales and Marketing",
            "Tillpoint",
        ),
        ("Meet the team: Ada Ng, who keeps our tickets moving", None, None),
        ("Lessons from the harbour: Ada Ng, Port Ellen", None, None),
    ],
)
def test_a_role_after_the_name_after_a_titles_topic_is_read_only_where_it_names_one(
    title: str, role: str | None, organisation: str | None
) -> None:
    page = f"{title}\n\nQ: What does a normal week look like?\nA: Mondays are for the queue.\n\n"
    page += "Q: And Fridays?\nA: Hard tickets.\n"
    interview = import_text(page).knowledge.interview

    assert (interview.interviewee, interview.role, interview.organisation) == ("Ada Ng", role, organisation)


def test_a_slashed_date_with_a_two_digit_year_that_may_put_day_or_month_first_is_left_out_and_said() -> None:
    draft = import_file(FIXTURES / "slash_date_two_digit_year.txt")
    interview = draft.knowledge.interview

    assert (interview.title, interview.published) == ("Seven questions for a bike courier", None)
    assert "An interview with Jonah Bell by Kit Ross." in draft.yaml
    assert any("'03/07/19' may put the day or the month first" in line for line in draft.review)


def test_a_two_digit_year_date_is_read_in_the_order_the_pages_other_slashed_dates_show() -> None:
    draft = import_file(FIXTURES / "slash_date_two_digit_year_settled.txt")

    assert draft.knowledge.interview.published == "3 July 2019"
    assert any("'03/07/19' read with the day first" in line for line in draft.review)
    assert any("printed in two digits" in line for line in draft.review)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Posted 7/23/19", "23 July 2019"),
        ("Posted 23/7/19", "23 July 2019"),
        ("Posted 3/3/98", "3 March 1998"),
        ("Posted 7/3/19", None),
        ("Published: 03/07/19", None),
    ],
)
def test_a_slashed_date_with_a_two_digit_year_is_read_only_where_day_and_month_are_certain(
    line: str, published: str | None
) -> None:
    assert metadata(lead=("Ten questions for a lock keeper", line)).published == published


def test_an_about_paragraph_on_a_thing_the_page_names_in_small_letters_names_no_interviewee() -> None:
    page = (
        "Behind the counter\n\nAbout Harbour Tools: they lend drills and ladders to anyone in Eastgate.\n\n"
        "Q: How many tools do you lend?\nA: About eleven hundred.\n\n"
        "Q: Do they come back?\nA: Nearly always.\n"
    )

    assert import_text(page).knowledge.interview.interviewee == UNKNOWN_INTERVIEWEE


def test_a_short_line_in_a_script_without_capitals_over_the_lead_is_the_title() -> None:
    interview = import_file(FIXTURES / "doubled_dash_questions_japanese.txt").knowledge.interview

    assert interview.title == "インタビュー"


@pytest.mark.parametrize(
    ("title", "interviewee"),
    [
        ("Q&A with P!nk", "P!nk"),
        ("Interview with J.K. Rowling", "J.K. Rowling"),
        ("Interview with Ann M. Marsh", "Ann M. Marsh"),
        ("A conversation with Ann Marsh. Recorded in Leeds", "Ann Marsh"),
    ],
)
def test_a_name_after_with_keeps_a_stage_names_marks_and_its_initials(title: str, interviewee: str) -> None:
    page = f"{title}\n\nQ: How did you start?\nA: By accident, years ago.\n\nQ: And now?\nA: Still going.\n"

    assert import_text(page).knowledge.interview.interviewee == interviewee


@pytest.mark.parametrize(
    ("fixture", "person"),
    [
        ("speaker_billed_in_title_case_then_surname.txt", ("Ann Marsh", "Harbour Master", None)),
        ("speaker_billed_in_capitals_with_organisation.txt", ("Ida Voss", "Harbour Master", "Port Ellen")),
        (
            "speaker_billed_in_brackets_with_organisation.txt",
            ("Rosa Quint", "Harbour master", "Port of Leith"),
        ),
    ],
)
def test_the_role_the_answering_speaker_is_billed_in_once_is_their_role(fixture: str, person: tuple) -> None:
    interview = import_file(FIXTURES / fixture).knowledge.interview

    assert (interview.interviewee, interview.role, interview.organisation) == person
    assert "Host" not in str(interview.role)  # the host's billing is never the interviewee's


def test_a_site_name_over_the_headline_is_the_publication_and_a_date_under_its_label_is_read() -> None:
    draft = import_file(FIXTURES / "site_name_over_the_headline_and_date_under_its_label.txt")

    assert (draft.knowledge.interview.title, draft.knowledge.interview.published) == (
        "Ferry terminal doorstop, Port Ellen",
        "30 September 2023",
    )
    assert "Harbour Transcripts," in draft.knowledge.pairs[0].answer


def test_a_site_name_over_the_page_and_its_record_fields_give_no_title() -> None:
    draft = import_file(FIXTURES / "pm_transcript_role_labels_billed_in_first_question.txt")

    assert draft.knowledge.interview.title == "Interview with John Howard"
    assert "In PM Transcripts" in draft.knowledge.pairs[0].answer


def test_the_hosts_billing_is_never_the_interviewees_role() -> None:
    text = (FIXTURES / "speaker_billed_in_title_case_then_surname.txt").read_text()
    text = text.replace("Tom Reed, Host:", "Tom Reed, Harbour Editor:").replace(
        "Ann Marsh, Harbour Master:", "Ann Marsh:"
    )

    interview = import_text(text).knowledge.interview

    assert (interview.interviewee, interview.role, interview.organisation) == ("Ann Marsh", None, None)


def test_a_headline_printed_twice_over_the_lead_is_the_title_not_a_speaker_over_the_lead() -> None:
    draft = import_file(FIXTURES / "headline_printed_twice_over_the_lead.txt")

    assert draft.knowledge.interview.title == "Harbour Desk Hot Seat"
    assert draft.knowledge.interview.standfirst == "Our reporters question the paper's own editor for once."
    assert len(draft.knowledge.pairs) == 4  # the about entry and three questions


@pytest.mark.parametrize(
    "archive",
    [
        "Category Archives: Harbour Interviews",
        "Archive for the ‘Interviews’ Category",
        "Category: Interviews",
    ],
)
def test_a_blogs_archive_name_over_the_post_is_no_title_the_headline_under_it_is(archive: str) -> None:
    text = (FIXTURES / "archive_name_over_the_posts_headline.txt").read_text()
    text = text.replace("Category Archives: Harbour Interviews", archive)

    interview = import_text(text).knowledge.interview

    assert interview.title == "Ann Marsh on Tides and the New Breakwater"
    assert interview.interviewee == "Ann Marsh"


def test_a_headline_opening_on_archive_as_its_kicker_is_the_title() -> None:
    text = (FIXTURES / "archive_name_over_the_posts_headline.txt").read_text()
    text = text.replace("Category Archives: Harbour Interviews\n", "").replace(
        "Ann Marsh on Tides and the New Breakwater", "Archive: Ann Marsh on Tides and the New Breakwater"
    )

    interview = import_text(text).knowledge.interview

    assert interview.title == "Archive: Ann Marsh on Tides and the New Breakwater"


@pytest.mark.parametrize(
    "headline",
    [
        "Ann Marsh Talks Tides, Trawlers and the New Breakwater",
        "Ann Marsh Discusses the Breakwater, the Boats and the Budget",
    ],
)
def test_a_headline_in_title_case_names_the_person_before_its_verb_and_bills_no_role(headline: str) -> None:
    text = (FIXTURES / "archive_name_over_the_posts_headline.txt").read_text()
    text = text.replace("Ann Marsh on Tides and the New Breakwater", headline)
    text = text.replace(
        "The Quay Gazette spoke with Ann Marsh, the harbour master,", "We asked the harbour master"
    )

    interview = import_text(text).knowledge.interview

    assert (interview.title, interview.interviewee, interview.role) == (headline, "Ann Marsh", None)


@pytest.mark.parametrize(
    "bio",
    [
        "Ann Marsh is the author of the new book Tides of Skarv: A Year on the Water.",
        "Ann Marsh is the author of Skarv, a novel about the island.",
    ],
)
def test_an_authors_bio_bills_them_as_author_and_names_no_organisation_in_their_books_title(bio: str) -> None:
    found = metadata(lead=("Q&A with Ann Marsh", f"{bio} She lives on the island."))

    assert (found.interviewee, found.role, found.organisation) == ("Ann Marsh", "author", None)


def test_a_label_saying_whose_question_it_is_names_no_interviewer() -> None:
    draft = import_file(FIXTURES / "readers_questions_labelled_by_whose_they_are.txt")

    assert len(draft.knowledge.pairs) == 4
    assert "Reader Question" not in draft.knowledge.pairs[0].answer  # the about entry names no asker


def test_a_front_matter_excerpt_is_the_standfirst() -> None:
    interview = import_file(FIXTURES / "front_matter_excerpt.md").knowledge.interview

    assert interview.standfirst == (
        "Ann Marsh pilots the night ferry between Skarv and the mainland, and has done so for twelve winters."
    )


def test_a_front_matter_title_a_yaml_writer_folded_and_escaped_is_read_whole() -> None:
    interview = import_file(FIXTURES / "front_matter_folded_title.md").knowledge.interview

    assert interview.title == (
        "Press Call by Harbour Master Ann Marsh and Pilot Tom Berg on the Port’s Winter Timetable"
        " for the Night Ferry"
    )
    assert interview.tags == ("press-calls",)


def test_a_header_billing_the_interviewee_as_author_of_a_book_names_no_organisation() -> None:
    interview = import_file(FIXTURES / "header_billing_an_author_of_a_book.txt").knowledge.interview

    assert interview.interviewee == "Ann Marsh"
    assert interview.role == "author"
    assert interview.organisation is None  # "Tides of Skarv: A Harbour Year" is her book


def test_a_pages_front_matter_under_the_header_a_copy_adds_is_read_as_front_matter_not_text() -> None:
    draft = import_file(FIXTURES / "copy_header_over_front_matter.md")
    interview = draft.knowledge.interview

    assert interview.title == "Lighthouse keepers' open day, questions and answers"  # the copy's header first
    assert interview.tags == ("open-days",)
    assert interview.published == "2019-06-02"
    assert interview.standfirst is None
    assert not any("date:" in pair.answer for pair in draft.knowledge.pairs)


@pytest.mark.parametrize(
    "key", ["published_at", "published_time", "pubDate", "publishDate", "date_published"]
)
def test_a_front_matter_date_under_an_exporters_name_for_it_is_the_date(key: str) -> None:
    text = (
        (FIXTURES / "front_matter_author.md")
        .read_text()
        .replace("date: 2022-05-17", f"{key}: 2022-05-17T08:30:00Z")
    )

    assert import_text(text).knowledge.interview.published == "2022-05-17"


@pytest.mark.parametrize("key", ["source_url", "canonical_url"])
def test_a_front_matter_address_under_its_own_name_is_the_source(key: str) -> None:
    text = (FIXTURES / "front_matter_folded_title.md").read_text().replace("source_url:", f"{key}:")

    source = import_text(text).knowledge.interview.source

    assert (
        source
        == "https://example.org/harbour-notes/2022/10/04/press-call-by-harbour-master-ann-marsh-on-the-winter-timetable/"
    )


def test_a_lead_opening_on_a_magazines_name_names_no_interviewee() -> None:
    interview = import_file(FIXTURES / "lead_opening_on_a_magazines_name.txt").knowledge.interview

    assert interview.interviewee == UNKNOWN_INTERVIEWEE


@pytest.mark.parametrize(
    ("title", "lead", "named"),
    [
        # The title names a device, the lead whom it spoke to.
        (
            "Interview: Tideline Buoy",
            "We spoke to Ines Carvalho, who built it, about the winter.",
            "Ines Carvalho",
        ),
        # The title's name is the company the lead bills the person at.
        (
            "Fresh From The Press! - Skarv Cider",
            "We spoke to Tom Berg, head brewer at Skarv Cider.",
            "Tom Berg",
        ),
        # Where the lead names the title's person as a person, the title stands.
        ("Interview: Ann Marsh", "We spoke to Ann Marsh about the harbour.", "Ann Marsh"),
        ("Interview: Ann Marsh", "We spoke to Tom Berg, who sails with Ann Marsh, about her.", "Ann Marsh"),
        # Or bills the one it spoke to by what they are to her, or spoke to her too.
        ("Interview: Ann Marsh", "We spoke to Tom Berg, her biographer, about the light.", "Ann Marsh"),
        ("Interview: Ann Marsh", "We spoke to Tom Berg and then to the keeper about the light.", "Ann Marsh"),
    ],
)
def test_a_lead_that_says_whom_it_spoke_to_outranks_a_title_naming_a_thing(title, lead, named) -> None:
    found = metadata(lead=(title, lead))

    assert found.interviewee == named


def test_a_headline_topic_with_a_colon_before_a_dash_is_no_name() -> None:
    found = metadata(
        lead=(
            "Crew Interviews: Night Rowing - Skarv rowing club",
            "We spoke to Ann Marsh and others of Skarv rowing club about the night rows.",
        )
    )

    assert found.interviewee == "Ann Marsh"


def test_a_headline_that_trails_off_over_a_year_alone_gives_the_title_and_the_year() -> None:
    text = (
        "The keeper behind Skarv, Fennick and the Holm lights ...\nPublished 2013\n\n"
        "We spoke to Ida Voss about the lights.\n\nQ: Why lights?\n\nA: My uncle kept one.\n\n"
        "Q: And now?\n\nA: Three of them."
    )
    interview = import_text(text, name="voss.txt").knowledge.interview

    assert interview.title == "The keeper behind Skarv, Fennick and the Holm lights ..."
    assert interview.published == "2013"
    assert interview.interviewee == "Ida Voss"


def test_a_year_alone_under_the_headline_is_the_year_of_the_date() -> None:
    draft = import_file(FIXTURES / "year_alone_under_the_headline.md")
    interview = draft.knowledge.interview

    assert interview.title == "Rune Aas: forty winters in the signal box"
    assert interview.published == "2019"
    assert interview.standfirst is not None and interview.standfirst.startswith("Rune Aas worked the levers")
    assert "date: the year alone under the headline: '2019'" in draft.review


def test_a_year_alone_under_the_lead_dates_nothing() -> None:
    text = (
        "Forty winters in the box\n\nRune Aas worked the levers at Fenwick from 1979.\n\n2019\n\n"
        "Q: Why levers?\n\nA: My uncle pulled them.\n\nQ: And now?\n\nA: A museum."
    )

    assert import_text(text, name="aas.txt").knowledge.interview.published is None


def test_a_lead_under_a_stacked_title_byline_and_dateline_names_whom_it_spoke_to() -> None:
    text = (
        "Keeping the Skarv Light\nBy Jo Roe\nPublished 3 May 2021\n\n"
        "We spoke to Ida Voss, keeper of the Skarv light, about the winter.\n\n"
        "Why lights?\n\nMy uncle kept one.\n\nAnd now?\n\nThree of them.\n\nWhat next?\n\nChairs."
    )
    interview = import_text(text, name="voss.txt").knowledge.interview

    assert interview.interviewee == "Ida Voss"


@pytest.mark.parametrize(
    ("lead", "named"),
    [
        (
            "We spoke to Ann Marsh, Tom Berg and Ida Voss of Skarv rowing club, about the night rows.",
            "Ann Marsh, Tom Berg and Ida Voss",
        ),
        ("We spoke to Ann Marsh and Tom Berg about the night rows.", "Ann Marsh and Tom Berg"),
        ("We spoke to Ann Marsh and her crew about the night rows.", "Ann Marsh"),
        ("We spoke to Ann Marsh about Skarv and the Holm Rows.", "Ann Marsh"),
    ],
)
def test_a_lead_that_lists_whom_it_spoke_to_names_the_panel(lead, named) -> None:
    assert metadata(lead=("Night Rowing", lead)).interviewee == named


def test_a_credit_for_the_questions_in_french_under_the_title_names_the_interviewer() -> None:
    draft = import_file(FIXTURES / "credit_for_the_questions_in_french_under_the_title.txt")

    assert draft.knowledge.interview.interviewee == "Élise Marchand"
    assert "by Hugo Lambert" in draft.knowledge.pairs[0].answer


@pytest.mark.parametrize(
    ("title", "person"),
    [
        ("Entretien avec Clara Vidal, gardienne du phare", "Clara Vidal"),
        ("Rencontre avec Paul Mercier", "Paul Mercier"),
        ("Interview d'Inès Laroche : « Le sel d'abord »", "Inès Laroche"),
        ("Gespräch mit Jonas Weber", "Jonas Weber"),
        ("Entrevista con Lucía Prieto", "Lucía Prieto"),
        ("Intervista a Marco Sala", "Marco Sala"),
    ],
)
def test_a_title_that_says_interview_with_in_another_language_names_the_interviewee(
    title: str, person: str
) -> None:
    page = f"{title}\n\nWhy the coast?\n\nFor the light, at first.\n\nAnd now?\n\nFor the people who stayed."

    assert import_text(page).knowledge.interview.interviewee == person


def test_a_french_title_says_whom_the_interview_is_with_and_what_they_do() -> None:
    interview = import_file(FIXTURES / "title_interview_with_in_french.txt").knowledge.interview

    assert interview.interviewee == "Clara Vidal"
    assert interview.role == "gardienne du phare de Kerbihan"


def test_a_title_the_pages_metadata_ends_on_the_sites_name_is_read_without_it() -> None:
    interview = import_file(FIXTURES / "og_title_ending_on_the_site_name.html").knowledge.interview

    assert interview.title == "Ferry Talk: Night Crossings (FAQ)"


@pytest.mark.parametrize(
    ("title", "site", "read"),
    [
        ("Ann Marsh on tides – Harbour Notes", "Harbour Notes", "Ann Marsh on tides"),
        ("Interview - Ann Marsh", "Harbour Notes", "Interview - Ann Marsh"),
        ("Harbour Notes", "Harbour Notes", "Harbour Notes"),
        ("Ferry talk (transcript)", "Harbour Notes", "Ferry talk"),
        (
            "Ann Marsh - Director, Harbour Institute - Leith",
            "",
            "Ann Marsh - Director, Harbour Institute - Leith",
        ),
    ],
)
def test_only_the_sites_own_name_after_a_dash_leaves_a_title(title: str, site: str, read: str) -> None:
    assert metadata({"title": title, "html title": title, "site name": site}).title == read


def test_a_pages_linked_data_gives_its_address_and_its_author_the_interviewer() -> None:
    draft = import_file(FIXTURES / "author_and_address_in_linked_data_only.html")

    assert draft.knowledge.interview.source == "https://canal.example/four-questions/"
    assert "An interview with Emil Sand by Ruth Okafor" in draft.knowledge.pairs[0].answer


@pytest.mark.parametrize("author", ["admin", "Canal Letter Redaktion", "Emil Sand", "Sand"])
def test_a_page_author_that_is_an_account_a_site_or_the_interviewee_names_no_interviewer(author: str) -> None:
    fields = {"page author": author, "site name": "Canal Letter"}
    found = metadata(fields, lead=("Emil Sand has kept Lock 14 for eleven years.",))

    assert found.interviewer is None


@pytest.mark.parametrize(
    ("lead", "role", "organisation"),
    [
        (
            "Kelp has shrunk by half. Ida Voss, associate professor of marine science at Skarv University, "
            "has mapped it for a decade.",
            "associate professor of marine science",
            "Skarv University",
        ),
        (
            "Ida Voss is a software engineer for Hesk Robotics. Born in Leith, she codes at night.",
            "software engineer",
            "Hesk Robotics",
        ),
    ],
)
def test_the_lead_saying_what_the_interviewee_is_apart_or_for_whom_gives_role_and_organisation(
    lead: str, role: str, organisation: str
) -> None:
    found = metadata(lead=(lead,), interviewee="Ida Voss")

    assert (found.role, found.organisation) == (role, organisation)


def test_a_name_set_apart_over_two_things_it_is_gives_no_role() -> None:
    lead = "Ida Voss, harbour master of Port Skarv and author of The Tide Tables, talked to us."

    assert metadata(lead=(lead,), interviewee="Ida Voss").role is None


def test_a_pdfs_title_credit_and_lead_stacked_with_no_blank_line_are_read_apart() -> None:
    draft = import_file(FIXTURES / "pdf_text_head_of_two_lines_over_each_page.txt")

    interview = draft.knowledge.interview
    assert interview.title == "Lighthouse keepers remember"
    assert (interview.standfirst or "").startswith("This is an edited transcript")
    assert "interviewer 'Sol Reyes' read from the byline: 'Interviewed by Sol Reyes'" in draft.review


@pytest.mark.parametrize(
    ("fixture", "interviewee"),
    [
        # the answering label is a surname, written out before the honorific in the title
        ("cjk_surname_label_written_out_in_the_title.txt", "佐々木和子"),
        # "問"/"答" name nobody: the title honours the guest after their name
        ("cjk_name_honoured_in_the_title_over_qa_labels.txt", "高橋誠"),
        # a Chinese full name as the label; the reporter's label "记者" names nobody
        ("cjk_chinese_name_and_reporter_labels.txt", "王建国"),
        # the label alone where the page writes the name out nowhere
        ("cjk_speaker_names_full_width_colon.txt", "佐々木"),
    ],
)
def test_a_chinese_or_japanese_label_or_title_names_the_interviewee(fixture: str, interviewee: str) -> None:
    draft = import_file(FIXTURES / fixture)

    assert draft.knowledge.interview.interviewee == interviewee
    assert "记者" not in draft.knowledge.pairs[0].answer
    assert draft.knowledge.interview.id == "interview"


def test_a_heading_that_repeats_the_title_with_the_guest_after_it_is_no_standfirst() -> None:
    # The header's title, then a "#" heading of the same words and the guest: no sentence about the interview.
    draft = import_file(FIXTURES / "podcast_heading_repeating_the_title.md")

    assert draft.knowledge.interview.standfirst is None


def test_a_title_billing_name_role_organisation_and_month_reads_each_and_dates_the_interview() -> None:
    """'INTERVIEW - Ines Calder, Dir, Harbour Trust - March, 1998', posted in 2006: the name, the role as
    printed, the organisation and the month the title gives the interview, the posting date said too; the
    publication is the site the page names (og:site_name)."""
    draft = import_file(FIXTURES / "bold_questions_closing_thanks_and_posting_line.html")
    interview = draft.knowledge.interview

    assert interview.interviewee == "Ines Calder"
    assert interview.role == "Dir"
    assert interview.organisation == "Harbour Trust"
    assert interview.published == "March 1998"
    assert any("'March 1998'" in line and "'3 May 2006'" in line for line in draft.review)
    assert "in Coastline Quarterly" in draft.yaml


def test_seo_keywords_made_only_of_everyday_words_are_no_tags() -> None:
    """A keywords meta tag filled by a plugin ("make sure", "get", "want", "think", "new") gives as tags
    only the keywords that name a topic: an everyday word or phrase would match any question."""
    draft = import_file(FIXTURES / "bold_questions_closing_thanks_and_posting_line.html")

    assert draft.knowledge.interview.tags == ("harbour", "dredging", "breakwater")


def test_tags_the_writer_chose_are_kept_whole() -> None:
    found = metadata({"tags": "work, life, new"})

    assert found.tags == ("work", "life", "new")


def test_the_rights_statements_and_the_marks_around_a_transcript_are_no_lead_and_no_answer() -> None:
    draft = import_file(FIXTURES / "rights_statements_over_the_transcript.md")

    assert draft.knowledge.interview.standfirst is None
    assert "hereby" not in draft.yaml and "TRANSCRIPT" not in draft.yaml
    assert draft.knowledge.pairs[-1].answer.strip() == (
        "A pencil never runs out of battery, and the book has never lost a page."
    )


def test_a_forum_archives_trail_with_angle_brackets_ends_on_the_posts_title() -> None:
    interview = import_file(FIXTURES / "forum_archive_trail_over_the_post.html").knowledge.interview

    assert interview.title == "[Q&A] Ten questions for Petra Lund"


def test_an_angle_bracket_in_a_headline_that_is_not_the_pages_title_is_kept() -> None:
    page = (
        "<html><head><title>Harbour Notes</title></head><body><h1>Sail > Steam: Ann Marsh on the last "
        "schooners</h1><p><b>Why did sail lose?</b></p><p>Coal was cheap and the tide waits for no one.</p>"
        "<p><b>Do you miss it?</b></p><p>Every single morning, when the mist is on the water.</p>"
        "</body></html>"
    )

    assert import_text(page, kind="html").knowledge.interview.title.startswith("Sail > Steam")


def test_an_archives_note_on_its_copy_is_no_standfirst_the_posts_first_paragraph_is() -> None:
    interview = import_file(FIXTURES / "forum_archive_trail_over_the_post.html").knowledge.interview

    assert interview.standfirst == (
        "Petra Lund has restored three wooden pilot cutters. She answered our questions by mail."
    )


def test_words_the_recording_caught_mid_sentence_are_no_standfirst() -> None:
    draft = import_file(FIXTURES / "recording_opens_mid_sentence.txt")

    assert draft.knowledge.interview.standfirst is None
    assert draft.knowledge.interview.title == "Interview with Hedda Lund"
    assert [pair.question for pair in draft.knowledge.pairs[1:]] == [
        "Where did you learn to bind books?",
        "Do you still bind every book by hand?",
    ]
