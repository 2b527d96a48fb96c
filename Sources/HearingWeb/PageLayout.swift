import Documents

/// The frame every page shares: Norwegian, a skip link, the navigation with the current page marked, one stylesheet
/// and one script from the site itself (nothing from outside, so the strict Content-Security-Policy holds).
enum PageLayout {
    /// The pages in the navigation, in order.
    static let sections: [(path: String, label: String)] = [
        ("/", "Oversikt"), ("/gjennomgang", "Til vurdering"), ("/svar", "Alle svar"),
        ("/andre", "Andre henvendelser"), ("/last-ned", "Last ned"),
    ]

    /// A whole page.
    static func page(title: String, hearing: String, current: String, body: String) -> String {
        let navigation = sections.map { section in
            let marker = section.path == current ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(section.path)\"\(marker)>\(section.label)</a></li>"
        }.joined()
        return """
            <!DOCTYPE html>
            <html lang="nb">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title)) – \(escape(hearing))</title>
            <link rel="stylesheet" href="/ressurser/side.css">
            <script src="/ressurser/side.js" defer></script>
            </head>
            <body>
            <a class="hopp" href="#innhold">Gå til innholdet</a>
            <header><p class="høring">\(escape(hearing))</p>
            <nav aria-label="Hovedmeny"><ul>\(navigation)</ul></nav></header>
            <main id="innhold">
            \(body)
            </main>
            </body>
            </html>
            """
    }

    /// Text made safe as HTML content or attribute value.
    static func escape(_ text: String) -> String { Markup.escape(text) }

    /// A hidden form field with the secret, for every form that changes something.
    static func secretField(_ secret: String) -> String {
        "<input type=\"hidden\" name=\"\(SiteAccess.parameter)\" value=\"\(escape(secret))\">"
    }

    /// A bar for a share: a `<meter>`, drawn by the browser (an inline style would break the Content-Security-Policy),
    /// with the share in per cent beside it.
    static func bar(count: Int, of total: Int, label: String) -> String {
        let percent = total > 0 ? Int((Double(count) * 100 / Double(total)).rounded()) : 0
        return "<meter min=\"0\" max=\"\(max(total, 1))\" value=\"\(count)\" aria-label=\"\(escape(label))\">"
            + "\(count) av \(total)</meter>\(percent) %"
    }
}
