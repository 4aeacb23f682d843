"""CQE NewsQuant (English news sentences): value F1 and value+unit F1 of the number layer,
scored as the CQE evaluation does. The floors only go up."""

from __future__ import annotations

import pytest

from benchmarks import quantities_specs as specs

pytestmark = pytest.mark.skipif(not specs.NEWSQUANT.is_file(), reason="peer specs are not present")

VALUE_F1_FLOOR = 0.92
VALUE_UNIT_F1_FLOOR = 0.64


def test_newsquant_f1() -> None:
    by_value, by_unit = specs.score_newsquant(specs.newsquant_sentences())
    assert by_value.gold > 800
    assert by_value.f1 >= VALUE_F1_FLOOR
    assert by_unit.f1 >= VALUE_UNIT_F1_FLOOR
