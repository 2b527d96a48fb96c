import Foundation
import Testing

@testable import HearingCore

/// Every hearing in `../shared/corpora/hoeringssvar`, run from its letter as a user would run it. Prints per hearing
/// the positions right, wrong, missed and false, and every miss; fails on a miss that is not in the recorded list
/// (`Corpus/hoeringssvar-known-misses.txt`), so the reader can only get better.
@Suite("Real høringssvar to many hearings", .serialized)
struct HearingCorpusTests {
    static let knownMissesFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Corpus/hoeringssvar-known-misses.txt")

    static func knownMisses() -> Set<String> {
        let text = (try? String(contentsOf: knownMissesFile, encoding: .utf8)) ?? ""
        return Set(text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty })
    }

    @Test("Each hearing read from its letter; no miss beyond the recorded ones")
    func everyHearing() throws {
        let names = HearingCorpusRound.hearings()
        try #require(!names.isEmpty, "no hearings found under \(HearingCorpusRound.root.path)")
        let known = Self.knownMisses()
        var total = HearingCorpusRound.Outcome(
            name: "i alt", fromLetter: false, derivedQuestions: 0, labelledQuestions: 0)
        var lines: [String] = []
        var letters = (count: 0, questionCount: 0, deadlines: 0, deadlinesRight: 0)
        let show = ProcessInfo.processInfo.environment["HEARING_CORPUS_SHOW"].map { $0.split(separator: ",") } ?? []
        for name in names {
            let outcome = try HearingCorpusRound(name: name).run()
            if show.contains(where: { $0 == name || $0 == "all" }) {
                let detail = "=== \(name)\n" + outcome.detail.joined(separator: "\n\n")
                try? detail.write(
                    toFile: NSTemporaryDirectory() + "corpus-\(name).txt", atomically: true, encoding: .utf8)
                print(detail)
            }
            if outcome.fromLetter {
                letters.count += 1
                if outcome.derivedQuestions == outcome.labelledQuestions { letters.questionCount += 1 }
                if let right = outcome.deadlineRight {
                    letters.deadlines += 1
                    if right { letters.deadlinesRight += 1 }
                }
            }
            total.add(outcome)
            lines.append(Self.line(outcome))
        }
        print("Høringssvar corpus, \(names.count) hearings:")
        for line in lines { print("  " + line) }
        print("  " + Self.line(total))
        print(
            "  Brev: \(letters.count); antall spørsmål som i merkingen i \(letters.questionCount); "
                + "fristen riktig i \(letters.deadlinesRight) av \(letters.deadlines) som har en")
        print("  Per regel (avgjørende regel: riktige / feil / falske):")
        for (rule, figures) in total.rules.sorted(by: { $0.key < $1.key }) {
            let all = figures.right + figures.wrong + figures.false
            let precision = Self.percent(figures.right, all)
            print("    \(rule): \(figures.right) / \(figures.wrong) / \(figures.false) (presisjon \(precision))")
        }
        let sureShare = Self.percent(total.sure.right, total.sure.all)
        print(
            "  Sikre svar (uten vurdering): \(total.sure.right) av \(total.sure.all) riktige (\(sureShare)); "
                + "til vurdering: \(total.unsure.right) av \(total.unsure.all)")
        let new = total.misses.filter { !known.contains($0) }
        for miss in total.misses {
            print("  \(known.contains(miss) ? "kjent" : "NY   "): \(miss)")
            if let said = total.evidence[miss] { print("         «\(said.prefix(160))»") }
        }
        if ProcessInfo.processInfo.environment["HEARING_RECORD_MISSES"] == "1" {
            let header =
                "# Misses on ../shared/corpora/hoeringssvar recorded by HearingCorpusTests; a new one fails the test.\n"
            try (header + total.misses.sorted().joined(separator: "\n") + "\n")
                .write(to: Self.knownMissesFile, atomically: true, encoding: .utf8)
        }
        #expect(new.count == 0, "nye bom utover listen")
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : String(format: "%.1f %%", 100 * Double(part) / Double(whole))
    }

    static func line(_ outcome: HearingCorpusRound.Outcome) -> String {
        let share = outcome.labels == 0 ? 0 : 100 * Double(outcome.right) / Double(outcome.labels)
        let source =
            outcome.name == "i alt"
            ? ""
            : outcome.fromLetter
                ? " (brev: \(outcome.derivedQuestions) spm., merket \(outcome.labelledQuestions))" : " (definisjon)"
        return
            "\(outcome.name)\(source): \(outcome.right)/\(outcome.labels) riktige (\(String(format: "%.1f", share))%), "
            + "\(outcome.wrong) feil, \(outcome.missed) mangler, \(outcome.falsePositions) falske"
    }
}
