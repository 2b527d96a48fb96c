import Testing
import WebServer

@Suite struct FormDecoderTests {
    @Test(
        "Form fields decode + and %XX as UTF-8, keep order and repeated names, and survive broken escapes",
        arguments: [
            ("a=1&b=2&a=3", [("a", "1"), ("b", "2"), ("a", "3")]),
            ("notat=Lest+det+skannede+brevet", [("notat", "Lest det skannede brevet")]),
            ("n=%C3%B8%C3%A6%C3%A5&tom=", [("n", "øæå"), ("tom", "")]),
            ("x=100%&y=%4", [("x", "100%"), ("y", "%4")]),
            ("&&=nameless&z", [("z", "")]),
        ])
    func fields(body: String, expected: [(String, String)]) {
        let fields = FormDecoder.fields(Array(body.utf8))
        #expect(fields.map(\.name) == expected.map(\.0))
        #expect(fields.map(\.value) == expected.map(\.1))
    }
}
