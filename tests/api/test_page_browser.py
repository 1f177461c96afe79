"""The web page in a real headless browser (Debian's chromium driven by Playwright).

Skipped, with the reason, only where no chromium is installed (``make test`` installs it).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason="no chromium here (make test installs Debian's chromium as root)",
)
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def page(shared_server: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        context = browser.new_context(viewport={"width": 1100, "height": 1400})
        page = context.new_page()
        page.dialogs: list[str] = []  # type: ignore[misc]
        page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
        page.goto(shared_server)
        yield page
        browser.close()


def _classify(page: Any, text: str) -> None:
    page.fill("#text", text)
    page.click("#classify")
    page.wait_for_selector("#result:not([hidden])")
    page.wait_for_selector("#replies li")  # selectors, not wait_for_function: the CSP forbids eval


def test_hebrew_message_right_to_left_with_bars_highlights_replies_and_feedback(
    page: Any, tmp_path: Path
) -> None:
    _classify(
        page, "אני צריך את זה עד מחר בבוקר, ותוך כדי גם עמוד נחיתה נוסף באותו מחיר.\n\nתודה,\nדנה"
    )
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.get_attribute("#replies", "dir") == "rtl"
    assert page.locator("#label").inner_text().strip()
    assert page.locator("#bars .bar").count() >= 1  # bars of 0% are not drawn
    assert not page.locator("#details").get_attribute("open")  # developer details folded
    assert page.locator("#highlighted mark").count() >= 1
    replies = page.locator("#replies li").count()
    assert 1 <= replies <= 3
    assert page.locator("#replies li button").count() == 2 * replies  # copy, doesn't fit
    assert "היי דנה" in page.locator("#replies li").first.inner_text()
    page.click("#feedback-box summary")
    page.select_option("#correct", index=1)
    page.wait_for_selector("#feedback-status:has-text('updated')")
    page.click("#send-feedback")
    page.wait_for_selector("#feedback-status:has-text('saved')")
    page.screenshot(path=str(tmp_path / "page.png"), full_page=True)


def test_english_message_left_to_right(page: Any) -> None:
    _classify(page, "Sorry, I was swamped. Let's pick this up after the holidays?")
    assert page.get_attribute("#replies", "dir") == "ltr"
    assert page.get_attribute("#highlighted", "dir") == "ltr"


def test_html_in_a_message_is_never_executed_or_rendered(page: Any) -> None:
    hostile = 'Fix it now <img src=x onerror="alert(1)"> <script>alert(2)</script> or else'
    _classify(page, hostile)
    assert page.dialogs == []  # type: ignore[attr-defined]
    assert page.locator("#highlighted img, #highlighted script").count() == 0


def test_page_fits_a_phone_screen(shared_server: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
        page.goto(shared_server)
        _classify(page, "מעולה, מאשר! אפשר להתחיל")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        browser.close()
    assert overflow <= 0


def test_replies_are_editable_fields_are_highlighted_and_a_misfit_is_reported(page: Any) -> None:
    page.fill("#text", "Can you send the final files by Friday? We launch on Monday.")
    page.press("#text", "Control+Enter")  # the keyboard way to classify
    page.wait_for_selector("#replies li")
    reply = page.locator("#replies .reply-text").first
    assert reply.get_attribute("contenteditable") == "true"
    blanks = reply.locator("mark.blank")
    assert blanks.count() >= 1
    assert "fields to fill" in page.locator("#replies .fields").first.inner_text()
    blanks.first.click()
    page.keyboard.press("End")
    blanks.first.evaluate("node => { node.textContent = 'Thursday 10:00'; }")
    reply.dispatch_event("input")
    assert "Thursday 10:00" in reply.inner_text()
    page.locator("#replies button.unfit").first.click()
    page.wait_for_selector("#replies button.unfit:has-text('Noted')")
    assert page.locator("#asks li").count() >= 1


def test_mixed_lines_keep_their_direction(page: Any) -> None:
    """English inside the Hebrew page is isolated, so punctuation stays where it was written."""
    summary = page.locator("#feedback-box summary bdi")
    assert summary.get_attribute("lang") == "en" and summary.inner_text() == "Wrong type?"
    assert page.locator("footer p[dir='ltr']").count() == 1
