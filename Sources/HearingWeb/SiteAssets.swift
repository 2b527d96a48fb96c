import WebServer

/// The site's own stylesheet and script, served from the program (nothing is fetched from outside). The layout flows
/// in `rem` and percentages so that it reads at 200 % zoom; the script only adds keyboard use, and every action it
/// offers is also a link or a button.
enum SiteAssets {
    static func response(for name: String) -> HTTPResponse {
        switch name {
        case "side.css": .text(stylesheet, type: "text/css")
        case "side.js": .text(script, type: "text/javascript")
        default: .text("Finner ikke filen.", type: "text/plain", status: 404)
        }
    }

    static let stylesheet = """
        :root { color-scheme: light; --blaa: #1f4e79; --lys: #eef3f8; --merke: #fff2a8; --roed: #a4262c; }
        * { box-sizing: border-box; }
        body { font-family: system-ui, sans-serif; font-size: 1rem; line-height: 1.5; margin: 0; color: #1b1b1b; }
        header { background: var(--blaa); color: #fff; padding: 0.75rem 1rem; }
        header .høring { margin: 0 0 0.5rem; font-weight: 600; }
        nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
        header a { color: #fff; }
        header a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
        .hopp { position: absolute; left: -999rem; }
        .hopp:focus { left: 1rem; top: 1rem; background: #fff; padding: 0.5rem; z-index: 1; }
        a:focus, button:focus, select:focus, input:focus, summary:focus {
          outline: 3px solid #f0a500; outline-offset: 2px;
        }
        dl.tall, dl.fakta { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; }
        dl.tall div, dl.fakta div { min-width: 10rem; }
        dt { font-size: 0.9rem; color: #444; }
        dd { margin: 0; font-size: 1.15rem; font-weight: 600; }
        dl.fakta dd { font-size: 1rem; font-weight: 400; }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; }
        th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid #d0d7de; }
        td.tall { text-align: right; font-variant-numeric: tabular-nums; width: 5rem; }
        meter { width: 60%; max-width: 20rem; height: 1.1rem; vertical-align: middle; margin-right: 0.5rem; }
        table.opptelling { table-layout: fixed; }
        table.opptelling th:first-child { width: 45%; }
        table.opptelling th:nth-child(2) { width: 6rem; }
        table.standpunkt th:first-child { width: 30%; }
        table.standpunkt select { width: 100%; }
        tr.flagget { background: var(--lys); }
        .vurdering { border-left: 0.3rem solid #f0a500; padding-left: 0.75rem; }
        .feil { color: var(--roed); font-weight: 600; }
        .lagret { color: #0b6a0b; font-weight: 600; }
        .tekst { white-space: pre-wrap; overflow-wrap: anywhere; background: #fafafa; border: 1px solid #d0d7de;
                 padding: 0.75rem; max-height: none; }
        mark { background: var(--merke); padding: 0 0.1rem; }
        .bla { display: flex; gap: 1.5rem; margin: 1rem 0; font-size: 1.05rem; }
        ul.kolonner { columns: 18rem; }
        .skjult { position: absolute; left: -999rem; }
        button { font: inherit; padding: 0.4rem 1rem; margin-right: 0.5rem; }
        select, input[type=text] { font: inherit; max-width: 100%; }
        details.taster { margin-top: 0.5rem; color: #444; }
        """

    static let script = """
        "use strict";
        (function () {
          var form = document.querySelector("form.retting");
          var selects = form ? Array.prototype.slice.call(form.querySelectorAll("select")) : [];
          var active = null;
          var flagged = form ? form.querySelector("tr.flagget select") : null;
          selects.forEach(function (select) {
            select.addEventListener("focus", function () { active = select; });
          });
          function follow(rel) {
            var link = document.querySelector('a[rel="' + rel + '"]');
            if (link) { window.location.href = link.href; }
          }
          document.addEventListener("keydown", function (event) {
            if (event.ctrlKey || event.metaKey || event.altKey) { return; }
            var target = event.target;
            if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA")) { return; }
            var key = event.key.toLowerCase();
            if (key === "j" || key === "n") { follow("next"); event.preventDefault(); return; }
            if (key === "k" || key === "p") { follow("prev"); event.preventDefault(); return; }
            if (!form) { return; }
            if (/^[0-9]$/.test(key)) {
              var select = active || flagged || selects[0];
              if (!select) { return; }
              var wanted = key === "0" ? "none" : key;
              for (var i = 0; i < select.options.length; i++) {
                if (select.options[i].value === wanted) {
                  select.selectedIndex = i; select.focus(); event.preventDefault();
                }
              }
              return;
            }
            if (key === "u") {
              var box = form.querySelector('input[name="telling"]');
              if (box) { box.checked = !box.checked; event.preventDefault(); }
              return;
            }
            if (key === "s") {
              var next = form.querySelector('button[value="neste"]');
              if (next) { next.click(); event.preventDefault(); }
            }
          });
        })();
        """
}
