"""Words that carry no topic, and everyday words that mean the same thing in a business interview.

The interview-specific vocabulary (abbreviations, a pair's own key terms and aliases) lives in the
knowledge files; this module holds only general English that applies to any interview.
"""

from __future__ import annotations


def _words(text: str) -> list[str]:
    return text.split()


# "Thoughts", "opinion", "views" and their like ask for the interviewee's view, which every answer is: they
# name no topic ("thoughts on ADCs?"); held out they change nothing on the corpus, which has few of them.
# The last two lines are chat shorthand and fillers members type inside a question ("can u…", "…pls lol"),
# where no clause sets them apart as an aside: held out, they moved right answers from 0.657 to 0.662 and
# abstentions on unanswerable questions from 0.791 to 0.797 (`python -m eval --quick`).
STOPWORDS = frozenset(
    _words(
        """
        a about above after again against all also am an and any are aren as at be because been before being
        below between both but by can cannot could couldn did didn do does doesn doing don down during each
        few for from further had hadn has hasn have haven having he her here hers herself him himself his
        how i if in into is isn it its itself just let me mine more most much my myself no nor not now of
        off on once only or other ought our ours ourselves out over own same shall she should shouldn so
        some such than that the their theirs them themselves then there these they this those through to too
        under until up very was wasn we were weren what whats when where which while who whom whose why will
        with won't would wouldn you your yours yourself yourselves ask asked tell told say said says know
        knows explain describe mention mentioned please thanks thank hi hello hey yo bot question questions
        answer anything something someone somebody thing things like kind sort bit lot lots really actually
        exactly currently today ever even still yet get got gets give gives go goes going gone make makes
        made many one ones way ways s t d ll re ve m according thoughts thinks opinion opinions views stance
        perspective
        u ur pls plz thx ty lol lmao btw tbh imo imho idk fyi rn tho kinda sorta gonna wanna gotta dunno
        anyway anyways basically honestly literally guys ok okay yeah yep hmm um uh abt bc cuz coz ya
        """
    )
)

# Each line is a group of words people use interchangeably in questions about a company; a question
# using any of them also matches text using the others.
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = tuple(
    tuple(line.split())
    for line in """
    found founded founding establish established establishment start started begin began launch launched
    create created creating establish
    first initial initially original originally earliest
    revenue revenues sales turnover income
    profit profits profitable profitability earnings money
    money revenue funding finances financial financials
    grow grew growth increase increased rise rose surge surged jump boost
    decline declined decrease decreased fall fell drop dropped shrink
    client clients customer customers
    factory factories plant plants facility facilities site sites infrastructure
    different difference differences differentiate differentiation distinctive distinguish unique
    interview interviews article articles piece story conversation
    big bigger biggest large larger largest huge size
    capacity volume
    country countries nation nations
    abroad overseas international internationally global globally foreign worldwide
    approval approve approved certification certificate certified accreditation
    inspection inspections audit audits audited
    regulator regulators agency agencies authority authorities
    price prices pricing
    cheap cheaper cost costs affordable expensive
    competition competitor competitors rival rivals competitive
    employee employees staff workforce people team talent specialists
    plan plans strategy strategic vision goal goals objective objectives ambition roadmap
    future ahead upcoming coming
    university college school
    study studied studies education educated degree
    job role position title career
    branch branches office offices subsidiary subsidiaries
    hire hiring recruit recruiting
    fund funding investment investments investor investors capital financing
    drug drugs medicine medicines therapeutics therapy treatment treatments
    cancer oncology tumour tumor
    leading leader leaders leadership top
    advantage advantages strength strengths edge benefit benefits
    challenge challenges difficulty difficulties problem problems obstacle bottleneck barrier barriers
    trend trends shift shifts change changes
    outsource outsourcing outsourced contract
    visit visited visits host hosted tour
    locate located location based headquartered headquarters
    owner owners shareholder shareholders
    boss chief head ceo
    fast faster quick quickly speed rapid rapidly accelerate
    expand expanding expansion extend extending
    partner partners partnership partnerships collaborator collaborators
    year years annual
    percent percentage
    decide decided decision decisions
    bachelor bachelors undergraduate graduate
    serve served serving provide provided providing supply supplied
    worse worsen worsened intensify intensified intense tougher harder
    late later advanced mature
    program programme programmes programs project projects
    # irregular verb forms that stemming does not join
    build building built
    begin began begun
    grow grew grown
    lead led
    win won
    sell sold
    buy bought
    think thought
    bring brought
    hold held
    meet met
    pay paid
    rise rose risen
    spend spent
    become became
    choose chose chosen
    fall fell fallen
    leave left
    """.strip().splitlines()
    if not line.strip().startswith("#")
)
