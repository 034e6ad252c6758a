r"""Common coaching claims about the hip hinge, tested with the model (notebook 08).

Each :class:`Claim` is a coaching cue in our own words, a description of the test, and a stated RULE that turns
the evidence into a verdict. :func:`evaluate_claims` COMPUTES the evidence of every claim with hinge_model
(:func:`hinge_model.movement`, :func:`hinge_model.analyze`, :mod:`hinge_model.muscles`, :mod:`hinge_model.niosh`)
and applies the rule (:data:`RULES`, one small pure function per claim, so a rule can be checked on its own).

Verdicts (:data:`VERDICTS`): "supported", "depends" (true under a condition the evidence names), "not supported",
"not testable in a planar static model" (the mechanism is not in this model).

Conventions: :mod:`hinge_model.conventions` (x forward, y up, origin at the ankle, SI units, angles in degrees).
"Arms hanging" poses put the arms vertical (shoulder = ankle - knee + hip + lumbar, the thorax tilt), the load at
the grip. The centre of pressure (CoP) under the feet equals the x of the whole-body CoM in a static pose.
Thresholds of the rules are module constants, each with its reason.

Layout: :mod:`.catalogue` (verdict words, thresholds, :class:`Claim`, :data:`CLAIMS`), :mod:`.poses` (arms-hanging,
balanced poses), :mod:`.evidence` (:data:`EVIDENCE`), :mod:`.rules` (:data:`RULES`); every public name is
re-exported here, so ``hm.claims.<name>`` is the one place to use.
"""

from __future__ import annotations

import numpy as np

from ..anthropometry import Body
from ..validation import check_choice, check_instance, check_number
from . import catalogue, poses
from .catalogue import *  # noqa: F403  (re-exported: hm.claims.<name> for every name of catalogue.__all__)
from .catalogue import _CLAIMS_BY_KEY, CLAIM_LOAD_MAX, CLAIMS, ClaimResult
from .evidence import EVIDENCE
from .poses import *  # noqa: F403  (re-exported: poses.__all__)
from .rules import RULES


def evaluate_claim(key: str, body: Body, load_mass: float = 15.0, *, flexibility: str = "normal") -> ClaimResult:
    """Compute the evidence of claim ``key`` for ``body`` lifting ``load_mass`` (kg) and apply its rule."""
    from ..muscles import SLR_LIMITS

    key = check_choice("key", key, tuple(_CLAIMS_BY_KEY))
    check_instance("body", body, Body, "a hinge_model.Body")
    load = check_number("load_mass", load_mass, 0.0, CLAIM_LOAD_MAX, "kg")
    slr = SLR_LIMITS[check_choice("flexibility", flexibility, tuple(SLR_LIMITS))]
    evidence = EVIDENCE[key](body, load, slr)
    for name, value in evidence.items():
        if not np.isfinite(value):
            raise RuntimeError(f"claim {key!r}: evidence {name!r} is not finite ({value})")
    verdict, why = RULES[key](evidence)
    return ClaimResult(_CLAIMS_BY_KEY[key], verdict, evidence, why)


def evaluate_claims(body: Body, load_mass: float = 15.0, *, flexibility: str = "normal") -> list[ClaimResult]:
    """Every claim of :data:`CLAIMS` tested for ``body`` lifting ``load_mass`` kg (validated range 0-40 kg)."""
    check_instance("body", body, Body, "a hinge_model.Body")
    check_number("load_mass", load_mass, 0.0, CLAIM_LOAD_MAX, "kg")
    return [evaluate_claim(c.key, body, load_mass, flexibility=flexibility) for c in CLAIMS]


__all__ = [*catalogue.__all__, *poses.__all__, "EVIDENCE", "RULES", "evaluate_claim", "evaluate_claims"]
