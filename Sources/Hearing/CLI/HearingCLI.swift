import HearingCore
import Mail

/// The `hearing` command: picks the command from the words given, parses its arguments, runs it, and turns errors
/// into one Norwegian line and an exit code (0 done, 1 user error, 2 wrong use).
enum HearingCLI {
    static let version = "0.1.0"

    static let commands: [CommandSpec] = [
        NewCommand.spec, RecipientsCommand.spec, LetterCommand.spec, OutboxCommand.spec, SendCommand.spec,
        SendCommand.remindSpec,
        ImportCommand.spec, StatusCommand.spec, ReviewCommand.spec, SetCommand.spec, ReportCommand.spec,
        PublishCommand.spec, ExportCommand.spec, ServeCommand.spec, DemoCommand.spec, MailDumpCommand.spec,
        MailStatsCommand.spec,
    ]

    static func run(_ words: [String]) -> Int32 {
        if words.isEmpty || words == ["--help"] || words == ["-h"] || words == ["help"] {
            Terminal.print(HelpFormatter.overview(commands: commands, version: version))
            return words.isEmpty ? 2 : 0
        }
        if words == ["--version"] {
            Terminal.print(version)
            return 0
        }
        var helpTarget = words
        if words.first == "help" { helpTarget = Array(words.dropFirst()) + ["--help"] }
        guard let (spec, rest) = command(for: helpTarget) else {
            let groups = commands.filter { $0.name.hasPrefix(helpTarget[0] + " ") }
            if !groups.isEmpty {
                Terminal.error(
                    "Feil: Velg en av kommandoene \(groups.map { "«hearing \($0.name)»" }.joined(separator: ", ")).")
                return 2
            }
            let guess = suggestion(for: helpTarget[0]).map { " Mente du «\($0)»?" } ?? ""
            Terminal.error("Feil: Ukjent kommando «\(helpTarget[0])».\(guess) Se «hearing --help».")
            return 2
        }
        do {
            let parsed = try ArgumentParser.parse(rest, for: spec)
            if parsed.flag("help") {
                Terminal.print(HelpFormatter.help(for: spec))
                return 0
            }
            return try spec.run(parsed)
        } catch let error as UsageError {
            Terminal.error("Feil: \(error.message) Se «hearing \(error.command) --help».")
            return 2
        } catch let error as HearingError {
            Terminal.error("Feil: \(error.message)")
            return 1
        } catch let error as MailError {
            Terminal.error("Feil: \(error.message)")
            return 1
        } catch {
            Terminal.error("Feil: \(error)")
            return 1
        }
    }

    /// The command a mistyped word most likely meant: the closest name within two edits ("statuss" → "status").
    static func suggestion(for word: String) -> String? {
        EditDistance.closest(
            to: word, among: Array(Set(commands.map { String($0.name.split(separator: " ")[0]) })).sorted())
    }

    /// The command named by the first one or two words, and the words after it.
    private static func command(for words: [String]) -> (CommandSpec, [String])? {
        for spec in commands.sorted(by: { $0.name.count > $1.name.count }) {
            let nameWords = spec.name.split(separator: " ").map(String.init)
            if words.count >= nameWords.count, Array(words.prefix(nameWords.count)) == nameWords {
                return (spec, Array(words.dropFirst(nameWords.count)))
            }
        }
        return nil
    }

    /// The help option every command takes.
    static let helpOption = CommandSpec.Option(long: "help", short: "h", help: "Vis hjelp.")
}
