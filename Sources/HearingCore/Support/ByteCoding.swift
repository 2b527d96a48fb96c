/// Writes values as compact bytes: unsigned LEB128 numbers, zigzag for signed ones, strings as their UTF-8 length and
/// bytes, optionals behind a 0/1 flag. The counterpart is `ByteReader`; the two must agree field for field.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func unsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func int(_ value: Int) {
        let wide = Int64(value)
        unsigned(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func double(_ value: Double) { unsigned(value.bitPattern) }

    mutating func string(_ value: String) {
        unsigned(UInt64(value.utf8.count))
        bytes += value.utf8
    }

    mutating func blob(_ value: [UInt8]) {
        unsigned(UInt64(value.count))
        bytes += value
    }

    mutating func optional<T>(_ value: T?, _ write: (inout ByteWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func array<T>(_ values: [T], _ write: (inout ByteWriter, T) -> Void) {
        unsigned(UInt64(values.count))
        for value in values { write(&self, value) }
    }
}

/// Reads what `ByteWriter` wrote; every read throws `ByteReader.Truncated` at the end of the bytes or on a length that
/// cannot be, so damaged bytes are refused, never trusted.
struct ByteReader {
    /// The bytes end before the value does.
    struct Truncated: Error {}

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether every byte has been read.
    var atEnd: Bool { position == bytes.count }

    mutating func unsigned() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Truncated() }
            let byte = bytes[position]
            position += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    mutating func int() throws -> Int {
        let raw = try unsigned()
        return Int(truncatingIfNeeded: Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    mutating func bool() throws -> Bool {
        guard position < bytes.count, bytes[position] <= 1 else { throw Truncated() }
        position += 1
        return bytes[position - 1] == 1
    }

    mutating func double() throws -> Double { Double(bitPattern: try unsigned()) }

    mutating func string() throws -> String {
        let count = try length()
        defer { position += count }
        return String(decoding: bytes[position..<position + count], as: UTF8.self)
    }

    mutating func blob() throws -> [UInt8] {
        let count = try length()
        defer { position += count }
        return Array(bytes[position..<position + count])
    }

    mutating func optional<T>(_ read: (inout ByteReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func array<T>(_ read: (inout ByteReader) throws -> T) throws -> [T] {
        let count = try length()
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    /// A count that fits in what is left (every element takes at least one byte).
    private mutating func length() throws -> Int {
        let count = try unsigned()
        guard count <= UInt64(bytes.count - position) else { throw Truncated() }
        return Int(count)
    }
}
