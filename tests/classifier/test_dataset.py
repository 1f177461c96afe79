"""Pre-train: CSV validation reports every problem with file and line, and trains on nothing bad."""

from __future__ import annotations

from pathlib import Path

import pytest

from classifier.dataset import DataValidationError, read_labeled_csv, read_labeled_csvs

HEADER = "id,text,label\n"


def _write(tmp_path: Path, content: bytes | str, name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def _problems(path: Path) -> list[str]:
    with pytest.raises(DataValidationError) as info:
        read_labeled_csv(path)
    return [f"{p.line}: {p.message}" for p in info.value.problems]


def test_valid_file_with_bom_and_multiline_text(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "\ufeff" + HEADER + '1,"שורה אחת\nשורה שתיים",easygoing\n2,second,dormant\n'
    )
    frame = read_labeled_csv(path)
    assert frame["text"].tolist() == ["שורה אחת\nשורה שתיים", "second"]
    assert frame["source_line"].tolist() == [2, 4]


def test_missing_required_column(tmp_path: Path) -> None:
    assert _problems(_write(tmp_path, "id,text\n1,hello\n")) == [
        "1: missing column(s) label; the header has: id, text"
    ]


def test_every_bad_row_is_reported_with_its_line(tmp_path: Path) -> None:
    content = (
        HEADER
        + '1,fine,easygoing\n2,,dormant\n3,"multi\nline",angry\n4,too,many,fields\n5,fine,easygoing\n'
    )
    assert _problems(_write(tmp_path, content)) == [
        "3: empty text",
        "4: unknown label 'angry' (allowed: easygoing, dormant, demanding, know-it-all, conflictual)",
        "6: expected 3 fields, found 4",
        "7: duplicate text (same as " + str(tmp_path / "data.csv") + ":2)",
    ]


def test_bad_language_and_topic_values(tmp_path: Path) -> None:
    content = "text,label,language,topic\nhello,easygoing,fr,weather\n"
    assert _problems(_write(tmp_path, content)) == [
        "2: unknown language 'fr' (allowed: he, en, mixed)",
        "2: unknown topic 'weather' (allowed: deadline, price, scope, quality, payment, availability, other)",
    ]


def test_undecodable_bytes_are_reported_by_line(tmp_path: Path) -> None:
    content = HEADER.encode() + b"1,ok,easygoing\n2," + "שלום".encode("cp1255") + b",dormant\n"
    problems = _problems(_write(tmp_path, content))
    assert problems[0].startswith("3: bytes that are not UTF-8")


def test_broken_quoting_is_reported(tmp_path: Path) -> None:
    content = HEADER + '1,fine,easygoing\n2,"unclosed quote,dormant\n'
    problems = _problems(_write(tmp_path, content))
    assert problems[-1].startswith("3: broken CSV quoting")


def test_empty_file(tmp_path: Path) -> None:
    assert _problems(_write(tmp_path, "")) == ["1: the file is empty (a header row is required)"]


def test_duplicates_across_files_name_both_places(tmp_path: Path) -> None:
    a = _write(tmp_path, HEADER + "1,Same   Text,easygoing\n", "a.csv")
    b = _write(tmp_path, HEADER + "1,same text,dormant\n", "b.csv")
    with pytest.raises(DataValidationError) as info:
        read_labeled_csvs([a, b])
    assert str(info.value.problems[0]) == f"{b}:2: duplicate text (same as {a}:2)"


def test_missing_file_is_a_validation_error(tmp_path: Path) -> None:
    with pytest.raises(DataValidationError, match="cannot read the file"):
        read_labeled_csv(tmp_path / "nope.csv")


# ----- spreadsheet safety ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "cell",
    [
        "=1+1",
        "+972 50",
        "-2",
        "@SUM(A1)",
        "\n=HYPERLINK(1)",
        " =1+1",
        "\u200b=1+1",
        "\u200f=1+1",
        "＝1+1",
        "\t=1",
    ],
)
def test_formula_cells_are_neutralised_and_restored_for_training(cell: str) -> None:
    from classifier.dataset import neutralise_formula, restore_formula

    safe = neutralise_formula(cell)
    assert safe == "'" + cell
    assert restore_formula(safe) == cell


@pytest.mark.parametrize("cell", ["hello", "'quoted'", "שלום", "a = b"])
def test_plain_cells_are_left_alone(cell: str) -> None:
    from classifier.dataset import neutralise_formula, restore_formula

    assert neutralise_formula(cell) == cell == restore_formula(cell)


@pytest.mark.parametrize("cell", ["'+1 from me", "'=SUM(A1)", "''=x", "'\u200b=1"])
def test_cells_that_look_escaped_survive_the_round_trip(cell: str) -> None:
    from classifier.dataset import neutralise_formula, restore_formula

    assert restore_formula(neutralise_formula(cell)) == cell


def test_an_exported_correction_trains_on_the_clients_words(tmp_path: Path) -> None:
    from classifier.dataset import read_labeled_csv
    from classifier.feedback import FeedbackStore

    store = FeedbackStore(f"sqlite:///{tmp_path / 'fb.sqlite3'}")
    store.add(text="=cmd|' /C calc'!A0 sorry, later", label="dormant")
    store.add(text="\u200b-1 star, you people", label="conflictual", subject="+ urgent")
    out = tmp_path / "feedback.csv"
    store.export_csv(out)
    exported = out.read_text(encoding="utf-8")
    assert "'=cmd" in exported and "'\u200b-1" in exported and "'+ urgent" in exported
    frame = read_labeled_csv(out)
    assert list(frame["text"]) == ["=cmd|' /C calc'!A0 sorry, later", "\u200b-1 star, you people"]
    assert frame["subject"][1] == "+ urgent"
