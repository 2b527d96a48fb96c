import Documents

/// Writes a document as one self-contained HTML page that reads well on screen, on a phone and on paper.
/// All text is escaped: template and response text alike.
public enum HTMLWriter {
    /// The HTML page of a document.
    public static func page(_ document: DocumentModel) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="nb">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Markup.escape(document.title))</title>
            <style>
            body {
              font-family: Calibri, "Segoe UI", Arial, sans-serif; line-height: 1.45; max-width: 46em; margin: 2em auto;
              padding: 0 1em; color: #222;
            }
            h1 { font-size: 1.6em; margin-top: 1.2em; }
            h2 { font-size: 1.25em; margin-top: 1.4em; }
            h3 { font-size: 1.05em; }
            table { border-collapse: collapse; margin: 1em 0; width: 100%; }
            th, td { border: 1px solid #999; padding: .3em .5em; text-align: left; vertical-align: top; }
            th { background: #eee; }
            figure.chart { margin: 1em 0; }
            figcaption { font-size: .9em; color: #555; }
            @media print {
              body { margin: 0; max-width: none; } a { color: inherit; } figure, table { break-inside: avoid; }
            }
            </style>
            </head>
            <body>

            """
        for block in document.blocks { html += self.block(block) + "\n" }
        return html + "</body>\n</html>\n"
    }

    static func block(_ block: DocumentModel.Block) -> String {
        switch block {
        case .heading(let level, let inlines):
            let tag = "h\(min(max(level, 1), 6))"
            return "<\(tag)>\(self.inlines(inlines))</\(tag)>"
        case .paragraph(let inlines):
            return "<p>\(self.inlines(inlines))</p>"
        case .list(let ordered, let items):
            let tag = ordered ? "ol" : "ul"
            return "<\(tag)>\n" + items.map { "<li>\(inlines($0))</li>" }.joined(separator: "\n") + "\n</\(tag)>"
        case .chart(let title, let bars):
            return chart(title: title, bars: bars)
        case .table(let header, let rows):
            var html = "<table>\n"
            if !header.isEmpty {
                html += "<thead><tr>" + header.map { "<th>\(Markup.escape($0))</th>" }.joined() + "</tr></thead>\n"
            }
            html +=
                "<tbody>\n"
                + rows.map { "<tr>" + $0.map { "<td>\(Markup.escape($0))</td>" }.joined() + "</tr>" }.joined(
                    separator: "\n") + "\n</tbody>\n</table>"
            return html
        }
    }

    /// A horizontal bar chart as inline SVG, with its numbers as text so it reads without the picture too.
    static func chart(title: String, bars: [DocumentModel.Bar]) -> String {
        let maximum = max(bars.map(\.value).max() ?? 0, 1)
        let rowHeight = 26
        let labelWidth = 240
        let barWidth = 300
        let height = bars.count * rowHeight + 8
        var svg =
            "<figure class=\"chart\"><svg role=\"img\" aria-label=\"\(Markup.escape(title))\" viewBox=\"0 0 "
            + "\(labelWidth + barWidth + 50) \(height)\" width=\"100%\">\n"
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight + 4
            let width = bar.value == 0 ? 0 : max(2, Int(Double(bar.value) / Double(maximum) * Double(barWidth)))
            svg +=
                "<text x=\"\(labelWidth - 8)\" y=\"\(y + 17)\" text-anchor=\"end\" "
                + "font-size=\"13\">\(Markup.escape(bar.label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"18\" fill=\"#2f5597\"/>"
            svg +=
                "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 17)\" font-size=\"13\" "
                + "font-weight=\"bold\">\(bar.value)</text>\n"
        }
        return svg + "</svg><figcaption>\(Markup.escape(title))</figcaption></figure>"
    }

    static func inlines(_ inlines: [DocumentModel.Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text): return Markup.escape(text)
            case .bold(let text): return "<strong>\(Markup.escape(text))</strong>"
            case .italic(let text): return "<em>\(Markup.escape(text))</em>"
            case .lineBreak: return "<br>\n"
            }
        }.joined()
    }
}
