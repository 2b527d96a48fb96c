import Mail

/// The part of a message its sender wrote: quoted reply chains cut away, a forwarded original kept with its sender.
struct OwnText: Sendable {
    private static let forwardSubjects = Lexicon.shared.phrases("mail.forwardSubjects")
    private static let forwardMarkers = Lexicon.shared.phrases("mail.forwardMarkers")
    private static let replyMarkers = Lexicon.shared.phrases("mail.replyMarkers")
    private static let replyAttributions = Lexicon.shared.phrases("mail.replyAttributions")
    private static let fromLabels = Lexicon.shared.phrases("mail.headerFrom")
    private static let dateLabels = Lexicon.shared.phrases("mail.headerDate")
    private static let otherLabels = Lexicon.shared.phrases("mail.headerOthers")

    /// What the sender (or, for a forward, the original sender) wrote.
    var text: String
    /// The original sender of a forwarded message, when the message forwards one.
    var forwardedFrom: MailAddress?
    /// When the forwarded original was sent, as its header block says.
    var forwardedDate: MailDate?
    /// Whether a quoted reply chain was cut off.
    var cutReplyChain: Bool

    /// Extracts the own text of a message body.
    static func extract(from body: String, subject: String?) -> OwnText {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let subjectLower = (subject ?? "").lowercased()
        let subjectIsForward = forwardSubjects.contains { subjectLower.hasPrefix($0) }
        var kept: [String] = []
        var index = 0
        var forwardedFrom: MailAddress? = nil
        var forwardedDate: MailDate? = nil
        var cut = false
        while index < lines.count {
            let line = lines[index]
            let lower = Normalizer.normalize(line)
            if lower.hasPrefix(">") {
                cut = true
                index += 1
                continue
            }
            if isForwardMarker(lower)
                || (subjectIsForward && forwardedFrom == nil && headerBlockStarts(lines, at: index))
            {
                // Keep the forwarded original: skip its header block, remember its sender.
                var probe = isForwardMarker(lower) ? index + 1 : index
                while probe < lines.count, lines[probe].trimmingSpaces().isEmpty { probe += 1 }
                let header = readHeaderBlock(lines, from: probe)
                if forwardedFrom == nil {
                    forwardedFrom = header.from
                    forwardedDate = header.date
                }
                index = header.end
                continue
            }
            if isReplyMarker(lower) || headerBlockStarts(lines, at: index) {
                cut = true
                break
            }
            kept.append(line)
            index += 1
        }
        while kept.last?.trimmingSpaces().isEmpty == true { kept.removeLast() }
        return OwnText(
            text: kept.joined(separator: "\n"), forwardedFrom: forwardedFrom, forwardedDate: forwardedDate,
            cutReplyChain: cut)
    }

    private static func isForwardMarker(_ line: String) -> Bool {
        forwardMarkers.contains(line.trimmingCharacters(in: "-_ *:"))
    }

    private static func isReplyMarker(_ line: String) -> Bool {
        if replyMarkers.contains(line.trimmingCharacters(in: "-_ *")) { return true }
        return isAttribution(line)
    }

    /// "Kari Hansen skrev:", or a line with the verb inside that ends with a colon and also gives an address or a
    /// time ("Den 22.04.2024 kl. 10:00 skrev Kari Hansen <kari@…>:"): a sentence of the response that ends with a
    /// colon ("Kommunen skrev dette i vedtaket:") has neither.
    private static func isAttribution(_ line: String) -> Bool {
        guard line.count < 200, line.hasSuffix(":") else { return false }
        if replyAttributions.contains(where: { line.hasSuffix(" " + $0 + ":") || line == $0 + ":" }) { return true }
        guard ScalarText(line).containsAny(replyAttributions) else { return false }
        return line.contains("@") || hasClockTime(line)
    }

    /// Whether the line holds a time of day written h:mm or hh:mm.
    private static func hasClockTime(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars)
        let digit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        return scalars.indices.dropFirst().dropLast(2).contains { index in
            scalars[index] == ":" && digit(scalars[index - 1]) && digit(scalars[index + 1]) && digit(scalars[index + 2])
        }
    }

    /// Whether an Outlook-style block ("Fra:" then "Sendt:"/"Dato:" and "Til:"/"Emne:") starts at the line.
    private static func headerBlockStarts(_ lines: [String], at index: Int) -> Bool {
        let lower = Normalizer.normalize(lines[index]).trimmingCharacters(in: "*")
        guard fromLabels.contains(where: lower.hasPrefix) else { return false }
        var sawDate = false
        var sawSubjectOrTo = false
        for probe in (index + 1)..<min(lines.count, index + 6) {
            let next = Normalizer.normalize(lines[probe]).trimmingCharacters(in: "*")
            if dateLabels.contains(where: next.hasPrefix) { sawDate = true }
            if otherLabels.contains(where: next.hasPrefix) { sawSubjectOrTo = true }
        }
        return sawDate && sawSubjectOrTo
    }

    private static func readHeaderBlock(_ lines: [String], from start: Int) -> (
        from: MailAddress?, date: MailDate?, end: Int
    ) {
        var index = start
        var from: MailAddress? = nil
        var date: MailDate? = nil
        while index < lines.count {
            let line = lines[index].trimmingSpaces().trimmingCharacters(in: "*")
            let lower = line.lowercased()
            guard let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) < 14,
                !line.isEmpty
            else { break }
            let value = String(line[line.index(after: colon)...]).trimmingSpaces()
            if fromLabels.contains(where: lower.hasPrefix) {
                from = AddressText.parse(value)
            } else if dateLabels.contains(where: lower.hasPrefix) {
                date = WrittenDate.parse(value)
            }
            index += 1
        }
        while index < lines.count, lines[index].trimmingSpaces().isEmpty { index += 1 }
        return (from, date, index)
    }
}

/// Reads a "Name <address>" or bare address written in text.
enum AddressText {
    static func parse(_ value: String) -> MailAddress? {
        if let open = value.lastIndex(of: "<"), let close = value.lastIndex(of: ">"), open < close {
            let address = String(value[value.index(after: open)..<close]).trimmingSpaces()
            var name = String(value[..<open]).trimmingSpaces().trimmingCharacters(in: "\"' ")
            if name.isEmpty { name = address }
            return address.contains("@") ? MailAddress(name: name, address: address) : nil
        }
        if let open = value.lastIndex(of: "["), let close = value.lastIndex(of: "]"), open < close {
            // Outlook: Name [mailto:address]
            var address = String(value[value.index(after: open)..<close])
            if address.lowercased().hasPrefix("mailto:") { address = String(address.dropFirst(7)) }
            let name = String(value[..<open]).trimmingSpaces()
            return address.contains("@") ? MailAddress(name: name.isEmpty ? nil : name, address: address) : nil
        }
        let words = value.split(separator: " ")
        if let word = words.first(where: { $0.contains("@") }) {
            return MailAddress(name: nil, address: String(word).trimmingCharacters(in: "<>()[],;"))
        }
        return value.isEmpty ? nil : MailAddress(name: value, address: "")
    }
}
