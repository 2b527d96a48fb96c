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

    /// The alphabet's values placed where they go in a quantum, one table per place: the four entries of a quantum
    /// OR-ed together give its three bytes in the top 24 bits of a word, and any byte outside the alphabet sets the
    /// lowest bit.
    private static let placedTables: [UInt32] = {
        var tables = [UInt32](repeating: 1, count: 1024)
        for byte in 0..<256 where table[byte] != 0xFF {
            let value = UInt32(table[byte])
            for place in 0..<4 { tables[place * 256 + byte] = value << UInt32(26 - 6 * place) }
        }
        return tables
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
        placedTables.withUnsafeBufferPointer { tables in
            input.withUnsafeBufferPointer { buffer in
                var position = 0
                var written = 0
                let count = buffer.count
                let target = UnsafeMutableRawPointer(storage.baseAddress!)
                while position + 4 <= count {
                    let word =
                        tables[Int(buffer[position])] | tables[256 + Int(buffer[position + 1])]
                        | tables[512 + Int(buffer[position + 2])] | tables[768 + Int(buffer[position + 3])]
                    if word & 1 == 0 {
                        // Four bytes stored at once, the fourth overwritten by the next quantum: the storage has
                        // room for three bytes past the last whole quantum.
                        target.storeBytes(of: word.bigEndian, toByteOffset: written, as: UInt32.self)
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
