import Foundation

/// Reads and writes the mottakerliste as CSV: `id,name,kind,email`, email holding addresses and `@domain` patterns
/// separated by `;`. Columns are found by their header names; others are ignored.
public enum RecipientsCSV {
    /// Reads a recipients file.
    public static func read(_ file: String) throws -> [Recipient] {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw HearingError(.recipientsUnreadable(file: file))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw HearingError(.recipientsNotUTF8(file: file))
        }
        return try parse(text, file: file)
    }

    /// Parses recipients from CSV text; `file` names the source in errors.
    public static func parse(_ text: String, file: String) throws -> [Recipient] {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let separator: Character = firstLine.contains(",") || !firstLine.contains(";") ? "," : ";"
        let rows: [[String]]
        switch CSV.parse(text, separator: separator) {
        case .success(let parsed): rows = parsed
        case .failure(let error):
            throw HearingError(.recipientsSyntax(file: file, error: error))
        }
        guard let header = rows.first else {
            throw HearingError(.recipientsEmpty(file: file))
        }
        let columns = header.map { $0.trimmingSpaces().lowercased() }
        func column(_ names: [String]) -> Int? { columns.firstIndex { names.contains($0) } }
        guard let idColumn = column(["id"]), let nameColumn = column(["name", "navn"]) else {
            throw HearingError(.recipientsColumnsMissing(file: file))
        }
        let kindColumn = column(["kind", "type", "kategori"])
        let emailColumn = column(["email", "e-post", "epost", "emails"])
        let aliasColumn = column(["aliases", "alias", "andre navn"])
        var recipients: [Recipient] = []
        var seen = Set<String>()
        for (offset, row) in rows.dropFirst().enumerated() {
            let line = offset + 2
            func value(_ index: Int?) -> String {
                index.flatMap { $0 < row.count ? row[$0].trimmingSpaces() : nil } ?? ""
            }
            let id = value(idColumn)
            let name = value(nameColumn)
            guard !id.isEmpty else { throw HearingError(.recipientWithoutID(file: file, line: line)) }
            guard !name.isEmpty else { throw HearingError(.recipientWithoutName(file: file, line: line, id: id)) }
            guard seen.insert(id).inserted else {
                throw HearingError(.recipientDuplicate(file: file, line: line, id: id))
            }
            let emails = value(emailColumn).split(separator: ";").map { String($0).trimmingSpaces() }.filter {
                !$0.isEmpty
            }
            for email in emails where !email.contains("@") {
                throw HearingError(.recipientBadAddress(file: file, line: line, address: email))
            }
            let kind = value(kindColumn)
            let aliases = value(aliasColumn).split(separator: ";").map { String($0).trimmingSpaces() }.filter {
                !$0.isEmpty
            }
            recipients.append(
                Recipient(
                    id: id, name: name, kind: kind.isEmpty ? "annen" : kind.lowercased(), emails: emails,
                    aliases: aliases))
        }
        return recipients
    }

    /// The recipients as CSV text with a header row; the `aliases` column is written only when some body has aliases.
    public static func text(_ recipients: [Recipient]) -> String {
        let withAliases = recipients.contains { !$0.aliases.isEmpty }
        var lines = [CSV.row(["id", "name", "kind", "email"] + (withAliases ? ["aliases"] : []))]
        for recipient in recipients {
            var fields = [recipient.id, recipient.name, recipient.kind, recipient.emails.joined(separator: ";")]
            if withAliases { fields.append(recipient.aliases.joined(separator: ";")) }
            lines.append(CSV.row(fields))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What on a list is allowed but probably wrong, in Norwegian: a body without an address (it gets no letter, and
    /// its answers are known only by name) and a kind that looks like a slip for a usual one ("kommuen").
    public static func warnings(_ recipients: [Recipient]) -> [String] {
        let kinds = Lexicon.shared.phrases("recipients.kinds")
        var warnings: [String] = []
        for recipient in recipients {
            if recipient.emails.isEmpty {
                warnings.append(
                    "«\(recipient.name)» (\(recipient.id)) har ingen e-postadresse: den får ikke høringsbrevet, "
                        + "og svar fra den kjennes bare igjen på navnet.")
            }
            let kind = recipient.kind.lowercased()
            if !kind.isEmpty, !kinds.contains(kind), let meant = EditDistance.closest(to: kind, among: kinds) {
                warnings.append(
                    "«\(recipient.name)» (\(recipient.id)) har typen «\(recipient.kind)»; mente du «\(meant)»?")
            }
        }
        return warnings
    }
}
