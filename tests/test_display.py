"""hinge_model.display: numbers for people, HTML blocks that wrap, legible colours, and their text forms."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from hinge_model import display
from hinge_model.claims import VERDICTS


@pytest.mark.parametrize(("value", "sig", "text"), [
    (2447.27, 3, "2,450"), (0.45759, 3, "0.458"), (58.84, 3, "58.8"), (1.8997, 3, "1.90"), (9.996, 3, "10.0"),
    (999.6, 3, "1,000"), (-0.0654321, 3, "-0.0654"), (123456789, 3, "123,000,000"), (0.0, 3, "0"),
    (3.2025, 2, "3.2"), (-0.0004, 1, "-0.0004"), (np.float64(14.3428), 3, "14.3"),
])
def test_number(value, sig, text) -> None:
    assert display.number(value, sig) == text


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False).filter(lambda x: x == 0 or abs(x) > 1e-9),
       st.integers(min_value=1, max_value=6))
def test_number_round_trips_within_its_significant_figures(value: float, sig: int) -> None:
    text = display.number(value, sig)
    assert "e" not in text.lower()
    back = float(text.replace(",", ""))
    assert abs(back - value) <= 0.5 * 10 ** (np.floor(np.log10(abs(value))) - sig + 1) * (1 + 1e-9) + 1e-300 \
        if value else back == 0


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), True, None, "12"])
def test_number_refuses_non_numbers(bad) -> None:
    with pytest.raises(ValueError, match="value"):
        display.number(bad)


@pytest.mark.parametrize("sig", [0, 16, 2.5, True])
def test_number_refuses_bad_sig(sig) -> None:
    with pytest.raises(ValueError, match="sig"):
        display.number(1.0, sig)


def test_quantity() -> None:
    assert display.quantity(2447.3, "N") == "2,450 N"
    assert display.quantity(54.92, "%") == "54.9 %"
    assert display.quantity(45, "°", 2) == "45°"
    assert display.quantity(0.458) == "0.458"


class _Checker(HTMLParser):
    """Collects tags and inline styles; fails on unbalanced tags."""

    VOID = {"br", "hr", "img", "input", "meta", "link"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.styles: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.styles += [v for k, v in attrs if k == "style" and v]
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"unbalanced </{tag}> after {self.stack}"
        self.stack.pop()


def _check_html(html: str) -> _Checker:
    c = _Checker()
    c.feed(html)
    c.close()
    assert not c.stack, f"unclosed tags {c.stack}"
    for style in c.styles:
        assert not re.search(r"white-space:\s*(nowrap|pre)", style), f"text that cannot wrap in {style!r}"
        assert not re.search(r"(?<![-\w])width:\s*\d+px", style), f"fixed pixel width in {style!r}"
        assert not re.search(r"font-size:\s*\d+px", style), "font sizes are relative (Presentation Mode)"
    return c


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_text_colours_have_contrast_on_every_background() -> None:
    for name, tint in display.TINTS.items():
        assert contrast(display.INK, tint) >= 7.0, name  # WCAG AAA for body text
    for kind in ("neutral", "correct", "wrong", "hint"):
        from hinge_model.exercise_widget import _STYLES

        assert contrast(display.INK, _STYLES[kind][1]) >= 7.0
    assert contrast(display.INK, "#ffffff") >= 7.0 and contrast(display.INK, "#e8e8e8") >= 7.0


def test_every_colour_used_in_the_blocks_is_a_declared_one() -> None:
    blocks = [display.remember("a"), display.verdict("c", "depends", "w"), display.callout("t", "p", kind="caution"),
              display.table([["x", 1.0]], ["a", "b"])]
    declared = {c.lower() for c in (display.INK, *display.TINTS.values(), *display.ACCENTS.values(),
                                    "#ffffff", "#e8e8e8", "#c8c8c8")}
    for b in blocks:
        used = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}\b", b.html)}
        assert used <= declared, used - declared


def test_table_formats_numbers_and_wraps_text() -> None:
    t = display.table([["hinge", 2447.27, 3, np.float64(0.45759)], ["bend (a long description " * 5, 12.0, 4, 1.0]],
                      ["technique", "compression (N)", "n", "fraction"], caption="Peak values")
    c = _check_html(t.html)
    assert "2,450" in t.html and "0.458" in t.html and ">3<" in t.html
    assert "<caption" in t.html and 'scope="col"' in t.html and c.tags.count("tr") == 3
    assert "table-layout:auto" in t.html and "overflow-wrap:break-word" in t.html
    assert "text-align:right" in t.html and "text-align:left" in t.html
    assert all(len(line) <= display.PLAIN_WIDTH for line in t.plain.splitlines())
    assert "2,450" in repr(t)


def test_table_escapes_html_and_checks_shapes() -> None:
    t = display.table([["<b>x</b>", "a & b"]], ["h1", "h2"])
    assert "<b>x</b>" not in t.html and "&lt;b&gt;" in t.html and "a &amp; b" in t.html
    with pytest.raises(ValueError, match="rows\\[0\\]"):
        display.table([[1, 2, 3]], ["a", "b"])
    with pytest.raises(ValueError, match="headers"):
        display.table([], [])


@pytest.mark.parametrize("word", [*VERDICTS, "not testable", "Supported"])
def test_verdict_box_for_every_verdict_word(word: str) -> None:
    box = display.verdict("Push the hips back.", word, "Because " * 40, test="The test.", rule="The rule.")
    _check_html(box.html)
    label = display.VERDICT_LABELS[word.lower()][1]
    assert label in box.html and "Push the hips back." in box.html, "the verdict is said in words"
    assert "<details" in box.html and "The rule." in box.html
    assert all(len(line) <= display.PLAIN_WIDTH for line in box.plain.splitlines())
    assert box.plain.startswith(label.upper())


def test_verdict_from_a_claim_result() -> None:
    import hinge_model as hm
    from hinge_model.claims import evaluate_claim

    result = evaluate_claim("push_hips_back", hm.Body(75, 1.75, "male"), 15.0)
    box = display.verdict(result)
    assert result.claim.claim in box.html and result.explanation.split()[0] in box.html
    assert display.VERDICT_LABELS[result.verdict][1] in box.html


def test_verdict_refuses_unknown_words() -> None:
    with pytest.raises(ValueError, match="verdict = 'maybe'"):
        display.verdict("c", "maybe")


def test_remember_box() -> None:
    box = display.remember("The hips are **strong**.", "The net moment barely changes.", "Lift smoothly.")
    c = _check_html(box.html)
    assert c.tags.count("li") == 3 and "What to remember" in box.html and 'data-hm-box="remember"' in box.html
    assert "<strong>strong</strong>" in box.html
    assert box.plain.splitlines()[0] == "WHAT TO REMEMBER" and "**" not in box.plain
    for points in ((), ("a", "b", "c", "d")):
        with pytest.raises(ValueError, match="points"):
            display.remember(*points)
    with pytest.raises(ValueError, match="points\\[1\\]"):
        display.remember("a", " ")


def test_details_callout_paragraphs_join() -> None:
    d = display.details("Show the derivation", "Step one.", display.table([[1.5]], ["x"]))
    _check_html(d.html)
    assert "<summary" in d.html and "1.50" in d.html and " open" not in d.html
    assert " open" in display.details("s", "p", open=True).html
    c = display.callout("Uncertain", "One detailed study disagrees.", kind="caution")
    _check_html(c.html)
    assert "Caution: Uncertain" in c.html
    with pytest.raises(ValueError, match="kind"):
        display.callout("t", kind="alarm")
    long = "word " * 200
    p = display.paragraphs(long, "second")
    _check_html(p.html)
    assert all(len(line) <= display.PLAIN_WIDTH for line in p.plain.splitlines())
    both = display.join([c, p])
    assert c.html in both.html and p.html in both.html


def test_blocks_render_in_ipython() -> None:
    """IPython shows the HTML form and keeps the wrapped text form as text/plain."""
    from IPython.core.formatters import DisplayFormatter

    data, _ = DisplayFormatter().format(display.remember("one point"))
    assert 'data-hm-box="remember"' in data["text/html"] and data["text/plain"].startswith("WHAT TO REMEMBER")


def test_preformatted_keeps_the_lines_and_escapes() -> None:
    from hinge_model.display import preformatted

    text = "  a <b> & c\n" + "x" * 130 + "\n   |  y"
    block = preformatted(text)
    assert block.plain == text, "the text form is the text itself"
    assert "&lt;b&gt; &amp; c" in block.html and "<b>" not in block.html
    assert "white-space:pre-wrap" in block.html, "a line wider than the output area wraps instead of scrolling"
    with pytest.raises(ValueError, match="text must be a string"):
        preformatted(None)  # type: ignore[arg-type]
