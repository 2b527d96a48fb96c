import Foundation

/// Writing to the terminal: standard output for results, standard error for errors and warnings.
enum Terminal {
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// A table row: the label padded to a width, the number right-aligned after it, then any note.
    static func row(_ label: String, _ value: String, note: String? = nil, width: Int = 30, valueWidth: Int = 5) -> String {
        let padding = max(1, width - label.count)
        let valuePadding = max(0, valueWidth - value.count)
        let line = label + String(repeating: " ", count: padding) + String(repeating: " ", count: valuePadding) + value
        return note.map { line + "  " + $0 } ?? line
    }

    /// A number with a decimal comma, as Norwegian writes it ("0,93").
    static func decimal(_ value: Double, digits: Int = 1) -> String {
        String(format: "%.\(digits)f", value).replacingOccurrences(of: ".", with: ",")
    }
}
