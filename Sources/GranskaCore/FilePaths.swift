#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Paths as strings and what lies at them, without Foundation's `NSString` and `ObjCBool` (so the
/// modules need only FoundationEssentials, or nothing).
public enum FilePaths {
    /// What is at `path`, following symbolic links: `true` for a folder, `false` for anything
    /// else (a file, a pipe, a device), `nil` when nothing is there or it cannot be examined.
    public static func isDirectory(_ path: String) -> Bool? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT == S_IFDIR
    }

    /// `directory/name`, as `NSString.appendingPathComponent` joins them: no `/` is added after a
    /// folder that already ends with one, and an empty folder gives `name` alone.
    public static func join(_ directory: String, _ name: String) -> String {
        if name.isEmpty { return directory }
        if directory.isEmpty { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The last component of `path`, as `NSString.lastPathComponent` gives it: trailing `/` are
    /// ignored (`a/b/` → `b`), a path of slashes only is `/`, an empty path is empty.
    public static func lastComponent(_ path: String) -> String {
        let trimmed = path.utf8.lastIndex { $0 != UInt8(ascii: "/") }
        guard let last = trimmed else { return path.isEmpty ? "" : "/" }
        let body = path[...last]
        guard let slash = body.lastIndex(of: "/") else { return String(body) }
        return String(body[body.index(after: slash)...])
    }
}
