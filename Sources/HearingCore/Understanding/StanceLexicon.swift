/// Stance cues in bokmål and nynorsk, matched on normalised text (see notes/norwegian-stance-cues.md).
enum StanceLexicon {
    /// Phrases that express support for what follows (or, passive, for what precedes).
    static let support = [
        "støtter", "støttar", "stør", "støtte", "støttes", "vert støtta", "blir støttet", "gir sin støtte til", "gjev si støtte til",
        "slutter seg til", "sluttar seg til", "stiller seg bak", "er enig i", "er enige i", "er einig i", "er einige i", "er samd i",
        "er positiv til", "er positive til", "er positivt til", "ser positivt på", "går inn for", "gå inn for", "anbefaler", "anbefales", "anbefale", "tilrå",
        "tilrår", "tilrås", "foretrekker", "foretrekkes", "føretrekkjer", "føretrekker", "ønsker", "ønskjer", "ønsker seg",
        "velger", "går for", "samde i", "samd i", "enig i", "enige i", "einig i", "einige i", "ja til", "ja takk til", "landet vi på", "landa vi på", "har vi landet på", "konkluderer med", "konkluderer vi med",
        "etter en samlet vurdering", "etter ei samla vurdering", "etter en helhetsvurdering", "vil ha", "heller mot", "lander på", "landar på", "har landet på", "mener at", "meiner at", "mener", "meiner",
        "stiller seg positiv til", "stiller seg positive til", "stiller seg positivt til", "positiv til", "positive til", "positivt til",
        "stemmer for", "er tilfreds med", "har ingen innvendinger mot", "har ingen innvendingar mot", "bifaller",
        "går primært inn for", "primært inn for", "går derfor inn for", "primært", "fortrinnsvis",
        // Modal statements of what should be: "helseberedskap bør ivaretas i en arbeidsgruppe".
        "bør", "bør være", "bør vere", "bør ivaretas", "bør ivaretakast", "bør organiseres", "bør legges", "bør leggjast",
        "må ivaretas", "skal ivaretas", "ivaretas best", "ivaretas best i", "best ivaretatt", "er best ivaretatt",
        "kan ivaretas", "bør takast vare på", "kan takast vare på", "skal takast vare på", "må takast vare på", "bør ha", "må ha", "skal ha",
    ]

    /// Phrases that express opposition.
    static let oppose = [
        "går imot", "går i mot", "går sterkt imot", "gå imot", "er imot", "er i mot", "fraråder", "frårår", "rår frå", "er uenig i", "er uenige i",
        "er ueinig i", "er usamd i", "avviser", "må avvises", "bør avvises", "er kritisk til", "er kritiske til", "er skeptisk til",
        "er skeptiske til", "nei til", "bekymret for", "bekymra for", "uroleg for", "ikke se at det er behov", "ikkje sjå at det er behov",
        "ser ikke at det er behov", "ser ikkje at det er behov", "kan ikke se behov", "kan ikkje sjå behov", "stemmer imot", "stemmer mot", "ser ikke behov for", "ser ikkje behov for", "kan ikke aksepteres",
        "ikke er behov for", "ikkje er behov for", "ikke behov for", "ikkje behov for", "ikke nødvendig med", "ikkje naudsynt med",
        "negativ til", "negative til", "negativt til", "stiller seg negativ til",
    ]

    /// Evaluative words that lean towards support when said of an alternative.
    static let positiveEvaluation = [
        "best", "beste", "bedre", "betre", "foretrukket", "å foretrekke", "å føretrekkje", "mest hensiktsmessig", "hensiktsmessig",
        "føremålstenleg", "tenleg", "et godt grep", "eit godt grep", "riktig", "rett vei", "god løsning", "god løysing", "klokt",
        "nødvendig", "naudsynt", "tilstrekkelig", "tilstrekkeleg", "godt nok", "positivt med", "positivt at", "bra med", "en god idé", "ei god idé", "ein god idé", "et godt tiltak", "eit godt tiltak",
    ]

    /// Evaluative words that lean towards opposition.
    static let negativeEvaluation = [
        "uheldig", "uheldige", "problematisk", "betenkelig", "dårligere", "dårlegare", "svakere", "svakare", "ikke hensiktsmessig",
        "uhensiktsmessig", "lite hensiktsmessig", "unødvendig", "unødvendige", "unødig", "unaudsynt", "overflødig",
        "for mange", "for omfattende", "for tung", "for ressurskrevende", "for krevende",
    ]

    /// Negation cues.
    static let negation = ["ikke", "ikkje", "ikkj", "ingen", "inga", "aldri", "verken", "korkje", "ei"]

    /// Negation cues that do not negate.
    static let pseudoNegation = ["ikke bare", "ikkje berre", "ikke minst", "ikkje minst", "ikke uten", "ikkje utan", "ingen tvil", "uten tvil"]

    /// Words that turn what follows into the rejected side of a comparison.
    static let contrast = ["fremfor", "framfor", "heller enn", "i stedet for", "istedenfor", "i staden for", "og ikke", "og ikkje", "men ikke", "men ikkje", "ikke", "ikkje"]

    /// Condition cues: the position stands, with a condition.
    /// Phrases after a topic that make it hypothetical: "dersom det blir opprettet".
    static let hypothetical = [
        "dersom det blir", "dersom det opprettes", "dersom dette blir", "hvis det blir", "hvis det opprettes", "om det blir oppretta",
        "dersom det vert", "viss det blir", "viss det vert", "om det vert oppretta",
    ]

    static let condition = [
        "forutsatt at", "forutsetter at", "forutsetter", "under forutsetning", "forutsetningen er", "føreset at", "føresetnaden er",
        "på vilkår", "med følgende forbehold", "med forbehold", "med følgjande atterhald", "så fremt", "såfremt", "under tvil",
        "på betingelse av", "på føresetnad av",
    ]

    /// First-choice and second-choice markers.
    static let primary = ["primært", "primært sett", "først og fremst", "fortrinnsvis", "primært støtter"]
    static let secondary = ["subsidiært", "sekundært", "alternativt kan"]

    /// "No remarks".
    static let noRemarks = [
        "ingen merknader", "ingen merknad", "ingen merknadar", "ingen kommentarer", "ingen kommentar", "ingen innspill", "ingen innspel",
        "ingen bemerkninger", "uten merknad", "utan merknad", "har ikke merknader", "har ikkje merknader", "ingen ytterligere merknader",
        "har ikke noe å bemerke", "har ikkje noko å merke", "tar saken til orientering", "tek saka til orientering",
    ]

    /// Phrases that join another body's response, when a response noun follows.
    static let deferral = [
        "slutter seg til", "sluttar seg til", "stiller seg bak", "stiller seg helt bak", "stiller seg helt og holdent bak", "viser til",
        "støtter", "støttar", "stør", "er enig i", "er einig i",
    ]

    /// Nouns naming a response, for deferral sentences.
    static let responseNouns = ["høringssvar*", "høyringssvar*", "høringsuttalelse*", "uttalelse*", "uttale*", "innspill*", "innspel*", "svar*"]

    /// Ordinals meaning the first alternative.
    static let firstOrdinal = ["førstnevnte", "fyrstnemnde", "det første forslaget", "det første alternativet", "første forslag", "første alternativ", "første modell"]
    /// Ordinals meaning the last alternative.
    static let lastOrdinal = ["sistnevnte", "sistnemnde", "det siste forslaget", "det siste alternativet", "det andre forslaget", "det andre alternativet", "andre forslag", "siste forslag"]

    /// Openings that carry no input of their own.
    static let openings = ["hei", "til ", "viser til", "vedlagt", "se vedlegg", "takk for", "beklager", "vi viser til", "kommunen viser til", "sendt fra"]

    /// Procedural sentences about the answer itself, not input to the hearing.
    static let procedural = [
        "høringsbrev*", "viser til høringen", "behandlet høringen", "behandla høyringa", "handsama saka", "svarer slik", "svarar slik",
        "følgende høringsuttalelse", "følgjande", "erstatter tidligere", "videresender", "se vedlagt", "se vedlegg", "vedlagt følger",
        "vedlagt fylgjer", "oversender", "takker for muligheten", "ingen merknader", "ingen ytterligere merknader", "slutter seg til",
        "sluttar seg til", "har drøftet høringen", "drøfta høyringa", "gjorde slikt vedtak", "vedtok enstemmig",
    ]

    /// Closings that start a signature.
    static let closings = [
        "med vennlig hilsen", "vennlig hilsen", "med hilsen", "med helsing", "helsing", "mvh", "hilsen", "beste hilsen", "vennleg helsing",
        "for sekretariatet", "sendt fra min",
    ]

    /// Headings after which text is other input, not about a question.
    static let otherInput = ["andre innspill", "andre merknader", "øvrige merknader", "øvrige innspill", "generelle merknader", "andre innspel", "avslutningsvis", "til slutt"]
}
