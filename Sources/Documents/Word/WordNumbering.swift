import Foundation

/// Word's list definitions (`word/numbering.xml`) and the running counters that number paragraphs.
struct WordNumbering {
    struct Level {
        var format = "decimal"
        var text = "%1."
        var start = 1
    }

    private var abstractLevels: [String: [Int: Level]] = [:]
    private var numToAbstract: [String: String] = [:]
    private var counters: [String: [Int: Int]] = [:]

    init(_ events: XMLEvents?) {
        guard let events else { return }
        var abstractID: String? = nil
        var numID: String? = nil
        var level: Int? = nil
        for event in events.events {
            switch event {
            case .start(let name, let attributes):
                switch name {
                case "w:abstractNum": abstractID = attributes["w:abstractNumId"]
                case "w:num": numID = attributes["w:numId"]
                case "w:abstractNumId": if let numID, let value = attributes["w:val"] { numToAbstract[numID] = value }
                case "w:lvl":
                    level = attributes["w:ilvl"].flatMap(Int.init)
                    if let abstractID, let level { abstractLevels[abstractID, default: [:]][level] = Level() }
                case "w:numFmt", "w:lvlText", "w:start":
                    guard let abstractID, let level, let value = attributes["w:val"] else { break }
                    if name == "w:numFmt" { abstractLevels[abstractID]?[level]?.format = value }
                    if name == "w:lvlText" { abstractLevels[abstractID]?[level]?.text = value }
                    if name == "w:start" { abstractLevels[abstractID]?[level]?.start = Int(value) ?? 1 }
                default: break
                }
            case .end(let name):
                if name == "w:abstractNum" { abstractID = nil }
                if name == "w:num" { numID = nil }
                if name == "w:lvl" { level = nil }
            case .text: break
            }
        }
    }

    /// The prefix of the next paragraph in a list ("1. ", "a) ", "- "), advancing its counter.
    mutating func prefix(numID: String, level: Int) -> String {
        guard numID != "0", let abstract = numToAbstract[numID], let levels = abstractLevels[abstract] else {
            return ""
        }
        let definition = levels[level] ?? Level()
        if definition.format == "bullet" || definition.format == "none" {
            return definition.format == "bullet" ? "- " : ""
        }
        var list = counters[abstract] ?? [:]
        list[level] = (list[level] ?? (definition.start - 1)) + 1
        for deeper in list.keys where deeper > level { list[deeper] = nil }
        counters[abstract] = list
        var text = definition.text
        for index in 0...level {
            let levelDefinition = levels[index] ?? Level()
            let value = list[index] ?? levelDefinition.start
            text = text.replacingOccurrences(
                of: "%\(index + 1)", with: ListNumbering.format(value, as: levelDefinition.format))
        }
        return text + " "
    }
}
