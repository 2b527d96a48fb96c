#!/usr/bin/env python3
"""Generates a large, varied FSU round as an mbox: N responses from many senders (listed bodies and private persons),
bokmål and nynorsk, structured and prose answers, reasons drawn from a pool, some replies quoting the letter, some
forwards, a few auto-replies and duplicates. Deterministic for a seed.
Usage: python3 bench/make_round.py --count 10000 --out round.mbox [--seed 1]
"""
import argparse, random
from email.mime.text import MIMEText
from email.header import Header
from email.utils import formataddr

REASONS = [
    "Små kommuner har vansker med å stille representanter i mange utvalg.",
    "Færre utvalg gjør det lettere å delta og gir bedre oversikt.",
    "Pasienter med alvorlige psykiske lidelser og rusproblemer trenger et eget utvalg.",
    "En inndeling etter pasientgrupper følger Nasjonal helse- og samhandlingsplan.",
    "Sekretariatet må få ressurser til å støtte utvalgene.",
    "Brukermedvirkningen må sikres i alle utvalg.",
    "Fastlegene må være representert i alle fora.",
    "Vi er bekymret for at legesamarbeidet svekkes.",
    "For små kommunar er det krevjande å delta i mange utval.",
    "Psykisk helse og rus må løftast med eit eige utval.",
]
POSITIONS = {
    1: ["Vi støtter forslag {a}.", "Kommunen går inn for forslag {a}.", "1. Struktur: Forslag {a}", "Vi støttar forslag {a}."],
    2: ["Helseberedskap bør ivaretas i {x}.", "2. Helseberedskap: {x}"],
    3: ["Digital samhandling bør ivaretas i {x}.", "3. Digital samhandling: {x}"],
    4: ["Vi støtter at de nasjonale begrepene tas i bruk.", "4. Begreper: Nei", "Vi støtter ikke nye begreper."],
    5: ["Vi støtter at det opprettes et lederutvalg.", "5. Lederutvalg: Nei", "Vi ser ikke behov for et lederutvalg."],
}
BODIES = ["Trondheim", "Malvik", "Melhus", "Skaun", "Orkland", "Hitra", "Frøya", "Oppdal", "Røros", "Selbu", "Heim", "Rennebu"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    random = __import__("random").Random(args.seed)
    out = open(args.out, "wb")
    for index in range(args.count):
        roll = random.random()
        if roll < 0.6:
            name = random.choice(BODIES) + " kommune"
            address = "person%d@%s.kommune.no" % (index % 500, name.split()[0].lower().replace("ø", "o").replace("å", "a"))
        else:
            name = "Innbygger %d" % index
            address = "innbygger%d@example.no" % index
        lines = []
        for question in range(1, 6):
            if random.random() < 0.7:
                template = random.choice(POSITIONS[question])
                lines.append(template.format(a=random.choice([1, 2]), x=random.choice(["et eget FSU", "en arbeidsgruppe under ASU", "alle FSU"])))
                if random.random() < 0.5:
                    lines.append(random.choice(REASONS))
        if not lines:
            lines = ["Vi har ingen merknader til høringen."]
        body = "Hei\n\n" + "\n\n".join(lines) + "\n\nMed vennlig hilsen\n" + name + "\n"
        if random.random() < 0.1:
            body += "\nFra: Sekretariatet <sekretaritat.helsefellesskapet@stolav.no>\nSendt: 22. april 2024 11:58\nTil: %s\nEmne: Høring\n\n1. Struktur: Hvilket av de to forslagene støtter dere?\n" % address
        subject = "Høringssvar FSU"
        headers = []
        if random.random() < 0.02:
            body = "Jeg er på ferie og leser ikke e-post."
            subject = "Automatisk svar: Høring FSU"
            headers.append(("Auto-Submitted", "auto-replied"))
        message = MIMEText(body, "plain", "utf-8")
        message["From"] = formataddr((name, address), charset="utf-8")
        message["To"] = "sekretaritat.helsefellesskapet@stolav.no"
        message["Subject"] = Header(subject, "utf-8").encode()
        message["Date"] = "%s, %02d May 2024 %02d:%02d:00 +0200" % (["Wed", "Thu", "Fri"][index % 3], 1 + index % 31, 8 + index % 10, index % 60)
        message["Message-ID"] = "<round-%d@example.no>" % (index if random.random() > 0.01 else index - 1)
        for key, value in headers:
            message[key] = value
        data = message.as_bytes()
        out.write(b"From %s Thu May 30 10:00:00 2024\n" % address.encode())
        for line in data.split(b"\n"):
            out.write((b">" + line if line.lstrip(b">").startswith(b"From ") else line) + b"\n")
        out.write(b"\n")
    out.close()


main()
