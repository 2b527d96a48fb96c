/// A neutral document: what letters and reports are made of, written out as Markdown, HTML or DOCX.
public struct DocumentModel: Sendable, Equatable {
    /// A run of text inside a block.
    public enum Inline: Sendable, Equatable {
        case text(String)
        case bold(String)
        case italic(String)
        case lineBreak
    }

    /// A block of the document.
    public enum Block: Sendable, Equatable {
        case heading(level: Int, [Inline])
        case paragraph([Inline])
        case list(ordered: Bool, items: [[Inline]])
        case table(header: [String], rows: [[String]])
        /// A horizontal bar chart: one bar per label.
        case chart(title: String, bars: [Bar])
    }

    /// One bar of a chart.
    public struct Bar: Sendable, Equatable {
        /// What the bar counts.
        public var label: String
        /// Its value.
        public var value: Int

        /// Creates a bar.
        public init(label: String, value: Int) {
            self.label = label
            self.value = value
        }
    }

    /// The document's title (for properties).
    public var title: String
    /// The author (for properties).
    public var author: String
    /// The blocks, in order.
    public var blocks: [Block]

    /// Creates a document.
    public init(title: String, author: String, blocks: [Block]) {
        self.title = title
        self.author = author
        self.blocks = blocks
    }
}

extension Array where Element == DocumentModel.Inline {
    /// The plain text of the inlines.
    public var plainText: String {
        map { inline in
            switch inline {
            case .text(let text), .bold(let text), .italic(let text): return text
            case .lineBreak: return "\n"
            }
        }.joined()
    }
}
