import Foundation
/// The ways a text may name a body on the list: "Malvik kommune", "Malvik kommunes", "Kommunestyret i Malvik",
/// "KS' høringssvar", "fagrådet for psykisk helse og rus".
struct BodyNames: Sendable {
    /// Normalised name variants per recipient, longest first.
    let variants: [[String]]
    let recipients: [Recipient]

    init(recipients: [Recipient]) {
        self.recipients = recipients
        variants = recipients.map { Self.variants(of: $0) }
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
            for prefix in ["kommunestyret i ", "kommunestyre i ", "formannskapet i ", "bystyret i ", "heradsstyret i ", "rådmannen i ",
                           "kommunedirektøren i ", "kommunedirektør i ", "ordføreren i "] {
                names.insert(prefix + core)
            }
            for tail in [" kommune", " kommunes", " kommunestyre", " formannskap", " bystyre", " herad", " heradsstyre", " kommunestyres"] {
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
            for prefix in ["fagråd ", "fagrådet ", "fagråd for ", "fagrådet for ", "fagrådet i "] { names.insert(prefix + bare) }
        }
        if full.hasSuffix("utvalg") || full.hasSuffix("utvalget") || full.hasSuffix("forening") || full.hasSuffix("foreningen") {
            names.insert(full.hasSuffix("et") || full.hasSuffix("en") ? String(full.dropLast(2)) : full + (full.hasSuffix("utvalg") ? "et" : "en"))
        }
        for name in Array(names) where !name.hasSuffix("s") && !name.hasSuffix("'") && name.count > 3 {
            names.insert(name + "s")
        }
        return names.sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// Each mention of a body in the text: recipient index and offset, longest names first, no overlaps.
    func mentions(in text: ScalarText) -> [(recipient: Int, offset: Int, length: Int)] {
        var found: [(recipient: Int, offset: Int, length: Int)] = []
        for (index, names) in variants.enumerated() {
            for name in names {
                for offset in text.find(name) {
                    found.append((index, offset, name.unicodeScalars.count))
                }
            }
        }
        found.sort { ($0.offset, -$0.length) < ($1.offset, -$1.length) }
        var kept: [(recipient: Int, offset: Int, length: Int)] = []
        for mention in found {
            if let last = kept.last, mention.offset < last.offset + last.length { continue }
            kept.append(mention)
        }
        return kept
    }
}
