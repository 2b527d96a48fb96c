import Documents
import Foundation
import Testing

@testable import HearingCore

@Suite("The reply form")
struct ReplyFormTests {
    private let hearing = Fixtures.example.hearing

    @Test("The form has one line per question with a box per alternative")
    func text() {
        let lines = ReplyForm.text(for: hearing).split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "SVARSKJEMA – Høring – forslag til ny struktur for faglige samarbeidsutvalg (FSU) (vår ref. "
                + "24/04512)"
        )
        #expect(lines.contains("1. Struktur: [ ] forslag 1  [ ] forslag 2"))
        #expect(lines.contains("2. Helseberedskap: [ ] eget FSU  [ ] arbeidsgruppe under ASU"))
        #expect(lines.contains("5. Lederutvalg: [ ] ja (støtter)  [ ] nei"))
    }

    private func filled(_ marks: [Int: Int], box: String = "[X]") -> String {
        ReplyForm.text(for: hearing).split(separator: "\n").map { line -> String in
            var line = String(line)
            for question in hearing.questions where line.hasPrefix("\(question.number). ") {
                if let alternative = marks[question.number],
                    let label = question.alternatives.first(where: { $0.number == alternative })?.label
                {
                    line = line.replacingOccurrences(of: "[ ] \(label)", with: "\(box) \(label)")
                }
            }
            return line
        }.joined(separator: "\n")
    }

    @Test(
        "A filled form in the e-mail is read with certainty, boxes in any common form",
        arguments: ["[X]", "[x]", "☒", "[✓]"])
    func inBody(box: String) {
        let submission = Fixtures.read(
            Fixtures.message(
                from: "postmottak@malvik.kommune.no",
                body: "Se utfylt skjema.\n\n" + filled([1: 2, 2: 1, 5: 2], box: box)))
        #expect(submission.answers.map { [$0.question, $0.alternative] } == [[1, 2], [2, 1], [5, 2]])
        #expect(submission.answers.allSatisfy { $0.confidence == 1 })
        #expect(!submission.needsReview)
    }

    @Test("A form filled in inside the quoted letter counts; the unfilled quoted form alone does not")
    func quoted() {
        let quotedForm = filled([1: 1, 4: 1]).split(separator: "\n").map { "> " + $0 }.joined(separator: "\n")
        let submission = Fixtures.read(
            Fixtures.message(
                from: "postmottak@hitra.kommune.no", subject: "SV: Høring",
                body: "Vi har krysset av under.\n\n" + quotedForm))
        #expect(submission.answers.map { [$0.question, $0.alternative] } == [[1, 1], [4, 1]])
        let untouched = ReplyForm.text(for: hearing).split(separator: "\n").map { "> " + $0 }.joined(separator: "\n")
        #expect(
            Fixtures.read(
                Fixtures.message(
                    from: "postmottak@hitra.kommune.no", subject: "SV: Høring", body: "Kommer tilbake.\n\n" + untouched)
            ).answers.isEmpty)
    }

    @Test("Two boxes checked on one question gives no answer for it")
    func twoBoxes() {
        let form = filled([1: 1]).replacingOccurrences(of: "[ ] forslag 2", with: "[X] forslag 2")
        let submission = Fixtures.read(Fixtures.message(from: "postmottak@malvik.kommune.no", body: form))
        #expect(submission.answers.isEmpty)
        #expect(submission.reviewReasons.contains(.formConflict(question: 1)))
    }

    @Test("The form in the letter and the e-mails comes from the definition")
    func inLetter() throws {
        let mailing = try Mailing(workspace: try Fixtures.workspace())
        #expect(
            try mailing.letterText(today: CalendarDay(year: 2024, month: 4, day: 22)!).contains(
                "| 3. Digital samhandling | ☐ ivaretas i alle FSU  ☐ arbeidsgruppe under ASU |"))
    }
}

@Suite("The reply form in a returned document")
struct ReplyFormDocumentTests {
    /// A reply from Melhus with the filled-in form as a Word attachment.
    static func returned(_ document: DocumentModel) -> String {
        Fixtures.messageWithAttachment(
            from: "postmottak@melhus.kommune.no", subject: "Svarskjema",
            body: "Vedlagt utfylt svarskjema.", name: "svarskjema.docx",
            type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            bytes: WordWriter.docx(document))
    }

    @Test("A form filled in a Word document attached to the reply is read with certainty")
    func docx() throws {
        let hearing = Fixtures.example.hearing
        let form = ReplyForm.text(for: hearing).replacingOccurrences(of: "[ ] forslag 2", with: "☒ forslag 2")
            .replacingOccurrences(of: "[ ] arbeidsgruppe under ASU", with: "☒ arbeidsgruppe under ASU")
        let submission = Fixtures.read(
            Self.returned(
                MarkdownReader.document(
                    "# Svar fra Melhus kommune\n\n" + form,
                    title: "Svar", author: "Melhus kommune")))
        #expect(submission.answers.map { [$0.question, $0.alternative] } == [[1, 2], [2, 2], [3, 2]])
        #expect(submission.answers.allSatisfy { $0.evidence.hasPrefix("Svarskjema: ") })
        #expect(!submission.needsReview)
    }

    @Test("The form as a Word table, ticked in Word and returned, is read with certainty")
    func wordTable() throws {
        let hearing = Fixtures.example.hearing
        let form = ReplyForm.table(for: hearing).replacingOccurrences(of: "☐ forslag 1", with: "☒ forslag 1")
            .replacingOccurrences(of: "☐ nei |", with: "☒ nei |")
        let document = MarkdownReader.document(
            "# Svar fra Melhus kommune\n\n" + form, title: "Svar", author: "Melhus kommune")
        #expect(document.blocks.contains { if case .table = $0 { return true } else { return false } })
        let submission = Fixtures.read(Self.returned(document))
        #expect(submission.answers.map { [$0.question, $0.alternative] } == [[1, 1], [4, 2], [5, 2]])
        #expect(submission.answers.allSatisfy { $0.rules == ["form.box"] })
    }
}
