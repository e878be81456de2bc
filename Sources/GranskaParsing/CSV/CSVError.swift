import GranskaCore

/// The input errors of the CSV layer, one factory per stable id, sorted by id.
///
/// Every message is Swedish, names what is wrong in a statistician's words and, where there is
/// one, the position (file, 1-based line, 1-based column in characters).
enum CSVError {
    static func emptyFile(_ path: String) -> InputError {
        InputError(id: "csv.empty-file", file: path, message: "filen är tom: den saknar både rubrikrad och rader")
    }

    static func fieldCount(_ at: SourceLocation, fields: Int, headerFields: Int) -> InputError {
        InputError(
            id: "csv.field-count", location: at,
            message: "raden har \(fields) fält men rubrikraden har \(headerFields)")
    }

    static func invalidUTF8AfterBOM(_ at: SourceLocation, byte: UInt8) -> InputError {
        InputError(
            id: "csv.invalid-utf8", location: at,
            message: "filen börjar med en UTF-8-markering (BOM) men byten 0x\(hex(byte)) här är inte giltig UTF-8")
    }

    static func invalidUTF16(_ at: SourceLocation, unit: UInt32?) -> InputError {
        let what = unit.map { "ett ensamt surrogattecken (0x\(hex(UInt8($0 >> 8)))\(hex(UInt8($0 & 0xFF))))" }
            ?? "ett udda antal byte"
        return InputError(
            id: "csv.invalid-utf16", location: at,
            message: "filen börjar med en UTF-16-markering men har \(what) här; spara filen som UTF-8 och försök igen")
    }

    static func isDirectory(_ path: String) -> InputError {
        InputError(id: "csv.is-directory", file: path, message: "'\(path)' är en mapp, inte en CSV-fil")
    }

    static func missingFile(_ path: String) -> InputError {
        InputError(id: "csv.missing-file", file: path, message: "filen '\(path)' finns inte")
    }

    static func notAFile(_ path: String) -> InputError {
        InputError(
            id: "csv.not-a-file", file: path,
            message: "'\(path)' är ingen vanlig fil (utan en enhet eller sockel); ange en CSV-fil")
    }

    static func nulByte(_ at: SourceLocation) -> InputError {
        InputError(
            id: "csv.nul-byte", location: at,
            message: "filen innehåller ett nolltecken (byte 0x00): den ser ut att vara binär eller trasig")
    }

    static func spreadsheet(_ path: String, kind: String) -> InputError {
        InputError(
            id: "csv.spreadsheet", file: path,
            message: "filen '\(path)' är \(kind), inte en CSV-fil; öppna den i Excel och spara den som "
                + "'CSV UTF-8 (kommaavgränsad)' eller 'CSV (semikolonavgränsad)'")
    }

    static func textAfterQuote(_ at: SourceLocation, character: String) -> InputError {
        InputError(
            id: "csv.text-after-quote", location: at,
            message: "tecknet '\(character)' står direkt efter ett avslutande citattecken; "
                + "efter ett citerat fält ska avgränsaren eller radslut komma")
    }

    static func tooLarge(_ path: String, bytes: Int) -> InputError {
        InputError(
            id: "csv.too-large", file: path,
            message: "filen är för stor (\(bytes) byte); granska läser CSV-filer under 4 GiB")
    }

    static func undefinedWindows1252(_ at: SourceLocation, byte: UInt8) -> InputError {
        InputError(
            id: "csv.undefined-byte", location: at,
            message: "filen är inte giltig UTF-8 och byten 0x\(hex(byte)) här finns inte i Windows-1252; "
                + "spara filen som UTF-8 och försök igen")
    }

    static func unreadable(_ path: String, reason: String) -> InputError {
        InputError(id: "csv.unreadable", file: path, message: "filen '\(path)' går inte att läsa (\(reason))")
    }

    static func unterminatedQuote(_ at: SourceLocation) -> InputError {
        InputError(
            id: "csv.unterminated-quote", location: at,
            message: "citattecknet här avslutas aldrig: fältet fortsätter till filens slut")
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
