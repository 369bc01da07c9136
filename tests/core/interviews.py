"""Knowledge folders for engine tests: the bundled interview, a second one sharing its pair ids, and a
generated one with many pairs."""

import shutil
from pathlib import Path

import yaml

from tests.bundled import BUNDLED_INTERVIEW

INTERVIEW = "biodlink-jun-liu-2024"

SECOND = "grace-hopper-fermenters"
SECOND_INTERVIEW = {
    "interview": {
        "id": SECOND,
        "title": "Grace Hopper on fermenters",
        "interviewee": "Grace Hopper",
        "role": "Chief Engineer",
        "organisation": "Fermenters Inc",
        "published": "2024-01-15",
    },
    "pairs": [
        {
            "id": "about",
            "kind": "about",
            "question": "Who is Grace Hopper, and what is this interview about?",
            "answer": "Grace Hopper is Chief Engineer of Fermenters Inc. She talks about brewing vessels.",
        },
        {
            "id": "career",
            "question": "How did your career begin?",
            "answer": "I started as a lab technician at a brewery in Munich in 1995. "
            "Later I designed fermentation tanks for a dairy.",
        },
        {
            "id": "bioreactors",
            "question": "How big are your bioreactors?",
            "answer": "Our bioreactors hold 5,000 litres in total. They run day and night.",
            "quotes": ["Our bioreactors hold 5,000 litres in total."],
        },
    ],
}

HARBOUR = "harbour-master"
HARBOUR_PAIRS = 40


def harbour_interview(pairs: int = HARBOUR_PAIRS) -> dict:
    """A generated interview whose every pair shares the words of the question asked of it: many ties."""
    return {
        "interview": {"id": HARBOUR, "title": "The harbour master", "interviewee": "Hal Harbour"},
        "pairs": [
            {
                "id": f"berth-{number:02d}",
                "question": f"What happens at berth {number:02d}?",
                "answer": f"Berth {number:02d} of the harbour takes ships daily. The harbour never sleeps.",
            }
            for number in range(1, pairs + 1)
        ],
    }


def write_knowledge(directory: Path, *interviews: dict, bundled: bool = False) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    if bundled:
        shutil.copy(BUNDLED_INTERVIEW, directory)
    for data in interviews:
        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
        (directory / f"{data['interview']['id']}.yaml").write_text(text, encoding="utf-8")
    return directory
