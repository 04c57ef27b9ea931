package be.leerlingenbegeleiding.handbook.model;

/**
 * The definite article of a name, written beside it ({@code lidwoord} in cel.yaml, school.yaml,
 * clb.yaml): texts of a template say "{{de cel}}", "op {{de school}}", and a school whose cel is
 * "het zorgoverleg" or whose name is "het Sint-Jozefsinstituut" reads them right. A proper name
 * that takes none ("Middenschool De Linde") is {@link #GEEN}.
 */
public enum Article implements Coded {
    DE("de", "deze"),
    HET("het", "dit"),
    /** A proper name that stands alone: "{{de school}}" prints the name only. */
    GEEN("geen", "");

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

    /** "deze" or "dit": the word that points at a name with this article; none for {@link #GEEN}. */
    public String demonstrative() {
        return demonstrative;
    }

    /** The article of a code as written in content, or null when it is not one. */
    public static Article of(String code) {
        for (Article a : values()) if (a.code.equals(code)) return a;
        return null;
    }
}
