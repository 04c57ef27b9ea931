package be.leerlingenbegeleiding.handbook.model;

/** Whether the website carries the compliance report, and how. */
public enum ReportVisibility implements Coded {
    /** Made, but marked internal: not in the menu, the search or the sitemap, and not indexed. */
    INTERN("intern"),
    /** Made and listed like any other page. */
    OPENBAAR("openbaar"),
    /** Not made. */
    WEGLATEN("weglaten");

    private final String code;

    ReportVisibility(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
