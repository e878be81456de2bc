extension StringProtocol {
    /// The text without leading and trailing white space as Foundation's `CharacterSet.whitespaces`
    /// defines it: the tab, every space separator (Unicode category Zs, which includes the no-break
    /// spaces) and the zero-width space U+200B; line breaks are kept.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isFoundationWhitespace }) else { return "" }
        guard let last = scalars.lastIndex(where: { !$0.isFoundationWhitespace }) else { return "" }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars[first...last])
        return String(kept)
    }
}

extension Unicode.Scalar {
    /// Tab, zero-width space or a space separator (Zs).
    fileprivate var isFoundationWhitespace: Bool {
        value == 0x09 || value == 0x200B || properties.generalCategory == .spaceSeparator
    }
}
