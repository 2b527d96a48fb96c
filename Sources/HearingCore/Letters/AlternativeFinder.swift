import Foundation

/// The alternatives a question names in its own words: "a) … eller b) …", "alternativ 1, der …, og alternativ 2,
/// der …", "Bør det være X eller Y som …?", a title "Nasjonalt eller regionalt fond".
struct AlternativeFinder {
    let lexicon: Lexicon
    /// Lettered alternatives ("a) et eget FSU, eller b) en arbeidsgruppe"), shortened with the letter's abbreviations.
    let lettered: (String) -> [(label: String, description: String)]

    /// The alternatives in a question's text, in order; empty when it names none.
    func alternatives(in text: String) -> [(label: String, description: String)] {
        let lettered = lettered(text)
        if lettered.count >= 2 { return lettered }
        let numbered = numberedMentions(text)
        if numbered.count >= 2 { return numbered }
        let either = either(text)
        if !either.isEmpty || !lexicon.matches(text, "letter.which") { return either }
        return enumerated(in: text)
    }

    /// "alternativ 1, der …, og alternativ 2, der …": each numbered option and what the text says of it.
    private func numberedMentions(_ text: String) -> [(label: String, description: String)] {
        let normalized = Normalizer.normalize(text)
        let scalars = ScalarText(normalized)
        var marks: [(label: String, start: Int, end: Int)] = []
        for noun in lexicon.phrases("letter.optionNoun") {
            for offset in scalars.find(noun) {
                var end = offset + noun.unicodeScalars.count
                while end < scalars.scalars.count, scalars.scalars[end] == " " { end += 1 }
                var stop = end
                while stop < scalars.scalars.count, ScalarText.isWordScalar(scalars.scalars[stop]) { stop += 1 }
                let name = scalars.slice(end, stop)
                guard (1...2).contains(name.count), name.allSatisfy({ $0.isNumber }) || name.count == 1 && name != "i"
                else { continue }
                let label = noun + " " + name
                if !marks.contains(where: { $0.label == label }) { marks.append((label, offset, stop)) }
            }
        }
        guard marks.count >= 2 else { return [] }
        marks.sort { $0.start < $1.start }
        return marks.enumerated().map { index, mark in
            let end = index + 1 < marks.count ? marks[index + 1].start : scalars.scalars.count
            let description = scalars.slice(mark.end, end).trimmingCharacters(in: " ,.;:og")
            return (mark.label, description)
        }
    }

    /// A question that asks which solution is best after describing them in prose: "X foreslår at arbeidsgiveransvaret
    /// samles på bispedømmenivå. Andre mulige løsninger som drøftes er et felles organ på prostinivå, videreføring …
    /// på kommunenivå, eller én nasjonal arbeidsgiver. Hvilken løsning …?" → the proposal and each named other.
    func enumerated(in text: String) -> [(label: String, description: String)] {
        let sentences = TextSplitter.sentences(text)
        guard let asking = sentences.lastIndex(where: { $0.hasSuffix("?") }), asking > 0 else { return [] }
        var options: [(label: String, description: String)] = []
        for sentence in sentences[..<asking] {
            let normalized = Normalizer.normalize(sentence)
            if let proposal = lexicon.phrases("letter.proposes").lazy.compactMap({ phrase -> String? in
                guard let range = normalized.range(of: phrase + " at ") else { return nil }
                return String(normalized[range.upperBound...])
            }).first {
                let predicate = predicate(of: proposal)
                options.append((Self.shortLabel(predicate), predicate))
            } else if normalized.contains(" eller "),
                case let head = normalized[..<(normalized.range(of: ", ")?.lowerBound ?? normalized.endIndex)],
                let colon = head.range(of: " er ", options: .backwards)
            {
                let list = String(normalized[colon.upperBound...]).trimmingCharacters(
                    in: CharacterSet(charactersIn: ". "))
                let items = list.replacingOccurrences(of: ", eller ", with: ", ").replacingOccurrences(
                    of: " eller ", with: ", "
                )
                .components(separatedBy: ", ").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
                if items.count >= 2 { options += items.map { (Self.shortLabel($0), $0) } }
            }
        }
        return options.count >= 2 ? options : []
    }

    /// What a proposal clause says is to be done, from its passive verb on: "arbeidsgiveransvaret for alle som
    /// arbeider lokalt samles på bispedømmenivå" gives "samles på bispedømmenivå" (the rest is the question's
    /// subject, which every option shares). The whole clause where no word in -es or -ast comes before its last.
    private func predicate(of clause: String) -> String {
        let words = clause.split(separator: " ")
        let endings = lexicon.phrases("stance.passiveEndings")
        guard
            let verb = words.dropLast().lastIndex(where: { word in
                endings.contains { word.count > $0.count + 3 && word.hasSuffix($0) }
            })
        else { return clause }
        return words[verb...].joined(separator: " ")
    }

    /// The last words of an option's description, for its label: where it differs from the others ("samles på
    /// bispedømmenivå" → "bispedømmenivå"), at most six words.
    private static func shortLabel(_ text: String) -> String {
        let words = text.split(separator: " ")
        return words.suffix(6).joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ".,;"))
    }

    /// "Bør de menighetsrådene som planlegger samarbeidet, avgjøre …? Eller bør menighetsmøtene ha denne
    /// myndigheten?" → the subject each question puts after its modal: up to a comma, else a noun with its
    /// determiner.
    private func eitherQuestions(_ text: String) -> [(label: String, description: String)]? {
        let sentences = TextSplitter.sentences(text).map(Normalizer.normalize).filter { $0.hasSuffix("?") }
        for (first, second) in zip(sentences, sentences.dropFirst()) {
            let opening = second.split(separator: " ").prefix(2).map(String.init)
            guard opening.count == 2, opening[0] == "eller", first.hasPrefix(opening[1] + " ") else { continue }
            let modal = opening[1]
            let subjects = [first.dropFirst(modal.count + 1), second.dropFirst("eller \(modal) ".count)].map {
                subject(String($0))
            }
            guard subjects.allSatisfy({ !$0.isEmpty }), subjects[0] != subjects[1] else { continue }
            return subjects.map { ($0, $0) }
        }
        return nil
    }

    /// The subject at the start of a question after its modal, without a determiner: the words before a comma (at most
    /// eight), else the first noun ("menighetsrådene som planlegger samarbeidet", "menighetsmøtene").
    private func subject(_ text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        if let head = words.first, lexicon.phrases("letter.determiners").contains(head) { words.removeFirst() }
        if let comma = words.firstIndex(where: { $0.hasSuffix(",") }), comma < 8 {
            return words[...comma].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ","))
        }
        return words.first ?? ""
    }

    /// "Bør det være menighetsmøtene eller det felles menighetsråd som avgjør …?" → the two named; a short title
    /// "Nasjonalt eller regionalt fond" → "nasjonalt fond", "regionalt fond".
    private func either(_ text: String) -> [(label: String, description: String)] {
        let normalized = Normalizer.normalize(text)
        for start in lexicon.phrases("letter.eitherStart") {
            guard let range = normalized.range(of: start + " ") else { continue }
            var rest = String(normalized[range.upperBound...])
            for stop in [" som ", "?", ","] {
                if let cut = rest.range(of: stop) { rest = String(rest[..<cut.lowerBound]) }
            }
            let parts = rest.components(separatedBy: " eller ")
            guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.split(separator: " ").count <= 8 }) else {
                continue
            }
            return parts.map { ($0.trimmingSpaces(), $0.trimmingSpaces()) }
        }
        if let pair = eitherQuestions(text), pair.count == 2 { return pair }
        let words = text.trimmingCharacters(in: ".?:").split(separator: " ").map(String.init)
        guard words.count <= 6, let or = words.firstIndex(where: { $0.lowercased() == "eller" }), or > 0,
            or < words.count - 1,
            words.filter({ $0.lowercased() == "eller" }).count == 1
        else { return [] }
        var left = words[..<or].joined(separator: " ").lowercased()
        let right = words[(or + 1)...].joined(separator: " ").lowercased()
        if or == 1, words.count - or - 1 >= 2, let noun = words.last { left += " " + noun.lowercased() }
        return [(left, left), (right, right)]
    }
}
