package be.leerlingenbegeleiding.handbook.model;

/** How bad it is when a compliance rule is not met; {@code uit} switches the rule off. */
public enum RuleSeverity implements Coded {
    FOUT("fout"),
    WAARSCHUWING("waarschuwing"),
    INFO("info"),
    UIT("uit");

    private final String code;

    RuleSeverity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
