import Foundation
import TestSupport

@testable import HearingCore

/// One hearing of `../shared/corpora/hoeringssvar`, run as a secretariat would run it: the round started from its
/// letter (or, where there is none, from the question texts and alternative labels alone), the responses wrapped as
/// e-mail from the bodies on a list made of their `Fra:` lines, imported, analysed, and compared with the labels.
struct HearingCorpusRound {
    /// The corpus folder, beside the project.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpora/hoeringssvar")

    /// The hearings in the corpus: every folder with a `truth.json`, sorted.
    static func hearings() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: root.appendingPathComponent("\($0)/truth.json").path)
        }
        .sorted()
    }

    /// The labelled positions of one response.
    struct Label: Decodable {
        let respondent: String
        let answers: [String: Int]
        let note: String?
    }

    /// The corpus's own definition: question texts and alternative labels (its aliases are never used).
    struct CorpusDefinition: Decodable {
        struct Question: Decodable {
            struct Alternative: Decodable {
                let number: Int
                let label: String
            }
            let number: Int
            let text: String
            let alternatives: [Alternative]
        }
        let title: String
        let deadline: String?
        let questions: [Question]
    }

    /// How one hearing read.
    struct Outcome {
        var name: String
        var fromLetter: Bool
        var derivedQuestions: Int
        var labelledQuestions: Int
        var labels = 0
        var right = 0
        var wrong = 0
        var missed = 0
        var falsePositions = 0
        /// One line per wrong, missed or false position: "hearing/NN spm. q: lest x, riktig y".
        var misses: [String] = []
        /// The sentence a wrong or false position rests on, by its miss line.
        var evidence: [String: String] = [:]
        /// For a round started from its letter: whether the deadline read matches the corpus's (nil when it has none).
        var deadlineRight: Bool?
        /// Per deciding rule: positions read right, wrong (another alternative) and false (where the label has none).
        var rules: [String: (right: Int, wrong: Int, false: Int)] = [:]
        /// Positions read with no review (confidence 0.7 or more) and needing review, right and all.
        var sure = (right: 0, all: 0)
        var unsure = (right: 0, all: 0)
        /// For study (`HEARING_CORPUS_SHOW`): the questions derived and each response with a miss, text and label.
        var detail: [String] = []
    }

    /// The responses whose reading is printed unit by unit (`HEARING_TRACE=hearing/NN,hearing`), for study.
    static let traced = Set(
        (ProcessInfo.processInfo.environment["HEARING_TRACE"] ?? "").split(separator: ",").map(String.init))

    let name: String
    var folder: URL { Self.root.appendingPathComponent(name) }

    /// The letter's text without the corpus's provenance note at its end.
    static func letterText(_ raw: String) -> String {
        var lines = raw.components(separatedBy: "\n")
        if let rule = lines.lastIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) {
            let after = lines[(rule + 1)...].first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
            if after.hasPrefix("*") || after.hasPrefix("Rekonstruert") { lines.removeSubrange(rule...) }
        }
        while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
        if let last = lines.last,
            last.hasPrefix("*Merknad") || last.hasPrefix("*Reconstructed") || last.hasPrefix("*Rekonstruert")
        {
            lines.removeLast()
        }
        return lines.joined(separator: "\n")
    }

    /// The definition the round starts from.
    func definition() throws -> (hearing: Hearing, fromLetter: Bool) {
        let letter = folder.appendingPathComponent("letter.md")
        if let raw = try? String(contentsOf: letter, encoding: .utf8) {
            return (LetterReader(text: Self.letterText(raw)).read().hearing, true)
        }
        let corpus = try JSONDecoder().decode(
            CorpusDefinition.self,
            from: Data(contentsOf: folder.appendingPathComponent("hearing.json")))
        let questions = corpus.questions.map { question -> Question in
            let labels = question.alternatives.map(\.label)
            let yesNo = labels.count == 2 && labels[0].lowercased() == "støtter forslaget"
            let alternatives = question.alternatives.map {
                Alternative(number: $0.number, id: "alternativ-\($0.number)", label: $0.label)
            }
            return Question(
                number: question.number, id: "sporsmal-\(question.number)", title: question.text,
                text: question.text, kind: yesNo ? .yesNo : .choice, alternatives: alternatives)
        }
        let deadline = corpus.deadline.flatMap(CalendarDay.init(parsing:))
        let hearing = Hearing(
            id: name, title: corpus.title, caseReference: nil,
            sender: Sender(
                name: "Sekretariatet", organisation: nil, replyAddress: "svar@corpus.example.no",
                contactPerson: nil),
            sentDate: nil, deadline: deadline, meeting: nil, questions: questions)
        return (hearing, false)
    }

    /// The responses: number, the body's name (the `Fra:` line) and the text after the provenance lines.
    func responses() throws -> [(key: String, from: String, body: String)] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("responses").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        return try files.map { file in
            let text = try String(contentsOf: folder.appendingPathComponent("responses/\(file)"), encoding: .utf8)
            var lines = text.components(separatedBy: "\n")
            let from = lines.first.map { String($0.dropFirst("Fra:".count)).trimmingCharacters(in: .whitespaces) } ?? ""
            lines.removeFirst(min(2, lines.count))
            return (String(file.dropLast(4)), from, lines.joined(separator: "\n").trimmingCharacters(in: .newlines))
        }
    }

    /// The recipient made of a `Fra:` line: its name up to a parenthesis, an address at a made-up domain.
    static func recipient(from: String, key: String) -> Recipient {
        let name = from.components(separatedBy: " (").first?.trimmingCharacters(in: .whitespaces) ?? from
        let slug = LetterReader.slug(name).prefix(40)
        let kind = name.lowercased().contains("kommune") ? "kommune" : "organisasjon"
        return Recipient(id: "r\(key)-\(slug)", name: name, kind: kind, emails: ["postmottak@\(slug).example.no"])
    }

    /// A plain UTF-8 e-mail from the recipient, dated ten days before the deadline.
    static func message(key: String, hearing: Hearing, recipient: Recipient, body: String) -> String {
        let day = hearing.deadline ?? CalendarDay(year: 2020, month: 1, day: 20)!
        let date = String(
            format: "%02d %@ %04d 10:00:00 +0100", max(1, day.day - 10),
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][day.month - 1],
            day.year)
        let subject = "Høringssvar – \(hearing.title)"
        let encoded = "=?utf-8?B?\(Data(subject.utf8).base64EncodedString())?="
        return """
            From \(recipient.emails[0]) Mon Jan  1 00:00:00 2024
            From: \(recipient.name) <\(recipient.emails[0])>
            To: \(hearing.sender.replyAddress)
            Subject: \(encoded)
            Date: \(date)
            Message-ID: <corpus-\(key)@hoeringssvar.example.no>
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: 8bit

            \(body.replacingOccurrences(of: "\nFrom ", with: "\n>From "))


            """
    }

    /// Runs the round and compares it with the labels.
    func run() throws -> Outcome {
        let (hearing, fromLetter) = try definition()
        let labels = try JSONDecoder().decode(
            [String: Label].self,
            from: Data(contentsOf: folder.appendingPathComponent("truth.json")))
        let corpus = try JSONDecoder().decode(
            CorpusDefinition.self,
            from: Data(contentsOf: folder.appendingPathComponent("hearing.json")))
        let responses = try responses()
        let recipients = responses.map { Self.recipient(from: $0.from, key: $0.key) }
        let path = TestFolder.path("hearing-corpus", name)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let workspace = try Workspace.create(at: path, hearing: hearing, recipients: recipients)
        let mbox = responses.enumerated().map { index, response in
            Self.message(key: response.key, hearing: hearing, recipient: recipients[index], body: response.body)
        }.joined()
        let mboxPath = workspace.file("svar.mbox")
        try Data(mbox.utf8).write(to: URL(fileURLWithPath: mboxPath))
        _ = try Importer(store: try workspace.openStore()).run(paths: [mboxPath], startedAt: "corpus")
        let state = try RoundAnalysis.run(workspace)

        let mapping = QuestionMapping(derived: hearing, corpus: corpus, fromLetter: fromLetter)
        var outcome = Outcome(
            name: name, fromLetter: fromLetter, derivedQuestions: hearing.questions.count,
            labelledQuestions: corpus.questions.count)
        if fromLetter, let known = corpus.deadline { outcome.deadlineRight = hearing.deadline?.description == known }
        for response in responses {
            let label = labels[response.key]?.answers ?? [:]
            let missesBefore = outcome.misses.count
            let submission = state.submissions.first {
                $0.message.messageID?.hasPrefix("corpus-\(response.key)@") == true
            }
            var read: [Int: Int] = [:]
            var evidence: [Int: String] = [:]
            var answers: [Int: Answer] = [:]
            for answer in submission?.answers ?? [] {
                for (question, alternative) in mapping.corpusPositions(
                    question: answer.question, alternative: answer.alternative)
                {
                    read[question] = alternative
                    evidence[question] = answer.evidence
                    answers[question] = answer
                }
            }
            for question in corpus.questions.map(\.number) {
                let wanted = label[String(question)]
                let got = read[question]
                let gotText = got.map(String.init) ?? "–"
                let wantedText = wanted.map(String.init) ?? "–"
                let line = "\(name)/\(response.key) spm. \(question): lest \(gotText), riktig \(wantedText)"
                if let said = evidence[question], wanted != got {
                    let confidence = answers[question].map { String(format: " %.2f", $0.confidence) } ?? ""
                    outcome.evidence[line] = "[\(answers[question]?.rules.first ?? "–")\(confidence)] " + said
                }
                if let answer = answers[question] {
                    outcome.count(answer, right: wanted == got, labelled: wanted != nil)
                }
                switch (wanted, got) {
                case let (wanted?, got?) where wanted == got: outcome.labels += 1; outcome.right += 1
                case (_?, _?): outcome.labels += 1; outcome.wrong += 1; outcome.misses.append(line)
                case (_?, nil): outcome.labels += 1; outcome.missed += 1; outcome.misses.append(line)
                case (nil, _?): outcome.falsePositions += 1; outcome.misses.append(line)
                case (nil, nil): break
                }
            }
            if Self.traced.contains("\(name)/\(response.key)") || Self.traced.contains(name) {
                let reading = PositionReader(hearing: hearing, tracing: true).read(response.body)
                print("### \(name)/\(response.key)\n" + reading.trace.joined(separator: "\n"))
            }
            if outcome.misses.count > missesBefore {
                outcome.detail.append(
                    "--- \(response.key) (\(response.from)): \(labels[response.key]?.note ?? "")\n"
                        + outcome.misses[missesBefore...].joined(separator: "\n") + "\n" + response.body)
            }
        }
        outcome.detail.insert(Self.describe(hearing, mapping: mapping), at: 0)
        return outcome
    }
}

extension HearingCorpusRound {
    /// The questions derived, each with its kind, alternatives and the labelled question it stands for.
    static func describe(_ hearing: Hearing, mapping: QuestionMapping) -> String {
        hearing.questions.map { question in
            let numbers = mapping.corpusQuestions(question.number).map(String.init).joined(separator: "+")
            let corpus = numbers.isEmpty ? "–" : numbers
            let alternatives = question.alternatives.map { "\($0.number)=\($0.label)" }.joined(separator: "; ")
            let kind = question.kind.rawValue + (question.coversWholeProposal ? ", hele" : "")
            return "spm. \(question.number) → merket \(corpus) [\(kind)] \(question.title)\n"
                + "    \(question.text.prefix(300))\n    \(alternatives)"
        }.joined(separator: "\n")
    }
}

extension HearingCorpusRound.Outcome {
    /// Counts a position read under its deciding rule and its confidence.
    mutating func count(_ answer: Answer, right: Bool, labelled: Bool) {
        let rule = answer.rules.first ?? "–"
        var figures = rules[rule] ?? (0, 0, 0)
        if right { figures.right += 1 } else if labelled { figures.wrong += 1 } else { figures.false += 1 }
        rules[rule] = figures
        if answer.confidence >= 0.7 {
            sure.all += 1
            if right { sure.right += 1 }
        } else {
            unsure.all += 1
            if right { unsure.right += 1 }
        }
    }

    /// Adds another hearing's figures.
    mutating func add(_ other: Self) {
        labels += other.labels
        right += other.right
        wrong += other.wrong
        missed += other.missed
        falsePositions += other.falsePositions
        misses += other.misses
        evidence.merge(other.evidence) { first, _ in first }
        rules.merge(other.rules) { ($0.right + $1.right, $0.wrong + $1.wrong, $0.false + $1.false) }
        sure = (sure.right + other.sure.right, sure.all + other.sure.all)
        detail += other.detail
        unsure = (unsure.right + other.unsure.right, unsure.all + other.unsure.all)
    }
}
