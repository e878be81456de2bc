#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The command-line entry point (placeholder until the CLI lands).
public enum GranskaCommand {
    public static func main(arguments: [String]) -> Int32 { 0 }
}

/// Ends the process with `status`.
public func exitProcess(_ status: Int32) -> Never { exit(status) }
