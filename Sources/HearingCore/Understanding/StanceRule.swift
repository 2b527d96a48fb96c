/// The named rules that read a position, each with the confidence it earns. Every answer keeps the ids of the rules
/// that gave it (`Answer.rules`, `rules` in the export), so each rule can be measured on its own: the corpus tests
/// print how often each is right.
enum StanceRule: String, Sendable, CaseIterable {
    /// A verb of stance on a named alternative in an answer under the question's number or heading.
    case choiceCueInSection = "choice.cue.section"
    /// A verb of stance on a named alternative in prose ("Vi går inn for forslag 2").
    case choiceCue = "choice.cue"
    /// A verb of stance for an alternative in a sentence that opens with a topic the question does not name ("Når
    /// det gjelder oppsyn, støtter Hol kommune flertallet"): a stance on one matter, for a person to weigh.
    case choiceCueOnTopic = "choice.cue.topic"
    /// A verb of opinion and what is said of the alternative ("mener forslag 1 er uheldig").
    case choiceOpinion = "choice.opinion"
    /// Praise of an alternative with no verb of stance ("forslag 2 er best").
    case choicePraise = "choice.praise"
    /// Criticism of an alternative with no verb of stance ("forslag 1 er uheldig").
    case choiceCriticism = "choice.criticism"
    /// A negated stance carried over a contrast ("ikke i et eget utvalg, men i en arbeidsgruppe").
    case choiceContrast = "choice.contrast"
    /// An alternative named first in the answer to a numbered question ("2: b", "Struktur: forslag 2").
    case choiceStructured = "choice.structured"
    /// An alternative named later in the answer to a numbered question.
    case choiceStructuredLate = "choice.structured.late"
    /// A modal after an alternative saying it is to be kept or chosen ("dagens skolestruktur må videreføres",
    /// "alternativ 3 bør vedtas"); against it where negated.
    case choiceModal = "choice.modal"
    /// A short statement naming an alternative ("Digital samhandling ivaretas i alle FSU.").
    case choiceTerse = "choice.terse"
    /// "Ja" or "nei" first in the answer to the question ("4. ja", "Lederutvalg | Nei").
    case yesNoWord = "yesno.word"
    /// "Ja" or "nei" last in a short answer to the question.
    case yesNoTrailingWord = "yesno.word.trailing"
    /// An outright verb of stance in an answer under the question's number or heading ("Forslaget vert støtta").
    case yesNoCueInSection = "yesno.cue.section"
    /// An outright verb of stance in prose that names the question.
    case yesNoCue = "yesno.cue"
    /// An outright verb of stance in a section the response opens by its own numbering or by a heading in the
    /// letter's words, not by the question's number and words together ("2. Kommunen støtter …").
    case yesNoCueInWordSection = "yesno.cue.section.words"
    /// An outright verb of stance in a sentence tied to the question only by the letter's words for it.
    case yesNoCueByWords = "yesno.cue.words"
    /// A modal or a verb of wish or opinion in prose that names the question.
    case yesNoModal = "yesno.modal"
    /// A verb of opinion and what is said of the proposal ("mener et lederutvalg er unødvendig").
    case yesNoOpinion = "yesno.opinion"
    /// The same where only the letter's words tie the sentence to the question.
    case yesNoOpinionByWords = "yesno.opinion.words"
    /// Praise or criticism of the proposal with no verb of stance ("Det er positivt at …").
    case yesNoEvaluation = "yesno.evaluation"
    /// Praise or criticism of what the question proposes, in a sentence that opens with the question's own words and
    /// does not name it ("Felles saksinntak … vert ikkje vurdert som ei føremålstenleg løysing").
    case yesNoEvaluationOfSubject = "yesno.evaluation.subject"
    /// Praise or criticism of what the sentence before set out or spoke of: opening with "dette" or "en slik …" after
    /// a sentence that sets out proposals ("Høyringsforslaget går ut på å … Dette er vanskeleg for oss å forstå"), or
    /// framed by an evaluation and naming nothing itself ("Det er ei dårleg løysing at …"), in the same paragraph.
    case yesNoEvaluationOfThis = "yesno.evaluation.this"
    /// Today's arrangement to be kept ("dagens ordning bør videreføres"): against the proposal to change it.
    case yesNoStatusQuo = "yesno.statusquo"
    /// The same in a sentence tied to the question only by the letter's words.
    case yesNoStatusQuoByWords = "yesno.statusquo.words"
    /// Keeping what a proposal to remove would take away ("YSK ved Måløy må oppretthaldast"), in a sentence that names
    /// the question: against it.
    case yesNoKeep = "yesno.keep"
    /// The same in a sentence tied to the question only by the letter's words.
    case yesNoKeepByWords = "yesno.keep.words"
    /// A wish for the very change the question proposes, in a verb for it ("Vi ønsker å gjeninnføre …").
    case yesNoWishedChange = "yesno.wish.change"
    /// A modal said of the very change the question proposes, in its verb, with no cue of stance ("salstida ikkje bør
    /// utvidast"): for it, or against it where negated.
    case yesNoModalOnChange = "yesno.modal.change"
    /// A verb of opinion and an advisory modal said of the question's own words ("meiner at kommunane ikkje bør få
    /// heimel til å regulere ferdsel med el-sykkel"): for it, or against it where negated.
    case yesNoOpinionModal = "yesno.opinion.modal"
    /// A verb that rejects the proposal, with no cue of stance in its clause ("Forslaget avvises", "Framlegget må
    /// avvisast"): against it.
    case yesNoRejection = "yesno.rejection"
    /// A stance on the proposal as a whole or on all the proposals ("Kommunen støtter forslaget").
    case wholeProposal = "proposal.whole"
    /// Praise or criticism of all the proposals, or of the rest of them, with no verb of stance ("De øvrige
    /// endringene i forslaget vil være til nytte").
    case allProposalsEvaluated = "proposal.all.evaluation"

    /// How sure a position read by this rule alone is, 0–1, set from how often the rule is right on real responses.
    /// Answers below 0.7 go to review.
    var confidence: Double {
        switch self {
        case .choiceCueInSection, .choiceStructured, .yesNoWord: 0.95
        case .choiceCue, .yesNoTrailingWord: 0.9
        case .choiceOpinion, .choiceContrast, .yesNoCue, .yesNoOpinion: 0.85
        case .wholeProposal: 0.8
        case .choicePraise, .choiceTerse, .choiceModal, .yesNoCueInSection, .yesNoStatusQuo: 0.75
        case .choiceCriticism, .choiceStructuredLate, .yesNoKeep: 0.7
        // Measured on real responses to other hearings (HearingCorpusTests prints each rule's precision): right
        // about two times in three or less, so a person looks.
        case .yesNoCueByWords, .yesNoModal, .yesNoKeepByWords, .yesNoStatusQuoByWords,
            .yesNoOpinionByWords, .yesNoWishedChange, .yesNoRejection, .yesNoModalOnChange,
            .yesNoOpinionModal:
            0.65
        case .yesNoCueInWordSection, .yesNoEvaluation, .yesNoEvaluationOfThis, .yesNoEvaluationOfSubject,
            .allProposalsEvaluated,
            .choiceCueOnTopic:
            0.55
        }
    }
}
