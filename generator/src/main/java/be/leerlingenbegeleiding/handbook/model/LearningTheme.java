package be.leerlingenbegeleiding.handbook.model;

/** The four learning themes of counsellors' professionalisation. */
public enum LearningTheme implements Coded {
    GESPREKKEN("gesprekken"),
    COACHING("coaching"),
    NETWERKEN("netwerken"),
    ZELFZORG("zelfzorg");

    private final String code;

    LearningTheme(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
