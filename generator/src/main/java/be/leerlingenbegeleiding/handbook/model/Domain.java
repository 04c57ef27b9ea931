package be.leerlingenbegeleiding.handbook.model;

/** The four guidance domains of the decree (art. 123/21), in the decree's order. */
public enum Domain implements Coded {
    ONDERWIJSLOOPBAAN("onderwijsloopbaan"),
    LEREN_EN_STUDEREN("leren_en_studeren"),
    PSYCHISCH_EN_SOCIAAL_FUNCTIONEREN("psychisch_en_sociaal_functioneren"),
    PREVENTIEVE_GEZONDHEIDSZORG("preventieve_gezondheidszorg");

    private final String code;

    Domain(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
