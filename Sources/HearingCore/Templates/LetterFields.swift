/// The named fields the letter and e-mail templates can use, from the hearing, a recipient and the day.
public enum LetterFields {
    private static let months = [
        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
        "desember",
    ]

    /// "1. juni 2024".
    public static func written(_ day: CalendarDay) -> String {
        "\(day.day). \(months[day.month - 1]) \(day.year)"
    }

    /// The context for a hearing, an optional recipient, and today's date.
    public static func context(hearing: Hearing, recipient: Recipient?, today: CalendarDay) -> TemplateRenderer.Context
    {
        var values: [String: String?] = [
            "høring.tittel": hearing.title,
            "høring.saksnummer": hearing.caseReference,
            "høring.sendt": hearing.sentDate?.norwegian,
            "høring.frist": hearing.deadline?.norwegian,
            "høring.frist_tekst": hearing.deadline.map(written),
            "høring.møte": hearing.meeting?.body,
            "høring.møtedato": hearing.meeting?.date?.norwegian,
            "avsender.navn": hearing.sender.name,
            "avsender.organisasjon": hearing.sender.organisation,
            "avsender.kontaktperson": hearing.sender.contactPerson,
            "svaradresse": hearing.sender.replyAddress,
            "dato": today.norwegian,
            "dato_tekst": written(today),
            "svarskjema": ReplyForm.text(for: hearing),
            "svarskjema_tabell": ReplyForm.table(for: hearing),
        ]
        if let recipient {
            values["mottaker.navn"] = recipient.name
            values["mottaker.id"] = recipient.id
        }
        let questions = hearing.questions.map { question -> [String: String] in
            let letters = ["a", "b", "c", "d", "e", "f"]
            let alternatives = question.alternatives.enumerated().map { index, alternative in
                (index < letters.count ? letters[index] : String(index + 1)) + ") " + alternative.label
            }.joined(separator: ", ")
            return [
                "nummer": String(question.number), "tittel": question.title, "tekst": question.text,
                "alternativer": alternatives,
            ]
        }
        return TemplateRenderer.Context(values: values, sections: ["spørsmål": questions])
    }
}
