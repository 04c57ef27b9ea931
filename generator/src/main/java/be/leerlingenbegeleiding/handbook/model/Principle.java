package be.leerlingenbegeleiding.handbook.model;

/** The five principles of the decree (art. 123/22). */
public enum Principle implements Coded {
    BELANG_VAN_DE_LEERLING("belang_van_de_leerling"),
    PARTICIPATIEF("participatief"),
    PLANMATIG("planmatig"),
    DISCREET("discreet"),
    TAAKVERDELING("taakverdeling");

    private final String code;

    Principle(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
