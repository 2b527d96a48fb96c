import Foundation
import HearingCore
import Mail

/// `hearing mail stats PATH... [--workers N] [--json]`: parse every message fully and print the counts and the time.
enum MailStatsCommand {
    static let spec = CommandSpec(
        name: "mail stats",
        abstract: "Les alle meldinger fullt ut og vis antall, advarsler og tidsbruk.",
        discussion:
            "Hvert topptekstfelt dekodes, hver del dekodes (overføringskoding og tegnsett), og teksten velges (HTML "
            + "gjøres om til tekst).",
        arguments: [.init(name: "sti", help: "En mbox-fil, en .eml-fil, en mappe eller en Maildir.", repeating: true)],
        options: [
            .init(
                long: "workers", valueName: "n", help: "Antall tråder som leser meldinger (standard: antall kjerner)."),
            .init(long: "json", help: "Skriv resultatet som JSON."),
            HearingCLI.helpOption,
        ],
        run: run
    )

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        var parser = ParallelParser()
        if let text = arguments.value("workers") {
            guard let workers = Int(text), workers >= 1 else {
                throw UsageError(
                    message: "--workers må være et tall fra 1 og oppover, ikke «\(text)».", command: "mail stats")
            }
            parser.workers = workers
        }
        var skipped: [(String, MailError)] = []
        let clock = ContinuousClock()
        var statistics = MailStatistics()
        let elapsed = try clock.measure {
            statistics = try parser.statistics(of: arguments.positional) { skipped.append(($0, $1)) }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let peak = peakMemoryBytes()
        let fileBytes = arguments.positional.map(sizeOnDisk).reduce(0, +)
        if arguments.flag("json") {
            Terminal.print(
                json(
                    statistics, fileBytes: fileBytes, seconds: seconds, peak: peak, workers: parser.workers,
                    skipped: skipped.count
                ).serialized())
        } else {
            Terminal.print(
                text(
                    statistics, fileBytes: fileBytes, seconds: seconds, peak: peak, workers: parser.workers,
                    skipped: skipped))
        }
        return 0
    }

    /// The largest resident set the process has had, in bytes.
    static func peakMemoryBytes() -> Int {
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return usage.ru_maxrss * 1024
        #else
            getrusage(RUSAGE_SELF, &usage)
            return usage.ru_maxrss
        #endif
    }

    /// The bytes of the files under a path, as read from disk (what the speed is measured against).
    private static func sizeOnDisk(_ path: String) -> Int {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { return 0 }
        guard isDirectory.boolValue else { return (try? manager.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
        var total = 0
        let walker = manager.enumerator(atPath: path)
        while walker?.nextObject() != nil {
            if (walker?.fileAttributes?[.type] as? FileAttributeType) == .typeRegular {
                total += (walker?.fileAttributes?[.size] as? Int) ?? 0
            }
        }
        return total
    }

    private static func rates(_ statistics: MailStatistics, fileBytes: Int, seconds: Double) -> (
        megabytes: Double, messages: Double
    ) {
        let time = max(seconds, 1e-9)
        return (Double(fileBytes) / 1e6 / time, Double(statistics.messages) / time)
    }

    private static func json(
        _ statistics: MailStatistics, fileBytes: Int, seconds: Double, peak: Int, workers: Int, skipped: Int
    ) -> JSONValue {
        let rate = rates(statistics, fileBytes: fileBytes, seconds: seconds)
        let warnings = statistics.warnings.sorted { $0.key.rawValue < $1.key.rawValue }.map {
            ($0.key.rawValue, JSONValue.int($0.value))
        }
        return .object([
            ("messages", .int(statistics.messages)), ("bytes", .int(statistics.bytes)), ("fileBytes", .int(fileBytes)),
            ("parts", .int(statistics.parts)),
            ("attachments", .int(statistics.attachments)), ("nestedMessages", .int(statistics.nestedMessages)),
            ("headerFields", .int(statistics.headerFields)), ("characters", .int(statistics.characters)),
            ("binaryBytes", .int(statistics.binaryBytes)), ("unreadable", .int(statistics.unreadable)),
            ("skippedFiles", .int(skipped)), ("warnings", .object(warnings)),
            ("seconds", .double(seconds)), ("megabytesPerSecond", .double(rate.megabytes)),
            ("messagesPerSecond", .double(rate.messages)), ("peakMemoryBytes", .int(peak)), ("workers", .int(workers)),
        ])
    }

    private static func text(
        _ statistics: MailStatistics, fileBytes: Int, seconds: Double, peak: Int, workers: Int,
        skipped: [(String, MailError)]
    ) -> String {
        let rate = rates(statistics, fileBytes: fileBytes, seconds: seconds)
        var lines = [
            Terminal.row("Meldinger", grouped(statistics.messages), width: 30, valueWidth: 14),
            Terminal.row(
                "Byte lest", grouped(fileBytes), note: "(\(Terminal.decimal(Double(fileBytes) / 1e6)) MB)", width: 30,
                valueWidth: 14),
            Terminal.row("Byte i meldingene", grouped(statistics.bytes), width: 30, valueWidth: 14),
            Terminal.row("MIME-deler", grouped(statistics.parts), width: 30, valueWidth: 14),
            Terminal.row("Vedlegg", grouped(statistics.attachments), width: 30, valueWidth: 14),
            Terminal.row("Innkapslede meldinger", grouped(statistics.nestedMessages), width: 30, valueWidth: 14),
            Terminal.row("Topptekstfelt", grouped(statistics.headerFields), width: 30, valueWidth: 14),
            Terminal.row("Dekodede tegn (UTF-8)", grouped(statistics.characters), width: 30, valueWidth: 14),
            Terminal.row("Dekodede binærbyte", grouped(statistics.binaryBytes), width: 30, valueWidth: 14),
            Terminal.row("Uleselige meldinger", grouped(statistics.unreadable), width: 30, valueWidth: 14),
            Terminal.row("Advarsler", grouped(statistics.warnings.values.reduce(0, +)), width: 30, valueWidth: 14),
        ]
        for (kind, count) in statistics.warnings.sorted(by: {
            $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue
        }) {
            lines.append(Terminal.row("  " + kind.rawValue, grouped(count), width: 30, valueWidth: 14))
        }
        if !skipped.isEmpty {
            lines.append(Terminal.row("Hoppet over (ikke e-post)", grouped(skipped.count), width: 30, valueWidth: 14))
            // Each message names its file.
            for (_, error) in skipped.prefix(20) { lines.append("  " + error.message) }
            if skipped.count > 20 { lines.append("  … og \(skipped.count - 20) til") }
        }
        lines.append(
            Terminal.row(
                "Tid", Terminal.decimal(seconds, digits: 3) + " s",
                note:
                    "\(Terminal.decimal(rate.megabytes)) MB/s, \(grouped(Int(rate.messages.rounded()))) meldinger/s, "
                    + "\(workers) tråd(er)",
                width: 30, valueWidth: 14))
        lines.append(
            Terminal.row("Høyeste minnebruk", Terminal.decimal(Double(peak) / 1e6) + " MB", width: 30, valueWidth: 14))
        return lines.joined(separator: "\n")
    }

    /// A count with a space between thousands, as Norwegian writes it.
    private static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var output = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { output.append(" ") }
            output.append(digit)
        }
        return (value < 0 ? "-" : "") + output
    }
}
