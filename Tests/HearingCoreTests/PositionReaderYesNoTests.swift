import Testing

@testable import HearingCore

/// Yes/no positions read from what a sentence says of the proposal (`PositionReader+YesNo`): keeping what a removal
/// takes, wishes, opinions and evaluations, blanket stances on all the proposals, lists led in by a verb.
@Suite("Reading yes/no positions")
struct PositionReaderYesNoTests {
    @Test("Today's arrangement kept is against a change by the letter's words only when the sentence asks for it")
    func statusQuoByWords() {
        let read = Self.reading(
            tilsyn: "Tilsynet med vannverkene flyttes til fylket.", gebyr: "Gebyrene fastsettes etter målt forbruk.")
        #expect(read("Kommunen tilrår at dagens ordning for tilsynet med vannverkene videreføres.") == [[1, 2]])
        #expect(read("Tilsynet med vannverkene flyttes, unntatt der kommunene vil beholde dagens ordning.").isEmpty)
    }

    @Test("An advisory modal on the question's own change in the passive is a stance; a 'må' of necessity is none")
    func modalOnChange() {
        let read = Self.reading(tilsyn: "Tilsynet med vannverkene flyttes til fylket.")
        #expect(read("Tilsynet med vannverkene bør ikke flyttes.") == [[1, 2]])
        #expect(read("Tilsynet med de private vannverkene bør flyttes.") == [[1, 1]])
        #expect(read("Mange som driver vannverkene må flytte tilsynet selv.").isEmpty)
    }

    @Test("Changing the law as the ministry proposes names the whole proposal, and so each of its questions")
    func asProposed() {
        let read = Self.reading(tilsyn: "Tilsynet med vannverkene flyttes til fylket.")
        #expect(read("Kommunen mener at loven ikke bør endres slik departementet foreslår.") == [[1, 2], [2, 2]])
        #expect(read("Kommunen mener at loven ikke bør endres.").isEmpty)
    }

    @Test("Praise of what a removal would take away is against it; the authors' own judgement is no position")
    func removalAndAuthors() {
        let read = Self.reading(tilsyn: "Fjerne kravet om årlig tilsyn med private vannverk.")
        #expect(read("Årlig tilsyn med private vannverk er nødvendig for drikkevannet.") == [[1, 2]])
        #expect(read("Tilsyn\nDet må vere tilbod om årleg tilsyn med private vannverk.") == [[1, 2]])
        #expect(read("Gebyr\nDet må være tilbud om gebyr etter målt forbruk.").isEmpty)
        #expect(read("Forslaget om å fjerne årlig tilsyn er en god løsning.") == [[1, 1]])
        #expect(read("Departementet skriver at et gebyr etter målt forbruk er en god løsning.").isEmpty)
    }

    @Test("A line that leads in a list lends its verb to the items; a line with an object of its own does not")
    func listLeads() {
        let read = Self.reading(tilsyn: "Lovfeste et krav om årlig tilsyn med private vannverk.")
        #expect(
            read(
                "Kommunen støtter følgende forslag:\n\n- årlig tilsyn med private vannverk\n- gebyr etter målt forbruk")
                == [[1, 1], [2, 1]])
        #expect(read("Kommunen anbefaler videre\n- at gebyret fastsettes etter målt forbruk") == [[2, 1]])
        #expect(read("Kommunen går imot:\n- årlig tilsyn med private vannverk") == [[1, 2]])
        // An item's own verb decides; a line whose verb has an object of its own leads in remarks, not a list.
        #expect(
            read("Kommunen støtter:\n- årlig tilsyn\n- Vi er imot gebyr etter målt forbruk.") == [[1, 1], [2, 2]])
        #expect(read("Kommunen viser til saken og har disse merknadene:\n- gebyr etter målt forbruk").isEmpty)
    }

    @Test("Keeping what a removal question would remove, named first in the sentence, is against that removal")
    func keptRemovalObject() {
        let read = Self.reading(
            tilsyn: "Forslag om å oppheve forskriften om private vannverk.",
            gebyr: "Forslag om å oppheve gebyret etter forskriften.")
        #expect(read("Forskriften skal inntil videre bevares i sin helhet.") == [[1, 2]])
        #expect(read("Forskriften er omtalt i høringsnotatet.").isEmpty)
    }

    @Test("A judgement of what the sentence before set out or spoke of (\"Dette er …\", \"Det er uheldig at …\")")
    func judgementOfThis() {
        let read = Self.reading(tilsyn: "Lovfeste et krav om årlig tilsyn med private vannverk.")
        let setOut = "Høringsforslaget går ut på å innføre årlig tilsyn med private vannverk. "
        #expect(read(setOut + "Dette er vanskelig for oss å forstå, for vannverkene er små.") == [[1, 2]])
        #expect(read(setOut + "Dette er en god løsning for abonnentene.") == [[1, 1]])
        // Only a sentence that sets out the proposal is judged so; one that judges nothing takes no position.
        #expect(read("Kommunen har årlig tilsyn med private vannverk. Dette er vanskelig å forstå.").isEmpty)
        #expect(read(setOut + "Dette gjelder om lag 40 vannverk i kommunen.").isEmpty)
        // What the sentence says of a question of its own is read as well.
        #expect(read(setOut + "Dette er bra, men vi går imot gebyr etter målt forbruk.") == [[1, 1], [2, 2]])
        // Set out without a noun for the proposal, a sentence of reasons between, judged as "en slik …".
        let planned = "I kapittel 4 legges det opp til årlig kontroll av private vannverk. Private vannverk er små. "
        #expect(read(planned + "En slik ordning vil ramme de minste.") == [[1, 2]])
        #expect(read("Private vannverk er små. En slik ordning vil ramme de minste.").isEmpty)
        // A sentence framed by an evaluation that names nothing judges what the sentence before in its paragraph
        // spoke of.
        let consequence = "Med årlig tilsyn må hvert privat vannverk sende inn prøver hver måned."
        #expect(read(consequence + " Det er uheldig at de minste må bruke så mye tid på det.") == [[1, 2]])
        #expect(read(consequence + "\n\nDet er uheldig at de minste må bruke så mye tid på det.").isEmpty)
        // What a removal would take away, judged by a pronoun: praise of it is against the removal.
        let removal = Self.reading(tilsyn: "Kravet om årlig tilsyn med private vannverk tas ut av forskriften.")
        let takesOut = "Departementet vil ta ut kravet om årlig tilsyn med private vannverk. "
        #expect(removal(takesOut + "Vi kan ikke se at det er overflødig, for vannverkene er små.") == [[1, 2]])
        #expect(removal(takesOut + "Vi ser at det er overflødig, for vannverkene er godt drevet.") == [[1, 1]])
    }

    @Test("A verb of stance on the change in the question's own verb for it speaks to the part the response is about")
    func stanceOnChange() {
        let letter = """
            # Høring – endringer i domstolstrukturen

            Departementet foreslår at strukturen fra før reformen gjeninnføres, både for tingrettene og for
            jordskifterettene.

            Høringsfristen er 26. april 2022.
            """
        let reader = PositionReader(hearing: LetterReader(text: letter).read().hearing)
        func read(_ text: String) -> [[Int]] { PositionReaderTests.positions(reader, text) }
        let intro = "Som leder for jordskifteretten gir jeg et eget svar.\n\n"
        #expect(read(intro + "Jeg fraråder å reversere.") == [[2, 2]])
        #expect(read(intro + "Vi vil gjerne reversere noe av dette.").isEmpty)
        // Questions that only share the verb are not one change.
        let removal = Self.reading(
            tilsyn: "Fjerne kravet om årlig tilsyn med private vannverk.", gebyr: "Fjerne gebyret for målt forbruk.")
        #expect(removal("Kommunen fraråder å fjerne noe av dette.").isEmpty)
    }

    @Test("A sentence that opens with the question's own words and judges them, with no modal, is a stance on it")
    func evaluationOfSubject() {
        // Three questions, so that a word only one of them has tells of it.
        let reader = PositionReader(
            hearing: Fixtures.yesNoHearing([
                ("Kontrollordningen", "Lovfeste et krav om årlig kontroll av private vannverk."),
                ("Gebyr", "Gebyret fastsettes etter målt forbruk."),
                ("Register", "Kommunen skal føre et register over brønner."),
            ]))
        func read(_ text: String) -> [[Int]] { PositionReaderTests.positions(reader, text) }
        #expect(
            read("Årlig kontroll av private vannverk vert ikkje vurdert som ei føremålstenleg løysing.") == [[1, 2]])
        #expect(read("Årlig kontroll skal sikre private vannverk det beste vannet.").isEmpty)
        #expect(read("Kommunen meldte i fjor om eit godt år for private vannverk.").isEmpty)
    }

    @Test("Under the question, a modal saying a thing should go on as it is is against a change, for keeping")
    func continuation() {
        let change = Self.reading(tilsyn: "Tilsynet med vannverkene legges til staten.")
        #expect(change("1. Tilsyn\nKommunen bør fortsatt ha ansvaret for tilsynet.") == [[1, 2]])
        #expect(change("1. Tilsyn\nKommunen bør ha ansvaret for tilsynet.").isEmpty)
        let keeping = Self.reading(tilsyn: "Dagens ordning med kommunalt tilsyn videreføres.")
        #expect(keeping("1. Tilsyn\nKommunen bør fortsatt ha ansvaret for tilsynet.") == [[1, 1]])
    }

    @Test("A numbered point of the response's own that joins another body's response opens no question's section")
    func numberedJoin() {
        let read = Self.reading(tilsyn: "Lovfeste et krav om årlig tilsyn med private vannverk.")
        let join =
            "1. Tilslutning til KS' høringssvar\nVi anbefaler på det sterkeste at departementet tar inn KS' innspill."
        #expect(read(join).isEmpty)
        #expect(read(join + "\n2. Gebyr\nVi støtter forslaget.") == [[2, 1]])
    }

    @Test("An evaluation inside an indirect question (\"hvilke tiltak som best kan …\") judges nothing")
    func indirectQuestion() {
        let read = Self.reading(tilsyn: "Tiltak for å styrke tilsynet med private vannverk.")
        #expect(read("Kommunen mener at vannverkene vet hvilke tiltak i tilsynet som best kan styrke dem.").isEmpty)
        #expect(read("Kommunen mener tilsynet med private vannverk er nødvendig.") == [[1, 1]])
        let courts = PositionReader(
            hearing: Fixtures.yesNoHearing([
                ("Struktur", "Strukturen fra før reformen gjeninnføres for tingrettene."),
                ("Ledelse", "Felles domstolledelse skal bare brukes unntaksvis."),
                ("Lokale domstoler", "Forslag om tiltak for å styrke de lokale domstolene."),
            ]))
        let point = "Kommunen mener ellers at det er den lokale tingretten som står nærmest til å si hvilke tiltak som "
        #expect(PositionReaderTests.positions(courts, point + "best kan styrke den lokale domstolen.").isEmpty)
    }

    @Test("Demanding to have what removal questions would remove is against the one removing it, or all for all")
    func demandedRemovalObject() {
        let read = Self.reading(
            tilsyn: "Fjerne studiespesialiserande ved Firda vgs.", gebyr: "Flytte studiespesialiserande frå Måløy vgs.")
        #expect(read("Alle dei fire skulane må ha studiespesialiserande tilbod.") == [[1, 2], [2, 2]])
        // Not for all: which of the two is meant is not said.
        #expect(read("Skulen må ha studiespesialiserande tilbod.").isEmpty)
        #expect(read("Alle skulane må ikkje ha studiespesialiserande tilbod.").isEmpty)
        let one = Self.reading(
            tilsyn: "Fjerne YSK ved Måløy vgs.", gebyr: "Fjerne studiespesialiserande ved Firda vgs.")
        #expect(one("Firda vgs må framleis ha studiespesialiserande tilbod.") == [[2, 2]])
    }

    @Test("Praise or criticism of the rest of the proposals answers each question not answered otherwise")
    func allProposalsEvaluated() {
        let read = Self.reading(tilsyn: "Lovfeste et krav om årlig tilsyn med private vannverk.")
        #expect(
            read("Vi er imot årlig tilsyn. De øvrige endringene vil være til nytte for abonnentene.") == [
                [1, 2], [2, 1],
            ])
        #expect(read("Dei øvrige endringane er ikkje til nytte for nokon.") == [[1, 2], [2, 2]])
        #expect(read("Departementet mener de øvrige endringene vil være til nytte.").isEmpty)
        #expect(read("De øvrige endringene gjelder gebyr og tilsyn.").isEmpty)
        // Judging how the matter was studied judges no proposal; a proposal at odds with the law's aim is criticised.
        #expect(read("Konsekvensane av dei øvrige endringane er ikkje godt nok greidde ut.").isEmpty)
        // Some of the proposals, unnamed, are none in particular.
        #expect(read("Vi meiner at fleire av forslaga strir mot formålet med lova.").isEmpty)
        #expect(read("Vi meiner at forslaga strir mot formålet med lova.") == [[1, 2], [2, 2]])
        #expect(read("Kommunen støtter deler av forslaget om årlig tilsyn med private vannverk.").isEmpty)
        #expect(
            read("De øvrige endringene strider mot formålet med loven, som er et tenlig eierskap.") == [
                [1, 2], [2, 2],
            ])
    }

    @Test("A wish for the very change a question proposes, in a verb for it, is a position on that question")
    func wishedChange() {
        let read = Self.reading(tilsyn: "Det årlige tilsynet med private vannverk gjeninnføres.")
        // No sentence names the question by its title: only the letter's words tie it there.
        #expect(read("Vi ønsker å gjeninnføre den årlige kontrollen med private vannverk.") == [[1, 1]])
        #expect(read("Kommunen ønskjer å tilbakeføre den årlege kontrollen med private vannverk.") == [[1, 1]])
        #expect(read("Vi ønsker ikke å gjeninnføre den årlige kontrollen med private vannverk.") == [[1, 2]])
        #expect(read("Departementet ønsker å gjeninnføre den årlige kontrollen med private vannverk.").isEmpty)
        #expect(read("Vi ønsker å få en årlig kontroll med private vannverk.").isEmpty)
    }

    @Test(
        "An opinion on \"dette\" under a question's heading is read from its evaluation; an address line heads nothing"
    )
    func opinionOfThisAndAddressLines() {
        let read = Self.reading(tilsyn: "Årlig tilsyn med private vannverk fra 2026.")
        #expect(read("Tilsyn\n\nVi mener at dette ikke lar seg gjennomføre.") == [[1, 2]])
        #expect(read("Tilsyn\n\nVi meiner at dette er realistisk.") == [[1, 1]])
        #expect(read("Tilsyn\n\nVi mener dette ikke er realistisk.") == [[1, 2]])
        #expect(read("Tilsyn\n\nVi mener at departementet bør se på saken.").isEmpty)
        #expect(read("Tilsyn\n\nVi mener at det ikke er noen god framgangsmåte å lovfeste dette nå.") == [[1, 2]])
        // Continuing the work on a matter is asked for, no position taken on it.
        #expect(read("Tilsyn\n\nDet anbefales at arbeidet med tilsynet videreføres.").isEmpty)
        // "Fra …" heads the response with its sender: the stance after it is on the whole proposal.
        #expect(read("Fra styret for private vannverk\n\nVi støtter forslaget.") == [[1, 1], [2, 1]])
        #expect(read("Til kapittelet om tilsyn\n\nVi støtter forslaget.") == [[1, 1]])
    }

    /// Each answer a text gets in the "Tilsyn" and "Gebyr" hearing, the questions worded as given.
    static func reading(tilsyn: String, gebyr: String = "Gebyret fastsettes etter målt forbruk.") -> (String) -> [[Int]]
    {
        let reader = PositionReader(hearing: Fixtures.tilsynAndGebyr(tilsyn, gebyr))
        return { PositionReaderTests.positions(reader, $0) }
    }
}
