/// OpenDocument list styles (`text:list-style`): per style and level, numbered (with format, prefix, suffix) or bullet.
struct OpenDocumentLists {
    struct Level {
        var numbered = false
        var format = "1"
        var prefix = ""
        var suffix = "."
        var start = 1
    }

    private(set) var styles: [String: [Int: Level]] = [:]

    /// Reads the list styles of one or more XML parts (content.xml, styles.xml).
    mutating func read(_ events: XMLEvents) {
        var style: String? = nil
        for event in events.events {
            guard case .start(let name, let attributes) = event else {
                if case .end(let name) = event, name == "text:list-style" { style = nil }
                continue
            }
            switch name {
            case "text:list-style":
                style = attributes["style:name"]
            case "text:list-level-style-number", "text:list-level-style-bullet":
                guard let style, let level = attributes["text:level"].flatMap(Int.init) else { break }
                var definition = Level()
                definition.numbered = name == "text:list-level-style-number"
                definition.format = attributes["style:num-format"] ?? "1"
                definition.prefix = attributes["style:num-prefix"] ?? ""
                definition.suffix = attributes["style:num-suffix"] ?? ""
                definition.start = attributes["text:start-value"].flatMap(Int.init) ?? 1
                if definition.numbered, definition.format.isEmpty { definition.numbered = false }
                styles[style, default: [:]][level] = definition
            default:
                break
            }
        }
    }
}
