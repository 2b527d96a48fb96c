import Testing

@testable import HearingCore

@Suite("Recipients CSV")
struct RecipientsCSVTests {
    @Test("The interface's example row, with addresses and domains split on semicolons")
    func interfaceExample() throws {
        let recipients = try RecipientsCSV.parse(
            "id,name,kind,email\nmalvik,Malvik "
                + "kommune,kommune,postmottak@malvik.kommune.no;ola.nordmann@malvik.kommune.no\n",
            file: "m.csv")
        #expect(
            recipients == [
                Recipient(
                    id: "malvik", name: "Malvik kommune", kind: "kommune",
                    emails: ["postmottak@malvik.kommune.no", "ola.nordmann@malvik.kommune.no"])
            ])
    }

    @Test("Columns are found by name, semicolon-separated files from Excel are read, aliases are optional")
    func columnsByName() throws {
        let recipients = try RecipientsCSV.parse(
            "email;id;name;kind;aliases\n@ks.no;ks;KS Trøndelag;organisasjon;KS\n", file: "k.csv")
        #expect(recipients.first?.emails == ["@ks.no"])
        #expect(recipients.first?.aliases == ["KS"])
    }

    @Test(
        "Faults name the file and the line",
        arguments: [
            (
                "name,kind\nMalvik,kommune\n",
                "Mottakerlisten «f.csv» mangler kolonnene «id» og «name» i første linje (forventet "
                    + "«id,name,kind,email»)."
            ),
            (
                "id,name,kind,email\nmalvik,,kommune,a@b.no\n",
                "Mottakerlisten «f.csv», linje 2: navn mangler for «malvik»."
            ),
            (
                "id,name,kind,email\na,A,kommune,a@a.no\na,B,kommune,b@b.no\n",
                "Mottakerlisten «f.csv», linje 3: id «a» står to ganger."
            ),
            (
                "id,name,kind,email\na,A,kommune,ikke-en-adresse\n",
                "Mottakerlisten «f.csv», linje 2: «ikke-en-adresse» er verken en e-postadresse eller et @domene."
            ),
            ("", "Mottakerlisten «f.csv» er tom; første linje skal være «id,name,kind,email»."),
        ])
    func faults(text: String, message: String) {
        let error = #expect(throws: HearingError.self) { try RecipientsCSV.parse(text, file: "f.csv") }
        #expect(error?.code == .recipients)
        #expect(error?.message == message)
    }

    @Test("Writing and reading gives the same list")
    func roundTrip() throws {
        let recipients = Fixtures.example.recipients
        #expect(try RecipientsCSV.parse(RecipientsCSV.text(recipients), file: "x.csv") == recipients)
    }

    @Test("Addresses match exactly or by domain, in any case")
    func matching() {
        let malvik = Recipient(
            id: "malvik", name: "Malvik kommune", kind: "kommune",
            emails: ["postmottak@malvik.kommune.no", "@malvik.kommune.no"])
        #expect(malvik.matches(address: "Siri.Aune@Malvik.Kommune.no"))
        #expect(malvik.matchesExactly(address: "POSTMOTTAK@malvik.kommune.no"))
        #expect(!malvik.matches(address: "someone@notmalvik.kommune.no.example"))
    }

    @Test("A body without an address and a kind that looks like a slip are named; usual rows are not")
    func warnings() throws {
        let recipients = try RecipientsCSV.parse(
            """
            id,name,kind,email
            malvik,Malvik kommune,kommuen,postmottak@malvik.kommune.no
            ks,KS Trøndelag,organisasjon,
            stolav,St. Olavs hospital HF,helseforetak,postmottak@stolav.no
            """, file: "m.csv")
        #expect(
            RecipientsCSV.warnings(recipients) == [
                "«Malvik kommune» (malvik) har typen «kommuen»; mente du «kommune»?",
                "«KS Trøndelag» (ks) har ingen e-postadresse: den får ikke høringsbrevet, og svar fra den kjennes "
                    + "bare igjen på navnet.",
            ])
    }
}
