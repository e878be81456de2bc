/// Input granska cannot trust as a whole: an unreadable or malformed file, a missing column, a
/// bad value in `rekvisitioner.csv`, a bad rule file. The CLI maps it to exit code 2.
///
/// The message is Swedish and names file, line and column where there is one.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable id apart from the wording, e.g. `csv.unterminated-quote`.
    public var id: String
    public var location: SourceLocation?
    /// Only the file, when there is no line to point at.
    public var file: String?
    public var message: String

    public init(id: String, location: SourceLocation, message: String) {
        self.id = id
        self.location = location
        self.file = location.file
        self.message = message
    }

    public init(id: String, file: String?, message: String) {
        self.id = id
        self.location = nil
        self.file = file
        self.message = message
    }

    /// `file:line:column: error: message [id]`, or `file: error: …` without a position.
    public var description: String {
        let place = location?.description ?? file ?? "granska"
        return "\(place): error: \(message) [\(id)]"
    }
}
