package be.leerlingenbegeleiding.handbook.model;

/**
 * A part of the handbook with its own {@code herziening}: a file such as {@code visie.yaml}, a
 * function description or a page. The site shows the review on the part's page; the compliance
 * check warns when it is overdue.
 */
public interface Reviewed {
    /** The part's review, or null when it has none. */
    Review review();
}
