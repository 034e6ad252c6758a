"""Every figure of `make gallery` carries a text alternative: an <img alt="..."> in gallery/index.html (issue 19).

The test builds the gallery's figures (normal and presenter style) into a temporary directory with bench/gallery.py's
own ``build`` and ``write_index``, then parses the HTML: every <img> must have a non-empty alt attribute, and every
PNG written must appear as an <img>. It also checks that hm.notebook.show emits an <img alt> in its HTML output.
"""

from __future__ import annotations

from html.parser import HTMLParser

import matplotlib

matplotlib.use("Agg")

from hinge_model import plots  # noqa: E402


class _Imgs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.imgs: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.imgs.append(dict(attrs))


def imgs_without_alt(text: str) -> list[str]:
    parser = _Imgs()
    parser.feed(text)
    return [str(i.get("src", ""))[:60] for i in parser.imgs if not (i.get("alt") or "").strip()]


def img_count(text: str) -> int:
    parser = _Imgs()
    parser.feed(text)
    return len(parser.imgs)


def test_checker_can_fail():
    assert imgs_without_alt('<img src="a.png"><img src="b.png" alt=" "><img src="c.png" alt="ok">') == ["a.png",
                                                                                                         "b.png"]


def test_every_gallery_figure_has_alt_text(gallery, tmp_path):
    files = []
    with plots.style():
        files += gallery.build(tmp_path, "normal")
    with plots.presenter():
        files += gallery.build(tmp_path, "presenter")
    index = gallery.write_index(tmp_path, files).read_text(encoding="utf-8")
    pngs = sorted(tmp_path.glob("*.png"))
    assert len(pngs) == len(files) > 0
    assert img_count(index) == len(pngs), "every PNG of the gallery is shown as an <img>"
    assert imgs_without_alt(index) == []


def test_show_emits_img_with_alt(monkeypatch):
    import matplotlib.pyplot as plt
    from IPython import display as ipd

    from hinge_model import notebook

    shown = []
    monkeypatch.setattr(ipd, "display", lambda *objs, **kw: shown.append((objs, kw)))
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1])
    notebook.show(fig, "A line from 0 to 1")
    bundle = shown[0][0][0]
    assert bundle["text/html"].startswith("<img ")
    assert imgs_without_alt(bundle["text/html"]) == []
    assert 'alt="A line from 0 to 1"' in bundle["text/html"]
    assert "image/png" in bundle
