"""Sizes written into model names, which "the larger model" compares."""

from __future__ import annotations

import pytest

from checker.extract import size_in_name


@pytest.mark.parametrize(
    ("name", "size"),
    [
        ("OLMo 2 13B", 13e9),
        ("Llama-3.1-405B", 405e9),
        ("Mixtral 8x22B", 176e9),
        ("Granite 3.0 3B-A800M", 3e9),
        ("Qwen2.5-0.5B", 0.5e9),
        ("Phi-3.5", None),
        ("GPT-4o", None),
        ("Falcon 180B", 180e9),
        ("OpenLLaMA 3Bv2", 3e9),
    ],
)
def test_size_in_name(name: str, size: float | None) -> None:
    assert size_in_name(name) == (pytest.approx(size) if size is not None else None)
