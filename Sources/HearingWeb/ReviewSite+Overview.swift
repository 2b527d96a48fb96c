import HearingCore

/// The round at a glance: counts, the tally per question with bars, who has not answered, the late ones.
extension ReviewSite {
    func overview(_ state: RoundState) -> String {
        let summary = StatusSummary(state)
        let hearing = state.hearing
        var facts: [String] = []
        if let reference = hearing.caseReference { facts.append("Saksnummer \(PageLayout.escape(reference))") }
        facts.append(hearing.deadline.map { "høringsfrist \($0.norwegian)" } ?? "ingen høringsfrist satt")
        facts.append(Counted.phrase(state.recipients.count, "mottaker", "mottakere"))
        let late = state.counted.filter(\.late)
        var body = "<h1>Oversikt</h1>\n<p>\(facts.joined(separator: " · "))</p>\n<dl class=\"tall\">"
        body += fact("Importerte meldinger", "\(summary.imported)")
        body += fact("Høringssvar som telles", "\(summary.responses)")
        body += fact("Instanser som har svart", "\(summary.respondents)")
        body += fact("Mangler svar fra", "\(summary.missing)")
        body += fact("Kom etter fristen", "\(summary.late)")
        body += fact("Til vurdering", "<a href=\"/gjennomgang\">\(summary.needsReview)</a>")
        body += "</dl>\n"
        body += hearing.questions.map { tallySection($0, state: state) }.joined(separator: "\n")
        body += missingSection(state)
        if !late.isEmpty {
            body +=
                "<h2>Kom etter fristen</h2>\n<ul>"
                + late.map { "<li>\(responseLink($0)) – \(PageLayout.escape($0.respondent.name))</li>" }.joined()
                + "</ul>\n"
        }
        return PageLayout.page(title: "Oversikt", hearing: hearing.title, current: "/", body: body)
    }

    private func fact(_ label: String, _ value: String) -> String {
        "<div><dt>\(label)</dt><dd>\(value)</dd></div>"
    }

    private func tallySection(_ question: Question, state: RoundState) -> String {
        let entries = state.tally.filter { $0.question == question.number }
        let total = entries.reduce(0) { $0 + $1.count }
        var rows = question.alternatives.map { alternative -> String in
            let entry = entries.first { $0.alternative == alternative.number }
            let count = entry?.count ?? 0
            let condition = (entry?.conditional ?? 0) > 0 ? " (\(entry!.conditional) med forbehold)" : ""
            return "<tr><th scope=\"row\">\(PageLayout.escape(alternative.label))</th><td class=\"tall\">\(count)</td>"
                + "<td>\(PageLayout.bar(count: count, of: total, label: alternative.label))\(condition)</td></tr>"
        }
        if let summary = state.questionSummaries.first(where: { $0.question == question.number }) {
            rows.append(
                "<tr><th scope=\"row\">Tok ikke stilling</th><td class=\"tall\">\(summary.noPosition.count)</td>"
                    + "<td></td></tr>")
            if !summary.noRemarks.isEmpty {
                rows.append(
                    "<tr><th scope=\"row\">Ingen merknader</th><td class=\"tall\">\(summary.noRemarks.count)"
                        + "</td><td></td></tr>")
            }
        }
        return """
            <section aria-labelledby="s\(question.number)">
            <h2 id="s\(question.number)">Spørsmål \(question.number): \(PageLayout.escape(question.title))</h2>
            <table class="opptelling"><thead><tr><th scope="col">Alternativ</th><th scope="col">Antall</th>\
            <th scope="col">Andel</th></tr></thead><tbody>\(rows.joined())</tbody></table>
            </section>
            """
    }

    private func missingSection(_ state: RoundState) -> String {
        guard !state.nonRespondents.isEmpty else {
            return "<h2>Ikke svart</h2>\n<p>Alle på mottakerlisten har svart.</p>\n"
        }
        let items = state.nonRespondents.map { id -> String in
            let name = state.recipient(id)?.name ?? id
            if let joint = state.jointResponse(answering: id) {
                return "<li>\(PageLayout.escape(name)) (svarte gjennom \(responseLink(joint)))</li>"
            }
            return "<li>\(PageLayout.escape(name))</li>"
        }
        return "<h2>Ikke svart (\(state.nonRespondents.count))</h2>\n<ul class=\"kolonner\">\(items.joined())</ul>\n"
    }

    /// A link to a response by the number the report uses.
    func responseLink(_ submission: Submission) -> String {
        "<a href=\"/svar/\(submission.sequence)\">svar \(submission.sequence)</a>"
    }
}
