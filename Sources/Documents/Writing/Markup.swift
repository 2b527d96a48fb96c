/// Escaping for XML and HTML output: text that came from anywhere (templates, responses) made safe as element content
/// and attribute values.
public enum Markup {
    /// The text with `& < > " '` as entities and the control characters XML 1.0 forbids removed.
    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default:
                if scalar.value < 0x20, scalar != "\t", scalar != "\n", scalar != "\r" { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
