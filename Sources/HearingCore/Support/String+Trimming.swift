extension StringProtocol {
    /// The text without the given characters at either end.
    func trimmingCharacters(in set: String) -> String {
        trimming { set.contains($0) }
    }

    /// The text without the characters at either end that meet a test ("«Grong»," without what is not a letter).
    func trimming(where test: (Character) -> Bool) -> String {
        var slice = Substring(self)
        while let first = slice.first, test(first) { slice = slice.dropFirst() }
        while let last = slice.last, test(last) { slice = slice.dropLast() }
        return String(slice)
    }
}

extension String {
    /// The text without a suffix, when it ends with it.
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
