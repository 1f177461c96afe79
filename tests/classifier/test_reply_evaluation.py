"""The reply-fit checks on hand-made replies: each rule fires on its case and not on a fair reply."""

from __future__ import annotations

from pathlib import Path

import pytest

from classifier.reply_evaluation import (
    FitCase,
    compose_all,
    composed_replies,
    evaluate,
    read_cases,
    score_replies,
    summarise,
    without_the_fields,
)

ROOT = Path(__file__).resolve().parents[2]

CASE = FitCase(
    id="t-1",
    language="he",
    channel="chat",
    label="conflictual",
    text="אל תתקשר אליי. אני רוצה את הקבצים עד מחר ב-9, בלי תירוצים.",
    must_address=(("the files", ("קבצים", "הקבצים")), ("the 9:00 time", ("9:00", "ב-9"))),
    must_not=("offer a call", "apologise again", "reply in english"),
    max_reply_chars=120,
)


def test_a_fair_reply_passes_every_check() -> None:
    result = score_replies(CASE, ["היי, הקבצים יהיו אצלך מחר ב-9. אשלח כאן הודעה כשהם עולים."])
    assert result.addresses_all and result.violations == ()
    assert (result.too_long, result.wrong_language) == (0, 0)


def test_each_failure_is_caught() -> None:
    result = score_replies(
        CASE,
        [
            "מצטער מאוד! אולי נדבר בטלפון ונסגור את זה?",
            "Sorry about the files, I will send them soon." + " really" * 20,
        ],
    )
    assert result.missed == ("the files", "the 9:00 time")  # "files" in English is no keyword
    assert set(result.violations) == {"offer a call", "apologise again"}
    assert result.too_long == 1 and result.wrong_language == 1
    figures = summarise([result])
    assert figures["ask_addressed"] == 0 and figures["with_violation"] == 1
    assert figures["main_ask_addressed"] == 0


def test_a_hint_quoting_the_client_is_no_violation() -> None:
    # The owner replaces a field before sending: a hint that quotes "אל תתקשר" offers no call.
    quoted = score_replies(CASE, ['היי, [התשובה ל"אל תתקשר אליי"] הקבצים יגיעו מחר ב-9.'])
    assert quoted.violations == ()
    said = score_replies(CASE, ["היי, אפשר לדבר בטלפון? הקבצים יגיעו מחר ב-9."])
    assert said.violations == ("offer a call",)


def test_a_date_the_reply_commits_to_is_a_promised_date() -> None:
    # "I'll have it to you by tomorrow" promises a date, also after a comma in a sentence that
    # starts with the client's own time (a fresh-eyes review).
    case = FitCase(
        id="t-2",
        language="en",
        channel="chat",
        label="demanding",
        text="need the scooter delivered to the hotel by tomorrow evening latest",
        must_address=(("the delivery", ("deliver",)),),
        must_not=("promise a date",),
        max_reply_chars=300,
    )
    assert score_replies(case, ["Hi, got it. [delivery]"]).violations == ()
    for reply in (
        "Hi, I'll deliver it by tomorrow evening.",
        "Hi, I understand you need it by tomorrow. I'll deliver it by Friday.",
        "I understand you need it by tomorrow, and I will deliver it by tomorrow morning.",
    ):
        assert score_replies(case, [reply]).violations == ("promise a date",)


def test_the_main_ask_is_the_first_item() -> None:
    result = score_replies(CASE, ["היי, הקבצים יגיעו אליך בהקדם."])
    assert result.addresses_main and not result.addresses_all
    figures = summarise([result, score_replies(CASE, ["היי, אני על זה."])])
    assert (figures["main_ask_addressed"], figures["ask_addressed"]) == (0.5, 0.0)


def test_a_folder_of_reply_fit_files_is_read_as_one_set_in_name_order(tmp_path: Path) -> None:
    header = "id,language,channel,label,text,asks,must_address,must_not,max_reply_chars\n"
    rows = {
        "fx-002.csv": 'fx-201,en,chat,dormant,"Still there?",,the reply|here,,200\n',
        "fx-001.csv": 'fx-101,he,chat,easygoing,"תודה!",,התודה|תודה,,200\n',
    }
    for name, row in rows.items():
        (tmp_path / name).write_text(header + row, encoding="utf-8")
    cases = read_cases(tmp_path)
    assert [c.id for c in cases] == ["fx-101", "fx-201"]
    assert cases[1].must_address == (("the reply", ("here",)),)
    with pytest.raises(FileNotFoundError):
        read_cases(tmp_path / "missing")


def test_the_set_is_complete() -> None:
    cases = read_cases(Path(__file__).resolve().parents[2] / "data" / "external" / "reply-fit.csv")
    assert len(cases) >= 80 and sum(c.language == "he" for c in cases) >= 40
    assert all(c.must_address and c.max_reply_chars > 0 for c in cases)


def test_composing_in_processes_gives_each_case_its_own_replies() -> None:
    cases = read_cases(ROOT / "data" / "external" / "reply-fit.csv")[:7]
    assert compose_all(cases, n_jobs=2) == {case.id: composed_replies(case) for case in cases}


@pytest.mark.parametrize("name", ["reply-fit.csv", "reply-fit-fresh"])
def test_composed_replies_on_the_reply_fit_sets_never_violate_and_fit_channel_and_language(
    name: str,
) -> None:
    cases = read_cases(ROOT / "data" / "external" / name)
    composed = compose_all(cases, n_jobs=2)  # composed once, read twice; on both cores
    results = evaluate(cases, lambda case: composed[case.id])
    figures = summarise(results)
    assert figures["with_violation"] == 0.0
    assert figures["length_fit"] >= 0.95 and figures["language_right"] == 1.0
    assert all(r.replies for r in results)  # every message gets a reply
    # What the sent text addresses without the owner's fields is reported, not promised: the
    # composer leaves what only the owner can say to a field (README, "Replies").
    sent = summarise(
        evaluate(cases, lambda case: [without_the_fields(r) for r in composed[case.id]])
    )
    assert sent["with_violation"] == 0.0


def test_a_hint_quoting_the_other_language_is_no_wrong_language() -> None:
    # Round 67: an English client quoting the Hebrew wording he wants; the hint quotes it back.
    english = FitCase(
        id="t-2",
        language="en",
        channel="email",
        label="know-it-all",
        text='Please use "השוכר יעשה" throughout.',
        must_address=(("the wording", ("wording",)),),
        must_not=("reply in hebrew",),
        max_reply_chars=900,
    )
    quoted = score_replies(english, ['Hello, [your answer to "please use "השוכר יעשה""] Thanks.'])
    assert quoted.wrong_language == 0
    said = score_replies(english, ["Hello, I will use השוכר יעשה throughout."])
    assert said.wrong_language == 1
