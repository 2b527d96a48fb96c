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
        for suffix in [" kommune", " herad", " bydel"] where full.hasSuffix(suffix) {
            let core = String(full.dropLast(suffix.count))
            for prefix in [
                "kommunestyret i ", "kommunestyre i ", "formannskapet i ", "bystyret i ", "heradsstyret i ",
                "rådmannen i ",
                "kommunedirektøren i ", "kommunedirektør i ", "ordføreren i ",
            ] {
                names.insert(prefix + core)
            }
            for tail in [
                " kommune", " kommunes", " kommunestyre", " formannskap", " bystyre", " herad", " heradsstyre",
                " kommunestyres",
            ] {
                names.insert(core + tail)
            }
        }
        if full.hasSuffix(" hf") {
            let core = String(full.dropLast(3))
            names.insert(core)
            names.insert(core.replacingOccurrences(of: ".", with: ""))
        }
        if full.hasPrefix("fagråd ") {
            let topic = String(full.dropFirst("fagråd ".count))
            let bare = topic.hasPrefix("for ") ? String(topic.dropFirst(4)) : topic
            for prefix in ["fagråd ", "fagrådet ", "fagråd for ", "fagrådet for ", "fagrådet i "] {
                names.insert(prefix + bare)
            }
        }
        if full.hasSuffix("utvalg") || full.hasSuffix("utvalget") || full.hasSuffix("forening")
            || full.hasSuffix("foreningen")
        {
            names.insert(
                full.hasSuffix("et") || full.hasSuffix("en")
                    ? String(full.dropLast(2)) : full + (full.hasSuffix("utvalg") ? "et" : "en"))
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
