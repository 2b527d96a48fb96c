import Foundation
import TestSupport

/// Paths to the shared corpora and the project's own fixtures, relative to this package.
enum Fixtures {
    /// A printed figure: "12/20 (60.0%)"; a share of nothing is 0.0%.
    static func share(_ part: Int, of whole: Int) -> String {
        "\(part)/\(whole) (\(percent(Double(part) / Double(max(whole, 1)))))"
    }

    /// A rate printed as a percentage with one decimal: 0.6 → "60.0%".
    static func percent(_ rate: Double) -> String {
        String(format: "%.1f%%", 100 * rate)
    }

    /// The package root.
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// `../shared/corpora` beside the package.
    static let corpora = root.deletingLastPathComponent().appendingPathComponent("shared/corpora")

    static func corpus(_ relative: String) -> String { corpora.appendingPathComponent(relative).path }

    static func bytes(_ path: String) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: path) ?? Data())
    }

    /// Every file directly in a corpus folder with the extension, sorted.
    static func files(in relative: String, ext: String) -> [String] {
        let folder = corpus(relative)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted().map { folder + "/" + $0 }
    }

    /// A 64-bit FNV-1a digest, to compare large byte arrays without printing them.
    static func digest(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    /// A temporary file with the bytes, removed by the caller.
    static func temporaryFile(_ bytes: [UInt8], name: String) -> String {
        let path = TestFolder.path("mailtests", name)
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }
}
