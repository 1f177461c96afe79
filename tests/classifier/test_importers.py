"""Importers: WhatsApp exports, mail (eml, folders, mbox) and CSV tables into Messages.

The fixtures under ``tests/fixtures/imports/`` are invented conversations between a freelancer
(Noa Levi / נועה לוי) and her clients, written for these tests.
"""

from __future__ import annotations

import logging
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from classifier.importers import (
    ImportFormat,
    ImportFormatError,
    ImportProblem,
    ImportResult,
    dedupe_key,
    detect_format,
    parse_chat,
    read_csv,
    read_eml_folder,
    read_mbox,
    read_path,
    read_whatsapp,
)
from classifier.message import Channel, Direction, Message, Sender

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
ISRAEL = ZoneInfo("Asia/Jerusalem")
IN, OUT = Direction.IN, Direction.OUT
LRM, RLM = "\u200e", "\u200f"


def bodies(result: ImportResult) -> list[str]:
    return [item.message.body for item in result.messages]


def local(year: int, month: int, day: int, hour: int, minute: int, second: int = 0) -> datetime:
    """A wall-clock time in Israel."""
    return datetime(year, month, day, hour, minute, second, tzinfo=ISRAEL)


def chat(*lines: str) -> ImportResult:
    return parse_chat("\n".join(lines), source="test.txt")


# --- WhatsApp: layouts ----------------------------------------------------------------------


def test_android_english_24_hour() -> None:
    result = read_path(FIXTURES / "android_en.txt", owner="Noa Levi")

    assert result.problems == []
    assert result.skipped == 4  # encryption notice, media, two deleted messages
    assert [item.line for item in result.messages] == [2, 3, 4, 6, 10, 12, 13, 15]
    first = result.messages[0]
    assert first.source == "android_en.txt"
    assert first.message == Message(
        subject="",
        body="Hi Noa, any news on the logo? The launch is on Sunday",
        sender=Sender(name="Dan Mizrahi"),
        sent_at=local(2024, 3, 14, 9, 5),
        channel=Channel.WHATSAPP,
        direction=IN,
        source="chat",
    )
    assert first.message.sent_at == datetime(2024, 3, 14, 7, 5, tzinfo=UTC)
    assert bodies(result)[3] == (
        "Here is a sneak peek. Three directions:\n1. minimal, black and white\n"
        "2. warm colours, round letters\n3. bold, for the street signage"
    )
    assert bodies(result)[5] == "The brand kit is 4,500 ₪ + VAT, half in advance"
    assert bodies(result)[6] == "Oh great, half in advance. Should I pay for your coffee too? 🙄"
    assert [item.message.direction for item in result.messages] == [IN, OUT] * 4
    assert result.messages[-1].message.sent_at == local(2024, 3, 15, 10, 3)


def test_android_us_12_hour_with_undecidable_dates_reads_month_first() -> None:
    result = read_path(FIXTURES / "android_us.txt", owner="Noa Levi")

    assert result.problems == []
    assert result.skipped == 1
    times = [item.message.sent_at for item in result.messages]
    assert times == [
        local(2024, 3, 5, 9, 15),
        local(2024, 3, 5, 9, 20),
        local(2024, 3, 5, 12, 30),  # 12:30 PM is noon
        local(2024, 3, 5, 12, 41),
        local(2024, 3, 6, 0, 5),  # 12:05 AM is just after midnight
        local(2024, 3, 6, 8, 10),  # "am" in lower case
        local(2024, 3, 6, 8, 12),
    ]
    # The attached photo is not imported; its caption is the message.
    assert bodies(result)[-1] == "This is the menu we want on the site"
    assert result.messages[-1].line == 8
    assert [item.message.sender.name for item in result.messages[:2]] == [
        "Rachel Green",
        "Noa Levi",
    ]


def test_android_hebrew_dots_phone_senders_and_hebrew_system_lines() -> None:
    result = read_path(FIXTURES / "android_he.txt", owner="נועה לוי")

    assert result.problems == []
    # Encryption notice, group created, member added, media, deleted, "you deleted".
    assert result.skipped == 6
    assert len(result.messages) == 7
    client = result.messages[0].message
    assert client.sender == Sender(phone="+972 52-123-4567")  # marks around it are gone
    assert client.sender.key() == "tel:0521234567"
    assert client.body == "שלום נועה, מתי נראה את העיצוב של דף הבית?"
    assert client.sent_at == local(2024, 4, 1, 9, 0)
    assert (
        bodies(result)[2]
        == "זאת הדוגמה שאהבתי. משהו בסגנון הזה, אבל בצבעים שלנו\nולא להגזים עם האנימציות"
    )
    assert bodies(result)[3] == "מעולה, קיבלתי 👍"  # <ההודעה נערכה> removed
    assert [item.message.direction for item in result.messages] == [IN, OUT, IN, OUT, IN, OUT, IN]
    assert result.messages[-1].message.sent_at == local(2024, 4, 13, 18, 20)


def test_owner_given_as_a_phone_number_matches_phone_senders() -> None:
    result = read_path(FIXTURES / "android_he.txt", owner="052-1234567")

    assert [item.message.direction for item in result.messages] == [OUT, IN, OUT, IN, OUT, IN, OUT]


def test_ios_english_with_marks_and_crlf() -> None:
    assert b"\r\n" in (FIXTURES / "ios_en.txt").read_bytes()
    result = read_path(FIXTURES / "ios_en.txt", owner="NOA LEVI")

    assert result.problems == []
    # Encryption notice, image omitted, <attached: ...>, two deleted messages.
    assert result.skipped == 5
    assert [item.line for item in result.messages] == [2, 3, 4, 9, 12, 13, 14, 15]
    assert result.messages[0].message.sent_at == datetime(2024, 5, 20, 8, 3, 10, tzinfo=UTC)
    assert bodies(result)[2] == (
        "Hi Maya, the quote included two rounds of revisions.\n"
        "We did five, so rounds 3-5 are billed at 250 ₪ each.\n"
        "It is in section 4 of the quote 🙂"
    )
    assert bodies(result)[4] == "Good morning, I sent the quote again by mail. Page 2"
    # A message that uses an event word is still a message.
    assert bodies(result)[5] == "I also added your logo to the footer"
    assert [item.message.direction for item in result.messages] == [
        IN,
        IN,
        OUT,
        IN,
        OUT,
        OUT,
        IN,
        IN,
    ]
    assert all(LRM not in body and "\r" not in body for body in bodies(result))


def test_ios_hebrew_with_bidi_marks_around_names() -> None:
    result = read_path(FIXTURES / "ios_he.txt", owner=f"{RLM}נועה לוי ")

    assert result.problems == []
    # Encryption notice and "X הוסיף/ה את Y" under the group's name, photo omitted, deleted.
    assert result.skipped == 4
    senders = [item.message.sender.name for item in result.messages]
    assert senders == [
        "שירה אברהם",
        "שירה אברהם",
        "נועה לוי",
        "שירה אברהם",
        "נועה לוי",
        "שירה אברהם",
    ]
    # 3.6.2024 cannot tell day from month: day-first, as Israeli phones write.
    assert result.messages[0].message.sent_at == local(2024, 6, 3, 10, 1, 12)
    assert result.messages[-1].message.sent_at == local(2024, 6, 4, 8, 16, 20)
    assert bodies(result)[2] == "תודה על הכנות, שירה. מה בדיוק מפריע לך?\nהצבעים, הפונט או הפריסה?"
    assert bodies(result)[4] == 'אפשר, אבל סבב נוסף עולה 300 ש"ח'
    assert [item.message.direction for item in result.messages] == [IN, IN, OUT, IN, OUT, IN]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["3/14/24, 10:15 - Dan: hi"], local(2024, 3, 14, 10, 15)),  # second field > 12
        (["14/3/24, 10:15 - Dan: hi"], local(2024, 3, 14, 10, 15)),  # first field > 12
        (["3/4/24, 10:15 - Dan: hi"], local(2024, 4, 3, 10, 15)),  # undecidable, 24h: Israel
        (["3/4/24, 10:15 AM - Dan: hi"], local(2024, 3, 4, 10, 15)),  # undecidable, AM/PM: US
        (["3/4/24, 10:15 a.m. - Dan: hi"], local(2024, 3, 4, 10, 15)),
        (['3/4/24, 10:15 אחה"צ - Dan: hi'], local(2024, 4, 3, 22, 15)),  # Hebrew 12-hour
        (["[3.4.24, 10:15:09] Dan: hi"], local(2024, 4, 3, 10, 15, 9)),
        (["2024-03-04 10:15 - Dan: hi"], local(2024, 3, 4, 10, 15)),  # year first
        # The order is the file's: a later date decides for the first line too.
        (["3/4/24, 10:15 - Dan: hi", "3/14/24, 10:16 - Dan: again"], local(2024, 3, 4, 10, 15)),
        (["3/4/24, 10:15 - Dan: hi", "14/4/24, 10:16 - Dan: again"], local(2024, 4, 3, 10, 15)),
    ],
)
def test_day_and_month_order_is_decided_per_file(lines: list[str], expected: datetime) -> None:
    result = chat(*lines)

    assert result.problems == []
    assert result.messages[0].message.sent_at == expected


# --- WhatsApp: system lines, edits, broken lines ---------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "12/03/2024, 10:01 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.",
        "12/03/2024, 10:01 - ההודעות והשיחות מוצפנות מקצה לקצה. לאף אחד מחוץ לצ'אט הזה, גם לא ל-WhatsApp, אין אפשרות לקרוא אותן או להאזין להן.",
        f"{LRM}[12/03/2024, 10:01:00] Logo project: {LRM}Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.",
        "12/03/2024, 10:01 - Dan: <Media omitted>",
        f"12/03/2024, 10:01 - Dan: {RLM}<המדיה לא נכללה>",
        f"{LRM}[12/03/2024, 10:01:00] Dan: {LRM}image omitted",
        f"{LRM}[12/03/2024, 10:01:00] Dan: {LRM}video omitted",
        f"{LRM}[12/03/2024, 10:01:00] Dan: {LRM}<attached: 00000003-PHOTO-2024-03-12-10-01-00.jpg>",
        f"{RLM}[12.3.2024, 10:01:00] דן: {LRM}<מצורף: 00000003-PHOTO-2024-03-12-10-01-00.jpg>",
        f"{RLM}[12.3.2024, 10:01:00] דן: {LRM}התמונה הושמטה",
        "12/03/2024, 10:01 - Dan: This message was deleted",
        "12/03/2024, 10:01 - Noa: You deleted this message",
        f"12/03/2024, 10:01 - דן: {RLM}ההודעה נמחקה",
        f"12/03/2024, 10:01 - נועה: {RLM}מחקת את ההודעה הזו",
        f"{LRM}[12/03/2024, 10:01:00] Dan: {LRM}Missed voice call",
        '12/03/2024, 10:01 - Noa created group "Logo for the bakery"',
        "12/03/2024, 10:01 - Noa added Dan",
        f"12/03/2024, 10:01 - {RLM}נועה הוסיף/ה את {RLM}דן",
        f"{LRM}[12/03/2024, 10:01:00] Logo project: {LRM}Noa added Dan",
    ],
)
def test_each_system_line_kind_is_skipped_not_imported(line: str) -> None:
    result = chat(
        "12/03/2024, 10:00 - Dan: Did you get the brief?", line, "12/03/2024, 10:02 - Noa: Yes"
    )

    assert bodies(result) == ["Did you get the brief?", "Yes"]
    assert result.skipped == 1
    assert result.problems == []


@pytest.mark.parametrize(
    ("line", "body"),
    [
        (
            "12/03/2024, 10:00 - Dan: Fine, 3,000 it is <This message was edited>",
            "Fine, 3,000 it is",
        ),
        (f"12/03/2024, 10:00 - דן: סגור, 3,000 {RLM}<ההודעה נערכה>", "סגור, 3,000"),
        (f"[12/03/2024, 10:00:00] Dan: Fine {LRM}<This message was edited>", "Fine"),
    ],
)
def test_edited_mark_is_removed_and_the_text_kept(line: str, body: str) -> None:
    assert bodies(chat(line)) == [body]


def test_words_of_system_notices_inside_real_messages_are_kept() -> None:
    result = chat(
        "12/03/2024, 10:00 - Dan: I added the logo and removed the old one",
        "12/03/2024, 10:01 - Dan: The image omitted from page 2 was on purpose?",
    )

    assert len(result.messages) == 2
    assert result.skipped == 0


def test_continuation_of_a_skipped_notice_is_not_glued_to_a_message() -> None:
    result = chat(
        "12/03/2024, 10:00 - Dan: Hi",
        "12/03/2024, 10:01 - Noa changed the group description",
        "a description that runs",
        "over two lines",
        "12/03/2024, 10:02 - Noa: Hello",
    )

    assert bodies(result) == ["Hi", "Hello"]


def test_broken_lines_are_problems_with_their_line_numbers_and_the_rest_imports() -> None:
    result = read_path(FIXTURES / "broken.txt", owner="Noa Levi")

    assert result.problems == [
        ImportProblem("broken.txt", 1, "text before the first message"),
        ImportProblem("broken.txt", 4, "impossible date or time: 31/02/2024, 10:05"),
        ImportProblem("broken.txt", 6, "impossible date or time: 12/03/2024, 25:99"),
    ]
    assert [(item.line, item.message.body) for item in result.messages] == [
        (3, "Did you get the brief?"),
        (7, "Yes, got it. Starting tomorrow."),
    ]


def test_hour_past_twelve_with_am_is_a_problem() -> None:
    result = chat("3/4/24, 9:00 AM - Dan: ok", "3/4/24, 13:30 PM - Dan: not a time")

    assert result.problems == [
        ImportProblem("test.txt", 2, "impossible date or time: 3/4/24, 13:30 PM")
    ]
    assert bodies(result) == ["ok"]


def test_times_get_the_zone_given() -> None:
    in_utc = read_whatsapp(FIXTURES / "android_en.txt", tz="UTC")
    in_new_york = read_whatsapp(FIXTURES / "android_en.txt", tz=ZoneInfo("America/New_York"))

    assert in_utc.messages[0].message.sent_at == datetime(2024, 3, 14, 9, 5, tzinfo=UTC)
    assert in_new_york.messages[0].message.sent_at == datetime(2024, 3, 14, 13, 5, tzinfo=UTC)
    with pytest.raises(ImportFormatError, match="unknown time zone"):
        read_whatsapp(FIXTURES / "android_en.txt", tz="Mars/Olympus_Mons")


# --- WhatsApp: zip ---------------------------------------------------------------------------


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("fixture", "member"),
    [
        ("ios_en.txt", "_chat.txt"),
        ("android_en.txt", "WhatsApp Chat with Dan Mizrahi.txt"),
    ],
)
def test_zip_export_reads_the_chat_and_ignores_media(
    tmp_path: Path, fixture: str, member: str
) -> None:
    text = (FIXTURES / fixture).read_bytes()
    archive = _zip(
        tmp_path / "WhatsApp Chat - Dan.zip",
        {
            member: text,
            "00000012-PHOTO-2024-05-20-11-16-58.jpg": b"\xff\xd8\xff\xe0not a real photo",
        },
    )

    assert detect_format(archive) is ImportFormat.WHATSAPP
    from_zip = read_path(archive, owner="Noa Levi")
    from_txt = read_path(FIXTURES / fixture, owner="Noa Levi")

    assert bodies(from_zip) == bodies(from_txt)
    assert from_zip.messages[0].source == f"WhatsApp Chat - Dan.zip/{member}"
    assert [item.key for item in from_zip.messages] == [item.key for item in from_txt.messages]


def test_zip_chat_over_the_cap_is_refused(tmp_path: Path) -> None:
    line = b"12/03/2024, 10:00 - Dan: " + b"a" * 80 + b"\n"
    archive = _zip(tmp_path / "bomb.zip", {"_chat.txt": line * 200})  # 21 KB, packs to little

    with pytest.raises(ImportFormatError, match=r"over 0\.0 MB unpacked"):
        read_whatsapp(archive, max_chat_bytes=1000)
    assert len(read_whatsapp(archive, max_chat_bytes=100_000).messages) == 200


def test_zip_without_a_chat_is_refused(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "photos.zip", {"IMG-20240312-WA0001.jpg": b"\xff\xd8"})

    with pytest.raises(ImportFormatError, match="without a WhatsApp chat"):
        detect_format(archive)
    with pytest.raises(ImportFormatError, match="holds no WhatsApp chat"):
        read_whatsapp(archive)


# --- Mail ------------------------------------------------------------------------------------


def test_mbox_reads_messages_and_reports_broken_ones_by_their_from_line() -> None:
    result = read_mbox(FIXTURES / "mail.mbox", owner="noa@noa-studio.example")

    assert result.problems == [
        ImportProblem(
            "mail.mbox", 32, "unreadable e-mail: the message has no text/plain or text/html part"
        ),
        ImportProblem("mail.mbox", 42, "no Date header: the message has no time"),
    ]
    assert [item.line for item in result.messages] == [1, 18]
    client, owner = (item.message for item in result.messages)
    assert client.sender == Sender(name="Dan Mizrahi", address="dan@mizrahi-bakery.example")
    assert client.subject == "Logo for the bakery"
    assert client.body.startswith("Hi Noa,\n\nThe launch is on Sunday.")
    assert client.sent_at == local(2024, 3, 14, 9, 5)
    assert (client.channel, client.direction) == (Channel.EMAIL, IN)
    assert owner.sender.name == "נועה לוי"
    assert owner.subject == "Re: לוגו למאפייה"
    assert owner.body.splitlines()[1] == "הטיוטות יגיעו ביום חמישי עד 18:00, כמו שסיכמנו."
    assert (owner.channel, owner.direction) == (Channel.EMAIL, OUT)


def test_mail_owner_matches_the_display_name_too() -> None:
    result = read_mbox(FIXTURES / "mail.mbox", owner="נועה לוי")

    assert [item.message.direction for item in result.messages] == [IN, OUT]


def test_mbox_named_txt_is_detected_by_its_content(tmp_path: Path) -> None:
    copy = shutil.copy(FIXTURES / "mail.mbox", tmp_path / "export.txt")

    assert detect_format(Path(copy)) is ImportFormat.MBOX
    result = read_path(Path(copy))
    assert len(result.messages) == 2
    assert [problem.line for problem in result.problems] == [32, 42]


def test_folder_of_eml_files_recursively_in_path_order() -> None:
    folder = FIXTURES / "eml"
    assert detect_format(folder) is ImportFormat.EML
    result = read_path(folder, owner="Noa@Noa-Studio.example")

    assert [(item.source, item.line) for item in result.messages] == [
        ("a-request.eml", None),
        ("replies/b-reply.eml", None),
    ]
    assert result.problems == [
        ImportProblem("replies/c-nodate.eml", None, "no Date header: the message has no time")
    ]
    request, reply = (item.message for item in result.messages)
    # windows-1255, quoted-printable, with an encoded From and Subject, as Hebrew Outlook sends.
    assert request.sender == Sender(name="יוסי כהן", address="yossi@yossi-shop.example")
    assert request.subject == "שאלה על חנות אונליין"
    assert request.body.splitlines()[1] == "כמה יעלה להוסיף חנות אונליין לאתר?"
    assert request.sent_at == local(2024, 4, 2, 13, 40)
    assert [request.direction, reply.direction] == [IN, OUT]


def test_single_eml_and_an_unreadable_one_in_a_folder(tmp_path: Path) -> None:
    good = FIXTURES / "eml" / "a-request.eml"
    assert detect_format(good) is ImportFormat.EML
    assert bodies(read_path(good))[0].startswith("היי נועה,")

    shutil.copy(good, tmp_path / "1.eml")
    (tmp_path / "2.eml").write_bytes(
        b"From: Dan <dan@example.com>\nDate: Tue, 02 Apr 2024 13:40:00 +0300\n"
        b"Content-Type: image/png\n\n\x89PNG\n"
    )
    (tmp_path / "notes.txt").write_text("not mail", encoding="utf-8")
    result = read_eml_folder(tmp_path)

    assert len(result.messages) == 1
    assert [(problem.source, problem.line) for problem in result.problems] == [("2.eml", None)]


def test_folder_without_eml_files_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("nothing here", encoding="utf-8")

    with pytest.raises(ImportFormatError, match=r"holds no \.eml files"):
        read_path(tmp_path)


# --- CSV -------------------------------------------------------------------------------------

_CSV_HEBREW = (
    "שולח,זמן,הודעה,כיוון\n"
    'יוסי כהן,01/04/2024 09:00,"שלום נועה, כמה עולה חנות אונליין?",נכנס\n'
    'נועה לוי,01/04/2024 09:10,"3,200 ש""ח, כולל הקמה",יוצא\n'
)


def test_csv_in_utf8_reads_every_column() -> None:
    result = read_csv(FIXTURES / "messages.csv", owner="Noa Levi")

    assert result.problems == []
    assert [item.line for item in result.messages] == [2, 3, 4, 7, 8, 9]
    messages = [item.message for item in result.messages]
    assert messages[0] == Message(
        subject="",
        body="Hi Noa, any news on the logo? The launch is on Sunday",
        sender=Sender(name="Dan Mizrahi", phone="+972 52-765-4321"),
        sent_at=local(2024, 3, 14, 9, 5),
        channel=Channel.WHATSAPP,
        direction=IN,
        source="csv",
    )
    assert messages[1].sent_at == local(2024, 3, 14, 9, 7)  # dd/mm/yyyy hh:mm
    assert messages[1].direction == OUT  # no direction given: the owner wrote it
    assert messages[2].sender == Sender(address="dan@mizrahi-bakery.example")
    assert messages[2].body == "Hi Noa,\nAttached the signed quote.\nDan"
    assert (messages[2].subject, messages[2].channel) == ("Signed quote", Channel.EMAIL)
    assert messages[3].sender == Sender(name="שירה אברהם", address="shira@example.co.il")
    assert messages[3].channel == Channel.OTHER  # no channel given
    assert messages[3].sent_at == local(2024, 6, 3, 10, 2)  # day first
    assert (messages[4].direction, messages[4].channel) == (OUT, Channel.CHAT)
    assert messages[5].sender == Sender(phone="+972 54-111-2233")
    assert messages[5].body == 'Great, so "fixed price" means fixed until you change it?'
    assert messages[5].sent_at == local(2024, 6, 4, 0, 0)


def test_csv_with_a_utf8_bom_reads_the_same(tmp_path: Path) -> None:
    plain = FIXTURES / "messages.csv"
    with_bom = tmp_path / "messages.csv"
    with_bom.write_bytes(b"\xef\xbb\xbf" + plain.read_bytes())

    assert detect_format(with_bom) is ImportFormat.CSV
    result = read_path(with_bom)
    assert result.problems == []
    assert bodies(result) == bodies(read_path(plain))


def test_csv_in_windows_1255_with_hebrew_headers(tmp_path: Path) -> None:
    path = tmp_path / "הודעות.csv"
    path.write_bytes(_CSV_HEBREW.encode("cp1255"))

    assert detect_format(path) is ImportFormat.CSV
    result = read_path(path)

    assert result.problems == []
    assert bodies(result) == ["שלום נועה, כמה עולה חנות אונליין?", '3,200 ש"ח, כולל הקמה']
    assert [item.message.sender.name for item in result.messages] == ["יוסי כהן", "נועה לוי"]
    assert [item.message.direction for item in result.messages] == [IN, OUT]
    assert result.messages[0].message.sent_at == local(2024, 4, 1, 9, 0)


def test_csv_bad_rows_are_problems_with_the_line_they_start_on() -> None:
    result = read_csv(FIXTURES / "messages_bad.csv")

    assert [(problem.line, problem.reason) for problem in result.problems] == [
        (3, "no time"),
        (4, "cannot read the time '31/02/2024 10:00' (use ISO 8601 or dd/mm/yyyy hh:mm)"),
        (5, "unknown direction 'sideways' (in or out)"),
        (7, "no sender"),
        (8, "unknown channel 'fax' (email, whatsapp, sms, chat, other)"),
        (9, "6 values but 5 columns (a separator inside a value?)"),
    ]
    assert [(item.line, item.message.body) for item in result.messages] == [
        (2, "Hi Noa"),
        (11, "The last row imports"),  # after a blank line 10
    ]


def test_csv_with_semicolons_and_separate_date_and_time_columns(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "Date;Time;From;Body\n14/03/2024;09:05;Dan Mizrahi;Any news?\n", encoding="utf-8"
    )

    result = read_path(path)

    assert bodies(result) == ["Any news?"]
    assert result.messages[0].message.sent_at == local(2024, 3, 14, 9, 5)


def test_csv_without_a_required_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text("sender,phone\nDan,052-7654321\n", encoding="utf-8")

    with pytest.raises(ImportFormatError, match=r"time \(or date\), text \(or body\)"):
        read_csv(path)


# --- Format detection ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("android_en.txt", ImportFormat.WHATSAPP),
        ("android_us.txt", ImportFormat.WHATSAPP),
        ("ios_he.txt", ImportFormat.WHATSAPP),
        ("broken.txt", ImportFormat.WHATSAPP),  # its first lines are not a chat, later ones are
        ("mail.mbox", ImportFormat.MBOX),
        ("eml/replies/b-reply.eml", ImportFormat.EML),
        ("messages.csv", ImportFormat.CSV),
        ("messages_bad.csv", ImportFormat.CSV),
    ],
)
def test_detect_format_of_each_fixture(name: str, expected: ImportFormat) -> None:
    assert detect_format(FIXTURES / name) is expected


@pytest.mark.parametrize(
    ("fixture", "disguise", "expected"),
    [
        ("mail.mbox", "inbox.csv", ImportFormat.MBOX),
        ("messages.csv", "chat.txt", ImportFormat.CSV),
        ("android_he.txt", "table.csv", ImportFormat.WHATSAPP),
        ("eml/a-request.eml", "message.txt", ImportFormat.EML),
    ],
)
def test_detect_format_goes_by_content_not_extension(
    tmp_path: Path, fixture: str, disguise: str, expected: ImportFormat
) -> None:
    copy = tmp_path / disguise
    shutil.copy(FIXTURES / fixture, copy)

    assert detect_format(copy) is expected


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "is empty"),
        (b"Shopping list:\nmilk\neggs\n", "is not a WhatsApp chat export"),
        (b"\x00\x01\x02\x03binary", "is not a WhatsApp chat export"),
    ],
)
def test_unknown_content_is_refused_with_a_reason(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "upload.txt"
    path.write_bytes(content)

    with pytest.raises(ImportFormatError, match=reason):
        read_path(path)


def test_missing_file_is_refused_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match=r"cannot read nothing\.txt"):
        read_path(tmp_path / "nothing.txt")


def test_files_over_the_size_cap_are_refused() -> None:
    with pytest.raises(ImportFormatError, match=r"files over 0\.0 MB are not imported"):
        read_path(FIXTURES / "android_en.txt", max_bytes=100)
    with pytest.raises(ImportFormatError, match=r"over 0\.0 MB"):
        read_path(FIXTURES / "eml", max_bytes=1000)


# --- Dedupe keys -----------------------------------------------------------------------------


def test_keys_are_stable_across_reads_and_unique_within_a_file() -> None:
    for name in ("android_en.txt", "ios_en.txt", "mail.mbox", "messages.csv"):
        first = [item.key for item in read_path(FIXTURES / name).messages]
        second = [item.key for item in read_path(FIXTURES / name).messages]
        assert first == second
        assert len(set(first)) == len(first)
        assert all(len(key) == 64 and int(key, 16) >= 0 for key in first)


def test_identical_messages_in_one_file_get_different_keys() -> None:
    result = read_path(FIXTURES / "ios_en.txt")
    first_ok, second_ok = result.messages[-2:]

    assert first_ok.message == second_ok.message  # "ok" twice in the same second
    assert first_ok.key == dedupe_key(first_ok.message)
    assert second_ok.key == dedupe_key(second_ok.message, 1)
    assert first_ok.key != second_ok.key


def test_key_follows_sender_time_direction_and_body() -> None:
    base = Message(
        subject="",
        body="Any news?",
        sender=Sender(name="Dan"),
        sent_at=local(2024, 3, 14, 9, 5),
        channel=Channel.WHATSAPP,
    )
    same_instant = Message(
        subject="other subject",
        body="Any news?",
        sender=Sender(name=" dan "),
        sent_at=datetime(2024, 3, 14, 7, 5, tzinfo=UTC),
        channel=Channel.SMS,
    )

    assert dedupe_key(base) == dedupe_key(same_instant)
    for changed in (
        Message(subject="", body="Any news??", sender=Sender(name="Dan"), sent_at=base.sent_at),
        Message(subject="", body="Any news?", sender=Sender(name="Dana"), sent_at=base.sent_at),
        Message(
            subject="",
            body="Any news?",
            sender=Sender(name="Dan"),
            sent_at=local(2024, 3, 14, 9, 6),
        ),
        Message(
            subject="",
            body="Any news?",
            sender=Sender(name="Dan"),
            sent_at=base.sent_at,
            direction=OUT,
        ),
    ):
        assert dedupe_key(changed) != dedupe_key(base)


# --- Privacy ---------------------------------------------------------------------------------


def test_logs_carry_counts_never_message_text(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="classifier.importers"):
        result = read_path(FIXTURES / "android_en.txt")
        read_path(FIXTURES / "messages.csv")

    assert "8 messages" in caplog.text
    for body in bodies(result):
        assert body.splitlines()[0] not in caplog.text
    assert "Dan Mizrahi" not in caplog.text
