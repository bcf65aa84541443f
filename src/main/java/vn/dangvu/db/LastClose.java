package vn.dangvu.db;

/// How the file was left before this open, as the clean-close seal ([CloseSeal]) tells it.
public enum LastClose {
    /// Byte for byte what a clean close sealed.
    CLEAN,
    /// The open marker was still there: the program was killed or the power was cut while the file was open.
    NOT_CLOSED,
    /// Sealed by a clean close, but the bytes differ now: something outside the program changed the file.
    CHANGED,
    /// No seal and no marker (a file from an older version, or copied here without its seal).
    UNKNOWN,
    /// Created by this open.
    NEW
}
