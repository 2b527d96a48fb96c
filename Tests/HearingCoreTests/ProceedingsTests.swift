import Testing

@testable import HearingCore

/// The parts of a council's record: the resolution apart from the innstilling, the proposals and the vote.
@Suite("Records of proceedings")
struct ProceedingsTests {
    @Test(
        "Headings open the resolution or a part that is not it; other lines open neither",
        arguments: [
            ("vedtak:", true), ("enstemmig vedtak", true), ("vedtak i saka", true), ("forslag til vedtak:", false),
            ("tilleggsforslag til vedtak", false), ("kommunedirektørens innstilling:", false), ("røysting:", false),
        ])
    func heading(text: String, resolution: Bool) {
        #expect(Proceedings.heading(text) == resolution)
        #expect(Proceedings.heading("kommunen støtter forslaget om nytt vedtak i saken") == nil)
    }

    @Test("A proposal under its proposer's name or a reported vote is no decision; the decision is")
    func proposals() {
        #expect(Proceedings.isProposal(ScalarText("framlegg frå ap: fyresdal kommune stør framlegget.")))
        #expect(Proceedings.isProposal(ScalarText("innstillingen ble vedtatt med 20 mot 15 stemmer.")))
        #expect(!Proceedings.isProposal(ScalarText("fyresdal kommune går imot framlegg frå departementet.")))
        #expect(!Proceedings.isProposal(ScalarText("vedtak: fyresdal kommune går imot framlegget.")))
    }
}
