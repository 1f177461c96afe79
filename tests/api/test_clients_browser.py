"""The client-memory pages in a real headless browser (Debian's chromium driven by Playwright).

One server for the module, with history turned on and two chats imported through the API; each
test reads or changes only what it names, so they pass in any order. Skipped, with the reason,
only where no chromium is installed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from classifier.registry import ModelRegistry
from tests.api.conftest import mini_service
from tests.api.test_page_browser import ARGS, CHROMIUM

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason="no chromium here (make test installs Debian's chromium as root)",
)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
OWNER = {
    "keep_history": True,
    "keep_texts": True,
    "history_retention_days": 3650,  # the fixtures are from 2024
    "names": {"he": "נועה לוי", "en": "Noa Levi"},
}


@pytest.fixture(scope="module")
def memory_server(
    tmp_path_factory: pytest.TempPathFactory, mini_registry: ModelRegistry
) -> Iterator[str]:
    root = tmp_path_factory.mktemp("memory-server")
    with mini_service(root, mini_registry, {"CLIENT_CLASSIFIER_PROVIDER_NAME": "Noa"}) as service:
        assert httpx.put(f"{service.url}/v1/owner", json=OWNER).status_code == 200
        for name in ("android_en.txt", "android_he.txt"):
            imported = httpx.post(
                f"{service.url}/v1/import",
                params={"filename": name},
                content=(FIXTURES / name).read_bytes(),
            )
            assert imported.status_code == 200, imported.text
        yield service.url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield launched
        launched.close()


def new_page(browser: Any, *, phone: bool) -> Any:
    viewport = {"width": 390, "height": 844} if phone else {"width": 1100, "height": 1000}
    context = browser.new_context(viewport=viewport, is_mobile=phone)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    return page


def test_clients_listed_right_to_left_upload_open_timeline_and_delete(
    browser: Any, memory_server: str, tmp_path: Path
) -> None:
    page = new_page(browser, phone=False)
    page.on("dialog", lambda dialog: dialog.accept())
    page.goto(f"{memory_server}/clients")
    page.wait_for_selector(".client-row")
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.locator("#history-off").is_hidden()
    assert page.locator(".client-row").count() >= 2
    assert page.locator(".client-row .badge.dormant").count() >= 1  # both chats went silent

    page.set_input_files("#import-file", str(FIXTURES / "ios_en.txt"))
    page.click("#import-button")
    page.wait_for_selector("#import-report:not([hidden])")
    assert "8 new" in page.locator("#import-report").inner_text()
    page.wait_for_selector(".client-row >> text=Maya Ben-David")

    page.click(".client-link >> text=Dan Mizrahi")
    page.wait_for_selector("svg.timeline circle.point")
    assert page.locator("svg.timeline circle.point").count() == 4  # Dan's classified messages
    assert page.locator("svg.timeline line.owner-tick").count() == 4  # the owner's answers
    xs = [float(x) for x in page.locator("svg.timeline circle.point").evaluate_all(
        "nodes => nodes.map(n => n.getAttribute('cx'))")]  # fmt: skip
    assert xs == sorted(xs, reverse=True)  # time runs right to left
    legend = page.locator("#legend").inner_text()
    assert "עימותי" in legend and "זורם" in legend
    assert page.locator("#dormant-reason").is_visible()
    assert page.locator("#signs .evidence-list li").count() >= 2
    assert page.locator("#re-engage-replies li button.copy").count() == 3
    page.screenshot(path=str(tmp_path / "client.png"), full_page=True)
    with page.expect_download() as download:
        page.click("#export")
    saved = tmp_path / "export.json"
    download.value.save_as(saved)
    assert download.value.suggested_filename.startswith("client-")
    assert "Dan Mizrahi" in saved.read_text(encoding="utf-8")

    page.click("#delete")
    page.wait_for_selector(".client-row")
    page.wait_for_selector(".client-link >> text=Dan Mizrahi", state="detached")
    remaining = httpx.get(f"{memory_server}/v1/clients").json()["clients"]
    assert "Dan Mizrahi" not in {c["name"] for c in remaining}
    assert page.errors == []


def test_clients_page_fits_a_phone_and_shows_the_timeline(browser: Any, memory_server: str) -> None:
    page = new_page(browser, phone=True)
    page.goto(f"{memory_server}/clients")
    page.wait_for_selector(".client-link")
    page.locator(".client-link").first.click()
    page.wait_for_selector("svg.timeline circle.point")
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert page.errors == []


def test_settings_page_saves_reloads_and_shows_field_errors(
    browser: Any, memory_server: str
) -> None:
    page = new_page(browser, phone=False)
    page.goto(f"{memory_server}/settings")
    page.wait_for_selector("#owner-form:not([hidden])")
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.is_checked("#keep_history")
    page.fill("[id='business_kind.he']", "מעצבת גרפית")
    page.fill("[id='commitments.hourly_rate']", "₪250")
    page.fill("[id='commitments.revision_rounds']", "2")
    page.click("#save")
    page.wait_for_selector("#save-status:has-text('Saved')")
    page.reload()
    page.wait_for_selector("#owner-form:not([hidden])")
    assert page.input_value("[id='business_kind.he']") == "מעצבת גרפית"
    assert page.input_value("[id='commitments.hourly_rate']") == "₪250"
    assert page.input_value("[id='commitments.revision_rounds']") == "2"

    page.fill("#history_retention_days", "0")
    page.click("#save")
    page.wait_for_selector(".field-error[data-for='history_retention_days']:not(:empty)")
    assert "1" in page.locator(".field-error[data-for='history_retention_days']").inner_text()
    assert httpx.get(f"{memory_server}/v1/owner").json()["history_retention_days"] == 3650
    assert page.errors == []
