package be.leerlingenbegeleiding.handbook.model;

/** Whether the handbook is a draft or has been adopted. */
public enum Status implements Coded {
    CONCEPT("concept"),
    VASTGESTELD("vastgesteld");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
