package be.leerlingenbegeleiding.handbook.pipeline;

/**
 * A setting from outside the command line (an environment variable, a system property) has a
 * value the build cannot use: a usage error that names it, not an internal error.
 */
public final class SettingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String value;

    SettingException(String name, String value) {
        super(name + "=" + value);
        this.name = name;
        this.value = value;
    }

    /** The variable or property, as the user sets it: {@code SOURCE_DATE_EPOCH}. */
    public String name() {
        return name;
    }

    public String value() {
        return value;
    }
}
