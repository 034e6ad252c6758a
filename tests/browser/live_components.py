"""One notebook cell per live component of hinge_model (the package functions the notebooks call), and the usual
teaching baseline (``ipywidgets.interact`` + ``%matplotlib inline``), for the browser tests and the latency bench.

:func:`write_notebook` writes them as a notebook: the tests and bench/bench_browser_latency.py open it in
JupyterLab, run it and find the live figures with ``live_probe.find_live_figures`` (data-driven: a new component
added to :data:`COMPONENTS` is measured and tested without other changes).
"""

from __future__ import annotations

from pathlib import Path

import nbformat

SETUP = """import hinge_model as hm
body = hm.Body(mass=75.0, height=1.75, sex="male")"""

#: name -> code of a cell whose output is one live component (its last expression is displayed).
COMPONENTS: dict[str, str] = {
    "explorer": 'hm.widgets.Explorer(body, technique="hinge", load_mass=15.0, target_height=0.35).widget',
    "trunk_lever (00)": "hm.plots.live_trunk_lever()",
    "lift_animation (01)": "hm.plots.live_lift_animation(body, load_mass=15.0, target_height=0.26)",
    "lever (02)": "hm.plots.live_lever()",
    "moment_terms (03)": "hm.plots.live_moment_terms(body)",
    "hips_back (04)": "hm.plots.live_hips_back(body, load_mass=15.0, target_height=0.26)",
    "technique_peaks (07)": "hm.plots.live_technique_peaks(body, load_mass=15.0)",
    "lift_duration (09)": "hm.plots.live_lift_duration(body, load_mass=15.0, target_height=0.26)",
    "pickup_choice (10)": "hm.plots.live_pickup_choice(body, load_mass=15.0, target_height=0.22)",
    "assess_explorer (12)": 'hm.assess.explorer.Explorer(body, "hinge").widget',
    "stoop_duration (99)": ('hm.plots.live_stoop_duration(body, bands={"moment": (180, 260), "compression": '
                            '(3000, 5000)}, static={"moment": 200.0, "compression": 3500.0})'),
}

BASELINE_SETUP = """%matplotlib inline
import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import hinge_model as hm
body = hm.Body(mass=75.0, height=1.75, sex="male")"""

#: The usual teaching pattern: interact() re-runs a function that builds the whole figure and shows it inline.
BASELINES: dict[str, str] = {
    "interact baseline, Explorer-like 3 panels": '''def explorer_like(hip=60.0):
    a = hm.analyze(body, hm.Pose(ankle=5, knee=20, hip=hip, lumbar=10, shoulder=60), 15.0)
    fig = plt.figure(figsize=(8.4, 3.8))
    ax_body = fig.add_axes((0.07, 0.13, 0.3, 0.75))
    ax_bars = fig.add_axes((0.46, 0.11, 0.23, 0.77))
    ax_gauges = fig.add_axes((0.73, 0.05, 0.26, 0.83))
    hm.plots.stick_figure(ax_body, a)
    hm.plots.moment_arms(ax_body, a)
    hm.plots.moment_bars(ax_bars, a, labels=False, ylim=(-225, 450))
    hm.plots.spine_gauges(ax_gauges, a, labels=False)
    fig.suptitle(f"hip {hip:.0f} deg", x=0.01, ha="left")
    plt.show()


widgets.interact(explorer_like, hip=widgets.FloatSlider(value=60, min=0, max=120, step=1));''',
    "interact baseline, three solves (07-like)": '''def peaks(grip=0.15):
    box = hm.objects.raised(hm.series.FLOOR_BOX, grip, clamp=True)
    fig, axs = plt.subplots(1, 3, figsize=(8.4, 3.6))
    for ax, key in zip(axs, ("moment", "compression", "shear")):
        values = []
        for t in hm.movements.TECHNIQUES:
            a = hm.movement(t, body, load=box, frames=21).analysis
            values.append({"moment": np.max(a.moments["L5S1"]), "compression": np.max(a.spine.compression),
                           "shear": np.max(a.spine.shear)}[key])
        ax.bar(range(3), values)
        ax.set_xticks(range(3), hm.movements.TECHNIQUES)
        ax.set_title(key)
    fig.suptitle(f"hands at {100 * grip:.0f} cm")
    plt.show()


widgets.interact(peaks, grip=widgets.FloatSlider(value=0.15, min=0.15, max=0.55, step=0.01));''',
    "interact baseline, one axes (00-like)": '''def trunk(angle=30):
    x, y = 0.5 * np.sin(np.radians(angle)), 0.5 * np.cos(np.radians(angle))
    fig, ax = plt.subplots(figsize=(6.4, 4.0))
    ax.plot([0, x], [0, y], lw=7)
    ax.plot([0, x], [-0.04, -0.04], lw=4)
    ax.set(xlim=(-0.1, 0.62), ylim=(-0.08, 0.56), aspect="equal", title=f"lever arm {x:.2f} m")
    plt.show()


widgets.interact(trunk, angle=widgets.IntSlider(value=30, min=0, max=90, step=5));''',
}


def write_notebook(path: Path, cells: dict[str, str], setup: str) -> list[str]:
    """Write ``setup`` then one cell per entry of ``cells``; returns the names in cell order."""
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(setup)]
                                  + [nbformat.v4.new_code_cell(f"# {name}\n{code}") for name, code in cells.items()])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    nbformat.write(nb, path)
    return list(cells)
