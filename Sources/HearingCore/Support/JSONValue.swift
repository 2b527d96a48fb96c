/// A JSON value with object keys kept in the order written, so files and exports read well and are byte-stable.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized(pretty: false) == rhs.serialized(pretty: false)
    }

    /// A string or null.
    public static func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }

    /// The JSON text; pretty output indents by two spaces and ends with a newline.
    public func serialized(pretty: Bool = true) -> String {
        var output = ""
        write(into: &output, indent: 0, pretty: pretty)
        if pretty { output += "\n" }
        return output
    }

    private func write(into output: inout String, indent: Int, pretty: Bool) {
        let newline = pretty ? "\n" : ""
        let padding = pretty ? String(repeating: "  ", count: indent + 1) : ""
        let closing = pretty ? String(repeating: "  ", count: indent) : ""
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .double(let value):
            if value.isFinite {
                let rounded = (value * 1000).rounded() / 1000
                output += rounded == rounded.rounded() ? String(Int(rounded)) + ".0" : String(rounded)
            } else {
                output += "null"
            }
        case .string(let value): Self.writeString(value, into: &output)
        case .array(let values):
            guard !values.isEmpty else { output += "[]"; return }
            output += "[" + newline
            for (index, value) in values.enumerated() {
                output += padding
                value.write(into: &output, indent: indent + 1, pretty: pretty)
                output += (index < values.count - 1 ? "," : "") + newline
            }
            output += closing + "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{" + newline
            for (index, (key, value)) in members.enumerated() {
                output += padding
                Self.writeString(key, into: &output)
                output += pretty ? ": " : ":"
                value.write(into: &output, indent: indent + 1, pretty: pretty)
                output += (index < members.count - 1 ? "," : "") + newline
            }
            output += closing + "}"
        }
    }

    private static func writeString(_ value: String, into output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    output += "\\u" + String(scalar.value, radix: 16).leftPadded(4)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
