"""Export: figures to PNG/SVG/PDF files or bytes, and lift animations."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure

from ..validation import InputTypeError, check_choice, check_instance, check_int
from .base import _dpi, _figsize
from .stick import fit_limits, moment_arms, stick_figure

# ---------------------------------------------------------------------------------------------------------------
# Export


def save_figure(fig: Figure, path: str | Path, formats: Sequence[str] = ("png", "svg"), *,
                dpi: float | None = None) -> list[Path]:
    """Save ``fig`` as ``path`` with each suffix in ``formats`` (e.g. ``fig.png`` and ``fig.svg``); returns paths.

    SVG text stays text (``svg.fonttype = "none"``) so it remains searchable and readable by screen readers.
    """
    _check_fig(fig)
    base = _check_path(path)
    dpi = _dpi(dpi)
    fmts = _formats(formats, ("png", "svg", "pdf"))
    if base.suffix.lstrip(".") in ("png", "svg", "pdf"):
        base = base.with_suffix("")
    out = []
    for fmt in fmts:
        p = base.with_suffix("." + fmt)
        _make_folder(path, p)
        with mpl.rc_context({"svg.fonttype": "none"}):
            fig.savefig(p, format=fmt, dpi=dpi, bbox_inches="tight")
        out.append(p)
    return out


def figure_png(fig: Figure, *, dpi: float | None = None) -> bytes:
    """PNG bytes of ``fig`` (what the inline backend sends), e.g. for an ``ipywidgets.Image``."""
    _check_fig(fig)
    dpi = _dpi(dpi)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    return buf.getvalue()


def animate_lift(movement: Any, path: str | Path, *, fps: int | None = None, every: int | None = None,
                 dpi: int | None = None, size: tuple[float, float] | None = None,
                 formats: Sequence[str] | None = None) -> Path | list[Path]:
    """Animate a lift; returns the file written (or the list of files, with ``formats``).

    * ``movement`` one :func:`hinge_model.movement`: an animated GIF (``path`` ends in ``.gif``; ``formats`` is for
      the mapping only) of its stick figure with the L5/S1 moment arms
      (defaults: 12 frames/s, every 2nd frame, 288 x 400 px, about 150-300 kB).
    * ``movement`` a mapping ``{technique: movement}`` (e.g. hinge, bend and squat lifting the same load from the
      same place, same frame count): the lifts side by side for slides, 1280 x 720 px by default, every frame at
      ``fps`` (default 20) as MP4 (H.264, the ffmpeg that ships with imageio-ffmpeg) and/or GIF, chosen by the
      suffix of ``path`` or by ``formats`` (e.g. ``("mp4", "gif")``).
    """
    from ..movements import Movement

    what = "a hinge_model Movement (hm.movement(...)) or a {technique: Movement} mapping"
    named = {f"movement[{k!r}]": m for k, m in movement.items()} if isinstance(movement, Mapping) else {
        "movement": movement}
    for k, m in named.items():
        check_instance(k, m, Movement, what)
    out = _check_path(path)
    size = _figsize(size, "size")
    dots = _dpi(dpi)
    dpi = None if dots is None else round(dots)
    if not isinstance(movement, Mapping) and formats is not None:
        raise ValueError(f"formats = {formats!r} is only for a {{technique: movement}} mapping (MP4/GIF); one "
                         "movement is always written as a GIF: allowed formats=None")
    if isinstance(movement, Mapping):
        from .style import PRESENTER_RC

        with mpl.rc_context(PRESENTER_RC):  # made for slides: presenter fonts and lines
            return _animate_side_by_side(dict(movement), out, fps=_or(fps, 20), size=size or (12.8, 7.2),
                                         dpi=_or(dpi, 100), every=_or(every, 1), formats=formats)
    return _animate_one(movement, out, fps=_or(fps, 12), every=_or(every, 2), dpi=_or(dpi, 80),
                        size=size or (3.6, 5.0))


def _or(value: int | None, default: int) -> int:
    """``value``, or ``default`` for None only (0 and False are checked, not replaced by the default)."""
    return default if value is None else value


def _check_rate(fps: int, every: int) -> None:
    check_int("fps", fps, 1, 240)
    check_int("every", every, 1, 100_000)


def _check_fig(fig: object) -> None:
    check_instance("fig", fig, Figure, "a Matplotlib Figure (e.g. from plt.subplots())")


def _check_path(path: object) -> Path:
    if not isinstance(path, str | Path) or not str(path).strip() or not Path(path).name:
        raise InputTypeError(f"path must be a file path (str or Path) with a file name, got {path!r}")
    return Path(path)


def _make_folder(path: object, p: Path) -> None:
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValueError(f"path = {str(path)!r}: cannot make the folder {str(p.parent)!r} ({exc.strerror}); "
                         "allowed: a path in an existing folder or one that can be created") from None


def _formats(formats: object, allowed: tuple[str, ...]) -> list[str]:
    if isinstance(formats, str) or not isinstance(formats, Sequence) or not formats:
        raise InputTypeError(f"formats must be a non-empty list or tuple among {', '.join(map(repr, allowed))}, "
                             f"got {formats!r}")
    return [check_choice("formats", f, allowed) for f in formats]


def _animate_one(movement: Any, p: Path, *, fps: int, every: int, dpi: int, size: tuple[float, float]) -> Path:
    from matplotlib.animation import PillowWriter

    _check_rate(fps, every)
    check_choice("path suffix", p.suffix, (".gif",))  # one movement is written as an animated GIF
    _make_folder(p, p)
    a = movement.analysis
    t = np.asarray(movement.time)
    with plt.ioff():
        fig, ax = plt.subplots(figsize=size, layout="constrained")
    try:
        stick = stick_figure(ax, a, frame=0)
        arms = moment_arms(ax, a, joints=("L5S1",), frame=0)
        fit_limits(ax, [a])  # every frame of the lift, zoomed on the motion
        title = ax.set_title("")
        writer = PillowWriter(fps=fps)
        with writer.saving(fig, str(p), dpi):
            for i in _frames(len(t), every):
                stick.update(a, i)
                arms.update(a, i)
                title.set_text(f"t = {t[i]:.2f} s   L5/S1 {float(np.asarray(a.moments['L5S1'])[i]):.0f} N·m")
                writer.grab_frame()
    finally:
        plt.close(fig)
    return p


def _frames(n: int, every: int) -> list[int]:
    frames = list(range(0, n, every))
    if frames[-1] != n - 1:
        frames.append(n - 1)
    return frames


def _animate_side_by_side(moves: dict[str, Any], path: Path, *, fps: int, size: tuple[float, float], dpi: int,
                          every: int, formats: Sequence[str] | None) -> Path | list[Path]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    from .style import TECHNIQUE_STYLE, _fs

    _check_rate(fps, every)
    if not moves:
        raise ValueError("movement must hold at least one {technique: movement} entry")
    lengths = {t: len(np.asarray(m.time)) for t, m in moves.items()}
    if len(set(lengths.values())) != 1:
        raise ValueError(f"the movements must have the same number of frames, got {lengths}")
    if formats is None:  # from the suffix of path
        fmts = [check_choice("path suffix", path.suffix.lstrip(".") or "mp4", ("mp4", "gif"))]
    else:
        fmts = _formats(formats, ("mp4", "gif"))
    base = path.with_suffix("") if path.suffix.lstrip(".") in ("mp4", "gif") else path
    outs = [base.with_suffix("." + f) for f in fmts]
    for o in outs:
        _make_folder(path, o)
    fig = Figure(figsize=size, dpi=dpi, layout="constrained")
    canvas = FigureCanvasAgg(fig)
    axs = np.atleast_1d(fig.subplots(1, len(moves), sharex=True, sharey=True))
    sticks = {}
    for ax, (t, m) in zip(axs, moves.items(), strict=True):
        st = TECHNIQUE_STYLE.get(t, {"color": "black", "linestyle": "-"})
        sticks[t] = stick_figure(ax, m.analysis, frame=0, color=st["color"], linestyle=st["linestyle"])
        fit_limits(ax, [mm.analysis for mm in moves.values()])
        ax.set_title(t, fontweight="bold", fontsize=_fs(1.3))
    first = next(iter(moves.values()))
    time = np.asarray(first.time)
    status = fig.suptitle(" ", fontsize=_fs(1.2))
    canvas.draw()
    fig.set_layout_engine("none")  # same layout in every frame
    w, h = (int(round(v)) for v in fig.bbox.size)
    images = []
    writer = None
    if "mp4" in fmts:
        import imageio_ffmpeg

        writer = imageio_ffmpeg.write_frames(str(base.with_suffix(".mp4")), (w, h), fps=fps, codec="libx264",
                                             pix_fmt_out="yuv420p", quality=8, macro_block_size=8)
        writer.send(None)
    try:
        for i in _frames(len(time), every):
            for t, s in sticks.items():
                s.update(moves[t].analysis, frame=i)
            phase = "going down" if i < first.pickup else "pick-up" if i == first.pickup else "standing up"
            status.set_text(f"t = {time[i]:.2f} s: {phase}")
            canvas.draw()
            rgb = np.asarray(canvas.buffer_rgba())[..., :3]
            if writer is not None:
                writer.send(np.ascontiguousarray(rgb).tobytes())
            if "gif" in fmts:
                images.append(Image.fromarray(rgb).quantize(colors=64))
    finally:
        if writer is not None:
            writer.close()
    if images:
        images[0].save(base.with_suffix(".gif"), save_all=True, append_images=images[1:], loop=0,
                       duration=round(1000 * every / fps), optimize=True)
    return outs if formats is not None else outs[0]
