"""A synthetic multilingual corpus for benchmarks: ``python -m benchmarks.corpus OUT --docs N``.

Every document is an article of about 4 KB in German, French or English about a few models of
an invented pool. A model's figures (parameters, training tokens, GPUs, days, context length,
its maker's funding) are fixed, so the same facts are repeated across documents and languages;
a small share of the statements is perturbed (another number of days or GPUs, or a scale slip
such as "Billionen" for "Milliarden"), which is what the checker is there to find.

The pool grows with the corpus (one model per 25 documents), as a real archive names more
models the more articles it holds; the output depends only on ``docs`` and ``seed``.
"""

from __future__ import annotations

import argparse
import random
import tomllib
from dataclasses import dataclass
from pathlib import Path

TEMPLATES = Path(__file__).with_name("corpus_templates.toml")
LANGUAGES = ("de", "fr", "en")
FACTS = ("params", "tokens", "gpus", "days", "context", "money")
DOCUMENTS_PER_MODEL = 25
MODELS_PER_MAKER = 4
TARGET_BYTES = 4000
FILES_PER_FOLDER = 1000
SYLLABLES = (
    "ka", "lo", "ven", "tar", "mi", "ro", "sel", "dun", "qu", "bri", "zel", "nor", "vax",
    "tel", "or", "ith", "pra", "gon", "hal", "fe", "ly", "mar", "sto", "wen", "cy", "dra",
)  # fmt: skip
VERSIONS = ("1", "2", "3", "4", "1.5", "2.5", "3.5", "7", "9")
MAKER_SUFFIXES = ("Labs", "AI", "Systems", "Research")

# How each language writes a figure: decimal mark, thousands separator, and scale words.
DECIMAL = {"de": ",", "fr": ",", "en": "."}
GROUP = {"de": ".", "fr": " ", "en": ","}
MILLION = {"de": "Millionen", "fr": "millions", "en": "million"}
BILLION = {"de": "Milliarden", "fr": "milliards", "en": "billion"}
# The word a careless writer or translator puts for "billion": worth a thousand times more.
BILLION_SLIP = {"de": "Billionen", "fr": "billions", "en": "trillion"}


@dataclass(frozen=True)
class Model:
    name: str
    maker: str
    params_billion: float
    tokens_billion: int
    gpus: int
    days: int
    context: int
    funding_million: int


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()


def model_pool(size: int, seed: int) -> list[Model]:
    """``size`` models with distinct names, makers shared by a few models each."""
    rng = random.Random(seed)
    count = size // MODELS_PER_MAKER + 1
    makers = sorted({f"{_word(rng, 2)} {rng.choice(MAKER_SUFFIXES)}" for _ in range(count)})
    names: set[str] = set()
    models = []
    while len(models) < size:
        name = f"{_word(rng, rng.choice((2, 3)))}-{rng.choice(VERSIONS)}"
        if name in names:
            continue
        names.add(name)
        models.append(
            Model(
                name=name,
                maker=rng.choice(makers),
                params_billion=rng.choice((1.3, 3.8, 7, 8, 12, 14, 34, 70, 180, 405)),
                tokens_billion=rng.choice((500, 1000, 2500, 3400, 8000, 15000)),
                gpus=rng.choice((128, 256, 512, 1024, 2048, 4096, 16384)),
                days=rng.randint(5, 90),
                context=rng.choice((4096, 8192, 32000, 128000, 200000)),
                funding_million=rng.choice((20, 45, 150, 300, 1300)),
            )
        )
    return models


def _number(value: float, lang: str) -> str:
    """Digits as the language writes them: ``1.024`` / ``1 024`` / ``1,024``; ``3,8`` / ``3.8``."""
    if value == int(value):
        return f"{int(value):,}".replace(",", GROUP[lang])
    return f"{value:g}".replace(".", DECIMAL[lang])


def _scaled(billions: float, lang: str, slip: bool) -> str:
    word = BILLION_SLIP[lang] if slip else BILLION[lang]
    return f"{_number(billions, lang)} {word}"


def _money(millions: int, lang: str) -> str:
    if lang == "en":
        return f"€{_number(millions, lang)} {MILLION[lang]}"
    return f"{_number(millions, lang)} {MILLION[lang]} {'Euro' if lang == 'de' else 'd’euros'}"


def render_fact(fact: str, model: Model, lang: str, rng: random.Random, perturb: float) -> str:
    """One sentence stating ``fact`` about ``model``; with probability ``perturb`` a wrong one."""
    sentences = TABLES[lang][fact]
    wrong = rng.random() < perturb
    figures = {
        "params": _scaled(model.params_billion, lang, slip=wrong),
        "tokens": _scaled(model.tokens_billion, lang, slip=False),
        "gpus": _number(model.gpus * (2 if wrong else 1), lang),
        "days": _number(model.days + (rng.randint(1, 5) if wrong else 0), lang),
        "context": _number(model.context, lang),
        "money": _money(model.funding_million, lang),
    }
    return rng.choice(sentences).format(model=model.name, org=model.maker, **figures)


def render_document(models: list[Model], lang: str, rng: random.Random, perturb: float) -> str:
    """An article about ``models[0]`` that also mentions the others, about TARGET_BYTES long."""
    table = TABLES[lang]
    main = models[0]
    lines = [f"# {rng.choice(table['title']).format(model=main.name)}", ""]
    paragraph = [rng.choice(table["intro"]).format(org=main.maker)]
    size = 0
    facts = [(model, fact) for model in models for fact in FACTS]
    rng.shuffle(facts)
    while size < TARGET_BYTES:
        if facts and rng.random() < 0.5:
            model, fact = facts.pop()
            paragraph.append(render_fact(fact, model, lang, rng, perturb))
        else:
            paragraph.append(rng.choice(table["filler"]))
        if len(paragraph) >= rng.randint(3, 6):
            text = " ".join(paragraph)
            lines += [text, ""]
            size += len(text.encode()) + 1
            paragraph = []
    return "\n".join(lines)


def generate(out: Path, docs: int, seed: int = 1, perturb: float = 0.02) -> list[Path]:
    """Write ``docs`` documents below ``out`` (``<lang>/<folder>/<n>.md``); their paths."""
    pool = model_pool(max(8, docs // DOCUMENTS_PER_MODEL), seed)
    rng = random.Random(seed + 1)
    paths = []
    for index in range(docs):
        lang = LANGUAGES[index % len(LANGUAGES)]
        chosen = rng.sample(pool, 3)
        path = out / lang / f"{index // FILES_PER_FOLDER:04d}" / f"{index:07d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_document(chosen, lang, rng, perturb), encoding="utf-8")
        paths.append(path)
    return paths


def english_sentences(count: int, seed: int = 1) -> list[str]:
    """``count`` English sentences of the corpus (facts and filler), for per-sentence timing."""
    pool = model_pool(max(8, count // 10), seed)
    rng = random.Random(seed + 2)
    sentences = []
    for index in range(count):
        if index % 3 == 2:
            sentences.append(rng.choice(TABLES["en"]["filler"]))
        else:
            sentences.append(render_fact(rng.choice(FACTS), rng.choice(pool), "en", rng, 0.0))
    return sentences


def _load_tables() -> dict[str, dict[str, list[str]]]:
    with TEMPLATES.open("rb") as handle:
        tables: dict[str, dict[str, list[str]]] = tomllib.load(handle)
    return tables


TABLES = _load_tables()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path, help="folder to write the documents to")
    parser.add_argument("--docs", type=int, default=1000, help="number of documents")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--perturb", type=float, default=0.02, help="share of wrong statements")
    args = parser.parse_args()
    paths = generate(args.out, args.docs, args.seed, args.perturb)
    total = sum(path.stat().st_size for path in paths)
    print(f"{len(paths)} documents, {total / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
