/// Quoted-printable decoding (RFC 2045 §6.7), tolerant of the broken forms found in real mail.
enum QuotedPrintable {
    /// Decodes a body. Soft line breaks are removed; a stray `=` is kept as is and reported.
    static func decode(_ input: ArraySlice<UInt8>, warnings: inout [MailWarning]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = input.startIndex
        var reported = false
        while index < input.endIndex {
            // The text up to the next "=" is copied as one run.
            let equals = input.index(of: ASCII.equals, from: index) ?? input.endIndex
            if equals > index {
                output.append(contentsOf: input[index..<equals])
                index = equals
                continue
            }
            let byte = input[index]
            let next = index + 1
            // Soft line break: "=" then optional blanks then CRLF / LF / CR.
            var probe = next
            while probe < input.endIndex, ASCII.isBlank(input[probe]) { probe += 1 }
            if probe < input.endIndex, input[probe] == ASCII.lf || input[probe] == ASCII.cr {
                index = probe + 1
                if input[probe] == ASCII.cr, index < input.endIndex, input[index] == ASCII.lf { index += 1 }
                continue
            }
            if probe == input.endIndex {
                index = probe
                continue
            }
            if next + 1 < input.endIndex, let high = ASCII.hexValue(input[next]),
                let low = ASCII.hexValue(input[next + 1])
            {
                output.append(high << 4 | low)
                index = next + 2
                continue
            }
            if !reported {
                warnings.append(
                    MailWarning(.badQuotedPrintable, "ugyldig «=»-sekvens i quoted-printable beholdt som tekst"))
                reported = true
            }
            output.append(byte)
            index += 1
        }
        return output
    }

    /// Decodes the Q encoding of RFC 2047 encoded words: like quoted-printable, with `_` for space.
    static func decodeQ(_ input: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = input.startIndex
        while index < input.endIndex {
            let byte = input[index]
            if byte == ASCII.underscore {
                output.append(ASCII.space)
                index += 1
            } else if byte == ASCII.equals, index + 2 < input.endIndex,
                let high = ASCII.hexValue(input[index + 1]), let low = ASCII.hexValue(input[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }
}
