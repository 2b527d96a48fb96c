import Testing

@testable import HearingWeb

/// Access is tested over HTTP, as a browser or another local program would try it.
@Suite struct SiteAccessTests {
    static let pages = [
        "/", "/gjennomgang", "/svar", "/svar/1", "/andre", "/last-ned", "/last-ned/svar.csv",
        "/last-ned/publisering.zip", "/ressurser/side.css",
    ]

    @Test("Without the secret every page is refused with 403", arguments: pages)
    func refusedWithoutSecret(path: String) throws {
        let round = SiteRound.shared
        let answer = try round.client.get(path)
        #expect(answer.status == 403)
        #expect(answer.text.contains("Ingen tilgang"))
        #expect(!answer.text.contains("Melhus"))
    }

    @Test("The secret in the address is kept in a per-port cookie and taken out of the address")
    func secretBecomesCookie() throws {
        let round = SiteRound.shared
        let first = try round.client.get("/svar/3?nokkel=\(SiteRound.secret)&x=%C3%A6")
        #expect(first.status == 303)
        #expect(first.headers["location"] == "/svar/3?x=%C3%A6")
        let cookie = try #require(first.headers["set-cookie"])
        #expect(cookie.hasPrefix("hearing_nokkel_\(round.server.port)=\(SiteRound.secret);"))
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
        #expect(try round.get("/svar/3").status == 200)
    }

    @Test("A wrong secret, a wrong cookie, a foreign Host and a form without the secret are refused")
    func refusals() throws {
        let round = SiteRound.shared
        let client = round.client
        #expect(try client.get("/?nokkel=feil").status == 403)
        #expect(try client.get("/", headers: ["Cookie": "hearing_nokkel_\(round.server.port)=feil"]).status == 403)
        var foreign = round.cookie
        foreign["Host"] = "angriper.example:\(round.server.port)"
        #expect(try client.get("/", headers: foreign).status == 403)
        let posted = try client.post("/svar/3", form: [("q-1", "1")], headers: round.cookie)
        #expect(posted.status == 403)
        #expect(try round.state().submissions.allSatisfy { $0.corrections.isEmpty })
    }

    @Test("Every answer carries a strict Content-Security-Policy and is not cached")
    func headers() throws {
        let round = SiteRound.shared
        for answer in [try round.client.get("/"), try round.get("/"), try round.get("/finnes-ikke")] {
            let policy = try #require(answer.headers["content-security-policy"])
            #expect(policy.contains("default-src 'none'") && policy.contains("script-src 'self'"))
            #expect(answer.headers["cache-control"] == "no-store")
            #expect(answer.headers["x-frame-options"] == "DENY")
        }
    }

    @Test(
        "Host names of this machine are local; others are not",
        arguments: [
            ("127.0.0.1:8750", true), ("localhost:8750", true), ("LOCALHOST", true), ("[::1]:8750", true),
            ("127.0.0.2:8750", false), ("evil.example:8750", false), ("", false), ("127.0.0.1.evil.example", false),
        ])
    func local(host: String, expected: Bool) {
        #expect(SiteAccess.isLocal(host) == expected)
    }
}
