import HearingCore

/// The messages that are not counted responses: auto-replies, bounces, questions, requests for more time, duplicates
/// and replaced answers, each with what the tool did about it.
extension ReviewSite {
    func otherMessages(_ state: RoundState) -> String {
        let others = state.submissions.filter {
            $0.kind != .response || $0.status == .superseded || $0.status == .duplicate
        }
        var body = "<h1>Andre henvendelser</h1>\n"
        if others.isEmpty {
            body += "<p>Alle meldinger er høringssvar som telles.</p>"
        } else {
            let rows = others.map { submission -> String in
                let kind = submission.kind == .response ? status(submission) : submission.kind.norwegianName
                let done = PageLayout.escape(submission.handling)
                return
                    "<tr><td>\(responseLink(submission))</td><td>\(PageLayout.escape(submission.respondent.name))</td>"
                    + "<td>\(sentDay(submission))</td><td>\(PageLayout.escape(kind))</td><td>\(done)</td></tr>"
            }
            body +=
                "<table class=\"liste\"><thead><tr><th scope=\"col\">Melding</th><th scope=\"col\">Fra</th>"
                + "<th scope=\"col\">Sendt</th><th scope=\"col\">Type</th><th scope=\"col\">Hva som er gjort</th></tr>"
                + "</thead><tbody>\(rows.joined())</tbody></table>"
        }
        let extended = state.extendedDeadlines.sorted { $0.key < $1.key }.compactMap { id, day in
            state.recipient(id).map { "<li>\(PageLayout.escape($0.name)) til \(day.norwegian)</li>" }
        }
        if !extended.isEmpty { body += "<h2>Utsatt frist</h2><ul>\(extended.joined())</ul>" }
        return PageLayout.page(title: "Andre henvendelser", hearing: state.hearing.title, current: "/andre", body: body)
    }
}
