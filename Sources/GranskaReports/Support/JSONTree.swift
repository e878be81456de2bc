#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A JSON document read back into a tree (a baseline file, an earlier round's declaration), with
/// the lookups those readers need. Reading goes through `JSONDecoder`, whose parser limits the
/// nesting depth, so a hostile file cannot recurse without bound.
enum JSONTree: Decodable, Sendable {
    case null
    case bool(Bool)
    /// A number, and the same number as a 64-bit integer when it is one exactly (`2`, `2.0`, `2e0`).
    case number(Double, exactly: Int64?)
    case string(String)
    case array([JSONTree])
    case object([String: JSONTree])

    /// The document in `data`, or `nil` when it is no valid JSON or its top level is no object
    /// or array (as `JSONSerialization` without fragments reads it).
    static func parse(_ data: Data) -> JSONTree? {
        guard let tree = try? JSONDecoder().decode(JSONTree.self, from: data) else { return nil }
        switch tree {
        case .array, .object: return tree
        default: return nil
        }
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? c.decode(Int64.self) {
            self = .number(Double(i), exactly: i)
        } else if let d = try? c.decode(Double.self) {
            self = .number(d, exactly: Int64(exactly: d))
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONTree].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONTree].self))
        }
    }

    /// The members of an object, else `nil`.
    var object: [String: JSONTree]? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// The elements of an array, else `nil`.
    var array: [JSONTree]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The text of a string, else `nil`.
    var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// A number that is a whole 64-bit integer, else `nil`; `true` and `false` read as 1 and 0,
    /// as `NSNumber` gave them to the earlier readers.
    var integer: Int64? {
        switch self {
        case .number(_, let exactly): return exactly
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    /// The member `key` of an object, else `nil`.
    subscript(key: String) -> JSONTree? { object?[key] }
}
