/// A PDF object (ISO 32000-1 §7.3).
indirect enum PDFObject: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case real(Double)
    case name(String)
    case string([UInt8])
    case array([PDFObject])
    case dictionary([String: PDFObject])
    case reference(Int, Int)
    case stream([String: PDFObject], ArraySlice<UInt8>)
    /// An operator in a content stream (Tj, BT, ...), or an unknown keyword.
    case keyword(String)

    var dictionary: [String: PDFObject]? {
        switch self {
        case .dictionary(let value): return value
        case .stream(let value, _): return value
        default: return nil
        }
    }

    var array: [PDFObject]? { if case .array(let value) = self { return value } else { return nil } }
    var name: String? { if case .name(let value) = self { return value } else { return nil } }
    var string: [UInt8]? { if case .string(let value) = self { return value } else { return nil } }
    var int: Int? {
        switch self {
        case .int(let value): return value
        case .real(let value): return value.isFinite && abs(value) < 9.0e18 ? Int(value) : nil
        default: return nil
        }
    }
    var number: Double? {
        switch self {
        case .int(let value): return Double(value)
        case .real(let value): return value
        default: return nil
        }
    }
}
