import Foundation
import Mail
import Testing

@testable import HearingCore

/// Hostile and broken input through the whole pipeline, in process: every file of ../shared/corpora and of our own
/// mailboxes, as it is and cut, bit-flipped and spliced, is parsed, understood and imported; nothing may crash and no
/// message may be lost. The counts are printed.
@Suite("Broken input never crashes or loses a message", .serialized)
struct RobustnessTests {
    static let corpora = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpora")

    /// Every message-like file under the corpora (no expectation files), at most 512 kB each, in a stable order.
    static func corpusFiles() -> [URL] {
        guard
            let walker = FileManager.default.enumerator(
                at: corpora, includingPropertiesForKeys: [.fileSizeKey, .isRegularFileKey])
        else { return [] }
        var files: [URL] = []
        for case let url as URL in walker {
            let values = try? url.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey])
            guard values?.isRegularFile == true, (values?.fileSize ?? 0) <= 512 * 1024 else { continue }
            // Text files are messages in set-of-emails and CPython's test data (msg_NN.txt), expectations elsewhere.
            let messageText = url.path.contains("set-of-emails") || url.lastPathComponent.hasPrefix("msg_")
            guard !["json", "md", "html", "rtf", "bin", "txt"].contains(url.pathExtension.lowercased()) || messageText
            else { continue }
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Deterministic damage: the input as it is, cut at a third and two thirds, with bytes flipped, with a stray
    /// boundary and NULs spliced in, and with its line ends turned into bare CRs.
    static func variants(_ bytes: [UInt8], seed: Int) -> [[UInt8]] {
        guard !bytes.isEmpty else { return [bytes] }
        var flipped = bytes
        var state = UInt64(truncatingIfNeeded: seed) &* 0x9E37_79B9_7F4A_7C15 | 1
        for _ in 0..<8 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            flipped[Int(state % UInt64(bytes.count))] ^= UInt8(truncatingIfNeeded: state >> 32) | 1
        }
        let middle = bytes.count / 2
        let spliced =
            Array(bytes[..<middle]) + Array("\r\n--\0\0=?utf-8?B?////?=\r\n\r\n".utf8) + Array(bytes[middle...])
        let bareCR = bytes.map { $0 == 0x0A ? 0x0D : $0 }
        return [
            bytes, Array(bytes[..<(bytes.count / 3)]), Array(bytes[..<(2 * bytes.count / 3)]), flipped, spliced, bareCR,
        ]
    }

    @Test("Corpus files and their damaged variants: parsed and understood without a crash; imported without a loss")
    func damagedCorpus() throws {
        let files = Self.corpusFiles()
        #expect(files.count > 900)
        let reader = ResponseReader(hearing: Fixtures.example.hearing, recipients: Fixtures.example.recipients)
        var inputs: [[UInt8]] = []
        for (index, file) in files.enumerated() {
            inputs += Self.variants(Array(try Data(contentsOf: file)), seed: index)
        }
        var parsed = 0
        for bytes in inputs where MessageParser().parse(bytes).text.count >= 0 { parsed += 1 }
        // The whole understanding pipeline on every seventh input (all six kinds of damage come round) up to 32 kB;
        // more only adds time in a debug build (reading is linear, about 8 µs per character there).
        let small = inputs.enumerated().filter { $0.offset % 7 == 0 && $0.element.count <= 32 * 1024 }
        var understood = 0
        for (index, bytes) in small {
            let stored = Store.StoredMessage(
                sequence: index + 1, hash: SHA256.hex(bytes), bytes: bytes,
                source: .init(file: "robusthet", index: index, offset: 0), envelope: nil)
            let submission = reader.read(stored)
            if !submission.kindReason.isEmpty { understood += 1 }
        }
        // Everything again as one mbox through the importer (Outlook .msg files are not RFC 5322 and cannot travel
        // in an mbox): each message must be stored, byte for byte, with at most the final line break the mbox adds.
        let mailInputs = inputs.filter { !$0.isEmpty && !$0.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) }
        let messages = mailInputs.enumerated().map { index, bytes in
            Store.StoredMessage(
                sequence: index + 1, hash: SHA256.hex(bytes), bytes: bytes,
                source: .init(file: "x", index: index, offset: 0), envelope: nil)
        }
        let archive = MessageArchive.mbox(messages)
        let workspace = try Fixtures.workspace()
        let path = workspace.file("robusthet.mbox")
        #expect(FileManager.default.createFile(atPath: path, contents: Data(archive.bytes)))
        let store = try workspace.openStore()
        _ = try Importer(store: store).run(paths: [path], startedAt: "t")
        let stored = Set(try store.messages().map(\.hash))
        var lost: [Int] = []
        for (index, bytes) in mailInputs.enumerated() {
            if !stored.contains(SHA256.hex(MessageArchive.mboxReadBack(bytes))) { lost.append(index) }
        }
        // Files per corpus (the first folder under ../shared/corpora), each parsed with all its damaged variants.
        let perCorpus = Dictionary(grouping: files) {
            $0.path.dropFirst(Self.corpora.path.count + 1).split(separator: "/").first.map(String.init) ?? ""
        }
        print(
            "Robustness per corpus: "
                + perCorpus.keys.sorted().map {
                    "\($0) \(perCorpus[$0]!.count) files, \(perCorpus[$0]!.count * 6) inputs"
                }.joined(separator: "; ") + "; all parsed")
        print(
            "Robustness: \(files.count) corpus files, \(inputs.count) inputs tried: parsed \(parsed), understood "
                + "\(understood) of \(small.count) sampled, crashes 0; \(mailInputs.count) through an mbox and "
                + "the importer, lost \(lost.count)"
        )
        #expect(lost.isEmpty, "lost: \(lost.prefix(10).map { mailInputs[$0].count })")
        #expect(parsed == inputs.count)
        #expect(understood == small.count)
    }
}
