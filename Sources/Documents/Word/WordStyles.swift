/// Which of a Word document's paragraph styles are headings, and at what level (`word/styles.xml`): a style with an
/// outline level, one named "heading N" or "Title", or one based on such a style.
struct WordStyles {
    /// The outline level (0 for the top) of each heading style, by style id.
    private(set) var levels: [String: Int] = [:]

    init(_ events: XMLEvents?) {
        guard let events else { return }
        var own: [String: Int] = [:]
        var basedOn: [String: String] = [:]
        var current: String? = nil
        for event in events.events {
            switch event {
            case .start(let name, let attributes):
                switch name {
                case "w:style":
                    current = attributes["w:type"] == "paragraph" ? attributes["w:styleId"] : nil
                case "w:name":
                    if let current, let level = Self.level(named: attributes["w:val"] ?? "") { own[current] = level }
                case "w:outlineLvl":
                    if let current, let level = Self.outlineLevel(attributes["w:val"]) { own[current] = level }
                case "w:basedOn":
                    if let current, let parent = attributes["w:val"] { basedOn[current] = parent }
                default: break
                }
            case .end(let name): if name == "w:style" { current = nil }
            case .text: break
            }
        }
        for id in Set(own.keys).union(basedOn.keys) {
            var style: String? = id
            for _ in 0..<10 {
                guard let name = style else { break }
                if let level = own[name] {
                    levels[id] = level
                    break
                }
                style = basedOn[name]
            }
        }
    }

    /// An outline level as Word writes it ("0" to "8"); 9, body text, and anything else is none.
    static func outlineLevel(_ value: String?) -> Int? {
        value.flatMap(Int.init).flatMap { (0..<9).contains($0) ? $0 : nil }
    }

    /// The level a built-in style's name gives: "heading 2" → 1, "Title" → 0.
    private static func level(named name: String) -> Int? {
        let lower = name.lowercased()
        if lower == "title" { return 0 }
        guard lower.hasPrefix("heading "), let number = Int(lower.dropFirst(8)), (1...9).contains(number) else {
            return nil
        }
        return number - 1
    }
}
