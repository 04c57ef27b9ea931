package be.leerlingenbegeleiding.handbook.model;

/**
 * What one of the school's other policies is about. A fixed set, because the subject decides
 * where the handbook shows the link: absences on the CLB page, bullying with the psychosocial
 * domain, the transfer from primary school with the care continuum.
 */
public enum PolicySubject implements Coded {
    SCHOOLREGLEMENT("schoolreglement"),
    AFWEZIGHEDEN("afwezigheden"),
    PESTEN("pesten"),
    DRUGS("drugs"),
    OVERGANG("overgang"),
    PRIVACY("privacy"),
    ANDER("ander");

    private final String code;

    PolicySubject(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
