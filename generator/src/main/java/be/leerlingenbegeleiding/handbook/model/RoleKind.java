package be.leerlingenbegeleiding.handbook.model;

/** Whether an actor belongs to the school or comes from outside. */
public enum RoleKind implements Coded {
    INTERN("intern"),
    EXTERN("extern");

    private final String code;

    RoleKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
