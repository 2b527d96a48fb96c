import Mail

extension HearingError {
    /// What went wrong, with the facts the sentence names. A `reason` is the system's or the library's.
    public enum Fault: Sendable, Equatable {
        // MARK: Store
        /// The store file cannot be opened.
        case storeUnopenable(path: String, reason: String)
        /// A query could not be prepared.
        case storeQuery(path: String, reason: String)
        /// Another command holds the store.
        case storeBusy(path: String)
        /// Reading or writing the store failed.
        case storeFailed(path: String, writing: Bool, reason: String)
        /// The store of an existing workspace is gone or empty.
        case storeMissing(path: String)
        /// The store was made by a newer program.
        case storeTooNew(path: String, version: Int, supported: Int)

        // MARK: Recipients
        /// The recipients file cannot be read.
        case recipientsUnreadable(file: String)
        /// The recipients file is not UTF-8.
        case recipientsNotUTF8(file: String)
        /// The recipients file breaks CSV syntax.
        case recipientsSyntax(file: String, error: CSVError)
        /// The recipients file is empty.
        case recipientsEmpty(file: String)
        /// The header line lacks the id and name columns.
        case recipientsColumnsMissing(file: String)
        /// A line has no id.
        case recipientWithoutID(file: String, line: Int)
        /// A line has no name.
        case recipientWithoutName(file: String, line: Int, id: String)
        /// An id is used twice.
        case recipientDuplicate(file: String, line: Int, id: String)
        /// An address is neither an address nor a domain.
        case recipientBadAddress(file: String, line: Int, address: String)
        /// A recipient id given on the command line is not on the list.
        case recipientUnknown(id: String, workspace: String)

        // MARK: Definition and letter
        /// The definition file cannot be read.
        case definitionUnreadable(file: String)
        /// The definition is not valid.
        case definitionInvalid(file: String, problem: DefinitionProblem)
        /// Fields the letter needs are empty.
        case definitionUnfilled(file: String, fields: [String])
        /// The letter file cannot be read.
        case letterUnreadable(path: String)
        /// The letter's format could not be read; `detail` is the Documents module's sentence.
        case letterUndecodable(path: String, detail: String)
        /// The file has neither title, deadline nor questions.
        case notALetter(path: String)

        // MARK: Workspace and output
        /// The workspace path is a file.
        case workspaceIsFile(path: String)
        /// The folder already holds a hearing.
        case workspaceTaken(path: String, definitionFile: String)
        /// The workspace folder does not exist.
        case workspaceMissing(path: String)
        /// The folder has no definition file.
        case notAWorkspace(path: String, definitionFile: String)
        /// A folder cannot be made.
        case folderUncreatable(path: String, reason: SystemReason)
        /// The hearing letter cannot be kept in the workspace.
        case letterUnsaved(folder: String, reason: SystemReason)
        /// A file cannot be written.
        case fileUnwritable(path: String, reason: SystemReason)
        /// The folder an output goes in does not exist.
        case parentMissing(path: String)
        /// `--out` names a file where a folder is wanted.
        case outputIsFile(path: String)
        /// `--out` names what looks like a file name where a folder is wanted.
        case outputLooksLikeFile(path: String)
        /// A file name was wanted, a folder given.
        case outputIsFolder(path: String, example: String)
        /// The target folder exists and is not a publication copy.
        case notAPublication(path: String)
        /// The publication copy could not be put in place.
        case publicationUnwritable(path: String, reason: SystemReason)

        // MARK: Templates and sending
        /// `{{` without `}}`.
        case templateUnclosedField(template: String)
        /// `{{#x}}` without `{{/x}}`.
        case templateUnclosedSection(template: String, section: String)
        /// A list the context does not have.
        case templateUnknownSection(template: String, section: String, known: [String])
        /// A field the context does not have.
        case templateUnknownField(template: String, field: String, known: [String])
        /// A field without a value.
        case templateEmptyField(template: String, field: String)
        /// The template file is not UTF-8.
        case templateNotUTF8(path: String)
        /// No such template in the workspace or the program.
        case templateMissing(name: String, folder: String)
        /// The mail program could not be started.
        case sendUnstarted(command: String, reason: SystemReason)
        /// The mail program refused a message.
        case sendRefused(command: String, address: String, status: Int32, detail: String?)

        // MARK: Import, responses and examples
        /// The import stopped on a file; nothing was kept.
        case importStopped(MailError)
        /// No mail was found under the paths.
        case noMail(paths: [String], skipped: Int)
        /// A response number beyond the round.
        case responseNumberOutOfRange(number: Int, count: Int)
        /// An id prefix matching several responses.
        case responseAmbiguous(name: String, numbers: [Int], ids: [String])
        /// Nothing matches the name.
        case responseUnknown(name: String)
        /// No example by that name.
        case exampleUnknown(name: String, known: [String])
        /// The example lacks its sample mailbox.
        case exampleWithoutMailbox(name: String)
    }

    /// What is wrong inside a definition file.
    public enum DefinitionProblem: Sendable, Equatable {
        /// The file is not JSON.
        case notJSON
        /// A required field is missing; `parent` is the field path it belongs in, if not the top level.
        case fieldMissing(key: String, parent: String?)
        /// A field has the wrong type.
        case wrongType(path: String)
        /// A field has a value our own decoder explains (`detail` is its Norwegian explanation).
        case invalidValue(path: String, detail: String?)
        /// The `kind` of a question is not one of the three.
        case invalidKind(path: String)
        /// Not JSON for another reason the system gives.
        case other(reason: String)
        /// No questions.
        case noQuestions
        /// Questions out of order.
        case questionNumber(position: Int, number: Int)
        /// A question id used twice.
        case duplicateQuestionID(String)
        /// A choice or yes/no question with fewer than two alternatives.
        case tooFewAlternatives(question: Int, id: String)
        /// A free question with alternatives.
        case freeWithAlternatives(question: Int, id: String)
        /// Alternatives out of order.
        case alternativeNumber(position: Int, question: Int, number: Int)
    }
}
