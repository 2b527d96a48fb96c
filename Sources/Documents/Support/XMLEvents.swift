import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document as a flat list of events, read with Foundation's XML parser (libxml2 underneath on Linux).
struct XMLEvents {
    enum Event {
        case start(name: String, attributes: [String: String])
        case end(name: String)
        case text(String)
    }

    let events: [Event]

    /// Parses the bytes; a document that is not well-formed throws.
    init(_ bytes: [UInt8], part: String) throws {
        let collector = Collector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        parser.shouldProcessNamespaces = false
        guard parser.parse() else {
            throw DocumentError(.corrupt, "«\(part)» i dokumentet er ikke gyldig XML.")
        }
        events = collector.events
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var events: [Event] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            events.append(.start(name: elementName, attributes: attributes))
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            events.append(.end(name: elementName))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if case .text(let previous) = events.last {
                events[events.count - 1] = .text(previous + string)
            } else {
                events.append(.text(string))
            }
        }
    }
}
