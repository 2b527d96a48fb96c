/// uuencode (Content-Transfer-Encoding: x-uuencode, and `begin 644 name` blocks pasted into plain text by old mail
/// programs): each line starts with a length character, then groups of four characters carry three bytes.
enum UUEncoding {
    /// A uuencoded file found in text: its name and bytes, and where the block stood.
    struct Block {
        var filename: String
        var bytes: [UInt8]
        /// The lines from `begin` to `end`, inclusive, as indices into the text's lines.
        var lines: ClosedRange<Int>
    }

    /// Decodes a body: the lines after a `begin` line up to `end` (or all lines, when there is no `begin`).
    static func decode(_ input: ArraySlice<UInt8>, warnings: inout [MailWarning]) -> [UInt8] {
        let lines = input.lines()
        let start = lines.firstIndex { isBegin($0) != nil }.map { $0 + 1 } ?? 0
        var output: [UInt8] = []
        var damaged = false
        for line in lines[start...] {
            if line.trimmingWhitespace().elementsEqual("end".utf8) { break }
            if !decodeLine(line, into: &output) { damaged = true }
        }
        if damaged {
            warnings.append(MailWarning(.badBase64, "uuencodede linjer med feil lengde ble lest så langt det gikk"))
        }
        return output
    }

    /// The file name of a `begin MODE NAME` line (MODE three or four octal digits), or nil.
    static func isBegin(_ line: ArraySlice<UInt8>) -> String? {
        guard line.hasPrefixCaseSensitive("begin ") else { return nil }
        let rest = line.dropFirst(6)
        let mode = rest.prefix { $0 != ASCII.space }
        guard (3...4).contains(mode.count), mode.allSatisfy({ $0 >= ASCII.zero && $0 <= ASCII.zero + 7 }) else {
            return nil
        }
        let name = rest.dropFirst(mode.count).trimmingWhitespace()
        return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
    }

    /// The uuencoded blocks in text lines: `begin` line, data lines, `end` line.
    static func blocks(in lines: [ArraySlice<UInt8>]) -> [Block] {
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            guard let name = isBegin(lines[index]) else { index += 1; continue }
            var bytes: [UInt8] = []
            var end = index + 1
            var valid = true
            while end < lines.count, !lines[end].trimmingWhitespace().elementsEqual("end".utf8) {
                if !decodeLine(lines[end], into: &bytes) { valid = false }
                end += 1
            }
            // Only a block closed by "end" with well-formed lines is taken out of the text. Without an "end" line
            // no later "begin" has one either: stop, rather than scan the rest again for each.
            guard end < lines.count else { break }
            if valid {
                blocks.append(Block(filename: name, bytes: bytes, lines: index...end))
                index = end + 1
            } else {
                index += 1
            }
        }
        return blocks
    }

    /// Decodes one data line into `output`; false when the line is not well-formed uuencode.
    private static func decodeLine(_ line: ArraySlice<UInt8>, into output: inout [UInt8]) -> Bool {
        let trimmed = line.droppingLineEnd()
        guard let first = trimmed.first else { return true }
        let count = Int((first &- ASCII.space) & 0x3F)
        guard count > 0 else { return true }
        var values: [UInt8] = []
        values.reserveCapacity(trimmed.count)
        for byte in trimmed.dropFirst() {
            guard byte >= ASCII.space, byte <= ASCII.space + 64 else { return false }
            values.append((byte &- ASCII.space) & 0x3F)
        }
        let needed = (count + 2) / 3 * 4
        // Some encoders drop trailing spaces: pad with zeros ("`" and " " both mean 0).
        while values.count < needed { values.append(0) }
        var produced = 0
        var index = 0
        while produced < count, index + 4 <= values.count {
            let quantum =
                UInt32(values[index]) << 18 | UInt32(values[index + 1]) << 12 | UInt32(values[index + 2]) << 6
                | UInt32(values[index + 3])
            for shift in [16, 8, 0] where produced < count {
                output.append(UInt8(truncatingIfNeeded: quantum >> UInt32(shift)))
                produced += 1
            }
            index += 4
        }
        // One extra character (a checksum some encoders write) is allowed.
        return values.count <= needed + 2
    }
}
