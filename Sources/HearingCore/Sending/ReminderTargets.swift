import Mail

/// Who gets a reminder on a day, and who is held back and why: a body that has answered gets none, nor one whose
/// address bounced (until the list has another address), one whose deadline was extended past the day, or one
/// that asked for more time and has no decision yet.
public struct ReminderTargets: Sendable {
    /// A recipient held back from the reminder, and why in Norwegian.
    public struct HeldBack: Sendable {
        /// The recipient.
        public let recipient: Recipient
        /// Why.
        public let reason: String
    }

    /// The recipients to remind.
    public let targets: [Recipient]
    /// The recipients held back.
    public let heldBack: [HeldBack]

    /// The targets for a day, from the round's state.
    public init(state: RoundState, day: CalendarDay) {
        let missing = Set(state.nonRespondents)
        var targets: [Recipient] = []
        var heldBack: [HeldBack] = []
        for recipient in state.recipients where missing.contains(recipient.id) {
            if let reason = Self.reason(recipient, state: state, day: day) {
                heldBack.append(HeldBack(recipient: recipient, reason: reason))
            } else {
                targets.append(recipient)
            }
        }
        self.targets = targets
        self.heldBack = heldBack
    }

    private static func reason(_ recipient: Recipient, state: RoundState, day: CalendarDay) -> String? {
        let own = state.submissions.filter { $0.respondent.id == recipient.id }
        for bounce in own where bounce.kind == .bounce {
            let failed =
                DeliveryReport(bounce.message)?.recipients.filter(\.failed).map { $0.address.lowercased() } ?? []
            // A bounce that names no address, or the address the list still has, stops the reminder.
            if failed.isEmpty || failed.contains(where: { recipient.matchesExactly(address: $0) }) {
                return "e-posten kom ikke fram (returmelding, svar \(bounce.sequence)); "
                    + "rett adressen på mottakerlisten først"
            }
        }
        if let extended = state.extendedDeadlines[recipient.id], extended >= day {
            return "har utsatt frist til \(extended.norwegian)"
        }
        if let request = own.first(where: { $0.kind == .extensionRequest }),
            state.extendedDeadlines[recipient.id] == nil
        {
            return "har bedt om utsatt frist (svar \(request.sequence)); registrer den nye fristen med "
                + "«hearing set … svar \(request.sequence) --deadline DATO»"
        }
        return nil
    }
}
