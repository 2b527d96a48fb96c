import Foundation

/// Turns bytes in a declared (or undeclared) charset into a String; the edge where mail text becomes Swift text.
public enum Charset {
    /// The charsets decoded here, UTF-16 (through Foundation), and every other one the system's iconv knows.
    enum Known: Equatable {
        case utf8, ascii, windows1252, latin9, utf16, utf16LE, utf16BE, iconv(String)
    }

    /// Maps a charset label (any case, common aliases) to a decoder, or nil when unknown.
    static func known(_ label: String) -> Known? {
        let name = normalized(label)
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return .utf8
        case "us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", "us", "646", "":
            return .ascii
        // WHATWG practice: Latin-1 labels decode as windows-1252, since C1 controls are never meant.
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819",
            "windows-1252", "cp1252", "x-cp1252", "cp-1252", "win-1252", "iso-8859-1:1987":
            return .windows1252
        case "iso-8859-15", "iso8859-15", "iso_8859-15", "latin-9", "latin9", "l9": return .latin9
        case "utf-16": return .utf16
        case "utf-16le": return .utf16LE
        case "utf-16be": return .utf16BE
        // Charsets whose ASCII range is not ASCII (stateful or 7-bit): never taken as ASCII when the bytes are.
        case "iso-2022-jp", "csiso2022jp", "iso-2022-kr", "iso-2022-cn": return .iconv(name)
        case "utf-7", "utf7", "unicode-1-1-utf-7", "x-unicode-2-0-utf-7": return .iconv("UTF-7")
        // Common misspellings.
        case "uft-8", "utf-8\"", "utf_8": return .utf8
        case "ks_c_5601-1987", "ks_c_5601", "ksc5601": return .iconv("CP949")
        case "gb2312", "gbk", "x-gbk", "cp936": return .iconv("GB18030")
        case "x-mac-roman", "mac", "macintosh": return .iconv("MACINTOSH")
        case "shift-jis", "x-sjis", "shift_jis", "sjis": return .iconv("SHIFT_JIS")
        default: return Iconv.supports(name) ? .iconv(name) : nil
        }
    }

    /// A label lowercased, without blanks or quotes around it; one already so (most are) is taken as it is.
    private static func normalized(_ label: String) -> String {
        let clean = label.utf8.allSatisfy { byte in
            byte != ASCII.quote && !ASCII.isWhitespace(byte) && !(byte >= ASCII.upperA && byte <= ASCII.upperZ)
        }
        if clean { return label }
        var bytes = Array(label.utf8)[...].trimmingWhitespace()
        if bytes.count >= 2, bytes.first == ASCII.quote, bytes.last == ASCII.quote {
            bytes = bytes.dropFirst().dropLast()
        }
        return bytes.lowercasedString()
    }

    /// Decodes text bytes. A missing label means undeclared: UTF-8 when the bytes are valid UTF-8, else windows-1252.
    public static func decode(_ bytes: ArraySlice<UInt8>, label: String?) -> String {
        var warnings: [MailWarning] = []
        return decode(bytes, label: label, warnings: &warnings)
    }

    /// Decodes text bytes and records what had to be guessed or repaired.
    static func decode(_ bytes: ArraySlice<UInt8>, label: String?, warnings: inout [MailWarning]) -> String {
        let isASCII = bytes.isASCII
        guard let label, !label.isEmpty else {
            return decodeUndeclared(bytes, isASCII: isASCII, warnings: &warnings, declared: nil)
        }
        guard let known = known(label) else {
            warnings.append(
                MailWarning(
                    .unknownCharset, "ukjent tegnsett «\(label)»; teksten er tolket som UTF-8 eller windows-1252"))
            return decodeUndeclared(bytes, isASCII: isASCII, warnings: &warnings, declared: label)
        }
        switch known {
        case .utf8:
            if isASCII { return String(decoding: bytes, as: UTF8.self) }
            if let text = String(validatingUTF8Bytes: bytes) { return text }
            warnings.append(
                MailWarning(
                    .invalidCharsetData, "teksten er merket UTF-8, men er ikke gyldig UTF-8; tolket som windows-1252"))
            return decodeWindows1252(bytes)
        case .ascii:
            return decodeUndeclared(bytes, isASCII: isASCII, warnings: &warnings, declared: "us-ascii")
        case .windows1252:
            return isASCII ? String(decoding: bytes, as: UTF8.self) : decodeWindows1252(bytes)
        case .latin9:
            return isASCII ? String(decoding: bytes, as: UTF8.self) : decodeLatin9(bytes)
        case .utf16, .utf16LE, .utf16BE:
            let encoding: String.Encoding =
                known == .utf16LE ? .utf16LittleEndian : known == .utf16BE ? .utf16BigEndian : .utf16
            if let text = String(data: Data(bytes), encoding: encoding) { return text }
            warnings.append(MailWarning(.invalidCharsetData, "ugyldig UTF-16-tekst; tolket som UTF-8"))
            return String(decoding: bytes, as: UTF8.self)
        case .iconv(let name):
            if isASCII, !Self.isSevenBit(name) { return String(decoding: bytes, as: UTF8.self) }
            var repaired = false
            if let text = Iconv.decode(bytes, from: name, repaired: &repaired) {
                if repaired {
                    warnings.append(
                        MailWarning(
                            .invalidCharsetData,
                            "teksten har tegn som ikke er gyldige i «\(label)»; de er erstattet med \u{FFFD}"))
                }
                return text
            }
            warnings.append(
                MailWarning(.invalidCharsetData, "teksten kunne ikke leses som «\(label)»; tolket som windows-1252"))
            return decodeWindows1252(bytes)
        }
    }

    /// Charsets that write non-ASCII text with ASCII bytes (escape sequences, base64 runs).
    private static func isSevenBit(_ name: String) -> Bool {
        name.hasPrefix("iso-2022") || name == "csiso2022jp" || name == "UTF-7"
    }

    private static func decodeUndeclared(
        _ bytes: ArraySlice<UInt8>, isASCII: Bool, warnings: inout [MailWarning], declared: String?
    ) -> String {
        if isASCII { return String(decoding: bytes, as: UTF8.self) }
        if declared == nil || declared == "us-ascii" {
            warnings.append(MailWarning(.undeclared8Bit, "8-bits tekst uten gyldig tegnsett; tegnsettet er gjettet"))
        }
        if let text = String(validatingUTF8Bytes: bytes) { return text }
        return decodeWindows1252(bytes)
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,
        0x017E, 0x0178,
    ]

    /// windows-1252 to a String, building UTF-8 bytes directly.
    static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        decodeSingleByte(bytes) { byte in
            byte >= 0x80 && byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
        }
    }

    private static func decodeLatin9(_ bytes: ArraySlice<UInt8>) -> String {
        decodeSingleByte(bytes) { byte in
            switch byte {
            case 0xA4: 0x20AC
            case 0xA6: 0x0160
            case 0xA8: 0x0161
            case 0xB4: 0x017D
            case 0xB8: 0x017E
            case 0xBC: 0x0152
            case 0xBD: 0x0153
            case 0xBE: 0x0178
            default: UInt32(byte)
            }
        }
    }

    /// A single-byte charset to a String: ASCII bytes copied, others mapped to a code point and written as UTF-8.
    private static func decodeSingleByte(_ bytes: ArraySlice<UInt8>, _ map: (UInt8) -> UInt32) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 3) { buffer in
            var count = 0
            for byte in bytes {
                guard byte >= 0x80 else {
                    buffer[count] = byte
                    count += 1
                    continue
                }
                let value = map(byte)
                if value < 0x800 {
                    buffer[count] = UInt8(0xC0 | value >> 6)
                    buffer[count + 1] = UInt8(0x80 | value & 0x3F)
                    count += 2
                } else {
                    buffer[count] = UInt8(0xE0 | value >> 12)
                    buffer[count + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[count + 2] = UInt8(0x80 | value & 0x3F)
                    count += 3
                }
            }
            return count
        }
    }
}

extension String {
    /// A String from bytes that must be valid UTF-8, or nil.
    init?(validatingUTF8Bytes bytes: some Collection<UInt8>) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        self = text
    }
}
