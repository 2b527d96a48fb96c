/// What every section of the committee report reads: the round, the day, its counted responses and the names the
/// report shows (a private person as "Privatperson" unless the definition says otherwise).
struct ReportContext {
    /// The round.
    let state: RoundState
    /// The day the report is made.
    let today: CalendarDay
    /// The name shown for each submission id.
    let display: [String: String]
    /// The counted responses.
    let counted: [Submission]

    /// The hearing.
    var hearing: Hearing { state.hearing }

    /// The name the report shows for a submission.
    func name(_ submission: Submission) -> String { display[submission.id] ?? submission.respondent.name }
}
