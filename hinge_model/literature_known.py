"""Why the model disagrees with a published number (:data:`KNOWN_OUTSIDE`, used by :mod:`hinge_model.literature`)."""

from __future__ import annotations

from types import MappingProxyType

#: Rows outside their tolerance for the reference person (75 kg, 1.75 m man) whose reason is understood.
#: tests/test_literature.py asserts exactly this status, so a change in the model that moves a row shows up.
KNOWN_OUTSIDE: MappingProxyType[str, str] = MappingProxyType({
    "kingma_moment_ratio_beside": (
        "with the box between the feet the model's squat holds the load over the feet with the trunk steeper (hip "
        "at its 130 deg range, knee ~146 deg: deeper than the measured squat pattern) while the stoop cannot bring "
        "it closer, so the squat's moment is ~0.74 of the stoop's; van Dieen et al. 1999 (abstract) report a lower "
        "squat moment exactly for loads between the feet, Kingma et al. 2004 a higher one."),
    "kingma_l4l5_shear_stoop": (
        "~1090 N where Kingma et al. report < 300 N. At the stoop's peak the lumbar spine is at its range (59 deg) and "
        "the pelvis far forward, so the L4/L5 mid-plane is ~113 deg from the horizontal: about half of the shear is "
        "the weight and inertia above pushing along it, half the passive tissue (~1800 N, pulled 15 deg forward: an "
        "assumption), and the extensor, whose oblique pull is lost in full flexion (after McGill et al. 2000, "
        "second-hand), adds ~0 N; the "
        "per-level fascicle angles that could resist it were not read first-hand (data/spine_levels.csv)."),
    "vonarx_compression_l5s1": (
        "right sign (the stoop compresses less) but a smaller difference (-0.23 BW): the model's floor squat and "
        "stoop both need the whole lumbar range for a 15 kg box held under its bottom edges."),
    "vonarx_compression_l4l5": ("right sign, -0.29 BW, just short of von Arx et al.'s -0.3 to -1.0 BW."),
    "vonarx_shear_l5s1": (
        "nearly equal (+0.07 BW, stoop higher) where von Arx et al. found the stoop LOWER by 0.2-0.4 BW: the model's "
        "stoop passive tissue pulls the vertebra forward while its extensor's pull turns posterior in flexion "
        "(Macintosh et al. 1993), the two nearly cancelling the squat's difference."),
    "vonarx_shear_l4l5": ("larger than von Arx et al.'s +0.1 to +0.8 BW (+1.1 BW), see kingma_l4l5_shear_stoop."),
    "lumbar_stoop_vonarx": (
        "the model's stoop reaches a 15 kg box held under its bottom edges (grip 0.02 m) only with the lumbar spine "
        "at its range (59.5 deg); von Arx et al.'s grip height was not read."),
    "lumbar_squat_vonarx": (
        "the fit's input (squat lumbar 25.1 +- 8.2 deg) is pulled to ~38 deg by its hard constraints: a grip 0.02 m "
        "above the floor with the knees kept behind the box needs more trunk flexion."),
    "schellenberg_deadlift25_knee": (
        "the bar over the mid-foot keeps the round shin capsules (ANSUR II girth / 2 pi) near vertical and the "
        "unloaded CoM must stay over the feet, so the model's floor deadlift bends the knees ~52 deg (and the lumbar "
        "spine ~45 deg) instead of Schellenberg et al.'s 108 deg."),
    "schellenberg_deadlift50_knee": ("as schellenberg_deadlift25_knee."),
    "slr_young_men": (
        "the model's default person has the clinical NORMAL hamstring length (SLR 80 deg, a second-hand range); "
        "Gajdosik et al.'s 30 men measured 61 +- 6.7 deg. flexibility='tight' models them better."),
    "pke_young_men": (
        "the constant moment-arm ratio r_knee / r_hip = 0.5 (muscles.py) couples knee and hip less than measured: "
        "Gajdosik et al.'s men were 31 deg short of a straight knee with the hip at 90 deg."),
})
