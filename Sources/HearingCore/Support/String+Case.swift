extension StringProtocol {
    /// The text with its first letter as a capital, as a sentence or a title begins ("alternativ 1" → "Alternativ 1").
    public var capitalizingFirst: String { prefix(1).uppercased() + dropFirst() }
}
