"""The assessment report in a real (headless) chromium: the page opens from disk, shows the one "method / says /
why" table with a row for every method, and both inline figures load with their text alternatives."""

from __future__ import annotations

from jlab_driver import VIEWPORT

import hinge_model as hm

METHODS = ("population", "NIOSH", "LiFFT", "tissue limits", "balance")


def test_report_shows_every_method_row(browser, tmp_path, screenshots_dir):
    body = hm.Body(75, 1.75, "female")
    r = hm.assess.task(hm.movement("bend", body, 12.0, 0.22), reps_per_day=400)
    path = r.report(tmp_path / "lift.html")
    context = browser.new_context(viewport=VIEWPORT)
    try:
        page = context.new_page()
        page.goto(path.resolve().as_uri())
        assert page.locator("h1").inner_text() == "Is this lift safe?"
        assert page.locator("table.methods").count() == 1
        assert page.locator("table.methods th").all_inner_texts() == ["method", "verdict", "says", "why"]
        for method, result in zip(METHODS, r.methods, strict=True):
            row = page.locator(f'tr[data-method="{method}"]')
            assert row.count() == 1, method
            cells = row.locator("td").all_inner_texts()
            assert cells[0] == method and cells[1] == result.verdict and cells[2] == result.says, cells
            assert row.is_visible()
        images = page.locator(".figures img")
        assert images.count() == 2
        for i in range(2):
            img = images.nth(i)
            assert len(img.get_attribute("alt") or "") > 40
            assert img.evaluate("el => el.complete && el.naturalWidth > 100"), "an inline figure did not load"
        page.screenshot(path=str(screenshots_dir / "assess_report.png"), full_page=True)
    finally:
        context.close()
