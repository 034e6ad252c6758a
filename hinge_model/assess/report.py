"""The one-page report of an assessment: HTML with the figures inline (base64 PNG with alt text) and one table
"method / says / why"; the same page as PDF, printed by headless Chromium through playwright.

``write_report(assessment, "lift.html")`` or ``"lift.pdf"`` (``Assessment.report`` calls it). The PDF needs the
test extra (playwright) and a Chromium: ``$CHROMIUM`` if set, else ``/usr/bin/chromium`` or ``chromium`` on the
PATH (the same browser and flags as tests/browser).
"""

from __future__ import annotations

import base64
import html
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from ..validation import InputTypeError
from .result import VERDICT_RANK

#: Chromium flags for headless printing in containers (as tests/browser/jlab_driver.py CHROMIUM_ARGS).
CHROMIUM_ARGS: tuple[str, ...] = ("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                  "--disable-background-networking", "--disable-component-update", "--disable-sync")
FORMATS: tuple[str, ...] = (".html", ".pdf")

_CSS = """
@page { size: A4 landscape; margin: 10mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9.5pt; color: #000; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 2mm 0; }
p.task { margin: 0 0 3mm 0; }
table.methods { border-collapse: collapse; width: 100%; margin-bottom: 3mm; }
table.methods th, table.methods td { border: 1px solid #7F7F7F; padding: 1.2mm 2mm; vertical-align: top; }
table.methods th { background: #eeeeee; text-align: left; }
td.verdict { white-space: nowrap; font-weight: bold; }
td.v-within { border-left: 3mm solid #009E73; } td.v-caution { border-left: 3mm dashed #E69F00; }
td.v-exceeds { border-left: 3mm double #D55E00; } td.v-none { border-left: 3mm dotted #7F7F7F; }
.figures { display: flex; gap: 3mm; align-items: flex-start; }
.figures img { max-height: 54mm; }
p.note { font-size: 8.5pt; margin: 2mm 0 0 0; }
"""

_CLASS = {"within": "v-within", "caution": "v-caution", "exceeds": "v-exceeds"}


def _png(fig: Any, dpi: float = 110) -> str:
    import matplotlib.pyplot as plt

    from ..plots import figure_png

    data = base64.b64encode(figure_png(fig, dpi=dpi)).decode("ascii")
    plt.close(fig)
    return data


def methods_table_html(assessment: Any) -> str:
    """The "method / verdict / says / why" table as an HTML fragment (one row per method, ``data-method`` set)."""
    rows = []
    for m in assessment.methods:
        cls = _CLASS.get(m.verdict, "v-none")
        rows.append(f'<tr data-method="{html.escape(m.method)}"><td>{html.escape(m.method)}</td>'
                    f'<td class="verdict {cls}">{html.escape(m.verdict)}</td><td>{html.escape(m.says)}</td>'
                    f"<td>{html.escape(m.why)}</td></tr>")
    return ('<table class="methods"><thead><tr><th>method</th><th>verdict</th><th>says</th><th>why</th></tr>'
            "</thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table>")


def comparison_table(results: dict[str, Any]) -> tuple[list[tuple[str, ...]], list[str]]:
    """(rows, headers) comparing named assessments (e.g. {"hinge": ..., "bend": ...}) method by method."""
    headers = ["task", "weakest joint (men / women)", "% men / women strong enough", "NIOSH LI", "LiFFT P(high risk)",
               "peak compression (N)", "peak shear (N)", "tissue limits", "balance"]
    rows = []
    for name, r in results.items():
        w, c = r.population.values["weakest"], r.capable
        level = r.limits.values["L5S1"]
        rows.append((name, f"{w['men']} / {w['women']}", f"{c['men']:.0f} / {c['women']:.0f}",
                     f"{r.niosh.values['LI']:.2f}", f"{100 * r.lifft.values['probability']:.0f} %",
                     f"{level['compression']:.0f}", f"{level['shear']:.0f}", r.limits.verdict, r.balance.verdict))
    return rows, headers


def joint_table(results: dict[str, Any]) -> tuple[list[tuple[str, ...]], list[str]]:
    """(rows, headers): percent capable and required moment per assessed joint, for named assessments."""
    headers = ["task", "joint", "required moment (N·m)", "% of men strong enough", "% of women strong enough"]
    rows = []
    for name, r in results.items():
        for joint, pct in r.capable_by_joint.items():
            rows.append((name, joint, f"{r.population.values['required_moment'][joint]:.0f}", f"{pct['men']:.1f}",
                         f"{pct['women']:.1f}"))
    return rows, headers


def render_html(assessment: Any) -> str:
    """The report page as one self-contained HTML string."""
    from .figures import Dashboard, alt_text, posture_figure

    dash = Dashboard(assessment)
    dash_alt = alt_text(assessment)
    dash_png = _png(dash.figure)
    posture = posture_figure(assessment)
    posture_alt = getattr(posture, "alt_text", "") or "Stick figure of the lifter at the start of the lift."
    posture_png = _png(posture)
    flagged = [m.method for m in assessment.methods if VERDICT_RANK.get(m.verdict, 0) > 0]
    summary = (f"{len(flagged)} of {len(assessment.methods)} methods raise a concern"
               + (f" ({', '.join(flagged)})" if flagged else "") + ". They answer different questions, so they "
               "need not agree: strength (population), a design limit for a job (NIOSH), fatigue over a day "
               "(LiFFT), one lift's tissue load (limits) and standing stable (balance).")
    inp = assessment.inputs
    sources = "; ".join(f"{html.escape(m.method)}: {html.escape(m.source)}" for m in assessment.methods)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Is this lift safe? {html.escape(assessment.description)}</title>
<style>{_CSS}</style></head><body>
<h1>Is this lift safe?</h1>
<p class="task"><b>Task:</b> {html.escape(assessment.description)}; {inp['reps_per_day']:g} lifts per day over
{inp['shift_hours']:g} h, {html.escape(str(inp['coupling']))} coupling. {html.escape(summary)}</p>
{methods_table_html(assessment)}
<div class="figures">
<img src="data:image/png;base64,{dash_png}" alt="{html.escape(dash_alt)}">
<img src="data:image/png;base64,{posture_png}" alt="{html.escape(posture_alt)}">
</div>
<p class="note">Verdicts: within = inside the method's published limit or lowest band; caution = between its limits
or in its middle band; exceeds = beyond its upper limit or in its highest band; no threshold = a number without a
published pass/fail limit. Model: hinge_model (planar, static except the balance's centre of pressure). Sources:
{sources}.</p>
</body></html>
"""


def chromium_executable() -> str:
    """$CHROMIUM if set, else /usr/bin/chromium or chromium on the PATH; RuntimeError if none exists."""
    candidates = [os.environ["CHROMIUM"]] if "CHROMIUM" in os.environ else ["/usr/bin/chromium",
                                                                          shutil.which("chromium")]
    for c in candidates:
        if c and Path(c).exists():
            return c
    raise RuntimeError("printing the PDF report needs Chromium (apt-get install -y chromium, or set $CHROMIUM)")


def print_pdf(page_html: str, path: Path) -> None:
    """Print ``page_html`` to ``path`` with headless Chromium (playwright's page.pdf).

    Runs in a worker thread: playwright's sync API refuses to run where an asyncio loop is running (a Jupyter
    kernel, or another playwright session in the same thread).
    """
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as err:  # pragma: no cover - playwright is in the test extra
        raise RuntimeError(f"printing the PDF report needs playwright ({err}): pip install -e '.[test]'") from err
    executable = chromium_executable()

    def run() -> None:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=executable, args=list(CHROMIUM_ARGS), headless=True)
            try:
                page = browser.new_page()
                page.set_content(page_html, wait_until="load")
                page.emulate_media(media="print")
                page.pdf(path=str(path), format="A4", landscape=True, print_background=True,
                         margin={"top": "10mm", "bottom": "10mm", "left": "10mm", "right": "10mm"})
            finally:
                browser.close()

    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(run).result()


def write_report(assessment: Any, path: str | Path) -> Path:
    """Write the report to ``path`` (``.html`` or ``.pdf``); return the path."""
    if not isinstance(path, str | os.PathLike):
        raise InputTypeError(f"path must be a file path (str or Path) ending in one of {', '.join(FORMATS)}, got "
                             f"{type(path).__name__}")
    p = Path(path)
    if p.suffix.lower() not in FORMATS:
        raise ValueError(f"path = {str(path)!r} must end in one of {', '.join(FORMATS)}")
    page_html = render_html(assessment)
    if p.suffix.lower() == ".html":
        p.write_text(page_html, encoding="utf-8")
    else:
        print_pdf(page_html, p)
    return p
