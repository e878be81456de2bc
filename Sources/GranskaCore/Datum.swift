/// A calendar date (no time zone), as written in ISO 8601: `2025-03-14`.
///
/// granska compares dates as the survey's calendar does: `sista_svarsdag` is inclusive, so an
/// answer submitted at any minute of that day is in time.
public struct Datum: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// A valid Gregorian date; `nil` for month 13, 30 February and the like.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Datum.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD` (surrounding white space ignored); `nil` for anything else.
    public init?(iso text: String) {
        let t = Array(text.trimmingSpaces().utf8)
        guard t.count == 10, t[4] == UInt8(ascii: "-"), t[7] == UInt8(ascii: "-"),
            let y = Datum.digits(t[0..<4]), let m = Datum.digits(t[5..<7]), let d = Datum.digits(t[8..<10])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        "\(Datum.pad(year, 4))-\(Datum.pad(month, 2))-\(Datum.pad(day, 2))"
    }

    /// Days since 1970-01-01 (negative before), for date arithmetic.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public static func < (a: Datum, b: Datum) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for b in bytes {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return value
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

/// A local date and time to the minute, as survey tools export `inskickad`: `2025-03-14T16:05`.
///
/// Seconds, when present (`2025-03-14T16:05:59`), are kept; a space may stand for the `T`.
/// There is no time zone: the survey's own local time is the reference.
public struct Tidpunkt: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var datum: Datum
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init?(datum: Datum, hour: Int, minute: Int, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        self.datum = datum
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Reads `YYYY-MM-DDTHH:MM`, `YYYY-MM-DD HH:MM`, either with `:SS`, or a bare date (midnight).
    public init?(iso text: String) {
        let t = text.trimmingSpaces()
        let bytes = Array(t.utf8)
        guard bytes.count >= 10, let datum = Datum(iso: String(decoding: bytes[0..<10], as: UTF8.self)) else {
            return nil
        }
        if bytes.count == 10 {
            self.init(datum: datum, hour: 0, minute: 0)
            return
        }
        guard bytes.count == 16 || bytes.count == 19,
            bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
            bytes[13] == UInt8(ascii: ":"),
            let h = Datum.digits(bytes[11..<13]), let m = Datum.digits(bytes[14..<16])
        else { return nil }
        var s = 0
        if bytes.count == 19 {
            guard bytes[16] == UInt8(ascii: ":"), let sec = Datum.digits(bytes[17..<19]) else { return nil }
            s = sec
        }
        self.init(datum: datum, hour: h, minute: m, second: s)
    }

    /// `YYYY-MM-DDTHH:MM` (with `:SS` when the seconds are not zero).
    public var description: String {
        let base = "\(datum)T\(Datum.pad(hour, 2)):\(Datum.pad(minute, 2))"
        return second == 0 ? base : base + ":\(Datum.pad(second, 2))"
    }

    public static func < (a: Tidpunkt, b: Tidpunkt) -> Bool {
        (a.datum, a.hour, a.minute, a.second) < (b.datum, b.hour, b.minute, b.second)
    }
}
