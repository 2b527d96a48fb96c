/// Decodes stream data through its filters (ISO 32000-1 §7.4): FlateDecode with PNG and TIFF predictors,
/// ASCIIHexDecode, ASCII85Decode, RunLengthDecode. Image filters are left undecoded.
enum PDFFilters {
    /// Filters whose output is an image, which text extraction does not need.
    static let imageFilters: Set<String> = ["DCTDecode", "JPXDecode", "CCITTFaxDecode", "JBIG2Decode"]

    static func decode(_ data: ArraySlice<UInt8>, dictionary: [String: PDFObject], limit: Int) throws -> [UInt8] {
        let filters: [String]
        switch dictionary["Filter"] {
        case .name(let name)?: filters = [name]
        case .array(let names)?: filters = names.compactMap(\.name)
        default: filters = []
        }
        let parameters: [[String: PDFObject]?]
        switch dictionary["DecodeParms"] {
        case .dictionary(let value)?: parameters = [value]
        case .array(let values)?: parameters = values.map(\.dictionary)
        default: parameters = []
        }
        var bytes = Array(data)
        for (index, filter) in filters.enumerated() {
            let parms = index < parameters.count ? parameters[index] : nil
            switch filter {
            case "FlateDecode", "Fl":
                bytes = try Inflate.inflate(bytes[...], format: .zlib, limit: limit, tolerant: true)
                bytes = try predict(bytes, parameters: parms)
            case "ASCIIHexDecode", "AHx":
                bytes = asciiHex(bytes)
            case "ASCII85Decode", "A85":
                bytes = ascii85(bytes)
            case "RunLengthDecode", "RL":
                bytes = runLength(bytes)
            default:
                if imageFilters.contains(filter) { return [] }
                throw DocumentError(.pdfFilter(name: filter))
            }
        }
        return bytes
    }

    /// Undoes a PNG (10–15) or TIFF (2) predictor.
    private static func predict(_ bytes: [UInt8], parameters: [String: PDFObject]?) throws -> [UInt8] {
        guard let parameters, let predictor = parameters["Predictor"]?.int, predictor > 1 else { return bytes }
        let columns = parameters["Columns"]?.int ?? 1
        let colors = parameters["Colors"]?.int ?? 1
        let bits = parameters["BitsPerComponent"]?.int ?? 8
        let bytesPerPixel = max(1, colors * bits / 8)
        let rowLength = (columns * colors * bits + 7) / 8
        guard rowLength > 0 else { return bytes }
        if predictor == 2 {
            var output = bytes
            for row in stride(from: 0, to: output.count, by: rowLength) {
                for index in (row + bytesPerPixel)..<min(row + rowLength, output.count) {
                    output[index] = output[index] &+ output[index - bytesPerPixel]
                }
            }
            return output
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var previous = [UInt8](repeating: 0, count: rowLength)
        var position = 0
        while position < bytes.count {
            let type = bytes[position]
            position += 1
            var row = Array(bytes[position..<min(position + rowLength, bytes.count)])
            position += rowLength
            if row.count < rowLength { row += [UInt8](repeating: 0, count: rowLength - row.count) }
            for index in 0..<rowLength {
                let left = index >= bytesPerPixel ? row[index - bytesPerPixel] : 0
                let up = previous[index]
                let upLeft = index >= bytesPerPixel ? previous[index - bytesPerPixel] : 0
                switch type {
                case 1: row[index] = row[index] &+ left
                case 2: row[index] = row[index] &+ up
                case 3: row[index] = row[index] &+ UInt8((Int(left) + Int(up)) / 2)
                case 4:
                    let estimate = Int(left) + Int(up) - Int(upLeft)
                    let (a, b, c) = (abs(estimate - Int(left)), abs(estimate - Int(up)), abs(estimate - Int(upLeft)))
                    row[index] = row[index] &+ (a <= b && a <= c ? left : b <= c ? up : upLeft)
                default: break
                }
            }
            output += row
            previous = row
        }
        return output
    }

    private static func asciiHex(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var high: UInt8? = nil
        for byte in bytes {
            if byte == 0x3E { break }
            let value: UInt8
            switch byte {
            case 0x30...0x39: value = byte - 0x30
            case 0x41...0x46: value = byte - 0x37
            case 0x61...0x66: value = byte - 0x57
            default: continue
            }
            if let first = high { output.append(first << 4 | value); high = nil } else { high = value }
        }
        if let first = high { output.append(first << 4) }
        return output
    }

    private static func ascii85(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var group: [UInt32] = []
        var index = 0
        if bytes.starts(with: Array("<~".utf8)) { index = 2 }
        func flush(_ count: Int) {
            var value: UInt32 = 0
            for digit in group + [UInt32](repeating: 84, count: 5 - group.count) { value = value &* 85 &+ digit }
            let decoded = [
                UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF),
            ]
            output += decoded.prefix(count)
            group.removeAll()
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x7E { break }
            if byte == 0x7A, group.isEmpty { output += [0, 0, 0, 0]; continue }
            guard byte >= 0x21, byte <= 0x75 else { continue }
            group.append(UInt32(byte - 0x21))
            if group.count == 5 { flush(4) }
        }
        if group.count > 1 { flush(group.count - 1) }
        return output
    }

    private static func runLength(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let length = Int(bytes[index])
            index += 1
            if length == 128 { break }
            if length < 128 {
                output += bytes[index..<min(index + length + 1, bytes.count)]
                index += length + 1
            } else if index < bytes.count {
                output += [UInt8](repeating: bytes[index], count: 257 - length)
                index += 1
            }
        }
        return output
    }
}
