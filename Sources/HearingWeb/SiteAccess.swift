import Foundation
import WebServer

/// Who may use the site: a request from a page on this machine (the `Host` is 127.0.0.1 or localhost, so a web page
/// elsewhere cannot reach it by DNS rebinding) that carries the secret printed at start, either in the address
/// (`?nokkel=…`, once, then kept in a cookie that other sites never get) or in that cookie. A change (POST) must also
/// carry the secret in its form, so a page of another site cannot post one through the browser.
struct SiteAccess: Sendable {
    /// The outcome for one request.
    enum Decision: Equatable {
        /// Go on.
        case admitted
        /// The secret came in the address: keep it in a cookie and go to the same page without it.
        case keepSecret(location: String, cookie: String)
        /// Refused, with the reason shown to the person.
        case refused(String)
    }

    /// The name of the query argument and form field that carry the secret.
    static let parameter = "nokkel"

    let secret: String

    func decide(_ request: HTTPRequest) -> Decision {
        let host = request.headers["host"] ?? ""
        guard Self.isLocal(host) else {
            return .refused("Siden svarer bare på adresser på denne maskinen (127.0.0.1 eller localhost).")
        }
        let cookieName = Self.cookieName(host: host)
        if let given = request.queryValue(Self.parameter), request.method == "GET" {
            guard Self.same(given, secret) else { return .refused("Nøkkelen i adressen er feil.") }
            let others = request.query.filter { $0.name != Self.parameter }
            let query = others.map { "\(Self.encode($0.name))=\(Self.encode($0.value))" }.joined(separator: "&")
            let location = Self.encodePath(request.path) + (query.isEmpty ? "" : "?" + query)
            return .keepSecret(
                location: location,
                cookie: "\(cookieName)=\(secret); Path=/; HttpOnly; SameSite=Strict")
        }
        guard let kept = request.cookies[cookieName], Self.same(kept, secret) else {
            return .refused("Siden krever nøkkelen som «hearing serve» skrev ut. Åpne adressen derfra.")
        }
        if request.method == "POST" {
            let posted = request.form.first { $0.name == Self.parameter }?.value ?? ""
            guard Self.same(posted, secret) else { return .refused("Skjemaet mangler nøkkelen; last siden på nytt.") }
        }
        return .admitted
    }

    /// The cookie is per port, so two rounds served at once keep their own secrets.
    static func cookieName(host: String) -> String {
        let port = host.split(separator: ":").last.map(String.init) ?? ""
        return "hearing_nokkel_" + String(port.filter(\.isNumber))
    }

    static func isLocal(_ host: String) -> Bool {
        let name: Substring
        if host.hasPrefix("[") {
            name = host.dropFirst().prefix { $0 != "]" }
        } else {
            name = host.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        }
        return ["127.0.0.1", "localhost", "::1"].contains(name.lowercased())
    }

    /// Compares in time that does not depend on where the strings differ.
    static func same(_ given: String, _ secret: String) -> Bool {
        let left = Array(given.utf8), right = Array(secret.utf8)
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// RFC 3986's unreserved characters: all that a query or path part keeps as it is.
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    static func encodePath(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { encode(String($0)) }.joined(separator: "/")
    }
}
