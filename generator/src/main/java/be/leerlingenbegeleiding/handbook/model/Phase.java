package be.leerlingenbegeleiding.handbook.model;

/**
 * The phases of the care continuum (art. 123/23), and the individually adapted curriculum beyond
 * them. CLBs, leersteuncentra and schools number them 0–3 ("fase 2"), so readers get the number
 * beside the name.
 */
public enum Phase implements Coded {
    BREDE_BASISZORG("brede_basiszorg", 0),
    VERHOOGDE_ZORG("verhoogde_zorg", 1),
    UITBREIDING_VAN_ZORG("uitbreiding_van_zorg", 2),
    IAC("iac", 3);

    private final String code;
    private final int number;

    Phase(String code, int number) {
        this.code = code;
        this.number = number;
    }

    /** The number the field gives the phase: 0 for brede basiszorg up to 3 for the IAC. */
    public int number() {
        return number;
    }

    @Override
    public String code() {
        return code;
    }
}
