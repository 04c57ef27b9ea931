package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.model.Handbook;

/**
 * The HTML the generator hands to the PDF renderer for the whole handbook, so that another PDF
 * tool can be fed exactly the same document. Lives in the generator's package because
 * {@code PrintBook} is package-private; it only works on the class path (no modules).
 */
public final class PrintHtml {
    private PrintHtml() {
    }

    public static String handbook(Handbook h) {
        Labels l = Labels.of(h.metadata().language());
        return new PrintBook(h, l, SitePlan.of(h, l), Templates.of(h)).handbook();
    }
}
