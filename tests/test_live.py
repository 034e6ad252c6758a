"""Tests of the live view (hinge_model.plots.live, .serialize) and of every live component, under Agg in a plain
process: the numbers sent to the browser are the artists' own display coordinates, the components' artists show
the model's numbers, and bad input is refused with a message that names it."""

from __future__ import annotations

import io
import json

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from matplotlib.patches import Circle, Rectangle  # noqa: E402
from numpy.testing import assert_allclose  # noqa: E402
from PIL import Image  # noqa: E402

import hinge_model as hm  # noqa: E402
from hinge_model import plots  # noqa: E402
from hinge_model.plots import live, serialize  # noqa: E402

BODY = hm.Body(75.0, 1.75, "male")


def png_size(data: bytes) -> tuple[int, int]:
    return Image.open(io.BytesIO(data)).size


@pytest.fixture
def fig_ax():
    fig, ax = live.new_figure((4.0, 3.0))
    ax.set(xlim=(0, 10), ylim=(0, 5))
    return fig, ax


def test_line_op_is_the_display_path_with_y_flipped(fig_ax):
    fig, ax = fig_ax
    (line,) = ax.plot([1, 4, 9], [1, 3, 2], color="#D55E00", lw=2, ls="--", marker="o", ms=6)
    fig.canvas.draw()
    (op,) = serialize.serialize([line], fig)
    xy = ax.transData.transform([[1, 1], [4, 3], [9, 2]])
    expected = np.column_stack([xy[:, 0], fig.bbox.height - xy[:, 1]]).ravel()
    assert_allclose(op["p"], expected, atol=0.006)
    assert op["c"] == "rgba(213,94,0,1)" and op["w"] == pytest.approx(2 * 100 / 72, abs=0.01)
    assert op["d"] and all(d > 0 for d in op["d"])  # dashes in px
    assert op["m"]["f"] is not None and len(op["m"]["p"][0]) >= 8  # a filled circle marker, as a polygon
    assert op["k"] is not None  # clipped to the axes


def test_nan_breaks_the_path_instead_of_drawing_to_zero(fig_ax):
    fig, ax = fig_ax
    (line,) = ax.plot([1, np.nan, 3], [1, 2, 3])
    (op,) = serialize.serialize([line], fig)
    assert op["p"][2] is None and op["p"][3] is None
    json.dumps(op, allow_nan=False)  # valid JSON: no NaN


def test_patch_and_text_ops(fig_ax):
    fig, ax = fig_ax
    rect = ax.add_patch(Rectangle((2, 1), 3, 2, fc="#E69F00", ec="black", hatch="//"))
    circ = ax.add_patch(Circle((7, 3), 1, fill=False))
    text = ax.text(5, 4, "15 kg\nload", ha="center", va="top", fontsize=12,
                   bbox={"boxstyle": "round,pad=0.2", "fc": "white"})
    ops = serialize.serialize([rect, circ, text], fig)
    r = next(o for o in ops if o["t"] == "p" and o["h"] == "//")
    c = next(o for o in ops if o["t"] == "p" and o["h"] is None)
    t = next(o for o in ops if o["t"] == "t")
    corners = ax.transData.transform([[2, 1], [5, 3]])
    xs, ys = r["p"][0][0::2], r["p"][0][1::2]
    assert min(xs) == pytest.approx(corners[0, 0], abs=0.01) and max(xs) == pytest.approx(corners[1, 0], abs=0.01)
    assert max(ys) == pytest.approx(fig.bbox.height - corners[0, 1], abs=0.01)
    assert r["h"] == "//" and r["f"].startswith("rgba(230,159,0")
    assert c["f"] is None and len(c["p"][0]) > 20  # the circle's Bezier curves flattened
    assert t["s"] == "15 kg\nload" and t["f"] == pytest.approx(12 * 100 / 72, abs=0.01)
    assert (t["ha"], t["va"]) == ("center", "top") and t["b"]["round"] and t["b"]["pad"] > 0


def test_unsupported_artist_is_refused(fig_ax):
    fig, ax = fig_ax
    mesh = ax.pcolormesh(np.zeros((3, 3)))
    with pytest.raises(TypeError, match="QuadMesh"):
        live.LiveView(fig, [mesh])


def test_live_view_background_leaves_out_the_animated_artists(fig_ax):
    fig, ax = fig_ax
    (line,) = ax.plot([0, 10], [2.5, 2.5], lw=8, color="black")
    view = live.LiveView(fig, [line])
    assert view.background[:4] == b"\x89PNG" and png_size(view.background) == (400, 300)
    bg = np.asarray(Image.open(io.BytesIO(view.background)).convert("L"))
    full = np.asarray(Image.open(io.BytesIO(plots.figure_png(fig))).convert("L"))
    row = 300 - int(ax.transData.transform([[5, 2.5]])[0, 1])
    assert bg[row, 200] > 200 and full[row, 200] < 50  # the thick line is only in the full image
    state = view.state()
    assert state["seq"] == 1 and len(state["ops"]) == 1
    line.set_ydata([1, 1])
    view.push(alt="moved")
    assert view.state()["seq"] == 2 and view.alt == "moved"
    assert view.state()["ops"][0]["p"][1] > state["ops"][0]["p"][1]  # lower on screen


def test_live_view_renders_the_background_at_the_screen_pixel_ratio(fig_ax):
    fig, ax = fig_ax
    (line,) = ax.plot([0, 10], [1, 4])
    view = live.LiveView(fig, [line])
    renders = view.background_renders
    view.pixel_ratio = 2.0  # what the browser reports on a HiDPI screen
    assert png_size(view.background) == (800, 600) and view.background_renders == renders + 1
    assert (view.width, view.height) == (400, 300)  # the ops stay in figure pixels


def test_set_frames_validates(fig_ax):
    fig, ax = fig_ax
    (line,) = ax.plot([0, 1], [0, 1])
    view = live.LiveView(fig, [line])
    with pytest.raises(ValueError, match="one entry per frame"):
        view.set_frames([[], []], ["a"])
    with pytest.raises(ValueError, match="fps"):
        view.set_frames([[]], fps=0)
    view.set_frames([[], []], ["a", "b"], fps=25)
    assert json.loads(view.frames) == [[], []] and view.fps == 25


def test_static_view_outside_a_kernel(fig_ax):
    fig, ax = fig_ax
    (line,) = ax.plot([0, 1], [0, 1])
    view = live.make_view(fig, [line])
    assert isinstance(view, live.StaticView) and bytes(view.value[:4]) == b"\x89PNG"
    before, first = bytes(view.value), view.state()
    line.set_ydata([1, 0])
    view.push()
    assert bytes(view.value) != before
    assert view.state()["seq"] == first["seq"] + 1 and view.state()["ops"] != first["ops"]  # as a LiveView's


# ------------------------------------------------------------------------------------------------ components
COMPONENTS = {
    "trunk_lever": (lambda: plots.live_trunk_lever(live=True), {"angle": 60}),
    "lever": (lambda: plots.live_lever(live=True), {"distance": 0.6, "load_mass": 20}),
    "moment_terms": (lambda: plots.live_moment_terms(BODY, live=True), {"hip": 90}),
    "hips_back": (lambda: plots.live_hips_back(BODY, live=True), {"hips_back": 100}),
    "technique_peaks": (lambda: plots.live_technique_peaks(BODY, frames=9, live=True), {"load_mass": 30}),
    "lift_duration": (lambda: plots.live_lift_duration(BODY, live=True), {"duration": 1.0}),
    "pickup_choice": (lambda: plots.live_pickup_choice(BODY, live=True), {"technique": "squat"}),
    "stoop_duration": (lambda: plots.live_stoop_duration(BODY, {"moment": (180, 260), "compression": (3000, 5000)},
                                                         {"moment": 200.0, "compression": 3500.0}, live=True),
                       {"duration": 1.5}),
}


@pytest.mark.parametrize("name", list(COMPONENTS))
def test_component_updates_in_place_and_fits_the_output_area(name):
    build, change = COMPONENTS[name]
    comp = build()
    box = comp.widget
    assert repr(box) == f"{name}(controls + live figure)" == repr(comp)
    assert comp.view in box.children
    assert comp.figure.bbox.width <= plots.OUTPUT_AREA_PX  # fits JupyterLab's output area at 1280 x 720
    assert any("hm-main-control" in c._dom_classes for c in comp.controls.values())
    for key, c in comp.controls.items():  # a label is never cut short ("hands at (..."): the whole text shows
        if getattr(c, "description", "") and hasattr(c.style, "description_width"):
            assert c.style.description_width == "initial", (name, key, c.description)
    ids = [id(a) for a in comp.figure.findobj()]
    first = comp.view.state()
    comp.set(**change)
    assert comp.view.state()["seq"] == first["seq"] + 1
    assert comp.view.state()["ops"] != first["ops"]
    assert [id(a) for a in comp.figure.findobj()] == ids  # the very same artists, moved
    assert comp.status.value == ""
    bundle = box._repr_mimebundle_()
    assert bundle["image/png"][:4] == b"\x89PNG" and bundle["text/plain"] == repr(box)  # fallback without widgets


def test_trunk_lever_shows_the_lever_arm():
    comp = plots.live_trunk_lever(trunk_length=0.5, live=True)
    comp.set(angle=30)
    texts = [o["s"] for o in comp.view.state()["ops"] if o["t"] == "t"]
    assert texts == [f"trunk 30° from vertical: lever arm {0.5 * np.sin(np.radians(30)):.2f} m"]
    with pytest.raises(ValueError, match="trunk_length"):
        plots.live_trunk_lever(trunk_length=5)
    with pytest.raises(TypeError, match="unknown names"):
        comp.set(angel=10)


@pytest.mark.parametrize("length", [0.3, 0.5, 0.6, 0.8, 1.0])
def test_trunk_lever_axes_hold_the_whole_trunk(length):
    """Notebook 00's exercise changes the trunk length: the shoulder stays inside the axes at 0 and 90 degrees."""
    comp = plots.live_trunk_lever(trunk_length=length, live=False)
    ax = comp.figure.axes[0]
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    for angle in (0, 90):
        comp.set(angle=angle)
        x, y = length * np.sin(np.radians(angle)), length * np.cos(np.radians(angle))
        assert x0 < x < x1 and y0 < y < y1, (angle, x, y, ax.get_xlim(), ax.get_ylim())


def test_moment_terms_bars_add_up_to_the_net_moment():
    comp = plots.live_moment_terms(BODY, live=True)
    comp.set(hip=80, lumbar=20, load_mass=10)
    pose = hm.Pose(knee=15, ankle=5, hip=80, lumbar=20, shoulder=plots.arms_hanging(5, 15, 80, 20))
    a = hm.analyze(BODY, pose, 10.0)
    widths = [p.get_width() for p in comp.figure.axes[1].patches]
    assert sum(widths) == pytest.approx(float(a.moments["L5S1"]), rel=1e-9)


def test_technique_peaks_are_the_movements_peaks():
    comp = plots.live_technique_peaks(BODY, frames=9, live=True)
    comp.set(load_mass=20, target_height=0.3)
    for k, t in enumerate(plots.TECHNIQUES):
        a = hm.movement(t, BODY, load_mass=20, target_height=0.3, frames=9).analysis
        assert comp.figure.axes[0].patches[k].get_height() == pytest.approx(float(np.max(a.moments["L5S1"])))


def test_stoop_duration_lifts_a_box_with_the_compression_band():
    box = hm.series.KINGMA_BOX
    comp = plots.live_stoop_duration(BODY, None, {"moment": 200.0, "compression": 3500.0}, load=box,
                                     parameter_band=True, live=True)
    comp.set(duration=3.0)
    d = hm.movement("bend", BODY, load=box, frames=41, duration=3.0).dynamics
    k = int(np.argmax(d.spine.compression))
    lo, hi = d.spine.band("compression")
    ax_m, ax_c = comp.figure.axes
    assert ax_m.patches[0].get_height() == pytest.approx(float(np.max(d.moments["L5S1"])))
    assert ax_c.patches[0].get_height() == pytest.approx(float(d.spine.compression[k]))
    assert list(ax_c.lines[-1].get_ydata()) == pytest.approx([float(lo[k]), float(hi[k])])
    assert "10.5 kg box" in comp.alt_text() and f"({lo[k]:.0f} to {hi[k]:.0f} N)" in comp.alt_text()
    assert len(ax_m.patches) == 1  # the dynamic bar only: no published range


def test_lift_animation_sends_every_frame_once():
    comp = plots.live_lift_animation(BODY, load_mass=10.0, target_height=0.3, fps=10, live=True)
    frames = json.loads(comp.view.frames)
    assert len(frames) == len(comp.view.frame_labels) == int(round(hm.movements.DEFAULT_DURATION * 10)) + 1
    assert comp.view.fps == 10 and frames[0] != frames[-1]
    assert comp.view.frame_labels[0].startswith("t = 0.00 s")
    with pytest.raises(ValueError, match="fps"):
        plots.live_lift_animation(BODY, fps=500)


def test_errors_in_an_update_go_to_the_status_line(monkeypatch):
    comp = plots.live_lift_duration(BODY, live=True)

    def broken(*args, **kwargs):
        raise RuntimeError("solver exploded")

    monkeypatch.setattr(hm.movements, "retimed", broken)  # each duration re-times the solved lift
    comp.controls["duration"].value = 3.0  # what a user does: must not raise
    assert "solver exploded" in comp.status.value


def test_side_by_side_animation_mp4_and_gif(tmp_path):
    moves = {t: hm.movement(t, BODY, load_mass=10.0, target_height=0.3, frames=9) for t in plots.TECHNIQUES}
    paths = plots.animate_lift(moves, tmp_path / "lift", formats=("mp4", "gif"), fps=20)
    assert [p.suffix for p in paths] == [".mp4", ".gif"]
    assert paths[0].read_bytes()[4:8] == b"ftyp"  # an MP4 container
    with Image.open(paths[1]) as im:
        assert im.size == (1280, 720) and im.n_frames == 9
    with pytest.raises(ValueError, match="same number of frames"):
        plots.animate_lift({"hinge": moves["hinge"], "bend": hm.movement("bend", BODY, 10.0, 0.3, frames=5)},
                           tmp_path / "x.gif")


def test_presenter_as_a_call_and_as_a_context():
    size = matplotlib.rcParams["font.size"]
    with plots.presenter():
        assert plots.is_presenting() and matplotlib.rcParams["font.size"] >= 16
        ex = hm.widgets.Explorer(BODY, live=True)
        assert "hm-presenter" in ex.widget._dom_classes
        assert ex.figure.bbox.width > 1000  # larger figure for the projector
    assert not plots.is_presenting() and matplotlib.rcParams["font.size"] == size
    mode = plots.presenter()
    try:
        assert plots.is_presenting()
    finally:
        mode.__exit__(None, None, None)
    assert not plots.is_presenting() and matplotlib.rcParams["font.size"] == size
