"""Reading a page, for the tests of the sources package: the text of each block read_source finds."""

from bot.importer.sources import read_source


def texts(source_text: str, **kwargs) -> list[str]:
    return [block.text for block in read_source(source_text, **kwargs).blocks]
