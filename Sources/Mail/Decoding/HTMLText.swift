/// Turns HTML into plain text that keeps paragraphs, list items and line breaks, and drops style, script,
/// comments (Outlook's conditional ones included) and the head. A single forward scan over the UTF-8 bytes.
public enum HTMLText {
    /// The readable text of an HTML document or fragment.
    public static func text(from html: String) -> String {
        let bytes = Array(html.utf8)
        var scanner = Scanner(bytes: bytes)
        scanner.isWordHTML =
            bytes[...].contains(Array("MsoNormal".utf8))
            || bytes[...].contains(Array("urn:schemas-microsoft-com:office".utf8))
        scanner.run()
        return scanner.output.finish()
    }

    private struct List {
        var ordered: Bool
        var counter: Int
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var isWordHTML = false
        var output = TextBuilder()
        var lists: [List] = []
        var preDepth = 0
        /// Open table cells: paragraphs inside a cell stay on the row's line.
        var cellDepth = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func run() {
            while index < bytes.count {
                if bytes[index] == ASCII.lessThan {
                    scanMarkup()
                } else if bytes[index] == ASCII.ampersand {
                    scanEntity()
                } else {
                    let byte = bytes[index]
                    index += 1
                    if ASCII.isWhitespace(byte) && preDepth == 0 {
                        output.appendSpace()
                    } else if byte == ASCII.lf {
                        output.newline()
                    } else if byte != ASCII.cr {
                        output.append(byte)
                    }
                }
            }
        }

        private static let commentOpen = Array("<!--".utf8)
        private static let cdataOpen = Array("<![cdata[".utf8)
        /// Elements whose content is not text to read: skipped to their end tag.
        private static let rawTextElements: Set<String> = [
            "script", "style", "head", "title", "xml", "noscript", "template",
        ]

        /// Whether the bytes at the position are the lowercase pattern, ignoring their case.
        private func starts(with pattern: [UInt8], at position: Int) -> Bool {
            guard position + pattern.count <= bytes.count else { return false }
            for offset in 0..<pattern.count where ASCII.lowercased(bytes[position + offset]) != pattern[offset] {
                return false
            }
            return true
        }

        /// The first place at or after the position where the lowercase text starts, ignoring case. Its first byte
        /// is never a letter ("-->", "]]>", "</name"), so `memchr` finds the candidates.
        private func find(_ text: String, from position: Int) -> Int? {
            let pattern = Array(text.utf8)
            var probe = position
            while let candidate = bytes.index(of: pattern[0], from: probe) {
                if starts(with: pattern, at: candidate) { return candidate }
                probe = candidate + 1
            }
            return nil
        }

        private mutating func scanMarkup() {
            if index + 1 < bytes.count, bytes[index + 1] == ASCII.exclamation {
                if starts(with: Self.commentOpen, at: index) {
                    index = (find("-->", from: index + 4)).map { $0 + 3 } ?? bytes.count
                    return
                }
                if starts(with: Self.cdataOpen, at: index) {
                    index = (find("]]>", from: index)).map { $0 + 3 } ?? bytes.count
                    return
                }
            }
            var position = index + 1
            var closing = false
            if position < bytes.count, bytes[position] == ASCII.slash {
                closing = true
                position += 1
            }
            let nameStart = position
            while position < bytes.count, isNameByte(bytes[position]) { position += 1 }
            if position == nameStart,
                !(position < bytes.count && (bytes[position] == ASCII.exclamation || bytes[position] == ASCII.question))
            {
                // Not a tag: a literal "<".
                output.append(ASCII.lessThan)
                index += 1
                return
            }
            let name = bytes[nameStart..<position].lowercasedString()
            let tagEnd = endOfTag(from: position)
            let attributes = bytes[position..<min(tagEnd, bytes.count)]
            index = min(tagEnd + 1, bytes.count)
            if !closing, Self.rawTextElements.contains(name) {
                index = (find("</\(name)", from: index)).map { endOfTag(from: $0) + 1 } ?? bytes.count
                return
            }
            handle(tag: name, closing: closing, attributes: attributes)
        }

        private func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= ASCII.lowerA && byte <= ASCII.lowerZ) || (byte >= ASCII.upperA && byte <= ASCII.upperZ)
                || ASCII.isDigit(byte) || byte == ASCII.colon || byte == ASCII.minus
        }

        /// The ">" that ends the tag, past quoted attribute values (which may hold one); each quoted value is
        /// jumped over with memchr.
        private func endOfTag(from start: Int) -> Int {
            var position = start
            while position < bytes.count {
                let byte = bytes[position]
                if byte == ASCII.quote || byte == ASCII.apostrophe {
                    guard let close = bytes.index(of: byte, from: position + 1) else { return bytes.count }
                    position = close
                } else if byte == ASCII.greaterThan {
                    return position
                }
                position += 1
            }
            return bytes.count
        }

        private mutating func handle(tag: String, closing: Bool, attributes: ArraySlice<UInt8>) {
            switch tag {
            case _ where cellDepth > 0 && (tag == "br" || tag == "p" || tag == "div"):
                output.appendSpace()
            case "br":
                output.newline()
            case "p":
                if isWordHTML { output.newline() } else { output.paragraph() }
            case "tr", "table":
                cellDepth = 0
                output.newline()
            case "div", "section", "article", "header", "footer", "address", "form", "center", "dl", "dt", "dd",
                "caption":
                output.newline()
            case "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr":
                output.paragraph()
            case "pre":
                output.paragraph()
                preDepth = max(0, preDepth + (closing ? -1 : 1))
            case "ul", "ol":
                if closing {
                    if !lists.isEmpty { lists.removeLast() }
                } else {
                    lists.append(List(ordered: tag == "ol", counter: startValue(attributes)))
                }
                output.newline()
            case "li":
                guard !closing else { output.newline(); return }
                output.newline()
                // Nested lists indent two spaces a level, up to eight levels (20,000 nested lists must not
                // write 20,000 spaces before each item).
                let depth = min(8, max(0, lists.count - 1))
                for _ in 0..<depth { output.appendText("  ") }
                if var list = lists.last, list.ordered {
                    output.appendText("\(list.counter). ")
                    list.counter += 1
                    lists[lists.count - 1] = list
                } else {
                    output.appendText("- ")
                }
            case "td", "th":
                if closing {
                    cellDepth = max(0, cellDepth - 1)
                } else {
                    output.cellBreak()
                    cellDepth += 1
                }
            default:
                break
            }
        }

        private func startValue(_ attributes: ArraySlice<UInt8>) -> Int {
            let text = String(decoding: attributes, as: UTF8.self).lowercased()
            guard let range = text.range(of: "start=") else { return 1 }
            let digits = text[range.upperBound...].drop { $0 == "\"" || $0 == "'" }.prefix { $0.isNumber }
            return Int(digits) ?? 1
        }

        private mutating func scanEntity() {
            var position = index + 1
            while position < bytes.count, position - index <= 10, bytes[position] != ASCII.semicolon,
                isNameByte(bytes[position]) || bytes[position] == ASCII.hash
            {
                position += 1
            }
            let body = String(decoding: bytes[(index + 1)..<position], as: UTF8.self)
            let terminated = position < bytes.count && bytes[position] == ASCII.semicolon
            if let scalar = HTMLEntities.scalar(for: body) {
                index = terminated ? position + 1 : position
                if scalar == "\u{A0}" {
                    output.appendSpace(hard: true)
                } else if scalar != "\u{AD}" {
                    output.appendText(String(scalar))
                }
            } else {
                output.append(ASCII.ampersand)
                index += 1
            }
        }
    }
}

/// Collects text with at most one blank line between paragraphs and no runs of spaces.
struct TextBuilder {
    private var bytes: [UInt8] = []
    private var pendingSpace = false
    private var pendingNewlines = 0

    mutating func append(_ byte: UInt8) {
        flush()
        bytes.append(byte)
    }

    mutating func appendText(_ text: String) {
        flush()
        bytes.append(contentsOf: text.utf8)
    }

    mutating func appendSpace(hard: Bool = false) {
        if hard {
            // A no-break space holds its line (Outlook's blank paragraphs are "<p>&nbsp;</p>"); it becomes a
            // plain space, trimmed at line ends, in finish().
            flush()
            bytes.append(contentsOf: [0xC2, 0xA0])
        } else if !bytes.isEmpty, bytes.last != ASCII.lf, bytes.last != ASCII.tab, pendingNewlines == 0 {
            pendingSpace = true
        }
    }

    mutating func newline() { pendingNewlines = max(pendingNewlines, 1); pendingSpace = false }
    mutating func paragraph() { pendingNewlines = 2; pendingSpace = false }

    mutating func cellBreak() {
        if !bytes.isEmpty, bytes.last != ASCII.lf, pendingNewlines == 0 {
            pendingSpace = false
            flush()
            bytes.append(ASCII.tab)
        }
    }

    private mutating func flush() {
        if pendingNewlines > 0, !bytes.isEmpty {
            while let last = bytes.last, ASCII.isBlank(last) { bytes.removeLast() }
            var existing = 0
            var probe = bytes.count - 1
            while probe >= 0, bytes[probe] == ASCII.lf { existing += 1; probe -= 1 }
            for _ in existing..<max(existing, pendingNewlines) { bytes.append(ASCII.lf) }
        } else if pendingSpace {
            bytes.append(ASCII.space)
        }
        pendingNewlines = 0
        pendingSpace = false
    }

    /// The text with each line's trailing blanks removed and at most one blank line in a row.
    func finish() -> String {
        var lines: [String] = []
        var blank = 0
        for line in bytes[...].lines() {
            var end = line.endIndex
            while end > line.startIndex, ASCII.isBlank(line[end - 1]) { end -= 1 }
            let trimmed = String(decoding: line[line.startIndex..<end], as: UTF8.self)
                .replacingNoBreakSpaces().trimmingTrailingSpaces()
            if trimmed.isEmpty {
                blank += 1
                if blank > 1 || lines.isEmpty { continue }
            } else {
                blank = 0
            }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
