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

    /// Each submission by its id.
    let byID: [String: Submission]
    /// Every name the report shows for some submission.
    let shownNames: Set<String>
    /// The first unlisted submission under each sender name.
    let unlistedByName: [String: Submission]

    init(state: RoundState, today: CalendarDay, display: [String: String], counted: [Submission]) {
        self.state = state
        self.today = today
        self.display = display
        self.counted = counted
        byID = Dictionary(state.submissions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        shownNames = Set(display.values)
        unlistedByName = Dictionary(
            state.submissions.filter { $0.respondent.id == nil }.map { ($0.respondent.name, $0) },
            uniquingKeysWith: { first, _ in first })
    }

    /// The hearing.
    var hearing: Hearing { state.hearing }

    /// The name the report shows for a submission.
    func name(_ submission: Submission) -> String { display[submission.id] ?? submission.respondent.name }
}
