import Testing

@testable import HearingCore

/// Questions from letters laid out as real letters are: plain text with a dash list, options described before the
/// question that refers to them, proposals in a numbered list, two yes/no questions phrased alike, nynorsk.
@Suite("Finding the questions in any letter's layout")
struct QuestionFinderTests {
    private func table(_ text: String) -> [[String]] {
        LetterReader(text: text).read().hearing.questions.map { [$0.kind.rawValue] + $0.alternatives.map(\.label) }
    }

    @Test(
        "A short title ends on a word of substance",
        arguments: [
            (
                "forslaget om å oppheve konsesjonsloven, og om å endre odelsloven",
                "forslaget om å oppheve konsesjonsloven"
            ),
            ("Bør det gjøres endringer i fordelingen av oppgaver?", "Bør det gjøres endringer i fordelingen"),
            ("forslag om tiltak for å styrke de lokale domstolene", "forslag om tiltak for å styrke"),
        ])
    func shortTitle(_ example: (String, String)) {
        #expect(QuestionFinder.shortTitle(example.0) == example.1)
    }

    @Test("Plain text: a title in capitals, options described first, questions as a dash list")
    func plainText() {
        let letter = """
            HØRING: INTERKOMMUNALT SAMARBEID OM RUS OG PSYKISK HELSE

            Kommunene i regionen vurderer to måter å organisere tjenestene på.

            Alternativ 1: Et vertskommunesamarbeid der én kommune leverer tjenestene for alle.
            Alternativ 2: Et interkommunalt selskap som eies av kommunene i fellesskap.

            Vi ber om svar på disse spørsmålene:
            - Hvilket alternativ for organisering foretrekker dere?
            - Støtter dere at samarbeidet evalueres etter tre år?

            Frist for høringsuttalelser: 31.10.2024
            """
        let result = LetterReader(text: letter).read()
        #expect(result.hearing.title == "HØRING: INTERKOMMUNALT SAMARBEID OM RUS OG PSYKISK HELSE")
        #expect(result.hearing.deadline?.description == "2024-10-31")
        #expect(table(letter) == [["choice", "alternativ 1", "alternativ 2"], ["yes-no", "ja (støtter)", "nei"]])
        #expect(result.hearing.questions[0].alternatives[1].description?.contains("interkommunalt selskap") == true)
    }

    @Test("Two yes/no questions phrased alike get ids of their own")
    func uniqueIDs() throws {
        let letter = """
            # Høring – endringer i reglementet

            Vi ber særlig om svar på:

            1. Støtter dere forslaget: møtene holdes digitalt?
            2. Støtter dere forslaget: sakspapirene sendes ut en uke før?

            Høringsfristen er 1. mars 2025.
            """
        let hearing = LetterReader(text: letter).read().hearing
        #expect(Set(hearing.questions.map(\.id)).count == 2)
        try HearingDefinition.validate(hearing, file: "brev.md")
        #expect(hearing.deadline?.description == "2025-03-01")
    }

    @Test("A numbered list of proposals gives one yes/no question per proposal")
    func proposals() {
        let letter = """
            # Høring – forslag til endringer i forskriften

            Departementet foreslår:

            1. Søknadsfristen flyttes til 1. mars.
            2. Kravet om politiattest oppheves.
            3. Tilskuddet beregnes per elev.

            Høringsfristen er 15. januar 2025.
            """
        #expect(table(letter) == Array(repeating: ["yes-no", "ja (støtter)", "nei"], count: 3))
    }

    @Test("A nynorsk letter with three options described in their own sections and a question that refers to them")
    func nynorskOptions() {
        let letter = """
            # Høyring – ny organisering av legevakta

            ## Modell A – éi felles legevakt i sentrum
            ## Modell B – to legevakter med felles leiing
            ## Modell C – kvar kommune held fram med si eiga legevakt

            Vi ber om svar på desse spørsmåla:

            1. Kva modell føretrekkjer de?
            2. Bør legevakta ha eigen ambulanse?

            Høyringsfristen er 20. mai 2025.
            """
        #expect(table(letter) == [["choice", "modell A", "modell B", "modell C"], ["yes-no", "ja (støtter)", "nei"]])
    }

    @Test("A letter that proposes one thing and asks nothing in particular gives one question on the proposal")
    func wholeProposal() throws {
        let letter = """
            # Høring – forbud mot nydyrking av myr

            Departementet foreslår at det innføres et forbud mot nydyrking av myr.

            Høringsfristen er 11. oktober 2017.
            """
        let hearing = LetterReader(text: letter).read().hearing
        let question = try #require(hearing.questions.first)
        #expect(hearing.questions.count == 1)
        #expect(question.kind == .yesNo)
        #expect(question.coversWholeProposal)
    }

    @Test("A table with a column of options gives a choice for each row that offers two or more")
    func optionsTable() {
        let letter = """
            # Høring – lokalisering av tjenestesteder

            Alternativene er vurdert etter kostnad og tilgjengelighet.

            ## Forslag til lokalisering

            | Område | Alternativer | Foreløpig forslag |
            |---|---|---|
            | Nord | – | Tromsø |
            | Midt | Steinkjer, Levanger | Steinkjer |
            | Sør | Skien, Porsgrunn eller Notodden | Skien |

            Høringsfristen er 1. desember 2025.
            """
        let questions = LetterReader(text: letter).read().hearing.questions
        #expect(questions.map(\.title) == ["Midt", "Sør"])
        #expect(
            questions.map { $0.alternatives.map(\.label) } == [
                ["Steinkjer", "Levanger"], ["Skien", "Porsgrunn", "Notodden"],
            ])
    }

    @Test("A letterhead joined into one paragraph (as pandoc makes a DOCX) gives its facts, and no sentence as sender")
    func joinedLetterhead() {
        let letter = """
            Helsefellesskapet – St. Olavs hospital HF og kommunene i opptaksområdet \
            Sekretariatet for Helsefellesskapet \
            Til: Høringsinstansene i henhold til mottakerliste Vår ref: 24/04512 Dato: 22.04.2024 Høringsfrist: 01.06.24

            # Høring – forslag til ny struktur

            Vi ber høringsinstansene særlig svare på følgende:

            1. Struktur: Støtter dere forslaget?
            """
        let result = LetterReader(text: letter).read()
        #expect(result.hearing.caseReference == "24/04512")
        #expect(result.hearing.sentDate?.description == "2024-04-22")
        #expect(result.hearing.deadline?.description == "2024-06-01")
        #expect(result.hearing.sender.name.isEmpty)
        #expect(result.missing.contains("avsender"))
    }

    @Test("Lines a PDF wrapped are read as one: the title, and a question whose alternatives run onto the next line")
    func wrappedLines() {
        let letter = """
            Høring – forslag til ny struktur for faglige
            samarbeidsutvalg (FSU)

            Vi ber høringsinstansene særlig svare på følgende:

            1. Helseberedskap: Skal helseberedskap ivaretas i a) et eget faglig
            samarbeidsutvalg, eller b) en arbeidsgruppe underlagt ASU?
            2. Lederutvalg: Støtter dere at det opprettes et lederutvalg?

            Høringsfristen er 1. juni 2024.
            """
        let hearing = LetterReader(text: letter).read().hearing
        #expect(hearing.title == "Høring – forslag til ny struktur for faglige samarbeidsutvalg (FSU)")
        #expect(hearing.questions.map(\.kind) == [.choice, .yesNo])
        #expect(hearing.questions.first?.alternatives.count == 2)
    }

    @Test("A point titled 'X eller Y' asks to choose; a point on which a committee split asks which part's proposal")
    func titledChoiceAndCommitteeSplit() {
        let letter = """
            # Høring – ny ordning for vannverkene

            Departementet ber særlig om synspunkter på:

            1. **Kommunalt eller interkommunalt eierskap.** Om vannverkene skal eies av hver kommune, eller av et
               selskap kommunene eier sammen.
            2. **Gebyrer.** Forslaget er at gebyrene fastsettes etter målt forbruk.
            3. Utvalget har delt seg i et flertall og et mindretall om hvem som skal føre tilsyn med vannverkene.

            Høringsfrist: 1. mars 2026.
            """
        #expect(
            table(letter) == [
                ["choice", "kommunalt eierskap", "interkommunalt eierskap"], ["yes-no", "ja (støtter)", "nei"],
                ["choice", "flertallets forslag", "mindretallets forslag"],
            ])
    }

    @Test("A long first sentence with 'eller' in it is no choice between its words")
    func orInsideAStatement() {
        let letter = """
            # Høring – endringer i jordloven

            Departementet ber om synspunkter på disse forslagene:

            1. Overdragelse av eiendom eller areal som tilleggsjord til naboeiendom forenkles.
            2. Kravet om tiårig leieavtale for bortleie fjernes.

            Høringsfrist: 1. mars 2026.
            """
        #expect(table(letter).map(\.first) == ["yes-no", "yes-no"])
    }

    @Test("A letter that proposes one thing and then 'also' another asks about each, neither the whole")
    func proposesAlso() {
        let letter = """
            Vår ref.: 26/101

            # Høring – endringer i vannforsyningsloven

            Departementet foreslår en endring i vannforsyningsloven § 4. Departementet foreslår også endringer i
            forskrift om gebyrer for vannverk.

            Høringsfristen er 1. mars 2026.
            """
        let questions = LetterReader(text: letter).read().hearing.questions
        #expect(questions.map(\.kind) == [.yesNo, .yesNo])
        #expect(questions.map(\.coversWholeProposal) == [false, false])
        #expect(questions[1].text.contains("forskrift om gebyrer"))
    }

    @Test("A proposal made 'både for X og for Y' asks about each part, both on the proposal as a whole")
    func proposalForTwoParts() throws {
        let letter = """
            # Høring – samling av legevakter og kommunale akutte døgnplasser

            Departementet foreslår at dagens ordning med interkommunale tjenester avvikles, både for legevaktene og
            for de kommunale akutte døgnplassene.

            Høringsfristen er 1. mars 2026.
            """
        let questions = LetterReader(text: letter).read().hearing.questions
        #expect(
            questions.map(\.title) == ["Forslaget for legevaktene", "Forslaget for de kommunale akutte døgnplassene"])
        #expect(questions.map(\.coversWholeProposal) == [true, true])
        #expect(questions.allSatisfy { $0.kind == .yesNo && $0.keywords.contains("forslaget") })
        let first = try #require(questions.first)
        #expect(
            first.text
                == "Departementet foreslår at dagens ordning med interkommunale tjenester avvikles for legevaktene.")
    }

    @Test("'Både … og' inside a longer description is no proposal for two parts")
    func bothInsideADescription() {
        let letter = """
            # Høring – ny forskrift om legevakt

            Departementet foreslår en ny forskrift som gjelder både for kommuner som driver legevakt alene og for
            kommuner som samarbeider om legevakt med nabokommuner i en interkommunal ordning.

            Høringsfristen er 1. mars 2026.
            """
        let questions = LetterReader(text: letter).read().hearing.questions
        #expect(questions.count == 1)
        #expect(questions.first?.coversWholeProposal == true)
    }

    @Test("A point's title is not cut at an abbreviation a section of law follows ('vl. § 4'): it is the title's words")
    func titleWithSection() {
        let letter = """
            # Høring – endringer i vannloven

            Departementet foreslår:

            1. **Tilsyn – vl. § 4.**
               - Kommunen får hjemmel til å føre tilsyn med private vannverk.
               - Tilsynet skal skje hvert år.
            2. **Gebyr.** Gebyret fastsettes etter målt forbruk.

            Høringsfrist: 1. mars 2026.
            """
        let questions = LetterReader(text: letter).read().hearing.questions
        #expect(questions.count == 3)
        #expect(questions.map(\.title) == ["Tilsyn", "Tilsyn", "Gebyr"])
        // Each proposal under the heading keeps the section of law the heading cites.
        #expect(questions[0].text.hasPrefix("Tilsyn – vl. § 4: Kommunen får hjemmel"))
        #expect(questions[1].text.contains("§ 4"))
    }

    @Test("A point that describes the proposal and the other solutions in prose, then asks which is best, offers each")
    func solutionsInProse() {
        let letter = """
            # Høring – ansvar for vannverkene

            Høringsspørsmål:

            1. Departementet foreslår at ansvaret for vannverkene legges til fylket. Andre løsninger som er vurdert er
               et interkommunalt selskap, et statlig foretak, eller at hver kommune beholder ansvaret. Hvilken løsning
               mener dere er best?

            Høringsfrist: 1. mars 2026.
            """
        let questions = LetterReader(text: letter).read().hearing.questions
        #expect(questions.map(\.kind) == [.choice])
        #expect(
            questions.first?.alternatives.map(\.label) == [
                "legges til fylket", "et interkommunalt selskap", "et statlig foretak",
                "at hver kommune beholder ansvaret",
            ])
        // The proposal is named from its verb on: the subject before it is the question's, not the option's.
        #expect(questions.first?.alternatives.first?.description == "legges til fylket.")
    }
}
