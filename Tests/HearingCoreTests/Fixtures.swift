import Foundation
import TestSupport
import Testing

@testable import HearingCore

/// Shared helpers: the shipped example, temporary workspaces, and message building.
enum Fixtures {
    /// A printed figure: "12/20 (60.0%)"; a share of nothing is 0.0%.
    static func share(_ part: Int, of whole: Int) -> String {
        "\(part)/\(whole) (\(percent(Double(part) / Double(max(whole, 1)))))"
    }

    /// A rate printed as a percentage with one decimal: 0.6 → "60.0%".
    static func percent(_ rate: Double) -> String {
        String(format: "%.1f%%", 100 * rate)
    }

    /// The FSU example hearing and its recipients, as shipped in the binary.
    static let example: (hearing: Hearing, recipients: [Recipient]) = try! ExampleLibrary.example("fsu-2024")

    /// A yes/no question's two alternatives, as a letter gives them.
    static let yesNo = [
        Alternative(number: 1, id: "ja", label: "ja (støtter)", aliases: ["ja"]),
        Alternative(number: 2, id: "nei", label: "nei"),
    ]

    /// A hearing of the tests' own with the given questions and nothing else: no deadline, no meeting.
    static func hearing(_ questions: [Question]) -> Hearing {
        Hearing(
            id: "h", title: "Høring", caseReference: nil,
            sender: Sender(name: "Sekretariatet", organisation: nil, replyAddress: "post@bygd.no", contactPerson: nil),
            sentDate: nil, deadline: nil, meeting: nil, questions: questions)
    }

    /// A hearing that asks one thing: a choice between the alternatives.
    static func choiceHearing(title: String, text: String, _ alternatives: [Alternative]) -> Hearing {
        hearing([Question(number: 1, id: "valg", title: title, text: text, kind: .choice, alternatives: alternatives)])
    }

    /// A hearing of yes/no questions, each given by its title and text, numbered in order.
    static func yesNoHearing(_ questions: [(title: String, text: String)]) -> Hearing {
        hearing(
            questions.enumerated().map { index, question in
                Question(
                    number: index + 1, id: "q\(index + 1)", title: question.title, text: question.text, kind: .yesNo,
                    alternatives: yesNo)
            })
    }

    /// A yes/no question given by its number, title and text.
    static func yesNoQuestion(_ number: Int, _ title: String, _ text: String) -> Question {
        Question(number: number, id: "q\(number)", title: title, text: text, kind: .yesNo, alternatives: yesNo)
    }

    /// A choice question given by its number, title, text and its alternatives' labels.
    static func choiceQuestion(_ number: Int, _ title: String, _ text: String, labels: [String]) -> Question {
        Question(
            number: number, id: "q\(number)", title: title, text: text, kind: .choice,
            alternatives: labels.enumerated().map {
                Alternative(number: $0.offset + 1, id: "a\($0.offset + 1)", label: $0.element)
            })
    }

    /// A hearing of two yes/no questions, "Tilsyn" and "Gebyr", in the letter's words given.
    static func tilsynAndGebyr(_ tilsyn: String, _ gebyr: String) -> Hearing {
        hearing([
            Question(
                number: 1, id: "tilsyn", title: "Tilsyn", text: tilsyn, kind: .yesNo, alternatives: yesNo),
            Question(number: 2, id: "gebyr", title: "Gebyr", text: gebyr, kind: .yesNo, alternatives: yesNo),
        ])
    }

    /// A hearing that asks one thing: a choice between alternatives given by their labels.
    static func choiceHearing(title: String, text: String, labels: [String]) -> Hearing {
        choiceHearing(
            title: title, text: text,
            labels.enumerated().map { Alternative(number: $0.offset + 1, id: "a\($0.offset + 1)", label: $0.element) })
    }

    /// A fresh temporary folder path (not created).
    static func temporaryPath(_ name: String = "ws") -> String {
        TestFolder.path("hearingtests", name)
    }

    /// A new workspace for the FSU example.
    static func workspace() throws -> Workspace {
        try Workspace.create(
            at: temporaryPath(), hearing: example.hearing, recipients: example.recipients, example: "fsu-2024")
    }

    /// A new workspace for the FSU example with its sample mailbox imported.
    static func sampleWorkspace() throws -> Workspace {
        let workspace = try Self.workspace()
        let mailbox = workspace.file("responses.mbox")
        _ = FileManager.default.createFile(
            atPath: mailbox, contents: Data(try #require(ExampleLibrary.sampleMailbox("fsu-2024"))))
        _ = try Importer(store: try workspace.openStore()).run(paths: [mailbox], startedAt: "t")
        return workspace
    }

    /// Writes bytes to a temporary file and returns its path.
    static func file(_ content: String, name: String) -> String {
        let path = temporaryPath("file") + "-" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(content.utf8))
        return path
    }

    /// A plain UTF-8 message with the given sender, subject, date and body.
    static func message(
        from: String, subject: String = "Høring FSU", date: String = "Thu, 30 May 2024 10:00:00 +0200",
        id: String = UUID().uuidString, headers: String = "", body: String
    ) -> String {
        """
        From: \(from)
        To: sekretaritat.helsefellesskapet@stolav.no
        Subject: \(subject)
        Date: \(date)
        Message-ID: <\(id)@test>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8
        \(headers)
        \(body)

        """.replacingOccurrences(of: "\n\n\n", with: "\n\n")
    }

    /// A message with a text part and one attachment, base64-encoded.
    static func messageWithAttachment(
        from: String = "Melhus kommune <postmottak@melhus.kommune.no>",
        subject: String = "Høringssvar", body: String = "Se vedlagt høringssvar.",
        name: String, type: String, bytes: [UInt8]
    ) -> String {
        let encoded = Data(bytes).base64EncodedString(options: [.lineLength76Characters, .endLineWithLineFeed])
        return """
            From: \(from)
            To: sekretaritat.helsefellesskapet@stolav.no
            Subject: \(subject)
            Date: Thu, 30 May 2024 10:00:00 +0200
            Message-ID: <\(UUID().uuidString)@test>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain; charset=utf-8

            \(body)
            --b
            Content-Type: \(type)
            Content-Disposition: attachment; filename="\(name)"
            Content-Transfer-Encoding: base64

            \(encoded)
            --b--

            """
    }

    /// Reads one message as the tool would, without a store.
    static func read(_ raw: String, sequence: Int = 1) -> Submission {
        let bytes = Array(raw.utf8)
        let stored = Store.StoredMessage(
            sequence: sequence, hash: SHA256.hex(bytes), bytes: bytes,
            source: .init(file: "test.eml", index: 0, offset: 0), envelope: nil)
        return ResponseReader(hearing: example.hearing, recipients: example.recipients).read(stored)
    }

    /// A message read and counted on its own in the example round: how it counts and whether it is late.
    static func counted(_ raw: String, extendedDeadlines: [String: CalendarDay] = [:]) -> Submission {
        Aggregator.aggregate(
            hearing: example.hearing, recipients: example.recipients, submissions: [read(raw)],
            extendedDeadlines: extendedDeadlines
        ).submissions[0]
    }
}
