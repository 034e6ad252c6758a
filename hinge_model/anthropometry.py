"""Body segment parameters: de Leva (1996) fractions scaled to a person's mass, stature and sex.

The data file ``data/de_leva_1996.csv`` (installed as ``hinge_model.data``) holds de Leva's Table 4. Geometry that
de Leva does not give is set in :data:`GEOMETRY_ASSUMPTIONS`, the one place where such choices live; each entry
says where its number comes from.
"""

from __future__ import annotations

import csv
import io
import warnings
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from types import MappingProxyType

from .conventions import HEIGHT_RANGE, MASS_RANGE, SEGMENTS, SEXES
from .validation import check_choice, check_number

#: de Leva's reference subjects (stature m, mass kg): de Leva 1996, Table 4 footnote / text.
REFERENCE_SUBJECT: MappingProxyType[str, tuple[float, float]] = MappingProxyType(
    {"male": (1.741, 73.0), "female": (1.735, 61.9)}
)

#: Body mass index (kg/m^2) outside which no living adult has been reported: ``Body`` refuses it (ValueError).
#: Lower end: survival at BMI 7.8 (Frolich J, Palm CVB & Stoving RK 2016, "To the limit of extreme malnutrition",
#: Nutrition 32(1):146-148, abstract: the lowest then reported) and admissions down to 7.5 (Gibson D et al. 2020,
#: J Eat Disord 8:25, abstract: BMI range 7.5-15.7 in 281 adults with extreme anorexia nervosa); we refuse below 6.
#: Upper end: the highest BMIs on record are ~186 (J. B. Minnoch, ~635 kg at 1.85 m) and ~204 kg/m^2
#: (second-hand: as quoted by popular-science pages after Guinness World Records); we refuse above 210.
BMI_LIMITS: tuple[float, float] = (6.0, 210.0)

#: Body mass index (kg/m^2) the anthropometry is VALID for; outside it ``Body`` warns
#: (:class:`AnthropometryRangeWarning`). de Leva's fractions are means of lean young adults (Zatsiorsky et al.'s
#: "college-aged Caucasian males and females", de Leva 1996, abstract; reference subjects BMI 24.1 men, 20.6 women
#: from Table 4's 1.741 m / 73.0 kg and 1.735 m / 61.9 kg); we accept the WHO "normal range" and "pre-obese"
#: classes, BMI 18.50-29.99 (WHO Global Database on Body Mass Index, "BMI classification", Table 1, adapted from
#: WHO 1995, 2000 and 2004). Underweight (< 18.5) and obese (>= 30) bodies carry their mass differently (more of it
#: on the trunk and thighs when obese), so the segment masses and CoMs are extrapolations there.
BMI_VALID: tuple[float, float] = (18.5, 30.0)

#: Stature (m) the anthropometry is VALID for; outside it ``Body`` warns. ASSUMPTION: de Leva's lengths are scaled
#: isometrically from reference subjects of 1.74 m; we trust that scaling to within about +-14 % of it,
#: 1.50-2.00 m (de Leva gives no spread of his sample's stature; the hard limit stays the contract's 1.0-2.3 m).
STATURE_VALID: tuple[float, float] = (1.50, 2.00)


class AnthropometryRangeWarning(UserWarning):
    """A ``Body`` outside the stature or BMI range the de Leva (1996) anthropometry is valid for."""


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

    def __post_init__(self) -> None:
        check_choice("name", self.name, SEGMENTS)
        for fname, lo, hi in (("mass", 0.0, 300.0), ("length", 0.0, 2.3), ("com_fraction", 0.0, 1.0),
                              ("r_sag", 0.0, 1.0)):
            value = check_number(fname, getattr(self, fname), lo, hi, "m" if fname == "length" else
                                 ("kg" if fname == "mass" else ""))
            object.__setattr__(self, fname, value)
        for fname in ("origin", "other"):
            if not isinstance(getattr(self, fname), str):
                raise ValueError(f"{fname} must be a landmark name (str), got {getattr(self, fname)!r}")

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


def _check_proportions(mass: float, height: float) -> None:
    """Refuse a BMI outside :data:`BMI_LIMITS`; warn outside :data:`STATURE_VALID` or :data:`BMI_VALID`."""
    bmi = mass / height**2
    lo, hi = BMI_LIMITS
    if not lo <= bmi <= hi:
        raise ValueError(f"mass = {mass:g} kg and height = {height:g} m give a body mass index of {bmi:.3g} kg/m^2, "
                         f"outside the allowed range [{lo:g}, {hi:g}] kg/m^2 (no living adult has been reported "
                         "outside it): check the units (kg, m)")
    reasons = []
    if not STATURE_VALID[0] <= height <= STATURE_VALID[1]:
        reasons.append(f"height {height:g} m is outside {STATURE_VALID[0]:g}-{STATURE_VALID[1]:g} m")
    if not BMI_VALID[0] <= bmi < BMI_VALID[1]:
        reasons.append(f"the body mass index {bmi:.1f} kg/m^2 is outside {BMI_VALID[0]:g}-{BMI_VALID[1]:g} kg/m^2")
    if reasons:
        warnings.warn(f"Body(mass={mass:g}, height={height:g}): {' and '.join(reasons)}, the range the de Leva (1996) "
                      "anthropometry is valid for; segment masses and lengths are extrapolated",
                      AnthropometryRangeWarning, stacklevel=4)


@dataclass(frozen=True)
class Body:
    """A person: de Leva (1996) segments scaled by mass (kg), stature (m) and sex.

    Masses scale with body mass, lengths with stature / reference stature. Limbs are lumped (both sides).

    Allowed input (ValueError outside): ``mass`` in (0, 300] kg, ``height`` in [1.0, 2.3] m (the API contract),
    ``sex`` "male" or "female", and a body mass index mass / height^2 in [6, 210] kg/m^2 (:data:`BMI_LIMITS`:
    outside every living adult on record). Valid range of the anthropometry (an
    :class:`AnthropometryRangeWarning`, a ``UserWarning``, outside it; the result is then an extrapolation):
    stature 1.50-2.00 m (:data:`STATURE_VALID`) and BMI 18.5-30 kg/m^2 (:data:`BMI_VALID`, the WHO normal and
    pre-obese classes; de Leva's fractions are means of lean young adults). So ``Body(0.001, 1.75)`` and
    ``Body(300, 1.0)`` (BMI 300) are refused, ``Body(120, 1.75)`` (BMI 39) is built with a warning.

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
        mass = check_number("mass", self.mass, *MASS_RANGE, "kg", lo_open=True)
        height = check_number("height", self.height, *HEIGHT_RANGE, "m")
        sex = check_choice("sex", self.sex, SEXES)
        _check_proportions(mass, height)
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
    def bmi(self) -> float:
        """Body mass index, kg/m^2 (mass / height^2)."""
        return self.mass / self.height**2

    @property
    def segment_mass_total(self) -> float:
        """Sum of the (lumped) segment masses, kg; equals ``mass`` to de Leva's rounding (±0.2 %)."""
        return sum(s.mass for s in self.segments.values())

    def length(self, name: str) -> float:
        """Length (m) of a segment."""
        return self.segments[check_choice("name", name, SEGMENTS)].length

    @property
    def upper_body_mass(self) -> float:
        """Mass above L5/S1 (abdomen, thorax, head, arms), kg."""
        from .conventions import ABOVE_L5S1

        return sum(self.segments[n].mass for n in ABOVE_L5S1)
