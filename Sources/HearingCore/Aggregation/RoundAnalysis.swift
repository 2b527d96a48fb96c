/// Runs the whole derivation for a workspace: read every stored message, understand it, aggregate.
public enum RoundAnalysis {
    /// The state of the round in a workspace, derived from its definition, recipients and stored originals.
    public static func run(_ workspace: Workspace) throws -> RoundState {
        let hearing = try workspace.loadHearing()
        let recipients = try workspace.loadRecipients()
        let store = try workspace.openStore()
        let sent = Dictionary(
            try store.outgoing().map { ($0.messageID, $0.recipient) }, uniquingKeysWith: { first, _ in first })
        let reader = ResponseReader(hearing: hearing, recipients: recipients, outgoing: sent)
        let understood = try store.messages().map(reader.read)
        let corrections = try store.corrections()
        let corrected = Corrections.apply(corrections, to: understood, hearing: hearing, recipients: recipients)
        let extended = Corrections.extendedDeadlines(corrections, submissions: corrected)
        var state = Aggregator.aggregate(
            hearing: hearing, recipients: recipients,
            submissions: Corrections.applyExtensions(extended, to: corrected))
        state.extendedDeadlines = extended
        return state
    }
}
