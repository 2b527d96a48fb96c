/// Help text in swift-argument-parser's layout, in Norwegian: OVERSIKT, BRUK, ARGUMENTER, VALG, KOMMANDOER.
enum HelpFormatter {
    private static let column = 26

    static func help(for spec: CommandSpec) -> String {
        var lines = ["OVERSIKT: \(spec.abstract)"]
        if let discussion = spec.discussion { lines += ["", discussion] }
        lines += ["", "BRUK: \(usage(for: spec))"]
        if !spec.arguments.isEmpty {
            lines += ["", "ARGUMENTER:"]
            for argument in spec.arguments {
                lines.append(row("<\(argument.name)>" + (argument.repeating ? " ..." : ""), argument.help))
            }
        }
        lines += ["", "VALG:"]
        for option in spec.options where option.long != "help" {
            let names =
                (option.short.map { "-\($0), " } ?? "") + "--\(option.long)"
                + (option.valueName.map { " <\($0)>" } ?? "")
            lines.append(row(names, option.help))
        }
        lines.append(row("-h, --help", "Vis hjelp."))
        return lines.joined(separator: "\n") + "\n"
    }

    static func usage(for spec: CommandSpec) -> String {
        var parts = ["hearing", spec.name]
        for argument in spec.arguments {
            var text = "<\(argument.name)>"
            if argument.repeating { text += " ..." }
            if argument.optional { text = "[\(text)]" }
            parts.append(text)
        }
        for option in spec.options where option.long != "help" {
            let text = "--\(option.long)" + (option.valueName.map { " <\($0)>" } ?? "")
            parts.append(option.help.hasPrefix("(påkrevd)") ? text : "[\(text)]")
        }
        return parts.joined(separator: " ")
    }

    static func overview(commands: [CommandSpec], version: String) -> String {
        var lines = [
            "OVERSIKT: Hearing – fra høringsbrev og mottakerliste til oppsummering av høringssvarene.",
            "",
            "BRUK: hearing <kommando> [argumenter] [valg]",
            "",
            "VALG:",
            row("--version", "Vis versjonen (\(version))."),
            row("-h, --help", "Vis hjelp."),
            "",
            "KOMMANDOER:",
        ]
        for command in commands { lines.append(row(command.name, command.abstract)) }
        lines += ["", "  Se «hearing <kommando> --help» for hjelp til en kommando."]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func row(_ left: String, _ right: String) -> String {
        let padded = "  " + left
        if padded.count >= column {
            return padded + "\n" + String(repeating: " ", count: column) + right
        }
        return padded + String(repeating: " ", count: column - padded.count) + right
    }
}
