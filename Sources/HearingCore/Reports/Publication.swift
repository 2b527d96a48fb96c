import Documents
import Foundation

/// The publication copy of a round (høringssvar are public case documents): each response's text and attachments in a
/// folder named by number, date and body, an index page, and personal data masked. Private persons' attachments are
/// published as their masked text; responses a correction marks as not for publication are left out with the reason.
public enum Publication {
    /// What was written.
    public struct Report: Sendable {
        /// Responses published.
        public let published: Int
        /// Responses left out, with the reason.
        public let leftOut: [(name: String, reason: String)]
    }

    /// The file that marks a folder as a publication copy made by this program, so that it may be replaced.
    public static let marker = ".hearing-publisering"

    /// Writes the publication copy to a folder: all of it into a fresh folder beside the target, which then takes
    /// the target's place, so the folder never holds a file this publication did not write (a response since marked
    /// as not for publication, a half-written copy). A folder that exists and is neither empty nor an earlier copy
    /// is refused, never emptied.
    public static func write(_ state: RoundState, to folder: String) throws -> Report {
        let manager = FileManager.default
        let target = (folder as NSString).standardizingPath
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: target, isDirectory: &isDirectory) {
            let contents = (try? manager.contentsOfDirectory(atPath: target)) ?? []
            guard isDirectory.boolValue, contents.isEmpty || contents.contains(marker) else {
                throw HearingError(.notAPublication(path: folder))
            }
        }
        let parent = (target as NSString).deletingLastPathComponent
        guard manager.fileExists(atPath: parent.isEmpty ? "." : parent, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw HearingError(.parentMissing(path: parent))
        }
        let staging = target + ".ny-\(ProcessInfo.processInfo.processIdentifier)"
        try? manager.removeItem(atPath: staging)
        do { try manager.createDirectory(atPath: staging, withIntermediateDirectories: false) } catch {
            throw HearingError(.folderUncreatable(path: staging, reason: SystemReason(error)))
        }
        do {
            let report = try writeContents(state, into: staging)
            try write("", to: staging, named: marker)
            try replace(target, with: staging)
            return report
        } catch {
            try? manager.removeItem(atPath: staging)
            throw error
        }
    }

    /// Puts the staged folder in the target's place; the earlier copy is removed only once the new one is there.
    private static func replace(_ target: String, with staging: String) throws {
        let manager = FileManager.default
        let old = target + ".gammel-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            if manager.fileExists(atPath: target) { try manager.moveItem(atPath: target, toPath: old) }
            try manager.moveItem(atPath: staging, toPath: target)
            try? manager.removeItem(atPath: old)
        } catch {
            if !manager.fileExists(atPath: target), manager.fileExists(atPath: old) {
                try? manager.moveItem(atPath: old, toPath: target)
            }
            throw HearingError(.publicationUnwritable(path: target, reason: SystemReason(error)))
        }
    }

    private static func writeContents(_ state: RoundState, into folder: String) throws -> Report {
        let display = CommitteeReport.displayNames(state)
        var rows: [String] = []
        var leftOut: [(name: String, reason: String)] = []
        for submission in state.submissions.sorted(by: { $0.sequence < $1.sequence })
        where submission.kind == .response && submission.status != .duplicate {
            let name = display[submission.id] ?? submission.respondent.name
            if let correction = submission.corrections.last(where: { $0.field == "publish" && $0.value == "no" }) {
                leftOut.append(
                    (name, correction.note ?? "unntatt offentlighet etter vurdering av \(correction.author)"))
                continue
            }
            let date = submission.sentDay
            let folderName = safeName("\(submission.sequence) \(date?.description ?? "uten-dato") \(name)")
            let files = try publish(submission, as: name, into: (folder as NSString).appendingPathComponent(folderName))
            let links = files.map { "<a href=\"\(Markup.escape(folderName + "/" + $0))\">\(Markup.escape($0))</a>" }
            rows.append(
                "<tr><td>\(submission.sequence)</td><td>\(Markup.escape(name))</td>"
                    + "<td>\(date?.norwegian ?? "")</td><td>\(links.joined(separator: ", "))</td></tr>")
        }
        try write(indexPage(state, rows: rows, leftOut: leftOut), to: folder, named: "index.html")
        return Report(published: rows.count, leftOut: leftOut)
    }

    /// Writes one response's folder: its own text as `svar.txt` under a short header, and each attachment, masked
    /// as the sender's standing requires. Returns the names of the files written.
    private static func publish(_ submission: Submission, as name: String, into path: String) throws -> [String] {
        let isPrivate = submission.respondent.id == nil && CommitteeReport.isPrivatePerson(submission)
        // A private person's own name goes too, also where the body signs with it.
        let names = isPrivate ? [submission.respondent.name, submission.message.from?.name ?? ""] : []
        var files: [String] = []
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            let subject = mask(submission.message.subject ?? "", isPrivate: isPrivate)
            let header = "Fra: \(name)\nDato: \(submission.sentDay?.norwegian ?? "ukjent")\nEmne: \(subject)\n\n"
            let body = OwnText.extract(from: submission.message.text, subject: submission.message.subject).text
            try write(
                header + PersonalData.maskedName(mask(body, isPrivate: isPrivate), names: names),
                to: path, named: "svar.txt")
            files.append("svar.txt")
            for (index, attachment) in submission.message.attachments.enumerated() {
                let reading = submission.attachments.first { $0.filename == attachment.filename }
                // A document that holds an identity number is published as its masked text, never as the file.
                let holdsIdentityNumber = reading?.text.map { PersonalData.maskedIdentityNumbers($0) != $0 } ?? false
                let maskedName = mask(attachment.filename, isPrivate: isPrivate)
                let fallback = "vedlegg-\(index + 1)"
                if isPrivate || holdsIdentityNumber || attachment.contentType.hasPrefix("text/") {
                    guard let text = reading?.text, !text.isEmpty else { continue }
                    let fileName = safeName((maskedName as NSString).deletingPathExtension, fallback: fallback) + ".txt"
                    let masked = PersonalData.maskedName(mask(text, isPrivate: isPrivate), names: names)
                    try write(masked, to: path, named: fileName)
                    files.append(fileName)
                } else if !attachment.contentType.hasPrefix("image/") {
                    let fileName = safeName(maskedName, fallback: fallback)
                    try Data(attachment.bytes).write(
                        to: URL(fileURLWithPath: (path as NSString).appendingPathComponent(fileName)))
                    files.append(fileName)
                }
            }
        } catch let error as HearingError {
            throw error
        } catch {
            throw HearingError(.fileUnwritable(path: path, reason: SystemReason(error)))
        }
        return files
    }

    /// The publication's `index.html`: a table of the published responses with links, and who was left out and why.
    private static func indexPage(_ state: RoundState, rows: [String], leftOut: [(name: String, reason: String)])
        -> String
    {
        let title = Markup.escape(state.hearing.title)
        let caseReference = Markup.escape(state.hearing.caseReference ?? "–")
        let deadline = state.hearing.deadline?.norwegian ?? "ikke fastsatt"
        let style =
            "body{font-family:Calibri,Arial,sans-serif;max-width:50em;margin:2em auto;padding:0 1em}"
            + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em .5em;text-align:left}"
        var html = """
            <!DOCTYPE html>
            <html lang="nb"><head><meta charset="utf-8">\
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Høringssvar: \(title)</title>
            <style>\(style)</style>
            </head><body>
            <h1>Høringssvar: \(title)</h1>
            <p>Saksnummer \(caseReference), høringsfrist \(deadline). \
            Fødselsnumre, og telefonnumre og e-postadresser til privatpersoner, er fjernet.</p>
            <table><thead><tr><th>Nr.</th><th>Fra</th><th>Dato</th><th>Filer</th></tr></thead><tbody>

            """
        html += rows.joined(separator: "\n") + "\n</tbody></table>\n"
        if !leftOut.isEmpty {
            let items = leftOut.map { "<li>\(Markup.escape($0.name)): \(Markup.escape($0.reason))</li>" }
            html += "<h2>Ikke publisert</h2>\n<ul>\n" + items.joined(separator: "\n") + "\n</ul>\n"
        }
        return html + "</body></html>\n"
    }

    /// Text with identity numbers masked always, and a private person's phone numbers and e-mail addresses too.
    static func mask(_ text: String, isPrivate: Bool) -> String {
        isPrivate ? PersonalData.masked(text) : PersonalData.maskedIdentityNumbers(text)
    }

    /// A file or folder name that is safe on every system: no path separators, no "..", no control characters, no
    /// device names (CON, NUL, COM1 …), no format characters, not hidden, at most 100 characters and 200 bytes.
    public static func safeName(_ name: String, fallback: String = "fil") -> String {
        // Format characters (U+202E and the other direction overrides, zero-width marks) are dropped: a name must
        // read as it is.
        var cleaned = String(
            name.unicodeScalars.filter { $0.properties.generalCategory != .format }.map { scalar -> Character in
                if scalar.value < 0x20 || "/\\\\:*?\"<>|".unicodeScalars.contains(scalar) { return "_" }
                return Character(scalar)
            })
        while cleaned.contains("..") { cleaned = cleaned.replacingOccurrences(of: "..", with: ".") }
        cleaned = cleaned.trimmingCharacters(in: ". _")
        let stem = cleaned.split(separator: ".").first.map { $0.uppercased() } ?? ""
        let devices = Set(["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] })
        if devices.contains(stem) { cleaned = "_" + cleaned }
        if cleaned.isEmpty { cleaned = fallback }
        // At most 100 characters and 200 bytes (file systems count bytes, and an emoji is four).
        var result = ""
        for character in cleaned.prefix(100) {
            guard result.utf8.count + String(character).utf8.count <= 200 else { break }
            result.append(character)
        }
        return result
    }

    private static func write(_ text: String, to folder: String, named name: String) throws {
        let path = (folder as NSString).appendingPathComponent(name)
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw HearingError(.fileUnwritable(path: path, reason: SystemReason(error)))
        }
    }
}
