#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a standard stream could not be written, in Swedish.
enum StreamFailure {
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC: "disken är full"
        case EPIPE: "mottagaren slutade läsa"
        case EBADF: "den är stängd"
        case EIO: "in- och utmatningsfel"
        case EDQUOT: "diskkvoten är slut"
        case EFBIG: "filen blev för stor"
        default: "felkod \(code)"
        }
    }
}
