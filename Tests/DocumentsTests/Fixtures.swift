import Foundation

/// The document fixtures made by scripts/make-document-fixtures.py with LibreOffice and qpdf.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func bytes(_ name: String) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) ?? Data())
    }

    /// The answer list every rendering of the Melhus letter must give, in order.
    static let melhusAnswers = [
        "1. Struktur: Melhus kommune går inn for forslag 2, med egne utvalg for de prioriterte pasientgruppene.",
        "2. Helseberedskap: Helseberedskap bør ivaretas i en arbeidsgruppe underlagt ASU.",
        "a) Arbeidsgruppen må ha med kommunene.",
        "b) Akuttmedisinsk kjede bør ligge i samme gruppe.",
        "3. Digital samhandling: ivaretas i alle FSU.",
        "4. Begreper: Melhus kommune støtter at de nasjonale begrepene tas i bruk.",
        "5. Lederutvalg: Ja.",
    ]
}
