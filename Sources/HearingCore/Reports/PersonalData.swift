import Foundation
/// Masks what identifies a private person in text meant for others: national identity numbers (fødselsnummer),
/// phone numbers and e-mail addresses.
public enum PersonalData {
    /// The text with identity numbers, phone numbers and e-mail addresses replaced by markers.
    public static func masked(_ text: String) -> String {
        var output = ""
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        var index = 0
        while index < words.count {
            let word = String(words[index])
            let core = word.trimmingCharacters(in: ".,;:()[]<>«»\"'")
            let digits = core.filter(\.isNumber)
            if core.contains("@"), core.contains(".") {
                output += word.replacingOccurrences(of: core, with: "[e-post fjernet]")
            } else if digits.count == 11, core.allSatisfy({ $0.isNumber || $0 == " " }) {
                output += word.replacingOccurrences(of: core, with: "[fødselsnummer fjernet]")
            } else if let phone = phoneLength(words, at: index) {
                output += "[telefonnummer fjernet]" + (String(words[index + phone - 1]).last.map { ".,;:)".contains($0) ? String($0) : "" } ?? "")
                index += phone
                if index < words.count { output += " " }
                continue
            } else {
                output += word
            }
            index += 1
            if index < words.count { output += " " }
        }
        return output
    }

    /// The text with only national identity numbers masked (bodies' own phone numbers and addresses are public).
    public static func maskedIdentityNumbers(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let core = word.trimmingCharacters(in: ".,;:()[]<>«»\"'")
            return core.count == 11 && core.allSatisfy(\.isNumber) ? String(word).replacingOccurrences(of: core, with: "[fødselsnummer fjernet]") : String(word)
        }.joined(separator: " ")
    }

    /// How many words from `index` make a Norwegian phone number (8 digits, optionally +47, grouped as 8, 3-2-3, 2-2-2-2).
    private static func phoneLength(_ words: [Substring], at index: Int) -> Int? {
        var digits = ""
        var count = 0
        while index + count < words.count, count < 5 {
            let word = words[index + count].trimmingCharacters(in: ".,;:()")
            guard !word.isEmpty, word.allSatisfy({ $0.isNumber || $0 == "+" || $0 == "-" }) else { break }
            digits += word.filter(\.isNumber)
            count += 1
            let national = digits.hasPrefix("47") && digits.count == 10 ? String(digits.dropFirst(2)) : digits
            if national.count == 8, let first = national.first, "2345679".contains(first) { return count }
            if digits.count > 10 { return nil }
        }
        return nil
    }
}
