import Testing

@testable import HearingCore

/// One sentence or answer block and the positions it expresses: question → alternative (and whether conditional).
struct PositionCase: CustomTestStringConvertible, Sendable {
    let text: String
    let expected: [Int: Int]
    var conditional: Set<Int> = []
    var testDescription: String { text.prefix(60) + (text.count > 60 ? "…" : "") }
}

@Suite("Reading positions")
struct PositionReaderTests {
    private let reader = PositionReader(hearing: Fixtures.example.hearing)

    static let cases: [PositionCase] = [
        // Structured answers.
        PositionCase(
            text:
                "1. Struktur: Forslag 2\n2. Helseberedskap: a\n3. Digital samhandling: b\n4. Begreper: Ja\n5. "
                + "Lederutvalg: Nei",
            expected: [1: 2, 2: 1, 3: 2, 4: 1, 5: 2]),
        PositionCase(
            text: "Spørsmål 1: forslag 1\nSpørsmål 2: b\nSpørsmål 3: a\nSpørsmål 4: nei\nSpørsmål 5: ja",
            expected: [1: 1, 2: 2, 3: 1, 4: 2, 5: 1]),
        PositionCase(text: "Struktur: forslag 2.\nHelseberedskap: arbeidsgruppe under ASU.", expected: [1: 2, 2: 2]),
        PositionCase(text: "Lederutvalg\n\nDet korte svaret er NEI.", expected: [5: 2]),
        // Prose with cues, negation and contrast.
        PositionCase(text: "Vi går inn for forslag 2.", expected: [1: 2]),
        PositionCase(text: "Kommunen går inn for forslag nummer to.", expected: [1: 2]),
        PositionCase(text: "Kommunen foretrekker det andre forslaget.", expected: [1: 2]),
        PositionCase(text: "Lederutvalg: Vi ser ikke behovet.", expected: [5: 2]),
        PositionCase(text: "Vi gir ikke vår tilslutning til et lederutvalg.", expected: [5: 2]),
        PositionCase(text: "Vi ser det som naturlig å ta i bruk nasjonale begreper.", expected: [4: 1]),
        PositionCase(text: "Malvik kommune støtter ikke forslag 1, men går inn for forslag 2.", expected: [1: 2]),
        PositionCase(text: "Kommunen støtter forslag 2 fremfor forslag 1.", expected: [1: 2]),
        PositionCase(text: "Vi kan ikke støtte forslag 1.", expected: [:]),
        PositionCase(text: "Kommunen foretrekker modellen med færre utvalg.", expected: [1: 1]),
        PositionCase(text: "Vi ønsker flere FSU inndelt etter pasientgrupper.", expected: [1: 2]),
        PositionCase(text: "Helseberedskap bør ivaretas i en arbeidsgruppe underlagt ASU.", expected: [2: 2]),
        PositionCase(text: "Digital samhandling bør ivaretas i alle FSU.", expected: [3: 1]),
        PositionCase(text: "Digital samhandling … bør derfor ivaretas i hvert enkelt FSU.", expected: [3: 1]),
        PositionCase(text: "Vi ser ikke behov for et lederutvalg.", expected: [5: 2]),
        PositionCase(text: "Kommunen støtter ikke at det opprettes et lederutvalg.", expected: [5: 2]),
        PositionCase(text: "Vi støtter at de nasjonale begrepene tas i bruk.", expected: [4: 1]),
        // Nynorsk.
        PositionCase(text: "Kommunen støttar forslag 2.", expected: [1: 2]),
        PositionCase(text: "Helseberedskap bør vere eit eige fagleg samarbeidsutval.", expected: [2: 1]),
        PositionCase(text: "Vi stør at dei nasjonale omgrepa vert tekne i bruk.", expected: [4: 1]),
        // Conditions are kept as a flag; ranked answers count the first choice.
        PositionCase(
            text: "KS støtter forslag 1, forutsatt at psykisk helse ivaretas i alle utvalgene.", expected: [1: 1],
            conditional: [1]),
        PositionCase(
            text: "Lederutvalg: Ja, forutsatt at det ikke får beslutningsmyndighet.", expected: [5: 1], conditional: [5]
        ),
        PositionCase(text: "Vi går primært inn for forslag 2, subsidiært forslag 1.", expected: [1: 2]),
        PositionCase(text: "Legeforeningen går primært inn for forslag 2, subsidiært forslag 1.", expected: [1: 2]),
        PositionCase(text: "Når det gjelder struktur, går kommunen inn for forslag 1.", expected: [1: 1]),
        // Quoted questions from the letter do not count.
        PositionCase(
            text: "Hvilket av de to forslagene til struktur for faglige samarbeidsutvalg støtter dere?", expected: [:]),
        PositionCase(
            text:
                "Skal helseberedskap ivaretas i a) et eget faglig samarbeidsutvalg, eller b) en arbeidsgruppe "
                + "underlagt ASU?",
            expected: [:]),
        // No remarks.
        PositionCase(text: "Hitra kommune har ingen merknader til høringen.", expected: [:]),
        // A topic label before a colon marks the question, numbered or not, in bokmål and nynorsk.
        PositionCase(text: "4. Nasjonale begreper: ja\n5. Lederutvalg: nei", expected: [4: 1, 5: 2]),
        PositionCase(text: "Nasjonale omgrep: ja.\nLeiarutval: ja.", expected: [4: 1, 5: 1]),
        // A negated cue carries over to the "men" clause; a negated evaluation opposes.
        PositionCase(
            text:
                "Helseberedskap bør etter vår mening ikke ligge i et eget utvalg, men i en arbeidsgruppe underlagt "
                + "ASU.",
            expected: [2: 2]),
        PositionCase(
            text:
                "Vi mener helseberedskap må ha et eget FSU. En arbeidsgruppe under ASU vil ikke ha tilstrekkelig "
                + "tyngde.",
            expected: [2: 1]),
        PositionCase(
            text:
                "Vi mener at det ikke er behov for et eget FSU for helseberedskap; en arbeidsgruppe under ASU er "
                + "tilstrekkelig.",
            expected: [2: 2]),
        PositionCase(
            text:
                "Kommunen stiller seg positiv til at de nasjonale begrepene tas i bruk, og til at det opprettes et "
                + "lederutvalg.",
            expected: [4: 1, 5: 1]),
        // Lead-ins before the question number; "ja til"/"nei til" each govern their own question.
        PositionCase(
            text: "For spørsmål 2 velger vi alternativ b.\nNår det gjelder spørsmål 3, velger vi alternativ a.",
            expected: [2: 2, 3: 1]),
        PositionCase(text: "Ja til nasjonale begreper, nei til lederutvalg.", expected: [4: 1, 5: 2]),
        PositionCase(
            text: "Kommunen er samd i at dei nasjonale omgrepa vert tekne i bruk, men går imot eit leiarutval.",
            expected: [4: 1, 5: 2]),
        PositionCase(
            text: "Vi slutter oss til forslaget, med unntak av spørsmål 5, der vi ikke støtter et lederutvalg.",
            expected: [5: 2]),
        // A table row, and a bare answer under the question's heading.
        PositionCase(text: "4. Nasjonale begreper\tJa", expected: [4: 1]),
        PositionCase(text: "5. Leiarutval\n\nNei.", expected: [5: 2]),
        // What the opinion says of the alternative decides; a negated clause hands its verb to the "men" clause.
        PositionCase(text: "Vi mener forslag 1 er uheldig for de ansatte, og går inn for forslag 2.", expected: [1: 2]),
        PositionCase(
            text:
                "Fagrådet mener digital samhandling ikke bør spres i alle FSU, men samles i en arbeidsgruppe under "
                + "ASU.",
            expected: [3: 2]),
        // A whole list on one line; a short question as the heading of its answer.
        PositionCase(
            text: "Svar frå Hitra kommune: 1) framlegg 2  2) a  3) a  4) ja  5) nei",
            expected: [1: 2, 2: 1, 3: 1, 4: 1, 5: 2]),
        PositionCase(text: "Helseberedskap? Eget FSU.", expected: [2: 1]),
        // Negation inside the cue, evaluations, worries and hypotheticals.
        PositionCase(text: "Vi er ikkje samde i at det skal opprettast eit leiarutval.", expected: [5: 2]),
        PositionCase(text: "Kommunen mener et lederutvalg er unødvendig.", expected: [5: 2]),
        PositionCase(text: "Det er positivt med felles nasjonale begreper.", expected: [4: 1]),
        PositionCase(text: "Sykepleierforbundet er bekymret for forslag 1, og støtter forslag 2.", expected: [1: 2]),
        PositionCase(
            text: "Vi kan ikke se at det er behov for et lederutvalg, men støtter forslag 2.", expected: [1: 2, 5: 2]),
        PositionCase(
            text: "Vi går inn for forslag 2, og ber om plass i lederutvalget dersom det blir opprettet.",
            expected: [1: 2]),
        // Questions named inside the sentence take the alternatives next to them.
        PositionCase(
            text: "Kommunen går inn for alternativ b på spørsmål 2 og alternativ a på spørsmål 3.",
            expected: [2: 2, 3: 1]),
        // The letter's questions copied as headings, each answer beneath.
        PositionCase(
            text:
                "Skal helseberedskap ivaretas i a) et eget faglig samarbeidsutvalg, eller b) en arbeidsgruppe "
                + "underlagt ASU?\nb)\n\nStøtter dere at det opprettes et lederutvalg (AU og leder og "
                + "nestleder i FSU) med fire møtepunkt i året?\nNei, AU er nok.",
            expected: [2: 2, 5: 2]),
        PositionCase(
            text:
                "Spørsmål 2\nVi mener helseberedskap ikke trenger eget utvalg og bør ivaretas i en arbeidsgruppe "
                + "underlagt ASU.",
            expected: [2: 2]),
        PositionCase(text: "Vi mener forslag 2 gir for mange møter. Vi støtter forslag 1.", expected: [1: 1]),
        PositionCase(text: "Lederutvalg anses ikke som nødvendig.", expected: [5: 2]),
        PositionCase(
            text: "KS vil ikke anbefale et eget FSU for helseberedskap, men en arbeidsgruppe under ASU.",
            expected: [2: 2]),
        // Inflected alternative phrases.
        PositionCase(
            text: "Helseberedskap og digital samhandling bør begge ivaretas i arbeidsgrupper underlagt ASU.",
            expected: [2: 2, 3: 2]),
        // A council record: the recommendation and the proposals are not the resolution.
        PositionCase(
            text:
                "Kommunedirektørens innstilling:\nSkaun kommune støtter forslag 1.\n\nBehandling:\nAp fremmet "
                + "alternativt forslag: Skaun kommune støtter forslag 2.\n\nVedtak:\nSkaun kommune støtter "
                + "forslag 2.",
            expected: [1: 2]),
        PositionCase(
            text: "Kommunestyret vedtok: Røros kommune går inn for forslag 1. Rådmannens innstilling var forslag 2.",
            expected: [1: 1]),
    ]

    @Test("Each phrasing gives its positions", arguments: cases)
    func phrasing(_ example: PositionCase) {
        let result = reader.read(example.text)
        let found = Dictionary(uniqueKeysWithValues: result.answers.map { ($0.question, $0.alternative) })
        #expect(found == example.expected)
        #expect(Set(result.answers.filter(\.conditional).map(\.question)) == example.conditional)
    }

    @Test("A ranked answer keeps its second choice")
    func secondChoice() {
        let answer = reader.read("Vi går primært inn for forslag 2, subsidiært forslag 1.").answers.first
        #expect(answer?.alternative == 2)
        #expect(answer?.secondChoice == 1)
    }

    @Test("Every position carries the sentence it rests on")
    func evidence() {
        let answers = reader.read(
            "Innledning uten standpunkt.\n\nMalvik kommune støtter ikke forslag 1, men går inn for forslag 2."
        ).answers
        #expect(answers.map(\.evidence) == ["Malvik kommune støtter ikke forslag 1, men går inn for forslag 2."])
    }

    @Test("\"Ingen merknader\" is a response without positions; joining another body is found")
    func noRemarksAndDeferral() {
        #expect(reader.read("Vi har ingen merknader.").noRemarks)
        #expect(
            reader.read("Orkland kommune slutter seg til Trondheim kommunes høringssvar.").deferral
                == "Orkland kommune slutter seg til Trondheim kommunes høringssvar.")
        let full = "Kommunen gir full tilslutning til KS sin høringsuttalelse."
        #expect(reader.read(full).deferral == full)
        #expect(reader.read(full).answers.isEmpty)
    }

    @Test("\"Ingen merknad\" under a question's heading is that question's own outcome, not a missing answer")
    func noRemarksOnOneQuestion() {
        let result = reader.read("Struktur: Vi støtter forslag 2.\n\nLederutvalg: Ingen merknad.")
        #expect(result.answers.map(\.question) == [1])
        #expect(result.noRemarksOn == [5])
    }

    @Test("An alternative that opens a sentence as the subject of a modal is chosen over one it acts on")
    func subjectOfModal() {
        let hearing = Fixtures.choiceHearing(
            title: "Endringer", text: "Bør det være styret eller rådet som avgjør endringer i antall medlemmer?",
            labels: ["styret", "rådet"])
        let reader = PositionReader(hearing: hearing)
        #expect(Self.positions(reader, "Styret bør avgjøre endringer i antall medlemmer i rådet.") == [[1, 1]])
        #expect(Self.positions(reader, "Rådet må få avgjøre dette, etter forslag fra styret.") == [[1, 2]])
    }

    @Test("Every answer names the rules that read it")
    func rules() {
        let answers = reader.read("Struktur: forslag 2.\n\nVi støtter at det opprettes et lederutvalg.").answers
        #expect(answers.map { $0.rules.first } == ["choice.structured", "yesno.cue"])
        // A numbered point whose words, not its number, tie it to a question judges it only by those words.
        let numbered = PositionReader(hearing: Self.lawHearing).read(
            "1. Kommunen mener at et samarbeid om beredskapsplaner mellom eierne er positivt.")
        #expect(numbered.answers.map { [$0.question, $0.alternative] } == [[3, 1]])
        #expect(numbered.answers.map { $0.rules.first } == ["yesno.opinion.words"])
    }

    @Test(
        "A hearing that asks one thing reads any sentence for it; a part of a committee names its proposal in any form")
    func oneQuestionAndFactions() {
        let hearing = Fixtures.choiceHearing(
            title: "Valg av modell", text: "Hvilken modell bør velges?",
            labels: ["flertallets forslag", "mindretallets forslag"])
        let reader = PositionReader(hearing: hearing)
        #expect(
            reader.read("Kommunen meiner at mindretalet sitt forslag sikrar vertskommunane best.").answers.map(
                \.alternative) == [2])
        #expect(
            reader.read("Bystyret mener departementet bør arbeide videre med flertallets modell.").answers.map(
                \.alternative) == [1])
        // An alternative opening a sentence that tells what it is or does is described, not chosen.
        #expect(reader.read("Flertallets forslag bygger på et bredt kompromiss.").answers.isEmpty)
        #expect(reader.read("Mindretallets forslag er vårt valg.").answers.map(\.alternative) == [2])
        #expect(reader.read("Mindretallets forslag vidareførast.").answers.map(\.alternative) == [2])
        // A stance scoped to a topic the question does not name is on that one matter: a person weighs it.
        let topic = reader.read("Når det gjelder oppsyn, støtter kommunen flertallet.").answers
        #expect(topic.map(\.rules) == [["choice.cue.topic"]] && topic.allSatisfy { $0.confidence < 0.7 })
        let named = reader.read("Når det gjelder valg av modell, støtter kommunen flertallet.").answers
        #expect(named.map(\.rules) == [["choice.cue"]])
        let one = reader.read("Kommunen støtter forslaget fra flertallet om at inntektene deles likt.").answers
        #expect(one.map(\.rules) == [["choice.cue.topic"]])
    }

    /// A hearing of my own on three proposals and one choice, written as a letter would word them.
    static let lawHearing = Fixtures.hearing([
        Question(
            number: 1, id: "tilsyn", title: "Tilsyn",
            text: "Lovfeste et krav om årlig tilsyn med private vannverk i vannforsyningsloven § 4.", kind: .yesNo,
            alternatives: Fixtures.yesNo),
        Question(
            number: 2, id: "gebyr", title: "Gebyr",
            text: "Skjerpe kravet til gebyrberegning etter målt forbruk i forskriften § 9-2 første ledd.",
            kind: .yesNo, alternatives: Fixtures.yesNo),
        Question(
            number: 3, id: "beredskap", title: "Beredskap",
            text: "Pålegge eierne å samarbeide om beredskapsplaner, jf. forskriften § 9-2 andre ledd.",
            kind: .yesNo, alternatives: Fixtures.yesNo),
        Question(
            number: 4, id: "eierskap", title: "Eierskap", text: "Hvordan bør vannverkene eies?", kind: .choice,
            alternatives: [
                Alternative(
                    number: 1, id: "a1", label: "alternativ 1",
                    description: "videreføring av dagens ordning med kommunalt eierskap"),
                Alternative(
                    number: 2, id: "a2", label: "alternativ 2",
                    description: "overføring til et interkommunalt selskap med felles styre"),
            ]),
    ])

    @Test(
        "Generic attribution: a list after one verb, the body's own name, a section cited for two, a restated point",
        arguments: [
            PositionCase(
                text:
                    "Kommunen støtter forslaget om å lovfeste årlig tilsyn med private vannverk, et skjerpet krav til "
                    + "gebyrberegning og en plikt til å samarbeide om beredskapsplaner.",
                expected: [1: 1, 2: 1, 3: 1]),
            PositionCase(
                text: "Kommunen støtter årlig tilsyn med private vannverk, men ikke skjerpet gebyrberegning.",
                expected: [1: 1, 2: 2]),
            PositionCase(
                text: "Beredskapsrådet i Bygd støtter departementets forslag, med disse merknadene:",
                expected: [
                    1: 1, 2: 1, 3: 1,
                ]),
            PositionCase(text: "Vi er positive til endringene i forskriften § 9-2.", expected: [2: 1, 3: 1]),
            PositionCase(text: "2. Forslaget om skjerpet gebyrberegning: Forslaget støttes.", expected: [2: 1]),
            PositionCase(
                text:
                    "1. Kommunen støtter årlig tilsyn med private vannverk.\n\n2. Kommunen støtter også at eierne "
                    + "skal samarbeide om beredskapsplaner.",
                expected: [1: 1, 3: 1]),
            PositionCase(text: "Kommunen er i hovedsak enig i departementets forslag.", expected: [:]),
            PositionCase(
                text: "Kommunen støtter KS sin uttalelse om årlig tilsyn med private vannverk.", expected: [:]),
            PositionCase(
                text: "Intensjonen bak forslaget om årlig tilsyn med private vannverk støttes.", expected: [:]),
            PositionCase(text: "Utvalget anbefaler årlig tilsyn med private vannverk.", expected: [:]),
            PositionCase(
                text: "Kommunen slutter seg til regjeringens grunnleggende standpunkt om årlig tilsyn med vannverk.",
                expected: [:]),
            PositionCase(
                text: "Kommunen anbefaler at kravet om årlig tilsyn med private vannverk presiseres.", expected: [:]),
            PositionCase(
                text: "Kommunen anbefaler at kravet om årlig tilsyn med private vannverk lovfestes.", expected: [1: 1]),
            PositionCase(
                text:
                    "Departementet vil skjerpe kravet til gebyrberegning etter målt forbruk. "
                    + "Vi er imot dette forslaget.",
                expected: [2: 2]),
            PositionCase(
                text:
                    "Departementet vil skjerpe kravet til gebyrberegning etter målt forbruk. "
                    + "Den foreslåtte endringen synes rimelig, og vi støtter den.",
                expected: [2: 1]),
            PositionCase(
                text: "Bystyret er enig i at årlig tilsyn med private vannverk bør lovfestes i vannforsyningsloven.",
                expected: [1: 1]),
            PositionCase(text: "Gebyr\nVi ønsker ingen gebyrberegning etter målt forbruk.", expected: [2: 2]),
            PositionCase(
                text: "Tilsyn\n\nDet er positivt at kommunen skal ha ansvar for tilsynet med vannverkene.",
                expected: [1: 1]),
            PositionCase(
                text: "Tilsyn\n\nKommentar: Vi mener det er på høy tid å lovfeste tilsyn med vannverkene.",
                expected: [1: 1]),
            PositionCase(text: "4. Hvordan bør vannverkene eies – alternativ 1 eller alternativ 2?", expected: [:]),
            PositionCase(
                text:
                    "Kommunen støtter forslagene om private vannverk, forutan et skjerpet krav til gebyrberegning "
                    + "etter målt forbruk.",
                expected: [1: 1, 2: 2]),
            PositionCase(
                text:
                    "Kap. 1 Tilsyn.\n\nForslaget støttes.\n\nKap. 3 Overgangsregler for små vannverk.\n\n"
                    + "Forslaget støttes.",
                expected: [1: 1]),
            PositionCase(
                text:
                    "Det er best med kommunalt eierskap som i dag, og ikke et interkommunalt selskap med felles styre.",
                expected: [4: 1]),
            PositionCase(
                text: "Kommunen mener at et krav om årlig tilsyn med private vannverk er positivt.", expected: [1: 1]),
            PositionCase(
                text:
                    "Tilsyn\nVi støtter forslaget. Vi går likevel imot et lovfestet krav om årlig tilsyn med private "
                    + "vannverk.",
                expected: [1: 2]),
            PositionCase(
                text: "Bystyret tilrår at dagens ordning med kommunalt eierskap blir opprettholdt.", expected: [4: 1]),
            PositionCase(
                text: "Gebyr\nGebyr etter målt forbruk er den mest rettferdige ordningen for innbyggerne.",
                expected: [2: 1]),
            PositionCase(
                text: "Kommunestyret ber om at årlig tilsyn med private vannverk blir lovfestet.",
                expected: [1: 1]),
            PositionCase(
                text: "Kommunen er usikker på årlig tilsyn med private vannverk, og ber om at dette vurderes på nytt.",
                expected: [:]),
            PositionCase(
                text:
                    "Kommunen støtter årlig tilsyn med private vannverk, men ber om at tilsynet blir varslet i god "
                    + "tid.",
                expected: [1: 1]),
            PositionCase(
                text: "Eierskap\nVi mener et interkommunalt selskap med felles styre gir de beste vannverkene.",
                expected: [4: 2]),
        ])
    func genericAttribution(_ example: PositionCase) {
        let reader = PositionReader(hearing: Self.lawHearing)
        let answers = reader.read(example.text).answers
        #expect(Dictionary(uniqueKeysWithValues: answers.map { ($0.question, $0.alternative) }) == example.expected)
    }

    /// A letter of my own: a proposal made for two parts, and two more proposals citing the paper's points.
    static let legevaktLetter = """
        # Høring – endringer i legevaktstrukturen

        Departementet foreslår at strukturen fra før reformen gjeninnføres, både for legevaktene og for
        de akutte døgnplassene.

        Høringsnotatet inneholder i tillegg

        - forslag om felles journalsystem for legevaktene, jf. punkt 3.2, og
        - forslag om økte tilskudd til små kommuner, jf. punkt 4.

        Høringsfristen er 1. mars 2026.
        """

    @Test("A proposal made for two parts: words both share speak to both, a part's own words to that part")
    func proposalForTwoParts() {
        let reader = PositionReader(hearing: LetterReader(text: Self.legevaktLetter).read().hearing)
        func read(_ text: String) -> [[Int]] { Self.positions(reader, text) }
        #expect(read("Kommunen er imot en reversering av reformen.") == [[1, 2], [2, 2]])
        #expect(
            read("Kommunen ønsker å beholde dagens legevakt. Vi støtter at strukturen gjeninnføres for døgnplassene.")
                .contains([2, 1]))
        // A blanket stance argued from one part alone answers for that part; with no part named, for both.
        #expect(
            read("Kommunen støtter ikke høringsforslaget. Legevakten i Bygd har fungert godt etter reformen.") == [
                [1, 2]
            ])
        #expect(read("Kommunen støtter ikke høringsforslaget.") == [[1, 2], [2, 2]])
        // A sentence with both parts' own words speaks of both, whatever the profile makes of it.
        #expect(
            read("Kommunen støtter ikke høringsforslaget. Døgnplassene bør vurderes som legevakten.") == [
                [1, 2], [2, 2],
            ])
    }

    @Test("A lead-in line citing a point of the paper opens its section; a proposal with its own subject is no whole")
    func leadInsAndOtherProposals() {
        let reader = PositionReader(hearing: LetterReader(text: Self.legevaktLetter).read().hearing)
        func read(_ text: String) -> [[Int]] { Self.positions(reader, text) }
        let pointed = "a. Til høringsnotatet pkt. 3.2:\n\ni. Kommunen støtter forslaget fra departementet."
        #expect(read(pointed) == [[3, 1]])
        #expect(read("Kommunen støttar framlegget om å auke tilskotet til små kommunar.") == [[4, 1]])
        #expect(read("Kommunen støtter forslaget.") == [[1, 1], [2, 1]])
    }

    @Test("The proposal named in the hearing title's words is the whole; so is a response title in them no section")
    func proposalInTheTitlesWords() {
        var hearing = Fixtures.tilsynAndGebyr(
            "Kommunen får hjemmel til tilsyn med private vannverk.",
            "Gebyret i forskrift om vannverk fastsettes etter målt forbruk.")
        hearing.title = "Høring av endringer i vannforsyningsloven og forskrift om vannverk"
        let reader = PositionReader(hearing: hearing)
        func read(_ text: String) -> [[Int]] { Self.positions(reader, text) }
        #expect(
            read("Kommunen støtter forslaget til endringer i vannforsyningsloven og forskrift om vannverk.")
                == [[1, 1], [2, 1]])
        #expect(
            read(
                "Endringer i vannforsyningsloven og forskrift om vannverk\n\nKommunen går imot forslaget til endringer "
                    + "i vannforsyningsloven og forskrift om vannverk.") == [[1, 2], [2, 2]])
        // A proposal on one part, in other words than the title's, stays with its question.
        #expect(read("Kommunen støtter forslaget om gebyr etter målt forbruk.") == [[2, 1]])
    }

    @Test("A chapter of the consultation paper the letter cites for a question names it in a response")
    func chapterCited() {
        let hearing = Fixtures.yesNoHearing([
            ("lovens formål (kap. 3)", "lovens formål (kap. 3)"),
            ("statstilskudd (kap. 12)", "statstilskudd (kap. 12)"),
        ])
        let reader = PositionReader(hearing: hearing)
        let text =
            "I kapittel 3.4.5 foreslår departementet å ta ut en setning. Vi er imot dette forslaget.\n\n"
            + "Kap. 12 Økonomi\nVi støtter forslaget."
        #expect(Self.positions(reader, text) == [[1, 2], [2, 1]])
    }

    @Test("Today's arrangement named in a choice refers to the one alternative that keeps it")
    func statusQuoAlternative() {
        let hearing = Fixtures.choiceHearing(
            title: "Ordning", text: "Hvilken ordning bør gjelde for tilsetting av leder?",
            [
                Alternative(
                    number: 1, id: "a1", label: "videreføring av dagens ordning",
                    description: "videreføring av dagens ordning med nominasjon og rådgivende avstemming"),
                Alternative(number: 2, id: "a2", label: "et særskilt tilsettingsorgan"),
                Alternative(number: 3, id: "a3", label: "en ren valgordning"),
            ])
        let reader = PositionReader(hearing: hearing)
        func read(_ text: String) -> [[Int]] { Self.positions(reader, text) }
        #expect(read("Vi vil støtte en videreutvikling av dagens ordning.") == [[1, 1]])
        #expect(read("Dagens ordning er lite egnet.").allSatisfy { $0 != [1, 1] })
        // An alternative named outright decides.
        #expect(read("Vi støtter en ren valgordning, ikke dagens ordning.") == [[1, 3]])
    }

    @Test("Praise a ministry or directorate gives, named by a compound of its noun, is no position of the respondent's")
    func agencyJudgement() {
        let reader = PositionReader(
            hearing: Fixtures.choiceHearing(
                title: "Sted", text: "Hvor skal kontoret ligge?",
                [Alternative(number: 1, id: "a", label: "Drammen"), Alternative(number: 2, id: "b", label: "Skien")]))
        func read(_ text: String) -> [[Int]] { Self.positions(reader, text) }
        #expect(
            read("I sin foreløpige vurdering peker Politidirektoratet på Drammen som det best egnede stedet.").isEmpty)
        #expect(read("I sin foreløpige vurdering peker kommunen på Skien som det best egnede stedet.") == [[1, 2]])
        #expect(read("Vi mener Skien er best egnet.") == [[1, 2]])
    }

    @Test("A title that opens with an indefinite article is named without it, also inside another question's section")
    func titleWithoutArticle() {
        let reader = PositionReader(
            hearing: Fixtures.hearing([
                Fixtures.choiceQuestion(
                    1, "Valg av modell", "Hvilken modell ønsker dere?",
                    labels: ["Videreføring av dagens modell", "Nasjonal sats"]),
                Fixtures.yesNoQuestion(2, "et påslag for pensjonsutgifter", "et påslag for pensjonsutgifter"),
            ]))
        func read(_ text: String) -> [[Int]] { Self.positions(reader, text) }
        let section = "Spørsmål 1. Hvilken modell ønsker dere?\nVi anbefaler videreføring av dagens modell.\n"
        #expect(
            read(section + "Kommunen støtter et sjablongmessig påslag for pensjonsutgifter.") == [[1, 1], [2, 1]])
        #expect(read(section + "Kommunen støtter et sjablongmessig påslag.") == [[1, 1]])
    }

    @Test("Under one question's heading, a sentence naming another choice's subject and an option by name joins it")
    func subjectAndOptionJoin() {
        let reader = PositionReader(
            hearing: Fixtures.hearing([
                Fixtures.yesNoQuestion(
                    1, "Fordeling av oppgaver", "Bør det gjøres endringer i fordelingen av oppgaver mellom nivåene?"),
                Fixtures.choiceQuestion(
                    2, "Arbeidsgiveransvaret: flertallet foreslår", "Hvor bør arbeidsgiveransvaret ligge?",
                    labels: ["samles på bispedømmenivå", "et felles organ på prostinivå", "hos soknet på kommunenivå"]),
            ]))
        func read(_ text: String) -> [[Int]] { Self.positions(reader, text) }
        let section = "Spørsmål 1. Bør det gjøres endringer i fordelingen av oppgaver mellom nivåene?\nJa.\n"
        #expect(read(section + "Arbeidsgiveransvaret bør samles på prostinivå.") == [[1, 1], [2, 2]])
        // An option named by words that are not its telling compound, or no subject: the section's own.
        #expect(read(section + "Arbeidsgiveransvaret bør ligge i et felles organ.") == [[1, 1]])
        #expect(read(section + "Prostinivået bør styrkes.") == [[1, 1]])
    }

    /// Each answer a reader gives a text, as [question, alternative].
    @Test("A label that says the answer follows gives what follows it; other labels give nothing")
    func answerLabel() {
        #expect(PositionReader.afterAnswerLabel("svar: b)") == "b)")
        #expect(
            PositionReader.afterAnswerLabel("vårt svar: ja, men fire møter er mye.") == "ja, men fire møter er mye.")
        #expect(PositionReader.afterAnswerLabel("begrunnelse: vi støtter forslaget.") == nil)
        #expect(PositionReader.afterAnswerLabel("svar:") == nil)
    }

    @Test("An agency's name before a verb of stance is the authors' only where the letter's sender is that agency")
    func agencyAuthors() {
        var hearing = Fixtures.tilsynAndGebyr(
            "Tilsynet med vannverkene flyttes til fylket.", "Gebyret fastsettes etter målt forbruk.")
        let sentence = "Helsedirektoratet støtter at tilsynet med vannverkene flyttes til fylket."
        hearing.sender = Sender(
            name: "Helse- og omsorgsdepartementet", organisation: nil, replyAddress: "", contactPerson: nil)
        #expect(Self.positions(PositionReader(hearing: hearing), sentence) == [[1, 1]])
        hearing.sender = Sender(name: "Helsedirektoratet", organisation: nil, replyAddress: "", contactPerson: nil)
        #expect(Self.positions(PositionReader(hearing: hearing), sentence).isEmpty)
    }

    static func positions(_ reader: PositionReader, _ text: String) -> [[Int]] {
        reader.read(text).answers.map { [$0.question, $0.alternative] }
    }
}
