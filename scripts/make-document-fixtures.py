#!/usr/bin/env python3
"""Makes the document fixtures in Tests/DocumentsTests/Fixtures (and the table letter in Tests/HearingCoreTests/Letters)
from their hand-written .fodt sources, with real
producers: LibreOffice (DOCX, ODT, PDF) and qpdf (a PDF with object and cross-reference streams, as archive systems
write; an encrypted PDF). Also a scanned PDF (an image, no text layer) written directly.
Needs: apt-get install libreoffice-writer-nogui qpdf
Usage: python3 scripts/make-document-fixtures.py
"""
import os, re, shutil, subprocess, tempfile, zlib

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "DocumentsTests", "Fixtures")


def soffice(source, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, source], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def accepted(fodt_text):
    """The document with tracked changes accepted and floating frames removed, for a clean printed PDF."""
    text = re.sub(r"<text:tracked-changes>.*?</text:tracked-changes>", "", fodt_text, flags=re.S)
    text = re.sub(r"<text:change(-start|-end)? [^>]*/>", "", text)
    text = re.sub(r"<draw:frame .*?</draw:frame>", "", text, flags=re.S)
    return text


def write_pdf(path, objects, version=b"1.4", info=None):
    """Writes numbered objects as a PDF with a classic cross-reference table."""
    out = bytearray(b"%PDF-" + version + b"\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    extra = b" /Info %d 0 R" % info if info else b""
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, extra, xref)
    with open(path, "wb") as handle:
        handle.write(out)


def scanned_pdf(path):
    """A one-page PDF whose only content is an image: what a scanner produces."""
    width, height = 16, 16
    pixels = zlib.compress(bytes((x * 16) % 256 for y in range(height) for x in range(width)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream",
        None,
    ]
    content = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    objects[4] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    write_pdf(path, objects)


def standard_fonts_pdf(path):
    """A PDF in the older style: the standard Type1 fonts with no ToUnicode map, one in WinAnsiEncoding and one with
    /Differences naming the Norwegian letters, text shown with Tj, TJ (kerning and a word gap) and the ' operator."""
    def literal(data):
        return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"
    content = b"BT /F1 12 Tf 72 760 Td " + literal("Høringssvar fra Frøya kommune".encode("cp1252")) + b" Tj ET\n"
    content += b"BT /F1 11 Tf 72 730 Td 14 TL [" + literal("Frøya kommune st".encode("cp1252")) + b" 20 " + literal("øtter".encode("cp1252")) + b" -600 "
    content += literal(b"forslag 2.") + b"] TJ " + literal("Særnorske bokstaver: æøå ÆØÅ «».".encode("cp1252")) + b" ' ET\n"
    content += b"BT /F2 11 Tf 72 690 Td " + literal(b"Lederutvalg: ja, ogs\x80 for \x81konomi og \x82ndring.") + b" Tj ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /Type /Encoding /BaseEncoding /StandardEncoding /Differences [128 /aring /oslash /ae] >> >>",
        b"<< /Title (Standardskrifter) /Author (Fr\\370ya kommune) >>",
    ]
    write_pdf(path, objects, version=b"1.3", info=7)


def main():
    work = tempfile.mkdtemp()
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".fodt"):
            continue
        base = name[:-5]
        source = os.path.join(HERE, name)
        for fmt in ("docx", "odt"):
            soffice(source, fmt, work)
            shutil.copy(os.path.join(work, base + "." + fmt), os.path.join(HERE, base + "." + fmt))
        clean = os.path.join(work, base + ".fodt")
        with open(source, encoding="utf-8") as handle:
            text = accepted(handle.read())
        with open(clean, "w", encoding="utf-8") as handle:
            handle.write(text)
        soffice(clean, "pdf", work)
        pdf = os.path.join(HERE, base + ".pdf")
        shutil.copy(os.path.join(work, base + ".pdf"), pdf)
        subprocess.run(["qpdf", "--object-streams=generate", "--compress-streams=y", pdf, os.path.join(HERE, base + "-objstm.pdf")], check=True)
        subprocess.run(["qpdf", "--encrypt", "", "eier", "256", "--", pdf, os.path.join(HERE, base + "-kryptert.pdf")], check=True)
    # The hearing letter with its questions in a table, for the letter reader's tests.
    letters = os.path.join(HERE, "..", "..", "HearingCoreTests", "Letters")
    soffice(os.path.join(letters, "brev-tabell.fodt"), "docx", work)
    shutil.copy(os.path.join(work, "brev-tabell.docx"), os.path.join(letters, "brev-tabell.docx"))
    scanned_pdf(os.path.join(HERE, "skannet.pdf"))
    standard_fonts_pdf(os.path.join(HERE, "standardskrifter.pdf"))
    # A zip archive holding a letter and a note, as some bodies send several files.
    import zipfile
    with zipfile.ZipFile(os.path.join(HERE, "vedlegg.zip"), "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(os.path.join(HERE, "hoeringssvar-melhus.docx"), "Høringssvar Melhus.docx")
        archive.writestr("notat.txt", "Notat: formannskapet behandlet saken 28.05.2024.\n".encode("utf-8"))
        archive.writestr("mappe/", b"")
    shutil.rmtree(work)
    print("fixtures written to", os.path.normpath(HERE))


main()
