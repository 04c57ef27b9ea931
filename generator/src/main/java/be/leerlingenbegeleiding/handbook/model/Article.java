package be.leerlingenbegeleiding.handbook.model;

/**
 * The definite article of a name, written in {@code cel.yaml} ({@code lidwoord}): texts of a
 * template say "{{de cel}}", and a school whose cel is "het zorgoverleg" reads it right.
 */
public enum Article implements Coded {
    DE("de", "deze"),
    HET("het", "dit");

    private final String code;
    private final String demonstrative;

    Article(String code, String demonstrative) {
        this.code = code;
        this.demonstrative = demonstrative;
    }

    @Override
    public String code() {
        return code;
    }

    /** "deze" or "dit": the word that points at a name with this article. */
    public String demonstrative() {
        return demonstrative;
    }

    /** The article of a code as written in content, or null when it is not one. */
    public static Article of(String code) {
        for (Article a : values()) if (a.code.equals(code)) return a;
        return null;
    }
}
