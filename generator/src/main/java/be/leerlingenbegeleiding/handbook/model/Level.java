package be.leerlingenbegeleiding.handbook.model;

/**
 * The level of education a school offers ({@code niveau} in school.yaml), and the level a
 * compliance rule applies to. Primary and secondary schools fall under different texts of the
 * same guidance decree, so a rule may name a source per level.
 */
public enum Level implements Coded {
    SECUNDAIR("secundair"),
    BASIS("basis"),
    /** A school with both levels; for a rule: it applies to every school. */
    BEIDE("beide");

    private final String code;

    Level(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether a rule written for {@code this} level applies to a school of level {@code school}. */
    public boolean covers(Level school) {
        return this == BEIDE || school == BEIDE || this == school;
    }
}
