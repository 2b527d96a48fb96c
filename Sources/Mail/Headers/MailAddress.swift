/// A mailbox from an address header: the display name (decoded) and the address.
public struct MailAddress: Sendable, Hashable, Codable {
    /// The display name, RFC 2047 decoded, or nil when none was given.
    public var name: String?
    /// The address (`local@domain`), as written.
    public var address: String

    /// Creates an address.
    public init(name: String?, address: String) {
        self.name = name
        self.address = address
    }

    /// The domain part, lowercased, or an empty string.
    public var domain: String {
        guard let at = address.lastIndex(of: "@") else { return "" }
        return address[address.index(after: at)...].lowercased()
    }
}
