/// Parses command-line words against a command's specification: `--name value`, `--name=value`, `-x`, flags,
/// positionals, and `--` to end options.
enum ArgumentParser {
    static func parse(_ words: [String], for spec: CommandSpec) throws -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            if !optionsEnded, word == "--" {
                optionsEnded = true
                continue
            }
            if !optionsEnded, word.hasPrefix("-"), word.count > 1 {
                var name = word
                var inlineValue: String? = nil
                if let equals = word.firstIndex(of: "="), word.hasPrefix("--") {
                    name = String(word[..<equals])
                    inlineValue = String(word[word.index(after: equals)...])
                }
                guard
                    let option = spec.options.first(where: {
                        "--" + $0.long == name || ($0.short.map { "-" + String($0) } == name)
                    })
                else {
                    throw UsageError(message: "Ukjent valg «\(name)».", command: spec.name)
                }
                if option.valueName != nil {
                    if let inlineValue {
                        parsed.values[option.long] = inlineValue
                        parsed.repeated[option.long, default: []].append(inlineValue)
                    } else {
                        guard index < words.count else {
                            throw UsageError(message: "Valget «--\(option.long)» mangler en verdi.", command: spec.name)
                        }
                        parsed.values[option.long] = words[index]
                        parsed.repeated[option.long, default: []].append(words[index])
                        index += 1
                    }
                } else {
                    guard inlineValue == nil else {
                        throw UsageError(message: "Valget «--\(option.long)» tar ingen verdi.", command: spec.name)
                    }
                    parsed.flags.insert(option.long)
                }
                continue
            }
            parsed.positional.append(word)
        }
        if parsed.flags.contains("help") { return parsed }
        let required = spec.arguments.filter { !$0.optional }
        if parsed.positional.count < required.count {
            let missing = required[parsed.positional.count]
            throw UsageError(message: "Mangler argumentet <\(missing.name)>.", command: spec.name)
        }
        if !(spec.arguments.last?.repeating ?? false), parsed.positional.count > spec.arguments.count {
            throw UsageError(
                message: "Uventet argument «\(parsed.positional[spec.arguments.count])».", command: spec.name)
        }
        return parsed
    }
}
