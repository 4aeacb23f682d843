"""Microsoft Recognizers-Text Number and Currency specs (EN/FR/DE): the share of supported
cases whose multiset of values we reproduce. The floors only go up."""

from __future__ import annotations

import pytest

from benchmarks import quantities_specs as specs

pytestmark = pytest.mark.skipif(not specs.RT_SPECS.is_dir(), reason="peer specs are not present")

FLOORS = {
    "Number/English/NumberModel.json": 0.94,
    "Number/French/NumberModel.json": 0.93,
    "Number/German/NumberModel.json": 0.91,
    "NumberWithUnit/English/CurrencyModel.json": 0.96,
    "NumberWithUnit/French/CurrencyModel.json": 1.0,
    "NumberWithUnit/German/CurrencyModel.json": 1.0,
}
OVERALL_FLOOR = 0.95
# find_ordinals on every Ordinal case of the three languages.
ORDINAL_FLOOR = 0.84


@pytest.fixture(scope="module")
def score() -> specs.RtScore:
    return specs.score_rt(specs.rt_cases())


def test_overall_pass_rate(score: specs.RtScore) -> None:
    assert score.total > 500
    assert score.rate >= OVERALL_FLOOR


@pytest.mark.parametrize("file", sorted(FLOORS))
def test_pass_rate_per_file(file: str) -> None:
    cases = [case for case in specs.rt_cases() if case.file == file]
    assert cases
    assert specs.score_rt(cases).rate >= FLOORS[file]


def test_ordinal_pass_rate() -> None:
    cases = specs.rt_ordinal_cases()
    assert len(cases) > 80
    assert specs.score_rt(cases).rate >= ORDINAL_FLOOR


def test_scoring_rejects_a_wrong_multiset() -> None:
    assert specs.same_multiset([1.0, 2.0], [2.0, 1.0])
    assert not specs.same_multiset([1.0], [1.0, 1.0])
    assert not specs.same_multiset([1.0, 3.0], [1.0])
