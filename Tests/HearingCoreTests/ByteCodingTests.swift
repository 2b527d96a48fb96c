import Testing

@testable import HearingCore

/// The compact byte format of kept readings: numbers, strings, optionals and arrays back as they went in, and damaged
/// bytes refused.
@Suite("Byte coding")
struct ByteCodingTests {
    @Test("Values come back as written, in order")
    func roundTrip() throws {
        var writer = ByteWriter()
        writer.unsigned(0)
        writer.unsigned(UInt64.max)
        writer.int(-1)
        writer.int(Int.min)
        writer.int(300)
        writer.bool(true)
        writer.double(0.7)
        writer.string("Frøya kommune – «ja»")
        writer.optional(nil as String?) { $0.string($1) }
        writer.optional(5) { $0.int($1) }
        writer.array(["a", "", "æøå"]) { $0.string($1) }
        var reader = ByteReader(writer.bytes)
        #expect(try reader.unsigned() == 0)
        #expect(try reader.unsigned() == UInt64.max)
        #expect(try reader.int() == -1)
        #expect(try reader.int() == Int.min)
        #expect(try reader.int() == 300)
        #expect(try reader.bool())
        #expect(try reader.double() == 0.7)
        #expect(try reader.string() == "Frøya kommune – «ja»")
        #expect(try reader.optional { try $0.string() } == nil)
        #expect(try reader.optional { try $0.int() } == 5)
        #expect(try reader.array { try $0.string() } == ["a", "", "æøå"])
        #expect(reader.atEnd)
    }

    @Test("Cut or inflated bytes throw instead of reading past the end")
    func damaged() {
        var writer = ByteWriter()
        writer.string("høringssvar")
        var cut = ByteReader(Array(writer.bytes.dropLast()))
        #expect(throws: ByteReader.Truncated.self) { try cut.string() }
        var huge = ByteReader([0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x41])
        #expect(throws: ByteReader.Truncated.self) { try huge.array { try $0.string() } }
        var endless = ByteReader(Array(repeating: 0xFF, count: 12))
        #expect(throws: ByteReader.Truncated.self) { try endless.unsigned() }
        var notBool = ByteReader([7])
        #expect(throws: ByteReader.Truncated.self) { try notBool.bool() }
    }
}
