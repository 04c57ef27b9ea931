package be.leerlingenbegeleiding.handbook.model;

/** Who a contact point is for. */
public enum Audience implements Coded {
    LEERLINGEN("leerlingen"),
    OUDERS("ouders"),
    LEERKRACHTEN("leerkrachten");

    private final String code;

    Audience(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
