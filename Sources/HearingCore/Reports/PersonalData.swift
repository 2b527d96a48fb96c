/// Masks what identifies a private person in text meant for others: national identity numbers (fødselsnummer),
/// phone numbers and e-mail addresses. It reads the text itself, character by character, so a number at the end of a
/// line, after a colon ("fnr:15058510413") or split in two ("150585 10251") is found as surely as one between spaces.
public enum PersonalData {
    /// The text with identity numbers, phone numbers and e-mail addresses replaced by markers.
    public static func masked(_ text: String) -> String {
        maskNumbers(maskAddresses(text), phones: true)
    }

    /// The text with only national identity numbers masked (bodies' own phone numbers and addresses are public).
    public static func maskedIdentityNumbers(_ text: String) -> String {
        maskNumbers(text, phones: false)
    }

    /// The text with a private person's name removed: the whole name and each part of it of three letters or more,
    /// as whole words, whatever the case ("Kari Nordmann", "kari", "NORDMANN").
    public static func maskedName(_ text: String, names: [String]) -> String {
        let parts = names.flatMap { name in
            name.split { !$0.isLetter && $0 != "-" }.map(String.init).filter { $0.count >= 3 }
        }
        guard !parts.isEmpty else { return text }
        let lowered = Set(parts.map { $0.lowercased() })
        var output = ""
        var word = ""
        func flush() {
            output += lowered.contains(word.lowercased()) ? "[navn fjernet]" : word
            word = ""
        }
        for character in text {
            if character.isLetter || character == "-" {
                word.append(character)
            } else {
                flush(); output.append(character)
            }
        }
        flush()
        return output.replacingOccurrences(of: "[navn fjernet] [navn fjernet]", with: "[navn fjernet]")
    }

    /// A run of digit groups: where it starts and ends, its digits, and the size of each group.
    private struct NumberRun {
        var start: Int
        var end: Int
        var digits: String
        var groups: [Int]
    }

    private static func maskNumbers(_ text: String, phones: Bool) -> String {
        let characters = Array(text)
        var output = ""
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber || characters[index] == "+",
                index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber),
                let run = numberRun(characters, from: index)
            else {
                output.append(characters[index])
                index += 1
                continue
            }
            if isIdentityNumber(run) {
                output += "[fødselsnummer fjernet]"
            } else if phones, isPhoneNumber(run) {
                output += "[telefonnummer fjernet]"
            } else {
                output += String(characters[run.start..<run.end])
            }
            index = run.end
        }
        return output
    }

    /// Digits in groups separated by one blank, hyphen or dot ("912 34 567", "150585 10251", "+47 912 34 567").
    private static func numberRun(_ characters: [Character], from start: Int) -> NumberRun? {
        var run = NumberRun(start: start, end: start, digits: "", groups: [])
        var index = start
        if characters[index] == "+" { index += 1 }
        while index < characters.count {
            var length = 0
            while index < characters.count, characters[index].isASCII, characters[index].isNumber {
                run.digits.append(characters[index])
                length += 1
                index += 1
            }
            guard length > 0 else { break }
            run.groups.append(length)
            run.end = index
            guard run.digits.count <= 13, index + 1 < characters.count, " -.\u{A0}".contains(characters[index]),
                characters[index + 1].isASCII, characters[index + 1].isNumber
            else { break }
            index += 1
        }
        if run.end < characters.count, characters[run.end].isLetter { return nil }
        return run.digits.isEmpty ? nil : run
    }

    /// Eleven digits together, or six and five (date of birth, then the personal number).
    private static func isIdentityNumber(_ run: NumberRun) -> Bool {
        run.digits.count == 11 && (run.groups == [11] || run.groups == [6, 5])
    }

    /// Eight digits starting 2–9, alone or grouped as Norwegians write them (3-2-3, 2-2-2-2), with or without +47.
    private static func isPhoneNumber(_ run: NumberRun) -> Bool {
        var digits = run.digits
        var groups = run.groups
        if digits.count == 10, digits.hasPrefix("47"), groups.first == 2 {
            digits.removeFirst(2)
            groups.removeFirst()
        }
        guard digits.count == 8, let first = digits.first, "2345679".contains(first) else { return false }
        return [[8], [3, 2, 3], [2, 2, 2, 2]].contains(groups)
    }

    /// The text with e-mail addresses replaced: a local part, "@", and a domain with a dot.
    private static func maskAddresses(_ text: String) -> String {
        let characters = Array(text)
        func isLocal(_ character: Character) -> Bool {
            character.isLetter || character.isNumber || "._%+-".contains(character)
        }
        func isDomain(_ character: Character) -> Bool {
            character.isLetter || character.isNumber || ".-".contains(character)
        }
        var output = ""
        var copied = 0
        var index = 0
        while index < characters.count {
            guard characters[index] == "@" else { index += 1; continue }
            var start = index
            while start > copied, isLocal(characters[start - 1]) { start -= 1 }
            var end = index + 1
            while end < characters.count, isDomain(characters[end]) { end += 1 }
            while end > index + 1, ".-".contains(characters[end - 1]) { end -= 1 }
            let domain = characters[(index + 1)..<end]
            if start < index, domain.contains("."), domain.first != "." {
                output += String(characters[copied..<start]) + "[e-post fjernet]"
                copied = end
            }
            index = max(end, index + 1)
        }
        return output + String(characters[copied...])
    }
}
