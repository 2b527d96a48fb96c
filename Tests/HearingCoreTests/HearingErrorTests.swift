import Foundation
import Mail
import Testing

@testable import HearingCore

/// The sentences made in one place: each names what is at fault, ends as a sentence, and has the right code.
@Suite struct HearingErrorTests {
    @Test(
        "Each fault gives its code and a whole Norwegian sentence",
        arguments: [
            (
                HearingError.Fault.storeTooNew(path: "a/store.sqlite", version: 9, supported: 3),
                HearingError.Code.store,
                "Lageret «a/store.sqlite» er laget av en nyere versjon av hearing (skjema 9, denne versjonen kan lese "
                    + "til og "
                    + "med 3). Oppdater programmet."
            ),
            (
                .templateEmptyField(template: "t.txt", field: "høring.saksnummer"), .template,
                "Malen «t.txt» bruker feltet «{{høring.saksnummer}}», men det har ingen verdi i høringsdefinisjonen. "
                    + "Fyll det inn i hearing.json eller fjern det fra malen."
            ),
            (
                .sendRefused(command: "exit 3", address: "a@b.no", status: 3, detail: nil), .sending,
                "«exit 3» avviste meldingen til a@b.no (status 3)."
            ),
            (
                .sendRefused(command: "sendmail", address: "a@b.no", status: 1, detail: "no such user"), .sending,
                "«sendmail» avviste meldingen til a@b.no (status 1): no such user."
            ),
            (
                .noMail(paths: ["x.txt"], skipped: 1), .input,
                "Fant ingen e-post i «x.txt» (hoppet over 1 fil som ikke er e-post). Oppgi en mbox-fil, .eml-filer, en "
                    + "Maildir eller en mappe med e-poster."
            ),
            (
                .responseAmbiguous(name: "ab", numbers: [3, 9], ids: ["ab12", "ab34"]), .lookup,
                "«ab» passer til 2 svar: svar 3 (ab12), svar 9 (ab34). Skriv flere sifre, eller bruk «svar N»."
            ),
            (.fileUnwritable(path: "r.docx", reason: .diskFull), .output, "Kan ikke skrive «r.docx»: disken er full."),
            (
                .recipientsSyntax(file: "m.csv", error: CSVError(line: 4, problem: .unclosedQuote)), .recipients,
                "Mottakerlisten «m.csv» har feil på linje 4: et felt i anførselstegn er ikke avsluttet."
            ),
            (
                .definitionInvalid(file: "h.json", problem: .fieldMissing(key: "title", parent: nil)), .definition,
                "Høringsdefinisjonen «h.json» er ugyldig: feltet «title» mangler."
            ),
            (
                .exampleUnknown(name: "x", known: ["fsu-2024"]), .example,
                "Eksempelet «x» finnes ikke. Tilgjengelige eksempler: «fsu-2024»."
            ),
        ])
    func sentence(fault: HearingError.Fault, code: HearingError.Code, message: String) {
        let error = HearingError(fault)
        #expect(error.code == code)
        #expect(error.message == message)
        #expect(error.description == message)
    }

    @Test("An import that stops keeps the Mail module's sentence and says nothing was kept")
    func importStopped() {
        let error = HearingError(.importStopped(MailError(.empty(path: "tom.eml"))))
        #expect(error.code == .input)
        #expect(error.message == "«tom.eml» er tom og inneholder ingen e-post. Ingenting ble importert.")
    }

    @Test("A system error is named in Norwegian, never in Foundation's English")
    func systemReason() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("finnes-ikke-\(UUID())/fil.txt")
        do {
            try Data("x".utf8).write(to: folder)
            Issue.record("expected an error")
        } catch {
            #expect(SystemReason(error) == .noSuchPath)
            #expect(
                HearingError(.fileUnwritable(path: "p", reason: SystemReason(error))).message
                    == "Kan ikke skrive «p»: stien finnes ikke.")
        }
    }
}
