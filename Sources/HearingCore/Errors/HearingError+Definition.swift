extension HearingError {
    /// A definition problem as the end of a Norwegian sentence (without the final full stop).
    static func describe(_ problem: DefinitionProblem) -> String {
        switch problem {
        case .notJSON: "filen er ikke gyldig JSON"
        case let .fieldMissing(key, parent): "feltet «\(key)» mangler" + (parent.map { " i \($0)" } ?? "")
        case let .wrongType(path): "feltet \(path) har feil type"
        case let .invalidValue(path, detail):
            "feltet \(path) " + (detail.map { "er ugyldig: \($0)" } ?? "har en ugyldig verdi")
        case let .invalidKind(path): "feltet \(path) har en ugyldig verdi; bruk «choice», «yes-no» eller «free»"
        case let .other(reason): reason
        case .noQuestions: "den har ingen spørsmål"
        case let .questionNumber(position, number):
            "spørsmål nr. \(position) har nummer \(number); spørsmålene må nummereres 1, 2, 3 … i rekkefølge"
        case let .duplicateQuestionID(id): "spørsmåls-id «\(id)» er brukt to ganger"
        case let .tooFewAlternatives(question, id): "spørsmål \(question) («\(id)») må ha minst to alternativer"
        case let .freeWithAlternatives(question, id): "spørsmål \(question) («\(id)») er fritt, men har alternativer"
        case let .alternativeNumber(position, question, number):
            "alternativ nr. \(position) i spørsmål \(question) har nummer \(number)"
        }
    }
}
