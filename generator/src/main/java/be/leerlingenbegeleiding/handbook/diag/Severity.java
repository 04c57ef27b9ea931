package be.leerlingenbegeleiding.handbook.diag;

/** How bad a finding is. Only {@link #FOUT} makes a command fail (until a strict mode exists). */
public enum Severity {
    FOUT("fout"),
    WAARSCHUWING("waarschuwing"),
    INFO("info");

    private final String key;

    Severity(String key) {
        this.key = key;
    }

    /** The message-bundle key of the label printed before the code, e.g. {@code fout[HB001]}. */
    String bundleKey() {
        return "severity." + key;
    }
}
