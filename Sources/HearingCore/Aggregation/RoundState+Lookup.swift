/// Finding a submission by the names a person uses for it: "svar 27" or "27" as the report numbers it, or the first
/// digits of its id as `review` and the export show it.
extension RoundState {
    /// The submission a name points to, or an error in Norwegian that says why none or several fit.
    public func submission(named name: String) throws -> Submission {
        let trimmed = name.trimmingSpaces().lowercased()
        let number = trimmed.hasPrefix("svar") ? String(trimmed.dropFirst(4)).trimmingSpaces() : trimmed
        if !number.isEmpty, number.allSatisfy(\.isNumber), let sequence = Int(number) {
            if let found = submissions.first(where: { $0.sequence == sequence }) { return found }
            throw HearingError(
                .workspace, "Det finnes ikke noe svar \(sequence); svarene er nummerert 1–\(submissions.count).")
        }
        let matches = submissions.filter { $0.id.hasPrefix(trimmed) }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            let numbers = matches.prefix(5).map { "svar \($0.sequence) (\($0.id))" }.joined(separator: ", ")
            throw HearingError(
                .workspace,
                "«\(name)» passer til \(matches.count) svar: \(numbers)\(matches.count > 5 ? " …" : ""). "
                    + "Skriv flere sifre, eller bruk «svar N».")
        }
        throw HearingError(
            .workspace,
            "Fant ikke svaret «\(name)». Bruk nummeret fra rapporten («svar 27») eller id-en fra "
                + "«hearing review».")
    }
}
