r"""The symbolic twin: the same planar chain derived with sympy, for the derivation notebook and for tests.

Everything here is written independently of :mod:`hinge_model.kinematics` / :mod:`hinge_model.statics` from the
conventions (:mod:`hinge_model.conventions`), then :func:`evaluate` substitutes a ``Body`` and a ``Pose`` so tests
can prove the two agree (to 1e-9 relative). Importing this module imports sympy; ``import hinge_model`` does not.

Symbols: relative joint angles in radians ``q_ankle, q_knee, q_hip, q_lumbar, q_shoulder, q_elbow, q_neck``;
segment lengths ``L_<seg>``, CoM fractions ``c_<seg>`` (from de Leva's origin landmark), masses ``m_<seg>``,
the neck gap ``L_neck``, the load ``m_L`` and gravity ``g``. The L5/S1 moment comes out as a sum of
weight x horizontal lever arm terms, e.g. for the abdomen ``g m_abdomen (1 - c_abdomen) L_abdomen sin(phi_abdomen)``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import numpy as np
import sympy as sp

from .anthropometry import GEOMETRY_ASSUMPTIONS, Body
from .conventions import JOINTS, LOAD_RANGE, MOMENT_JOINTS, SEGMENTS, G
from .pose import Pose
from .validation import broadcast, check_array, check_choice, check_flag, check_instance, check_number

Q = {j: sp.Symbol(f"q_{j}", real=True) for j in JOINTS}
L = {s: sp.Symbol(f"L_{s}", positive=True) for s in SEGMENTS}
C = {s: sp.Symbol(f"c_{s}", positive=True) for s in SEGMENTS}
M = {s: sp.Symbol(f"m_{s}", positive=True) for s in SEGMENTS}
L_NECK = sp.Symbol("L_neck", real=True)
H_D = sp.Symbol("h_L5S1", positive=True)  # L5S1 height above the hip along the pelvis axis
B_D = sp.Symbol("b_L5S1", positive=True)  # L5S1 distance behind the pelvis axis
M_LOAD = sp.Symbol("m_L", nonnegative=True)
GRAV = sp.Symbol("g", positive=True)
#: Absolute segment angles as symbols (for readable expressions): phi_<segment>.
PHI = {s: sp.Symbol(f"phi_{s}", real=True) for s in ("shank", "thigh", "pelvis", "abdomen", "thorax", "head")}
PSI = {s: sp.Symbol(f"psi_{s}", real=True) for s in ("upper_arm", "forearm")}
SPLIT = sp.Rational(str(GEOMETRY_ASSUMPTIONS["lumbar_split"][0]))


def absolute_angles() -> dict[sp.Symbol, sp.Expr]:
    """phi/psi symbols -> expressions in the relative joint angles (see conventions)."""
    phi_shank = Q["ankle"]
    phi_thigh = phi_shank - Q["knee"]
    phi_pelvis = phi_thigh + Q["hip"]
    phi_abdomen = phi_pelvis + SPLIT * Q["lumbar"]
    phi_thorax = phi_abdomen + (1 - SPLIT) * Q["lumbar"]
    psi_upper = Q["shoulder"] - phi_thorax
    return {
        PHI["shank"]: phi_shank,
        PHI["thigh"]: phi_thigh,
        PHI["pelvis"]: phi_pelvis,
        PHI["abdomen"]: phi_abdomen,
        PHI["thorax"]: phi_thorax,
        PHI["head"]: phi_thorax + Q["neck"],
        PSI["upper_arm"]: psi_upper,
        PSI["forearm"]: psi_upper + Q["elbow"],
    }


def _up(phi: sp.Expr) -> sp.Matrix:
    return sp.Matrix([sp.sin(phi), sp.cos(phi)])


def _forward(phi: sp.Expr) -> sp.Matrix:
    return sp.Matrix([sp.cos(phi), -sp.sin(phi)])


def _down(psi: sp.Expr) -> sp.Matrix:
    return sp.Matrix([sp.sin(psi), -sp.cos(psi)])


@cache
def chain() -> tuple[dict[str, sp.Matrix], dict[str, sp.Matrix]]:
    """Joint points and segment CoMs (2x1 sympy matrices) in terms of the absolute-angle symbols."""
    ankle = sp.Matrix([0, 0])
    knee = ankle + L["shank"] * _up(PHI["shank"])
    hip = knee + L["thigh"] * _up(PHI["thigh"])
    l5s1 = hip + H_D * _up(PHI["pelvis"]) - B_D * _forward(PHI["pelvis"])
    omph = l5s1 + (L["pelvis"] - H_D) * _up(PHI["abdomen"]) + B_D * _forward(PHI["abdomen"])
    tl = omph + L["abdomen"] * _up(PHI["abdomen"])
    shoulder = tl + L["thorax"] * _up(PHI["thorax"])
    neck = shoulder + L_NECK * _up(PHI["head"])
    vertex = neck + L["head"] * _up(PHI["head"])
    elbow = shoulder + L["upper_arm"] * _down(PSI["upper_arm"])
    wrist = elbow + L["forearm"] * _down(PSI["forearm"])
    hand = wrist + L["hand"] * _down(PSI["forearm"])
    points = {"ankle": ankle, "knee": knee, "hip": hip, "L5S1": l5s1, "omphalion": omph, "thoracolumbar": tl,
              "shoulder": shoulder,
              "neck": neck, "vertex": vertex, "elbow": elbow, "wrist": wrist, "hand": hand}
    coms = {
        "shank": knee - C["shank"] * L["shank"] * _up(PHI["shank"]),
        "thigh": hip - C["thigh"] * L["thigh"] * _up(PHI["thigh"]),
        "pelvis": hip + (1 - C["pelvis"]) * L["pelvis"] * _up(PHI["pelvis"]),
        "abdomen": tl - C["abdomen"] * L["abdomen"] * _up(PHI["abdomen"]),
        "thorax": shoulder - C["thorax"] * L["thorax"] * _up(PHI["thorax"]),
        "head": vertex - C["head"] * L["head"] * _up(PHI["head"]),
        "upper_arm": shoulder + C["upper_arm"] * L["upper_arm"] * _down(PSI["upper_arm"]),
        "forearm": elbow + C["forearm"] * L["forearm"] * _down(PSI["forearm"]),
        "hand": wrist + C["hand"] * L["hand"] * _down(PSI["forearm"]),
    }
    return points, coms


@cache
def _raw_moment(joint: str) -> sp.Expr:
    """sign * sum_i m_i g (x_i - x_J) over the bodies above ``joint``, in the absolute angles (not simplified)."""
    above, sign = MOMENT_JOINTS[joint]
    points, coms = chain()
    xj = points[joint][0]
    terms = [M[s] * GRAV * (coms[s][0] - xj) for s in above]
    terms.append(M_LOAD * GRAV * (points["hand"][0] - xj))
    return sign * sp.Add(*terms)


def joint_moment(joint: str, *, absolute: bool = True, readable: bool = True) -> sp.Expr:
    """Static net moment at ``joint`` (extensor +), sum of weight x horizontal lever.

    ``absolute=True`` keeps the absolute segment angles phi/psi; ``False`` substitutes the relative joint angles q
    (what the numeric model takes). ``readable=True`` groups the terms by the sine/cosine of each tilt (slower);
    ``False`` returns the plain sum, which is what :func:`evaluate` compiles. ``joint`` is one of ankle, knee, hip,
    L5S1, shoulder, elbow.
    """
    joint = check_choice("joint", joint, tuple(MOMENT_JOINTS))
    return _joint_moment(joint, check_flag("absolute", absolute), check_flag("readable", readable))


@cache
def _joint_moment(joint: str, absolute: bool, readable: bool) -> sp.Expr:
    expr = _raw_moment(joint)
    if readable:
        trig = [f(a) for a in (*PHI.values(), *PSI.values()) for f in (sp.sin, sp.cos)]
        expr = GRAV * sp.collect(sp.expand(expr / GRAV), trig, func=sp.factor)
    if not absolute:
        expr = expr.subs(absolute_angles())
    return expr


def lumbar_moment(*, absolute: bool = True) -> sp.Expr:
    """Static L5/S1 moment (extensor +): the equation shown in the derivation notebook."""
    return joint_moment("L5S1", absolute=check_flag("absolute", absolute))


def hip_moment(*, absolute: bool = True) -> sp.Expr:
    """Static hip moment (both hips, extensor +)."""
    return joint_moment("hip", absolute=check_flag("absolute", absolute))


def parameters(body: Body) -> dict[sp.Symbol, float]:
    """Numeric values of every body parameter symbol for ``body``."""
    check_instance("body", body, Body, "a hinge_model.Body")
    values: dict[sp.Symbol, float] = {
        GRAV: G,
        L_NECK: body.neck_length,
        H_D: GEOMETRY_ASSUMPTIONS["l5s1_height_above_hip"][0] * body.height,
        B_D: GEOMETRY_ASSUMPTIONS["l5s1_posterior_offset"][0] * body.height,
    }
    for s in SEGMENTS:
        seg = body.segments[s]
        values[L[s]] = seg.length
        values[C[s]] = seg.com_fraction
        values[M[s]] = seg.mass
    return values


@cache
def _lambdified(joint: str) -> Callable[..., Any]:
    expr = _joint_moment(joint, False, False)
    args = [*Q.values(), M_LOAD, GRAV, L_NECK, H_D, B_D, *L.values(), *C.values(), *M.values()]
    return sp.lambdify(args, expr, modules="numpy")


def evaluate(body: Body, pose: Pose, load_mass: float | np.ndarray, joint: str) -> np.ndarray:
    """Evaluate the symbolic moment at ``joint`` numerically (vectorised through sympy.lambdify).

    ``load_mass`` in [0, 300] kg, broadcasting with the pose; ``joint`` one of ankle, knee, hip, L5S1, shoulder,
    elbow.
    """
    p = parameters(body)
    check_instance("pose", pose, Pose, "a hinge_model.Pose")
    load = check_array("load_mass", load_mass, *LOAD_RANGE, "kg")
    broadcast({"pose": np.zeros(pose.shape), "load_mass": load})
    f = _lambdified(check_choice("joint", joint, tuple(MOMENT_JOINTS)))
    q = [np.deg2rad(getattr(pose, j)) for j in JOINTS]
    args = [*q, load, p[GRAV], p[L_NECK], p[H_D], p[B_D], *(p[L[s]] for s in SEGMENTS),
            *(p[C[s]] for s in SEGMENTS), *(p[M[s]] for s in SEGMENTS)]
    return np.broadcast_to(np.asarray(f(*args), dtype=float), np.broadcast_shapes(pose.shape, load.shape))


def evaluate_subs(body: Body, pose: Pose, load_mass: float, joint: str) -> float:
    """Evaluate one scalar pose with ``expr.subs`` (slow, exact reference used by the benchmark)."""
    values: dict[sp.Symbol, float] = dict(parameters(body))
    check_instance("pose", pose, Pose, "a hinge_model.Pose")
    if pose.shape:
        raise ValueError(f"pose must be a single (scalar) Pose for evaluate_subs, got shape {pose.shape}; use "
                         "evaluate() for arrays of poses")
    values.update({Q[j]: float(np.deg2rad(getattr(pose, j))) for j in JOINTS})
    values[M_LOAD] = check_number("load_mass", load_mass, *LOAD_RANGE, "kg")
    expr = joint_moment(joint, absolute=False, readable=False)
    return float(expr.subs(values).evalf())


def latex(expr: sp.Basic) -> str:
    """LaTeX of ``expr`` with readable symbol names (sympy would draw a bar over 'q_lumbar', reading 'bar')."""
    check_instance("expr", expr, sp.Basic, "a sympy expression")
    names = {Q["lumbar"]: r"q_{\mathrm{lumbar}}"}
    names.update({q: rf"q_{{\mathrm{{{j}}}}}" for j, q in Q.items() if j != "lumbar"})
    names.update({H_D: r"h_{L5S1}", B_D: r"b_{L5S1}"})
    return sp.latex(expr, symbol_names=names)
