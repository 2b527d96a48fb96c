import Mail

extension HearingError {
    /// The code of the fault.
    public var code: Code {
        switch fault {
        case .storeUnopenable, .storeQuery, .storeBusy, .storeFailed, .storeMissing, .storeTooNew: .store
        case .recipientsUnreadable, .recipientsNotUTF8, .recipientsSyntax, .recipientsEmpty, .recipientsColumnsMissing,
            .recipientWithoutID, .recipientWithoutName, .recipientDuplicate, .recipientBadAddress, .recipientUnknown:
            .recipients
        case .definitionUnreadable, .definitionInvalid, .definitionUnfilled, .letterUnreadable, .letterUndecodable,
            .notALetter:
            .definition
        case .workspaceIsFile, .workspaceTaken, .workspaceMissing, .notAWorkspace, .letterUnsaved: .workspace
        case .folderUncreatable, .fileUnwritable, .parentMissing, .outputIsFile, .outputLooksLikeFile, .outputIsFolder,
            .notAPublication, .publicationUnwritable:
            .output
        case .templateUnclosedField, .templateUnclosedSection, .templateUnknownSection, .templateUnknownField,
            .templateEmptyField, .templateNotUTF8, .templateMissing:
            .template
        case .sendUnstarted, .sendRefused: .sending
        case .importStopped, .noMail: .input
        case .responseNumberOutOfRange, .responseAmbiguous, .responseUnknown: .lookup
        case .exampleUnknown, .exampleWithoutMailbox: .example
        }
    }

    /// The fault as a full Norwegian sentence naming the file, line or response at fault.
    public var message: String {
        switch fault {
        case .storeUnopenable, .storeQuery, .storeBusy, .storeFailed, .storeMissing, .storeTooNew: storeMessage
        case .recipientsUnreadable, .recipientsNotUTF8, .recipientsSyntax, .recipientsEmpty, .recipientsColumnsMissing,
            .recipientWithoutID, .recipientWithoutName, .recipientDuplicate, .recipientBadAddress, .recipientUnknown:
            recipientsMessage
        case .definitionUnreadable, .definitionInvalid, .definitionUnfilled, .letterUnreadable, .letterUndecodable,
            .notALetter:
            definitionMessage
        case .templateUnclosedField, .templateUnclosedSection, .templateUnknownSection, .templateUnknownField,
            .templateEmptyField, .templateNotUTF8, .templateMissing, .sendUnstarted, .sendRefused:
            templateMessage
        case .importStopped, .noMail, .responseNumberOutOfRange, .responseAmbiguous, .responseUnknown,
            .exampleUnknown, .exampleWithoutMailbox:
            roundMessage
        default: outputMessage
        }
    }

    private var storeMessage: String {
        switch fault {
        case let .storeUnopenable(path, reason): "Kan ikke åpne lageret «\(path)»: \(reason)."
        case let .storeQuery(path, reason): "Lageret «\(path)» kunne ikke lese spørringen: \(reason)."
        case let .storeBusy(path):
            "Lageret «\(path)» er i bruk av en annen kommando (trolig en import som pågår). "
                + "Vent til den er ferdig, og prøv igjen."
        case let .storeFailed(path, writing, reason):
            "Lageret «\(path)» \(writing ? "kunne ikke oppdateres" : "kunne ikke leses"): \(reason)."
        case let .storeMissing(path):
            "Lageret «\(path)» mangler eller er tomt, så e-postene som er importert er borte fra arbeidsområdet. "
                + "Legg tilbake store.sqlite fra en sikkerhetskopi, eller importer e-postene på nytt i et nytt "
                + "arbeidsområde."
        case let .storeTooNew(path, version, supported):
            "Lageret «\(path)» er laget av en nyere versjon av hearing (skjema \(version), denne versjonen kan lese "
                + "til og med \(supported)). Oppdater programmet."
        default: ""
        }
    }

    private var recipientsMessage: String {
        switch fault {
        case let .recipientsUnreadable(file): "Kan ikke lese mottakerlisten «\(file)»."
        case let .recipientsNotUTF8(file):
            "Mottakerlisten «\(file)» er ikke UTF-8. Lagre den som «CSV UTF-8» og prøv igjen."
        case let .recipientsSyntax(file, error):
            "Mottakerlisten «\(file)» har feil på linje \(error.line): \(Self.describe(error.problem))."
        case let .recipientsEmpty(file):
            "Mottakerlisten «\(file)» er tom; første linje skal være «id,name,kind,email»."
        case let .recipientsColumnsMissing(file):
            "Mottakerlisten «\(file)» mangler kolonnene «id» og «name» i første linje (forventet «id,name,kind,email»)."
        case let .recipientWithoutID(file, line): "Mottakerlisten «\(file)», linje \(line): id mangler."
        case let .recipientWithoutName(file, line, id):
            "Mottakerlisten «\(file)», linje \(line): navn mangler for «\(id)»."
        case let .recipientDuplicate(file, line, id):
            "Mottakerlisten «\(file)», linje \(line): id «\(id)» står to ganger."
        case let .recipientBadAddress(file, line, address):
            "Mottakerlisten «\(file)», linje \(line): «\(address)» er verken en e-postadresse eller et @domene."
        case let .recipientUnknown(id, workspace):
            "«\(id)» står ikke på mottakerlisten i «\(workspace)». Se «hearing recipients \(workspace)»."
        default: ""
        }
    }

    private var definitionMessage: String {
        switch fault {
        case let .definitionUnreadable(file): "Kan ikke lese høringsdefinisjonen «\(file)»."
        case let .definitionInvalid(file, problem):
            "Høringsdefinisjonen «\(file)» er ugyldig: \(Self.describe(problem))."
        case let .definitionUnfilled(file, fields):
            "Høringsbrevet kan ikke lages eller sendes før dette er fylt inn i «\(file)»: "
                + "\(fields.joined(separator: ", "))."
        case let .letterUnreadable(path): "Kan ikke lese høringsbrevet «\(path)»."
        case let .letterUndecodable(path, detail): "Høringsbrevet «\(path)» kunne ikke leses: \(detail)"
        case let .notALetter(path):
            "«\(path)» ser ikke ut som et høringsbrev: fant verken tittel, høringsfrist eller spørsmål. Oppgi brevet "
                + "som Markdown, ren tekst, Word, OpenDocument eller PDF med tekst."
        default: ""
        }
    }

    private var templateMessage: String {
        switch fault {
        case let .templateUnclosedField(template): "Malen «\(template)» har «{{» uten avsluttende «}}»."
        case let .templateUnclosedSection(template, section):
            "Malen «\(template)» åpner «{{#\(section)}}» uten å lukke den med «{{/\(section)}}»."
        case let .templateUnknownSection(template, section, known):
            "Malen «\(template)» bruker listen «{{#\(section)}}», som ikke finnes. Tilgjengelige lister: "
                + "\(Self.quoted(known))."
        case let .templateUnknownField(template, field, known):
            "Malen «\(template)» bruker feltet «{{\(field)}}», som ikke finnes. Tilgjengelige felt: "
                + "\(Self.quoted(known))."
        case let .templateEmptyField(template, field):
            "Malen «\(template)» bruker feltet «{{\(field)}}», men det har ingen verdi i høringsdefinisjonen. "
                + "Fyll det inn i hearing.json eller fjern det fra malen."
        case let .templateNotUTF8(path): "Malen «\(path)» er ikke UTF-8-tekst."
        case let .templateMissing(name, folder): "Fant ikke malen «\(name)» i «\(folder)» eller i programmet."
        case let .sendUnstarted(command, reason): "Kunne ikke starte «\(command)»: \(reason.text)."
        case let .sendRefused(command, address, status, detail):
            "«\(command)» avviste meldingen til \(address) (status \(status))\(detail.map { ": " + $0 } ?? "")."
        default: ""
        }
    }

    private var roundMessage: String {
        switch fault {
        case let .importStopped(error): error.message + " Ingenting ble importert."
        case let .noMail(paths, skipped):
            "Fant ingen e-post i \(Self.quoted(paths))"
                + (skipped == 0 ? "" : " (hoppet over \(skipped) \(skipped == 1 ? "fil" : "filer") som ikke er e-post)")
                + ". Oppgi en mbox-fil, .eml-filer, en Maildir eller en mappe med e-poster."
        case let .responseNumberOutOfRange(number, count):
            "Det finnes ikke noe svar \(number); svarene er nummerert 1–\(count)."
        case let .responseAmbiguous(name, numbers, ids):
            "«\(name)» passer til \(numbers.count) svar: "
                + zip(numbers, ids).prefix(5).map { "svar \($0) (\($1))" }.joined(separator: ", ")
                + (numbers.count > 5 ? " …" : "") + ". Skriv flere sifre, eller bruk «svar N»."
        case let .responseUnknown(name):
            "Fant ikke svaret «\(name)». Bruk nummeret fra rapporten («svar 27») eller id-en fra «hearing review»."
        case let .exampleUnknown(name, known):
            "Eksempelet «\(name)» finnes ikke. Tilgjengelige eksempler: \(Self.quoted(known))."
        case let .exampleWithoutMailbox(name): "Eksempelet «\(name)» mangler eksempelpostkassen responses.mbox."
        default: ""
        }
    }

    private var outputMessage: String {
        switch fault {
        case let .workspaceIsFile(path): "«\(path)» finnes allerede og er en fil, ikke en mappe."
        case let .workspaceTaken(path, definitionFile):
            "«\(path)» har allerede en høring (\(definitionFile)); velg en ny mappe."
        case let .workspaceMissing(path):
            "Finner ikke arbeidsområdet «\(path)». Opprett det med «hearing new \(path) --example fsu-2024»."
        case let .notAWorkspace(path, definitionFile):
            "«\(path)» er ikke et arbeidsområde for en høring: \(definitionFile) mangler."
        case let .folderUncreatable(path, reason): "Kan ikke opprette mappen «\(path)»: \(reason.text)."
        case let .letterUnsaved(folder, reason): "Kan ikke lagre høringsbrevet i «\(folder)»: \(reason.text)."
        case let .fileUnwritable(path, reason): "Kan ikke skrive «\(path)»: \(reason.text)."
        case let .parentMissing(path):
            "Mappen «\(path)» finnes ikke; opprett den først eller velg en annen plassering."
        case let .outputIsFile(path): "«\(path)» er en fil, ikke en mappe; oppgi en mappe med --out."
        case let .outputLooksLikeFile(path):
            "--out er mappen filene skrives til, men «\(path)» ser ut som et filnavn; oppgi mappen."
        case let .outputIsFolder(path, example):
            "«\(path)» er en mappe; oppgi et filnavn, for eksempel «\(example)»."
        case let .notAPublication(path):
            "«\(path)» finnes og er ikke en publiseringskopi laget av hearing; velg en ny eller tom mappe."
        case let .publicationUnwritable(path, reason):
            "Kan ikke skrive publiseringskopien til «\(path)»: \(reason.text)."
        default: ""
        }
    }

    private static func quoted(_ items: [String]) -> String {
        items.map { "«\($0)»" }.joined(separator: ", ")
    }

    private static func describe(_ problem: CSVError.Problem) -> String {
        switch problem {
        case .unclosedQuote: "et felt i anførselstegn er ikke avsluttet"
        }
    }
}
