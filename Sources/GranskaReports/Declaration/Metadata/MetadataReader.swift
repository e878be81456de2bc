import GranskaCore

/// The reader of `deklaration.txt`.
///
/// The format, line by line (lines end with LF, CRLF or CR; a BOM first in the file is dropped):
/// - `nyckel: värde` sets a fact; the key is one of ``MetadataKey`` (written with or without
///   å/ä/ö, any case); the value is the rest of the line, trimmed. `#` inside a value is text.
/// - a line that starts with a space or a tab continues the value above it (joined with one
///   space), so a long text can span lines; a blank line ends it.
/// - `[K-KUN]` starts a section: the values below it apply to that enkät only and override the
///   common ones above the first section.
/// - `# …` (after optional white space) is a comment; blank lines are ignored.
///
/// Every malformed line is an error with its position, and reading goes on, so one run reports
/// all of them. Limits keep hostile files harmless: at most ``maxBytes`` bytes, values of at most
/// ``maxValueLength`` characters, at most ``maxSections`` sections.
public enum MetadataReader {
    /// The largest file read, in bytes (1 MiB).
    public static let maxBytes = 1 << 20
    /// The longest value, in characters, continuation lines included.
    public static let maxValueLength = 20_000
    /// The most `[enkät]` sections in one file.
    public static let maxSections = 1_000

    /// Reads the file's bytes.
    ///
    /// - Parameters:
    ///   - file: the path used in error messages.
    ///   - knownEnkater: the round's enkät ids, to check section names against; `nil` skips it.
    /// - Complexity: O(n) in the number of bytes.
    public static func parse(_ bytes: [UInt8], file: String, knownEnkater: Set<String>? = nil) -> MetadataReadResult {
        guard bytes.count <= maxBytes else {
            return MetadataReadResult(metadata: DeclarationMetadata(file: file), errors: [tooLarge(file: file)])
        }
        switch UTF8Text.decode(bytes, file: file, errorID: "deklaration.ogiltig-utf8") {
        case .failure(let error):
            return MetadataReadResult(metadata: DeclarationMetadata(file: file), errors: [error])
        case .success(let text):
            return parse(text: text, file: file, knownEnkater: knownEnkater)
        }
    }

    /// Reads the file's text (already decoded).
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func parse(text: String, file: String, knownEnkater: Set<String>? = nil) -> MetadataReadResult {
        var state = ReaderState(file: file, knownEnkater: knownEnkater)
        for (index, line) in UTF8Text.lines(text).enumerated() {
            state.read(Array(line), line: index + 1)
        }
        state.finishValue()
        return MetadataReadResult(metadata: state.metadata, errors: state.errors)
    }

    static func tooLarge(file: String) -> InputError {
        InputError(
            id: "deklaration.for-stor", file: file,
            message: "Filen är större än \(maxBytes / 1024) KiB; en deklarationsfil är några rader text.")
    }
}

/// The reader's state while it walks the lines.
private struct ReaderState {
    let file: String
    let knownEnkater: Set<String>?
    var metadata: DeclarationMetadata
    var errors: [InputError] = []

    /// The section being read (`nil`: the common part) and where each section started.
    var section: String?
    var sectionLines: [String: Int] = [:]
    /// Where each key of the current section was set: 1-based line.
    var keyLines: [MetadataKey: Int] = [:]
    /// The value being read, which continuation lines extend.
    var pending: (key: MetadataKey, value: String, line: Int, column: Int, tooLong: Bool)?

    init(file: String, knownEnkater: Set<String>?) {
        self.file = file
        self.knownEnkater = knownEnkater
        self.metadata = DeclarationMetadata(file: file)
    }

    mutating func error(_ id: String, _ line: Int, _ column: Int, _ message: String) {
        errors.append(InputError(id: id, location: SourceLocation(file: file, line: line, column: column), message: message))
    }

    mutating func read(_ chars: [Character], line: Int) {
        guard let first = chars.firstIndex(where: { !$0.isMetadataSpace }) else {
            finishValue()  // a blank line ends a value
            return
        }
        if chars[first] == "#" { return }
        if first > 0 {
            continueValue(chars, from: first, line: line)
            return
        }
        finishValue()
        if chars[0] == "[" {
            readSection(chars, line: line)
        } else {
            readKeyValue(chars, line: line)
        }
    }

    mutating func continueValue(_ chars: [Character], from start: Int, line: Int) {
        guard pending != nil else {
            error(
                "deklaration.indragen-rad", line, 1,
                "Raden är indragen men står inte direkt under en rad med `nyckel: värde`. Ta bort indraget eller skriv en nyckel.")
            return
        }
        let text = String(chars[start...]).trimmingSpaces()
        guard checkControlCharacters(chars, from: start, line: line) else { return }
        appendToPending(" " + text)
    }

    mutating func appendToPending(_ text: String) {
        guard var p = pending else { return }
        if p.value.count + text.count > MetadataReader.maxValueLength {
            p.tooLong = true
        } else {
            p.value += text
        }
        pending = p
    }

    mutating func readSection(_ chars: [Character], line: Int) {
        guard let close = chars.firstIndex(of: "]") else {
            error(
                "deklaration.ogiltig-sektion", line, chars.count + 1,
                "Sektionen saknar ']'. Skriv enkätens id inom hakparenteser, t.ex. `[K-KUN]`.")
            return
        }
        let id = String(chars[1..<close]).trimmingSpaces()
        if let extra = chars[(close + 1)...].firstIndex(where: { !$0.isMetadataSpace }), chars[extra] != "#" {
            error(
                "deklaration.ogiltig-sektion", line, extra + 1,
                "Text efter ']' på en sektionsrad. Skriv bara `[enkät-id]` på raden.")
            return
        }
        guard !id.isEmpty else {
            error("deklaration.ogiltig-sektion", line, close + 1, "Enkätens id saknas mellan hakparenteserna, t.ex. `[K-KUN]`.")
            return
        }
        if let bad = chars[1..<close].firstIndex(where: { !$0.isEnkatIDCharacter && !$0.isMetadataSpace }) {
            error(
                "deklaration.ogiltig-sektion", line, bad + 1,
                "Tecknet '\(chars[bad])' får inte stå i ett enkät-id; använd bokstäver, siffror, '-' och '_'.")
            return
        }
        if let knownEnkater, !knownEnkater.contains(id) {
            var message = "Okänd enkät '\(id)': omgången har ingen enkät med det id:t."
            if let near = NearestName.suggestion(for: id, among: knownEnkater.sorted()) {
                message += " Menade du '\(near)'?"
            }
            error("deklaration.okand-enkat", line, 2, message)
            // Keep reading the section so its own lines are still checked; its values are kept
            // under the written id, where no enkät will look them up.
        }
        if let earlier = sectionLines[id] {
            error(
                "deklaration.dubbel-sektion", line, 1,
                "Sektionen [\(id)] finns redan på rad \(earlier). Samla enkätens uppgifter i en sektion.")
            section = id
            keyLines = [:]
            for (key, _) in metadata.perEnkat[id] ?? [:] { keyLines[key] = earlier }
            return
        }
        guard sectionLines.count < MetadataReader.maxSections else {
            error("deklaration.for-manga-sektioner", line, 1, "Filen har fler än \(MetadataReader.maxSections) sektioner.")
            return
        }
        sectionLines[id] = line
        section = id
        keyLines = [:]
        metadata.perEnkat[id] = metadata.perEnkat[id] ?? [:]
    }

    mutating func readKeyValue(_ chars: [Character], line: Int) {
        guard let colon = chars.firstIndex(of: ":") else {
            error(
                "deklaration.saknar-kolon", line, 1,
                "Raden saknar ':'. Skriv `nyckel: värde`, t.ex. `syfte: Att följa upp …`, eller gör raden till en kommentar med '#'.")
            return
        }
        let written = String(chars[0..<colon]).trimmingSpaces()
        guard !written.isEmpty else {
            error("deklaration.tom-nyckel", line, 1, "Nyckel saknas före ':'. Skriv t.ex. `syfte: …`.")
            return
        }
        guard let key = MetadataKey(normalizing: written) else {
            var message = "Okänd nyckel '\(written)'."
            if let near = NearestName.suggestion(
                for: MetadataKey.fold(written), among: MetadataKey.allCases.map(\.rawValue))
            {
                message += " Menade du '\(near)'?"
            }
            message += " Kända nycklar: " + MetadataKey.allCases.map(\.rawValue).joined(separator: ", ") + "."
            error("deklaration.okand-nyckel", line, 1, message)
            return
        }
        if let earlier = keyLines[key] {
            let place = section.map { "i sektionen [\($0)]" } ?? "före första sektionen"
            error(
                "deklaration.dubblett", line, 1,
                "'\(key.rawValue)' har redan ett värde \(place) (rad \(earlier)). Ta bort en av raderna.")
            return
        }
        keyLines[key] = line
        guard checkControlCharacters(chars, from: colon + 1, line: line) else { return }
        let value = String(chars[(colon + 1)...]).trimmingSpaces()
        pending = (key, "", line, colon + 2, false)
        appendToPending(value)
    }

    /// False (with an error) when a control character other than tab stands in the line.
    mutating func checkControlCharacters(_ chars: [Character], from start: Int, line: Int) -> Bool {
        for i in start..<chars.count {
            for scalar in chars[i].unicodeScalars
            where (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                error(
                    "deklaration.styrtecken", line, i + 1,
                    "Otillåtet styrtecken U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex) i värdet.")
                return false
            }
        }
        return true
    }

    /// Stores the value being read, or reports it empty or too long.
    mutating func finishValue() {
        guard let p = pending else { return }
        pending = nil
        if p.tooLong {
            error(
                "deklaration.for-langt-varde", p.line, p.column,
                "Värdet för '\(p.key.rawValue)' är längre än \(MetadataReader.maxValueLength) tecken.")
            return
        }
        guard !p.value.isBlank else {
            error(
                "deklaration.tomt-varde", p.line, p.column,
                "Värde saknas efter '\(p.key.rawValue):'. Skriv uppgiften efter kolonet, eller ta bort raden så att deklarationen säger att uppgiften saknas.")
            return
        }
        let value = p.value.trimmingSpaces()
        if let section {
            metadata.perEnkat[section, default: [:]][p.key] = value
        } else {
            metadata.common[p.key] = value
        }
    }
}

extension Character {
    fileprivate var isMetadataSpace: Bool { self == " " || self == "\t" || self == "\u{00A0}" }
    fileprivate var isEnkatIDCharacter: Bool {
        isLetter || isNumber || self == "-" || self == "_" || self == "."
    }
}
