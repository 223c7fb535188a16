"""Claims: the article's casualty records, assembled from the figures of each sentence.

Idea: a figure becomes a ``CasualtyClaim`` with its period, source and place; sub-counts point to their parent;
repeats are dropped (a sentence repeating an earlier one, a headline figure restating a body figure, a figure
with no group when another gives the same figure with one).

Approach: ``extract`` reads the body sentences in order, turns each ``Draft`` into a claim, resolves "others" and
figures pointing back to the previous sentence's group, inherits the main claim's group where the text names none,
and keeps headline and caption claims only when they add something.

Example:
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract import Context
    >>> doc = document_from_text("a2", "The war has killed hundreds and wounded 20 others.", published="2023-05-21")
    >>> [(c.count, c.count_min, c.qualifier, c.group) for c in extract(Context(doc=doc))]
    [(None, 100, 'vague', ''), (20, 20, '', 'others')]
"""
from __future__ import annotations

import re

from lib.extract.casualties.figures import sentence_drafts
from lib.extract.casualties.lexicon import CONTINUATION_OPENERS, Tok, adjective_of, lexicon, plural_of, tokenize
from lib.extract.casualties.outcomes import Draft
from lib.extract.casualties.periods import period_for, periods
from lib.extract.casualties.sources import sources
from lib.extract.casualties.subcounts import cue_host, cue_outcome, in_custody, subcount_parent
from lib.models import CasualtyClaim, Document, Sentence

# Regions whose sentences never carry claims; headline and caption claims are kept only when new.
SKIP_REGIONS = frozenset({"boilerplate", "credit", "related", "foreign", "dateline"})
INCIDENT_CUES = frozenset("""strike airstrike raid attack shelling bombing explosion blast shooting clash clashes
    ambush incident operation when after crash stabbing""".split())
INCIDENT_CUE = re.compile(r"\b(?:" + "|".join(sorted(INCIDENT_CUES)) + ")")  # any cue at a word start
# Groups that name the dead themselves: a wounded figure never inherits them ("the number of martyrs has risen to
# 900, in addition to 2,000 injured": the injured are no martyrs).
DEAD_GROUPS = frozenset({"martyrs"})
DEFINITE = re.compile(r"\b(?:the|these|those)\s+$")  # before a figure: the figure is one the reader knows
# Words joining a figure to the one before it as its companion in one tally ("..., with 78,000 wounded").
ACCOMPANYING = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:with|in addition to|as well as|plus|while)\W+(?:\w+\W+){0,3}$")
CUMULATIVE_CUES = ("so far", "to date", "overall", "in all", "altogether", "in total", "cumulative")
# A place is the incident's location only after a locative preposition ("in Jenin", "an area of Gaza"),
# not as a modifier ("Wednesday's Gaza offensive") or an origin ("rockets from Gaza").
LOCATIVE = re.compile(r"\b(?:in|near|at|on|outside|inside|across|into|of|around|throughout)\s+(?:the\s+)?"
                      r"(?:[\w'’-]+\s+){0,2}$", re.I)


def _mentions_place(ctx, sentence: Sentence, pos: int, exclude: list[tuple[int, int]]) -> str:
    places = ctx.in_sentence(ctx.places, sentence) if ctx.places else []
    places = [p for p in places if not any(a <= p.start - sentence.start < b for a, b in exclude)
              and LOCATIVE.search(ctx.doc.text[max(sentence.start, p.start - 40):p.start])]
    if not places:
        return ""
    best = min(places, key=lambda p: abs(p.start - pos))
    return best.value or best.text


def extract(ctx) -> list[CasualtyClaim]:
    r"""Casualty figures with outcome, group, period and source, read on the document's reading view (a hard-wrapped
    text's breaks as spaces, a word cut at a line's end joined: "7,300 Palestini-\nans" is read "7,300
    Palestinians"; ``reading.unwrapped``) and recorded with the raw text's offsets and words.

    >>> from lib.extract.document import document_from_text
    >>> from lib.extract import Context
    >>> doc = document_from_text("a1", "Nearly 1,200 Israelis are believed to have been killed.", published="2023-10-20")
    >>> [(c.count, c.count_max, c.qualifier, c.outcome, c.group) for c in extract(Context(doc=doc))]
    [(1200, 1200, 'nearly', 'killed', 'Israelis')]
    """
    from lib.extract.reading import moved_words, unwrapped

    view = unwrapped(ctx.doc)
    if view is ctx.doc:
        return _extract(ctx, view)
    return _to_raw(_extract(ctx, view), ctx.doc.text, moved_words(ctx.doc))


def _to_raw(claims: list[CasualtyClaim], raw: str, moved: tuple[tuple[int, int, int], ...]) -> list[CasualtyClaim]:
    r"""``claims`` read on the reading view, with the raw text's offsets, words and ids (a sub-count's parent too).

    >>> raw = "Strikes killed 12 Palestini-\nans."  # read "Strikes killed 12   Palestinians."
    >>> c = CasualtyClaim.make("a", start=0, end=33, text_start=15, text_end=32, outcome="killed")
    >>> [(d.text, d.sentence) for d in _to_raw([c], raw, ((20, 29, 2),))]
    [('12 Palestini-\nans', 'Strikes killed 12 Palestini-\nans.')]
    """
    from lib.extract.reading import to_raw

    out: list[CasualtyClaim] = []
    ids: dict[str, str] = {}
    for c in claims:
        a, b, ts, te = (to_raw(moved, x) for x in (c.start, c.end, c.text_start, c.text_end))
        new = CasualtyClaim.make(c.article_id, start=a, end=b, text_start=ts, text_end=te, outcome=c.outcome)
        ids[c.claim_id] = new.claim_id
        out.append(c.replace(claim_id=new.claim_id, start=a, end=b, text_start=ts, text_end=te, text=raw[ts:te],
                             sentence=raw[a:b]))
    return [c.replace(parent_id=ids.get(c.parent_id, c.parent_id)) if c.parent_id else c for c in out]


def _extract(ctx, doc: Document) -> list[CasualtyClaim]:
    """The claims of ``doc`` (the document as read), in its offsets."""
    from lib.extract.dates import governing_date

    claims: list[CasualtyClaim] = []
    last_period: tuple[str, str, str] | None = None
    chain: list[int] = []  # indices of claims sharing a period through "over the same period"
    body_keys: set[tuple] = set()
    held: list[CasualtyClaim] = []  # headline/caption claims, kept when they add something
    previous: list[CasualtyClaim] = []  # the claims of the sentence just read, for continuations
    tolls: set[str] = set()  # claims of a toll naming no group ("the death toll has passed 40,000")
    for sentence in doc.sentences:
        if sentence.duplicate_of is not None or sentence.region in SKIP_REGIONS:
            continue
        toks = tokenize(sentence.text)
        drafts = sentence_drafts(toks)
        before, previous = previous, []
        if not drafts:
            continue
        pers = periods(doc, sentence)
        srcs = sources(sentence.text)
        lowered = sentence.text.lower()
        incident_cue = INCIDENT_CUE.search(lowered) is not None
        made: list[CasualtyClaim] = []
        by_draft: dict[int, CasualtyClaim] = {}
        by_pronoun: set[str] = set()
        for n, d in enumerate(drafts):
            q, g = d.quant, d.group
            tok = toks[d.quant.i]
            rel = tok.start
            text_end_rel = toks[(g.j if g and (g.words or g.outcome) else q.j) - 1].end
            outcome = d.outcome
            parent_id = ""
            if "sibling_sub" in d.extra:  # "including 65 children and 39 women": the list shares its parent
                sib = by_draft.get(d.extra["sibling_sub"])
                if sib is None:
                    continue  # the list's first item gave no claim (custody, no outcome)
                parent = next((c for c in [*by_draft.values(), *reversed(claims), *before]
                               if sib.parent_id and c.claim_id == sib.parent_id), None)
                parent_id = sib.parent_id
                if parent is not None:
                    d.extra["parent"] = parent
                if outcome == "?":
                    outcome = sib.outcome
            elif "subcount" in d.extra and outcome != "?" and not by_draft and \
                    (g is None or g.outcome and not g.words) and cue_host(toks, d) is not None:
                # "94 hostages remain in Gaza, including at least 34 dead": the figure names only its outcome and
                # no figure before it in the sentence is a claim, so it is a part of the noun the cue hangs on
                g = cue_host(toks, d)
            elif "subcount" in d.extra:
                parent, lo = subcount_parent(d, outcome, toks, drafts, by_draft, claims, before)
                if in_custody(toks, lo, d, parent):
                    continue  # "the release of four hostages, including two women"
                if parent is not None:
                    parent_id = parent.claim_id
                    d.extra["parent"] = parent
                    if outcome == "?":
                        outcome = parent.outcome
                if outcome == "?":
                    outcome = cue_outcome(d.extra["subcount"]) or "?"
            if outcome == "?":
                continue
            group_words = g.words if g else ""
            norm = g.norm if g else ""
            nationality = g.nationality if g else ""
            generic = g.generic if g else True
            # a figure without a group of its own takes the main claim's group, never a sub-count's
            # ("killed 140 Palestinians, including 33 children, and wounded about 1,000")
            prev = _main_claim(made)
            if prev is None and before and not parent_id and _anaphoric(d, toks):
                prev = _main_claim(before)  # "Two others were hurt." after "... killed three Palestinians."
            if prev is not None and g and norm == "others" and not parent_id:
                # "wounded 11 others" after "killed five civilians": the text's word stays, the group it points
                # back to is the normalised group ("other civilians", group_norm "civilians")
                # (a subject whose outcome a later pronoun gives is not whom "others" points back to)
                back = _others_antecedent([c for c in made if c.claim_id not in by_pronoun] or before)
                if back:
                    group_words, norm = _others(back[0]), back[1]
            elif prev is not None and d.inherit_group and not (prev.group_norm in DEAD_GROUPS and outcome != prev.outcome):
                group_words, norm = plural_of(prev.group), prev.group_norm
                if d.extra.get("toll") and prev.count == 1 and (q.count or 0) > 1:
                    # "a 3-year-old child died ..., raising the death toll to 12": a toll after one person counts
                    # that person's people, if the text names one, not more of that person
                    group_words = norm = prev.group_norm if prev.group_norm[:1].isupper() else ""
            elif made and g and generic and not nationality and not parent_id and d.extra.get("active") and \
                    not d.extra.get("sibling") and prev is not None and prev.group_norm[:1].isupper():
                # a second verb of the same subject: "the rocket killed an Israeli woman and injured two men" (the
                # men share the nationality). A new clause with a subject of its own ("..., and 1,900 people were
                # wounded") or a second object of one verb ("killed 2,200 Palestinians and 73 people on the Israeli
                # side") names its own group. The text's noun stays in the group ("Israeli men"), the people
                # plural is the normalised group.
                adjective = adjective_of(prev.group_norm)
                if adjective and group_words:
                    group_words, norm = f"{adjective} {group_words}", prev.group_norm
                else:
                    nationality = norm = prev.group_norm
            if nationality and generic:
                group = nationality
            else:
                group = group_words
            if d.extra.get("tail") and group:  # "four of them with gunshot wounds": people with gunshot wounds
                group = f"{group} {d.extra['tail']}"
            # period and kind
            near = period_for(d, rel, pers, drafts, toks)
            period, pstart, pend = "", "", ""
            if near is not None:
                period = near.text
                if near.same and last_period:
                    pstart, pend = last_period[1], last_period[2]
                else:
                    pstart, pend = near.period_start, near.period_end
            cumulative = bool(near) or d.extra.get("toll") or any(c in lowered for c in CUMULATIVE_CUES) or (
                d.aux_perfect and not incident_cue)
            kind = "cumulative" if cumulative else "incident"
            if kind == "incident" and made and made[-1].kind == "cumulative" and \
                    ACCOMPANYING.search(lowered[made[-1].text_end - sentence.start:rel]):
                kind = "cumulative"  # "the death toll climbed to 35,000, with 78,000 wounded": the toll's tally
            if "parent" in d.extra:  # a sub-count shares its parent's tally
                par = d.extra["parent"]
                kind, period, pstart, pend = par.kind, par.period, par.period_start, par.period_end
            src = _nearest_source(srcs, sentence.text, rel)
            ref = governing_date(doc, ctx.dates, sentence, sentence.start + rel)
            date = ref.value
            if kind == "cumulative" and pend:
                date = pend
            location = _mentions_place(ctx, sentence, sentence.start + rel,
                                       [(s.start, s.end) for s in srcs])
            claim = CasualtyClaim.make(
                doc.article_id, start=sentence.start, end=sentence.end,
                text_start=sentence.start + rel, text_end=sentence.start + text_end_rel, outcome=outcome,
                count=None if q.kind == "vague" else q.count, count_min=q.count_min, count_max=q.count_max,
                qualifier=q.qualifier,
                group=group, group_norm=norm, parent_id=parent_id, kind=kind, period=period,
                period_start=pstart, period_end=pend, reported_by=src.name if src else "",
                location=location, date=date, date_basis=ref.basis,
                text=sentence.text[rel:text_end_rel], sentence=sentence.text, region=sentence.region)
            by_draft[n] = claim
            if d.extra.get("example"):
                continue  # "among them a medic": the list's next item may point to it, the record holds no claim
            made.append(claim)
            if d.extra.get("pronoun"):
                by_pronoun.add(claim.claim_id)
            if not group and d.extra.get("toll"):
                tolls.add(claim.claim_id)
        if sentence.region == "body":
            previous = made
        for claim in made:
            key = (_figure(claim), claim.outcome, claim.group_norm.lower())
            if sentence.region != "body":
                held.append(claim)
                continue
            if key in body_keys and not claim.parent_id:
                continue
            if not claim.parent_id and claim.count and DEFINITE.search(lowered[:claim.text_start - sentence.start]) \
                    and any(k[:2] == key[:2] for k in body_keys):
                continue  # "the 11 martyrs included ...": a definite figure names an earlier figure again
            body_keys.add(key)
            # "over the same period": one tally shared by both sentences, sources filled both ways
            if claim.period and any(p.same and p.text == claim.period for p in pers):
                chain.append(len(claims))
            elif claim.period:
                chain = [len(claims)]
            claims.append(claim)
            if claim.period:
                last_period = (claim.period, claim.period_start, claim.period_end)
        if chain:
            named = [claims[k].reported_by for k in chain if claims[k].reported_by]
            if named:
                for k in chain:
                    if not claims[k].reported_by:
                        claims[k] = claims[k].replace(reported_by=named[-1])
    body = list(claims)
    for claim in held:  # a headline's "Dozens killed" restates the body's figures too
        if not any(c.outcome == claim.outcome and (_figure(c) == _figure(claim) or claim.qualifier == "vague")
                   for c in claims):
            claims.append(_with_lede_group(claim, body))
    # A figure naming no group ("bus bomb wounded 28", a subtitle the region finder took for body) is kept only
    # when no other claim gives the same figure with a group: a groupless row still tells an analyst that a
    # figure was claimed, but next to the full row it is a duplicate.
    named = {(_figure(c), c.outcome) for c in claims if c.group}
    parents = {c.parent_id for c in claims}
    kept = [c for c in claims if c.group or c.claim_id in parents or (_figure(c), c.outcome) not in named]
    kept = _tally_groups([c for c in kept if not _counted_before(c, kept)], tolls)
    # a toll, or any figure, that no text names a group for counts people ("the death toll in the enclave has passed
    # 40,000", "put the death toll at 604, with 5,127 injured"); a vague plural with no group stays groupless
    return [c.replace(group="people", group_norm="people") if not c.group and (c.claim_id in tolls or c.count is not None)
            else c for c in kept]


# "a third soldier was killed" after "killed three soldiers": the ordinal's person is one of that earlier figure
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
            "tenth": 10}


def _counted_before(claim: CasualtyClaim, claims: list[CasualtyClaim]) -> bool:
    """Is this "a third soldier" figure one of an earlier figure of its outcome counting at least that many of the
    same noun ("shot dead three soldiers ... a third soldier was killed")? A fourth soldier wounded after three
    killed is a new figure."""
    words = claim.group.lower().split()
    if claim.count != 1 or len(words) < 2 or words[0] not in ORDINALS:
        return False
    head = words[-1]
    return any(c.text_start < claim.text_start and c.outcome == claim.outcome and (c.count or 0) >= ORDINALS[words[0]]
               and any(w.startswith(head) for w in c.group.lower().split()) for c in claims)


# A toll is the same running tally as another figure of its outcome when the two differ by at most this share
# ("more than 39,000 Palestinians" ... "the death toll rose to 39,090").
TALLY_SHARE = 0.05


def _tally_groups(claims: list[CasualtyClaim], tolls: set[str]) -> list[CasualtyClaim]:
    """A toll naming no group takes the group of the article's figure that gives the same running tally (same
    outcome, a count within ``TALLY_SHARE``, the nearest such figure), and a figure of its sentence naming no group
    takes it too ("... more than 39,000 Palestinians. The death toll rose to 39,090, with 90,147 injured":
    Palestinians both). A toll near no named figure keeps no group (it counts people, below)."""
    out = list(claims)
    for k, toll in enumerate(out):
        if toll.claim_id not in tolls or toll.group or not toll.count:
            continue
        twins = [c for c in out if c.group and not c.parent_id and c.outcome == toll.outcome and c.count
                 and abs(c.count - toll.count) <= TALLY_SHARE * max(c.count, toll.count)]
        if not twins:
            continue
        twin = min(twins, key=lambda c: abs(c.text_start - toll.text_start))
        group, norm = plural_of(twin.group), twin.group_norm
        for n, c in enumerate(out):
            if n == k or (c.start == toll.start and not c.group and not c.parent_id
                          and not (norm in DEAD_GROUPS and c.outcome != toll.outcome)):
                out[n] = c.replace(group=group, group_norm=norm)
    return out


def _with_lede_group(claim: CasualtyClaim, body: list[CasualtyClaim]) -> CasualtyClaim:
    """A headline or caption figure naming no group ("Gaza toll rises to 62") takes the group of the body's first
    main claim with its outcome (the lede's "60 Palestinians were killed"); a figure with a group is unchanged."""
    if claim.group:
        return claim
    lede = next((c for c in body if c.outcome == claim.outcome and c.group and not c.parent_id), None)
    if lede is None:
        return claim
    parts = [c for c in body if c.start == lede.start and c.outcome == claim.outcome and not c.parent_id and c.count]
    if len({c.group_norm for c in parts}) > 1 and sum(c.count for c in parts) == claim.count:
        # "Turkish drone strikes kill eight" over "six of its members and two civilians were killed": the sum of
        # several groups counts people
        return claim.replace(group="people", group_norm="people")
    return claim.replace(group=plural_of(lede.group), group_norm=lede.group_norm)


CLAUSE_CUT = re.compile(r";|,\s+(?:while|whereas|but)\b")  # parts of a sentence that may name sources of their own


def _nearest_source(srcs: list, text: str, rel: int):
    """The source nearest the figure at ``rel``, preferring one in the figure's own part of a sentence split by
    semicolons or ", while/whereas/but" ("officials said the raid killed 9; Israel put the number at 7": officials
    for the 9), else None.

    >>> from lib.extract.casualties.sources import sources
    >>> text = "Palestinian officials said the raid killed 9; Israel said it was 7."
    >>> _nearest_source(sources(text), text, text.index("9")).name
    'Palestinian officials'
    """
    if not srcs:
        return None
    cuts = [m.end() for m in CLAUSE_CUT.finditer(text)]
    lo = max((c for c in cuts if c <= rel), default=0)
    hi = min((c for c in cuts if c > rel), default=len(text))
    own = [s for s in srcs if lo <= s.start < hi]
    return min(own or srcs, key=lambda s: abs(s.start - rel))


def _figure(c: CasualtyClaim) -> tuple:
    """What a claim's figure says: its count, or for a vague plural ("hundreds") its lower bound."""
    return (c.count, None) if c.count is not None else (None, c.count_min)


AGE_SEX = frozenset({"children", "women"})  # head norms naming an age or sex within a people, not a role


def _others_antecedent(made: list[CasualtyClaim]) -> tuple[str, str] | None:
    """(group, group_norm) that 'others' points back to among the main claims ``made`` just before, or None.

    The main claims must name one group ("killed a senior official and four of his guards, and wounded 12 others"
    names two: the others stay 'others'). A role stays ("an Israeli soldier was killed. Three others ..." ->
    Israeli soldiers); an age or sex points to its people, or to people ("killed two Yemeni children and injured
    14 others" -> Yemenis; "five children were killed, while 30 others ..." -> people).
    """
    mains = [c for c in made if not c.parent_id and c.group]
    if not mains or len({c.group_norm.lower() for c in mains}) > 1:
        return None
    prev = mains[-1]
    words = tuple(w.lower() for w in prev.group.split())
    heads = lexicon().heads
    head = next((heads[words[n:]] for n in range(len(words)) if words[n:] in heads), None)
    if head is not None and head[0] in AGE_SEX:
        return (prev.group_norm, prev.group_norm) if adjective_of(prev.group_norm) else ("people", "people")
    return prev.group, prev.group_norm


def _others(group: str) -> str:
    """'others' pointing back to a group: 'civilians' -> 'other civilians', '' -> 'others'.

    >>> _others("Israeli woman"), _others(""), _others("other civilians")
    ('other Israeli women', 'others', 'other civilians')
    """
    if not group:
        return "others"
    plural = plural_of(group)
    return plural if plural.lower().startswith("other ") else f"other {plural}"


def _main_claim(made: list[CasualtyClaim]) -> CasualtyClaim | None:
    """The last claim that is not a sub-count (else the last claim), or None."""
    return next((c for c in reversed(made) if not c.parent_id), made[-1] if made else None)


def _anaphoric(d: Draft, toks: list[Tok]) -> bool:
    """Does a figure point back to the previous sentence's group: "two others", "two of them", "dozens more"?"""
    g = d.group
    if g is not None:
        return g.norm == "others" or (g.partitive and not g.words)
    # "dozens more were hurt"; a bare figure opening the sentence ("Four were wounded.")
    return d.quant.j < len(toks) and toks[d.quant.j].low == "more" or all(
        t.low in CONTINUATION_OPENERS for t in toks[:d.quant.i])
