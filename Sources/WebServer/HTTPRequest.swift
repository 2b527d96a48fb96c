/// One HTTP request as the server received it: the path already percent-decoded, the query, headers, cookies and body.
public struct HTTPRequest: Sendable {
    /// `GET`, `POST`, …
    public var method: String
    /// The path, percent-decoded, without the query.
    public var path: String
    /// The query arguments in order (a name may come more than once).
    public var query: [(name: String, value: String)]
    /// The header fields, names in lower case.
    public var headers: [String: String]
    /// The cookies.
    public var cookies: [String: String]
    /// The body bytes (empty for `GET`).
    public var body: [UInt8]

    /// Creates a request.
    public init(
        method: String, path: String, query: [(name: String, value: String)] = [],
        headers: [String: String] = [:], cookies: [String: String] = [:], body: [UInt8] = []
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.cookies = cookies
        self.body = body
    }

    /// The first query argument of a name.
    public func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// The body as an HTML form (`application/x-www-form-urlencoded`), in order.
    public var form: [(name: String, value: String)] {
        FormDecoder.fields(body)
    }
}
