import Foundation

/// The ways a text may name a body on the list: "Malvik kommune", "Malvik kommunes", "Kommunestyret i Malvik",
/// "KS' høringssvar", "fagrådet for psykisk helse og rus".
struct BodyNames: Sendable {
    /// Normalised name variants per recipient, longest first.
    let variants: [[String]]
    let recipients: [Recipient]
    /// The variants by their first word, each with its recipient and scalars: a text is matched in one pass over its
    /// word starts instead of one scan per variant.
    private let byFirstWord: [String: [(recipient: Int, scalars: [Unicode.Scalar])]]

    init(recipients: [Recipient]) {
        self.recipients = recipients
        variants = recipients.map { Self.variants(of: $0) }
        var index: [String: [(recipient: Int, scalars: [Unicode.Scalar])]] = [:]
        for (recipient, names) in variants.enumerated() {
            for name in names {
                let first = String(String.UnicodeScalarView(name.unicodeScalars.prefix { ScalarText.isWordScalar($0) }))
                index[first, default: []].append((recipient, Array(name.unicodeScalars)))
            }
        }
        byFirstWord = index
    }

    /// The words of a body's name its variants are made with, from the lexicon's `body.*` categories.
    private struct Words {
        /// "kommune", "herad": the kind of body a municipality's name ends in.
        let municipalSuffixes: [String]
        /// "kommunestyret i", "ordføreren i": an organ of the municipality before its name.
        let municipalOrgans: [String]
        /// "kommunes", "formannskap": what follows the municipality's name.
        let municipalTails: [String]
        /// "hf": the ending of a hospital trust's name, often left out.
        let trustSuffixes: [String]
        /// "fagråd" with the forms it is written in before its subject ("fagrådet for").
        let councils: [(noun: String, forms: [String])]
        /// "utvalg" and "utvalget": an indefinite ending and its definite form, either written for the other.
        let definiteForms: [(String, String)]

        init(_ lexicon: Lexicon) {
            municipalSuffixes = lexicon.phrases("body.municipalSuffixes")
            municipalOrgans = lexicon.phrases("body.municipalOrgans")
            municipalTails = lexicon.phrases("body.municipalTails")
            trustSuffixes = lexicon.phrases("body.trustSuffixes")
            councils = lexicon.groups("body.councilForms").compactMap { forms in
                forms.first.map { (noun: $0, forms: forms) }
            }
            definiteForms = lexicon.groups("body.definiteForms").compactMap { pair in
                pair.count == 2 ? (pair[0], pair[1]) : nil
            }
        }
    }

    private static let lexicon = Words(.shared)

    static func variants(of recipient: Recipient) -> [String] {
        var names = Set<String>()
        var full = Normalizer.normalize(recipient.name)
        var abbreviation: String? = nil
        if let open = full.firstIndex(of: "("), let close = full.firstIndex(of: ")"), open < close {
            abbreviation = String(full[full.index(after: open)..<close]).trimmingSpaces()
            full = (String(full[..<open]) + String(full[full.index(after: close)...])).trimmingSpaces()
        }
        names.insert(full)
        for alias in recipient.aliases { names.insert(Normalizer.normalize(alias)) }
        if let abbreviation, !abbreviation.isEmpty {
            names.insert(abbreviation)
            names.insert(abbreviation + "s")
            names.insert(abbreviation + "'")
        }
        for suffix in Self.lexicon.municipalSuffixes where full.hasSuffix(" " + suffix) {
            let core = String(full.dropLast(suffix.count + 1))
            for organ in Self.lexicon.municipalOrgans { names.insert(organ + " " + core) }
            for tail in Self.lexicon.municipalTails { names.insert(core + " " + tail) }
        }
        for suffix in Self.lexicon.trustSuffixes where full.hasSuffix(" " + suffix) {
            let core = String(full.dropLast(suffix.count + 1))
            names.insert(core)
            names.insert(core.replacingOccurrences(of: ".", with: ""))
        }
        for council in Self.lexicon.councils where full.hasPrefix(council.noun + " ") {
            let topic = String(full.dropFirst(council.noun.count + 1))
            let bare = topic.hasPrefix("for ") ? String(topic.dropFirst(4)) : topic
            for form in council.forms { names.insert(form + " " + bare) }
        }
        for (indefinite, definite) in Self.lexicon.definiteForms {
            if full.hasSuffix(indefinite) { names.insert(full + String(definite.dropFirst(indefinite.count))) }
            if full.hasSuffix(definite) { names.insert(String(full.dropLast(definite.count - indefinite.count))) }
        }
        for name in Array(names) where !name.hasSuffix("s") && !name.hasSuffix("'") && name.count > 3 {
            names.insert(name + "s")
        }
        return names.sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// Each mention of a body in the text: recipient index and offset, longest names first, no overlaps.
    func mentions(in text: ScalarText) -> [(recipient: Int, offset: Int, length: Int)] {
        var found: [(recipient: Int, offset: Int, length: Int)] = []
        let scalars = text.scalars
        for range in text.wordRanges() {
            let (start, end) = (range.lowerBound, range.upperBound)
            guard let candidates = byFirstWord[text.slice(start, end)] else { continue }
            for (recipient, name) in candidates where start + name.count <= scalars.count {
                var matched = true
                for offset in 0..<name.count where scalars[start + offset] != name[offset] {
                    matched = false
                    break
                }
                let after = start + name.count
                if matched,
                    after == scalars.count || !ScalarText.isWordScalar(scalars[after])
                        || !ScalarText.isWordScalar(name[name.count - 1])
                {
                    found.append((recipient, start, name.count))
                }
            }
        }
        found.sort { ($0.offset, -$0.length, $0.recipient) < ($1.offset, -$1.length, $1.recipient) }
        var kept: [(recipient: Int, offset: Int, length: Int)] = []
        for mention in found {
            if let last = kept.last, mention.offset < last.offset + last.length { continue }
            kept.append(mention)
        }
        return kept
    }
}
