"""Measure live figures in JupyterLab with the browser's own clock (used by tests/browser and bench/).

A "live figure" is an output cell that shows a figure and a control: the figure is the hinge_model live view's
canvas (``.hm-live-canvas``), an ipympl canvas, or an inline ``<img>`` (``interact`` + ``%matplotlib inline``);
the control is the element marked ``.hm-main-control`` (a slider or the frame scrubber), else the cell's first
slider handle, else its toggle buttons. :func:`find_live_figures` lists them in notebook order.

Latency of one move (:func:`measure_move`): ``performance.now()`` at the input event (keydown or pointerdown,
captured before the widget sees it), then a ``requestAnimationFrame`` loop that compares the figure's pixels with
a snapshot taken before the input; the first frame whose pixels differ ends the measurement. A move that changes
no pixel within the timeout is reported as unchanged and not counted.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field

FIGURE_SELECTORS = {
    "live": ".hm-live-canvas",
    "ipympl": ".jupyter-matplotlib-canvas-div canvas",
    "inline": ".jp-OutputArea-output img",
}

_PROBE_JS = r"""
(() => {
  if (window.__hmProbe) return;
  const SEL = __SELECTORS__;
  function figure(cellIndex, kind) {
    const cell = document.querySelectorAll('.jp-Notebook .jp-Cell')[cellIndex];
    return cell ? cell.querySelector(SEL[kind]) : null;
  }
  const scratch = document.createElement('canvas');
  function pixels(el) {
    if (!el) return null;
    if (el.tagName === 'CANVAS') {
      if (!el.width || !el.height) return null;
      const data = el.getContext('2d').getImageData(0, 0, el.width, el.height).data;
      return {w: el.width, h: el.height, d: new Uint32Array(data.buffer)};
    }
    if (!el.complete || !el.naturalWidth) return null;
    scratch.width = el.naturalWidth; scratch.height = el.naturalHeight;
    const c = scratch.getContext('2d'); c.drawImage(el, 0, 0);
    const data = c.getImageData(0, 0, scratch.width, scratch.height).data;
    return {w: scratch.width, h: scratch.height, d: new Uint32Array(data.buffer)};
  }
  function differ(a, b) {
    if (!a || !b) return a !== b;
    if (a.w !== b.w || a.h !== b.h) return true;
    const x = a.d, y = b.d;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return true;
    return false;
  }
  window.__hmProbe = {
    pixels, differ, figure,
    arm(cellIndex, kind, timeoutMs) {
      const base = pixels(figure(cellIndex, kind));
      const probe = {t0: null, t1: null, changed: false, done: null};
      probe.done = new Promise((resolve) => {
        const start = (ev) => {
          if (probe.t0 !== null) return;
          probe.t0 = performance.now();
          const poll = () => {
            const now = performance.now();
            if (differ(base, pixels(figure(cellIndex, kind)))) {
              probe.t1 = now; probe.changed = true; resolve({changed: true, ms: now - probe.t0});
            } else if (now - probe.t0 > timeoutMs) resolve({changed: false, ms: null});
            else requestAnimationFrame(poll);
          };
          requestAnimationFrame(poll);
        };
        window.addEventListener('keydown', start, {capture: true, once: true});
        window.addEventListener('pointerdown', start, {capture: true, once: true});
      });
      window.__hmArmed = probe;
      return true;
    },
    async stable(cellIndex, kind, quietMs, timeoutMs) {
      const t0 = performance.now();
      let last = pixels(figure(cellIndex, kind)), since = performance.now();
      while (performance.now() - t0 < timeoutMs) {
        await new Promise((r) => requestAnimationFrame(r));
        const now = pixels(figure(cellIndex, kind));
        if (differ(last, now)) { last = now; since = performance.now(); }
        else if (performance.now() - since >= quietMs) return true;
      }
      return false;
    },
    async countFrames(cellIndex, kind, durationMs) {
      // distinct pixel states seen, one check per animation frame, for durationMs
      let last = pixels(figure(cellIndex, kind)), n = 0, first = null, lastT = null;
      const t0 = performance.now();
      while (performance.now() - t0 < durationMs) {
        await new Promise((r) => requestAnimationFrame(r));
        const now = pixels(figure(cellIndex, kind));
        if (differ(last, now)) { n++; last = now; lastT = performance.now(); if (first === null) first = lastT; }
      }
      return {changes: n, first, last: lastT};
    },
  };
})()
""".replace("__SELECTORS__", str(FIGURE_SELECTORS).replace("'", '"'))

_FIND_JS = """(sel) => {
  const out = [];
  document.querySelectorAll('.jp-Notebook .jp-Cell').forEach((cell, i) => {
    const kind = Object.keys(sel).find((k) => cell.querySelector('.jp-OutputArea ' + sel[k]));
    if (!kind) return;
    const area = cell.querySelector('.jp-OutputArea');
    let control = null;
    const main = area.querySelector('.hm-main-control');
    if (main && main.classList.contains('widget-toggle-buttons')) control = 'toggle';
    else if (main) control = 'main';
    else if (area.querySelector('.widget-slider .noUi-handle')) control = 'slider';
    else if (area.querySelector('.widget-toggle-buttons button')) control = 'toggle';
    const play = [...area.querySelectorAll('.hm-live-controls')].some((c) => c.style.display !== 'none')
      || !!area.querySelector('.widget-play button');
    const solves = !!area.querySelector('.hm-solves');
    if (control) out.push({cell: i, kind, control, play, solves});
  });
  return out;
}"""


@dataclass
class LiveFigure:
    cell: int
    kind: str  # "live", "ipympl" or "inline"
    control: str  # "main", "slider" or "toggle"
    play: bool
    solves: bool = False  # every change solves new movements (goal: p50 <= 150 ms)


@dataclass
class MoveStats:
    latencies: list[float] = field(default_factory=list)  # ms, moves that changed the figure
    unchanged: int = 0

    def summary(self) -> dict[str, float]:
        xs = sorted(self.latencies)
        if not xs:
            return {"n": 0, "p50": float("nan"), "p95": float("nan"), "max": float("nan")}
        p95 = xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]
        return {"n": len(xs), "p50": statistics.median(xs), "p95": p95, "max": xs[-1]}


def install(page) -> None:
    page.evaluate(_PROBE_JS)


def find_live_figures(page) -> list[LiveFigure]:
    install(page)
    return [LiveFigure(**f) for f in page.evaluate(_FIND_JS, FIGURE_SELECTORS)]


def _cell(page, fig: LiveFigure):
    return page.locator(".jp-Notebook .jp-Cell").nth(fig.cell)


def control_handle(page, fig: LiveFigure):
    area = _cell(page, fig).locator(".jp-OutputArea")
    if fig.control == "main":
        main = area.locator(".hm-main-control").first
        handle = main.locator(".noUi-handle")
        return handle.first if handle.count() else main
    if fig.control == "slider":
        return area.locator(".widget-slider .noUi-handle").first
    return area.locator(".widget-toggle-buttons button")


def figure_element(page, fig: LiveFigure):
    return _cell(page, fig).locator(".jp-OutputArea " + FIGURE_SELECTORS[fig.kind]).first


def settle(page, fig: LiveFigure, quiet_ms: int = 200, timeout_ms: int = 5000) -> bool:
    install(page)
    return page.evaluate(f"window.__hmProbe.stable({fig.cell}, '{fig.kind}', {quiet_ms}, {timeout_ms})")


def prepare(page, fig: LiveFigure) -> None:
    """Scroll the figure into view, hide ipympl's hover toolbar, park the mouse, wait until it is still."""
    page.add_style_tag(content=".jupyter-matplotlib-toolbar { visibility: hidden !important; }")
    figure_element(page, fig).evaluate("el => el.scrollIntoView({block: 'center'})")
    page.mouse.move(1, 1)
    settle(page, fig, quiet_ms=400, timeout_ms=8000)


def control_value(handle) -> str:
    """A slider handle's aria-valuenow, or an <input>'s value."""
    value = handle.get_attribute("aria-valuenow")
    return value if value is not None else handle.input_value()


def measure_moves(page, fig: LiveFigure, moves: int, *, timeout_ms: int = 4000, quiet_ms: int = 150,
                  max_tries: int | None = None, handle=None) -> MoveStats:
    """Move ``fig``'s control (or ``handle``) ``moves`` times (ArrowRight/Left on a slider, clicks on toggle
    buttons); wait after each move until the figure has been still for ``quiet_ms``."""
    install(page)
    stats = MoveStats()
    handle = handle if handle is not None else control_handle(page, fig)
    if fig.control != "toggle":
        handle.scroll_into_view_if_needed()
        handle.click()  # focus it as a person does (a click; JupyterLab does not keep a programmatic focus)
        settle(page, fig, quiet_ms=quiet_ms, timeout_ms=timeout_ms)
    direction, k, tries = "ArrowRight", 0, 0
    max_tries = max_tries or 3 * moves
    while len(stats.latencies) < moves and tries < max_tries:
        tries += 1
        page.evaluate(f"window.__hmProbe.arm({fig.cell}, '{fig.kind}', {timeout_ms})")
        if fig.control == "toggle":
            buttons = handle.count()
            k = (k + 1) % buttons
            handle.nth(k).click()
        else:
            before = control_value(handle)
            page.keyboard.press(direction)
            after = control_value(handle)
            if after == before:  # at the end of the range: go back the other way (this press is lost)
                direction = "ArrowLeft" if direction == "ArrowRight" else "ArrowRight"
        result = page.evaluate("window.__hmArmed.done")
        if result["changed"]:
            stats.latencies.append(float(result["ms"]))
        else:
            stats.unchanged += 1
        page.evaluate(f"window.__hmProbe.stable({fig.cell}, '{fig.kind}', {quiet_ms}, {timeout_ms})")
    return stats


def measure_play(page, fig: LiveFigure, *, expected_frames: int | None = None, duration_s: float = 6.0) -> dict:
    """Press the figure's play button; count distinct figure states per animation frame while it plays."""
    install(page)
    area = _cell(page, fig).locator(".jp-OutputArea")
    live = area.locator(".hm-live-play")
    if live.count():
        scrubber = area.locator(".hm-live-range").first
        scrubber.click()
        page.keyboard.press("Home")  # play from the first frame
        settle(page, fig)
        live.first.click()
        started = page.evaluate("window.__hmLive && window.__hmLive.play")
        frames = expected_frames or int(started["frames"])
        duration = max(duration_s, frames / float(started["fps"]) + 1.0)
    else:
        area.locator(".widget-play button").first.click()
        frames = expected_frames or 0
        duration = duration_s
    seen = page.evaluate(f"window.__hmProbe.countFrames({fig.cell}, '{fig.kind}', {int(1000 * duration)})")
    span = (seen["last"] - seen["first"]) / 1000 if seen["first"] is not None and seen["last"] else float("nan")
    fps = (seen["changes"] - 1) / span if span and span > 0 else float("nan")
    shown = seen["changes"] + 1  # the first frame was already on screen
    return {"frames": frames, "shown": shown, "fraction": shown / frames if frames else float("nan"), "fps": fps}


def set_pixel_ratio(page, ratio: float, viewport: dict) -> None:
    """Emulate a screen with this device pixel ratio (the page stays open; canvases re-layout)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Emulation.setDeviceMetricsOverride", {"width": viewport["width"], "height": viewport["height"],
                                                     "deviceScaleFactor": ratio, "mobile": False})
    time.sleep(0.5)


def measure_drag(page, fig: LiveFigure, handle, *, steps: int = 40, dx: float = 2.0, step_s: float = 0.025) -> dict:
    """Drag ``handle`` by ``steps`` x ``dx`` px over ~``steps * step_s`` s, as a hand does; count the figure's
    updates during the drag and the time from releasing the mouse to its last change (a backlog of stale frames
    would show as a long settle time)."""
    install(page)
    handle.scroll_into_view_if_needed()
    box = handle.bounding_box()
    x0, y0 = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    lo, hi, now = (handle.get_attribute(a) for a in ("aria-valuemin", "aria-valuemax", "aria-valuenow"))
    if None not in (lo, hi, now) and float(now) > (float(lo) + float(hi)) / 2:
        dx = -abs(dx)  # drag towards the far end of the range
    page.mouse.move(x0, y0)
    page.mouse.down()
    # start counting without waiting for it (evaluate would await a returned promise)
    page.evaluate(f"() => {{ window.__hmDrag = window.__hmProbe.countFrames({fig.cell}, '{fig.kind}', "
                  f"{int(1000 * (steps * step_s + 4))}); return true; }}")
    t_start = page.evaluate("performance.now()")
    for k in range(1, steps + 1):
        page.mouse.move(x0 + dx * k, y0)
        time.sleep(step_s)
    t_up = page.evaluate("performance.now()")
    page.mouse.up()
    seen = page.evaluate("window.__hmDrag")
    page.mouse.move(1, 1)
    drag_s = (t_up - t_start) / 1000
    during = seen["changes"]
    settle = (seen["last"] - t_up) if seen["last"] else float("nan")
    return {"updates": during, "updates_per_s": during / drag_s if drag_s > 0 else float("nan"),
            "settle_ms": max(settle, 0.0), "drag_s": drag_s}
