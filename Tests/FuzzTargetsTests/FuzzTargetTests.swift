import Foundation
import Testing

@testable import FuzzTargets

/// Brief in-process fuzzing of every harness on each `swift test`: seeds from ../shared/corpora and the project's own
/// fixtures, mutated by a fixed-seed generator (bit flips, boundary bytes, inserted, deleted and repeated runs,
/// splices, truncation), so that a run is repeatable and CI exercises each harness. The long, coverage-guided runs are
/// `scripts/fuzz.sh` with libFuzzer. A crash fails the run; a failed invariant inside a target traps.
@Suite("Brief fuzzing of every harness")
struct FuzzTargetTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let corpora = root.deletingLastPathComponent().appendingPathComponent("shared/corpora").path

    /// Inputs tried per harness.
    static let rounds = 2000

    /// Regular files under a folder whose names end with one of the suffixes, at most `limit` bytes each, sorted.
    static func files(_ folder: String, suffixes: [String], limit: Int = 32 << 10, count: Int = 60) -> [[UInt8]] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var paths: [String] = []
        while let relative = walker.nextObject() as? String {
            if suffixes.contains(where: { relative.hasSuffix($0) }) { paths.append(folder + "/" + relative) }
        }
        return paths.sorted().compactMap { path -> [UInt8]? in
            guard let data = FileManager.default.contents(atPath: path), !data.isEmpty, data.count <= limit else {
                return nil
            }
            return [UInt8](data)
        }.prefix(count).map { $0 }
    }

    /// Inputs a fuzzing run once found a fault with, kept under `Regressions/<harness>/`: each runs first, as is.
    static func regressions(for target: String) -> [[UInt8]] {
        files(
            root.appendingPathComponent("Tests/FuzzTargetsTests/Regressions/\(target)").path, suffixes: [""],
            limit: 4 << 20, count: 10_000)
    }

    static func seeds(for target: String) -> [[UInt8]] {
        regressions(for: target) + corpusSeeds(for: target)
    }

    static func corpusSeeds(for target: String) -> [[UInt8]] {
        let mails =
            files(corpora + "/mail-parser/resources/eml", suffixes: [".eml"])
            + files(corpora + "/cpython-test_email", suffixes: [".txt"], count: 40)
        switch target {
        case "FuzzMbox":
            return files(corpora + "/MimeKit/UnitTests/TestData/mbox", suffixes: [".mbox.txt"], limit: 16 << 10)
                + files(corpora + "/set-of-emails/mailbox", suffixes: ["mbox-0", "mbox-1"], limit: 64 << 10)
                + [
                    Array(
                        ("From a@b Thu May 30 10:00:00 2024\nContent-Length: 5\n\nFrom \n\nFrom c@d Thu May 30 "
                            + "11:00:00 2024\n\n>From x\n")
                            .utf8)
                ]
        case "FuzzHeaders":
            let cases = [
                "=?utf-8?B?SMO4cmluZw==?= =?iso-8859-1?q?p=E5_FSU?=",
                "text/plain; charset*0*=utf-8''H%C3%B8; name*1=\"ring\"",
                "\"Frøya kommune\" <post@froya.kommune.no>, (comment) a@b (c), Gruppe: x@y, z@w;",
                "Tue, 1 Jul 2003 10:52:37 +0200 (CEST)",
            ]
            return cases.map { Array($0.utf8) }
        case "FuzzEncodings":
            return [
                Array("\u{1}SMO4cmluZyBww6UgRlNV\n=\n".utf8), Array("\u{2}H=C3=B8ring p=\n=C3=A5 FSU=\n".utf8),
                Array("\u{3}begin 644 a.txt\n%2\\!I(0``\n`\nend\n".utf8),
            ] + mails.prefix(10)
        case "FuzzHTML":
            return files(corpora + "/MimeKit/UnitTests/TestData/mbox", suffixes: [".html"], count: 30)
        case "FuzzDocuments":
            return files(
                root.appendingPathComponent("Tests/DocumentsTests/Fixtures").path,
                suffixes: [".pdf", ".docx", ".odt", ".zip", ".fodt"], limit: 64 << 10)
        default:
            return mails
        }
    }

    @Test("Each harness survives mutated inputs", arguments: FuzzTarget.all.map(\.name))
    func harnessSurvives(name: String) throws {
        let target = try #require(FuzzTarget.named(name))
        let seeds = Self.seeds(for: name)
        try #require(!seeds.isEmpty, "no seeds for \(name)")
        var mutator = Mutator(seed: 0x4845_4152_494E_47 ^ UInt64(name.utf8.count))
        var tried = 0
        for seed in seeds {
            target.run(seed)
            tried += 1
        }
        for round in 0..<Self.rounds {
            let input = mutator.mutate(seeds[round % seeds.count], other: seeds[(round * 7 + 3) % seeds.count])
            target.run(input)
            tried += 1
        }
        print(
            "\(name): \(tried) inputs (\(seeds.count) seeds, \(Self.rounds) mutations), 0 crashes — \(target.summary)")
        #expect(tried == seeds.count + Self.rounds)
    }
}

/// Byte-level mutations from a SplitMix64 generator.
struct Mutator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }

    /// Bytes the parsers treat specially.
    static let interesting: [UInt8] = [
        0, 0x0A, 0x0D, 0x20, 0x09, 0x22, 0x28, 0x29, 0x2D, 0x3A, 0x3B, 0x3C, 0x3D, 0x3E, 0x3F, 0x5C, 0x7F, 0x80, 0xC3,
        0xFF,
    ]

    mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0...below(4) {
            let position = below(bytes.count + 1)
            switch below(7) {
            case 0 where !bytes.isEmpty:
                bytes[min(position, bytes.count - 1)] ^= UInt8(1 << below(8))
            case 1 where !bytes.isEmpty:
                bytes[min(position, bytes.count - 1)] = Self.interesting[below(Self.interesting.count)]
            case 2:
                bytes.insert(
                    contentsOf: (0..<(1 + below(8))).map { _ in Self.interesting[below(Self.interesting.count)] },
                    at: position)
            case 3 where !bytes.isEmpty:
                let end = min(bytes.count, position + 1 + below(64))
                bytes.removeSubrange(min(position, bytes.count - 1)..<end)
            case 4 where !bytes.isEmpty:
                let start = min(position, bytes.count - 1)
                let run = Array(bytes[start..<min(bytes.count, start + 1 + below(32))])
                for _ in 0..<(1 + below(50)) { bytes.insert(contentsOf: run, at: start) }
            case 5 where !other.isEmpty:
                let start = below(other.count)
                bytes.insert(contentsOf: other[start..<min(other.count, start + 1 + below(512))], at: position)
            default:
                bytes = Array(bytes.prefix(position))
            }
        }
        return bytes
    }
}
