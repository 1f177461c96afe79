"""Every endpoint through FastAPI's TestClient, with its error cases: never a 500 for bad input."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from classifier import LABELS
from classifier.feedback import FeedbackStore
from classifier.registry import ModelRegistry
from classifier.settings import Settings
from tests.api.conftest import ADMIN_KEY

ROOT = Path(__file__).resolve().parents[2]
HE = "היי, אני צריך את זה עד מחר בבוקר, ותוך כדי גם עמוד נחיתה באותו מחיר.\n\nתודה,\nדנה"


def test_classify_returns_everything_promised(client: TestClient) -> None:
    response = client.post("/v1/classify", json={"text": HE, "subject": "דחוף"})
    assert response.status_code == 200
    body = response.json()
    assert body["label"] in LABELS
    assert set(body["probabilities"]) == set(LABELS)
    assert abs(sum(body["probabilities"].values()) - 1) < 1e-6
    assert body["confidence"] == max(body["probabilities"].values())
    assert body["language"] == "he" and body["subject"] == "דחוף"
    assert body["cleaned_text"].startswith("היי, אני צריך")
    assert isinstance(body["uncertain"], bool) and body["note"]
    assert len(body["replies"]) == 3 and all(r["technique"] and r["seed"] for r in body["replies"])
    # an e-mail (it has a subject): greeted by name, signed, every field where the API says
    assert body["channel"] == "email"
    assert all(r["text"].startswith("שלום דנה,") for r in body["replies"])
    assert body["replies"][0]["text"].endswith("Noa")
    for reply in body["replies"]:
        assert reply["id"] and reply["moves"]
        for blank in reply["blanks"]:
            assert reply["text"][blank["start"] : blank["end"]] == f"[{blank['hint']}]"
    assert body["asks"] and body["main_ask"] is not None
    for ask in body["asks"]:
        assert body["cleaned_text"][ask["start"] : ask["end"]] == ask["text"]
    assert body["model_version"] and response.headers["x-request-id"]
    for term in body["explanation"]:
        source = body["subject"] if term["field"] == "subject" else body["cleaned_text"]
        assert source[term["start"] : term["end"]] == term["term"]


def test_classify_accepts_a_raw_email(client: TestClient) -> None:
    eml = sorted((ROOT / "data" / "raw" / "eml").glob("*.eml"))[0].read_bytes()
    response = client.post("/v1/classify", content=eml, headers={"Content-Type": "message/rfc822"})
    assert response.status_code == 200 and response.json()["language"] in ("he", "en", "mixed")


def test_classify_html_body_is_read_as_text(client: TestClient) -> None:
    response = client.post(
        "/v1/classify",
        json={"text": "<div dir='rtl'>מעולה, <b>מאשר</b>!</div><script>x()</script>"},
    )
    assert response.status_code == 200
    assert response.json()["cleaned_text"] == "מעולה, מאשר!"


@pytest.mark.parametrize(
    ("kwargs", "status", "reason"),
    [
        (
            {"content": b'{"text": ', "headers": {"Content-Type": "application/json"}},
            400,
            "malformed JSON",
        ),
        (
            {"content": b'{"text": "\xff\xfe"}', "headers": {"Content-Type": "application/json"}},
            400,
            "not valid UTF-8",
        ),
        ({"json": {}}, 422, "text: Field required"),
        ({"json": {"text": "   "}}, 422, "text is empty"),
        ({"json": {"text": 5}}, 422, "text: Input should be a valid string"),
        ({"json": {"text": "hi", "extra": 1}}, 422, "extra: Extra inputs are not permitted"),
        ({"json": ["not", "an", "object"]}, 422, "Input should be a valid dictionary"),
        ({"json": {"text": "x" * 60_000}}, 413, "larger than 50000 bytes"),
        (
            {"content": b"hello", "headers": {"Content-Type": "text/csv"}},
            415,
            "send application/json or message/rfc822",
        ),
        (
            {
                "content": b"Content-Type: application/pdf\n\n%PDF",
                "headers": {"Content-Type": "message/rfc822"},
            },
            422,
            "no text/plain",
        ),
    ],
)
def test_classify_bad_input_is_a_4xx_with_a_reason(
    client: TestClient, kwargs: dict[str, object], status: int, reason: str
) -> None:
    response = client.post("/v1/classify", **kwargs)  # type: ignore[arg-type]
    assert response.status_code == status
    assert reason in str(response.json()["detail"])
    assert response.json()["request_id"] == response.headers["x-request-id"]


def test_chunked_body_over_the_limit_is_413(client: TestClient) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(100):
            yield b"x" * 1000

    response = client.post(
        "/v1/classify", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413


def test_batch_keeps_order_and_enforces_its_limit(client: TestClient) -> None:
    texts = ["מעולה, מאשר!", "Sorry, swamped, next month?", "I need it by tomorrow morning."]
    response = client.post("/v1/classify/batch", json={"messages": [{"text": t} for t in texts]})
    assert response.status_code == 200
    results = response.json()["results"]
    assert [r["cleaned_text"] for r in results] == texts
    single = client.post("/v1/classify", json={"text": texts[1]}).json()
    assert results[1]["probabilities"] == pytest.approx(single["probabilities"])
    too_many = client.post("/v1/classify/batch", json={"messages": [{"text": "x"}] * 6})
    assert too_many.status_code == 413 and "at most 5 messages" in too_many.json()["detail"]
    assert client.post("/v1/classify/batch", json={"messages": []}).status_code == 422


def test_feedback_is_stored_and_exported_in_training_format(
    client: TestClient, settings: Settings, tmp_path: Path
) -> None:
    response = client.post(
        "/v1/feedback",
        json={
            "text": "=cmd|' /C calc'!A0 sorry, later",
            "label": "dormant",
            "predicted_label": "easygoing",
            "topic": "availability",
        },
    )
    assert response.status_code == 201 and response.json()["id"] >= 1
    assert client.post("/v1/feedback", json={"text": "x", "label": "angry"}).status_code == 422
    store = FeedbackStore(settings.feedback_url())
    assert store.count() == 1
    out = tmp_path / "feedback.csv"
    assert store.export_csv(out) == 1
    exported = out.read_text(encoding="utf-8")
    assert exported.splitlines()[0] == "id,subject,text,label,topic,batch"
    assert "'=cmd" in exported and ",dormant,availability,feedback" in exported


def test_feedback_store_failure_is_503_not_500(client: TestClient, settings: Settings) -> None:
    db = settings.resolve(settings.data_dir) / "feedback.sqlite3"
    client.app.state.feedback.dispose()  # type: ignore[attr-defined]
    client.app.state.feedback = FeedbackStore(f"sqlite:///file:{db}?mode=ro&uri=true")  # type: ignore[attr-defined]
    response = client.post("/v1/feedback", json={"text": "hello", "label": "dormant"})
    assert response.status_code == 503 and "not stored" in response.json()["detail"]
    assert FeedbackStore(settings.feedback_url()).count() == 0  # nothing half-written


def test_model_metadata_health_and_readiness(client: TestClient) -> None:
    meta = client.get("/v1/model").json()
    assert meta["labels"] == sorted(LABELS) and len(meta["model_sha256"]) == 64
    assert "config_file" not in meta
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json()["status"] == "ready"


def test_not_ready_without_a_model(tmp_path: Path) -> None:
    settings = Settings(models_dir=tmp_path / "empty", data_dir=tmp_path / "var")
    with TestClient(create_app(settings)) as client:
        ready = client.get("/readyz")
        assert ready.status_code == 503 and "train one first" in ready.json()["reason"]
        assert client.get("/healthz").status_code == 200
        response = client.post("/v1/classify", json={"text": "hello"})
        assert response.status_code == 503 and "not ready" in response.json()["detail"]


def test_admin_reload_needs_the_key_and_swaps_models(client: TestClient, models_dir: Path) -> None:
    assert client.post("/v1/admin/reload").status_code == 401
    assert client.post("/v1/admin/reload", headers={"X-API-Key": "wrong"}).status_code == 401
    registry = ModelRegistry(models_dir)
    old = registry.current_version()
    loaded = registry.load()
    new = registry.save(
        loaded.bundle,
        {k: v for k, v in loaded.metadata.items() if k not in ("version", "model_sha256")},
    )
    response = client.post("/v1/admin/reload", headers={"X-API-Key": ADMIN_KEY})
    assert response.status_code == 200
    assert response.json() == {"model_version": new, "previous_version": old}
    assert client.get("/v1/model").json()["version"] == new


def test_admin_reload_refuses_a_tampered_model_and_keeps_serving(
    client: TestClient, models_dir: Path
) -> None:
    registry = ModelRegistry(models_dir)
    serving = client.get("/v1/model").json()["version"]
    loaded = registry.load()
    new = registry.save(loaded.bundle, {})
    (models_dir / new / "model.joblib").write_bytes(b"tampered")
    (models_dir / "CURRENT").write_text(new + "\n")
    response = client.post("/v1/admin/reload", headers={"X-API-Key": ADMIN_KEY})
    assert response.status_code == 409 and "refusing to load" in response.json()["detail"]
    assert client.get("/v1/model").json()["version"] == serving
    assert client.post("/v1/classify", json={"text": "hello"}).status_code == 200


def test_admin_disabled_without_a_key(models_dir: Path, tmp_path: Path) -> None:
    with TestClient(
        create_app(Settings(models_dir=models_dir, data_dir=tmp_path / "var"))
    ) as client:
        response = client.post("/v1/admin/reload", headers={"X-API-Key": "anything"})
        assert response.status_code == 403 and "disabled" in response.json()["detail"]


def test_draft_check_endpoint(client: TestClient) -> None:
    flagged = client.post(
        "/v1/replies/check", json={"text": "כמו שכבר כתבתי, זה לא באחריותנו."}
    ).json()
    assert flagged["ok"] is False and {i["category"] for i in flagged["issues"]} >= {
        "already-said",
        "not-our-problem",
    }
    calm = client.post(
        "/v1/replies/check", json={"text": "Thanks! I'll send two options by Thursday."}
    ).json()
    assert calm == {"ok": True, "issues": []}
    assert client.post("/v1/replies/check", json={"text": ""}).status_code == 422


def test_page_docs_and_security_headers(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and 'dir="rtl"' in page.text
    assert "https://" not in page.text  # everything is served by the app
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    docs = client.get("/docs")
    assert docs.status_code == 200 and "cdn" not in docs.text.lower()
    for asset in ("/static/app.js", "/static/style.css"):
        assert client.get(asset).status_code == 200
    schema = client.get("/openapi.json").json()
    assert "message/rfc822" in schema["paths"]["/v1/classify"]["post"]["requestBody"]["content"]
    assert (
        "access-control-allow-origin"
        not in client.get("/healthz", headers={"Origin": "https://evil.example"}).headers
    )


def test_request_id_is_echoed_and_logged_without_bodies(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "my private contract details 4580"
    with caplog.at_level(logging.INFO):
        response = client.post(
            "/v1/classify", json={"text": secret}, headers={"X-Request-ID": "abc-123"}
        )
    assert response.headers["x-request-id"] == "abc-123"
    assert secret not in caplog.text and "4580" not in caplog.text
    assert any(
        getattr(r, "request_id", None) == "abc-123"
        for r in caplog.records
        if r.name.startswith("api")
    )


def test_a_short_message_gets_chat_sized_unsigned_replies(client: TestClient) -> None:
    body = client.post(
        "/v1/classify", json={"text": "send the logo files by 9 tomorrow pls"}
    ).json()
    assert body["channel"] == "chat"
    assert all(len(r["text"]) <= 300 and "Noa" not in r["text"] for r in body["replies"])
    email = client.post(
        "/v1/classify", json={"text": "send the logo files by 9 tomorrow pls", "channel": "email"}
    ).json()
    assert email["channel"] == "email" and email["replies"][0]["text"].endswith("Noa")


def test_correcting_the_label_gives_replies_for_that_type(client: TestClient) -> None:
    text = "You people never listen. Where are the files I paid for?"
    for label in ("conflictual", "easygoing"):
        body = client.post("/v1/replies", json={"text": text, "label": label}).json()
        assert body["label"] == label and body["language"] == "en" and body["replies"]
    conflictual = client.post("/v1/replies", json={"text": text, "label": "conflictual"}).json()
    assert conflictual["note"] != body["note"]
    bad = client.post("/v1/replies", json={"text": text, "label": "angry"})
    assert bad.status_code == 422 and "label" in bad.json()["detail"]


def test_a_reply_marked_as_not_fitting_is_stored_without_the_message(
    client: TestClient,
) -> None:
    body = client.post("/v1/classify", json={"text": "Where is my website??"}).json()
    reply = body["replies"][0]
    stored = client.post(
        "/v1/feedback/replies",
        json={
            "reply_id": reply["id"],
            "fits": False,
            "label": body["label"],
            "language": body["language"],
            "technique": reply["technique"],
        },
    )
    assert stored.status_code == 201
    store = client.app.state.feedback  # type: ignore[attr-defined]
    signal = store.reply_signals()[-1]
    assert (signal.reply_id, signal.fits, signal.label) == (reply["id"], False, body["label"])
    assert not hasattr(signal, "text")
    assert client.post("/v1/feedback/replies", json={"reply_id": "x"}).status_code == 422


def test_locked_feedback_database_fails_clearly_and_stores_nothing(
    client: TestClient, settings: Settings
) -> None:
    import sqlite3

    db = settings.resolve(settings.data_dir) / "feedback.sqlite3"
    client.app.state.feedback.dispose()  # type: ignore[attr-defined]
    client.app.state.feedback = FeedbackStore(settings.feedback_url(), busy_timeout_s=0.2)  # type: ignore[attr-defined]
    blocker = sqlite3.connect(db, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        response = client.post("/v1/feedback", json={"text": "hello", "label": "dormant"})
    finally:
        blocker.rollback()
        blocker.close()
    assert response.status_code == 503 and "not stored" in response.json()["detail"]
    assert FeedbackStore(settings.feedback_url()).count() == 0


def test_ten_megabyte_body_is_refused_before_reading_it(client: TestClient) -> None:
    response = client.post(
        "/v1/classify", content=b"x" * 10_000_000, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413


def test_a_classification_past_the_time_limit_is_503(settings: Settings) -> None:
    impatient = settings.model_copy(update={"request_timeout_s": 1e-6})
    with TestClient(create_app(impatient)) as client:
        response = client.post("/v1/classify", json={"text": "I need it by tomorrow morning."})
        batch = client.post("/v1/classify/batch", json={"messages": [{"text": "hello there"}]})
    assert response.status_code == 503 and "took longer than" in response.json()["detail"]
    assert batch.status_code == 503


def test_a_message_corrected_twice_exports_once_with_the_latest_label(
    settings: Settings, tmp_path: Path
) -> None:
    from classifier.dataset import read_labeled_csv

    store = FeedbackStore(settings.feedback_url())
    store.add(text="Sorry, later.", label="easygoing")
    store.add(text="sorry,  LATER.", label="dormant")
    store.add(text="Fix it now!", label="demanding")
    out = tmp_path / "feedback.csv"
    assert store.export_csv(out) == 2
    frame = read_labeled_csv(out)  # the training reader accepts it: no duplicate texts
    assert dict(zip(frame["text"], frame["label"], strict=True)) == {
        "sorry,  LATER.": "dormant",
        "Fix it now!": "demanding",
    }


def test_the_vocabulary_is_the_librarys(client: TestClient) -> None:
    from classifier import LANGUAGES, TOPICS
    from classifier.lang import get_pack

    body = client.get("/v1/vocabulary").json()
    assert [entry["id"] for entry in body["labels"]] == list(LABELS)
    assert {e["id"]: e["names"]["he"] for e in body["labels"]} == {
        k.value: v for k, v in get_pack("he").type_names.items()
    }
    assert body["labels"][4]["names"] == {"he": "עימותי", "en": "conflictual"}
    assert body["topics"] == list(TOPICS) and body["languages"] == list(LANGUAGES)
    schema = client.get("/openapi.json").json()["components"]["schemas"]
    assert schema["Label"]["enum"] == list(LABELS)
