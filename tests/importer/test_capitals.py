"""A line printed in capitals is read back as the page's own mixed-case text prints its words."""

from bot.importer.capitals import Casing

BODY = (
    "Ivo Brandt has run the Lunar Gateway office at NASA since 2019. As CEO he answers to the agency.",
    "IVO BRANDT: Of course. Mary McDonald hired me.",  # a label in capitals is no evidence
)


def test_a_word_the_text_prints_in_capitals_keeps_them_and_a_name_is_title_cased() -> None:
    casing = Casing.of(BODY)

    assert casing("IVO BRANDT, CEO OF NASA'S LUNAR GATEWAY OFFICE") == (
        "Ivo Brandt, CEO of NASA's Lunar Gateway Office"
    )
    assert casing("MARY MCDONALD AND SEAN O'BRIEN-SMITH") == "Mary McDonald and Sean O'Brien-Smith"


def test_without_evidence_every_word_is_title_cased_even_a_short_one() -> None:
    assert Casing.of(["A page with no capitals in it."])("IVO NG, CEO") == "Ivo Ng, Ceo"


def test_a_line_mostly_in_capitals_is_no_evidence_and_mixed_case_text_stays_as_printed() -> None:
    casing = Casing.of(["IVO BRANDT OF NASA, an interview"])

    assert casing("IVO BRANDT") == "Ivo Brandt"
    assert casing("Ivo BRANDT of NASA") == "Ivo BRANDT of NASA"
