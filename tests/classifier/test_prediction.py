"""Prediction with the mini model: probabilities, uncertainty, explanations, CSV streaming."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from classifier import LABELS
from classifier.batch import predict_csv
from classifier.dataset import DataValidationError
from classifier.prediction import ClientClassifier, is_uncertain
from classifier.reading import read_text
from classifier.settings import Settings


def test_probabilities_cover_every_label_and_sum_to_one(mini_model: ClientClassifier) -> None:
    result = mini_model.classify_text("I need the report by tomorrow morning, no excuses.")
    assert set(result.probabilities) == set(LABELS)
    assert sum(result.probabilities.values()) == pytest.approx(1.0)
    assert result.confidence == max(result.probabilities.values())
    assert result.label == max(result.probabilities, key=result.probabilities.__getitem__)
    assert result.language == "en" and result.model_version == mini_model.version


def test_explanation_points_at_words_of_the_cleaned_text(mini_model: ClientClassifier) -> None:
    result = mini_model.classify_text(
        "אתם רמאים, אני אכתוב ביקורת בכל מקום\n\nנשלח מה-iPhone שלי", subject="Re: החשבונית"
    )
    assert result.cleaned_text == "אתם רמאים, אני אכתוב ביקורת בכל מקום"
    assert result.subject == "החשבונית"
    assert result.explanation, "a confident prediction should have supporting terms"
    weights = [t.weight for t in result.explanation]
    assert weights == sorted(weights, reverse=True) and all(w > 0 for w in weights)
    for term in result.explanation:
        source = result.subject if term.field == "subject" else result.cleaned_text
        assert source[term.start : term.end] == term.term


def test_artifacts_do_not_change_the_prediction(mini_model: ClientClassifier) -> None:
    own = "Can we do another round? And a third version of the banner too, by tonight please."
    plain = mini_model.classify_text(own)
    padded = mini_model.classify_text(
        own
        + "\n\nSent from my iPhone\n\nOn Mon, 3 Mar 2025 at 10:12, Dana <d@example.com> wrote:\n"
        "> Thank you so much, I trust you completely, do whatever you think is best!"
    )
    assert padded.cleaned_text == plain.cleaned_text
    np.testing.assert_allclose(
        list(padded.probabilities.values()), list(plain.probabilities.values())
    )


def test_classify_many_matches_classify(mini_model: ClientClassifier) -> None:
    texts = ["מעולה, מאשר", "Sorry, swamped, next month maybe", "אני יודע יותר טוב ממך"]
    many = mini_model.classify_many([read_text(t) for t in texts])
    for text, result in zip(texts, many, strict=True):
        single = mini_model.classify_text(text)
        assert single.probabilities == pytest.approx(result.probabilities)


@pytest.mark.parametrize(
    ("proba", "expected"),
    [
        ([0.9, 0.05, 0.05], False),
        ([0.45, 0.35, 0.2], True),
        ([0.55, 0.45, 0.0], True),
        ([0.6, 0.3, 0.1], False),
    ],
)
def test_is_uncertain(proba: list[float], expected: bool) -> None:
    assert is_uncertain(np.array(proba), below=0.5, margin=0.15) is expected


def _write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


@pytest.mark.parametrize("chunk_size", [1, 2, 1000])
def test_predict_csv_copies_rows_and_adds_columns(
    tmp_path: Path, mini_model: ClientClassifier, chunk_size: int
) -> None:
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    _write_csv(
        src,
        [
            ["id", "text", "note"],
            ["1", "מעולה, מאשר!", "x"],
            ["2", "", "empty"],
            ["3", "Multi\nline, I need it TODAY", "z"],
        ],
    )
    summary = predict_csv(src, dst, model=mini_model, settings=Settings(), chunk_size=chunk_size)
    assert (summary.rows, summary.predicted, summary.skipped_lines) == (3, 2, [3])
    with dst.open(encoding="utf-8", newline="") as fh:
        out = list(csv.DictReader(fh))
    assert [r["id"] for r in out] == ["1", "2", "3"] and out[2][
        "text"
    ] == "Multi\nline, I need it TODAY"
    assert out[1]["predicted_label"] == ""
    probs = [float(out[0][f"proba_{label}"]) for label in mini_model.labels]
    assert sum(probs) == pytest.approx(1.0, abs=1e-5)
    # What the API answers, in the spreadsheet: language, uncertainty, the note, a reply.
    assert out[0]["detected_language"] == "he" and out[2]["detected_language"] == "en"
    assert out[0]["uncertain"] in ("yes", "no") and out[0]["handling_note"]
    assert out[0]["suggested_reply"].startswith("היי") and out[1]["suggested_reply"] == ""
    assert out[0]["note"] == "x"  # the input's own column is kept as it was
    top = float(out[0][f"proba_{out[0]['predicted_label']}"])
    assert top == pytest.approx(max(probs), abs=1e-6)  # the label is the likeliest type


def test_predict_csv_reads_windows_1255_and_writes_a_bom_for_excel(
    tmp_path: Path, mini_model: ClientClassifier
) -> None:
    src, dst = tmp_path / "excel.csv", tmp_path / "out.csv"
    src.write_bytes("id,text\r\n1,אני צריך את הקבצים עד מחר\r\n".encode("cp1255"))
    summary = predict_csv(src, dst, model=mini_model, settings=Settings(), excel=True)
    assert summary.encoding == "cp1255" and summary.predicted == 1
    raw = dst.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "אני צריך את הקבצים עד מחר" in raw.decode("utf-8-sig")


def test_predict_csv_refuses_bytes_of_no_known_encoding_with_the_line(
    tmp_path: Path, mini_model: ClientClassifier
) -> None:
    src, dst = tmp_path / "bad.csv", tmp_path / "out.csv"
    src.write_bytes(b"id,text\n1,fine\n2,\x81\x8d\x8f broken\n")
    with pytest.raises(DataValidationError, match=r"bad.csv:3: bytes that are neither UTF-8"):
        predict_csv(src, dst, model=mini_model, settings=Settings())
    assert not dst.exists()


def test_predict_csv_without_text_column_writes_nothing(
    tmp_path: Path, mini_model: ClientClassifier
) -> None:
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    _write_csv(src, [["body"], ["hello"]])
    with pytest.raises(DataValidationError, match="missing column text"):
        predict_csv(src, dst, model=mini_model, settings=Settings())
    assert not dst.exists() and list(tmp_path.iterdir()) == [src]


def test_predict_csv_bad_row_leaves_no_partial_output(
    tmp_path: Path, mini_model: ClientClassifier
) -> None:
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text('text\nfine\n"broken\n', encoding="utf-8")
    with pytest.raises(DataValidationError, match="broken CSV quoting"):
        predict_csv(src, dst, model=mini_model, settings=Settings(), chunk_size=1)
    assert not dst.exists()


# ----- out of domain and little evidence --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Здравствуйте, когда будет готов логотип? Мы ждём уже неделю.",
            "not in Hebrew or English",
        ),
        ("مرحبا، متى سيكون التصميم جاهزا؟", "not in Hebrew or English"),
        ("👍", "not in Hebrew or English"),
        ("🙏🙏🙏 😡", "not in Hebrew or English"),
        ("123 456 !!!", "not in Hebrew or English"),
    ],
)
def test_other_languages_and_wordless_messages_are_uncertain_with_a_reason(
    mini_model: ClientClassifier, text: str, reason: str
) -> None:
    result = mini_model.classify_text(text)
    assert result.uncertain and result.uncertain_reason and reason in result.uncertain_reason


def test_random_bytes_read_as_mail_are_not_given_a_confident_label(
    mini_model: ClientClassifier,
) -> None:
    import random

    from classifier.reading import EmailReadError, read_eml

    data = random.Random(3).randbytes(2048)
    try:
        message = read_eml(data)
    except EmailReadError:
        return  # refused as no text: the API answers 422
    assert mini_model.classify(message).uncertain


def test_other_language_gets_no_reply_in_a_language_the_client_did_not_write() -> None:
    from classifier.asks import Asks
    from classifier.compose import Terms
    from classifier.replies import advise

    advice = advise(
        label="demanding",
        runner_up="conflictual",
        uncertain=True,
        message_language="other",
        asks=Asks(),
        chat=True,
        client_name=None,
        terms=Terms(names={"en": "Noa"}),
        seed_text="Когда будет готово?",
    )
    assert (
        advice.suggestions == ()
        and "not in a language this service reads (עברית, English)" in advice.note
    )


def test_temper_keeps_order_and_shrinks_with_little_evidence() -> None:
    from classifier.prediction import temper

    proba = np.array([0.9, 0.05, 0.03, 0.01, 0.01])
    one, many, none = (temper(proba, k, evidence_prior=0.5) for k in (1, 40, 0))
    assert list(np.argsort(one)) == list(np.argsort(proba))
    assert one.sum() == pytest.approx(1.0) and none == pytest.approx(np.full(5, 0.2))
    assert none.max() < one.max() < many.max() < proba.max()
    assert temper(proba, 1, evidence_prior=0.0) is proba


def test_another_language_gets_no_confidence_at_all(mini_model: ClientClassifier) -> None:
    result = mini_model.classify_text("Здравствуйте, когда будет готов логотип?")
    assert result.uncertain and result.confidence == pytest.approx(1 / len(LABELS))


def test_the_words_that_set_off_a_lexical_cue_are_credited_with_it(
    mini_model: ClientClassifier,
) -> None:
    terms = mini_model.classify_text("אתם נוכלים").explanation
    assert "נוכלים" in {t.term for t in terms}


def test_predict_proba_is_flat_for_another_language_like_classify(
    mini_model: ClientClassifier,
) -> None:
    from classifier.preprocessing import prepare_text

    text = "Bonjour, pouvez-vous m'envoyer la facture avant vendredi, s'il vous plaît?"
    proba = mini_model.predict_proba([prepare_text(text).model_text])[0]
    assert proba == pytest.approx(np.full(len(LABELS), 1 / len(LABELS)))
    assert mini_model.classify_text(text).probabilities == pytest.approx(
        dict(zip(mini_model.labels, proba, strict=True))
    )


def test_warm_up_fills_the_word_caches_and_changes_no_answer(mini_model: ClientClassifier) -> None:
    from classifier.respond import respond, to_dict, warm_up

    settings = Settings(provider_name=None)
    fresh = ClientClassifier(mini_model.loaded, uncertain_below=0.5, uncertain_margin=0.15)
    messages = [read_text("Can you send the files by tomorrow? Thanks"), read_text("תשלח עד מחר")]
    before = [to_dict(respond(m, model=mini_model, settings=settings), m) for m in messages]
    (features,) = fresh.compiled.features
    assert not features.cached_chunks
    warm_up(fresh, settings, words=50)
    assert features.cached_chunks >= 50
    after = [to_dict(respond(m, model=fresh, settings=settings), m) for m in messages]
    assert after == before
