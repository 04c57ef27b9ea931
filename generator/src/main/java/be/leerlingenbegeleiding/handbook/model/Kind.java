package be.leerlingenbegeleiding.handbook.model;

/**
 * Whether a handbook is a school's own or a template that schools build on. A template is built
 * as a preview: its placeholders are shown as such and it is never mistaken for a school's site.
 */
public enum Kind implements Coded {
    SCHOOL("school"),
    SJABLOON("sjabloon");

    private final String code;

    Kind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
