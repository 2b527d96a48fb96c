/// A Compound File Binary container ([MS-CFB]), the format of Outlook `.msg` files: sectors chained through the FAT,
/// small streams in the mini stream, and a tree of storages and streams.
struct CompoundFile {
    struct Entry {
        var name: String
        /// 1 storage, 2 stream, 5 root.
        var type: UInt8
        var left: UInt32
        var right: UInt32
        var child: UInt32
        var start: UInt32
        var size: Int
    }

    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    private static let noStream: UInt32 = 0xFFFF_FFFF

    let bytes: [UInt8]
    let sectorSize: Int
    let miniCutoff: Int
    private let fat: [UInt32]
    private let miniFat: [UInt32]
    private(set) var entries: [Entry] = []
    private var miniStream: [UInt8] = []

    init(_ bytes: [UInt8]) throws {
        guard bytes.count >= 512, Array(bytes.prefix(8)) == Self.signature else {
            throw MailError(.badOutlookItem(path: nil, detail: .notCompoundFile))
        }
        self.bytes = bytes
        let shift = Int(Self.uint16(bytes, 0x1E))
        guard shift == 9 || shift == 12 else { throw MailError(.badOutlookItem(path: nil, detail: .badSectorSize)) }
        sectorSize = 1 << shift
        miniCutoff = Int(Self.uint32(bytes, 0x38))
        // The FAT sectors: 109 in the header, the rest in the DIFAT chain.
        var fatSectors: [UInt32] = (0..<109).map { Self.uint32(bytes, 0x4C + $0 * 4) }.filter { $0 < 0xFFFF_FFFA }
        var difat = Self.uint32(bytes, 0x44)
        var guardCount = 0
        while difat < 0xFFFF_FFFA, guardCount < 10_000 {
            let offset = (Int(difat) + 1) * sectorSize
            guard offset + sectorSize <= bytes.count else { break }
            for index in 0..<(sectorSize / 4 - 1) {
                let value = Self.uint32(bytes, offset + index * 4)
                if value < 0xFFFF_FFFA { fatSectors.append(value) }
            }
            difat = Self.uint32(bytes, offset + sectorSize - 4)
            guardCount += 1
        }
        var fat: [UInt32] = []
        for sector in fatSectors {
            let offset = (Int(sector) + 1) * sectorSize
            guard offset + sectorSize <= bytes.count else { continue }
            for index in 0..<(sectorSize / 4) { fat.append(Self.uint32(bytes, offset + index * 4)) }
        }
        self.fat = fat
        let miniFatBytes = Self.chain(bytes, fat: fat, start: Self.uint32(bytes, 0x3C), sectorSize: sectorSize)
        miniFat = stride(from: 0, to: miniFatBytes.count - 3, by: 4).map { Self.uint32(miniFatBytes, $0) }
        let directory = Self.chain(bytes, fat: fat, start: Self.uint32(bytes, 0x30), sectorSize: sectorSize)
        for offset in stride(from: 0, to: directory.count - 127, by: 128) {
            let nameLength = max(0, min(64, Int(Self.uint16(directory, offset + 0x40))) - 2)
            let units = stride(from: 0, to: nameLength - 1, by: 2).map { Self.uint16(directory, offset + $0) }
            entries.append(
                Entry(
                    name: String(decoding: units, as: UTF16.self), type: directory[offset + 0x42],
                    left: Self.uint32(directory, offset + 0x44), right: Self.uint32(directory, offset + 0x48),
                    child: Self.uint32(directory, offset + 0x4C), start: Self.uint32(directory, offset + 0x74),
                    size: Int(Self.uint32(directory, offset + 0x78))))
        }
        guard let root = entries.first, root.type == 5 else {
            throw MailError(.badOutlookItem(path: nil, detail: .noRoot))
        }
        miniStream = Self.chain(bytes, fat: fat, start: root.start, sectorSize: sectorSize)
    }

    /// The entries directly inside a storage, by name.
    func children(of index: Int) -> [String: Int] {
        var result: [String: Int] = [:]
        var stack: [UInt32] = [entries[index].child]
        var visited = Set<UInt32>()
        while let current = stack.popLast() {
            guard current != Self.noStream, Int(current) < entries.count, visited.insert(current).inserted else {
                continue
            }
            let entry = entries[Int(current)]
            result[entry.name] = Int(current)
            stack.append(entry.left)
            stack.append(entry.right)
        }
        return result
    }

    /// The bytes of a stream entry.
    func stream(_ index: Int) -> [UInt8] {
        let entry = entries[index]
        guard entry.type == 2, entry.size > 0 else { return [] }
        if entry.size < miniCutoff {
            var output: [UInt8] = []
            var sector = entry.start
            var count = 0
            while sector < 0xFFFF_FFFA, output.count < entry.size, count < miniFat.count + 1 {
                let offset = Int(sector) * 64
                guard offset + 64 <= miniStream.count else { break }
                output += miniStream[offset..<(offset + 64)]
                guard Int(sector) < miniFat.count else { break }
                sector = miniFat[Int(sector)]
                count += 1
            }
            return Array(output.prefix(entry.size))
        }
        return Array(Self.chain(bytes, fat: fat, start: entry.start, sectorSize: sectorSize).prefix(entry.size))
    }

    private static func chain(_ bytes: [UInt8], fat: [UInt32], start: UInt32, sectorSize: Int) -> [UInt8] {
        var output: [UInt8] = []
        var sector = start
        var count = 0
        while sector < 0xFFFF_FFFA, count <= fat.count {
            let offset = (Int(sector) + 1) * sectorSize
            guard offset + sectorSize <= bytes.count else { break }
            output += bytes[offset..<(offset + sectorSize)]
            guard Int(sector) < fat.count else { break }
            sector = fat[Int(sector)]
            count += 1
        }
        return output
    }

    static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        guard offset + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        guard offset + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(
            bytes[offset + 3]) << 24
    }
}
