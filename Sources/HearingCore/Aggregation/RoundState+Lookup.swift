/// Finding a submission by the names a person uses for it: "svar 27" or "27" as the report numbers it, or the first
/// digits of its id as `review` and the export show it.
extension RoundState {
    /// The submission a name points to, or an error in Norwegian that says why none or several fit.
    public func submission(named name: String) throws -> Submission {
        let trimmed = name.trimmingSpaces().lowercased()
        let number = trimmed.hasPrefix("svar") ? String(trimmed.dropFirst(4)).trimmingSpaces() : trimmed
        if !number.isEmpty, number.allSatisfy(\.isNumber), let sequence = Int(number) {
            if let found = submissions.first(where: { $0.sequence == sequence }) { return found }
            throw HearingError(.responseNumberOutOfRange(number: sequence, count: submissions.count))
        }
        let matches = submissions.filter { $0.id.hasPrefix(trimmed) }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw HearingError(.responseAmbiguous(name: name, numbers: matches.map(\.sequence), ids: matches.map(\.id)))
        }
        throw HearingError(.responseUnknown(name: name))
    }

    /// The joint response a listed body that sent none of its own answered through, if any.
    public func jointResponse(answering id: String) -> Submission? {
        answeredThrough[id].flatMap { through in submissions.first { $0.id == through } }
    }
}
