"""Properties of the whole extraction pipeline on arbitrary text: it never raises, and every row's spans
round-trip to the text (``text[start:end] == sentence``)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lib.extract import extract_document
from lib.extract.document import document_from_text

# fragments of news copy, recombined with noise, so the extractors' patterns actually fire
FRAGMENTS = [
    "Israeli and Palestinian officials met in Cairo on Sunday", "“We reject the talks,” Hamas said.",
    "killed 18 Palestinians, including children, and wounded over 40", "ISLAMABAD, November 16 (RIA Novosti) - ",
    "Egypt's foreign ministry said", "last week", "on Feb. 12", "the Gaza Strip", "Sharm al-Sheikh",
    "according to an AFP tally", "Subscribe", "(photo credit: REUTERS)", "Abbas Kamel visited Ramallah",
    "« Nous refusons »", "said:", "\n", "\n\n", ". ", ", ", "“", "”", "'", "(", ")", "1967", "dozens",
    "Заголовок", "مرحبا", "\ufeff", "\u00a0", "Mr.", "U.S.", "the next day", "at least 1,200 Israelis",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=30),
       published=st.sampled_from(["", "2023-03-19", "2021-06", "2006"]))
def test_pipeline_never_raises_and_spans_round_trip(parts, published):
    text = "".join(parts)
    doc = document_from_text("p", text, published=published)
    result = extract_document(doc)
    for m in result.mentions:
        assert text[m.start:m.end] == m.text
        assert text[m.sentence_start:m.sentence_end] == m.sentence
    for rows in (result.events, result.statements, result.casualties):
        for r in rows:
            assert text[r.start:r.end] == r.sentence
    for s in result.statements:
        assert text[s.quote_start:s.quote_end] == s.quote or not s.quote
    for c in result.casualties:
        assert text[c.text_start:c.text_end] == c.text
