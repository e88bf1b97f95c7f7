/// thidua's version: `thidua --version` prints it, and `make dist` names the
/// Debian package after it (`dist/thidua_<version>_amd64.deb`). Change it here only.
public enum ThiduaVersion {
    public static let current = "0.1.0"
}
