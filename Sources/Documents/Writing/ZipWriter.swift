import CZlib

/// Writes a zip archive with stored (uncompressed) entries, as DOCX packages may be.
public struct ZipWriter: Sendable {
    private var data: [UInt8] = []
    private var central: [UInt8] = []
    private var count = 0

    /// An empty archive.
    public init() {}

    /// Adds a file.
    public mutating func add(_ path: String, _ bytes: [UInt8]) {
        let name = Array(path.utf8)
        let crc = bytes.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
        let offset = UInt32(data.count)
        // Local file header; bit 11 marks UTF-8 names. Fixed time 1980-01-01 keeps output reproducible.
        data += le32(0x0403_4B50) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x21)
        data +=
            le32(crc) + le32(UInt32(bytes.count)) + le32(UInt32(bytes.count)) + le16(UInt16(name.count)) + le16(0)
            + name + bytes
        central += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x21)
        central += le32(crc) + le32(UInt32(bytes.count)) + le32(UInt32(bytes.count)) + le16(UInt16(name.count))
        central += le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name
        count += 1
    }

    /// The archive bytes.
    public func finish() -> [UInt8] {
        data + central + le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(count)) + le16(UInt16(count))
            + le32(UInt32(central.count)) + le32(UInt32(data.count)) + le16(0)
    }

    private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) } }
}
