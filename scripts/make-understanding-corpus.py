#!/usr/bin/env python3
"""Writes Tests/HearingCoreTests/Corpus/{responses.mbox,truth.json}: the understanding test corpus.

The texts and what a human reads in them are in understanding_corpus_texts.py; this script dresses each text as
the mail client or archive system named by its shape would send it. Deterministic (fixed dates, ids, boundaries) except for the
PDF bytes LibreOffice writes (font subset names).
PDF letters need LibreOffice (soffice); DOCX and ODT are written directly.
Usage: python3 scripts/make-understanding-corpus.py
"""
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from email import encoders, generator, policy
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, parseaddr
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from understanding_corpus_texts import ENTRIES, HELD_OUT, HELD_OUT_2, HELD_OUT_3, HELD_OUT_4, QUOTED_LETTER  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "Tests", "HearingCoreTests", "Corpus")
SECRETARIAT = "sekretaritat.helsefellesskapet@stolav.no"
FIXED = "2024-05-20T10:00:00Z"


def docx(text):
    paragraphs = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>' for line in text.split("\n"))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{paragraphs}</w:body></w:document>",
    }
    return package(files)


def odt(text):
    paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in text.split("\n"))
    files = {
        "mimetype": "application/vnd.oasis.opendocument.text",
        "META-INF/manifest.xml": '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
        "content.xml": '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:text>{paragraphs}</office:text></office:body></office:document-content>",
    }
    return package(files)


def package(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 20, 10, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    return buffer.getvalue()


def pdf(text):
    work = tempfile.mkdtemp()
    source = os.path.join(work, "brev.docx")
    with open(source, "wb") as handle:
        handle.write(docx(text))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", work, source],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    with open(os.path.join(work, "brev.pdf"), "rb") as handle:
        data = handle.read()
    shutil.rmtree(work)
    return strip_pdf_dates(data)


def strip_pdf_dates(data):
    """LibreOffice stamps the conversion time and a random document id; fixed values keep the corpus stable."""
    import re
    data = re.sub(rb"D:\d{14}[+\-Z][0-9']*", b"D:20240520100000+02'00'", data)
    return re.sub(rb"/ID \[ ?<[0-9A-Fa-f]+> ?<[0-9A-Fa-f]+> ?\]", lambda m: b"/ID [<" + b"0" * 32 + b"><" + b"0" * 32 + b">]" + b" " * (len(m.group(0)) - 72), data)


def html_of(text):
    blocks = []
    for paragraph in text.split("\n\n"):
        lines = "<br>\n".join(escape(line) for line in paragraph.split("\n"))
        blocks.append(f'<p class="MsoNormal"><span style="font-family:Calibri">{lines}</span><o:p></o:p></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt}</style>'
            '<!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]--></head><body lang="NO-BOK"><div class="WordSection1">'
            + "\n".join(blocks) + "</div></body></html>")


def flowed(text):
    out = []
    for line in text.split("\n"):
        while len(line) > 60:
            cut = line.rfind(" ", 0, 60)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def text_part(body, charset="utf-8", cte="8bit"):
    part = MIMEText("", "plain", charset)
    del part["Content-Transfer-Encoding"]
    part.set_payload(body.encode(charset))
    if cte == "qp":
        encoders.encode_quopri(part)
    elif cte == "base64":
        encoders.encode_base64(part)
    else:
        part["Content-Transfer-Encoding"] = "8bit"
    return part


def render(number, key, sender, shape, subject, body):
    date = f"{['Mon', 'Tue', 'Wed', 'Thu', 'Fri'][number % 5]}, {20 + number % 5:02d} May 2024 {8 + number % 9:02d}:{number % 60:02d}:00 +0200"
    if shape == "plain":
        message = text_part(body)
    elif shape == "qp-latin1":
        message = text_part(body, "iso-8859-1", "qp")
    elif shape == "cp1252":
        message = text_part(body.replace("–", "\u2013"), "windows-1252", "qp")
    elif shape == "flowed":
        message = text_part(flowed(body))
        message.set_param("format", "flowed")
    elif shape == "table":
        rows = "".join("<tr>" + "".join(f"<td><p class=MsoNormal>{escape(cell)}</p></td>" for cell in line[1:].split("|")) + "</tr>\n"
                       for line in body.split("\n") if line.startswith("|"))
        lines = [line for line in body.split("\n") if not line.startswith("|")]
        html = html_of(lines[0]).replace("</div>", f"<table class=MsoTableGrid border=1>{rows}</table>" + html_of(lines[-1]).split('<div class="WordSection1">')[1].split("</div>")[0] + "</div>")
        message = MIMEText(html, "html", "utf-8")
    elif shape == "html":
        message = MIMEText(html_of(body), "html", "utf-8")
    elif shape == "alt":
        message = MIMEMultipart("alternative", boundary=f"_000_{key}_")
        message.attach(text_part(body, "windows-1252", "qp"))
        message.attach(MIMEText(html_of(body), "html", "utf-8"))
    elif shape in ("docx", "odt", "pdf"):
        message = MIMEMultipart("mixed", boundary=f"_mixed_{key}_")
        message.attach(text_part("Hei,\n\nVedlagt følger vårt høringssvar.\n\nMed hilsen\nArkivtjenesten"))
        data, mime = {"docx": (lambda: docx(body), "vnd.openxmlformats-officedocument.wordprocessingml.document"),
                      "odt": (lambda: odt(body), "vnd.oasis.opendocument.text"),
                      "pdf": (lambda: pdf(body), "pdf")}[shape]
        attachment = MIMEApplication(data(), mime)
        attachment.add_header("Content-Disposition", "attachment", filename=f"Høringssvar {key}.{shape}")
        message.attach(attachment)
    elif shape == "reply":
        quoted = "\n".join("> " + line if line else ">" for line in QUOTED_LETTER.split("\n"))
        original = (f"{body}\n\n-----Opprinnelig melding-----\nFra: Sekretariatet Helsefellesskapet <{SECRETARIAT}>\n"
                    f"Sendt: 15. april 2024 09:00\nTil: {sender}\nEmne: Høring – forslag til ny struktur for faglige samarbeidsutvalg (FSU)\n\n"
                    f"{quoted}\n")
        message = text_part(original, "windows-1252", "qp")
    elif shape.startswith("gmailfwd:"):
        original = shape.split(":", 1)[1]
        forwarded = (f"\n\n---------- Forwarded message ---------\nFrom: {original}\nDate: Thu, May 30, 2024 at 2:12 PM\n"
                     f"Subject: Høringssvar\nTo: <{SECRETARIAT}>\n\n\n{body}\n")
        message = text_part(forwarded)
    elif shape.startswith("reply-chain:"):
        earlier = shape.split(":", 1)[1]
        quoted = "\n".join("> " + line for line in earlier.split("\n"))
        message = text_part(f"{body}\n\nDen 29.05.2024 kl. 10:12 skrev Åfjord kommune <postmottak@afjord.kommune.no>:\n{quoted}\n")
    elif shape.startswith("forward:"):
        original = shape.split(":", 1)[1]
        forwarded = (f"Til orientering.\n\nFra: {original}\nSendt: torsdag 30. mai 2024 14:12\nTil: {SECRETARIAT}\n"
                     f"Emne: Høringssvar\n\n{body}\n")
        message = text_part(forwarded)
    else:
        raise SystemExit(f"unknown shape {shape}")
    name, address = parseaddr(sender)
    message["From"] = sender if sender.isascii() else formataddr((name, address), charset="utf-8")
    message["To"] = SECRETARIAT
    message["Subject"] = subject if subject.isascii() else Header(subject, "utf-8").encode()
    message["Date"] = date
    message["Message-ID"] = f"<{key}@corpus.hearing.test>"
    if "MIME-Version" not in message:
        message["MIME-Version"] = "1.0"
    if key.startswith("ar-"):
        message["Auto-Submitted"] = "auto-replied"
    return address, message


def main():
    os.makedirs(OUT, exist_ok=True)
    mbox = io.BytesIO()
    truth = {}
    entries = [(entry, "first") for entry in ENTRIES] + [(entry, "held-out") for entry in HELD_OUT] + [(entry, "held-out-2") for entry in HELD_OUT_2] + [(entry, "held-out-3") for entry in HELD_OUT_3] + [(entry, "held-out-4") for entry in HELD_OUT_4]
    for number, ((key, sender, shape, subject, body, expected), batch) in enumerate(entries):
        address, message = render(number, key, sender, shape, subject, body)
        buffer = io.BytesIO()
        generator.BytesGenerator(buffer, policy=policy.compat32.clone(linesep="\n"), mangle_from_=True).flatten(message)
        mbox.write(f"From {address} Mon May 20 10:00:00 2024\n".encode() + buffer.getvalue().rstrip(b"\n") + b"\n\n")
        truth[key] = {"batch": batch, "shape": shape.split(":")[0], "kind": expected.get("kind", "response"), "respondent": expected["respondent"],
                      "answers": {str(q): a for q, a in sorted(expected["answers"].items())}, "inherits": expected.get("inherits")}
    with open(os.path.join(OUT, "responses.mbox"), "wb") as handle:
        handle.write(mbox.getvalue())
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as handle:
        json.dump(truth, handle, ensure_ascii=False, indent=1, sort_keys=True)
        handle.write("\n")
    print(f"{len(entries)} messages, {sum(1 for t in truth.values() if t['kind'] == 'response')} responses")


main()
