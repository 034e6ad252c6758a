"""The one result type every assessment method returns: its inputs, its numbers and a one-line verdict.

``verdict`` is one of :data:`VERDICTS`:

* ``"within"``: inside the method's published limit or lowest risk band;
* ``"caution"``: between the method's two published limits or in its middle band;
* ``"exceeds"``: beyond the method's upper published limit or in its highest band;
* ``"no threshold"``: the method gives a number but we use no published pass/fail threshold for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

VERDICTS: tuple[str, ...] = ("within", "caution", "exceeds", "no threshold")

#: How far a verdict is from "within" (for sorting and colouring; "no threshold" has no rank).
VERDICT_RANK: MappingProxyType[str, int] = MappingProxyType({"within": 0, "caution": 1, "exceeds": 2})


def _frozen(mapping: Mapping[str, Any] | None) -> MappingProxyType[str, Any]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True)
class MethodResult:
    """One method's judgement of one task.

    ``method``: short name ("population", "NIOSH", "LiFFT", "tissue limits", "balance"); ``says``: the verdict in
    words with its key number; ``why``: what drives it; ``inputs``: what the method was given (SI units unless the
    key says otherwise); ``values``: what it computed; ``source``: the literature it follows.
    """

    method: str
    verdict: str
    says: str
    why: str
    inputs: Mapping[str, Any] = field(default_factory=dict)
    values: Mapping[str, Any] = field(default_factory=dict)
    source: str = ""

    def __post_init__(self) -> None:
        if self.verdict not in VERDICTS:
            raise ValueError(f"verdict = {self.verdict!r} is not allowed; choose one of {', '.join(VERDICTS)}")
        object.__setattr__(self, "inputs", _frozen(self.inputs))
        object.__setattr__(self, "values", _frozen(self.values))

    def row(self) -> tuple[str, str, str, str]:
        """(method, verdict, says, why): one row of the report's "method / says / why" table."""
        return self.method, self.verdict, self.says, self.why


def worst(verdicts: list[str]) -> str:
    """The least favourable of ``verdicts`` ("no threshold" only if nothing else is there)."""
    ranked = [v for v in verdicts if v in VERDICT_RANK]
    if not ranked:
        return "no threshold"
    return max(ranked, key=VERDICT_RANK.__getitem__)
