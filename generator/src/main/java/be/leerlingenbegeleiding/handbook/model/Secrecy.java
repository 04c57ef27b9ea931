package be.leerlingenbegeleiding.handbook.model;

/** The secrecy regime an actor is bound by. */
public enum Secrecy implements Coded {
    DISCRETIEPLICHT("discretieplicht"),
    BEROEPSGEHEIM("beroepsgeheim"),
    AMBTSGEHEIM("ambtsgeheim");

    private final String code;

    Secrecy(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
