package be.leerlingenbegeleiding.handbook.model;

/**
 * The text of a part a template leaves open ({@code !invullen}) is a hint for the school, not a
 * value. It is bound between these two private-use characters so that the output can show it as
 * a place to fill in; no keyboard produces them, so ordinary text never carries them.
 */
public final class OpenPart {
    public static final char START = '\uE000';
    public static final char END = '\uE001';

    private OpenPart() {
    }

    /** The hint as a marked value. */
    public static String of(String hint) {
        return START + hint + END;
    }

    /** Whether a text holds a marked hint. */
    public static boolean in(String text) {
        return text != null && text.indexOf(START) >= 0;
    }

    /** The text without its marks: for places that show text as it is, like a terminal. */
    public static String strip(String text) {
        return text == null || !in(text) ? text : text.replace(String.valueOf(START), "").replace(String.valueOf(END), "");
    }
}
