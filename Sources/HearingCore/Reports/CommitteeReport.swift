import Documents

/// The summary for the committee, in the form of a saksframlegg: heading, background, who answered, each question
/// with its tally, chart, main arguments and conditions, other input, "Forslag til vedtak" left for the secretariat,
/// and an appendix of every response numbered so each count and quote can be traced.
public enum CommitteeReport {
    private static let kindNames: [String: String] = [
        "kommune": "Kommuner", "helseforetak": "Helseforetak", "fagråd": "Fagråd", "brukerutvalg": "Brukerutvalg",
        "organisasjon": "Organisasjoner", "fagforening": "Fagforeninger", "utenfor listen": "Andre",
    ]

    /// The report of a round, as of a day.
    public static func document(_ state: RoundState, today: CalendarDay) -> DocumentModel {
        let context = ReportContext(state: state, today: today, display: displayNames(state), counted: state.counted)
        var blocks = heading(context) + summary(state) + background(context) + respondents(context)
        for question in state.hearing.questions where question.kind != .free {
            blocks += questionSection(question, context)
        }
        blocks += otherInput(context) + closing(context)
        return DocumentModel(
            title: "Saksframlegg: \(state.hearing.title)", author: state.hearing.sender.name, blocks: blocks)
    }

    /// The case as the object of "sendte … på høring": a title that opens with "Høring –" or "Høring:" loses it
    /// ("sendte forslaget «…» på høring", not "sendte «Høring – …» på høring").
    static func subject(of title: String) -> String {
        let lowered = title.lowercased()
        for opening in ["høring – ", "høring - ", "høring: ", "høyring – ", "høyring - ", "høyring: "]
        where lowered.hasPrefix(opening) {
            let rest = title.dropFirst(opening.count)
            return "saken «" + rest.capitalizingFirst + "»"
        }
        return "«\(title)»"
    }

    /// The kinds of body in the order the list first names them.
    static func kindOrder(_ state: RoundState) -> [String] {
        var kinds: [String] = []
        for recipient in state.recipients where !kinds.contains(recipient.kind) { kinds.append(recipient.kind) }
        return kinds
    }

    /// The title, and the head of the saksframlegg: case number, to, from, the officer, the date.
    static func heading(_ context: ReportContext) -> [DocumentModel.Block] {
        let hearing = context.hearing
        var blocks: [DocumentModel.Block] = []

        blocks.append(.heading(level: 1, [.text("Saksframlegg")]))
        blocks.append(.heading(level: 2, [.text("\(hearing.title) – oppsummering av høringssvarene")]))
        var head: [DocumentModel.Inline] = []
        func line(_ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            if !head.isEmpty { head.append(.lineBreak) }
            head += [.bold(label + ":"), .text(" " + value)]
        }
        line("Saksnummer", hearing.caseReference)
        line("Type sak", "Vedtakssak")
        line(
            "Til",
            hearing.meeting.map { meeting in meeting.body + (meeting.date.map { ", møte \($0.norwegian)" } ?? "") })
        line("Fra", hearing.sender.name)
        line("Saksbehandler", hearing.sender.contactPerson)
        line("Dato", context.today.norwegian)
        blocks.append(.paragraph(head))

        return blocks
    }

    /// "Bakgrunn": who sent what to how many, and the questions asked.
    static func background(_ context: ReportContext) -> [DocumentModel.Block] {
        let hearing = context.hearing
        let state = context.state
        var blocks: [DocumentModel.Block] = []
        blocks.append(.heading(level: 2, [.text("Bakgrunn")]))
        let sent = hearing.sentDate.map { " \($0.norwegian)" } ?? ""
        let deadline = hearing.deadline.map { "med høringsfrist \($0.norwegian)" } ?? "uten fastsatt høringsfrist"
        blocks.append(
            .paragraph([
                .text(
                    "\(hearing.sender.name) sendte\(sent) \(subject(of: hearing.title)) på høring til "
                        + "\(state.recipients.count) instanser, \(deadline). "
                        + "Høringsinstansene ble bedt om å svare på \(hearing.questions.count) spørsmål:")
            ]))
        blocks.append(
            .list(ordered: true, items: hearing.questions.map { [.bold($0.title + ":"), .text(" " + $0.text)] }))

        return blocks
    }

    /// "Hvem har svart": by kind of body, the late ones, extended deadlines, who did not answer, the other messages.
    static func respondents(_ context: ReportContext) -> [DocumentModel.Block] {
        let state = context.state
        let counted = context.counted
        func name(_ submission: Submission) -> String { context.name(submission) }
        var blocks: [DocumentModel.Block] = []
        let voices = Dictionary(grouping: counted) { $0.respondent.id ?? "~" + $0.respondent.name }
        blocks.append(.heading(level: 2, [.text("Hvem har svart")]))
        let late = counted.filter(\.late)
        var summary = "Det kom inn høringssvar fra \(voices.count) instanser"
        let listed = Set(counted.compactMap(\.respondent.id)).count
        summary += listed == voices.count ? "." : ", \(listed) av dem på mottakerlisten."
        if !late.isEmpty {
            summary += " " + Counted.opening(late.count, "svar", "svar", gender: .neuter) + " kom etter fristen."
        }
        blocks.append(.paragraph([.text(summary)]))
        let kinds = kindOrder(state)
        var rows: [[String]] = []
        for kind in kinds {
            let members = state.recipients.filter { $0.kind == kind }
            let answered = members.filter { member in counted.contains { $0.respondent.id == member.id } }
            rows.append([
                kindNames[kind] ?? kind.capitalized, "\(members.count)", "\(answered.count)",
                nameList(answered.map(\.name)),
            ])
        }
        // One voice per body off the list (its own name), each shown as the report names it: "Privatperson (1911)".
        var unlistedVoices: [String: Submission] = [:]
        for submission in counted where submission.respondent.id == nil {
            unlistedVoices[submission.respondent.name] = unlistedVoices[submission.respondent.name] ?? submission
        }
        let unlisted = unlistedVoices.values.map { name($0) }.sorted()
        if !unlisted.isEmpty {
            rows.append(["Andre (ikke på mottakerlisten)", "–", "\(unlisted.count)", nameList(unlisted)])
        }
        blocks.append(.table(header: ["Instanstype", "Fikk høringen", "Svarte", "Hvem"], rows: rows))
        if !late.isEmpty {
            blocks.append(
                .paragraph([
                    .text(
                        "Svar etter fristen: "
                            + late.map { submission in
                                let day = submission.sentDay?.norwegian ?? "ukjent dato"
                                return "\(name(submission)) (\(day), svar \(submission.sequence))"
                            }.joined(separator: ", ")
                            + (late.count == 1
                                ? ". Det er tatt med i opptellingen." : ". De er tatt med i opptellingen."))
                ]))
        }
        let extended = state.extendedDeadlines.sorted { $0.key < $1.key }.compactMap { id, day in
            state.recipient(id).map { "\($0.name) (til \(day.norwegian))" }
        }
        if !extended.isEmpty {
            blocks.append(
                .paragraph([
                    .text(
                        "Fikk utsatt frist etter søknad: " + extended.joined(separator: ", ")
                            + ". Svar innen den utsatte fristen regnes som kommet i tide.")
                ]))
        }
        let missing = state.nonRespondents.compactMap { state.recipient($0)?.name }
        if !missing.isEmpty {
            blocks.append(.paragraph([.bold("Har ikke svart:"), .text(" " + nameList(missing) + ".")]))
        }
        let others = MessageKind.allCases.filter { $0 != .response }.compactMap { kind -> String? in
            let count = state.submissions.filter { $0.kind == kind }.count
            return count == 0 ? nil : "\(count) \(kind.norwegianName)"
        }
        if !others.isEmpty { blocks += nonResponses(state, name: name) }

        return blocks
    }

    /// One question: its tally and chart, by kind of body, who supports what, themes, conditions, second choices.
    static func questionSection(_ question: Question, _ context: ReportContext) -> [DocumentModel.Block] {
        let state = context.state
        func name(_ submission: Submission) -> String { context.name(submission) }
        var blocks: [DocumentModel.Block] = []
        blocks.append(.heading(level: 2, [.text("Spørsmål \(question.number): \(question.title)")]))
        blocks.append(.paragraph([.italic(question.text)]))
        if let recommendation = question.recommendation,
            let alternative = question.alternative(number: recommendation.alternative)
        {
            blocks.append(
                .paragraph([
                    .text("Anbefalt i høringsbrevet: "), .bold(alternative.label.capitalizingFirst),
                    .text(" (\(recommendation.by))."),
                ]))
        }
        let entries = state.tally.filter { $0.question == question.number }
        let noPosition = state.questionSummaries.first { $0.question == question.number }?.noPosition ?? []
        let noRemarks = state.questionSummaries.first { $0.question == question.number }?.noRemarks ?? []
        var bars = question.alternatives.map { alternative in
            DocumentModel.Bar(
                label: alternative.label, value: entries.first { $0.alternative == alternative.number }?.count ?? 0)
        }
        if !noRemarks.isEmpty { bars.append(DocumentModel.Bar(label: "ingen merknader", value: noRemarks.count)) }
        bars.append(DocumentModel.Bar(label: "ikke tatt stilling", value: noPosition.count))
        blocks.append(.chart(title: "Spørsmål \(question.number): antall instanser per alternativ", bars: bars))
        // The tally by kind of body: a row per kind, a column per alternative.
        let kindRows =
            kindOrder(state).filter { kind in entries.contains { $0.byKind.contains { $0.kind == kind } } }
            + (entries.contains { $0.byKind.contains { $0.kind == "utenfor listen" } } ? ["utenfor listen"] : [])
        var table = kindRows.map { kind -> [String] in
            [kindNames[kind] ?? kind]
                + question.alternatives.map { alternative in
                    let entry = entries.first { $0.alternative == alternative.number }
                    return "\(entry?.byKind.first { $0.kind == kind }?.count ?? 0)"
                }
        }
        table.append(
            ["I alt"]
                + question.alternatives.map { alternative in
                    "\(entries.first { $0.alternative == alternative.number }?.count ?? 0)"
                })
        blocks.append(.table(header: ["Instanstype"] + question.alternatives.map(\.label), rows: table))
        for alternative in question.alternatives {
            blocks += alternativeSection(question, alternative, entries: entries, context)
        }
        blocks += questionNotes(question, context)
        return blocks
    }

    /// One alternative of a question: who supports it, and the themes of their reasons.
    static func alternativeSection(
        _ question: Question, _ alternative: Alternative, entries: [TallyEntry], _ context: ReportContext
    ) -> [DocumentModel.Block] {
        let state = context.state
        let counted = context.counted
        let display = context.display
        func name(_ submission: Submission) -> String { context.name(submission) }
        var blocks: [DocumentModel.Block] = []
        guard let entry = entries.first(where: { $0.alternative == alternative.number }), entry.count > 0 else {
            return []
        }
        let supporters = counted.filter { submission in
            submission.answers.contains {
                $0.question == question.number && $0.alternative == alternative.number
            } && submission.status == .counted
        }
        let names = orderedNames(
            entry.respondents, supporters: supporters, display: display, question: question.number)
        blocks.append(
            .paragraph([
                .bold(alternative.label.capitalizingFirst),
                .text(" – \(Counted.phrase(entry.count, "instans", "instanser")): " + names + "."),
            ]))
        // Themes several bodies share, labelled by their words; single reasons quoted as they are.
        let themes = state.clusters.filter {
            $0.question == question.number && $0.alternative == alternative.number
        }
        let items = themes.map { cluster -> [DocumentModel.Inline] in
            let members = cluster.members.compactMap { context.byID[$0] }
            let representative = context.byID[cluster.representative]
            let quote =
                representative.map { quoteText(cluster.quote, submission: $0) }
                ?? PersonalData.masked(cluster.quote)
            // The quote names only the response it comes from; the theme lists its members apart from it.
            let source: [DocumentModel.Inline] =
                representative.map { [.italic("\(name($0)), svar \($0.sequence)")] } ?? []
            guard members.count > 1 else { return [.text("«\(quote)» – ")] + source }
            let label = cluster.label.capitalizingFirst
            let memberNames = nameList(members.map(name))
            let head: [DocumentModel.Inline] = [
                .bold(label), .text(" (\(members.count) instanser: \(memberNames))"),
            ]
            if Self.sameWords(label, quote) {
                return head + [.text(". Ordlyden er fra ")] + source + [.text(".")]
            }
            return head + [.text(": «\(quote)» – ")] + source
        }
        if !items.isEmpty {
            blocks.append(.paragraph([.text("Begrunnelser:")]))
            blocks.append(.list(ordered: false, items: items))
        }
        return blocks
    }

    /// What a question's tally leaves out: conditions, second choices, no remarks, no position.
    static func questionNotes(_ question: Question, _ context: ReportContext) -> [DocumentModel.Block] {
        let state = context.state
        let counted = context.counted
        func name(_ submission: Submission) -> String { context.name(submission) }
        var blocks: [DocumentModel.Block] = []
        let noPosition = state.questionSummaries.first { $0.question == question.number }?.noPosition ?? []
        let noRemarks = state.questionSummaries.first { $0.question == question.number }?.noRemarks ?? []
        let conditions = oneVoice(
            counted.flatMap { submission in
                submission.answers.filter { $0.question == question.number && $0.conditional }.map {
                    (submission, $0)
                }
            })
        if !conditions.isEmpty {
            blocks.append(.paragraph([.bold("Forbehold:")]))
            blocks.append(
                .list(
                    ordered: false,
                    items: conditions.map { submission, answer in
                        [
                            .text(
                                "\(name(submission)) (svar \(submission.sequence)): "
                                    + "«\(quoteText(answer.evidence, submission: submission))»"
                            )
                        ]
                    }))
        }
        let ranked = oneVoice(
            counted.flatMap { submission in
                submission.answers.filter { $0.question == question.number && $0.secondChoice != nil }.map {
                    (submission, $0)
                }
            })
        for (submission, answer) in ranked {
            let first = question.alternative(number: answer.alternative)?.label ?? ""
            let second = answer.secondChoice.flatMap { question.alternative(number: $0)?.label } ?? ""
            blocks.append(
                .paragraph([
                    .text(
                        "\(name(submission)) støtter primært \(first) og subsidiært \(second) (svar "
                            + "\(submission.sequence))."
                    )
                ]))
        }
        if !noRemarks.isEmpty {
            blocks.append(
                .paragraph([
                    .text(
                        "Hadde ingen merknader til spørsmålet: "
                            + nameList(
                                noRemarks.map { context.shownNames.contains($0) ? $0 : privateAware($0, context) })
                            + ".")
                ]))
        }
        if !noPosition.isEmpty {
            blocks.append(
                .paragraph([
                    .text(
                        "Tok ikke stilling til spørsmålet: "
                            + nameList(
                                noPosition.map { context.shownNames.contains($0) ? $0 : privateAware($0, context) }
                            ) + ".")
                ]))
        }
        return blocks
    }

    /// Other input, the responses set aside, and near-identical letters.
    static func otherInput(_ context: ReportContext) -> [DocumentModel.Block] {
        let state = context.state
        let counted = context.counted
        func name(_ submission: Submission) -> String { context.name(submission) }
        var blocks: [DocumentModel.Block] = []
        let otherInput = counted.compactMap { submission -> [DocumentModel.Inline]? in
            guard let sentences = submission.arguments[0], !sentences.isEmpty else { return nil }
            let text = sentences.prefix(3).joined(separator: " ")
            return [
                .bold(name(submission) + " (svar \(submission.sequence)):"),
                .text(" «\(quoteText(PositionReader.evidence(text), submission: submission))»"),
            ]
        }
        let inputs = otherInput + setAside(state, name: name)
        if !inputs.isEmpty {
            blocks.append(.heading(level: 2, [.text("Andre innspill")]))
            blocks += capped(inputs, noun: "innspill")
        }
        if !state.formLetters.isEmpty {
            blocks.append(.heading(level: 2, [.text("Likelydende svar")]))
            blocks += capped(
                state.formLetters.map { group in
                    let members = group.members.compactMap { context.byID[$0] }
                    let sample = PersonalData.masked(group.sample).split(whereSeparator: \.isWhitespace)
                    return [
                        .text(
                            nameList(members.map { "\(name($0)) (svar \($0.sequence))" })
                                + " sendte svar med (nesten) samme ordlyd: «\(sample.joined(separator: " "))»")
                    ]
                }, noun: "grupper")
        }

        return blocks
    }

    /// "Forslag til vedtak" left for the secretariat, and the appendix of every e-mail.
    static func closing(_ context: ReportContext) -> [DocumentModel.Block] {
        let hearing = context.hearing
        let state = context.state
        func name(_ submission: Submission) -> String { context.name(submission) }
        var blocks: [DocumentModel.Block] = []
        blocks.append(.heading(level: 2, [.text("Forslag til vedtak")]))
        blocks.append(.paragraph([.italic("Fylles ut av sekretariatet.")]))

        // Appendix.
        blocks.append(.heading(level: 2, [.text("Vedlegg: Alle innkomne e-poster")]))
        blocks.append(
            .paragraph([
                .text(
                    "Nummeret (svar nr.) viser til eksporten av høringen, der hvert svar har samme nummer (sequence).")
            ]))
        // A large round keeps its appendix to the e-mails a reader must see; every one is in the spreadsheet export.
        let notable = { (submission: Submission) in
            submission.late || !submission.corrections.isEmpty
        }
        let all = state.submissions.sorted { $0.sequence < $1.sequence }
        let shown = all.count > Self.fullAppendixLimit ? Array(all.filter(notable).prefix(Self.fullAppendixLimit)) : all
        if shown.count < all.count {
            blocks.append(
                .paragraph([
                    .text(
                        "Runden har \(all.count) e-poster. Vedlegget viser de \(shown.count) som kom "
                            + "etter fristen eller er rettet av sekretariatet; alle står i regnearket (hearing export "
                            + "--format xlsx)."
                    )
                ]))
        }
        let appendix = shown.map { submission -> [String] in
            let date =
                submission.sentDay?.norwegian ?? "–"
            let positions = submission.answers.map { answer -> String in
                let label =
                    hearing.question(number: answer.question)?.alternative(number: answer.alternative)?.label
                    ?? "\(answer.alternative)"
                return "\(answer.question): \(label)" + (answer.conditional ? " (med forbehold)" : "")
            }.joined(separator: "; ")
            var notes: [String] = []
            if submission.late { notes.append("etter fristen") }
            if submission.status != .counted { notes.append(status(submission)) }
            if let source = submission.inheritsFrom, let body = state.recipient(source) {
                notes.append("slutter seg til \(body.name)")
            }
            if submission.noRemarks { notes.append("ingen merknader") }
            if submission.needsReview { notes.append("til manuell vurdering") }
            var text = notes.joined(separator: "; ")
            if !text.isEmpty { text = text.capitalizingFirst + "." }
            // Corrections as sentences: "Spørsmål 1 satt til «forslag 1» av Marit Haugen Lie 28.11.2026: …".
            let sentences = submission.corrections.map { CorrectionChange.sentence($0, in: state, for: submission) }
            text = ([text] + sentences).filter { !$0.isEmpty }.joined(separator: " ")
            return [
                "\(submission.sequence)", name(submission), date,
                submission.kind == .response ? (positions.isEmpty ? "–" : positions) : submission.kind.norwegianName,
                text,
            ]
        }
        blocks.append(.table(header: ["Svar nr.", "Fra", "Dato", "Standpunkter", "Merknad"], rows: appendix))
        return blocks
    }

    private static func status(_ submission: Submission) -> String {
        switch submission.status {
        case .superseded: return "erstattet av senere svar"
        case .duplicate: return "duplikat"
        case .excluded: return submission.kind == .response ? "holdt utenfor" : "ikke høringssvar"
        case .counted: return ""
        }
    }

    /// Whether a label is the quote itself, but for case, punctuation and a trailing ellipsis.
    static func sameWords(_ label: String, _ quote: String) -> Bool {
        let words = { (text: String) in Normalizer.words(Normalizer.normalize(text)).map(String.init) }
        let labelWords = words(label.replacingOccurrences(of: "…", with: "")), quoteWords = words(quote)
        return !labelWords.isEmpty && quoteWords.starts(with: labelWords) && quoteWords.count <= labelWords.count + 1
    }

    /// The most e-mails the appendix lists one by one; a larger round lists only the notable ones.
    static let fullAppendixLimit = 250

    /// Names as the report shows them: bodies by name; private persons by name only when the definition allows it.
    static func displayNames(_ state: RoundState) -> [String: String] {
        var names: [String: String] = [:]
        for submission in state.submissions {
            if submission.respondent.id == nil, isPrivatePerson(submission), !state.hearing.showPrivateNames {
                names[submission.id] = "Privatperson"
            } else {
                names[submission.id] = submission.respondent.name
            }
        }
        return names
    }

    private static func privateAware(_ name: String, _ context: ReportContext) -> String {
        guard !context.hearing.showPrivateNames, let submission = context.unlistedByName[name],
            isPrivatePerson(submission)
        else { return name }
        return "Privatperson"
    }

    /// A sender not on the list whose name reads as a person's rather than an organisation's.
    /// Whether a submission comes from a private person: a sender not on the mottakerliste, writing from a personal
    /// mail service (gmail.com, online.no …) or under a name that names no organisation. Decided by the address and
    /// the list, never by how the name is spelt ("kari hansen", "Ola O. Berg" and a bare address are persons too).
    static func isPrivatePerson(_ submission: Submission) -> Bool {
        guard submission.respondent.id == nil else { return false }
        let lexicon = Lexicon.shared
        let domain = submission.message.from?.address.lowercased().split(separator: "@").last.map(String.init) ?? ""
        if lexicon.contains("privacy.personalDomains", domain) { return true }
        let words = Normalizer.words(Normalizer.normalize(submission.respondent.name)).map(String.init)
        let organisation = words.contains { word in
            lexicon.contains("privacy.organisationWords", word)
                || lexicon.phrases("privacy.organisationEndings").contains { word.hasSuffix($0) }
        }
        return !organisation
    }

    /// Quoted text, with a private person's phone numbers and addresses masked.
    static func quoteText(_ text: String, submission: Submission) -> String {
        // Identity numbers never appear, whoever wrote them; a private person's phone and address neither.
        isPrivatePerson(submission) ? PersonalData.masked(text) : PersonalData.maskedIdentityNumbers(text)
    }

    private static func orderedNames(
        _ names: [String], supporters: [Submission], display: [String: String], question: Int
    ) -> String {
        var byName: [String: Submission] = [:]
        for submission in supporters where byName[submission.respondent.name] == nil {
            byName[submission.respondent.name] = submission
        }
        return nameList(
            names.map { name in
                guard let submission = byName[name] else { return name }
                let shown = display[submission.id] ?? name
                let conditional = submission.answers.contains { $0.question == question && $0.conditional }
                return shown + (conditional ? " (med forbehold)" : "")
            })
    }
}
