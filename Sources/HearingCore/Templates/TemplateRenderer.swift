/// Fills a plain template: `{{felt}}` is replaced by its value, `{{#liste}} … {{/liste}}` repeats its body for each
/// item with the item's fields, and `<!-- … -->` comments are dropped. A field that does not exist or has no value is
/// an error naming the template and the field.
public struct TemplateRenderer: Sendable {
    /// The values a template can use.
    public struct Context: Sendable {
        /// Single values by field name.
        public var values: [String: String?]
        /// Repeated sections by name, each item with its own values.
        public var sections: [String: [[String: String]]]

        /// Creates a context.
        public init(values: [String: String?], sections: [String: [[String: String]]] = [:]) {
            self.values = values
            self.sections = sections
        }
    }

    /// The template's name, for errors.
    public let name: String
    /// The template text.
    public let text: String

    /// Creates a renderer for a template.
    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    /// The filled-in text.
    public func render(_ context: Context) throws -> String {
        try render(Substring(removingComments(text)), context: context, item: nil)
    }

    private func removingComments(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let start = rest.range(of: "<!--") {
            output += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].range(of: "-->") else { return output }
            rest = rest[end.upperBound...]
            if rest.first == "\n" { rest = rest.dropFirst() }
        }
        return output + rest
    }

    private func render(_ text: Substring, context: Context, item: [String: String]?) throws -> String {
        var output = ""
        var rest = text
        while let open = rest.range(of: "{{") {
            output += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                throw HearingError(.templateUnclosedField(template: name))
            }
            let field = String(rest[open.upperBound..<close.lowerBound]).trimmingSpaces()
            rest = rest[close.upperBound...]
            if field.hasPrefix("#") {
                let section = String(field.dropFirst())
                guard let end = rest.range(of: "{{/\(section)}}") else {
                    throw HearingError(.templateUnclosedSection(template: name, section: section))
                }
                guard let items = context.sections[section] else {
                    throw HearingError(
                        .templateUnknownSection(template: name, section: section, known: context.sections.keys.sorted())
                    )
                }
                var body = rest[..<end.lowerBound]
                if body.first == "\n" { body = body.dropFirst() }
                for entry in items { output += try render(body, context: context, item: entry) }
                rest = rest[end.upperBound...]
                if rest.first == "\n" { rest = rest.dropFirst() }
                continue
            }
            if let item, let value = item[field] {
                output += value
                continue
            }
            guard let entry = context.values[field] else {
                throw HearingError(
                    .templateUnknownField(template: name, field: field, known: context.values.keys.sorted()))
            }
            guard let value = entry, !value.isEmpty else {
                throw HearingError(.templateEmptyField(template: name, field: field))
            }
            output += value
        }
        return output + rest
    }
}
