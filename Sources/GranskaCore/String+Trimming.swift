extension String {
    /// The string without leading and trailing white space (space, tab, CR, LF, no-break space).
    ///
    /// The data contract's "blank after trimming" uses this definition.
    public func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isGranskaSpace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isGranskaSpace })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }

    /// True when the string is empty or only white space.
    public var isBlank: Bool { unicodeScalars.allSatisfy(\.isGranskaSpace) }
}

extension Unicode.Scalar {
    /// Space, tab, CR, LF, no-break space (U+00A0) and narrow no-break space (U+202F).
    public var isGranskaSpace: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x202F: true
        default: false
        }
    }
}
