/// Splitting an mbox held in memory, fed in chunks of the given size exactly as a file would be.
extension MailboxReader {
    /// The messages of an mbox in memory, with their From_ lines and offsets.
    public static func splitMbox(_ bytes: [UInt8], chunkSize: Int = 1 << 20, name: String = "minne") -> [RawMessage] {
        var splitter = MboxSplitter()
        var messages: [RawMessage] = []
        let emit: (MboxSplitter.Piece) -> Void = { piece in
            messages.append(
                RawMessage(
                    bytes: piece.bytes, envelope: piece.envelope,
                    source: MessageSource(file: name, index: messages.count, offset: piece.offset),
                    warnings: piece.warnings))
        }
        var start = 0
        let size = max(1, chunkSize)
        while start < bytes.count {
            splitter.feed(bytes[start..<min(bytes.count, start + size)], emit: emit)
            start += size
        }
        splitter.finish(emit: emit)
        return messages
    }
}
