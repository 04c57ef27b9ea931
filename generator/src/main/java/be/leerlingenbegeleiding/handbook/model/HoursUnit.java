package be.leerlingenbegeleiding.handbook.model;

/** The unit in which a function's hours are counted. */
public enum HoursUnit implements Coded {
    LESTIJDEN("lestijden"),
    KLOKUREN("klokuren");

    private final String code;

    HoursUnit(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
