#!/usr/bin/env python3
"""Benchmark: text extraction from a 10-page letter in DOCX, ODT and PDF (made by LibreOffice), through
`hearing mail dump --attachments`, which prints the time each attachment took. Prints the figures; asserts nothing.
Needs: apt-get install libreoffice-writer-nogui; a release build (swift build -c release).
Usage: python3 bench/documents.py [--pages 10] [--runs 5]
"""
import argparse, base64, os, re, shutil, subprocess, tempfile
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
PARAGRAPH = ("Kommunen viser til høringsbrevet og har vurdert forslagene grundig. Forslag 2 gir en tydelig retning for "
             "samhandlingen om de prioriterte pasientgruppene, mens forslag 1 gjør det enklere for små kommuner å delta. "
             "Helseberedskap bør ivaretas i en arbeidsgruppe underlagt ASU, og digital samhandling bør ivaretas i alle FSU. ")


def letter(pages):
    body = []
    for page in range(pages):
        body.append(f'<text:h text:outline-level="2">Del {page + 1}</text:h>')
        body.append('<text:list text:style-name="L"><text:list-item><text:p>Struktur: forslag 2.</text:p></text:list-item>'
                    '<text:list-item><text:p>Lederutvalg: ja.</text:p></text:list-item></text:list>')
        body += [f"<text:p>{PARAGRAPH * 2}</text:p>" for _ in range(7)]
        body.append('<table:table><table:table-column table:number-columns-repeated="2"/>' +
                    "".join(f'<table:table-row><table:table-cell office:value-type="string"><text:p>{q}. spørsmål</text:p></table:table-cell>'
                            f'<table:table-cell office:value-type="string"><text:p>Svar {q}</text:p></table:table-cell></table:table-row>' for q in range(1, 6)) +
                    "</table:table>")
    return ('<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
            '<office:styles><text:list-style style:name="L"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/></text:list-style></office:styles>'
            '<office:body><office:text>' + "".join(body) + "</office:text></office:body></office:document>")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "hearing"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build", "release", "hearing")
    work = tempfile.mkdtemp()
    source = os.path.join(work, "brev.fodt")
    with open(source, "w", encoding="utf-8") as handle:
        handle.write(letter(args.pages))
    message = MIMEMultipart()
    message["From"] = "postmottak@melhus.kommune.no"
    message["Subject"] = "Benchmark"
    message.attach(MIMEText("Se vedlegg.", "plain", "utf-8"))
    for fmt in ("docx", "odt", "pdf"):
        subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", work, source], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        with open(os.path.join(work, "brev." + fmt), "rb") as handle:
            part = MIMEApplication(handle.read(), "octet-stream")
        part.add_header("Content-Disposition", "attachment", filename="brev." + fmt)
        message.attach(part)
    if os.path.exists(os.path.join(work, "brev.pdf")):
        pages = subprocess.run(["pdfinfo", os.path.join(work, "brev.pdf")], capture_output=True, text=True).stdout
        count = re.search(r"Pages:\s+(\d+)", pages)
        print(f"letter: {count.group(1) if count else '?'} pages in the PDF rendering")
    eml = os.path.join(work, "brev.eml")
    with open(eml, "wb") as handle:
        handle.write(message.as_bytes())
    times = {}
    for _ in range(args.runs):
        output = subprocess.run([binary, "mail", "dump", eml, "--attachments"], capture_output=True, text=True, check=True).stdout
        for name, size, ms in re.findall(r"=== Vedlegg «brev\.(\w+)» \([^,]+, (\d+) byte, lest på ([\d,]+) ms\)", output):
            times.setdefault(name, []).append(float(ms.replace(",", ".")))
    for name, values in sorted(times.items()):
        print(f"{name:5} best {min(values):6.1f} ms   median {sorted(values)[len(values) // 2]:6.1f} ms   ({args.runs} runs)")
    shutil.rmtree(work)


main()
