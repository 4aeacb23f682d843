"""The steps that compare claims or names do less than all pairs, and decide as all pairs would."""

from __future__ import annotations

import random
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.models import Claim, EntityGroup, Qualifier, SourceLocation
from checker.resolve import _possible_look_alikes, look_alike
from checker.rules.values import (
    agree,
    all_agree,
    documents_disagree,
    scale_explanation,
    scale_steps,
)

TOLERANCE = 0.01


def claim(index: int, value: float, qualifier: Qualifier, path: str) -> Claim:
    return Claim(
        id=f"c{index}",
        entity="Torvik-2",
        entity_text="Torvik-2",
        attribute="parameters",
        value=value,
        unit="parameter",
        qualifier=qualifier,
        upper=value * 2 if qualifier is Qualifier.RANGE else None,
        text=str(value),
        language="en",
        source=SourceLocation(path=path, line=1, column=1),
    )


figures = st.lists(
    st.tuples(
        st.sampled_from([7e9, 7e12, 7.05e9, 8e9, 7e6]),
        st.sampled_from(list(Qualifier)),
        st.sampled_from(["a.md", "b.md", "c.md", "d.md"]),
    ),
    min_size=1,
    max_size=12,
)


def claims_of(drawn: list[tuple[float, Qualifier, str]]) -> list[Claim]:
    return [claim(i, value, qualifier, path) for i, (value, qualifier, path) in enumerate(drawn)]


def every_pair_agrees(claims: list[Claim]) -> bool:
    return all(agree(a, b, TOLERANCE) for a, b in combinations(claims, 2))


def every_pair_scale(claims: list[Claim]) -> dict[str, int] | None:
    anchor = max(claims, key=lambda c: sum(agree(c, other, TOLERANCE) for other in claims))
    steps: dict[str, int] = {}
    for c in claims:
        found = 0 if agree(c, anchor, TOLERANCE) else scale_steps(c, anchor, TOLERANCE)
        if found is None:
            return None
        steps[c.id] = found
    if not any(steps.values()):
        return None
    consistent = all(
        agree(a, b, TOLERANCE, scale=1000.0 ** (steps[a.id] - steps[b.id]))
        for a, b in combinations(claims, 2)
    )
    return steps if consistent else None


def every_pair_of_documents_disagrees(claims: list[Claim]) -> bool:
    by_path: dict[str, list[Claim]] = {}
    for c in claims:
        by_path.setdefault(c.source.path, []).append(c)
    return any(
        not any(agree(a, b, TOLERANCE) for a in left for b in right)
        for left, right in combinations(by_path.values(), 2)
    )


@settings(max_examples=300, deadline=None)
@given(figures)
def test_distinct_figures_decide_as_all_pairs(drawn: list[tuple[float, Qualifier, str]]) -> None:
    claims = claims_of(drawn)
    assert all_agree(claims, TOLERANCE) == every_pair_agrees(claims)
    assert scale_explanation(claims, TOLERANCE) == every_pair_scale(claims)
    assert documents_disagree(claims, TOLERANCE) == every_pair_of_documents_disagrees(claims)


def test_look_alike_index_finds_every_pair_all_pairs_find() -> None:
    rng = random.Random(3)
    letters = "aeiourstnlkm"
    names: set[str] = set()
    while len(names) < 600:
        word = "".join(rng.choice(letters) for _ in range(rng.randint(2, 11))).capitalize()
        name = rng.choice([word, f"{word}-{rng.randint(1, 3)}", f"{word} {rng.randint(1, 3)} Pro"])
        names.add(name)
        if rng.random() < 0.3:  # the same name mistyped
            letters_of = list(name)
            letters_of[rng.randrange(len(name))] = rng.choice(letters)
            names.add("".join(letters_of))
    entities = [EntityGroup(canonical=name, variants=[name]) for name in sorted(names)]
    every_pair = {
        (a.canonical, b.canonical)
        for a, b in combinations(entities, 2)
        if look_alike(a.canonical, b.canonical)
    }
    indexed = {
        (a.canonical, b.canonical)
        for a, b in _possible_look_alikes(entities)
        if look_alike(a.canonical, b.canonical)
    }
    assert every_pair, "the names are made to contain look-alikes"
    assert indexed == every_pair
