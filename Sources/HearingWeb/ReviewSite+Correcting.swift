import Foundation
import HearingCore
import WebServer

/// The correction form of a response and what its answer records: the same corrections as `hearing set` (who, when,
/// why, kept by the response's content hash), one per field changed, appended to the store so that two tabs or an
/// import at the same time never lose one.
extension ReviewSite {
    func correctionForm(_ submission: Submission, state: RoundState, found: Set<String>) -> String {
        let rows = state.hearing.questions.filter { $0.kind != .free }.map { question -> String in
            let answer = submission.answers.first { $0.question == question.number }
            var reading = answer.map { PageLayout.escape(label(of: $0, in: state)) } ?? "Intet standpunkt lest"
            if let answer, !answer.evidence.isEmpty {
                let quote = "«\(PageLayout.escape(answer.evidence))»"
                reading +=
                    found.contains("bevis-\(question.number)")
                    ? "<br><a href=\"#bevis-\(question.number)\">\(quote)</a>" : "<br>\(quote)"
            }
            let options =
                ["<option value=\"\">(uendret)</option>"]
                + question.alternatives.map {
                    "<option value=\"\($0.number)\">\($0.number). \(PageLayout.escape($0.label))</option>"
                }
                + ["<option value=\"none\">0. Intet standpunkt</option>"]
            let flagged =
                submission.reviewReasons.contains { $0.question == question.number } ? " class=\"flagget\"" : ""
            return """
                <tr\(flagged)><th scope="row">\(question.number). \(PageLayout.escape(question.title))</th>\
                <td>\(reading)</td>\
                <td><label class="skjult" for="q-\(question.number)">Rett spørsmål \(question.number)</label>\
                <select id="q-\(question.number)" name="q-\(question.number)">\(options.joined())</select></td></tr>
                """
        }
        let counted =
            submission.status == .excluded
            ? "<label><input type=\"checkbox\" name=\"telling\" value=\"med\"> Ta svaret med i opptellingen</label>"
            : "<label><input type=\"checkbox\" name=\"telling\" value=\"utenfor\" id=\"utenfor\"> "
                + "Hold svaret utenfor opptellingen</label>"
        return """
            <form method="post" action="/svar/\(submission.sequence)" class="retting">
            \(PageLayout.secretField(access.secret))
            <h2>Standpunkter</h2>
            <table class="standpunkt"><thead><tr><th scope="col">Spørsmål</th><th scope="col">Lest som</th>\
            <th scope="col">Rett til</th></tr></thead><tbody>\(rows.joined())</tbody></table>
            <p>\(counted)</p>
            <p><label><input type="checkbox" name="publiser" value="nei"> Ikke med i publiseringskopien \
            (skriv grunnen under)</label></p>
            <p><label for="notat">Begrunnelse</label><br><input type="text" id="notat" name="notat" size="60"></p>
            <p><label for="av">Rettet av</label><br>\
            <input type="text" id="av" name="av" value="\(PageLayout.escape(author))"></p>
            <p><button type="submit" name="etter" value="her">Lagre</button>
            <button type="submit" name="etter" value="neste">Lagre og gå til neste</button></p>
            <details class="taster"><summary>Hurtigtaster</summary><p>J eller N: neste svar. K eller P: forrige. \
            1–9: velg alternativ for spørsmålet som er valgt (0: intet standpunkt). U: hold utenfor. \
            S: lagre og gå til neste.</p></details>
            </form>

            """
    }

    /// Records the corrections a posted form asks for, then goes back to the response (or on to the next in the queue).
    func correct(_ state: RoundState, named name: String, form: [(name: String, value: String)]) throws -> HTTPResponse
    {
        let submission = try state.submission(named: name)
        let value = { (key: String) in form.first { $0.name == key }?.value.trimmingCharacters(in: .whitespaces) ?? "" }
        var changes: [CorrectionChange] = []
        for question in state.hearing.questions {
            let chosen = value("q-\(question.number)")
            if chosen.isEmpty { continue }
            if chosen == "none" {
                changes.append(.answer(question: question.number, alternative: nil))
            } else if let number = Int(chosen), question.alternatives.contains(where: { $0.number == number }) {
                changes.append(.answer(question: question.number, alternative: number))
            } else {
                return try refused(state, name, "Spørsmål \(question.number) har ikke alternativet «\(chosen)».")
            }
        }
        switch value("telling") {
        case "utenfor": changes.append(.counted(false))
        case "med": changes.append(.counted(true))
        default: break
        }
        let note = value("notat")
        if value("publiser") == "nei" {
            guard !note.isEmpty else {
                return try refused(state, name, "Skriv grunnen til at svaret ikke skal publiseres i «Begrunnelse».")
            }
            changes.append(.published(false))
        }
        guard !changes.isEmpty else { return try refused(state, name, "Velg minst én ting å rette før du lagrer.") }
        let by = value("av").isEmpty ? author : value("av")
        let time = ISO8601DateFormatter().string(from: Date())
        let store = try workspace.openStore()
        for change in changes {
            try store.record(
                change.correction(of: submission, note: note.isEmpty ? nil : note, author: by, madeAt: time))
        }
        let queue = reviewQueue(state)
        if value("etter") == "neste",
            let next = queue.first(where: { $0.sequence > submission.sequence }) ?? queue.first,
            next.id != submission.id
        {
            return .redirect(to: "/svar/\(next.sequence)")
        }
        return .redirect(to: "/svar/\(submission.sequence)?lagret=\(changes.count)")
    }

    private func refused(_ state: RoundState, _ name: String, _ problem: String) throws -> HTTPResponse {
        let page = try responsePage(
            state, named: name, request: HTTPRequest(method: "GET", path: "/"), problem: problem)
        return .text(page, type: "text/html", status: 400)
    }
}
