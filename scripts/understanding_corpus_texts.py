"""The texts of the understanding test corpus: one entry per message, with what a careful human reader finds in it.

Each entry: (key, sender, shape, subject, body, truth). Truth is a dict with
  respondent: recipient id, or "~Name" for a sender not on the list
  kind: response (default), auto-reply, bounce, question, extension-request, other (MessageKind raw values)
  answers: {question: alternative} as a human reads the response
  inherits: the recipient id whose response this one joins, if any
Shapes are rendered by make-understanding-corpus.py (plain, qp-latin1, cp1252, html, alt, flowed, docx, odt, pdf,
forward, reply).
"""

QUOTED_LETTER = """Spørsmål til høringsinstansene:
1. Hvilket av de to forslagene til struktur for faglige samarbeidsutvalg støtter dere? Forslag 1: færre og bredere FSU. Forslag 2: flere FSU inndelt etter pasientgrupper.
2. Skal helseberedskap ivaretas i a) et eget faglig samarbeidsutvalg, eller b) en arbeidsgruppe underlagt ASU?
3. Dersom digital samhandling ikke videreføres som eget utvalg, skal den a) ivaretas i alle FSU, eller b) ivaretas i en arbeidsgruppe underlagt ASU?
4. Støtter dere at de nasjonale begrepene (partnerskapsmøte, SSU og FSU) tas i bruk på alle nivå?
5. Støtter dere at det opprettes et lederutvalg (AU og leder og nestleder i FSU) med fire møtepunkt i året?
Høringsfrist: 01.06.24"""

S = "Høringssvar – struktur for faglige samarbeidsutvalg"

ENTRIES = [
# --- structured answers, bokmål -------------------------------------------------------------------------------------
("struct-01", "Postmottak Malvik <postmottak@malvik.kommune.no>", "plain", "Høringssvar FSU-struktur – Malvik kommune",
"""Hei,

Malvik kommune gir med dette sitt høringssvar.

1. Struktur: forslag 2
2. Helseberedskap: b
3. Digital samhandling: a
4. Nasjonale begreper: ja
5. Lederutvalg: ja

Med vennlig hilsen
Siri Aune
rådgiver, Malvik kommune""",
{"respondent": "malvik", "answers": {1: 2, 2: 2, 3: 1, 4: 1, 5: 1}}),

("struct-02", "Kjell Rønning <kjell.ronning@melhus.kommune.no>", "qp-latin1", "SV: Høring FSU",
"""Svar fra Melhus kommune:

Spørsmål 1: Forslag 1
Spørsmål 2: a
Spørsmål 3: b
Spørsmål 4: Ja
Spørsmål 5: Nei

Mvh
Kjell Rønning
Enhetsleder helse, Melhus kommune""",
{"respondent": "melhus", "answers": {1: 1, 2: 1, 3: 2, 4: 1, 5: 2}}),

("struct-03", "Postmottak Skaun <postmottak@skaun.kommune.no>", "alt", S,
"""Skaun kommune har følgende svar på spørsmålene i høringen:

1) Vi støtter forslag 2.
2) Helseberedskap bør ivaretas i et eget faglig samarbeidsutvalg.
3) Digital samhandling bør ivaretas i alle FSU.
4) Ja.
5) Ja.

Vennlig hilsen
Skaun kommune""",
{"respondent": "skaun", "answers": {1: 2, 2: 1, 3: 1, 4: 1, 5: 1}}),

("struct-04", "Holtålen kommune <postmottak@holtalen.kommune.no>", "plain", "Høringssvar",
"""Holtålen kommune svarer slik:

Spm 1: forslag 1
Spm 2: arbeidsgruppe under ASU
Spm 3: arbeidsgruppe under ASU
Spm 4: ja
Spm 5: ja

Hilsen
Kommunalsjef helse og omsorg""",
{"respondent": "holtalen", "answers": {1: 1, 2: 2, 3: 2, 4: 1, 5: 1}}),

("struct-05", "Frøya kommune <postmottak@froya.kommune.no>", "html", "Høringssvar fra Frøya kommune",
"""Høringssvar fra Frøya kommune – struktur for faglige samarbeidsutvalg

Spørsmål 1 – struktur
Frøya kommune støtter forslag 2, med flere FSU inndelt etter pasientgrupper.

Spørsmål 2 – helseberedskap
Alternativ a: eget faglig samarbeidsutvalg.

Spørsmål 3 – digital samhandling
Alternativ a.

Spørsmål 4 – nasjonale begreper
Frøya kommune støtter dette.

Spørsmål 5 – lederutvalg
Frøya kommune støtter dette.

Med hilsen
Frøya kommune""",
{"respondent": "froya", "answers": {1: 2, 2: 1, 3: 1, 4: 1, 5: 1}}),

("struct-06", "Tydal kommune <postmottak@tydal.kommune.no>", "plain", "Svar på høring FSU",
"""Tydal kommune sitt svar:

1. Forslag 2
2. a)
3. a)
4. Ja
5. Ja, men fire møter i året er kanskje i meste laget.

Tydal kommune""",
{"respondent": "tydal", "answers": {1: 2, 2: 1, 3: 1, 4: 1, 5: 1}}),

("struct-07", "Selbu kommune <postmottak@selbu.kommune.no>", "cp1252", "Høringssvar Selbu kommune",
"""Til Helsefellesskapet

Selbu kommune har behandlet høringen administrativt. Våre svar:

Spørsmål 1: Vi støtter forslag 1, færre og bredere utvalg.
Spørsmål 2: Vi mener helseberedskap bør ligge i en arbeidsgruppe underlagt ASU.
Spørsmål 3: Arbeidsgruppe under ASU.
Spørsmål 4: Ja, vi støtter at de nasjonale begrepene tas i bruk.
Spørsmål 5: Nei. Vi ser ikke behov for et nytt lederutvalg.

Med hilsen
Kommunedirektøren i Selbu""",
{"respondent": "selbu", "answers": {1: 1, 2: 2, 3: 2, 4: 1, 5: 2}}),

("struct-08", "Oppdal kommune <postmottak@oppdal.kommune.no>", "alt", "Høring: FSU-struktur",
"""Oppdal kommune takker for muligheten til å gi innspill.

Spørsmål 1
Oppdal kommune går inn for forslag 1.

Spørsmål 2
Vi anbefaler alternativ b), en arbeidsgruppe underlagt ASU.

Spørsmål 3
Vi anbefaler alternativ b).

Spørsmål 4
Ja.

Spørsmål 5
Ja.

Vennlig hilsen
Oppdal kommune, helse og velferd""",
{"respondent": "oppdal", "answers": {1: 1, 2: 2, 3: 2, 4: 1, 5: 1}}),

("struct-09", "Rindal kommune <postmottak@rindal.kommune.no>", "plain", "Høringssvar",
"""Rindal kommune har følgende svar:
1. Struktur – forslag 2
2. Helseberedskap – eget FSU
3. Digital samhandling – i alle FSU
4. Begreper – ja
5. Lederutvalg – nei

Rindal kommune""",
{"respondent": "rindal", "answers": {1: 2, 2: 1, 3: 1, 4: 1, 5: 2}}),

("struct-10", "Osen kommune <postmottak@osen.kommune.no>", "plain", "Høringssvar FSU",
"""Osen kommune svarer på høringen slik:

Spørsmål 1: Forslag 2
Spørsmål 2: Alternativ a
Spørsmål 3: Alternativ a
Spørsmål 4: Ja
Spørsmål 5: Ja

Mvh Osen kommune""",
{"respondent": "osen", "answers": {1: 2, 2: 1, 3: 1, 4: 1, 5: 1}}),

# --- prose, bokmål ----------------------------------------------------------------------------------------------------
("prose-01", "Trondheim kommune <postmottak@trondheim.kommune.no>", "plain", S,
"""Trondheim kommune viser til høringsbrev av 15.04.24.

Trondheim kommune går inn for forslag 2. En inndeling etter pasientgrupper gir utvalg som kan gå i dybden på
fagområdene. Helseberedskap er et område der kommunene og sykehuset må ha et eget faglig samarbeidsutvalg,
og vi støtter derfor alternativ a på spørsmål 2. Digital samhandling bør ivaretas i alle FSU. Kommunen støtter
at de nasjonale begrepene tas i bruk, og støtter også at det opprettes et lederutvalg.

Med hilsen
Trondheim kommune, Helse og velferd""",
{"respondent": "trondheim", "answers": {1: 2, 2: 1, 3: 1, 4: 1, 5: 1}}),

("prose-02", "Anne Berg <anne.berg@melhus.kommune.no>", "flowed", "Høring FSU",
"""Hei

Melhus kommune støtter ikke forslag 1, men går inn for forslag 2. Vi mener flere utvalg gir bedre faglig forankring.

Når det gjelder helseberedskap, mener vi dette kan ivaretas i en arbeidsgruppe underlagt ASU.

Vi har ingen sterke meninger om de øvrige spørsmålene.

Hilsen Anne Berg
Sendt fra min iPhone""",
{"respondent": "melhus", "answers": {1: 2, 2: 2}}),

("prose-03", "Heim kommune <post@heim.kommune.no>", "plain", "Høringssvar fra Heim kommune",
"""Heim kommune har vurdert de to forslagene og foretrekker forslag 1. Færre og bredere utvalg er mer
realistisk for en liten kommune som skal stille med representanter.

Helseberedskap bør etter vår mening ikke ligge i et eget utvalg, men i en arbeidsgruppe underlagt ASU.

Heim kommune støtter at de nasjonale begrepene tas i bruk på alle nivå.

Vennlig hilsen
Heim kommune""",
{"respondent": "heim", "answers": {1: 1, 2: 2, 4: 1}}),

("prose-04", "Røros kommune <postmottak@roros.kommune.no>", "qp-latin1", "SV: Høring – struktur FSU",
"""Røros kommune støtter forslag 2.

Kommunen er enig i at helseberedskap skal ha et eget faglig samarbeidsutvalg. Digital samhandling bør
ivaretas i alle FSU, slik at fagutvalgene selv eier digitaliseringen på sitt område.

Vi er imot et nytt lederutvalg; det blir et nytt nivå i en struktur som allerede er tung.

Med hilsen
Røros kommune""",
{"respondent": "roros", "answers": {1: 2, 2: 1, 3: 1, 5: 2}}),

("prose-05", "Midtre Gauldal kommune <postmottak@mgk.no>", "alt", "Høringssvar",
"""Midtre Gauldal kommune mener forslag 1 er best egnet. Vi har ikke kapasitet til å delta i mange utvalg.

På spørsmål 2 mener vi at det ikke er behov for et eget FSU for helseberedskap; en arbeidsgruppe under ASU er tilstrekkelig.

Kommunen støtter at de nasjonale begrepene tas i bruk. Vi støtter også et lederutvalg.

Med hilsen
Midtre Gauldal kommune""",
{"respondent": "midtre-gauldal", "answers": {1: 1, 2: 2, 4: 1, 5: 1}}),

("prose-06", "Orkland kommune <postmottak@orkland.kommune.no>", "html", "Orkland kommune – høringssvar",
"""Orkland kommune v/ kommunedirektøren avgir følgende høringssvar:

Orkland kommune anbefaler forslag 2. Fagområdene er ulike, og utvalg per pasientgruppe gir mer treffsikre drøftinger.

Vi anbefaler at helseberedskap får et eget faglig samarbeidsutvalg, og at digital samhandling ivaretas i alle FSU.

Kommunen stiller seg positiv til at de nasjonale begrepene tas i bruk, og til at det opprettes et lederutvalg.

Med hilsen
Orkland kommune""",
{"respondent": "orkland", "answers": {1: 2, 2: 1, 3: 1, 4: 1, 5: 1}}),

("prose-07", "Hitra kommune <postmottak@hitra.kommune.no>", "plain", "Høring FSU",
"""Hitra kommune har ingen merknader til høringen.

Med hilsen
Hitra kommune""",
{"respondent": "hitra", "answers": {}}),

("prose-08", "Indre Fosen kommune <postmottak@indrefosen.kommune.no>", "plain", "Høringssvar",
"""Indre Fosen kommune har gått gjennom høringsdokumentet.

Vi støtter forslaget om færre og bredere faglige samarbeidsutvalg. Helseberedskap bør ivaretas i en
arbeidsgruppe underlagt ASU, og det samme gjelder digital samhandling.

Vi støtter ikke at det opprettes et lederutvalg.

Med vennlig hilsen
Indre Fosen kommune""",
{"respondent": "indre-fosen", "answers": {1: 1, 2: 2, 3: 2, 5: 2}}),

("prose-09", "St. Olavs hospital <postmottak@stolav.no>", "alt", "Høringssvar fra St. Olavs hospital HF",
"""St. Olavs hospital HF viser til høringen om ny struktur for faglige samarbeidsutvalg.

Sykehuset støtter forslag 2. Inndelingen etter pasientgrupper speiler klinikkstrukturen og gjør det enklere
å stille med riktige fagfolk.

Helseberedskap: Vi mener et eget faglig samarbeidsutvalg er nødvendig, gitt erfaringene fra pandemien.
Digital samhandling: Bør ivaretas i alle FSU.
Nasjonale begreper: Støttes.
Lederutvalg: Støttes.

Med vennlig hilsen
St. Olavs hospital HF
Samhandlingsavdelingen""",
{"respondent": "st-olavs", "answers": {1: 2, 2: 1, 3: 1, 4: 1, 5: 1}}),

("prose-10", "KS Trøndelag <trondelag@ks.no>", "plain", "Høringssvar fra KS Trøndelag",
"""KS Trøndelag har drøftet høringen med kommunene i regionen.

KS anbefaler forslag 1, forutsatt at kommunene sikres reell deltakelse i alle utvalg. Helseberedskap bør
ivaretas i en arbeidsgruppe underlagt ASU. Digital samhandling bør ivaretas i alle FSU.

KS støtter bruk av de nasjonale begrepene, og støtter opprettelsen av et lederutvalg.

Med hilsen
KS Trøndelag""",
{"respondent": "ks", "answers": {1: 1, 2: 2, 3: 1, 4: 1, 5: 1}}),

("prose-11", "Legeforeningen Trøndelag <trondelag@legeforeningen.no>", "plain", "Høring FSU – innspill",
"""Den norske legeforening Trøndelag mener at forslag 2 gir best mulighet for faglig forankring, og
støtter dette forslaget. Lederutvalg støttes ikke; det er nok møtearenaer fra før.

Med hilsen
Legeforeningen, Trøndelag""",
{"respondent": "legeforeningen", "answers": {1: 2, 5: 2}}),

("prose-12", "NSF Trøndelag <trondelag@nsf.no>", "alt", "Høringssvar NSF",
"""Norsk Sykepleierforbund Trøndelag takker for anledningen.

NSF støtter forslag 2. Vi legger vekt på at sykepleiere må være representert i alle utvalg.
Helseberedskap bør ha eget FSU. Vi mener digital samhandling må ivaretas i alle FSU.

Vennlig hilsen
NSF Trøndelag""",
{"respondent": "nsf", "answers": {1: 2, 2: 1, 3: 1}}),

("prose-13", "Fagforbundet Trøndelag <trondelag@fagforbundet.no>", "plain", "Høring",
"""Fagforbundet Trøndelag er opptatt av at de ansattes stemme blir hørt i samhandlingen.

Vi foretrekker færre utvalg, altså forslag 1.

Hilsen Fagforbundet Trøndelag""",
{"respondent": "fagforbundet", "answers": {1: 1}}),

("prose-14", "FO Trøndelag <trondelag@fo.no>", "flowed", "Høringssvar fra FO",
"""FO Trøndelag støtter forslag 2, men ber om at sosialfaglig kompetanse sikres i utvalget for psykisk helse og rus.

Vi har ingen merknader til de andre spørsmålene.

Med hilsen
FO Trøndelag""",
{"respondent": "fo", "answers": {1: 2}}),

("prose-15", "Psykologforeningen Trøndelag <trondelag@psykologforeningen.no>", "plain", "Innspill til høring",
"""Norsk Psykologforening Trøndelag er positiv til forslag 2, som gir et eget utvalg for psykisk helse.
Vi er negative til forslag 1 fordi psykisk helse da blir en del av et bredt utvalg der fagfeltet risikerer å drukne.

Med vennlig hilsen
Psykologforeningen""",
{"respondent": "psykologforeningen", "answers": {1: 2}}),

("prose-16", "Brukerutvalget <brukerutvalget@stolav.no>", "plain", "Høringssvar fra Brukerutvalget",
"""Brukerutvalget ved St. Olavs hospital har behandlet høringen i møte 22. mai.

Brukerutvalget støtter forslag 2. Det er viktig at brukerrepresentanter deltar i alle utvalg.
Helseberedskap: eget FSU.
Lederutvalg: Brukerutvalget støtter forslaget om lederutvalg, men ber om at brukerne er representert.

Med hilsen
Brukerutvalget""",
{"respondent": "brukerutvalg", "answers": {1: 2, 2: 1, 5: 1}}),

("prose-17", "Fagråd psykisk helse og rus <fagrad.psykiskhelse@helsefellesskapet.no>", "plain", "Innspill fra fagrådet",
"""Fagråd psykisk helse og rus anbefaler sterkt forslag 2. Et eget utvalg for psykisk helse og rus er nødvendig.

Fagrådet""",
{"respondent": "fagrad-psyk", "answers": {1: 2}}),

("prose-18", "Fagråd digital samhandling <fagrad.digital@helsefellesskapet.no>", "plain", "Høringssvar",
"""Fagråd digital samhandling har diskutert høringen.

Dersom fagrådet ikke videreføres som eget utvalg, mener vi at digital samhandling bør ivaretas i en
arbeidsgruppe underlagt ASU, ikke spredt i alle FSU. Når det gjelder struktur, støtter vi forslag 1.

Fagråd digital samhandling""",
{"respondent": "fagrad-digital", "answers": {1: 1, 3: 2}}),

("prose-19", "Fagråd akuttmedisinsk kjede <fagrad.akutt@helsefellesskapet.no>", "plain", "Svar på høring",
"""Fagråd akuttmedisinsk kjede og helseberedskap mener helseberedskap må ha et eget faglig samarbeidsutvalg.
En arbeidsgruppe under ASU vil ikke ha tilstrekkelig tyngde.

Vi støtter forslag 2.

Hilsen fagrådet""",
{"respondent": "fagrad-akutt", "answers": {1: 2, 2: 1}}),

("prose-20", "Fagråd barn og unge <fagrad.barnogunge@helsefellesskapet.no>", "alt", "Høringssvar – fagråd barn og unge",
"""Fagråd barn og unge støtter forslag 2, forutsatt at barn og unge får et eget utvalg.

Fagrådet støtter at de nasjonale begrepene tas i bruk.

Med hilsen
Fagråd barn og unge""",
{"respondent": "fagrad-barn", "answers": {1: 2, 4: 1}}),

("prose-21", "Fagråd for legesamarbeid <fagrad.legesamarbeid@helsefellesskapet.no>", "plain", "Høring",
"""Fagråd for legesamarbeid har ingen merknader til høringen.

Hilsen fagrådet""",
{"respondent": "fagrad-lege", "answers": {}}),

("prose-22", "Fagråd pasientsamarbeid <fagrad.pasientsamarbeid@helsefellesskapet.no>", "plain", "Høringssvar",
"""Fagråd pasientsamarbeid mener forslag 1 og forslag 2 begge har sterke sider. Etter en samlet vurdering
landet fagrådet på forslag 1.

Fagråd pasientsamarbeid""",
{"respondent": "fagrad-pasientsamarbeid", "answers": {1: 1}}),

("prose-23", "Fagråd LMHR <fagrad.lmhr@helsefellesskapet.no>", "plain", "Høringssvar",
"""Fagråd læring og mestring, habilitering og rehabilitering går inn for forslag 2.

Fagrådet støtter ikke at det opprettes et lederutvalg.

Med hilsen
Fagråd LMHR""",
{"respondent": "fagrad-lmhr", "answers": {1: 2, 5: 2}}),

# --- ordinals, descriptions, aliases --------------------------------------------------------------------------------
("alias-01", "Rennebu kommune <postmottak@rennebu.kommune.no>", "plain", "Høringssvar",
"""Rennebu kommune har vurdert de to forslagene til struktur: færre og bredere utvalg, eller flere utvalg
inndelt etter pasientgrupper. Kommunen støtter sistnevnte.

Vennlig hilsen
Rennebu kommune""",
{"respondent": "rennebu", "answers": {1: 2}}),

("alias-02", "Åfjord kommune <postmottak@afjord.kommune.no>", "plain", "Høringssvar",
"""Åfjord kommune går inn for modellen med færre utvalg.

Med hilsen
Åfjord kommune""",
{"respondent": "afjord", "answers": {1: 1}}),

("alias-03", "Ørland kommune <postmottak@orland.kommune.no>", "plain", "Høringssvar fra Ørland",
"""Av de to forslagene foretrekker Ørland kommune det førstnevnte, med færre og bredere FSU.

Ørland kommune""",
{"respondent": "orland", "answers": {1: 1}}),

("alias-04", "Frøya kommune <postmottak@froya.kommune.no>", "plain", "Innspill",
"""Frøya kommune ønsker en struktur med flere FSU inndelt etter pasientgrupper.

Helseberedskap bør ivaretas i en arbeidsgruppe.

Frøya kommune""",
{"respondent": "froya", "answers": {1: 2, 2: 2}}),

("alias-05", "Malvik kommune <postmottak@malvik.kommune.no>", "plain", "Høringssvar",
"""Malvik kommune er enig i at det er behov for flere utvalg enn i dag, og støtter forslag 2.

Malvik kommune""",
{"respondent": "malvik", "answers": {1: 2}}),

# --- negation, conditions, hedges, ranking -------------------------------------------------------------------------
("neg-01", "Skaun kommune <postmottak@skaun.kommune.no>", "plain", "Høringssvar",
"""Skaun kommune kan ikke støtte forslag 2. Kommunen går inn for forslag 1.

Skaun kommune""",
{"respondent": "skaun", "answers": {1: 1}}),

("neg-02", "Melhus kommune <postmottak@melhus.kommune.no>", "plain", "Høringssvar",
"""Melhus kommune er ikke enig i at helseberedskap skal ligge i en arbeidsgruppe. Helseberedskap bør ha eget FSU.
Vi støtter forslag 2.

Melhus kommune""",
{"respondent": "melhus", "answers": {1: 2, 2: 1}}),

("neg-03", "Tydal kommune <postmottak@tydal.kommune.no>", "plain", "Høring",
"""Tydal kommune støtter ikke at de nasjonale begrepene tas i bruk på alle nivå, da de lokale navnene er godt innarbeidet.
Når det gjelder struktur, støtter vi forslag 1.

Tydal kommune""",
{"respondent": "tydal", "answers": {1: 1, 4: 2}}),

("neg-04", "Heim kommune <post@heim.kommune.no>", "plain", "Høringssvar",
"""Heim kommune går ikke inn for forslag 1. Vi støtter forslag 2.

Heim kommune""",
{"respondent": "heim", "answers": {1: 2}}),

("cond-01", "Oppdal kommune <postmottak@oppdal.kommune.no>", "plain", "Høringssvar",
"""Oppdal kommune kan støtte forslag 2 under forutsetning av at møtene kan gjennomføres digitalt.

Oppdal kommune""",
{"respondent": "oppdal", "answers": {1: 2}}),

("cond-02", "Rindal kommune <postmottak@rindal.kommune.no>", "plain", "Høringssvar",
"""Rindal kommune støtter forslag 1 dersom sekretariatet får styrket kapasitet.

Rindal kommune""",
{"respondent": "rindal", "answers": {1: 1}}),

("hedge-01", "Selbu kommune <postmottak@selbu.kommune.no>", "plain", "Høringssvar",
"""Selbu kommune heller mot forslag 2, men ser at forslag 1 har fordeler for små kommuner.

Selbu kommune""",
{"respondent": "selbu", "answers": {1: 2}}),

("rank-01", "Holtålen kommune <postmottak@holtalen.kommune.no>", "plain", "Høringssvar",
"""Holtålen kommune støtter primært forslag 1, subsidiært forslag 2.

Holtålen kommune""",
{"respondent": "holtalen", "answers": {1: 1}}),

("rank-02", "Osen kommune <postmottak@osen.kommune.no>", "plain", "Høringssvar",
"""Osen kommune går primært inn for forslag 2. Subsidiært kan vi leve med forslag 1.

Osen kommune""",
{"respondent": "osen", "answers": {1: 2}}),

# --- joins ------------------------------------------------------------------------------------------------------------
("join-01", "Orkland kommune <postmottak@orkland.kommune.no>", "plain", "Høringssvar",
"""Orkland kommune slutter seg til Trondheim kommunes høringssvar.

Med hilsen
Orkland kommune""",
{"respondent": "orkland", "answers": {}, "inherits": "trondheim"}),

("join-02", "Midtre Gauldal kommune <postmottak@mgk.no>", "plain", "Høringssvar",
"""Midtre Gauldal kommune slutter seg til KS' høringssvar.

Med hilsen
Midtre Gauldal kommune""",
{"respondent": "midtre-gauldal", "answers": {}, "inherits": "ks"}),

("join-03", "Rennebu kommune <postmottak@rennebu.kommune.no>", "plain", "Høringssvar",
"""Rennebu kommune stiller seg bak høringssvaret fra St. Olavs hospital.

Rennebu kommune""",
{"respondent": "rennebu", "answers": {}, "inherits": "st-olavs"}),

# --- nynorsk -----------------------------------------------------------------------------------------------------------
("nn-01", "Åfjord kommune <postmottak@afjord.kommune.no>", "plain", "Høyringssvar frå Åfjord kommune",
"""Åfjord kommune har følgjande svar på høyringa:

1. Åfjord kommune går inn for framlegg 1.
2. Helseberedskap bør takast vare på i eit eige fagleg samarbeidsutval.
3. Digital samhandling bør takast vare på i alle FSU.
4. Ja.
5. Nei.

Med helsing
Åfjord kommune""",
{"respondent": "afjord", "answers": {1: 1, 2: 1, 3: 1, 4: 1, 5: 2}}),

("nn-02", "Ørland kommune <postmottak@orland.kommune.no>", "qp-latin1", "Høyring FSU",
"""Ørland kommune støttar framlegg 2 med fleire FSU.

Kommunen meiner at helseberedskap kan takast vare på i ei arbeidsgruppe under ASU.

Helsing
Ørland kommune""",
{"respondent": "orland", "answers": {1: 2, 2: 2}}),

("nn-03", "Osen kommune <postmottak@osen.kommune.no>", "plain", "Høyringssvar",
"""Osen kommune støttar ikkje framlegg 2. Vi meiner færre og breiare utval er betre for små kommunar, og
går difor inn for framlegg 1.

Vi støttar at dei nasjonale omgrepa vert tekne i bruk.

Med helsing
Osen kommune""",
{"respondent": "osen", "answers": {1: 1, 4: 1}}),

("nn-04", "Indre Fosen kommune <postmottak@indrefosen.kommune.no>", "flowed", "Høyringssvar",
"""Indre Fosen kommune har ingen merknader til høyringa.

Helsing
Indre Fosen kommune""",
{"respondent": "indre-fosen", "answers": {}}),

("nn-05", "Hitra kommune <postmottak@hitra.kommune.no>", "plain", "Svar på høyring",
"""Hitra kommune sluttar seg til høyringssvaret frå KS.

Helsing Hitra kommune""",
{"respondent": "hitra", "answers": {}, "inherits": "ks"}),

("nn-06", "Fagråd psykisk helse og rus <fagrad.psykiskhelse@helsefellesskapet.no>", "plain", "Høyringssvar",
"""Fagrådet for psykisk helse og rus går inn for framlegg 2, og meiner det er viktig med eit eige utval for fagfeltet.

Fagrådet støttar ikkje at det vert oppretta eit leiarutval.

Helsing fagrådet""",
{"respondent": "fagrad-psyk", "answers": {1: 2, 5: 2}}),

("nn-07", "Rennebu kommune <postmottak@rennebu.kommune.no>", "plain", "Høyringssvar",
"""Rennebu kommune sitt svar:
Spørsmål 1: Framlegg 2
Spørsmål 2: b
Spørsmål 3: a
Spørsmål 4: Ja
Spørsmål 5: Ja

Helsing Rennebu kommune""",
{"respondent": "rennebu", "answers": {1: 2, 2: 2, 3: 1, 4: 1, 5: 1}}),

# --- council resolutions ---------------------------------------------------------------------------------------------
("vedtak-01", "Postmottak Malvik <postmottak@malvik.kommune.no>", "plain", "Melding om vedtak – høring FSU",
"""Melding om politisk vedtak

Formannskapet i Malvik behandlet saken i møte 21.05.2024, sak 45/24, og fattet følgende vedtak:

1. Malvik kommune støtter forslag 2 til struktur for faglige samarbeidsutvalg.
2. Helseberedskap ivaretas i et eget faglig samarbeidsutvalg.
3. Digital samhandling ivaretas i alle FSU.
4. Malvik kommune støtter at de nasjonale begrepene tas i bruk.
5. Malvik kommune støtter opprettelse av lederutvalg.

Vedtaket var enstemmig.

Med hilsen
Servicetorget, Malvik kommune""",
{"respondent": "malvik", "answers": {1: 2, 2: 1, 3: 1, 4: 1, 5: 1}}),

("vedtak-02", "Røros kommune <postmottak@roros.kommune.no>", "plain", "Vedtak i kommunestyret – høringssvar FSU",
"""Kommunestyret i Røros vedtok 23.05.2024 i sak 38/24:

Røros kommune går inn for forslag 1, færre og bredere faglige samarbeidsutvalg.
Røros kommune mener helseberedskap bør ivaretas i en arbeidsgruppe underlagt ASU.

Rådmannens innstilling var forslag 2. Innstillingen falt mot 12 stemmer.

Røros kommune""",
{"respondent": "roros", "answers": {1: 1, 2: 2}}),

("vedtak-03", "Trondheim kommune <postmottak@trondheim.kommune.no>", "alt", "Bystyrets vedtak – høring FSU",
"""Bystyret i Trondheim behandlet saken 30.05.2024.

Vedtak:
Trondheim kommune støtter forslag 2. Helseberedskap skal ivaretas i en arbeidsgruppe underlagt ASU.
Digital samhandling skal ivaretas i alle FSU. Trondheim kommune støtter at det opprettes et lederutvalg.

Trondheim kommune""",
{"respondent": "trondheim", "answers": {1: 2, 2: 2, 3: 1, 5: 1}}),

("vedtak-04", "Skaun kommune <postmottak@skaun.kommune.no>", "plain", "Særutskrift – høring FSU",
"""SÆRUTSKRIFT
Saksnr. 2024/331 – Høring: struktur for faglige samarbeidsutvalg
Behandlet i Skaun kommunestyre 28.05.2024

Kommunedirektørens innstilling:
Skaun kommune støtter forslag 1.

Behandling:
Ap fremmet alternativt forslag: Skaun kommune støtter forslag 2.
Ved votering ble alternativt forslag vedtatt med 15 mot 10 stemmer.

Vedtak:
Skaun kommune støtter forslag 2.

Rett utskrift""",
{"respondent": "skaun", "answers": {1: 2}}),

# --- replies quoting the letter, forwards --------------------------------------------------------------------------
("reply-01", "Kari Moe <kari.moe@selbu.kommune.no>", "reply", "SV: Høring – forslag til ny struktur for faglige samarbeidsutvalg (FSU)",
"""Hei!

Selbu kommune støtter forslag 2.

Mvh Kari Moe""",
{"respondent": "selbu", "answers": {1: 2}}),

("reply-02", "Per Lien <per.lien@holtalen.kommune.no>", "reply", "SV: Høring – forslag til ny struktur for faglige samarbeidsutvalg (FSU)",
"""Holtålen kommune har ingen merknader.

Per Lien""",
{"respondent": "holtalen", "answers": {}}),

("reply-03", "Lise Aas <lise.aas@stolav.no>", "reply", "RE: Høring – forslag til ny struktur for faglige samarbeidsutvalg (FSU)",
"""Klinikk for psykisk helsevern ved St. Olavs hospital støtter forslag 2 og et eget FSU for helseberedskap.

Lise Aas""",
{"respondent": "st-olavs", "answers": {1: 2, 2: 1}}),

("reply-04", "Jon Berg <jon.berg@indrefosen.kommune.no>", "reply", "SV: Høring – forslag til ny struktur for faglige samarbeidsutvalg (FSU)",
"""Vi svarer:
1. Forslag 1
2. b
4. ja
5. ja

Jon Berg
Indre Fosen kommune""",
{"respondent": "indre-fosen", "answers": {1: 1, 2: 2, 4: 1, 5: 1}}),

("fwd-01", "Sekretariatet Helsefellesskapet <sekretaritat.helsefellesskapet@stolav.no>", "forward:Heim kommune <post@heim.kommune.no>", "VS: Høringssvar Heim",
"""Heim kommune støtter forslag 1.

Heim kommune""",
{"respondent": "heim", "answers": {1: 1}}),

("fwd-02", "Ola Normann <ola.normann@trondheim.kommune.no>", "forward:Fagråd barn og unge <fagrad.barnogunge@helsefellesskapet.no>", "VS: Innspill fra fagråd barn og unge",
"""Fagråd barn og unge støtter forslag 2.

Fagrådet""",
{"respondent": "fagrad-barn", "answers": {1: 2}}),

("fwd-03", "Sekretariatet Helsefellesskapet <sekretaritat.helsefellesskapet@stolav.no>", "forward:Rindal kommune <postmottak@rindal.kommune.no>", "Fwd: Svar høring",
"""Rindal kommune har ingen merknader til høringen.""",
{"respondent": "rindal", "answers": {}}),

# --- attachments -------------------------------------------------------------------------------------------------------
("doc-01", "Postmottak Melhus <postmottak@melhus.kommune.no>", "docx", "Høringssvar fra Melhus kommune",
"""Melhus kommune
Helsefellesskapet v/ sekretariatet

HØRINGSSVAR – STRUKTUR FOR FAGLIGE SAMARBEIDSUTVALG

Melhus kommune viser til høringsbrev av 15.04.2024.

1. Struktur
Melhus kommune støtter forslag 1.

2. Helseberedskap
Melhus kommune mener helseberedskap bør ivaretas i et eget faglig samarbeidsutvalg.

3. Digital samhandling
Bør ivaretas i alle FSU.

4. Nasjonale begreper
Melhus kommune støtter at de nasjonale begrepene tas i bruk.

5. Lederutvalg
Melhus kommune støtter ikke opprettelse av lederutvalg.

Med hilsen
Kommunedirektøren""",
{"respondent": "melhus", "answers": {1: 1, 2: 1, 3: 1, 4: 1, 5: 2}}),

("doc-02", "Postmottak <postmottak@trondheim.kommune.no>", "docx", "Høringssvar",
"""Trondheim kommune
Kommunedirektøren

Høringssvar – ny struktur for faglige samarbeidsutvalg

Trondheim kommune støtter forslag 2.
Helseberedskap: Trondheim kommune mener det bør være et eget FSU.
Digital samhandling: i alle FSU.
Nasjonale begreper: ja.
Lederutvalg: ja.

Med hilsen
Trondheim kommune""",
{"respondent": "trondheim", "answers": {1: 2, 2: 1, 3: 1, 4: 1, 5: 1}}),

("doc-03", "Arkiv <arkiv@afjord.kommune.no>", "odt", "Høyringssvar",
"""Åfjord kommune
Helse og omsorg

Høyringssvar – struktur for faglege samarbeidsutval

Åfjord kommune går inn for framlegg 2.
Helseberedskap: eige fagleg samarbeidsutval.
Digital samhandling: i alle FSU.
Nasjonale omgrep: ja.
Leiarutval: ja.

Med helsing
Åfjord kommune""",
{"respondent": "afjord", "answers": {1: 2, 2: 1, 3: 1, 4: 1, 5: 1}}),

("doc-04", "Servicetorget <post@froya.kommune.no>", "odt", "Høringssvar Frøya",
"""Frøya kommune

Høringssvar

Frøya kommune går inn for forslag 1, færre og bredere utvalg.
Helseberedskap bør ivaretas i en arbeidsgruppe underlagt ASU.
Digital samhandling bør ivaretas i en arbeidsgruppe underlagt ASU.

Frøya kommune""",
{"respondent": "froya", "answers": {1: 1, 2: 2, 3: 2}}),

("doc-05", "KS <trondelag@ks.no>", "pdf", "Høringssvar fra KS",
"""KS Trøndelag

Høringssvar – struktur for faglige samarbeidsutvalg

KS Trøndelag går inn for forslag 2.
KS mener helseberedskap bør ivaretas i et eget faglig samarbeidsutvalg.
KS støtter at det opprettes et lederutvalg.

Med hilsen
KS Trøndelag""",
{"respondent": "ks", "answers": {1: 2, 2: 1, 5: 1}}),

("doc-06", "Postmottak Oppdal <postmottak@oppdal.kommune.no>", "pdf", "Høringssvar",
"""Oppdal kommune
Helse og velferd

Høringssvar – faglige samarbeidsutvalg

1. Oppdal kommune støtter forslag 2.
2. Helseberedskap: arbeidsgruppe under ASU.
3. Digital samhandling: i alle FSU.
4. Ja.
5. Nei.

Oppdal kommune""",
{"respondent": "oppdal", "answers": {1: 2, 2: 2, 3: 1, 4: 1, 5: 2}}),

("doc-07", "Sentralbord <post@orland.kommune.no>", "docx", "Vedr. høring",
"""Ørland kommune
Kommunestyret

Vedtak i sak 22/24

Ørland kommune støtter forslag 1.
Ørland kommune støtter at de nasjonale begrepene tas i bruk.

Ørland kommune""",
{"respondent": "orland", "answers": {1: 1, 4: 1}}),

# --- unlisted senders --------------------------------------------------------------------------------------------------
("unl-01", "Kari Nordmann <kari.nordmann@gmail.com>", "flowed", "Innspill til høringen",
"""Hei. Jeg er pårørende og vil si at jeg støtter forslag 2. Psykisk helse trenger et eget utvalg.

Kari Nordmann""",
{"respondent": "~Kari Nordmann", "answers": {1: 2}}),

("unl-02", "Mental Helse Trøndelag <post@mentalhelse-trondelag.no>", "plain", "Høringsinnspill",
"""Mental Helse Trøndelag støtter forslag 2 og et eget FSU for psykisk helse og rus.

Med hilsen
Mental Helse Trøndelag""",
{"respondent": "~Mental Helse Trøndelag", "answers": {1: 2}}),

("unl-03", "Ola Hansen <ola.hansen@online.no>", "plain", "Høring FSU",
"""Jeg mener forslag 1 er best. Det er for mange møter allerede.

Hilsen Ola Hansen""",
{"respondent": "~Ola Hansen", "answers": {1: 1}}),

("unl-04", "Trøndelag fylkeskommune <postmottak@trondelagfylke.no>", "alt", "Høringssvar fra Trøndelag fylkeskommune",
"""Trøndelag fylkeskommune har ingen merknader til høringen.

Med hilsen
Trøndelag fylkeskommune""",
{"respondent": "~Trøndelag fylkeskommune", "answers": {}}),

# --- more varied bokmål ---------------------------------------------------------------------------------------------
("var-01", "Postmottak Tydal <postmottak@tydal.kommune.no>", "alt", "SV: Høringssvar",
"""Tydal kommune sitt svar på høring om ny FSU-struktur:

Tydal kommune ønsker forslag 1 med færre og bredere FSU. Kommunen har få ansatte og kan vanskelig stille
i mange utvalg.

Tydal kommune""",
{"respondent": "tydal", "answers": {1: 1}}),

("var-02", "Legeforeningen <trondelag@legeforeningen.no>", "plain", "Høringssvar",
"""Legeforeningen Trøndelag mener helseberedskap bør ivaretas i en arbeidsgruppe underlagt ASU.
Vi støtter bruk av nasjonale begreper.

Legeforeningen""",
{"respondent": "legeforeningen", "answers": {2: 2, 4: 1}}),

("var-03", "NSF Trøndelag <trondelag@nsf.no>", "plain", "Høringssvar",
"""Sykepleierforbundet i Trøndelag går inn for forslag 1. Færre og bredere utvalg gir bedre mulighet for
tverrfaglig arbeid.

NSF Trøndelag""",
{"respondent": "nsf", "answers": {1: 1}}),

("var-04", "Brukerutvalget <brukerutvalget@stolav.no>", "plain", "Høringssvar",
"""Brukerutvalget ved St. Olavs hospital har ingen merknader.

Brukerutvalget""",
{"respondent": "brukerutvalg", "answers": {}}),

("var-05", "St. Olavs hospital <postmottak@stolav.no>", "plain", "Høringssvar",
"""St. Olavs hospital støtter forslag 1.

Helseberedskap bør etter sykehusets syn ivaretas i et eget FSU.

St. Olavs hospital HF""",
{"respondent": "st-olavs", "answers": {1: 1, 2: 1}}),

("var-06", "Fagforbundet <trondelag@fagforbundet.no>", "plain", "Høringssvar",
"""Fagforbundet Trøndelag går imot forslag 1 og støtter forslag 2.

Fagforbundet""",
{"respondent": "fagforbundet", "answers": {1: 2}}),

("var-07", "Psykologforeningen <trondelag@psykologforeningen.no>", "plain", "Høring",
"""Psykologforeningen Trøndelag støtter forslag 2.
Vi mener lederutvalget er et godt tiltak og støtter det.

Psykologforeningen""",
{"respondent": "psykologforeningen", "answers": {1: 2, 5: 1}}),

("var-08", "FO Trøndelag <trondelag@fo.no>", "plain", "Høringssvar",
"""FO Trøndelag støtter at de nasjonale begrepene tas i bruk, og mener digital samhandling bør ivaretas i alle FSU.

FO""",
{"respondent": "fo", "answers": {3: 1, 4: 1}}),

("var-09", "Malvik kommune <postmottak@malvik.kommune.no>", "plain", "Høringssvar",
"""Malvik kommune har følgende innspill.

Vi mener at forslag 2 best ivaretar behovet for faglig dybde. Vi er likevel bekymret for møtebelastningen.

Malvik kommune""",
{"respondent": "malvik", "answers": {1: 2}}),

("var-10", "Orkland kommune <postmottak@orkland.kommune.no>", "plain", "Høringssvar",
"""Orkland kommune støtter forslag 1.

Orkland kommune""",
{"respondent": "orkland", "answers": {1: 1}}),

("var-11", "Indre Fosen kommune <postmottak@indrefosen.kommune.no>", "cp1252", "Høringssvar",
"""Indre Fosen kommune støtter forslag 2 om flere FSU.

Indre Fosen kommune""",
{"respondent": "indre-fosen", "answers": {1: 2}}),

("var-12", "Hitra kommune <postmottak@hitra.kommune.no>", "plain", "Høringssvar",
"""Hitra kommune mener forslag 2 er det beste, og at helseberedskap bør ha et eget FSU.

Hitra kommune""",
{"respondent": "hitra", "answers": {1: 2, 2: 1}}),

# --- not responses -----------------------------------------------------------------------------------------------------
("ar-01", "Kari Moe <kari.moe@selbu.kommune.no>", "plain", "Automatisk svar: Høring – forslag til ny struktur for faglige samarbeidsutvalg (FSU)",
"""Takk for e-posten. Jeg er på ferie og er tilbake 3. juni. Haster det, kontakt sentralbordet.""",
{"respondent": "selbu", "kind": "auto-reply", "answers": {}}),

("ar-02", "Per Lien <per.lien@holtalen.kommune.no>", "plain", "Fråverande: Høyring FSU",
"""Eg er ikkje på kontoret før 10. juni. Ved hastesaker kan du ringje sentralbordet.""",
{"respondent": "holtalen", "kind": "auto-reply", "answers": {}}),

("ar-03", "Lise Aas <lise.aas@stolav.no>", "plain", "Out of Office: Høring FSU",
"""I am out of the office until June 5th with limited access to e-mail.""",
{"respondent": "st-olavs", "kind": "auto-reply", "answers": {}}),

("bounce-01", "Mail Delivery System <MAILER-DAEMON@stolav.no>", "plain", "Undelivered Mail Returned to Sender",
"""This is the mail system at host smtp.stolav.no.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<postmottak@osen.kommune.no>: host mx.osen.kommune.no said: 550 5.1.1 User unknown""",
{"respondent": "osen", "kind": "bounce", "answers": {}}),

("q-01", "Siri Aune <siri.aune@malvik.kommune.no>", "plain", "Spørsmål om høringen",
"""Hei! Skal svaret sendes som vedlegg eller holder det med e-post? Og må det være politisk behandlet?

Siri""",
{"respondent": "malvik", "kind": "question", "answers": {}}),

("ext-01", "Heim kommune <post@heim.kommune.no>", "plain", "Høring FSU – utsatt frist",
"""Heim kommune ber om utsettelse av fristen til 15. juni, da saken skal behandles i kommunestyret 13. juni.

Heim kommune""",
{"respondent": "heim", "kind": "extension-request", "answers": {}}),

("other-01", "Nyhetsbrev Helse Midt <nyheter@helse-midt.example>", "plain", "Nyhetsbrev mai 2024",
"""Månedens nyheter fra Helse Midt-Norge. Les mer på nettsidene våre.

Meld deg av nyhetsbrevet her.""",
{"respondent": "~Nyhetsbrev Helse Midt", "kind": "other", "answers": {}}),
]

# Written after the first batch had been measured (97.6% on first reading) and the reader improved on its misses:
# a held-out batch, measured once before any change it prompted. Its first-reading figure is in the closing note.
HELD_OUT = [
("ho-01", "Postmottak Malvik <postmottak@malvik.kommune.no>", "plain", "Høringssvar",
"""Malvik kommune takker for høringen.

For spørsmål 1 velger vi forslag 2.
For spørsmål 2 velger vi alternativ b.
For spørsmål 3 velger vi alternativ a.
Ja til nasjonale begreper, nei til lederutvalg.

Malvik kommune""",
{"respondent": "malvik", "answers": {1: 2, 2: 2, 3: 1, 4: 1, 5: 2}}),

("ho-02", "Melhus kommune <postmottak@melhus.kommune.no>", "alt", "Høringssvar fra Melhus",
"""Melhus kommune anbefaler at helseberedskap organiseres som en arbeidsgruppe under ASU. Kommunen ser ikke at
et eget utvalg vil gi merverdi.

Melhus kommune er usikker på lederutvalget og tar ikke stilling til det.

Melhus kommune""",
{"respondent": "melhus", "answers": {2: 2}}),

("ho-03", "Skaun kommune <postmottak@skaun.kommune.no>", "plain", "Høring FSU",
"""Skaun kommune ser behov for et eget FSU for helseberedskap.

Skaun kommune""",
{"respondent": "skaun", "answers": {2: 1}}),

("ho-04", "Tydal kommune <postmottak@tydal.kommune.no>", "plain", "Høringssvar",
"""Begrepene: Tydal kommune støtter ikke dette.
Lederutvalg: Støttes.

Tydal kommune""",
{"respondent": "tydal", "answers": {4: 2, 5: 1}}),

("ho-05", "Osen kommune <postmottak@osen.kommune.no>", "plain", "Høyringssvar frå Osen",
"""Osen kommune tilrår framlegg 1.

Kommunen er samd i at dei nasjonale omgrepa vert tekne i bruk, men går imot eit leiarutval.

Helsing Osen kommune""",
{"respondent": "osen", "answers": {1: 1, 4: 1, 5: 2}}),

("ho-06", "Åfjord kommune <postmottak@afjord.kommune.no>", "flowed", "Høyring",
"""Åfjord kommune meiner helseberedskapen best kan takast vare på i eit eige utval, og at digital samhandling bør vere ein del av alle FSU.

Helsing
Åfjord kommune""",
{"respondent": "afjord", "answers": {2: 1, 3: 1}}),

("ho-07", "Roger Hansen <roger.hansen@gmail.com>", "plain", "Høringssvar Tydal",
"""Hei. Sender høringssvaret fra Tydal kommune herfra, da e-posten vår er nede.

Tydal kommune støtter forslag 1.

Roger Hansen
Kommunalsjef, Tydal kommune""",
{"respondent": "tydal", "answers": {1: 1}}),

("ho-08", "eDialog Trondheim <noreply@edialog.trondheim.kommune.no>", "docx", "Høringssvar 24/04512",
"""Trondheim kommune
Kommunedirektøren

Høringssvar – struktur for FSU

Trondheim kommune er positiv til forslag 2.
Trondheim kommune mener helseberedskap er best ivaretatt i et eget faglig samarbeidsutvalg.

Med hilsen
Trondheim kommune""",
{"respondent": "trondheim", "answers": {1: 2, 2: 1}}),

("ho-09", "Orkland kommune <postmottak@orkland.kommune.no>", "table", "Høringssvar Orkland",
"""Orkland kommune svarer i tabellen under.
|Spørsmål|Svar
|1. Struktur|Forslag 2
|2. Helseberedskap|a) Eget FSU
|3. Digital samhandling|b) Arbeidsgruppe under ASU
|4. Nasjonale begreper|Ja
|5. Lederutvalg|Ja
Orkland kommune""",
{"respondent": "orkland", "answers": {1: 2, 2: 1, 3: 2, 4: 1, 5: 1}}),

("ho-10", "Heim kommune <post@heim.kommune.no>", "plain", "SV: Høring",
"""Heim kommune støtter ikke opprettelse av et eget FSU for helseberedskap.

Heim kommune""",
{"respondent": "heim", "answers": {}}),

("ho-11", "Frøya kommune <postmottak@froya.kommune.no>", "plain", "Høringssvar",
"""Frøya kommune har drøftet forslagene med kommunens fastleger og tjenesteledere. Tilbakemeldingene var delte,
men et flertall ønsker forslag 2 fordi det gir tettere fagmiljøer.

Frøya kommune""",
{"respondent": "froya", "answers": {1: 2}}),

("ho-12", "Hitra kommune <postmottak@hitra.kommune.no>", "plain", "Høringssvar",
"""Hitra kommune viser til høringsbrevet. Vi har ingen merknader utover at vi støtter forslag 1.

Hitra kommune""",
{"respondent": "hitra", "answers": {1: 1}}),

("ho-13", "Rindal kommune <postmottak@rindal.kommune.no>", "alt", "Høringssvar",
"""Rindal kommune vil peke på at forslag 2 gir mange møter for små kommuner. Vi går derfor inn for forslag 1.

Rindal kommune""",
{"respondent": "rindal", "answers": {1: 1}}),

("ho-14", "Oppdal kommune <postmottak@oppdal.kommune.no>", "plain", "Høring",
"""Oppdal kommune støtter forslag 2 framfor forslag 1.

Oppdal kommune""",
{"respondent": "oppdal", "answers": {1: 2}}),

("ho-15", "Rennebu kommune <postmottak@rennebu.kommune.no>", "plain", "Høring",
"""Rennebu kommune foretrekker forslag 1 fremfor forslag 2. Helseberedskap: eget utvalg.

Rennebu kommune""",
{"respondent": "rennebu", "answers": {1: 1, 2: 1}}),

("ho-16", "Røros kommune <postmottak@roros.kommune.no>", "plain", "Høringssvar",
"""Røros kommune har ingen innvendinger mot forslag 2.

Røros kommune""",
{"respondent": "roros", "answers": {1: 2}}),

("ho-17", "Selbu kommune <postmottak@selbu.kommune.no>", "html", "Høringssvar",
"""Selbu kommune

1. Vi går inn for forslag 2.
2. Vi går inn for at helseberedskap ivaretas i et eget faglig samarbeidsutvalg.
3. Vi har ingen formening om dette.
4. Vi støtter dette.
5. Vi støtter ikke dette.

Med hilsen
Selbu kommune""",
{"respondent": "selbu", "answers": {1: 2, 2: 1, 4: 1, 5: 2}}),

("ho-18", "Holtålen kommune <postmottak@holtalen.kommune.no>", "qp-latin1", "Høringssvar",
"""Holtålen kommune er enig i forslag 1.

Holtålen kommune""",
{"respondent": "holtalen", "answers": {1: 1}}),

("ho-19", "Midtre Gauldal kommune <postmottak@mgk.no>", "plain", "Høringssvar",
"""Midtre Gauldal kommune støtter hovedsakelig forslag 2, men ønsker at helseberedskap legges til en arbeidsgruppe under ASU.

Midtre Gauldal kommune""",
{"respondent": "midtre-gauldal", "answers": {1: 2, 2: 2}}),

("ho-20", "Ørland kommune <postmottak@orland.kommune.no>", "odt", "Høyringssvar",
"""Ørland kommune

Høyringssvar

1. Struktur
Ørland kommune går inn for framlegg 2.
2. Helseberedskap
Kommunen meiner dette bør vere ei arbeidsgruppe under ASU.
3. Digital samhandling
I alle FSU.
4. Nasjonale omgrep
Ja.
5. Leiarutval
Nei.

Ørland kommune""",
{"respondent": "orland", "answers": {1: 2, 2: 2, 3: 1, 4: 1, 5: 2}}),

("ho-21", "Indre Fosen kommune <postmottak@indrefosen.kommune.no>", "plain", "Høringssvar",
"""Indre Fosen kommune slutter seg til høringssvaret fra Trondheim kommune, med unntak av spørsmål 5, der vi ikke støtter et lederutvalg.

Indre Fosen kommune""",
{"respondent": "indre-fosen", "answers": {5: 2}, "inherits": "trondheim"}),

("ho-22", "St. Olavs hospital <postmottak@stolav.no>", "pdf", "Høringssvar St. Olavs hospital",
"""St. Olavs hospital HF

Høringssvar – struktur for faglige samarbeidsutvalg

Sykehuset støtter forslag 1 med færre og bredere utvalg.
Helseberedskap bør ivaretas i en arbeidsgruppe underlagt ASU.
Digital samhandling bør ivaretas i alle FSU.
St. Olavs hospital støtter at de nasjonale begrepene tas i bruk.
St. Olavs hospital støtter opprettelse av et lederutvalg.

Med vennlig hilsen
St. Olavs hospital HF""",
{"respondent": "st-olavs", "answers": {1: 1, 2: 2, 3: 1, 4: 1, 5: 1}}),

("ho-23", "KS Trøndelag <trondelag@ks.no>", "plain", "Høring",
"""KS Trøndelag mener forslag 2 best ivaretar kommunenes behov. Samtidig er KS bekymret for møtebelastningen.

KS Trøndelag""",
{"respondent": "ks", "answers": {1: 2}}),

("ho-24", "Legeforeningen <trondelag@legeforeningen.no>", "plain", "Høringssvar",
"""Legeforeningen støtter forslag 2, med eget FSU for helseberedskap og digital samhandling i alle FSU.

Legeforeningen Trøndelag""",
{"respondent": "legeforeningen", "answers": {1: 2, 2: 1, 3: 1}}),

("ho-25", "NSF Trøndelag <trondelag@nsf.no>", "flowed", "Innspill fra NSF",
"""NSF har ingen innvendinger mot de nasjonale begrepene. Vi er skeptiske til et lederutvalg.

NSF Trøndelag""",
{"respondent": "nsf", "answers": {4: 1, 5: 2}}),

("ho-26", "Fagforbundet Trøndelag <trondelag@fagforbundet.no>", "plain", "Høringssvar",
"""Fagforbundet Trøndelag mener forslag 1 er uheldig for de ansatte i kommunene, og går inn for forslag 2.

Fagforbundet""",
{"respondent": "fagforbundet", "answers": {1: 2}}),

("ho-27", "FO Trøndelag <trondelag@fo.no>", "plain", "Høringssvar",
"""FO Trøndelag er enig i at lederutvalg opprettes.

FO""",
{"respondent": "fo", "answers": {5: 1}}),

("ho-28", "Psykologforeningen <trondelag@psykologforeningen.no>", "plain", "Høringssvar",
"""Psykologforeningen Trøndelag går inn for forslag 2 dersom psykisk helse og rus får eget utvalg.

Psykologforeningen""",
{"respondent": "psykologforeningen", "answers": {1: 2}}),

("ho-29", "Brukerutvalget <brukerutvalget@stolav.no>", "plain", "Høringssvar",
"""Brukerutvalet ved St. Olavs hospital støttar framlegg 2.

Brukerutvalget""",
{"respondent": "brukerutvalg", "answers": {1: 2}}),

("ho-30", "Fagråd barn og unge <fagrad.barnogunge@helsefellesskapet.no>", "plain", "Høringssvar",
"""Fagrådet mener digital samhandling ikke bør spres i alle FSU, men samles i en arbeidsgruppe under ASU.

Fagråd barn og unge""",
{"respondent": "fagrad-barn", "answers": {3: 2}}),

("ho-31", "Fagråd akuttmedisinsk kjede <fagrad.akutt@helsefellesskapet.no>", "plain", "Høringssvar",
"""Fagrådet går sterkt imot at helseberedskap legges til en arbeidsgruppe.

Fagrådet""",
{"respondent": "fagrad-akutt", "answers": {}}),

("ho-32", "Trondheim kommune <postmottak@trondheim.kommune.no>", "plain", "Høringssvar",
"""Trondheim kommune støtter forslag 2. Kommunen ber om at sammensetningen av utvalgene vurderes på nytt etter to år.

Trondheim kommune""",
{"respondent": "trondheim", "answers": {1: 2}}),

("ho-33", "Malvik kommune <postmottak@malvik.kommune.no>", "reply", "SV: Høring – forslag til ny struktur for faglige samarbeidsutvalg (FSU)",
"""1. forslag 1
2. a
3. a
4. ja
5. nei

Malvik kommune""",
{"respondent": "malvik", "answers": {1: 1, 2: 1, 3: 1, 4: 1, 5: 2}}),

("ho-34", "Skaun kommune <postmottak@skaun.kommune.no>", "plain", "Høringssvar",
"""Kommunestyret i Skaun vedtok i møte 29.05.2024, sak 41/24:
«Skaun kommune går inn for forslag 1 til struktur for faglige samarbeidsutvalg. Skaun kommune støtter ikke opprettelse av lederutvalg.»

Skaun kommune""",
{"respondent": "skaun", "answers": {1: 1, 5: 2}}),

("ho-35", "Melhus kommune <postmottak@melhus.kommune.no>", "cp1252", "Høringssvar",
"""Melhus kommune: Ja til nasjonale begreper. Nei til lederutvalg.

Melhus kommune""",
{"respondent": "melhus", "answers": {4: 1, 5: 2}}),

("ho-36", "Orkland kommune <postmottak@orkland.kommune.no>", "plain", "Høringssvar",
"""Orkland kommune mener begge forslagene er gjennomførbare, men anbefaler forslag 1.

Orkland kommune""",
{"respondent": "orkland", "answers": {1: 1}}),

("ho-37", "Heim kommune <post@heim.kommune.no>", "plain", "Høringssvar",
"""Heim kommune vil ikke gå imot forslag 2.

Heim kommune""",
{"respondent": "heim", "answers": {1: 2}}),

("ho-38", "Rennebu kommune <postmottak@rennebu.kommune.no>", "plain", "Høyringssvar",
"""Rennebu kommune meiner framlegg 1 er det beste alternativet.

Rennebu kommune""",
{"respondent": "rennebu", "answers": {1: 1}}),

("ho-39", "Frøya kommune <postmottak@froya.kommune.no>", "plain", "Høringssvar",
"""Frøya kommune ønsker ikke forslag 1.

Frøya kommune""",
{"respondent": "froya", "answers": {}}),

("ho-40", "Osen kommune <postmottak@osen.kommune.no>", "plain", "Høringssvar",
"""Osen kommune går inn for forslag 2, og ber om at helseberedskap får et eget faglig samarbeidsutvalg. Digital samhandling bør ligge i en arbeidsgruppe under ASU.

Osen kommune""",
{"respondent": "osen", "answers": {1: 2, 2: 1, 3: 2}}),
]

# A second held-out batch, written after the first held-out batch was measured and the reader improved on it.
HELD_OUT_2 = [
("h2-01", "Malvik kommune <postmottak@malvik.kommune.no>", "docx", "Høringssvar",
"""Malvik kommune

Høringssvar – struktur for faglige samarbeidsutvalg

Bakgrunn
Helsefellesskapet har sendt på høring to forslag. Forslag 1 innebærer færre og bredere utvalg. Forslag 2 innebærer flere utvalg inndelt etter pasientgrupper. Begge forslagene viderefører partnerskapsmøtet og SSU.

Vurdering
Kommunen har i dag fire representanter i ulike utvalg. Med forslag 2 vil behovet øke.

Konklusjon
Malvik kommune anbefaler forslag 1.

Med hilsen
Malvik kommune""",
{"respondent": "malvik", "answers": {1: 1}}),

("h2-02", "Skaun kommune <postmottak@skaun.kommune.no>", "plain", "Re: Høring FSU",
"""Hvilket forslag støtter dere? Forslag 2.
Helseberedskap? Eget FSU.

Skaun kommune""",
{"respondent": "skaun", "answers": {1: 2, 2: 1}}),

("h2-03", "Sekretariatet Helsefellesskapet <sekretaritat.helsefellesskapet@stolav.no>", "gmailfwd:Melhus kommune <postmottak@melhus.kommune.no>", "Fwd: Høringssvar",
"""Melhus kommune vil anbefale forslag 2.

Melhus kommune""",
{"respondent": "melhus", "answers": {1: 2}}),

("h2-04", "Heim kommune <post@heim.kommune.no>", "plain", "Høringssvar",
"""Forslag 2 støttes. Forslag 1 anbefales ikke.

Heim kommune""",
{"respondent": "heim", "answers": {1: 2}}),

("h2-05", "Frøya kommune <postmottak@froya.kommune.no>", "plain", "Høringssvar",
"""Frøya kommune støtter forslaget om et eget FSU for helseberedskap.

Frøya kommune""",
{"respondent": "froya", "answers": {2: 1}}),

("h2-06", "Hitra kommune <postmottak@hitra.kommune.no>", "plain", "Høringssvar",
"""Svar frå Hitra kommune: 1) framlegg 2  2) a  3) a  4) ja  5) ja

Hitra kommune""",
{"respondent": "hitra", "answers": {1: 2, 2: 1, 3: 1, 4: 1, 5: 1}}),

("h2-07", "Orkland kommune <postmottak@orkland.kommune.no>", "plain", "HØRINGSSVAR",
"""ORKLAND KOMMUNE STØTTER FORSLAG 2.

Orkland kommune""",
{"respondent": "orkland", "answers": {1: 2}}),

("h2-08", "Rindal kommune <postmottak@rindal.kommune.no>", "plain", "Høringssvar",
"""Rindal kommune går inn for forslag nr. 1.

Rindal kommune""",
{"respondent": "rindal", "answers": {1: 1}}),

("h2-09", "Oppdal kommune <postmottak@oppdal.kommune.no>", "pdf", "Melding om vedtak",
"""Oppdal kommune
Saksprotokoll

Utvalg: Formannskapet
Møtedato: 27.05.2024
Sak: 52/24

Innstilling:
Oppdal kommune støtter forslag 1. Helseberedskap ivaretas i en arbeidsgruppe underlagt ASU.

Behandling:
Sp fremmet forslag om at Oppdal kommune støtter forslag 2. Forslaget ble vedtatt 5 mot 4.

Vedtak:
Oppdal kommune støtter forslag 2. Helseberedskap ivaretas i en arbeidsgruppe underlagt ASU.""",
{"respondent": "oppdal", "answers": {1: 2, 2: 2}}),

("h2-10", "Selbu kommune <postmottak@selbu.kommune.no>", "plain", "Høringssvar",
"""Selbu kommune ønsker ikke et lederutvalg. Det er positivt med felles nasjonale begreper.

Selbu kommune""",
{"respondent": "selbu", "answers": {4: 1, 5: 2}}),

("h2-11", "Holtålen kommune <postmottak@holtalen.kommune.no>", "plain", "Høringssvar",
"""Holtålen kommune mener et lederutvalg er unødvendig.

Holtålen kommune""",
{"respondent": "holtalen", "answers": {5: 2}}),

("h2-12", "Osen kommune <postmottak@osen.kommune.no>", "plain", "Høyringssvar",
"""Osen kommune sluttar seg til framlegg 2.

Vi er ikkje samde i at det skal opprettast eit leiarutval.

Osen kommune""",
{"respondent": "osen", "answers": {1: 2, 5: 2}}),

("h2-13", "Røros kommune <postmottak@roros.kommune.no>", "plain", "Høringssvar",
"""Røros kommune støtter ikke forslag 1 og heller ikke forslag 2. Vi ber om at saken utredes på nytt.

Røros kommune""",
{"respondent": "roros", "answers": {}}),

("h2-14", "Tydal kommune <postmottak@tydal.kommune.no>", "plain", "Høringssvar",
"""Både kommunedirektøren og formannskapet i Tydal anbefaler forslag 2.

Tydal kommune""",
{"respondent": "tydal", "answers": {1: 2}}),

("h2-15", "Ørland kommune <postmottak@orland.kommune.no>", "plain", "Høringssvar",
"""Ørland kommune mener det er en god idé med felles begreper på alle nivå, og går inn for forslag 1.

Ørland kommune""",
{"respondent": "orland", "answers": {1: 1, 4: 1}}),

("h2-16", "Indre Fosen kommune <postmottak@indrefosen.kommune.no>", "reply-chain:Åfjord kommune støtter forslag 1, eget FSU for helseberedskap og et lederutvalg.", "SV: Høringssvar Åfjord",
"""Indre Fosen kommune er enig med Åfjord når det gjelder helseberedskap, men støtter forslag 2.

Indre Fosen kommune""",
{"respondent": "indre-fosen", "answers": {1: 2}}),

("h2-17", "Midtre Gauldal kommune <postmottak@mgk.no>", "plain", "Høringssvar",
"""Midtre Gauldal kommune vurderer at forslag 2 vil gi for mange møter for en liten kommune, og at forslag 1 gir et mer robust samarbeid. Kommunen støtter derfor forslag 1.

Midtre Gauldal kommune""",
{"respondent": "midtre-gauldal", "answers": {1: 1}}),

("h2-18", "St. Olavs hospital <postmottak@stolav.no>", "alt", "Høringssvar",
"""St. Olavs hospital har følgende kommentarer til spørsmålene:

Til spørsmål 1: Sykehuset går inn for forslag 2.
Til spørsmål 2: Sykehuset ønsker en arbeidsgruppe underlagt ASU.
Til spørsmål 3: Sykehuset ønsker at digital samhandling ivaretas i alle FSU.
Til spørsmål 4: Sykehuset har ingen merknader.
Til spørsmål 5: Sykehuset støtter forslaget.

St. Olavs hospital HF""",
{"respondent": "st-olavs", "answers": {1: 2, 2: 2, 3: 1, 5: 1}}),

("h2-19", "Legeforeningen <trondelag@legeforeningen.no>", "flowed", "Høringssvar",
"""Legeforeningen mener forslag 2 er det klart beste.

Legeforeningen Trøndelag""",
{"respondent": "legeforeningen", "answers": {1: 2}}),

("h2-20", "KS Trøndelag <trondelag@ks.no>", "plain", "Høringssvar",
"""KS Trøndelag har ingen innvendinger mot at det opprettes et lederutvalg, men vil understreke at kommunene må være representert.

KS Trøndelag""",
{"respondent": "ks", "answers": {5: 1}}),

("h2-21", "Rennebu kommune <postmottak@rennebu.kommune.no>", "plain", "Høringssvar",
"""Rennebu kommune kan ikke se at det er behov for et lederutvalg, men støtter forslag 2.

Rennebu kommune""",
{"respondent": "rennebu", "answers": {1: 2, 5: 2}}),

("h2-22", "Åfjord kommune <postmottak@afjord.kommune.no>", "plain", "Høyringssvar",
"""Åfjord kommune går inn for alternativ b på spørsmål 2 og alternativ a på spørsmål 3.

Åfjord kommune""",
{"respondent": "afjord", "answers": {2: 2, 3: 1}}),

("h2-23", "NSF Trøndelag <trondelag@nsf.no>", "plain", "Høringssvar",
"""Sykepleierforbundet er bekymret for forslag 1, og støtter forslag 2.

NSF Trøndelag""",
{"respondent": "nsf", "answers": {1: 2}}),

("h2-24", "Fagforbundet <trondelag@fagforbundet.no>", "plain", "Høringssvar",
"""Fagforbundet Trøndelag går inn for forslag 1. Helseberedskap bør ikke være en arbeidsgruppe.

Fagforbundet""",
{"respondent": "fagforbundet", "answers": {1: 1}}),

("h2-25", "Brukerutvalget <brukerutvalget@stolav.no>", "plain", "Høringssvar",
"""Brukerutvalget går inn for forslag 2, og ber om at brukerrepresentanter får plass i lederutvalget dersom det blir opprettet.

Brukerutvalget""",
{"respondent": "brukerutvalg", "answers": {1: 2}}),
]

# A third held-out batch: longer letters, the questions copied with answers beneath, disclaimers and signatures.
HELD_OUT_3 = [
("h3-01", "Malvik kommune <postmottak@malvik.kommune.no>", "plain", "Høringssvar",
"""Hvilket av de to forslagene til struktur for faglige samarbeidsutvalg støtter dere?
Malvik kommune støtter forslag 2.

Skal helseberedskap ivaretas i a) et eget faglig samarbeidsutvalg, eller b) en arbeidsgruppe underlagt ASU?
b)

Dersom digital samhandling ikke videreføres som eget utvalg, skal den a) ivaretas i alle FSU, eller b) ivaretas i en arbeidsgruppe underlagt ASU?
a)

Støtter dere at de nasjonale begrepene (partnerskapsmøte, SSU og FSU) tas i bruk på alle nivå?
Ja.

Støtter dere at det opprettes et lederutvalg (AU og leder og nestleder i FSU) med fire møtepunkt i året?
Nei, vi mener AU er tilstrekkelig.

Malvik kommune""",
{"respondent": "malvik", "answers": {1: 2, 2: 2, 3: 1, 4: 1, 5: 2}}),

("h3-02", "Melhus kommune <postmottak@melhus.kommune.no>", "docx", "Høringssvar",
"""Melhus kommune
Kommunedirektøren

Deres ref.: 24/04512   Vår ref.: 2024/1188   Dato: 28.05.2024

Høringssvar – forslag til ny struktur for faglige samarbeidsutvalg

Vi viser til høringsbrev av 15. april 2024, der Helsefellesskapet ber om innspill til to forslag til ny struktur. Forslag 1 er færre og bredere utvalg, mens forslag 2 er flere utvalg inndelt etter pasientgrupper.

Melhus kommune har drøftet saken i kommunens ledergruppe og med fastlegene.

Kommunens vurdering
Kommunen ser verdien av faglig dybde, men legger avgjørende vekt på at kommunen må kunne stille med representanter i alle utvalg. Vi går derfor inn for forslag 1.

Helseberedskap
Vi mener helseberedskap bør ivaretas i et eget faglig samarbeidsutvalg.

Digital samhandling
Vi mener digital samhandling bør ivaretas i en arbeidsgruppe underlagt ASU.

Begreper og lederutvalg
Melhus kommune støtter at de nasjonale begrepene tas i bruk. Vi støtter også at det opprettes et lederutvalg.

Med hilsen

Kari Holm
kommunedirektør                    Ola Dahl
                                   kommunalsjef

Dokumentet er elektronisk godkjent og har derfor ingen signatur.""",
{"respondent": "melhus", "answers": {1: 1, 2: 1, 3: 2, 4: 1, 5: 1}}),

("h3-03", "Per Olsen <per.olsen@skaun.kommune.no>", "alt", "SV: Høring – forslag til ny struktur for faglige samarbeidsutvalg (FSU)",
"""Hei,

Se svar fra Skaun kommune under.

Per Olsen
Virksomhetsleder
Tlf. 72 85 00 00

Denne e-posten kan inneholde taushetsbelagt informasjon. Dersom du har mottatt den ved en feil, ber vi deg slette den.

Svar:
1. Forslag 1
2. Eget FSU
3. I alle FSU
4. Ja
5. Ja""",
{"respondent": "skaun", "answers": {1: 1, 2: 1, 3: 1, 4: 1, 5: 1}}),

("h3-04", "Heim kommune <post@heim.kommune.no>", "plain", "Høringssvar",
"""Heim kommune har følgende kommentarer:

Kommunen mener dagens ordning har fungert godt, men ser behovet for endring. Av de to forslagene er forslag 2 å foretrekke.

Med hilsen
Heim kommune""",
{"respondent": "heim", "answers": {1: 2}}),

("h3-05", "Frøya kommune <postmottak@froya.kommune.no>", "odt", "Høringssvar",
"""Frøya kommune

Høringssvar FSU-struktur

Spørsmål 1
Frøya kommune støtter forslag 1.

Spørsmål 2
Vi mener helseberedskap ikke trenger eget utvalg og bør ivaretas i en arbeidsgruppe underlagt ASU.

Spørsmål 3
Ingen merknad.

Spørsmål 4
Støttes.

Spørsmål 5
Støttes ikke.

Frøya kommune""",
{"respondent": "froya", "answers": {1: 1, 2: 2, 4: 1, 5: 2}}),

("h3-06", "Hitra kommune <postmottak@hitra.kommune.no>", "plain", "Høringssvar",
"""Hitra kommune har vurdert høringen og har kommet fram til at forslag 1 er det beste for kommunen.

Hitra kommune""",
{"respondent": "hitra", "answers": {1: 1}}),

("h3-07", "Orkland kommune <postmottak@orkland.kommune.no>", "plain", "Høringssvar",
"""Orkland kommune anbefaler at forslag 2 vedtas, og at helseberedskap organiseres i et eget FSU.

Orkland kommune""",
{"respondent": "orkland", "answers": {1: 2, 2: 1}}),

("h3-08", "Rindal kommune <postmottak@rindal.kommune.no>", "plain", "Høringssvar",
"""Rindal kommune kan ikke anbefale forslag 2.

Rindal kommune""",
{"respondent": "rindal", "answers": {}}),

("h3-09", "Oppdal kommune <postmottak@oppdal.kommune.no>", "plain", "Høringssvar",
"""Oppdal kommune velger å støtte forslag 1, men er åpen for å se på forslag 2 på sikt.

Oppdal kommune""",
{"respondent": "oppdal", "answers": {1: 1}}),

("h3-10", "Røros kommune <postmottak@roros.kommune.no>", "plain", "Høringssvar",
"""Røros kommune støtter ikke forslaget om lederutvalg, men støtter at de nasjonale begrepene tas i bruk.

Røros kommune""",
{"respondent": "roros", "answers": {4: 1, 5: 2}}),

("h3-11", "Selbu kommune <postmottak@selbu.kommune.no>", "plain", "Høringssvar",
"""Selbu kommune mener forslag 2 gir for mange møter. Vi støtter forslag 1.

Selbu kommune""",
{"respondent": "selbu", "answers": {1: 1}}),

("h3-12", "Tydal kommune <postmottak@tydal.kommune.no>", "plain", "Høyringssvar",
"""Tydal kommune meiner det er rett å ta i bruk dei nasjonale omgrepa, og støttar framlegg 2.

Tydal kommune""",
{"respondent": "tydal", "answers": {1: 2, 4: 1}}),

("h3-13", "Osen kommune <postmottak@osen.kommune.no>", "plain", "Høyringssvar",
"""Osen kommune har ingen merknader til spørsmål 1–4. Til spørsmål 5: Osen kommune støttar ikkje eit leiarutval.

Osen kommune""",
{"respondent": "osen", "answers": {5: 2}}),

("h3-14", "Åfjord kommune <postmottak@afjord.kommune.no>", "plain", "Høyringssvar",
"""Åfjord kommune vil ha eit eige fagleg samarbeidsutval for helseberedskap.

Åfjord kommune""",
{"respondent": "afjord", "answers": {2: 1}}),

("h3-15", "Ørland kommune <postmottak@orland.kommune.no>", "plain", "Høringssvar",
"""Ørland kommune er enig med Trondheim kommune i at forslag 2 er best.

Ørland kommune""",
{"respondent": "orland", "answers": {1: 2}}),

("h3-16", "Indre Fosen kommune <postmottak@indrefosen.kommune.no>", "plain", "Høringssvar",
"""Indre Fosen kommune støtter forslag 1. Dersom forslag 2 blir valgt, ber vi om at møtene kan holdes digitalt.

Indre Fosen kommune""",
{"respondent": "indre-fosen", "answers": {1: 1}}),

("h3-17", "St. Olavs hospital <postmottak@stolav.no>", "plain", "Høringssvar",
"""St. Olavs hospital HF anbefaler forslag 2. Lederutvalg anses ikke som nødvendig.

St. Olavs hospital""",
{"respondent": "st-olavs", "answers": {1: 2, 5: 2}}),

("h3-18", "KS Trøndelag <trondelag@ks.no>", "plain", "Høringssvar",
"""KS Trøndelag vil ikke anbefale et eget FSU for helseberedskap, men en arbeidsgruppe under ASU.

KS Trøndelag""",
{"respondent": "ks", "answers": {2: 2}}),

("h3-19", "Legeforeningen <trondelag@legeforeningen.no>", "plain", "Høringssvar",
"""Legeforeningen Trøndelag støtter forslag 2, forutsatt at fastlegene får plass i alle utvalg.

Legeforeningen""",
{"respondent": "legeforeningen", "answers": {1: 2}}),

("h3-20", "NSF Trøndelag <trondelag@nsf.no>", "plain", "Høringssvar",
"""NSF Trøndelag støtter forslag 2. Vi er også enige i at det opprettes et lederutvalg, og at digital samhandling ivaretas i alle FSU.

NSF Trøndelag""",
{"respondent": "nsf", "answers": {1: 2, 3: 1, 5: 1}}),
]

# A fourth held-out batch, in the ordinary style of a real round, written to measure whether the earlier changes
# carry over to text the reader has not seen.
HELD_OUT_4 = [
("h4-01", "Trondheim kommune <postmottak@trondheim.kommune.no>", "docx", "Høringssvar fra Trondheim kommune",
"""Trondheim kommune
Helse og velferd

Helsefellesskapet i St. Olavs hospitals opptaksområde
v/ sekretariatet

Vår dato: 29.05.2024  Vår referanse: 24/22871

Høringssvar – ny struktur for faglige samarbeidsutvalg (FSU)

Innledning
Trondheim kommune takker for muligheten til å gi innspill til arbeidet med ny struktur i Helsefellesskapet. Saken har vært behandlet i helse- og velferdskomiteen 28.05.2024.

Struktur
Trondheim kommune mener at en inndeling etter pasientgrupper gir den beste forankringen i fagmiljøene, og støtter forslag 2.

Helseberedskap
Pandemien viste at beredskap krever en fast arena. Kommunen ønsker et eget faglig samarbeidsutvalg for helseberedskap.

Digital samhandling
Digital samhandling er en del av alle fagområder og bør derfor ivaretas i alle FSU.

Nasjonale begreper
Kommunen støtter at de nasjonale begrepene tas i bruk.

Lederutvalg
Kommunen er usikker på behovet for et lederutvalg, og ber om at dette vurderes på nytt etter ett år.

Med hilsen
Trondheim kommune""",
{"respondent": "trondheim", "answers": {1: 2, 2: 1, 3: 1, 4: 1}}),

("h4-02", "Bjørn Eid <bjorn.eid@melhus.kommune.no>", "flowed", "Høring FSU",
"""Hei!

Melhus går for forslag 1. Ellers ingen kommentarer.

Bjørn Eid
Melhus kommune

Sendt fra Outlook for iOS""",
{"respondent": "melhus", "answers": {1: 1}}),

("h4-03", "Skaun kommune <postmottak@skaun.kommune.no>", "plain", "Høringssvar FSU",
"""Skaun kommune har følgende innspill:

Vi støtter forslag 2, men understreker at utvalgene må ha en tydelig kommunal representasjon. Helseberedskap ivaretas best i et eget FSU. Når det gjelder digital samhandling, mener vi en arbeidsgruppe under ASU er mest hensiktsmessig.

Vennlig hilsen
Skaun kommune""",
{"respondent": "skaun", "answers": {1: 2, 2: 1, 3: 2}}),

("h4-04", "Midtre Gauldal kommune <postmottak@mgk.no>", "alt", "SV: Høring – FSU",
"""Midtre Gauldal kommune støtter at det opprettes et lederutvalg med fire møter i året.

Vi har ingen merknader til de øvrige spørsmålene.

Hilsen
Midtre Gauldal kommune""",
{"respondent": "midtre-gauldal", "answers": {5: 1}}),

("h4-05", "Holtålen kommune <postmottak@holtalen.kommune.no>", "plain", "Høringssvar",
"""Holtålen kommune slutter seg til høringssvaret fra KS Trøndelag.

Holtålen kommune""",
{"respondent": "holtalen", "answers": {}, "inherits": "ks"}),

("h4-06", "Røros kommune <postmottak@roros.kommune.no>", "qp-latin1", "Høringssvar",
"""Røros kommune mener forslag 1 vil gi et mer oversiktlig system for en liten kommune, og går inn for dette.

Røros kommune""",
{"respondent": "roros", "answers": {1: 1}}),

("h4-07", "Selbu kommune <postmottak@selbu.kommune.no>", "plain", "Høringssvar",
"""1. Selbu kommune støtter forslag 2.
2. Eget faglig samarbeidsutvalg for helseberedskap.
3. Alle FSU.
4. Ja.
5. Ja.

Selbu kommune""",
{"respondent": "selbu", "answers": {1: 2, 2: 1, 3: 1, 4: 1, 5: 1}}),

("h4-08", "Tydal kommune <postmottak@tydal.kommune.no>", "plain", "Høringssvar",
"""Tydal kommune har behandlet høringen administrativt og går inn for forslag 1. Vi støtter også opprettelsen av et lederutvalg.

Tydal kommune""",
{"respondent": "tydal", "answers": {1: 1, 5: 1}}),

("h4-09", "Orkland kommune <postmottak@orkland.kommune.no>", "html", "Høringssvar",
"""Orkland kommune har ingen merknader til forslaget om nasjonale begreper, og støtter dette.

Orkland kommune""",
{"respondent": "orkland", "answers": {4: 1}}),

("h4-10", "Heim kommune <post@heim.kommune.no>", "plain", "Høringssvar",
"""Heim kommune støtter forslag 1. Helseberedskap og digital samhandling bør begge ivaretas i arbeidsgrupper underlagt ASU.

Heim kommune""",
{"respondent": "heim", "answers": {1: 1, 2: 2, 3: 2}}),

("h4-11", "Hitra kommune <postmottak@hitra.kommune.no>", "plain", "Høringssvar",
"""Hitra kommune støttar framlegg 1 og meiner helseberedskap bør ha eit eige utval.

Hitra kommune""",
{"respondent": "hitra", "answers": {1: 1, 2: 1}}),

("h4-12", "Frøya kommune <postmottak@froya.kommune.no>", "plain", "Høringssvar",
"""Frøya kommune ser at forslag 2 kan gi mer faglig dybde, men velger å støtte forslag 1 av hensyn til kapasitet.

Frøya kommune""",
{"respondent": "froya", "answers": {1: 1}}),

("h4-13", "Oppdal kommune <postmottak@oppdal.kommune.no>", "plain", "Høringssvar",
"""Oppdal kommune er positiv til forslaget om et lederutvalg, men ikke til at de nasjonale begrepene innføres på alle nivå.

Oppdal kommune""",
{"respondent": "oppdal", "answers": {4: 2, 5: 1}}),

("h4-14", "Rennebu kommune <postmottak@rennebu.kommune.no>", "odt", "Høyringssvar",
"""Rennebu kommune

Svar på høyring – struktur for FSU

Rennebu kommune går inn for framlegg 2. Kommunen meiner helseberedskap bør vere eit eige FSU, og at digital samhandling skal takast vare på i alle FSU. Vi støttar at dei nasjonale omgrepa vert tekne i bruk, og at det vert oppretta eit leiarutval.

Med helsing
Rennebu kommune""",
{"respondent": "rennebu", "answers": {1: 2, 2: 1, 3: 1, 4: 1, 5: 1}}),

("h4-15", "Ørland kommune <postmottak@orland.kommune.no>", "plain", "Høringssvar",
"""Ørland kommune anbefaler forslag 2.

Ørland kommune""",
{"respondent": "orland", "answers": {1: 2}}),

("h4-16", "St. Olavs hospital <postmottak@stolav.no>", "pdf", "Høringssvar",
"""St. Olavs hospital HF
Fagavdelingen

Høringssvar – struktur for faglige samarbeidsutvalg

St. Olavs hospital støtter forslag 2. Helseberedskap bør ivaretas i et eget FSU. Digital samhandling bør ivaretas i en arbeidsgruppe under ASU. Sykehuset støtter de nasjonale begrepene, men ikke opprettelsen av et lederutvalg.

Med vennlig hilsen
St. Olavs hospital HF""",
{"respondent": "st-olavs", "answers": {1: 2, 2: 1, 3: 2, 4: 1, 5: 2}}),

("h4-17", "Legeforeningen <trondelag@legeforeningen.no>", "plain", "Høringssvar",
"""Legeforeningen i Trøndelag har ingen merknader til høringen.

Legeforeningen""",
{"respondent": "legeforeningen", "answers": {}}),

("h4-18", "FO Trøndelag <trondelag@fo.no>", "plain", "Høringssvar",
"""FO Trøndelag foretrekker forslag 2 og et eget FSU for helseberedskap.

FO""",
{"respondent": "fo", "answers": {1: 2, 2: 1}}),

("h4-19", "Psykologforeningen <trondelag@psykologforeningen.no>", "plain", "Høringssvar",
"""Psykologforeningen støtter ikke forslag 1, og anbefaler forslag 2.

Psykologforeningen Trøndelag""",
{"respondent": "psykologforeningen", "answers": {1: 2}}),

("h4-20", "Fagråd psykisk helse og rus <fagrad.psykiskhelse@helsefellesskapet.no>", "plain", "Høringssvar",
"""Fagrådet støtter forslag 2 og ønsker at digital samhandling skal ivaretas i alle FSU.

Fagrådet""",
{"respondent": "fagrad-psyk", "answers": {1: 2, 3: 1}}),
]
