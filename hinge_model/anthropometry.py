"""Body segment parameters: de Leva (1996) fractions scaled to a person's mass, stature and sex.

The data file ``data/de_leva_1996.csv`` (installed as ``hinge_model.data``) holds de Leva's Table 4. Geometry that
de Leva does not give is set in :data:`GEOMETRY_ASSUMPTIONS`, the one place where such choices live; each entry
says where its number comes from.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from types import MappingProxyType

from .conventions import HEIGHT_RANGE, MASS_RANGE, SEGMENTS, SEXES
from .validation import check_choice, check_range

#: de Leva's reference subjects (stature m, mass kg): de Leva 1996, Table 4 footnote / text.
REFERENCE_SUBJECT: MappingProxyType[str, tuple[float, float]] = MappingProxyType(
    {"male": (1.741, 73.0), "female": (1.735, 61.9)}
)

#: Limbs are bilateral: the model lumps left and right into one planar segment.
BILATERAL: frozenset[str] = frozenset({"upper_arm", "forearm", "hand", "thigh", "shank", "foot"})

#: Geometry that de Leva (1996) does not give, as fractions of stature (H) or of a segment length.
GEOMETRY_ASSUMPTIONS: MappingProxyType[str, tuple[float, str]] = MappingProxyType(
    {
        "ankle_height": (
            0.039,
            "ankle joint centre above the floor = 0.039 H: Winter DA (2009) Biomechanics and Motor Control of "
            "Human Movement, 4th ed., Fig. 4.1 (after Drillis & Contini 1966).",
        ),
        "heel_behind_ankle": (
            0.25,
            "ASSUMPTION: the ankle joint centre lies above a point 25 % of foot length (heel to toe tip) in "
            "front of the heel, so the heel is 0.25 L_foot behind and the toe tip 0.75 L_foot in front of it.",
        ),
        "foot_com_height": (
            0.5,
            "ASSUMPTION: the foot CoM sits at half the ankle height above the floor (de Leva gives only its "
            "position along the heel-toe line, 44.15 % male / 40.14 % female from the heel).",
        ),
        "lumbar_split": (
            0.5,
            "ASSUMPTION: lumbar flexion is shared equally between the L5S1 joint (pelvis-abdomen, at de Leva's "
            "omphalion boundary) and the thoraco-lumbar joint (abdomen-thorax, at the xiphion), so a rounded "
            "back bends at two places, not as one kink.",
        ),
        "l5s1_height_above_hip": (
            0.062,
            "ASSUMPTION: the L5S1 joint (L5/S1 disc centre) lies 0.062 H above the hip joint centre along the pelvis "
            "axis: the S1 endplate centre is ~10-11 cm from the hip axis at a pelvic tilt of ~12 deg (Mac-Thiong "
            "J-M et al. 2011 Eur Spine J 20 Suppl 5:572; the sacro-femoral distance is our estimate for a 1.75 m "
            "adult) plus half a disc height: 0.108 m / 1.741 m. de Leva's lower-trunk segment still ends at the "
            "omphalion (0.084 H above the hip for men); the abdomen hangs from L5S1 with that offset.",
        ),
        "l5s1_posterior_offset": (
            0.0126,
            "ASSUMPTION: the L5/S1 disc centre lies 0.0126 H behind the pelvis axis (0.105 m x sin 12 deg at "
            "1.741 m; same sources). With it the upper body's weight line passes a few cm in front of L5/S1 in "
            "quiet standing, giving the small extensor moment measured in people.",
        ),
        "shoulder_position": (
            0.0,
            "ASSUMPTION: the shoulder joint centre is at the top of the thorax segment (suprasternale level, on "
            "the trunk axis) in sagittal projection; it is really ~3-5 cm lower, so the standing grip height is "
            "that much too high.",
        ),
        "grip_position": (
            1.0,
            "ASSUMPTION: the load is held at the distal end of de Leva's hand segment (3rd metacarpale), the "
            "centre of a power grip on a bar or handle.",
        ),
        "neck_gap": (
            float("nan"),
            "ASSUMPTION: the gap from suprasternale to mid-gonion (the neck) is what stature leaves after ankle "
            "height, shank, thigh, trunk and head: ~4.7 % H for men, ~7.9 % H for women. It carries no mass of "
            "its own (de Leva's head mass includes the neck).",
        ),
    }
)


@dataclass(frozen=True)
class SegmentParameters:
    """de Leva parameters of one segment, scaled to a body (mass lumped over both sides for limbs)."""

    name: str
    mass: float  # kg, both sides for limbs
    length: float  # m
    com_fraction: float  # from the de Leva origin endpoint
    r_sag: float  # radius of gyration / length
    origin: str
    other: str

    @property
    def inertia(self) -> float:
        """Sagittal moment of inertia about the segment CoM, kg*m^2 (both sides for limbs)."""
        return self.mass * (self.r_sag * self.length) ** 2


@cache
def de_leva_table() -> dict[str, dict[str, dict[str, float | str]]]:
    """Rows of ``de_leva_1996.csv`` as ``{sex: {segment: {column: value}}}``, read with importlib.resources."""
    text = files("hinge_model.data").joinpath("de_leva_1996.csv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    table: dict[str, dict[str, dict[str, float | str]]] = {sex: {} for sex in SEXES}
    for row in csv.DictReader(io.StringIO("\n".join(lines))):
        parsed: dict[str, float | str] = {
            k: (float(v) if k in {"mass_fraction", "com_fraction", "length_mm", "r_sag"} else v)
            for k, v in row.items()
        }
        table[row["sex"]][row["segment"]] = parsed
    for sex in SEXES:
        missing = set(SEGMENTS) - set(table[sex])
        if missing:
            raise RuntimeError(f"de_leva_1996.csv lacks {sorted(missing)} for {sex}")
    return table


@dataclass(frozen=True)
class Body:
    """A person: de Leva (1996) segments scaled by mass (kg), stature (m) and sex.

    Masses scale with body mass, lengths with stature / reference stature. Limbs are lumped (both sides).

    >>> body = Body(mass=75.0, height=1.75, sex="male")
    >>> round(body.segments["thigh"].mass, 2)   # both thighs
    21.24
    """

    mass: float
    height: float
    sex: str = "male"
    segments: MappingProxyType[str, SegmentParameters] = field(init=False, repr=False, compare=False)
    ankle_height: float = field(init=False, repr=False, compare=False)
    heel_x: float = field(init=False, repr=False, compare=False)
    toe_x: float = field(init=False, repr=False, compare=False)
    neck_length: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        mass = float(check_range("mass", self.mass, *MASS_RANGE, lo_open=True, unit="kg"))
        height = float(check_range("height", self.height, *HEIGHT_RANGE, unit="m"))
        sex = check_choice("sex", self.sex, SEXES)
        object.__setattr__(self, "mass", mass)
        object.__setattr__(self, "height", height)
        ref_height = REFERENCE_SUBJECT[sex][0]
        segs = {}
        for name, row in de_leva_table()[sex].items():
            sides = 2.0 if name in BILATERAL else 1.0
            segs[name] = SegmentParameters(
                name=name,
                mass=sides * float(row["mass_fraction"]) * mass,
                length=float(row["length_mm"]) / 1000.0 * height / ref_height,
                com_fraction=float(row["com_fraction"]),
                r_sag=float(row["r_sag"]),
                origin=str(row["origin"]),
                other=str(row["other"]),
            )
        object.__setattr__(self, "segments", MappingProxyType({n: segs[n] for n in SEGMENTS}))
        ankle_h = GEOMETRY_ASSUMPTIONS["ankle_height"][0] * height
        foot = segs["foot"].length
        c = GEOMETRY_ASSUMPTIONS["heel_behind_ankle"][0]
        object.__setattr__(self, "ankle_height", ankle_h)
        object.__setattr__(self, "heel_x", -c * foot)
        object.__setattr__(self, "toe_x", (1.0 - c) * foot)
        trunk = sum(segs[n].length for n in ("pelvis", "abdomen", "thorax"))
        chain = ankle_h + segs["shank"].length + segs["thigh"].length + trunk + segs["head"].length
        object.__setattr__(self, "neck_length", height - chain)

    @property
    def segment_mass_total(self) -> float:
        """Sum of the (lumped) segment masses, kg; equals ``mass`` to de Leva's rounding (±0.2 %)."""
        return sum(s.mass for s in self.segments.values())

    def length(self, name: str) -> float:
        """Length (m) of a segment."""
        return self.segments[check_choice("segment", name, SEGMENTS)].length

    @property
    def upper_body_mass(self) -> float:
        """Mass above L5/S1 (abdomen, thorax, head, arms), kg."""
        from .conventions import ABOVE_L5S1

        return sum(self.segments[n].mass for n in ABOVE_L5S1)
