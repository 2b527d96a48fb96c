/// What a message is, as far as the hearing is concerned. Only responses are counted.
public enum MessageKind: String, Sendable, CaseIterable, Codable {
    /// An answer to the hearing (høringssvar), including "ingen merknader".
    case response
    /// An automatic reply (out of office and the like).
    case autoReply = "auto-reply"
    /// A delivery failure notice.
    case bounce
    /// A question to the secretariat about the hearing.
    case question
    /// A request for more time.
    case extensionRequest = "extension-request"
    /// Anything else: newsletters, spam, notices.
    case other

    /// The Norwegian name shown to people.
    public var norwegianName: String {
        switch self {
        case .response: return "høringssvar"
        case .autoReply: return "automatisk svar"
        case .bounce: return "returmelding"
        case .question: return "spørsmål"
        case .extensionRequest: return "søknad om utsatt frist"
        case .other: return "annet"
        }
    }
}
