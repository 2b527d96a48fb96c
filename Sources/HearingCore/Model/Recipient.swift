/// A body on the mottakerliste.
public struct Recipient: Codable, Sendable, Equatable {
    /// Short stable id, e.g. `malvik`.
    public var id: String
    /// The body's name, e.g. "Malvik kommune".
    public var name: String
    /// The kind of body: kommune, helseforetak, fagråd, brukerutvalg, organisasjon, fagforening, ...
    public var kind: String
    /// Addresses (`postmottak@malvik.kommune.no`) and domain patterns (`@malvik.kommune.no`).
    public var emails: [String]
    /// Other names the body goes by ("Trondheim bystyre", "FFO Trøndelag"), for recognising it in text.
    public var aliases: [String]

    /// Creates a recipient.
    public init(id: String, name: String, kind: String, emails: [String], aliases: [String] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.emails = emails
        self.aliases = aliases
    }

    /// Whether an address belongs to this recipient: an exact address (any case) or a domain pattern.
    public func matches(address: String) -> Bool {
        let lower = address.lowercased()
        for pattern in emails {
            let pattern = pattern.lowercased()
            if pattern.hasPrefix("@") {
                if lower.hasSuffix(pattern) { return true }
            } else if pattern == lower {
                return true
            }
        }
        return false
    }

    /// Whether an address matches one of the recipient's exact addresses (not a domain pattern).
    public func matchesExactly(address: String) -> Bool {
        emails.contains { !$0.hasPrefix("@") && $0.lowercased() == address.lowercased() }
    }
}
