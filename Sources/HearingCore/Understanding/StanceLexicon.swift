/// Stance cues in bokmål and nynorsk, matched on normalised text: named categories of the lexicon
/// (`templates/lexicon/norsk.txt`, `[stance.*]`), read once.
enum StanceLexicon {
    /// Phrases that express support for what follows (or, passive, for what precedes).
    static let support = Lexicon.shared.phrases("stance.support")

    /// Phrases that express opposition.
    static let oppose = Lexicon.shared.phrases("stance.oppose")

    /// Every verb or phrase of stance, support first, made once (several checks ask for any of them).
    static let cues = support + oppose

    /// The indefinite articles a question's title may open with, which do not name it (`title.articles`).
    static let titleArticles = Set(Lexicon.shared.phrases("title.articles"))

    /// Evaluative words that lean towards support when said of an alternative.
    static let positiveEvaluation = Lexicon.shared.phrases("stance.positiveEvaluation")

    /// Evaluative words that lean towards opposition.
    static let negativeEvaluation = Lexicon.shared.phrases("stance.negativeEvaluation")

    /// Every evaluative word, criticism first, made once.
    static let evaluations = negativeEvaluation + positiveEvaluation

    /// Negation cues.
    static let negation = Lexicon.shared.phrases("stance.negation")

    /// Negation cues that do not negate.
    static let pseudoNegation = Lexicon.shared.phrases("stance.pseudoNegation")

    /// Words that turn what follows into the rejected side of a comparison.
    static let contrast = Lexicon.shared.phrases("stance.contrast")
    /// Nouns that name an alternative with a number or letter after them.
    static let referenceNouns = Lexicon.shared.phrases("stance.referenceNouns")
    /// Words that weigh two alternatives named in one clause.
    static let both = Lexicon.shared.phrases("stance.both")
    /// "enn": with `rather` in the sentence, a preference of one thing over another.
    static let than = Lexicon.shared.phrases("stance.than")
    /// "heller".
    static let rather = Lexicon.shared.phrases("stance.rather")
    /// Where a list of answers to several questions breaks.
    static let listBreaks = Lexicon.shared.phrases("stance.listBreaks")
    /// What ends the reach of a question's keyword over a later stance cue.
    static let keywordBreaks = Lexicon.shared.phrases("stance.keywordBreaks")
    /// The intention or purpose of a proposal, which may be supported without supporting the proposal.
    static let intentions = Lexicon.shared.phrases("stance.intentions")
    /// The authors of a proposal, whose recommendations a response reports ("Utredningen anbefaler …").
    static let authors = Lexicon.shared.phrases("stance.authors")
    /// A wish that a verb for a change follows ("ønsker å gjeninnføre").
    static let wishes = Lexicon.shared.phrases("stance.wishes")
    /// A proposal named by a demonstrative ("dette forslaget"): the one the sentence before spoke of.
    static let proposalAnaphora = Lexicon.shared.phrases("proposal.anaphora")

    /// The openings of a sentence that judges what the sentence before set out ("Dette er …", "En slik begrensning
    /// vil …").
    static let judgingAnaphora = Lexicon.shared.phrases("stance.judgingAnaphora")

    /// Words that open an indirect question ("hvilke tiltak som best kan …"): an evaluation inside one judges nothing.
    static let interrogatives = Set(Lexicon.shared.phrases("stance.interrogatives"))

    /// A modal that says a thing should go on as it is ("bør fortsatt ha", "skal framleis vere").
    static let continuation = Lexicon.shared.phrases("stance.continuation")

    /// A pronoun for the thing a proposal removes as the subject of what is said of it ("at den er overflødig").
    static let thingJudged = Lexicon.shared.phrases("stance.thingJudged")

    /// Phrases that set out what is proposed without naming the proposal ("det legges opp til å", "departementet vil").
    static let proposalSetOut = Lexicon.shared.phrases("proposal.setOut")
    /// What ends a clause between a verb of stance and the words it governs.
    static let clauseBreaks = Lexicon.shared.phrases("stance.clauseBreaks")
    /// Hedges that make a blanket stance on the whole proposal no position.
    static let hedges = Lexicon.shared.phrases("stance.hedges")
    /// The words that say each one of them, for "alle" in an alternative's label ("hvert enkelt").
    static let eachForms = Lexicon.shared.phrases("alternative.eachForms")
    /// Words after a label's noun that could read as a number but are a preposition or an article ("forslag i …").
    static let notNumbers = Set(Lexicon.shared.phrases("reference.notNumbers"))
    /// Words that open the clause an evaluation judges ("Det er positivt at …", "på høy tid å …").
    static let clauseOpeners = Set(Lexicon.shared.phrases("stance.evaluatedClause"))
    /// Modals after a subject that make it the one to act ("Menighetsmøtene bør avgjøre …").
    static let subjectModals = Set(Lexicon.shared.phrases("stance.subjectModals"))
    /// Words that open an exception ("unntatt der …"), in which what is said is no position.
    static let exception = Lexicon.shared.phrases("stance.exception")
    /// The bare nouns for a majority or minority ("flertall"), which name no part of a committee.
    static let bareFactions = Set(Lexicon.shared.phrases("stance.bareFactions"))
    /// Stance cues in the passive, whose subject is the thing judged.
    static let passive = Set(Lexicon.shared.phrases("stance.passive"))
    /// Where a sentence listing several proposals parts, each part matched to a question of its own.
    static let partBreaks = Lexicon.shared.phrases("attribution.partBreaks")

    /// Phrases after a topic that make it hypothetical: "dersom det blir opprettet".
    static let hypothetical = Lexicon.shared.phrases("stance.hypothetical")

    /// Condition cues: the position stands, with a condition.
    static let condition = Lexicon.shared.phrases("stance.condition")
    /// Openings of a sentence that states the condition of the position before it ("Forutsetningen er at …").
    static let conditionOpenings = Lexicon.shared.phrases("stance.conditionOpenings")
    /// Nouns that name a question inside a sentence ("spørsmål 2", "spm. 3").
    static let questionNouns = Lexicon.shared.phrases("marker.questionNouns")

    /// First-choice markers ("primært").
    static let primary = Lexicon.shared.phrases("stance.primary")
    /// Second-choice markers ("subsidiært").
    static let secondary = Lexicon.shared.phrases("stance.secondary")

    /// "No remarks".
    static let noRemarks = Lexicon.shared.phrases("stance.noRemarks")

    /// Phrases that join another body's response, when a response noun follows.
    static let deferral = Lexicon.shared.phrases("stance.deferral")

    /// Nouns naming a response, for deferral sentences.
    static let responseNouns = Lexicon.shared.phrases("stance.responseNouns")

    /// Ordinals meaning the first alternative.
    static let firstOrdinal = Lexicon.shared.phrases("stance.firstOrdinal")
    /// Ordinals meaning the last alternative.
    static let lastOrdinal = Lexicon.shared.phrases("stance.lastOrdinal")

    /// Openings that carry no input of their own.
    static let openings = Lexicon.shared.phrases("stance.openings")

    /// Procedural sentences about the answer itself, not input to the hearing.
    static let procedural = Lexicon.shared.phrases("stance.procedural")

    /// Closings that start a signature.
    static let closings = Lexicon.shared.phrases("stance.closings")

    /// Headings after which text is other input, not about a question.
    static let otherInput = Lexicon.shared.phrases("stance.otherInput")

    /// Outright verbs of support: enough on their own where only the letter's words tie a sentence to a question.
    static let supportOutright = Lexicon.shared.phrases("stance.support.outright")
    /// Verbs of stance that ask for something ("ber om at"): after "men" they qualify the stance before.
    static let requests = Set(Lexicon.shared.phrases("stance.requests"))
    /// What a request asks to be considered rather than done ("ber om at dette vurderes på nytt").
    static let considerations = Lexicon.shared.phrases("stance.considerations")
    /// Words that open a sentence by naming its topic, up to a comma ("Når det gjelder oppsyn, …").
    static let topicLeads = Lexicon.shared.phrases("stance.topicLeads")
    /// What may follow the verb of a line that leads in a list ("støtter følgende forslag:", "anbefaler videre").
    static let listLeadTails = Set(Lexicon.shared.phrases("stance.listLeadTails"))
    /// Words that take some of what follows, not all ("deler av forslaget", "fleire av forslaga").
    static let partitives = Lexicon.shared.phrases("stance.partitives")
    /// Words after a proposal's owner that open what that one proposal says ("flertallet … om at …").
    static let proposalContent = Lexicon.shared.phrases("stance.proposalContent")
    /// Copulas after an alternative opening a sentence that keep it a choice ("Eget FSU er vårt valg").
    static let choiceVerbs = Set(Lexicon.shared.phrases("stance.choiceVerbs"))
    /// Passive verbs that keep or choose an alternative after a modal ("må videreføres", "bør velges").
    static let chosenVerbs = Set(Lexicon.shared.phrases("stance.chosenVerbs"))
    /// The endings of a passive verb ("ivaretas", "vidareførast").
    static let passiveEndings = Lexicon.shared.phrases("stance.passiveEndings")
    /// The words an address line at a response's head opens with ("Til Kunnskapsdepartementet", "Fra styret ved …").
    static let letterHead = Lexicon.shared.phrases("heading.letterHead")
    /// Participles saying a matter was studied, after which an evaluation judges the study ("godt nok utredet").
    static let studied = Lexicon.shared.phrases("stance.studied")
    /// Outright verbs of opposition.
    static let opposeOutright = Lexicon.shared.phrases("stance.oppose.outright")
    /// Both, for telling an outright cue from a weaker one.
    static let outright = Set(supportOutright + opposeOutright)

    /// Subjects that name what is ("dagens ordning").
    static let statusQuoSubject = Lexicon.shared.phrases("stance.statusQuo.subject")
    /// Demands that a thing be there ("det må vere tilbod om"), which keep what a removal would take away.
    static let demandsToExist = Lexicon.shared.phrases("stance.demandsToExist")

    /// Demands to have what follows ("må ha studiespesialiserande tilbod"): they keep it where a question removes it.
    static let demandsToHave = Lexicon.shared.phrases("stance.demandsToHave")

    /// Words that open a demand made for every one of them ("Alle dei fire skulane må ha …").
    static let universal = Set(Lexicon.shared.phrases("stance.universal"))
    /// Verbs that keep it ("videreføres").
    static let statusQuoKeep = Lexicon.shared.phrases("stance.statusQuo.keep")

    /// The proposal itself ("forslaget", "departementets forslag").
    static let proposalNoun = Lexicon.shared.phrases("proposal.noun")
    /// All the proposals ("forslagene").
    static let proposalAll = Lexicon.shared.phrases("proposal.all")
    /// Words after a proposal noun that make it one particular proposal ("om", "at").
    static let proposalSpecifier = Set(Lexicon.shared.phrases("proposal.specifier"))
    /// A proposal to remove, move or end something ("fjerne", "oppheve").
    static let proposalRemoval = Lexicon.shared.phrases("proposal.removal")
    /// The stems of the parts of a committee ("flertall", "mindretal…").
    static let factionStems = Set(
        Lexicon.shared.phrases("letter.faction").map { NorwegianStemmer.stem(Spelling.folded($0)) })

    /// Verbs that reject or withdraw a proposal ("trekkes", "skrinlegges", "avvisast"): a cue whose clause goes on to
    /// one said of the proposal turns round ("anbefaler at forslaget trekkes").
    static let rejections = Set(Lexicon.shared.phrases("stance.rejections"))

    /// What a verb of stance may take that is a remark, not the proposal ("ønsker ikke å kommentere forslaget").
    static let remarking = Lexicon.shared.phrases("stance.remarking")

    /// The modals that advise ("bør", "burde"), unlike "må" and "skal", which may say what must happen anyway.
    static let advisoryModals = Set(Lexicon.shared.phrases("stance.advisoryModals"))

    /// Words that name the proposal in its entirety beyond doubt ("i sin helhet", "alle forslagene").
    static let proposalEntire = Lexicon.shared.phrases("proposal.entire")

    /// The words that open a clause inside a subject ("kommuner som ikke har …", "der det ikke finnes …"), whose
    /// negation is not the clause's own.
    static let relativeOpeners = Set(Lexicon.shared.phrases("stance.relativeOpeners"))

    /// The words of a yes in an answer ("ja", "jo"; `answer.yes`).
    static let answerYes = Set(Lexicon.shared.phrases("answer.yes"))

    /// The words of a no in an answer ("nei"; `answer.no`).
    static let answerNo = Set(Lexicon.shared.phrases("answer.no"))

    /// The beginnings of a label that says an answer follows ("Svar:", "Vårt svar:", "Svaret er:"; `answer.labels`).
    static let answerLabels = Lexicon.shared.phrases("answer.labels")

    /// Words that may stand between a proposal and what is said of it in a clause ("bør", "vert", "derfor").
    static let auxiliaries = Set(Lexicon.shared.phrases("stance.auxiliaries"))

    /// The nouns that name the proposal in a clause ("forslaget", "framlegget", "endringen"), of which a negation or a
    /// verb of rejection may be said.
    static let proposalHeads = Set(Lexicon.shared.phrases("proposal.heads"))

    /// The nouns that name the recommendation a letter's author makes ("tilrådingen", "innstillingen").
    static let recommendationNouns = Lexicon.shared.phrases("proposal.recommendation")

    /// The nouns after an author's name that make it their proposal ("kommunedirektørens forslag").
    static let proposalOwnNouns = Lexicon.shared.phrases("proposal.ownNouns")

    /// The prepositions that open what a proposal is about, after its noun ("forslaget om vederlag bør trekkes").
    static let proposalComplements = Set(Lexicon.shared.phrases("proposal.complements"))
}
