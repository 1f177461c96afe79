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
    assert page.locator("#bars .bar").count() == 5
    assert page.locator("#highlighted mark").count() >= 1
    assert page.locator("#replies li").count() == 3
    assert page.locator("#replies li button").count() == 3
    assert "היי דנה" in page.locator("#replies li").first.inner_text()
    page.click("#feedback-box summary")
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
