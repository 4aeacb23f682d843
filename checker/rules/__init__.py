"""The rules: one class per rule, each in its own module, documented by its docstring.

``run_rules`` runs every enabled rule over a run's resolved claims and returns the findings,
sorted so that output and baselines never depend on the order of the input.
"""

from __future__ import annotations

from checker.config import Settings
from checker.models import Finding, ReferenceClaim, Resolution
from checker.rules.base import Rule, RuleContext
from checker.rules.cc101_value_conflict import ValueConflict
from checker.rules.cc102_scale_mismatch import ScaleMismatch
from checker.rules.cc103_name_mismatch import NameMismatch
from checker.rules.cc104_reference_conflict import ReferenceConflict
from checker.rules.cc105_arithmetic import Arithmetic

__all__ = ["Rule", "RuleContext", "all_rules", "rule_by_code", "run_rules"]

_RULES: tuple[type[Rule], ...] = (
    ValueConflict,
    ScaleMismatch,
    NameMismatch,
    ReferenceConflict,
    Arithmetic,
)


def all_rules() -> list[type[Rule]]:
    """Every rule class, by code."""
    return sorted(_RULES, key=lambda rule: rule.code)


def rule_by_code(code: str) -> type[Rule] | None:
    """The rule with this code (``CC101``) or name (``value-conflict``), any case."""
    wanted = code.strip().casefold()
    return next(
        (rule for rule in _RULES if wanted in (rule.code.casefold(), rule.name.casefold())),
        None,
    )


def run_rules(
    resolution: Resolution, references: list[ReferenceClaim], settings: Settings
) -> list[Finding]:
    """The findings of every enabled rule, sorted."""
    context = RuleContext(resolution=resolution, references=references, settings=settings)
    findings: list[Finding] = []
    for rule_class in all_rules():
        configured = settings.rules.get(rule_class.code)
        if configured is not None and not configured.enabled:
            continue
        rule = rule_class(configured.severity if configured is not None else None)
        findings.extend(rule.check(context))
    # "12,9 billions" active of "46,7 milliards": a figure read at the wrong scale breaks the
    # arithmetic too; the scale slip says why, once.
    slipped = {claim for f in findings if f.rule == ScaleMismatch.code for claim in f.claims}
    findings = [
        f
        for f in findings
        if not (f.rule == Arithmetic.code and slipped.intersection(f.claims))
    ]
    return sorted(
        findings,
        key=lambda f: (f.rule, f.entity, f.attribute or "", f.names, f.claims, f.message),
    )
