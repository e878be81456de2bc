/// The shape of the figure tree without its values: which names exist, which are groups and
/// which are lists. Templates are checked against it before any data is seen, so an unknown
/// placeholder is an error even where the data would leave a section out.
public indirect enum ValueShape: Sendable, Hashable {
    /// A printable value (text, number, share, date, flag, missing fact).
    case scalar
    /// A group with named members.
    case record([String: ValueShape])
    /// A list whose items have this shape.
    case list(ValueShape)

    /// The shape of `value`; a list takes the shape of its first item (an empty list's item
    /// shape is an empty record).
    public init(of value: DeclarationValue) {
        switch value {
        case .record(let members): self = .record(members.mapValues(ValueShape.init(of:)))
        case .list(let items): self = .list(items.first.map(ValueShape.init(of:)) ?? .record([:]))
        default: self = .scalar
        }
    }

    /// Every path in the shape, depth first in sorted order: `enkat`, `enkat.id`, … List items'
    /// members are written `lista[].namn`.
    public var paths: [String] {
        var out: [String] = []
        collect(prefix: "", into: &out)
        return out
    }

    private func collect(prefix: String, into out: inout [String]) {
        switch self {
        case .scalar: break
        case .record(let members):
            for key in members.keys.sorted() {
                let path = prefix.isEmpty ? key : prefix + "." + key
                out.append(path)
                members[key]?.collect(prefix: path, into: &out)
            }
        case .list(let item):
            item.collect(prefix: prefix + "[]", into: &out)
        }
    }

    /// The member `key` of a record shape.
    public subscript(key: String) -> ValueShape? {
        if case .record(let members) = self { return members[key] }
        return nil
    }
}
