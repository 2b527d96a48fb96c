import Documents
import Foundation
import Mail

/// The outgoing side of a round: the hearing letter in Markdown, HTML or DOCX, one e-mail per recipient with the
/// letter attached, reminders for those who have not answered. Every message is recorded in the store with its
/// Message-ID, so it is written once, sent once, and replies can be traced back to the recipient.
public struct Mailing {
    /// What a message is.
    public enum Kind: Sendable, Equatable {
        /// The hearing letter going out.
        case letter
        /// A reminder, identified by its day.
        case reminder(CalendarDay)

        /// The kind as stored.
        public var stored: String {
            switch self {
            case .letter: return "letter"
            case .reminder(let day): return "reminder:\(day)"
            }
        }
    }

    /// The letter formats: those of every document of the round.
    public typealias LetterFormat = OutputFormat

    /// The workspace.
    public let workspace: Workspace
    /// The hearing.
    public let hearing: Hearing
    /// The mottakerliste.
    public let recipients: [Recipient]
    /// The store.
    public let store: Store

    /// Opens the mailing of a workspace.
    public init(workspace: Workspace) throws {
        self.workspace = workspace
        hearing = try workspace.loadHearing()
        recipients = try workspace.loadRecipients()
        store = try workspace.openStore()
    }

    /// What must be filled in before a letter is made or anything goes out, in Norwegian with the field in
    /// `hearing.json`; empty when the round is ready. A placeholder left from an older version counts as empty.
    public var unfilled: [String] {
        var missing: [String] = []
        let reply = hearing.sender.replyAddress
        let domain = reply.split(separator: "@").last.map(String.init) ?? ""
        if reply.split(separator: "@").count != 2 || ["eksempel.no", "example.com", "example.org"].contains(domain) {
            missing.append("svaradresse (sender.replyAddress)")
        }
        if hearing.deadline == nil || hearing.deadline == CalendarDay(year: 2099, month: 12, day: 31) {
            missing.append("høringsfrist (deadline)")
        }
        if hearing.sender.name.trimmingSpaces().isEmpty { missing.append("avsender (sender.name)") }
        return missing
    }

    /// Refuses, naming every field at once, while something the letter and e-mails need is empty.
    public func ensureReady() throws {
        guard unfilled.isEmpty else {
            throw HearingError(.definitionUnfilled(file: workspace.file(Workspace.definitionFile), fields: unfilled))
        }
    }

    /// The letter as filled-in Markdown.
    public func letterText(today: CalendarDay) throws -> String {
        try ensureReady()
        return try TemplateLibrary.renderer("letter.md", in: workspace).render(
            LetterFields.context(hearing: hearing, recipient: nil, today: today))
    }

    /// The letter in a format, with a file name.
    public func letter(_ format: LetterFormat, today: CalendarDay) throws -> (filename: String, bytes: [UInt8]) {
        let text = try letterText(today: today)
        let base = "Høringsbrev " + (hearing.caseReference ?? hearing.id).replacingOccurrences(of: "/", with: "-")
        let document = MarkdownReader.document(text, title: hearing.title, author: hearing.sender.name)
        // Markdown is the letter's own text as written; the other formats are rendered from it.
        return (base + "." + format.rawValue, format == .md ? Array(text.utf8) : format.render(document))
    }

    /// A recipient that could not get a message, and why.
    public struct Skipped: Sendable {
        /// The recipient.
        public let recipient: Recipient
        /// Why, in Norwegian.
        public let reason: String
    }

    /// Writes and records the messages of a kind for the recipients that do not have one yet; returns every message
    /// of that kind for them (old and new) and the recipients without an address.
    public func prepare(_ kind: Kind, for targets: [Recipient], now: Date) throws -> (
        messages: [Store.Outgoing], skipped: [Skipped]
    ) {
        try ensureReady()
        let existing = Dictionary(
            try store.outgoing().filter { $0.kind == kind.stored }.map { ($0.recipient, $0) },
            uniquingKeysWith: { first, _ in first })
        let template = try TemplateLibrary.renderer(kind == .letter ? "email.txt" : "reminder.txt", in: workspace)
        let today = OsloTime.day(atSecondsSince1970: Int64(now.timeIntervalSince1970))
        var letter: (filename: String, bytes: [UInt8])? = nil
        var messages: [Store.Outgoing] = []
        var skipped: [Skipped] = []
        for recipient in targets {
            if let message = existing[recipient.id] {
                messages.append(message)
                continue
            }
            guard let address = recipient.emails.first(where: { !$0.hasPrefix("@") }) else {
                skipped.append(
                    Skipped(recipient: recipient, reason: "har ingen e-postadresse på mottakerlisten (bare domene)"))
                continue
            }
            if letter == nil { letter = try self.letter(.docx, today: today) }
            let rendered = try template.render(
                LetterFields.context(hearing: hearing, recipient: recipient, today: today))
            let (subject, body) = Self.split(rendered, template: template.name)
            let message = try build(
                kind: kind, recipient: recipient, address: address, subject: subject, body: body, letter: letter!,
                now: now)
            try store.record(message)
            messages.append(message)
        }
        return (messages, skipped)
    }

    /// The recorded messages of a kind.
    public func recorded(_ kind: Kind) throws -> [Store.Outgoing] {
        try store.outgoing().filter { $0.kind == kind.stored }
    }

    private func build(
        kind: Kind, recipient: Recipient, address: String, subject: String, body: String,
        letter: (filename: String, bytes: [UInt8]), now: Date
    ) throws -> Store.Outgoing {
        let seconds = Int64(now.timeIntervalSince1970)
        let date = MailDate(secondsSince1970: seconds, utcOffsetSeconds: OsloTime.offset(atSecondsSince1970: seconds))
        let domain = hearing.sender.replyAddress.split(separator: "@").last.map(String.init) ?? "hearing.invalid"
        let kindPart = kind == .letter ? "brev" : "paaminnelse"
        let messageID = "\(hearing.id).\(recipient.id).\(kindPart).\(seconds)@\(domain)"
        var writer = MessageWriter(
            text: body,
            html: HTMLWriter.page(MarkdownReader.document(body, title: subject, author: hearing.sender.name)),
            boundarySeed: String(SHA256.hex(Array(messageID.utf8)).prefix(16)))
        writer.add("From", MessageWriter.address(name: hearing.sender.name, address: hearing.sender.replyAddress))
        writer.add("To", MessageWriter.address(name: recipient.name, address: address))
        writer.add("Reply-To", MessageWriter.address(name: hearing.sender.name, address: hearing.sender.replyAddress))
        writer.add("Subject", subject)
        writer.add("Date", date.rfc5322)
        writer.add("Message-ID", "<\(messageID)>")
        writer.files = [
            MessageWriter.File(
                filename: letter.filename,
                contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                bytes: letter.bytes)
        ]
        return Store.Outgoing(
            recipient: recipient.id, kind: kind.stored, messageID: messageID, address: address, bytes: writer.bytes(),
            createdAt: date.iso8601, sentAt: nil)
    }

    /// The subject ("Emne: …" on the first line) and the body of a rendered e-mail template.
    static func split(_ text: String, template: String) -> (String, String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.lowercased().hasPrefix("emne:") else {
            return ("Høring", text.trimmingSpaces())
        }
        return (String(first.dropFirst(5)).trimmingSpaces(), lines.dropFirst().joined(separator: "\n").trimmingSpaces())
    }

    /// The messages as one mbox (mboxrd) file.
    public static func mbox(_ messages: [Store.Outgoing], sender: String) -> [UInt8] {
        var output: [UInt8] = []
        for message in messages {
            let date = MailDate.parse(message.createdAt).map { Self.asctime($0) } ?? "Thu Jan  1 00:00:00 1970"
            output += Array("From \(sender) \(date)\n".utf8)
            let text = String(decoding: message.bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.drop(while: { $0 == ">" }).hasPrefix("From ") { output.append(0x3E) }
                output += Array(line.utf8)
                output.append(0x0A)
            }
            if output.suffix(2) != [0x0A, 0x0A] { output.append(0x0A) }
        }
        return output
    }

    private static func asctime(_ date: MailDate) -> String {
        let (year, month, day, hour, minute, second) = CivilTime.components(date.secondsSince1970)
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let weekday = String(date.rfc5322.prefix(3))
        return String(
            format: "%@ %@ %2d %02d:%02d:%02d %04d", weekday, months[month - 1], day, hour, minute, second, year)
    }
}
