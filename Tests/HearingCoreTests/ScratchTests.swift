import Foundation
import Testing

@testable import HearingCore

@Suite struct ScratchTests {
    @Test func probe() throws {
        for f in ["docx", "pdf"] {
            let l = try LetterFile(path: "/tmp/probe2/letter." + f)
            print("=====", f); print(l.text)
        }
    }
}
