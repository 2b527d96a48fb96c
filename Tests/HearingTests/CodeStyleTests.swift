import Foundation
import Testing

/// The project's own style, checked where the toolchain has swift-format: every source and test file is as
/// `swift format` with the project's `.swift-format` would write it.
@Suite("Code style")
struct CodeStyleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let swiftFormat: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "format", "--version"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    @Test("swift format lint finds nothing", .enabled(if: swiftFormat))
    func lint() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.currentDirectoryURL = Self.root
        process.arguments = ["swift", "format", "lint", "--strict", "-r", "Sources", "Tests", "Package.swift"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = errors
        try process.run()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output.isEmpty, "\(output.prefix(2000))")
        #expect(process.terminationStatus == 0)
    }

    /// Every Swift file of the package: sources, tests, the plugin, the fuzz package and the manifest.
    static func swiftFiles() -> [URL] {
        var files = [root.appendingPathComponent("Package.swift")]
        for folder in ["Sources", "Tests", "Plugins", "Fuzz"] {
            let walker = FileManager.default.enumerator(
                at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                if url.path.contains("/.build/") || url.path.contains("/.work/") { continue }
                if url.pathExtension == "swift" { files.append(url) }
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    @Test("No line of Swift is longer than 120 characters")
    func lineLength() throws {
        var long: [String] = []
        for file in Self.swiftFiles() {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.count > 120 {
                long.append("\(file.path.dropFirst(Self.root.path.count + 1)):\(index + 1) (\(line.count))")
            }
        }
        #expect(Self.swiftFiles().count > 250)
        #expect(long.isEmpty, "\(long.joined(separator: "\n"))")
    }

    @Test("No function, initializer or subscript is longer than 80 lines")
    func functionLength() throws {
        var long: [String] = []
        for file in Self.swiftFiles() {
            let text = try String(contentsOf: file, encoding: .utf8)
            for function in FunctionLengthScan(text).functions(longerThan: 80) {
                long.append("\(file.path.dropFirst(Self.root.path.count + 1)):\(function.line) (\(function.lines))")
            }
        }
        #expect(long.isEmpty, "\(long.joined(separator: "\n"))")
    }

    @Test("The length scan counts a function's lines past braces in strings, comments and interpolations")
    func lengthScan() {
        let body = (0..<80).map { "    let x\($0) = \"}\\(f(\"{\"))\" // }" }.joined(separator: "\n")
        let source = """
            struct S {
                /* { */
                func long() {
            \(body)
                }
                func short() { let s = #\"\"\"
                    }}}
                    \"\"\"# }
            }
            """
        let found = FunctionLengthScan(source).functions(longerThan: 80)
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        #expect(found.first?.lines == 82)
    }
}
