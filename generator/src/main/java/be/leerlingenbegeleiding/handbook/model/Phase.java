package be.leerlingenbegeleiding.handbook.model;

/** The phases of the care continuum (art. 123/23), and the individually adapted curriculum beyond them. */
public enum Phase implements Coded {
    BREDE_BASISZORG("brede_basiszorg"),
    VERHOOGDE_ZORG("verhoogde_zorg"),
    UITBREIDING_VAN_ZORG("uitbreiding_van_zorg"),
    IAC("iac");

    private final String code;

    Phase(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
