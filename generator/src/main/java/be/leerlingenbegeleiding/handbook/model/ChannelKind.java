package be.leerlingenbegeleiding.handbook.model;

/** How someone can be reached. */
public enum ChannelKind implements Coded {
    EMAIL("e-mail"),
    TELEFOON("telefoon"),
    GESPREK("gesprek"),
    WEBSITE("website"),
    CHAT("chat"),
    PLATFORM("platform");

    private final String code;

    ChannelKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
