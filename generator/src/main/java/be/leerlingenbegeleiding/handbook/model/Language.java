package be.leerlingenbegeleiding.handbook.model;

/** The language of the handbook's fixed labels. */
public enum Language implements Coded {
    NL_BE("nl-BE"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
