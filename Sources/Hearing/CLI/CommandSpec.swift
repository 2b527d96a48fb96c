/// A command of the `hearing` tool: its name, one-line abstract, arguments, options, and what it does.
struct CommandSpec: Sendable {
    /// A positional argument.
    struct Argument: Sendable {
        var name: String
        var help: String
        var repeating = false
        var optional = false
    }

    /// A named option; a flag when it takes no value.
    struct Option: Sendable {
        var long: String
        var short: Character? = nil
        var valueName: String? = nil
        var help: String
    }

    /// The words after `hearing` that select the command ("import", "mail dump").
    var name: String
    /// One line saying what it does.
    var abstract: String
    /// A longer explanation shown under the abstract in help, if any.
    var discussion: String? = nil
    var arguments: [Argument] = []
    var options: [Option] = []
    /// Runs the command and returns the exit code.
    var run: @Sendable (ParsedArguments) throws -> Int32
}

/// The arguments and options given to a command.
struct ParsedArguments: Sendable {
    var positional: [String] = []
    var values: [String: String] = [:]
    /// Every value given for each option, in order (an option may be repeated: `--question 3 … --question 4 …`).
    var repeated: [String: [String]] = [:]
    var flags: Set<String> = []

    func value(_ name: String) -> String? { values[name] }
    func values(_ name: String) -> [String] { repeated[name] ?? [] }
    func flag(_ name: String) -> Bool { flags.contains(name) }
}

/// A fault in how a command was called: exit code 2, with a pointer to the help.
struct UsageError: Error {
    let message: String
    let command: String
}
