package be.leerlingenbegeleiding.handbook.model;

/** The three clusters of the counsellor's work: policy, pupil problems, support of the school team. */
public enum TaskCluster implements Coded {
    BELEID("beleid"),
    LEERLINGEN("leerlingen"),
    SCHOOLTEAM("schoolteam");

    private final String code;

    TaskCluster(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
