"""Client memory over HTTP: consent first, imports of real export formats, the ranked list, one
client's story, export, and a delete that leaves nothing behind on SQLite and on PostgreSQL."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import MetaData, create_engine, select

from api.main import create_app
from classifier.settings import Settings
from tests.api.conftest import ADMIN_KEY

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
KEY = {"X-API-Key": ADMIN_KEY}
ON = {
    "keep_history": True,
    "keep_texts": True,
    "history_retention_days": 3650,  # the fixtures are from 2024
    "names": {"he": "נועה לוי", "en": "Noa Levi"},
}


def upload(client: TestClient, name: str, body: bytes | None = None, **params: str) -> Any:
    data = body if body is not None else (FIXTURES / name).read_bytes()
    return client.post("/v1/import", params={"filename": name, **params}, content=data)


def as_zip(name: str, member: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, (FIXTURES / name).read_bytes())
    return buffer.getvalue()


@pytest.fixture
def api(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings), headers=KEY) as client:
        yield client


@pytest.fixture
def filled(api: TestClient) -> TestClient:
    """History on, texts kept; Dan's WhatsApp chat, Maya's (zipped, as iOS sends it), a mailbox."""
    assert api.put("/v1/owner", json=ON).status_code == 200
    for name, body in (
        ("android_en.txt", None),
        ("chat.zip", as_zip("ios_en.txt", "_chat.txt")),
        ("mail.mbox", None),
    ):
        response = upload(api, name, body)
        assert response.status_code == 200, response.text
    return api


def test_history_is_off_until_the_owner_turns_it_on(api: TestClient) -> None:
    owner = api.get("/v1/owner").json()
    assert owner["keep_history"] is False and owner["keep_texts"] is False
    assert owner["names"] == {"he": "Noa", "en": "Noa"}  # the provider_name setting
    listed = api.get("/v1/clients").json()
    assert listed == {"history": "off", "keep_texts": False, "stored_clients": 0, "clients": []}
    refused = upload(api, "android_en.txt")
    assert refused.status_code == 409
    assert "consent" in refused.json()["detail"] and "keep_history" in refused.json()["detail"]

    saved = api.put("/v1/owner", json=ON)
    assert saved.status_code == 200 and saved.json()["keep_history"] is True
    assert api.get("/v1/owner").json()["names"] == ON["names"]
    assert upload(api, "android_en.txt").status_code == 200
    assert api.get("/v1/clients").json()["history"] == "on"


def test_owner_settings_out_of_limits_are_422_naming_the_field(api: TestClient) -> None:
    response = api.put("/v1/owner", json={**ON, "names": {"fr": "Noa"}})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][:2] == ["body", "names"]
    response = api.put("/v1/owner", json={**ON, "commitments": {"response_hours": 500}})
    assert response.json()["detail"][0]["loc"][:3] == ["body", "commitments", "response_hours"]


def test_imports_rank_clients_and_flag_the_dormant_one_with_a_reason(filled: TestClient) -> None:
    again = upload(filled, "android_en.txt").json()
    assert (again["read"], again["new"], again["already"], again["skipped"]) == (8, 0, 8, 4)
    mailbox = upload(filled, "mail.mbox").json()
    assert [p["line"] for p in mailbox["problems"]] == [32, 42]
    assert mailbox["format"] == "mbox" and mailbox["unattributed"] == 1  # the owner's own mail

    listed = filled.get("/v1/clients").json()
    assert listed["history"] == "on" and listed["stored_clients"] == 3
    rows = listed["clients"]
    dan = rows[0]
    assert dan["contact"] == "name:dan mizrahi"  # dormant: first
    assert dan["dormant"] and dan["owner_waiting"] and dan["messages"] == 8
    assert {"id", "name", "messages", "latest_label", "last_message_at", "days_silent",
            "dormant", "warning_signs", "trend"} <= set(dan)  # fmt: skip
    assert [r["attention"] for r in rows] == sorted((r["attention"] for r in rows), reverse=True)
    maya = next(r for r in rows if r["name"] == "Maya Ben-David")
    assert not maya["dormant"]

    detail = filled.get(f"/v1/clients/{dan['id']}").json()
    profile = detail["profile"]
    assert "unanswered" in profile["dormant_reason"]["en"] and profile["dormant_reason"]["he"]
    timeline = detail["timeline"]
    assert len(timeline) == detail["timeline_total"] == 8
    assert [t["direction"] for t in timeline] == ["in", "out"] * 4
    assert all((t["label"] is None) == (t["direction"] == "out") for t in timeline)
    assert timeline[0]["text"].startswith("Hi Noa")
    ids = {t["id"] for t in timeline}
    assert all(set(sign["evidence"]) <= ids for sign in profile["warning_signs"])
    again_replies = detail["re_engage"]
    assert again_replies["based_on"] == "last_message" and again_replies["language"] == "en"
    assert len(again_replies["replies"]) == 3
    # A WhatsApp client gets chat-sized replies, unsigned (the chat shows who writes).
    assert all(
        len(r["text"]) <= 300 and "Noa Levi" not in r["text"] for r in again_replies["replies"]
    )
    assert filled.get(f"/v1/clients/{maya['id']}").json()["re_engage"] is None
    assert len(filled.get(f"/v1/clients/{dan['id']}", params={"limit": 3}).json()["timeline"]) == 3


def test_without_kept_texts_the_replies_rest_on_the_thread(api: TestClient) -> None:
    assert api.put("/v1/owner", json={**ON, "keep_texts": False}).status_code == 200
    assert upload(api, "android_en.txt").json()["new"] == 8
    (dan,) = api.get("/v1/clients").json()["clients"]
    detail = api.get(f"/v1/clients/{dan['id']}").json()
    assert all(t["text"] is None for t in detail["timeline"])
    assert detail["re_engage"]["based_on"] == "thread"
    assert detail["re_engage"]["message_id"] == detail["timeline"][-1]["id"]  # the owner's
    assert detail["re_engage"]["language"] == "en"  # from the client's name


def test_turning_texts_off_erases_them_and_history_off_keeps_data_until_deleted(
    filled: TestClient,
) -> None:
    dan = filled.get("/v1/clients").json()["clients"][0]
    assert filled.put("/v1/owner", json={**ON, "keep_texts": False}).status_code == 200
    detail = filled.get(f"/v1/clients/{dan['id']}").json()
    assert all(t["text"] is None for t in detail["timeline"])

    assert filled.put("/v1/owner", json={**ON, "keep_history": False}).status_code == 200
    listed = filled.get("/v1/clients").json()
    assert listed["history"] == "off" and listed["clients"] == [] and listed["stored_clients"] == 3
    assert filled.get(f"/v1/clients/{dan['id']}").status_code == 200  # still reachable
    assert upload(filled, "ios_en.txt").status_code == 409
    assert filled.delete("/v1/clients").json() == {"deleted": 3}
    assert filled.get("/v1/clients").json()["stored_clients"] == 0


def test_export_is_a_json_download_of_everything_about_the_client(filled: TestClient) -> None:
    dan = filled.get("/v1/clients").json()["clients"][0]
    response = filled.get(f"/v1/clients/{dan['id']}/export")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert "attachment" in response.headers["content-disposition"]
    data = response.json()
    assert data["client"]["key"] == "name:dan mizrahi" and len(data["messages"]) == 8
    assert filled.get("/v1/clients/999/export").status_code == 404


def _no_trace_left(url: str, client_id: int, traces: tuple[str, ...]) -> None:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            reflected = MetaData()
            reflected.reflect(conn)
            assert {"clients", "messages", "owner_settings"} <= set(reflected.tables)
            for table in reflected.sorted_tables:
                for row in conn.execute(select(table)):
                    values = row._asdict()
                    cells = str(list(values.values())).casefold()
                    assert not any(trace in cells for trace in traces), table.name
                    if table.name == "messages":
                        assert values["client_id"] != client_id
                    if table.name == "clients":
                        assert values["id"] != client_id
    finally:
        engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_delete_leaves_no_row_about_the_client_in_any_table(
    backend: str, settings: Settings, request: pytest.FixtureRequest
) -> None:
    with history_database(backend, settings, request) as url:
        configured = settings.model_copy(update={"database_url": url})
        with TestClient(create_app(configured), headers=KEY) as api:
            assert api.put("/v1/owner", json=ON).status_code == 200
            assert upload(api, "android_en.txt").status_code == 200
            assert upload(api, "ios_en.txt").status_code == 200
            rows = api.get("/v1/clients").json()["clients"]
            dan = next(r["id"] for r in rows if r["name"] == "Dan Mizrahi")
            assert api.delete(f"/v1/clients/{dan}").status_code == 204
            assert api.get(f"/v1/clients/{dan}").status_code == 404
            assert api.delete(f"/v1/clients/{dan}").status_code == 404
            assert [r["name"] for r in api.get("/v1/clients").json()["clients"]] == [
                "Maya Ben-David"
            ]
        _no_trace_left(url, dan, ("dan mizrahi", "launch is on sunday", "brand kit", "coffee"))


@contextmanager
def history_database(
    backend: str, settings: Settings, request: pytest.FixtureRequest
) -> Iterator[str]:
    """The history database of one test: a SQLite file, or a fresh PostgreSQL database."""
    if backend == "sqlite":
        yield settings.history_url()
        return
    from tests.postgres import fresh_database

    with fresh_database(request.getfixturevalue("postgres_url"), prefix="api") as url:
        yield url


def test_the_admin_key_guards_personal_data_when_configured(settings: Settings) -> None:
    with TestClient(create_app(settings)) as api:
        for method, path in (
            ("GET", "/v1/owner"),
            ("PUT", "/v1/owner"),
            ("GET", "/v1/clients"),
            ("DELETE", "/v1/clients"),
            ("GET", "/v1/clients/1"),
            ("DELETE", "/v1/clients/1"),
            ("GET", "/v1/clients/1/export"),
            ("POST", "/v1/import"),
        ):
            response = api.request(method, path, json=ON if method == "PUT" else None)
            assert response.status_code == 401, (method, path)
            wrong = api.request(method, path, headers={"X-API-Key": "nope"})
            assert wrong.status_code == 401, (method, path)
        assert api.get("/v1/owner", headers=KEY).status_code == 200
    open_settings = settings.model_copy(update={"admin_key": None})
    with TestClient(create_app(open_settings)) as api:  # a local single-user tool
        assert api.get("/v1/owner").status_code == 200


def test_only_the_import_takes_large_bodies(settings: Settings) -> None:
    sized = settings.model_copy(update={"max_import_bytes": 120_000})
    with TestClient(create_app(sized), headers=KEY) as api:
        assert api.put("/v1/owner", json=ON).status_code == 200
        big = ("14/03/2024, 09:05 - Dan Mizrahi: " + "x" * 90 + "\n").encode() * 1100
        assert len(big) > 50_000
        assert upload(api, "big.txt", big[:100_000]).status_code == 200  # over max_body_bytes
        too_large = upload(api, "big.txt", big)
        assert too_large.status_code == 413 and "120000" in too_large.json()["detail"]
        assert api.post("/v1/classify", json={"text": "x" * 60_000}).status_code == 413


@pytest.mark.parametrize(
    ("name", "body", "params", "reason"),
    [
        ("noise.bin", bytes(range(256)) * 4, {}, "is not a WhatsApp chat export"),
        ("empty.txt", b"   \n", {}, "the body is empty"),
        ("chat.zip", as_zip("ios_en.txt", "notes/readme.md"), {}, "without a WhatsApp chat"),
        ("chat.zip", b"PK\x03\x04 broken", {}, "zip"),
        ("android_he.txt", None, {"owner": "Someone Else"}, "recognised as you"),
        ("android_en.txt", None, {"tz": "Mars/Olympus"}, "unknown time zone"),
        ("../../etc/passwd", b"root:x:0:0:root:/root:/bin/bash\n", {}, "passwd is not"),
    ],
)
def test_a_file_that_cannot_be_imported_is_a_4xx_with_the_reason(
    api: TestClient, name: str, body: bytes | None, params: dict[str, str], reason: str
) -> None:
    assert api.put("/v1/owner", json=ON).status_code == 200
    response = upload(api, name, body, **params)
    assert response.status_code == 422, response.text
    assert reason in response.json()["detail"]
    assert api.get("/v1/clients").json()["stored_clients"] == 0


def test_a_partly_broken_chat_is_imported_with_its_problems_by_line(api: TestClient) -> None:
    assert api.put("/v1/owner", json=ON).status_code == 200
    report = upload(api, "broken.txt").json()
    assert [p["line"] for p in report["problems"]] == [1, 4, 6]
    assert report["new"] == 2 and report["owner_messages"] == 1


def test_the_pages_are_served_under_the_page_policy(api: TestClient) -> None:
    for path in ("/clients", "/settings", "/static/clients.js", "/static/settings.js"):
        response = api.get(path)
        assert response.status_code == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"]


def test_no_body_or_name_reaches_the_logs(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    with TestClient(create_app(settings), headers=KEY) as api:
        assert api.put("/v1/owner", json=ON).status_code == 200
        assert upload(api, "android_en.txt", owner="Noa Levi").status_code == 200
        assert upload(api, "android_he.txt", owner="Someone Else").status_code == 422
        dan = api.get("/v1/clients").json()["clients"][0]["id"]
        assert api.get(f"/v1/clients/{dan}").status_code == 200
        assert api.delete(f"/v1/clients/{dan}").status_code == 204
    service = "\n".join(r.getMessage() for r in caplog.records if r.name != "httpx")
    for trace in ("Dan", "Mizrahi", "Noa", "logo", "coffee", "android_en", "יוסי", "Someone"):
        assert trace not in service, trace
