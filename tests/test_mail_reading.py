"""Reading kept e-mail: real-world `.eml` samples (tests/data/mail/) in their charsets and
shapes, and files that are not e-mail or are damaged, refused in one line."""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from hirefile.domain.mail_drafts import Mailbox, eml_draft, pdf_attachment
from hirefile.domain.mail_reading import ReadMail, UnreadableMail, html_text, read_eml
from hirefile.errors import HirefileError

MAIL = Path(__file__).parent / "data" / "mail"


def read(name: str) -> ReadMail:
    return read_eml((MAIL / name).read_bytes(), name=name)


def tz(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


def test_a_gmail_reply_prefers_its_plain_text_part() -> None:
    mail = read("multipart_alternative.eml")
    assert mail.sender == Mailbox("Zoë Ødegaard", "zoe.odegaard@example.com")
    assert mail.to == (Mailbox("Lena Hoffmann", "lena@fernwood.ai"),)
    assert mail.cc == (Mailbox("Hoffmann, Jonas", "jonas@fernwood.ai"),)
    assert mail.date == datetime(2026, 6, 8, 10, 47, 2, tzinfo=tz(2))
    assert mail.subject == "Re: Technical discussion – ML engineer at Fernwood"
    assert mail.message_id == "<CAJ7vP1kq0X3aLw@mail.example.com>"
    assert mail.attachments == ()
    assert mail.text == (
        "Hi Lena,\n\n"
        "Thanks so much for the quick reply! Tuesday at 14:00 works well for me.\n"
        "I'll bring the notebook from the drift-detection project we talked about –\n"
        "happy to walk through the evaluation part.\n\n"
        "Best,\nZoë\n\n"
        "On Mon, 8 Jun 2026 at 09:12, Lena Hoffmann <lena@fernwood.ai> wrote:\n"
        "> Hi Zoë, would Tuesday or Wednesday afternoon suit you?")
    assert "<div" not in mail.text and "&#39;" not in mail.text


def test_an_html_only_message_is_read_as_text_with_its_breaks_and_links() -> None:
    mail = read("html_only.eml")
    assert mail.sender == Mailbox("Mateus Araújo", "mateus.araujo@example.net")
    assert mail.to == (Mailbox("", "jobs@fernwood.ai"),)
    assert mail.date == datetime(2026, 6, 4, 16, 20, 9, tzinfo=timezone.utc)
    assert mail.subject == "Application: MLOps engineer"
    assert mail.text == (
        "Hello Fernwood team,\n\n"
        "My name is Mateus Araújo and I’m applying for the MLOps engineer role. I have spent "
        "the last three years running training pipelines on Kubernetes & Kubeflow.\n\n"
        "A few things I have built:\n\n"
        "• GPU cost alerts that cut our bill by 30 %\n"
        "• Model versioning with MLflow\n\n"
        "My code is on GitHub (https://github.com/mateus-araujo) and my CV is at "
        "https://mateus.dev/cv.\n\n"
        "Obrigado,\nMateus")
    assert "track()" not in mail.text and "font-family" not in mail.text
    assert "New message" not in mail.text  # the <title>


def test_windows_1252_from_outlook() -> None:
    mail = read("windows_1252.eml")
    assert mail.sender == Mailbox("François Lefèvre", "f.lefevre@example.fr")
    assert mail.subject == "RE: Entretien – ML lead"
    assert mail.date == datetime(2026, 6, 3, 8, 5, 44, tzinfo=timezone.utc)
    assert "Wednesday – I will be in Zürich that week anyway." in mail.text
    assert "about €92,000 per year,\nand I’d be looking for something in the “high nineties”." \
        in mail.text
    assert mail.text.endswith("Kind regards,\nFrançois Lefèvre")


def test_latin_1_declared_but_written_as_windows_1252_gets_its_quotes_and_dashes() -> None:
    mail = read("latin1_declared.eml")
    assert mail.sender == Mailbox("Søren Kjær", "soren@example.dk")
    assert mail.subject == "Spørgsmål"
    assert "I don’t have a “portfolio” as such" in mail.text
    assert "the forecasting work – it’s all mine." in mail.text
    assert not any("\x80" <= ch <= "\x9f" for ch in mail.text)  # no C1 control codes
    assert mail.message_id == ""


def test_koi8_r() -> None:
    mail = read("koi8_r.eml")
    assert mail.sender == Mailbox("Анна Смирнова", "anna.smirnova@example.ru")
    assert mail.to == (Mailbox("Лена Хоффманн", "lena@fernwood.ai"),)
    assert mail.subject == "Re: Собеседование: инженер данных"
    assert mail.date == datetime(2026, 6, 5, 8, 30, tzinfo=timezone.utc)
    assert mail.text.startswith("Здравствуйте, Лена!\n\nСпасибо за приглашение.")
    assert "https://github.com/anna-smirnova/feature-store" in mail.text


def test_iso_2022_jp() -> None:
    mail = read("iso_2022_jp.eml")
    assert mail.sender == Mailbox("佐藤 花子", "hanako.sato@example.jp")
    assert mail.subject == "面接日程のご確認"
    assert mail.date == datetime(2026, 6, 8, 9, 0, tzinfo=tz(9))
    assert mail.text == ("ホフマン様\n\n面接のご連絡ありがとうございます。\n"
                         "６月１０日（水）１０時で問題ございません。\n\n"
                         "よろしくお願いいたします。\n佐藤 花子")


def test_a_message_with_a_cv_attached() -> None:
    mail = read("attachment.eml")
    assert mail.sender == Mailbox("Jürgen Groß", "juergen.gross@example.de")
    assert mail.subject == "Bewerbung ML Engineer"
    assert mail.attachments == ("Lebenslauf Jürgen Groß.pdf",)
    assert mail.text == ("Hallo Lena,\n\nanbei mein Lebenslauf für die Stelle als ML Engineer."
                         "\nIch freue mich auf Ihre Rückmeldung.\n\nViele Grüße\nJürgen Groß")
    assert "JVBERi" not in mail.text  # the PDF's base64 is not text


def test_a_draft_hirefile_wrote_reads_back() -> None:
    when = datetime(2026, 6, 8, 9, 30, tzinfo=tz(2))
    data = eml_draft(to=[Mailbox("王磊", "wang.lei@example.cn")],
                     sender=Mailbox("Lena Hoffmann", "lena@fernwood.ai"),
                     subject="Your offer – مرحبا", body="Hi Lei,\n\nAttached.\n", date=when,
                     attachments=[pdf_attachment(b"%PDF-1.4\n", "Offer.pdf")])
    mail = read_eml(data)
    assert mail.sender == Mailbox("Lena Hoffmann", "lena@fernwood.ai")
    assert mail.to == (Mailbox("王磊", "wang.lei@example.cn"),)
    assert (mail.subject, mail.text, mail.date) == ("Your offer – مرحبا",
                                                    "Hi Lei,\n\nAttached.", when)
    assert mail.attachments == ("Offer.pdf",)


def test_odd_but_readable_headers() -> None:
    data = (b"From: =?x-unknown?Q?Ana?= <ana@example.org>\r\n"
            b"To: undisclosed-recipients:;\r\n"
            b"Subject: =?utf-8?B?8J+RiyBIYWxsbyw=?= there\r\n"
            b"Date: Thu, 4 Jun 2026 10:00:00 -0000\r\n"
            b"Content-Type: text/plain; charset=x-made-up\r\n\r\n"
            b"caf\xc3\xa9 \xff\r\n")
    mail = read_eml(data)
    assert mail.sender is not None and mail.sender.address == "ana@example.org"
    assert mail.to == ()
    assert mail.subject == "👋 Hallo, there"
    assert mail.date == datetime(2026, 6, 4, 10, 0, tzinfo=timezone.utc)  # -0000: unknown zone
    assert mail.text == "café \ufffd"  # an unknown charset is read as UTF-8, bad bytes marked


def test_a_message_without_date_or_sender_still_reads() -> None:
    mail = read_eml(b"Subject: notes\r\nTo: lena@fernwood.ai\r\n\r\nCall Ana back.\r\n")
    assert (mail.sender, mail.date, mail.subject, mail.text) == (None, None, "notes",
                                                                 "Call Ana back.")
    mail = read_eml(b"From: x@y.org\r\nDate: someday soon\r\n\r\nHi\r\n")
    assert mail.date is None


def test_undeclared_8_bit_text_and_an_mbox_first_line() -> None:
    mail = read_eml(b"From ana@example.org Thu Jun  4 10:00:00 2026\n"
                    b"From: Ana <ana@example.org>\nSubject: CV\n\nS\xc3\xa3o Paulo, 5 years\n")
    assert (mail.sender, mail.subject, mail.text) == (Mailbox("Ana", "ana@example.org"), "CV",
                                                      "São Paulo, 5 years")
    mail = read_eml(b"From: ana@example.org\r\nContent-Type: text/plain; charset=us-ascii\r\n"
                    b"\r\n\x93Hi\x94 \x96 S\xe3o Paulo\r\n")
    assert mail.text == "“Hi” – São Paulo"  # not UTF-8: read as Windows-1252


def test_a_message_cut_short_keeps_what_arrived() -> None:
    data = (MAIL / "attachment.eml").read_bytes()
    cut = data[:data.index(b"JVBERi") + 200]  # the CV's base64 never ends
    mail = read_eml(cut)
    assert mail.text.startswith("Hallo Lena,") and mail.attachments == (
        "Lebenslauf Jürgen Groß.pdf",)


@pytest.mark.parametrize(("data", "says"), [
    (b"", "cv.eml is empty, so it holds no e-mail"),
    (b"  \r\n\r\n", "cv.eml is empty, so it holds no e-mail"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
     "cv.eml is an Outlook .msg file (or another Office file), which Hirefile cannot read; "
     "save the message as .eml (Outlook on the web and on the Mac can) and use that instead"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "cv.eml is a PDF, not an e-mail (.eml)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "cv.eml is a PNG image, not an e-mail (.eml)"),
    (b"Dear Lena,\r\nplease find my CV attached.\r\n",
     "cv.eml is not an e-mail (.eml): it does not begin with mail headers such as From: and "
     "Subject:"),
    (b"X-Note: hello\r\nContent-Type: text/plain\r\n\r\nhi",
     "cv.eml is not an e-mail (.eml): it has no From, To, Subject or Date"),
    (b"From: a@b.org\x00\x00\x01\x02", "cv.eml is not an e-mail (.eml)"),
])
def test_files_that_are_not_e_mail_are_named_in_one_line(data: bytes, says: str) -> None:
    with pytest.raises(UnreadableMail) as err:
        read_eml(data, name="cv.eml")
    assert isinstance(err.value, HirefileError)
    assert err.value.message.startswith(says) and "\n" not in err.value.message


def test_a_multipart_message_whose_parts_are_gone_is_damaged() -> None:
    data = (MAIL / "attachment.eml").read_bytes()
    headers_only = data[:data.index(b"This is a multi-part message")]
    with pytest.raises(UnreadableMail, match=r"^x\.eml is damaged: its parts cannot be found"):
        read_eml(headers_only + b"This is a multi-part message in MIME format.\r\n",
                 name="x.eml")


def test_html_text_keeps_what_a_reader_sees() -> None:
    html = ("<html><head><style>p{}</style></head><body>"
            "<p>Dear&nbsp;team,</p><p>I&#8217;d love to join &amp; help.<br/>Really.</p>"
            "<table><tr><td>Skills</td><td>PyTorch</td></tr><tr><td>Years</td><td>5</td></tr>"
            "</table><pre>  def f():\n      return 1</pre>"
            "<p>Mail me: <a href=\"mailto:zoe@example.com\">zoe@example.com</a> or "
            "<a href=\"https://zoe.dev/\">https://zoe.dev</a>, "
            "<a href=\"#top\">top</a>.</p></body></html>")
    assert html_text(html) == (
        "Dear team,\n\nI’d love to join & help.\nReally.\n\n"
        "Skills PyTorch\nYears 5\n\n"
        "def f():\nreturn 1\n\n"
        "Mail me: zoe@example.com or https://zoe.dev, top.")


def test_nonsense_charsets_are_read_as_utf_8() -> None:
    data = (b"From: =?Windows-\xbc25\xba?Q?Fran=E7ois?= <f@example.fr>\r\n"
            b"Subject: x\r\nContent-Type: text/plain; charset=quoted-printable\r\n\r\n"
            b"Caf\xc3\xa9 =92\r\n")
    mail = read_eml(data)
    assert mail.sender is not None and mail.sender.address == "f@example.fr"
    assert mail.text == "Café =92"


def test_damaged_copies_of_the_samples_read_or_are_refused_in_one_line() -> None:
    """Bytes changed, cut or inserted (encoded-word and address punctuation) at random, with a
    fixed seed: each copy either reads or is an `UnreadableMail`, never another error."""
    samples = [p.read_bytes() for p in sorted(MAIL.glob("*.eml"))]
    rng = random.Random(2026)
    pieces = [b"=?", b"?=", b"<", b">", b'"', b"\r\n", b":", b"=?utf-8?q?", b"--", b";",
              b"\\", b"@", b",", b"=?iso-2022-jp?b?GyRC?=", b"charset=hex"]
    read_ok = refused = 0
    for _ in range(1500):
        data = bytearray(rng.choice(samples))
        for _ in range(rng.randint(1, 6)):
            if not data:
                break
            at, op = rng.randrange(len(data)), rng.randrange(4)
            if op == 0:
                data[at] = rng.randrange(256)
            elif op == 1:
                del data[at:at + rng.randint(1, 50)]
            elif op == 2:
                data[at:at] = rng.choice(pieces)
            else:
                del data[at:]
        try:
            mail = read_eml(bytes(data))
        except UnreadableMail as err:
            assert "\n" not in err.message
            refused += 1
        else:
            everything = " ".join([mail.text, mail.subject, *mail.attachments, *(
                f"{m.name} {m.address}" for m in (*mail.to, *mail.cc) + ((
                    mail.sender,) if mail.sender else ()))])
            assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", everything)
            everything.encode("utf-8")  # storable: no undecoded bytes left as surrogates
            read_ok += 1
    assert read_ok > 1000 and refused > 100


def test_headers_in_raw_8_bit_and_names_folded_across_encoded_words() -> None:
    utf8 = ("From: Zoë Ødegaard <zoe@example.com>\r\nTo: 王磊 <wang@example.cn>\r\n"
            "Subject: Grüße aus Zürich\r\n\r\nhi\r\n").encode()
    mail = read_eml(utf8)
    assert (mail.sender, mail.to, mail.subject) == (
        Mailbox("Zoë Ødegaard", "zoe@example.com"), (Mailbox("王磊", "wang@example.cn"),),
        "Grüße aus Zürich")
    old_app = "From: Zoë <zoe@example.com>\r\nSubject: Grüße\r\n\r\nhi\r\n".encode("cp1252")
    mail = read_eml(old_app)
    assert (mail.sender, mail.subject) == (Mailbox("Zoë", "zoe@example.com"), "Grüße")
    # a long name is split into several encoded words; the space between them is not the name's
    name = "Zoë Ødegaard-Kristiansdóttir von Übermünchenhausen"
    data = eml_draft(to=[Mailbox(name, "zoe@example.com"), Mailbox("王磊" * 14, "w@example.cn")],
                     subject="Grüße " * 20, body="hi", date=datetime(2026, 6, 8, tzinfo=tz(2)))
    assert data.count(b"?= =?") + data.count(b"?=\r\n =?") >= 3
    mail = read_eml(data)
    assert mail.to == (Mailbox(name, "zoe@example.com"), Mailbox("王磊" * 14, "w@example.cn"))
    assert mail.subject == ("Grüße " * 20).strip()


def test_a_part_header_beyond_the_parser_is_damage_in_one_line() -> None:
    data = (MAIL / "attachment.eml").read_bytes()
    good = b"attachment;\r\n filename*=UTF-8''Lebenslauf%20J%C3%BCrgen%20Gro%C3%9F.pdf"
    assert good in data
    with pytest.raises(UnreadableMail, match=r"^cv\.eml is damaged: the headers of its parts"):
        read_eml(data.replace(good, b"attachment; filename*"), name="cv.eml")
    nameless = read_eml(data.replace(good, b"attachment;\r\n filename"))
    assert nameless.attachments == ("(unnamed)",) and nameless.text.startswith("Hallo Lena,")
