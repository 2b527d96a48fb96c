import Foundation
import HearingCore
import Mail
import WebServer

/// The review queue, the list of every response, and one response with its text, positions and correction form.
extension ReviewSite {
    /// The responses a person should look at, in the report's order.
    func reviewQueue(_ state: RoundState) -> [Submission] {
        state.submissions.filter { $0.needsReview && $0.status != .duplicate }
    }

    func queue(_ state: RoundState) -> String {
        let queue = reviewQueue(state)
        var body = "<h1>Til vurdering</h1>\n"
        if queue.isEmpty {
            body += "<p>Ingen svar venter på vurdering.</p>"
        } else {
            body +=
                "<p>\(Counted.phrase(queue.count, "svar trenger", "svar trenger")) en titt. "
                + "<a href=\"/svar/\(queue[0].sequence)\">Begynn med det første</a>.</p>\n"
            body += table(queue, state: state, reasons: true)
        }
        return PageLayout.page(
            title: "Til vurdering", hearing: state.hearing.title, current: "/gjennomgang", body: body)
    }

    func responseList(_ state: RoundState) -> String {
        let responses = state.submissions.filter { $0.kind == .response || $0.status == .excluded }
        let body =
            "<h1>Alle svar</h1>\n<p>\(Counted.phrase(responses.count, "svar", "svar")) i alt.</p>\n"
            + table(responses, state: state, reasons: false)
        return PageLayout.page(title: "Alle svar", hearing: state.hearing.title, current: "/svar", body: body)
    }

    private func table(_ submissions: [Submission], state: RoundState, reasons: Bool) -> String {
        let head =
            "<tr><th scope=\"col\">Svar</th><th scope=\"col\">Avsender</th><th scope=\"col\">Sendt</th>"
            + "<th scope=\"col\">\(reasons ? "Hvorfor" : "Standpunkter")</th><th scope=\"col\">Status</th></tr>"
        let rows = submissions.map { submission -> String in
            let detail =
                reasons
                ? submission.reviewReasons.map { PageLayout.escape($0.text) }.joined(separator: "<br>")
                : submission.answers.map { "\($0.question): \(PageLayout.escape(label(of: $0, in: state)))" }
                    .joined(separator: "<br>")
            return "<tr><td>\(responseLink(submission))</td><td>\(PageLayout.escape(submission.respondent.name))</td>"
                + "<td>\(sentDay(submission))</td><td>\(detail)</td><td>\(status(submission))</td></tr>"
        }
        return "<table class=\"liste\"><thead>\(head)</thead><tbody>\(rows.joined())</tbody></table>"
    }

    func sentDay(_ submission: Submission) -> String {
        submission.sentDay?.norwegian ?? "ukjent"
    }

    func status(_ submission: Submission) -> String {
        var parts = [submission.status.norwegianName]
        if submission.late { parts.append("etter fristen") }
        if submission.needsReview { parts.append("til vurdering") }
        return parts.joined(separator: ", ")
    }

    func label(of answer: Answer, in state: RoundState) -> String {
        let label =
            state.hearing.question(number: answer.question)?.alternative(number: answer.alternative)?.label
            ?? "alternativ \(answer.alternative)"
        return label + (answer.conditional ? " (med forbehold)" : "")
    }

    /// One response: why it needs a look, its positions with the correction form, its text with the evidence marked.
    func responsePage(_ state: RoundState, named name: String, request: HTTPRequest, problem: String? = nil) throws
        -> String
    {
        let submission = try state.submission(named: name)
        let phrases = submission.answers.map { EvidenceMarker.Phrase(id: "bevis-\($0.question)", text: $0.evidence) }
        let marked = EvidenceMarker.mark(submission.message.text, phrases: phrases)
        var body = "<h1>Svar \(submission.sequence) – \(PageLayout.escape(submission.respondent.name))</h1>\n"
        body += header(submission)
        if let problem { body += "<p class=\"feil\" role=\"alert\">\(PageLayout.escape(problem))</p>\n" }
        if let saved = request.queryValue("lagret").flatMap(Int.init), saved > 0 {
            let what = saved == 1 ? "Rettelsen er lagret" : "\(saved) rettelser er lagret"
            body += "<p class=\"lagret\" role=\"status\">\(what) og gjelder også etter ny import.</p>\n"
        }
        if submission.needsReview {
            body +=
                "<section class=\"vurdering\"><h2>Hvorfor svaret trenger en titt</h2><ul>"
                + submission.reviewReasons.map { "<li>\(PageLayout.escape($0.text))</li>" }.joined()
                + "</ul></section>\n"
        }
        body += correctionForm(submission, state: state, found: marked.found)
        body += browsing(submission, state: state)
        body += "<section><h2>Teksten i e-posten</h2><div class=\"tekst\">\(marked.html)</div></section>\n"
        body += attachments(submission)
        body += history(submission, state: state)
        return PageLayout.page(
            title: "Svar \(submission.sequence)", hearing: state.hearing.title, current: "",
            body: body)
    }

    private func header(_ submission: Submission) -> String {
        let fromText =
            submission.message.from.map { address in
                PageLayout.escape(address.name.map { "\($0) " } ?? "") + "&lt;\(PageLayout.escape(address.address))&gt;"
            } ?? "ukjent"
        return """
            <dl class="fakta">
            <div><dt>Fra</dt><dd>\(fromText)</dd></div>
            <div><dt>Sendt</dt><dd>\(sentDay(submission))</dd></div>
            <div><dt>Emne</dt><dd>\(PageLayout.escape(submission.message.subject ?? "(uten emne)"))</dd></div>
            <div><dt>Type</dt><dd>\(submission.kind.norwegianName)</dd></div>
            <div><dt>Status</dt><dd>\(statusSentence(submission))</dd></div>
            </dl>

            """
    }

    private func statusSentence(_ submission: Submission) -> String {
        let stated = status(submission)
        let reason = submission.statusReason.trimmingCharacters(in: .whitespaces)
        let redundant = reason.isEmpty || reason.lowercased().hasPrefix(stated.split(separator: ",")[0].lowercased())
        return PageLayout.escape(
            stated.capitalizingFirst + "."
                + (redundant ? "" : " " + reason))
    }

    private func browsing(_ submission: Submission, state: RoundState) -> String {
        let queue = reviewQueue(state)
        let order = queue.contains { $0.id == submission.id } ? queue : state.submissions
        let index = order.firstIndex { $0.id == submission.id } ?? 0
        let scope = order.count == queue.count && queue.contains { $0.id == submission.id } ? "i køen" : ""
        var links: [String] = []
        if index > 0 {
            links.append("<a rel=\"prev\" href=\"/svar/\(order[index - 1].sequence)\">← Forrige \(scope)</a>")
        }
        if index + 1 < order.count {
            links.append("<a rel=\"next\" href=\"/svar/\(order[index + 1].sequence)\">Neste \(scope) →</a>")
        }
        return "<nav class=\"bla\" aria-label=\"Bla mellom svarene\">\(links.joined(separator: " "))</nav>\n"
    }

    private func attachments(_ submission: Submission) -> String {
        guard !submission.attachments.isEmpty else { return "" }
        let items = submission.attachments.map { attachment -> String in
            let content =
                attachment.text.map { "<div class=\"tekst\">\(PageLayout.escape($0))</div>" }
                ?? "<p>\(PageLayout.escape(attachment.note ?? "Teksten kunne ikke hentes ut."))</p>"
            return "<details><summary>\(PageLayout.escape(attachment.filename)) "
                + "(\(PageLayout.escape(attachment.contentType)))</summary>\(content)</details>"
        }
        return "<section><h2>Vedlegg</h2>\(items.joined())</section>\n"
    }

    private func history(_ submission: Submission, state: RoundState) -> String {
        guard !submission.corrections.isEmpty else { return "" }
        let items = submission.corrections.map { correction in
            "<li>\(PageLayout.escape(CorrectionChange.sentence(correction, in: state, for: submission)))</li>"
        }
        return "<section><h2>Rettelser</h2><ul>\(items.joined())</ul></section>\n"
    }
}
