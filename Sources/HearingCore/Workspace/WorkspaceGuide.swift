/// The Norwegian guide written into every workspace, describing each file and every field of the definition.
enum WorkspaceGuide {
    static let text = """
        # Arbeidsområde for en høring

        Denne mappen hører til verktøyet `hearing`. Den inneholder:

        | fil | hva |
        |---|---|
        | `hearing.json` | høringsdefinisjonen: spørsmål, alternativer, frist og avsender. Kan rettes for hånd. |
        | `recipients.csv` | mottakerlisten (`id,name,kind,email`). Kan rettes i Excel eller en teksteditor \
        (lagres som CSV UTF-8). |
        | `store.sqlite` | lageret: de originale bytene i hver importerte e-post, utsendte e-poster og \
        sekretariatets rettelser, og det som er lest ut av dem (regnes ut på nytt når noe endres). \
        Rediger ikke for hånd. |
        | `maler/letter.md` | høringsbrevet som mal; feltene i doble klammer (`{{høring.frist}}`) fylles inn. \
        Rediger teksten fritt. |
        | `maler/email.txt`, `maler/reminder.txt` | e-posten som følger brevet og påminnelsen; første linje er emnet. |

        Alt annet (hvem som svarte, standpunkter, opptelling, rapporter) regnes ut på nytt fra disse filene.

        ## Feltene i hearing.json

        | felt | betydning |
        |---|---|
        | `id` | kort, fast navn på høringen, f.eks. `fsu-2024` |
        | `title` | tittelen på høringsbrevet |
        | `caseReference` | saksnummer («Vår ref»), f.eks. `24/04512`, eller `null` |
        | `sender.name` | sekretariatet som sender høringen |
        | `sender.organisation` | organisasjonen sekretariatet hører til (brevhode), eller `null` |
        | `sender.replyAddress` | e-postadressen høringssvarene sendes til |
        | `sender.contactPerson` | kontaktperson for spørsmål, eller `null` |
        | `sentDate` | datoen høringen ble sendt, `ÅÅÅÅ-MM-DD`, eller `null` |
        | `deadline` | høringsfristen, `ÅÅÅÅ-MM-DD`; svar er i tide til og med kl. 23.59.59 norsk tid denne dagen |
        | `meeting.body` | utvalget oppsummeringen legges fram for |
        | `meeting.date` | møtedatoen, `ÅÅÅÅ-MM-DD`, eller `null` |
        | `showPrivateNames` | `true` hvis svar fra privatpersoner kan vises med navn i rapporten |
        | `questions[].number` | spørsmålets nummer, 1, 2, 3 … i rekkefølge |
        | `questions[].id` | kort, fast navn på spørsmålet, f.eks. `struktur` |
        | `questions[].title` | kort tittel slik brevet bruker den, f.eks. «Struktur» |
        | `questions[].text` | spørsmålet slik det er stilt i brevet |
        | `questions[].kind` | `choice` (valg mellom alternativer), `yes-no` (ja/nei) eller `free` (fritt innspill) |
        | `questions[].keywords` | ord og uttrykk som viser at en setning handler om spørsmålet, f.eks. «beredskap» |
        | `questions[].alternatives[].number` | alternativets nummer, 1, 2 … |
        | `questions[].alternatives[].id` | kort, fast navn, f.eks. `forslag-2` |
        | `questions[].alternatives[].label` | navnet i rapporten, f.eks. «forslag 2» |
        | `questions[].alternatives[].aliases` | uttrykk et svar kan bruke om alternativet, f.eks. «flere FSU» |

        ## Feltene i recipients.csv

        `id` (kort, fast navn), `name` (instansens navn), `kind` (kommune, helseforetak, fagråd, brukerutvalg,
        organisasjon, fagforening …) og `email`: én eller flere adresser eller `@domene`-mønstre skilt med `;`. En
        valgfri kolonne `aliases` kan holde andre navn instansen bruker om seg selv, skilt med `;`.

        """
}
