import Testing
import WebServer

@Suite struct HTTPServerTests {
    @Test("The server answers on 127.0.0.1 with the handler's response, and hands it path, query, cookies and body")
    func roundTrip() throws {
        let server = try HTTPServer(port: 0) { request in
            let summary = [
                request.method, request.path, request.queryValue("q") ?? "-",
                request.cookies["k"] ?? "-", request.headers["x-test"] ?? "-",
                request.form.map { "\($0.name)=\($0.value)" }.joined(separator: ","),
            ]
            return .text(summary.joined(separator: "|"), type: "text/plain", status: 201).adding("X-Svar", "ja")
        }
        defer { server.stop() }
        #expect(server.port > 0)
        let client = LocalClient(port: server.port)
        let get = try client.get("/svar/%C3%B8?q=%C3%A6+1", headers: ["Cookie": "k=v", "X-Test": "t"])
        #expect(get.status == 201)
        #expect(get.headers["x-svar"] == "ja")
        #expect(get.text == "GET|/svar/ø|æ 1|v|t|")
        let post = try client.post("/rett", form: [("a", "1"), ("notat", "Lest brevet")])
        #expect(post.text == "POST|/rett|-|-|-|a=1,notat=Lest brevet")
    }

    @Test("A body over the limit is refused with 413, not handed on")
    func tooLarge() throws {
        let server = try HTTPServer(port: 0) { _ in .text("handled", type: "text/plain") }
        defer { server.stop() }
        let answer = try LocalClient(port: server.port).send(
            "POST", "/", headers: [:], body: [UInt8](repeating: 0x61, count: server.maximumBody + 10))
        #expect(answer.status == 413)
    }

    @Test("A port already in use is a Norwegian error naming the port")
    func portInUse() throws {
        let first = try HTTPServer(port: 0) { _ in HTTPResponse(status: 204) }
        defer { first.stop() }
        #expect(throws: ServerError.self) { try HTTPServer(port: first.port) { _ in HTTPResponse(status: 204) } }
        do {
            _ = try HTTPServer(port: first.port) { _ in HTTPResponse(status: 204) }
        } catch let error as ServerError {
            #expect(error.message.contains("Porten \(first.port)"))
        }
    }
}
