/// The original bytes of every stored message, given back: as an mbox (mboxrd) or as one `.eml` file per message.
///
/// The mbox form reads back through `Mail` to exactly the stored bytes for every message that ends with a line
/// break; a message without one (a hand-saved `.eml`) gets one, and is counted so the caller can say so. The `.eml`
/// form is exact for every message.
public enum MessageArchive {
    /// An mbox and the number of messages that had to get a final line break.
    public struct Mbox: Sendable {
        /// The file's bytes.
        public let bytes: [UInt8]
        /// Messages that did not end with a line break and got one.
        public let lineBreaksAdded: Int
    }

    /// All messages as one mboxrd file, each under its original From_ line (or a neutral one), in import order.
    public static func mbox(_ messages: [Store.StoredMessage]) -> Mbox {
        var output: [UInt8] = []
        var added = 0
        for message in messages {
            let envelope = message.envelope ?? "From MAILER-DAEMON Thu Jan  1 00:00:00 1970"
            output.append(contentsOf: Array(envelope.utf8))
            output.append(0x0A)
            let lineEnd = lineBreak(of: message.bytes)
            var lineStart = true
            var index = 0
            let bytes = message.bytes
            while index < bytes.count {
                if lineStart, isFromLine(bytes, at: index) { output.append(0x3E) }
                let byte = bytes[index]
                output.append(byte)
                lineStart = byte == 0x0A
                index += 1
            }
            if bytes.last != 0x0A {
                output.append(contentsOf: lineEnd)
                added += 1
            }
            output.append(contentsOf: lineEnd)
        }
        return Mbox(bytes: output, lineBreaksAdded: added)
    }

    /// The line break a message uses (CRLF when its first line ends so, else LF): what the mbox adds after it.
    public static func lineBreak(of bytes: [UInt8]) -> [UInt8] {
        bytes.firstIndex(of: 0x0A).map { $0 > 0 && bytes[$0 - 1] == 0x0D ? [0x0D, 0x0A] : [0x0A] } ?? [0x0A]
    }

    /// The bytes a message reads back as from the mbox form: itself, with a final line break when it had none.
    public static func mboxReadBack(_ bytes: [UInt8]) -> [UInt8] {
        bytes.last == 0x0A ? bytes : bytes + lineBreak(of: bytes)
    }

    /// `From ` or `>From `, `>>From ` ... at a line start: escaped with one more `>` (mboxrd).
    private static func isFromLine(_ bytes: [UInt8], at start: Int) -> Bool {
        var index = start
        while index < bytes.count, bytes[index] == 0x3E { index += 1 }
        let from: [UInt8] = [0x46, 0x72, 0x6F, 0x6D, 0x20]
        return index + from.count <= bytes.count && Array(bytes[index..<index + from.count]) == from
    }

    /// The file name of one message in the `.eml` form: its import order and the start of its hash.
    public static func emlName(_ message: Store.StoredMessage) -> String {
        let sequence = String(message.sequence)
        return String(repeating: "0", count: max(0, 5 - sequence.count)) + sequence + "-" + message.hash.prefix(12)
            + ".eml"
    }
}
