import Foundation
import HearingCore
import WebServer

/// The review site of one workspace: the round at a glance, the review queue, every response with the sentence each
/// position rests on, corrections recorded as `hearing set` records them, the other messages, and the downloads.
/// Every page is made from the store as it is at the request, so a correction or an import shows at once.
public final class ReviewSite: Sendable {
    let workspace: Workspace
    let access: SiteAccess
    let author: String
    private let cache = RoundCache()

    /// A site over a workspace, open to requests that carry `secret`; corrections are signed by `author`.
    public init(workspace: Workspace, secret: String, author: String) {
        self.workspace = workspace
        access = SiteAccess(secret: secret)
        self.author = author
    }

    /// A new random secret for the address (32 hexadecimal digits from the system's random source).
    public static func makeSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// The answer to one request.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        let response: HTTPResponse
        switch access.decide(request) {
        case let .refused(reason):
            response = .text(refusal(reason), type: "text/html", status: 403)
        case let .keepSecret(location, cookie):
            response = HTTPResponse.redirect(to: location).adding("Set-Cookie", cookie)
        case .admitted:
            response = route(request)
        }
        return Self.secured(response)
    }

    /// Every answer forbids what the site never needs: outside scripts, styles, fonts, frames, and caching.
    static func secured(_ response: HTTPResponse) -> HTTPResponse {
        response
            .adding(
                "Content-Security-Policy",
                "default-src 'none'; script-src 'self'; style-src 'self'; "
                    + "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
            )
            .adding("X-Content-Type-Options", "nosniff")
            .adding("Referrer-Policy", "no-referrer")
            .adding("X-Frame-Options", "DENY")
            .adding("Cache-Control", "no-store")
    }

    private func route(_ request: HTTPRequest) -> HTTPResponse {
        let parts = request.path.split(separator: "/").map(String.init)
        if parts.first == "ressurser" { return SiteAssets.response(for: parts.dropFirst().joined(separator: "/")) }
        do {
            let state = try cache.state(of: workspace)
            switch (request.method, parts.first ?? "", parts.count) {
            case ("GET", "", 0): return html(overview(state))
            case ("GET", "gjennomgang", 1): return html(queue(state))
            case ("GET", "svar", 1): return html(responseList(state))
            case ("GET", "svar", 2): return try html(responsePage(state, named: parts[1], request: request))
            case ("POST", "svar", 2): return try correct(state, named: parts[1], form: request.form)
            case ("GET", "andre", 1): return html(otherMessages(state))
            case ("GET", "last-ned", 1): return html(downloads(state))
            case ("GET", "last-ned", 2): return try download(state, file: parts[1])
            default: return notFound(state)
            }
        } catch let error as HearingError {
            return .text(problemPage(error.message), type: "text/html", status: error.code == .lookup ? 404 : 500)
        } catch {
            return .text(problemPage("Uventet feil: \(error)"), type: "text/html", status: 500)
        }
    }

    func html(_ page: String) -> HTTPResponse { .text(page, type: "text/html") }

    private func notFound(_ state: RoundState) -> HTTPResponse {
        let body = "<h1>Finner ikke siden</h1><p><a href=\"/\">Tilbake til oversikten</a>.</p>"
        return .text(
            PageLayout.page(title: "Finner ikke siden", hearing: state.hearing.title, current: "", body: body),
            type: "text/html", status: 404)
    }

    private func refusal(_ reason: String) -> String {
        PageLayout.page(
            title: "Ingen tilgang", hearing: "Hearing", current: "",
            body: "<h1>Ingen tilgang</h1><p>\(PageLayout.escape(reason))</p>")
    }

    private func problemPage(_ message: String) -> String {
        PageLayout.page(
            title: "Noe gikk galt", hearing: "Hearing", current: "",
            body: "<h1>Noe gikk galt</h1><p>\(PageLayout.escape(message))</p>")
    }
}
