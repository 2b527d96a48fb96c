/// Decompresses Outlook's compressed RTF ([MS-OXRTFCP], "LZFu"), the body of RTF-format `.msg` items.
enum CompressedRTF {
    private static let dictionaryPrefix = Array(
        ("{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript "
            + "\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
            + "\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx").utf8)

    /// The RTF bytes, or nil when the data is not compressed RTF.
    static func decompress(_ data: [UInt8]) -> [UInt8]? {
        guard data.count >= 16 else { return nil }
        let rawSize = Int(CompoundFile.uint32(data, 4))
        let magic = CompoundFile.uint32(data, 8)
        if magic == 0x414C_454D { return Array(data.dropFirst(16).prefix(rawSize)) }  // "MELA": stored uncompressed
        guard magic == 0x7546_5A4C else { return nil }  // "LZFu"
        var dictionary = [UInt8](repeating: 0, count: 4096)
        for (index, byte) in dictionaryPrefix.enumerated() { dictionary[index] = byte }
        var write = dictionaryPrefix.count
        var output: [UInt8] = []
        output.reserveCapacity(rawSize)
        var position = 16
        while position < data.count, output.count < rawSize {
            let control = data[position]
            position += 1
            for bit in 0..<8 {
                guard position < data.count, output.count < rawSize else { break }
                if control & (1 << bit) == 0 {
                    let byte = data[position]
                    position += 1
                    output.append(byte)
                    dictionary[write] = byte
                    write = (write + 1) & 4095
                } else {
                    guard position + 1 < data.count else { return output }
                    let reference = Int(data[position]) << 8 | Int(data[position + 1])
                    position += 2
                    let offset = reference >> 4
                    let length = (reference & 0xF) + 2
                    if offset == write { return output }
                    for step in 0..<length {
                        let byte = dictionary[(offset + step) & 4095]
                        output.append(byte)
                        dictionary[write] = byte
                        write = (write + 1) & 4095
                    }
                }
            }
        }
        return output
    }
}
