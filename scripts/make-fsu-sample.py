#!/usr/bin/env python3
"""Writes templates/fsu-2024/responses.mbox: the example round's sample responses.

Each message is written as a real sender's mail client would: Outlook HTML, quoted-printable Latin-1, phones with
format=flowed, forwards, reply chains that quote the hearing letter, auto-replies, a DSN bounce. Deterministic:
fixed dates, Message-IDs and boundaries, so the file only changes when the texts do.
Needs LibreOffice (apt-get install libreoffice-writer-nogui) for the letters in scripts/fsu-sample-letters.
Usage: python3 scripts/make-fsu-sample.py [OUT]
"""
import sys
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import formataddr, parseaddr
from email import policy, generator, message_from_string
import io
import os
import shutil
import subprocess
import tempfile

SECRETARIAT = "sekretaritat.helsefellesskapet@stolav.no"
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FIXTURES = os.path.join(ROOT, "Tests", "DocumentsTests", "Fixtures")
LETTERS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fsu-sample-letters")


def letter(name, fmt):
    """A letter from scripts/fsu-sample-letters converted by LibreOffice, as a real municipality would send it."""
    work = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", work, os.path.join(LETTERS, name + ".fodt")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    with open(os.path.join(work, name + "." + fmt), "rb") as handle:
        data = handle.read()
    shutil.rmtree(work)
    return data
SUBJECT = "Høring – forslag til ny struktur for faglige samarbeidsutvalg (FSU)"
messages = []


def simple(frm, subject, date, msgid, body, charset="utf-8", cte=None, extra=None, subtype="plain", params=None):
    msg = MIMEText(body, subtype, charset)
    if cte == "qp":
        del msg["Content-Transfer-Encoding"]
        from email import encoders
        msg.set_payload(body.encode(charset))
        encoders.encode_quopri(msg)
    elif cte == "8bit":
        del msg["Content-Transfer-Encoding"]
        msg.set_payload(body.encode(charset), None)
        msg["Content-Transfer-Encoding"] = "8bit"
    if params:
        for k, v in params.items():
            msg.set_param(k, v)
    headers(msg, frm, subject, date, msgid, extra)
    return msg


def encoded(text):
    """Header text, RFC 2047-encoded when it is not ASCII (as mail clients send it)."""
    return text if text.isascii() else Header(text, "utf-8").encode()


def headers(msg, frm, subject, date, msgid, extra=None, to=SECRETARIAT):
    name, address = parseaddr(frm)
    msg["From"] = frm if frm.isascii() else formataddr((name, address), charset="utf-8")
    msg["To"] = to
    msg["Subject"] = encoded(subject)
    msg["Date"] = date
    msg["Message-ID"] = msgid
    for k, v in (extra or []):
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"


def add(msg, envelope_from, envelope_date):
    messages.append((envelope_from, envelope_date, msg))


# 1. Trondheim kommune: formal, numbered answers.
trondheim = simple(
    "Postmottak Trondheim kommune <postmottak@trondheim.kommune.no>",
    "Høringssvar fra Trondheim kommune – ny struktur for FSU (24/04512)",
    "Wed, 29 May 2024 14:02:11 +0200",
    "<20240529140211.4471@trondheim.kommune.no>",
    """Til Sekretariatet for Helsefellesskapet

Høringssvar fra Trondheim kommune – forslag til ny struktur for faglige samarbeidsutvalg

Trondheim kommune viser til høringsbrev datert 22.04.2024 og takker for muligheten til å gi innspill.

1. Struktur: Trondheim kommune støtter forslag 2. En inndeling etter de prioriterte pasientgruppene i Nasjonal helse- og samhandlingsplan gir en tydelig retning for arbeidet, og et eget FSU for psykisk helse og rus løfter et område med store samhandlingsutfordringer.

2. Helseberedskap: Helseberedskap bør ivaretas i et eget faglig samarbeidsutvalg, sammen med akuttmedisinsk kjede.

3. Digital samhandling: Vi mener digital samhandling bør ivaretas i alle FSU, slik at de digitale løsningene utvikles der tjenestene samhandler.

4. Begreper: Ja, vi støtter at de nasjonale begrepene tas i bruk på alle nivå.

5. Lederutvalg: Ja. Et lederutvalg vil sikre bedre koordinering mellom utvalgene.

Med vennlig hilsen

Helge Brattås
kommunedirektør
Trondheim kommune
""")
add(trondheim, "postmottak@trondheim.kommune.no", "Wed May 29 14:02:11 2024")

# 2. Malvik kommune: Outlook HTML only, prose with negation.
malvik_html = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!--
p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
--></style><!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]--></head>
<body lang="NO-BOK"><div class="WordSection1">
<p class="MsoNormal">Hei,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Vedlagt f&oslash;lger Malvik kommunes h&oslash;ringssvar.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Malvik kommune st&oslash;tter ikke forslag 1, men g&aring;r inn for forslag 2. For en liten kommune er det krevende &aring; stille i mange fora, men vi mener pasientgruppene i forslag 2 gir mest mening.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Helseberedskap b&oslash;r etter v&aring;r vurdering ivaretas i en arbeidsgruppe underlagt ASU.<o:p></o:p></p>
<p class="MsoNormal">Digital samhandling b&oslash;r ivaretas i alle FSU.<o:p></o:p></p>
<p class="MsoNormal">Vi st&oslash;tter at de nasjonale begrepene tas i bruk.<o:p></o:p></p>
<p class="MsoNormal">Malvik kommune er skeptisk til et lederutvalg med fire m&oslash;tepunkt i &aring;ret, og st&oslash;tter ikke at det opprettes.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Med hilsen<o:p></o:p></p>
<p class="MsoNormal">Siri Aune<o:p></o:p></p>
<p class="MsoNormal">kommunalsjef helse og velferd, Malvik kommune<o:p></o:p></p>
</div></body></html>"""
malvik = MIMEText(malvik_html, "html", "utf-8")
headers(malvik, "Siri Aune <siri.aune@malvik.kommune.no>", "Høring FSU - svar fra Malvik",
        "Thu, 30 May 2024 09:15:42 +0200", "<DB9PR01MB7425A1@DB9PR01MB7425.eurprd01.prod.outlook.com>",
        [("X-MS-Has-Attach", ""), ("Content-Language", "nb-NO")])
add(malvik, "siri.aune@malvik.kommune.no", "Thu May 30 09:15:42 2024")

# 3. Melhus kommune: formannskap resolution, quoted-printable ISO-8859-1.
melhus = simple(
    "Melhus kommune <postmottak@melhus.kommune.no>",
    "Høringsuttalelse - ny struktur FSU - vedtak i formannskapet",
    "Tue, 28 May 2024 16:40:00 +0200",
    "<melhus-2024-05-28-fsu@melhus.kommune.no>",
    """Melhus kommune oversender med dette vedtak i formannskapet 28.05.2024, sak 45/24:

Vedtak:
Formannskapet i Melhus vedtok enstemmig følgende høringsuttalelse:

1. Melhus kommune går inn for forslag 1 - færre og bredere faglige samarbeidsutvalg. Færre utvalg gjør det mulig for mindre kommuner å delta.
2. Helseberedskap ivaretas best i en arbeidsgruppe underlagt ASU.
3. Digital samhandling: arbeidsgruppe under ASU.
4. Melhus kommune støtter bruk av de nasjonale begrepene.
5. Melhus kommune støtter opprettelse av lederutvalg.

Med hilsen
Melhus kommune
Servicetorget
""", charset="iso-8859-1", cte="qp")
add(melhus, "postmottak@melhus.kommune.no", "Tue May 28 16:40:00 2024")

# 4. Orkland kommune: joins Trondheim's response.
orkland = simple(
    "Orkland kommune <postmottak@orkland.kommune.no>",
    "SV: Høring – ny struktur for FSU",
    "Fri, 31 May 2024 11:20:05 +0200",
    "<a81f2c@orkland.kommune.no>",
    """Orkland kommune har behandlet høringen administrativt.

Orkland kommune slutter seg til Trondheim kommunes høringssvar og har ingen ytterligere merknader.

Vennlig hilsen
Orkland kommune v/ kommunedirektøren
""")
add(orkland, "postmottak@orkland.kommune.no", "Fri May 31 11:20:05 2024")

# 5. Frøya kommune: nynorsk.
froya = simple(
    "Frøya kommune <postmottak@froya.kommune.no>",
    "Høyringssvar frå Frøya kommune – FSU",
    "Mon, 27 May 2024 13:05:00 +0200",
    "<froya.20240527.1305@froya.kommune.no>",
    """Høyringssvar frå Frøya kommune

Frøya kommune støttar forslag 2, fordi det gjev eit tydeleg fokus på dei prioriterte pasientgruppene.

Helseberedskap bør vere eit eige fagleg samarbeidsutval.

Digital samhandling bør ivaretakast i alle FSU.

Frøya kommune stør at dei nasjonale omgrepa vert tekne i bruk.

Vi stør oppretting av eit leiarutval.

Helsing
Frøya kommune
""", extra=[("User-Agent", "Thunderbird 115.10")])
add(froya, "postmottak@froya.kommune.no", "Mon May 27 13:05:00 2024")

# 6. Hitra kommune: no remarks.
hitra = simple(
    "Postmottak Hitra <postmottak@hitra.kommune.no>",
    "Høring FSU",
    "Fri, 31 May 2024 15:44:10 +0200",
    "<hitra-5531@hitra.kommune.no>",
    """Hitra kommune har ingen merknader til høringen.

Mvh
Hitra kommune
""")
add(hitra, "postmottak@hitra.kommune.no", "Fri May 31 15:44:10 2024")

# 7. St. Olavs hospital: "Spørsmål N:" structure.
stolav = simple(
    "Postmottak St. Olavs hospital <postmottak@stolav.no>",
    "Høringssvar St. Olavs hospital HF - FSU-struktur",
    "Fri, 31 May 2024 12:00:00 +0200",
    "<stolav-24-04512-svar@stolav.no>",
    """Høringssvar fra St. Olavs hospital HF

Spørsmål 1: Forslag 2. Sykehuset mener en organisering etter pasientgrupper gir best sammenheng med sykehusets klinikkstruktur.
Spørsmål 2: a) – eget faglig samarbeidsutvalg for akuttmedisinsk kjede og helseberedskap.
Spørsmål 3: a
Spørsmål 4: Ja
Spørsmål 5: Ja, forutsatt at lederutvalget ikke får beslutningsmyndighet.

Med vennlig hilsen
Stein Kinserdal
administrerende direktør
St. Olavs hospital HF
""")
add(stolav, "postmottak@stolav.no", "Fri May 31 12:00:00 2024")

# 8. Fagråd psykisk helse og rus: sent from a member's own address at a municipality.
fagrad = simple(
    "Eva Lund <eva.lund@trondheim.kommune.no>",
    "Innspill fra fagråd psykisk helse og rus",
    "Thu, 30 May 2024 20:31:00 +0200",
    "<CAF3x9+FAGRAD@mail.gmail.com>",
    """Fagråd psykisk helse og rus har drøftet høringen i møte 23. mai.

Fagråd psykisk helse og rus støtter forslag 2 med et eget FSU for psykisk helse og rus. Forslag 1 vil etter fagrådets syn svekke oppmerksomheten på pasienter med alvorlige psykiske lidelser og rusproblemer.

For fagrådet
Eva Lund, leder
""")
add(fagrad, "eva.lund@trondheim.kommune.no", "Thu May 30 20:31:00 2024")

# 9. KS Trøndelag: conditional support.
ks = simple(
    "KS Trøndelag <trondelag@ks.no>",
    "Høringsinnspill fra KS Trøndelag – struktur FSU",
    "Wed, 29 May 2024 10:10:10 +0200",
    "<ks-trondelag-2024-0529@ks.no>",
    """KS Trøndelag har følgende innspill til høringen:

KS støtter forslag 1, forutsatt at psykisk helse og rus ivaretas i alle utvalgene. Færre utvalg gjør det enklere for små kommuner å delta.

Helseberedskap: KS mener dette bør være en arbeidsgruppe under ASU.

Digital samhandling bør ivaretas i alle FSU.

KS støtter bruk av nasjonale begreper og at det opprettes et lederutvalg.

Med hilsen
KS Trøndelag
""")
add(ks, "trondelag@ks.no", "Wed May 29 10:10:10 2024")

# 10. Legeforeningen: ranked answer.
lege = simple(
    "Den norske legeforening Trøndelag <trondelag@legeforeningen.no>",
    "Høring FSU - Trøndelag legeforening",
    "Sat, 01 Jun 2024 22:15:00 +0200",
    "<legeforeningen-trd-fsu@legeforeningen.no>",
    """Trøndelag legeforening viser til høringen.

Legeforeningen går primært inn for forslag 2, subsidiært forslag 1. Det viktigste for oss er at FSU legesamarbeid videreføres, noe begge forslagene ivaretar.

Lederutvalg: Vi ser ikke behov for et lederutvalg i tillegg til AU.

Vennlig hilsen
Trøndelag legeforening
""")
add(lege, "trondelag@legeforeningen.no", "Sat Jun  1 22:15:00 2024")

# 11. Selbu: out-of-office auto-reply.
selbu = simple(
    "Ingrid Selbekk <ingrid.selbekk@selbu.kommune.no>",
    "Automatisk svar: Høring – forslag til ny struktur for faglige samarbeidsutvalg (FSU)",
    "Tue, 23 Apr 2024 08:01:00 +0200",
    "<autoreply-selbu-0423@selbu.kommune.no>",
    """Takk for e-posten. Jeg er på ferie til og med 6. mai og leser ikke e-post. Henvendelser kan rettes til postmottak@selbu.kommune.no.
""", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
add(selbu, "ingrid.selbekk@selbu.kommune.no", "Tue Apr 23 08:01:00 2024")

# 12. Bounce for Tydal (DSN).
bounce = message_from_string("""From: Mail Delivery System <MAILER-DAEMON@stolav.no>
To: sekretaritat.helsefellesskapet@stolav.no
Subject: Undeliverable: =?utf-8?q?H=C3=B8ring_=E2=80=93_forslag_til_ny_struktur_for_faglige_samarbeidsutvalg_=28FSU=29?=
Date: Mon, 22 Apr 2024 12:00:31 +0200
Message-ID: <dsn-20240422120031@mx.stolav.no>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="----=_DSN_0042"

------=_DSN_0042
Content-Type: text/plain; charset=us-ascii

Delivery has failed to these recipients or groups:

postmottak@tydal.kommune.no
The e-mail address you entered couldn't be found.

------=_DSN_0042
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.stolav.no

Final-Recipient: rfc822; postmottak@tydal.kommune.no
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Mailbox unavailable

------=_DSN_0042--
""")
add(bounce, "MAILER-DAEMON", "Mon Apr 22 12:00:31 2024")

# 13. Oppdal: a question to the secretariat.
oppdal = simple(
    "Per Ivar Rise <per.ivar.rise@oppdal.kommune.no>",
    "Spørsmål om høringen",
    "Thu, 25 Apr 2024 09:30:00 +0200",
    "<oppdal-q-0425@oppdal.kommune.no>",
    """Hei!

Vi lurer på om høringssvaret må være politisk behandlet, eller om et administrativt svar er tilstrekkelig? Og kan dere sende høringsbrevet i Word-format?

Hilsen Per Ivar Rise
Oppdal kommune
""")
add(oppdal, "per.ivar.rise@oppdal.kommune.no", "Thu Apr 25 09:30:00 2024")

# 14. Rindal: extension request.
rindal = simple(
    "Rindal kommune <postmottak@rindal.kommune.no>",
    "Anmodning om utsatt frist - høring FSU",
    "Mon, 20 May 2024 14:14:00 +0200",
    "<rindal-frist-0520@rindal.kommune.no>",
    """Rindal kommune ber om utsatt frist til 15. juni, slik at saken kan behandles i kommunestyret 13. juni.

Med hilsen
Rindal kommune
""")
add(rindal, "postmottak@rindal.kommune.no", "Mon May 20 14:14:00 2024")

# 15. Røros: late response.
roros = simple(
    "Røros kommune <postmottak@roros.kommune.no>",
    "Høringssvar - FSU",
    "Mon, 03 Jun 2024 08:45:00 +0200",
    "<roros-0603-fsu@roros.kommune.no>",
    """Beklager sent svar.

Røros kommune støtter forslag 2. Helseberedskap bør være et eget FSU. Digital samhandling ivaretas i alle FSU. Vi er enige i bruk av nasjonale begreper, og støtter lederutvalget.

Hilsen
Røros kommune
""")
add(roros, "postmottak@roros.kommune.no", "Mon Jun  3 08:45:00 2024")

# 16. Trondheim again: the same message delivered a second time (other Received header).
import copy
trondheim_copy = copy.deepcopy(trondheim)
trondheim_copy["Delivered-To"] = "marit.haugen.lie@stolav.no"
add(trondheim_copy, "postmottak@trondheim.kommune.no", "Wed May 29 14:02:12 2024")

# 17/18. Skaun: first answer, then a replacement.
skaun1 = simple(
    "Skaun kommune <postmottak@skaun.kommune.no>",
    "Høringssvar FSU",
    "Fri, 24 May 2024 10:00:00 +0200",
    "<skaun-1@skaun.kommune.no>",
    """Skaun kommune støtter forslag 1.

Mvh Skaun kommune
""")
add(skaun1, "postmottak@skaun.kommune.no", "Fri May 24 10:00:00 2024")
skaun2 = simple(
    "Skaun kommune <postmottak@skaun.kommune.no>",
    "Oppdatert høringssvar FSU – erstatter tidligere oversendt",
    "Thu, 30 May 2024 15:00:00 +0200",
    "<skaun-2@skaun.kommune.no>",
    """Dette svaret erstatter tidligere oversendt høringssvar, etter behandling i formannskapet.

Skaun kommune støtter forslag 2. Helseberedskap: arbeidsgruppe under ASU.

Mvh Skaun kommune
""")
add(skaun2, "postmottak@skaun.kommune.no", "Thu May 30 15:00:00 2024")

# 19. The secretariat forwards Heim kommune's answer (Outlook forward block).
heim = simple(
    "Marit Haugen Lie <" + SECRETARIAT + ">",
    "VS: Høringssvar Heim kommune",
    "Mon, 03 Jun 2024 09:10:00 +0200",
    "<fwd-heim@stolav.no>",
    """Videresender svar som kom til min adresse.

Marit

Fra: Heim kommune <post@heim.kommune.no>
Sendt: fredag 31. mai 2024 13:37
Til: Marit Haugen Lie <marit.haugen.lie@stolav.no>
Emne: Høringssvar Heim kommune

Heim kommune støtter forslag 2, og mener helseberedskap bør være en arbeidsgruppe underlagt ASU.

Med hilsen
Heim kommune
""")
add(heim, SECRETARIAT, "Mon Jun  3 09:10:00 2024")

# 20. A private person, not on the list.
private = simple(
    "Kari Nordmann <kari.nordmann@gmail.com>",
    "Innspill til høring om FSU",
    "Sun, 26 May 2024 19:02:00 +0200",
    "<CAKq1kari@mail.gmail.com>",
    """Hei

Som pårørende vil jeg si at jeg støtter forslag 2. Psykisk helse må få et eget utvalg.

Kari Nordmann
Tlf 912 34 567
""")
add(private, "kari.nordmann@gmail.com", "Sun May 26 19:02:00 2024")

# 21. NSF: reply on top of the quoted hearing letter (Outlook block).
nsf = simple(
    "NSF Trøndelag <trondelag@nsf.no>",
    "SV: " + SUBJECT,
    "Wed, 29 May 2024 08:00:00 +0200",
    "<nsf-trd-0529@nsf.no>",
    """NSF Trøndelag støtter forslag 2. Helseberedskap bør være eget FSU, og digital samhandling bør ivaretas i alle FSU.

Vennlig hilsen
Norsk Sykepleierforbund Trøndelag

Fra: Sekretariatet for Helsefellesskapet <sekretaritat.helsefellesskapet@stolav.no>
Sendt: mandag 22. april 2024 11:58
Til: trondelag@nsf.no
Emne: Høring – forslag til ny struktur for faglige samarbeidsutvalg (FSU)

Vi ber høringsinstansene særlig svare på følgende:
1. Struktur: Hvilket av de to forslagene til struktur for faglige samarbeidsutvalg støtter dere?
2. Helseberedskap: Skal helseberedskap ivaretas i a) et eget faglig samarbeidsutvalg, eller b) en arbeidsgruppe underlagt ASU?
3. Digital samhandling: Dersom digital samhandling ikke videreføres som eget utvalg, skal den a) ivaretas i alle FSU, eller b) ivaretas i en arbeidsgruppe underlagt ASU?
4. Begreper: Støtter dere at de nasjonale begrepene (partnerskapsmøte, SSU og FSU) tas i bruk på alle nivå?
5. Lederutvalg: Støtter dere at det opprettes et lederutvalg (AU og leder og nestleder i FSU) med fire møtepunkt i året?
""", extra=[("In-Reply-To", "<hoering-fsu-2024@stolav.no>"), ("References", "<hoering-fsu-2024@stolav.no>")])
add(nsf, "trondelag@nsf.no", "Wed May 29 08:00:00 2024")

# 22. Brukerutvalget: phone, format=flowed.
bu_text = ("Brukerutvalget har drøftet høringen og støtter forslag 2, fordi brukerne i større grad kjenner seg igjen i en \r\n"
           "inndeling etter pasientgrupper. \r\n\r\n"
           "Helseberedskap: eget FSU.\r\n"
           "Lederutvalg: ja.\r\n\r\n"
           "Sendt fra min iPhone\r\n")
bu = MIMEText("", "plain", "utf-8")
bu.set_payload(bu_text.encode("utf-8"))
del bu["Content-Transfer-Encoding"]
bu["Content-Transfer-Encoding"] = "8bit"
bu.set_param("format", "flowed")
bu.set_param("delsp", "no")
headers(bu, "Brukerutvalget <brukerutvalget@stolav.no>", "Høring FSU", "Fri, 31 May 2024 23:58:00 +0200",
        "<bu-iphone-0531@stolav.no>", [("X-Mailer", "iPhone Mail (21F90)")])
add(bu, "brukerutvalget@stolav.no", "Fri May 31 23:58:00 2024")

# 23. Indre Fosen: letter-style answers, "Spørsmål N: a/b".
fosen = simple(
    "Indre Fosen kommune <postmottak@indrefosen.kommune.no>",
    "Høringssvar Indre Fosen kommune",
    "Thu, 30 May 2024 12:12:00 +0200",
    "<fosen-0530@indrefosen.kommune.no>",
    """Indre Fosen kommune gir følgende svar på høringsspørsmålene:

Spørsmål 1: Forslag 1
Spørsmål 2: b
Spørsmål 3: b
Spørsmål 4: Ja
Spørsmål 5: Nei

Indre Fosen kommune
""")
add(fosen, "postmottak@indrefosen.kommune.no", "Thu May 30 12:12:00 2024")

# 24. A newsletter.
news = simple(
    "Helsenytt <nyhetsbrev@helsenytt.example>",
    "Ukens nyheter fra helsesektoren",
    "Tue, 14 May 2024 07:00:00 +0200",
    "<news-20240514@helsenytt.example>",
    """Ukens viktigste saker: ny nasjonal helse- og samhandlingsplan, kurs i samhandling, og stillinger.

Meld deg av: https://helsenytt.example/avmeld
""", extra=[("List-Unsubscribe", "<https://helsenytt.example/avmeld>"), ("Precedence", "bulk")])
add(news, "nyhetsbrev@helsenytt.example", "Tue May 14 07:00:00 2024")

# 25. Midtre Gauldal: base64 body, encoded subject.
mgk = MIMEText("""Midtre Gauldal kommune støtter forslag 2.

Helseberedskap bør være et eget FSU. Digital samhandling: i alle FSU.
Vi støtter at de nasjonale begrepene tas i bruk, og vi støtter lederutvalg.

Hilsen Midtre Gauldal kommune
""", "plain", "utf-8")
headers(mgk, "=?utf-8?q?Midtre_Gauldal_kommune?= <postmottak@mgk.no>", "=?utf-8?b?SMO4cmluZ3NzdmFyIGZyYSBNaWR0cmUgR2F1bGRhbA==?=",
        "Wed, 29 May 2024 13:13:13 +0200", "<mgk-0529@mgk.no>")
add(mgk, "postmottak@mgk.no", "Wed May 29 13:13:13 2024")

# 26. Rennebu: the answer is a scanned letter, a PDF without a text layer.
rennebu = MIMEMultipart("mixed", boundary="----=_Part_rennebu")
rennebu.attach(MIMEText("Se vedlagt høringssvar fra Rennebu kommune.\n\nMed hilsen\nRennebu kommune\n", "plain", "utf-8"))
pdf = MIMEApplication(open(os.path.join(FIXTURES, "skannet.pdf"), "rb").read(), "pdf")
pdf.add_header("Content-Disposition", "attachment", filename=("utf-8", "", "Høringssvar Rennebu kommune.pdf"))
rennebu.attach(pdf)
headers(rennebu, "Rennebu kommune <postmottak@rennebu.kommune.no>", "Høringssvar - struktur FSU",
        "Fri, 31 May 2024 14:30:00 +0200", "<rennebu-0531@rennebu.kommune.no>")
add(rennebu, "postmottak@rennebu.kommune.no", "Fri May 31 14:30:00 2024")

# 28. Åfjord kommune: nynorsk letter as ODT, one line in the body.
afjord = MIMEMultipart("mixed", boundary="----=_Part_afjord")
afjord.attach(MIMEText("Vedlagt fylgjer høyringsuttale frå Åfjord kommune.\n\nHelsing\nÅfjord kommune\n", "plain", "utf-8"))
odt = MIMEApplication(letter("afjord", "odt"), "vnd.oasis.opendocument.text")
odt.add_header("Content-Disposition", "attachment", filename="Hoyringsuttale Afjord kommune.odt")
afjord.attach(odt)
headers(afjord, "Åfjord kommune <postmottak@afjord.kommune.no>", "Høyringsuttale FSU", "Fri, 24 May 2024 10:30:00 +0200",
        "<afjord-0524@afjord.kommune.no>")
add(afjord, "postmottak@afjord.kommune.no", "Fri May 24 10:30:00 2024")

# 29. Ørland kommune: answers in a table in a DOCX, sent from a case handler's address.
orland = MIMEMultipart("mixed", boundary="----=_Part_orland")
orland.attach(MIMEText("Hei\n\nSe vedlegg.\n\nMvh\nTone Berg\nrådgiver\n", "plain", "utf-8"))
docx = MIMEApplication(letter("orland", "docx"), "vnd.openxmlformats-officedocument.wordprocessingml.document")
docx.add_header("Content-Disposition", "attachment", filename="Høringssvar Ørland kommune.docx")
orland.attach(docx)
headers(orland, "Tone Berg <tone.berg@orland.kommune.no>", "Høring FSU", "Thu, 30 May 2024 16:20:00 +0200",
        "<orland-0530@orland.kommune.no>")
add(orland, "tone.berg@orland.kommune.no", "Thu May 30 16:20:00 2024")

# 27. Fagforbundet: windows-1252, 8bit.
fagforbundet = simple(
    "Fagforbundet Trøndelag <trondelag@fagforbundet.no>",
    "Høringssvar Fagforbundet",
    "Fri, 31 May 2024 09:09:09 +0200",
    "<fagforbundet-0531@fagforbundet.no>",
    """Fagforbundet Trøndelag mener forslag 1 er det beste, fordi færre utvalg gir bedre mulighet for at tillitsvalgte kan delta.

Fagforbundet Trøndelag
""", charset="windows-1252", cte="8bit")
add(fagforbundet, "trondelag@fagforbundet.no", "Fri May 31 09:09:09 2024")


def mbox_bytes():
    out = io.BytesIO()
    for envelope_from, envelope_date, msg in messages:
        buffer = io.BytesIO()
        generator.BytesGenerator(buffer, mangle_from_=False, policy=policy.compat32.clone(linesep="\n")).flatten(msg)
        data = buffer.getvalue()
        lines = data.split(b"\n")
        escaped = []
        for line in lines:
            stripped = line.lstrip(b">")
            escaped.append(b">" + line if stripped.startswith(b"From ") else line)
        out.write(b"From " + envelope_from.encode() + b" " + envelope_date.encode() + b"\n")
        out.write(b"\n".join(escaped).rstrip(b"\n") + b"\n\n")
    return out.getvalue()


target = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "templates", "fsu-2024", "responses.mbox")
with open(target, "wb") as handle:
    handle.write(mbox_bytes())
print(f"wrote {len(messages)} messages to {target}")
