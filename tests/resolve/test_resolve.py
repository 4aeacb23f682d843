from __future__ import annotations

import pytest
from rules.fixtures import claim, document

from checker.models import Aliases, EntityGroup
from checker.resolve import EntityIndex, look_alike, name_key, resolve


@pytest.mark.parametrize(
    "spellings",
    [
        ["Phi-3 Mini", "Phi-3-mini", "phi 3 mini", "Phi-3-Mini", "Phi3Mini", "phi_3.mini"],
        ["GPT-4o", "GPT 4o", "gpt-4o"],
        ["Deep Seek V3", "DeepSeek-V3"],
        ["Gervásio 8B", "Gervasio 8B", "GERVÁSIO-8B"],
    ],
)
def test_spellings_of_one_name_share_a_key(spellings: list[str]) -> None:
    assert len({name_key(s) for s in spellings}) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Phi-3", "Phi-3.5"),
        ("GPT-4", "GPT-4o"),
        ("Orion 1.5", "Orion 2"),
        ("Llama 3", "Llama 3.1"),
        ("MAI-1", "MAI-1-preview"),
        ("Phi-3.5", "Phi-3.5-MoE"),
        ("Gemma 2 9B", "Gemma 29B"),
    ],
)
def test_versions_and_variants_are_different_names(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)
    assert not look_alike(a, b)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("MIA-1", "MAI-1", True),
        ("Lama 3", "Llama 3", True),
        ("Kestrel-7", "Ketsrel-7", True),
        ("GPT-4", "GPT-4o", False),
        ("Phi-3", "Phi-3.5", False),
        ("Gemma", "Gemini", False),
        ("A100", "H100", False),
        ("MAI-1", "MAX-1", False),
        ("MIA-1", "MIA-2", False),
        ("Phi-3 mini", "Phi-3 mimi", False),
    ],
)
def test_look_alike(a: str, b: str, expected: bool) -> None:
    assert look_alike(a, b) is expected


def test_canonical_is_the_most_frequent_spelling_and_claims_get_it() -> None:
    docs = [
        document("a.md", [claim("Phi-3 Mini", "parameters", 3.8e9)], ["Phi-3 Mini"]),
        document("b.md", [claim("phi-3-mini", "parameters", 3.8e9)]),
        document("c.md", [claim("Phi-3 Mini", "parameters", 3.8e9)]),
    ]
    resolution = resolve(docs, Aliases())
    assert resolution.entities == [
        EntityGroup(canonical="Phi-3 Mini", variants=["Phi-3 Mini", "phi-3-mini"])
    ]
    assert {c.entity for c in resolution.claims} == {"Phi-3 Mini"}
    assert [c.entity_text for c in resolution.claims] == ["Phi-3 Mini", "phi-3-mini", "Phi-3 Mini"]


def test_maker_prefix_and_genitive_join_the_bare_name() -> None:
    docs = [
        document("a.md", [claim("Anthropic Claude 3", "parameters", 2e12)]),
        document("b.md", [claim("Claude 3", "parameters", 2e12)], ["Claude 3s"]),
        document("c.md", [claim("Googles Gemini", "context_length", 1e6, unit="token")]),
        document("d.md", [claim("Gemini", "context_length", 1e6, unit="token")]),
    ]
    resolution = resolve(docs, Aliases())
    canonical = {group.canonical: group.variants for group in resolution.entities}
    assert canonical == {
        "Claude 3": ["Anthropic Claude 3", "Claude 3", "Claude 3s"],
        "Gemini": ["Gemini", "Googles Gemini"],
    }
    assert resolution.similar_names == []


def test_prefix_is_only_dropped_when_the_bare_name_is_written() -> None:
    docs = [document("a.md", [claim("Code Falcon", "parameters", 7e9)])]
    assert [g.canonical for g in resolve(docs, Aliases()).entities] == ["Code Falcon"]


def test_a_prefixed_form_written_far_more_often_is_the_name() -> None:
    prefixed = claim("Borea NeMa", "parameters", 12e9)
    docs = [
        document("a.md", [prefixed, prefixed, prefixed], ["Borea NeMa"]),
        document("b.md", [claim("NeMa", "context_length", 128e3, unit="token")]),
    ]
    canonical = {group.canonical: group.variants for group in resolve(docs, Aliases()).entities}
    assert canonical == {"Borea NeMa": ["Borea NeMa", "NeMa"]}


def test_a_variant_word_alone_is_no_name_a_maker_stands_before() -> None:
    docs = [
        document("a.md", [claim("Reka Flash", "parameters", 21e9)]),
        document("b.md", [claim("Flash", "context_length", 128e3, unit="token")]),
    ]
    canonical = [g.canonical for g in resolve(docs, Aliases()).entities]
    assert canonical == ["Flash", "Reka Flash"]


def test_versions_stay_apart() -> None:
    docs = [
        document("a.md", [claim("Phi-3", "parameters", 3.8e9)]),
        document("b.md", [claim("Phi-3.5", "parameters", 3.8e9)]),
        document("c.md", [claim("GPT-4o", "parameters", 2e12), claim("GPT-4", "parameters", 2e12)]),
    ]
    resolution = resolve(docs, Aliases())
    assert [g.canonical for g in resolution.entities] == ["GPT-4", "GPT-4o", "Phi-3", "Phi-3.5"]
    assert resolution.similar_names == []


def test_look_alikes_are_candidates_unless_one_document_names_both() -> None:
    docs = [
        document("a.md", [claim("MIA-1", "parameters", 5e11)]),
        document("b.md", [claim("MAI-1", "parameters", 5e11)]),
        document("c.md", [claim("Lama 3", "parameters", 8e9)], ["Llama 3"]),
    ]
    resolution = resolve(docs, Aliases())
    assert [(c.names, c.paths) for c in resolution.similar_names] == [
        (["MAI-1", "MIA-1"], ["a.md", "b.md"])
    ]


def test_curated_aliases_force_and_forbid() -> None:
    docs = [
        document("a.md", [claim("Orion", "parameters", 1e9)]),
        document("b.md", [claim("Orin", "parameters", 1e9)]),
        document("c.md", [claim("Big Bird X", "parameters", 2e9)]),
        document("d.md", [claim("BBX", "parameters", 2e9)]),
    ]
    aliases = Aliases(
        groups=[EntityGroup(canonical="Big Bird X", variants=["BBX"])],
        distinct=[["Orion", "Orin"]],
    )
    resolution = resolve(docs, aliases)
    assert {c.entity_text: c.entity for c in resolution.claims}["BBX"] == "Big Bird X"
    assert resolution.similar_names == []
    assert resolve(docs, Aliases()).similar_names[0].names == ["Orin", "Orion"]


def test_distinct_names_are_not_merged_by_prefix() -> None:
    docs = [
        document(
            "a.md", [claim("Code Falcon", "parameters", 7e9), claim("Falcon", "parameters", 40e9)]
        )
    ]
    aliases = Aliases(distinct=[["Code Falcon", "Falcon"]])
    assert len(resolve(docs, aliases).entities) == 2
    assert len(resolve(docs, Aliases()).entities) == 1


def test_resolution_does_not_depend_on_document_order() -> None:
    docs = [
        document("a.md", [claim("nimbus 2", "parameters", 1e9)]),
        document("b.md", [claim("Nimbus-2", "parameters", 1e9)]),
    ]
    forward, backward = resolve(docs, Aliases()), resolve(docs[::-1], Aliases())
    assert forward.entities == backward.entities
    assert forward.entities[0].canonical == "Nimbus-2"


def test_entity_index_finds_any_spelling() -> None:
    index = EntityIndex([EntityGroup(canonical="Claude 3", variants=["Claude 3", "claude-3"])])
    assert index.canonical("CLAUDE 3") == "Claude 3"
    assert index.canonical("Anthropic Claude 3") == "Claude 3"
    assert index.canonical("Claude 3.5") is None


def test_a_name_with_a_word_more_is_no_typo() -> None:
    from checker.resolve import look_alike

    assert not look_alike("Inflection", "Inflection AI")
    assert not look_alike("Claude 3", "Anthropic Claude 3")
    assert look_alike("MIA-1", "MAI-1")


def test_an_inflected_word_is_no_typo() -> None:
    from checker.resolve import look_alike

    assert not look_alike("LoRA-Adapter", "LoRA-Adaptern")
    assert not look_alike("Finland", "Finlande")
    assert look_alike("Airavata", "Airvata")


def test_a_sibling_with_a_word_less_and_a_letter_more_is_no_typo() -> None:
    from checker.resolve import look_alike

    assert not look_alike("Wrencoder-S-DS-6.7B", "Wrenicoder-DS-6.7B")
    assert look_alike("Wrencoder-S-DS-6.7B", "Wrenicoder-S-DS-6.7B")
