/// Base64 decoding that skips line breaks and garbage and survives bad padding.
enum Base64 {
    private static let table: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(byte)] = UInt8(value)
        }
        // URL-safe alphabet, seen in the wild.
        table[Int(ASCII.minus)] = 62
        table[Int(ASCII.underscore)] = 63
        return table
    }()

    /// Decodes base64, ignoring characters outside the alphabet; reports garbage and a dangling final sextet.
    static func decode(_ input: ArraySlice<UInt8>, warnings: inout [MailWarning]) -> [UInt8] {
        var accumulator: UInt32 = 0
        var bits = 0
        var garbage = false
        var sawPadding = false
        // Fast path: whole quanta of four alphabet bytes, as line after line of a well-formed body is, written
        // straight into the output's storage.
        var consumed = 0
        var output = [UInt8](unsafeUninitializedCapacity: input.count * 3 / 4 + 3) { storage, initialized in
            (consumed, initialized) = fastDecode(input, into: storage)
        }
        var index = input.startIndex + consumed
        while index < input.endIndex {
            let byte = input[index]
            index += 1
            let value = table[Int(byte)]
            if value == 0xFF {
                if byte == ASCII.equals {
                    sawPadding = true
                } else if !ASCII.isWhitespace(byte) {
                    garbage = true
                }
                continue
            }
            if sawPadding {
                // Data after padding: a second base64 run glued on (restart the quantum), unless what follows
                // cannot be whole quanta, which makes it trailing garbage ("...Cg== ignored").
                garbage = true
                sawPadding = false
                accumulator = 0
                bits = 0
                let rest = input[(index - 1)...].filter { table[Int($0)] != 0xFF || $0 == ASCII.equals }
                if rest.count % 4 != 0 { break }
            }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
                accumulator &= (1 << UInt32(bits)) - 1
            }
        }
        if garbage {
            warnings.append(MailWarning(.badBase64, "tegn utenfor base64-alfabetet ble hoppet over"))
        }
        if bits == 6 {
            warnings.append(MailWarning(.badBase64, "base64-data slutter midt i en byte"))
        }
        return output
    }

    /// Decodes whole quanta of four alphabet bytes, skipping line breaks, until anything else; returns how many
    /// input bytes it consumed and how many it wrote.
    private static func fastDecode(
        _ input: ArraySlice<UInt8>, into storage: UnsafeMutableBufferPointer<UInt8>
    ) -> (consumed: Int, written: Int) {
        table.withUnsafeBufferPointer { table in
            input.withUnsafeBufferPointer { buffer in
                var position = 0
                var written = 0
                let count = buffer.count
                while position + 4 <= count {
                    let a = table[Int(buffer[position])], b = table[Int(buffer[position + 1])]
                    let c = table[Int(buffer[position + 2])], d = table[Int(buffer[position + 3])]
                    if (a | b | c | d) & 0xC0 == 0 {
                        let quantum = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                        storage[written] = UInt8(truncatingIfNeeded: quantum >> 16)
                        storage[written + 1] = UInt8(truncatingIfNeeded: quantum >> 8)
                        storage[written + 2] = UInt8(truncatingIfNeeded: quantum)
                        written += 3
                        position += 4
                    } else if buffer[position] == ASCII.lf || buffer[position] == ASCII.cr {
                        position += 1
                    } else {
                        break
                    }
                }
                return (position, written)
            }
        }
    }

    /// Encodes bytes as base64 with lines of 76 characters separated by CRLF.
    static func encode(_ input: some Collection<UInt8>, lineLength: Int = 76) -> [UInt8] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var output: [UInt8] = []
        var column = 0
        var iterator = input.makeIterator()
        while let first = iterator.next() {
            let second = iterator.next()
            let third = second == nil ? nil : iterator.next()
            let chunk = UInt32(first) << 16 | UInt32(second ?? 0) << 8 | UInt32(third ?? 0)
            output.append(alphabet[Int(chunk >> 18 & 63)])
            output.append(alphabet[Int(chunk >> 12 & 63)])
            output.append(second == nil ? ASCII.equals : alphabet[Int(chunk >> 6 & 63)])
            output.append(third == nil ? ASCII.equals : alphabet[Int(chunk & 63)])
            column += 4
            if lineLength > 0, column >= lineLength {
                output.append(ASCII.cr)
                output.append(ASCII.lf)
                column = 0
            }
        }
        return output
    }
}
