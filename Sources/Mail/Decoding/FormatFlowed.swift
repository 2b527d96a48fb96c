/// Un-flows text/plain; format=flowed (RFC 3676): joins soft-broken lines, removes space-stuffing, keeps quote depth.
enum FormatFlowed {
    /// The text with flowed paragraphs joined; quoted lines keep a "> " prefix per level.
    static func unflow(_ text: String, deleteSpace: Bool) -> String {
        var result: [String] = []
        var paragraph = ""
        var paragraphDepth = -1
        func flushParagraph() {
            if paragraphDepth >= 0 {
                result.append(
                    String(repeating: ">", count: paragraphDepth) + (paragraphDepth > 0 ? " " : "") + paragraph)
            }
            paragraph = ""
            paragraphDepth = -1
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            var depth = 0
            while line.first == ">" {
                depth += 1
                line = line.dropFirst()
            }
            if line.first == " " { line = line.dropFirst() }
            if paragraphDepth >= 0, depth != paragraphDepth { flushParagraph() }
            let isSignatureSeparator = line == "-- "
            if line.hasSuffix(" "), !isSignatureSeparator {
                paragraph += deleteSpace ? String(line.dropLast()) : String(line)
                paragraphDepth = depth
            } else {
                paragraph += String(line)
                paragraphDepth = depth
                flushParagraph()
            }
        }
        flushParagraph()
        return result.joined(separator: "\n")
    }
}
