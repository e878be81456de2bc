/// granska's version, shown by `--version` and written into JUnit, SARIF and JSON outputs.
public enum GranskaVersion {
    public static let current = "0.1.0"
}
