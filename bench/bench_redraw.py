"""Slider response of the Explorer in the kernel (Agg, one process): live-view updates vs clear-and-replot.

Measures, over the same 200 seeded random poses (joint angles and load inside the slider ranges):

* ``Explorer.set(**pose)`` including what the live view sends (the model, the artists moved in place, the animated
  artists serialised as drawing operations: the kernel's whole share of a slider step) -- target median < 30 ms;
* the same plus a full redraw of the live view's background PNG (what a new body or new limits cost);
* the same plus the diff-PNG encode an ipympl canvas would do to ship the frame (``get_diff_image`` logic of
  matplotlib's webagg core: unchanged pixels zeroed, PIL PNG), for comparison with the ipympl route;
* baseline, as ``ipywidgets.interact`` + the inline backend does it: ``fig.clf()``, build every panel again with
  the same plot functions, ``savefig`` to a PNG buffer -- target: the Explorer >= 5x faster.

Prints readable lines and ``BENCH|measure|value|unit|target|ratio`` rows (see bench/README.md).
Run: ``.venv/bin/python bench/bench_redraw.py``.
"""

from __future__ import annotations

import io
import statistics
import time

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

import hinge_model as hm  # noqa: E402
from hinge_model import plots, widgets  # noqa: E402

N = 200
N_EXTRA = 50
SEED = 2026
BODY = hm.Body(mass=75.0, height=1.75, sex="male")


def random_settings(n: int, seed: int) -> list[dict[str, float]]:
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        s = {j: float(rng.uniform(*widgets.SLIDER_RANGES[j])) for j in widgets.JOINT_NAMES}
        s["load_mass"] = float(rng.uniform(*widgets.LOAD_SLIDER))
        out.append(s)
    return out


def time_explorer(settings: list[dict[str, float]], full: bool = False, diff_png: bool = False
                  ) -> tuple[list[float], list[float]]:
    ex = widgets.Explorer(BODY, technique="hinge", load_mass=15.0, live=True)
    ex.widget  # noqa: B018 - builds the live view, so every set() sends its frame
    canvas = ex.figure.canvas
    last = np.empty((0, 0), dtype=np.uint32)
    times, cpu = [], []
    for s in settings:
        t0, c0 = time.perf_counter(), time.process_time()
        ex.set(**s)
        if full:
            ex.redraw(full=True)
        if diff_png:
            canvas.draw()  # what ipympl does next to ship the frame (matplotlib webagg_core.get_diff_image, diff mode)
            buff = np.asarray(canvas.buffer_rgba()).view(np.uint32).squeeze(2)
            out = np.where(buff == last, 0, buff) if last.shape == buff.shape else buff
            last = buff.copy()
            Image.fromarray(out.view(np.uint8).reshape((*out.shape, 4))).save(io.BytesIO(), format="png")
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    plt.close(ex.figure)
    return times, cpu


def time_clear_and_replot(settings: list[dict[str, float]]) -> tuple[list[float], list[float]]:
    """The interact + inline pattern: clear the figure, draw every panel again, encode a PNG."""
    with plt.ioff():
        fig = plt.figure(figsize=(10.0, 5.6))
    times, cpu = [], []
    for s in settings:
        t0, c0 = time.perf_counter(), time.process_time()
        pose = hm.Pose(**{j: s[j] for j in widgets.JOINT_NAMES})
        a = hm.analyze(BODY, pose, s["load_mass"])
        fig.clf()
        ax_body = fig.add_axes((0.07, 0.1, 0.42, 0.86))
        ax_bars = fig.add_axes((0.63, 0.6, 0.35, 0.36))
        ax_gauges = fig.add_axes((0.56, 0.02, 0.42, 0.46))
        plots.stick_figure(ax_body, a)
        plots.moment_arms(ax_body, a)
        plots.moment_bars(ax_bars, a, labels=False, ylim=(-3.0 * BODY.mass, 6.0 * BODY.mass))
        plots.spine_gauges(ax_gauges, a, labels=False)
        ax_body.set_title("custom pose", loc="left")
        fig.savefig(io.BytesIO(), format="png")
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    plt.close(fig)
    return times, cpu


def main() -> None:
    settings = random_settings(N, SEED)
    runs = {
        "blit": time_explorer(settings),
        "base": time_clear_and_replot(settings),
        # informational variants on the first N_EXTRA poses (each full redraw is slow)
        "full": time_explorer(settings[:N_EXTRA], full=True),
        "ipympl": time_explorer(settings[:N_EXTRA], diff_png=True),
    }
    wall = {k: 1e3 * statistics.median(v[0]) for k, v in runs.items()}
    cpu = {k: 1e3 * statistics.median(v[1]) for k, v in runs.items()}
    p90 = 1e3 * float(np.percentile(runs["blit"][0], 90))
    ratio = wall["base"] / wall["blit"]
    print(f"Explorer redraw benchmark: {N} random poses (seed {SEED}), Agg, body 75 kg / 1.75 m, figure 10x5.6 in")
    print("  median per slider change                wall ms   CPU ms")
    labels = {"blit": f"Explorer.set + live frame ({N})", "full": f"Explorer.set + new background ({N_EXTRA})",
              "ipympl": f"set + draw + diff PNG, ipympl ({N_EXTRA})", "base": f"clf + replot + PNG, interact ({N})"}
    for k, text in labels.items():
        print(f"  {text:<40} {wall[k]:7.1f}  {cpu[k]:7.1f}")
    print(f"  90th percentile of the live-frame update: {p90:.1f} ms wall")
    print(f"  speed-up vs clear-and-replot: {ratio:.1f}x wall, {cpu['base'] / cpu['blit']:.1f}x CPU; with ipympl's "
          f"PNG encode {wall['base'] / wall['ipympl']:.1f}x; with a new background {wall['base'] / wall['full']:.1f}x")
    print("  (wall time includes waiting for the CPU on a shared machine; CPU time is the process's own work)")
    print(f"BENCH|Explorer.set + live frame, median wall|{wall['blit']:.1f}|ms|< 30|{ratio:.1f}")
    print(f"BENCH|Explorer.set + live frame, median CPU|{cpu['blit']:.1f}|ms|< 30|{cpu['base'] / cpu['blit']:.1f}")
    print(f"BENCH|Explorer.set + new background PNG, median wall|{wall['full']:.1f}|ms||"
          f"{wall['base'] / wall['full']:.1f}")
    print(f"BENCH|Explorer.set + draw + diff PNG (ipympl-like), median wall|{wall['ipympl']:.1f}|ms||"
          f"{wall['base'] / wall['ipympl']:.1f}")
    print(f"BENCH|baseline clf + replot + PNG, median wall|{wall['base']:.1f}|ms||")
    print(f"BENCH|Explorer speed-up vs clear-and-replot (wall)|{ratio:.1f}|x|>= 5|{ratio:.1f}")


if __name__ == "__main__":
    main()
