package be.leerlingenbegeleiding.handbook.model;

/**
 * The situation a crisis protocol is for. The first three are the ones every handbook needs a
 * protocol for (rule R16); {@code ander} is for what a school adds (a fire, a pupil gone missing).
 */
public enum CrisisKind implements Coded {
    SUICIDERISICO("suiciderisico"),
    KINDERMISHANDELING("kindermishandeling"),
    OVERLIJDEN("overlijden"),
    ERNSTIG_INCIDENT("ernstig-incident"),
    ANDER("ander");

    private final String code;

    CrisisKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
