/**
 * Stages 1–3, load, merge and bind: reads a handbook folder (YAML with positions, Markdown with
 * front matter) safely and within limits, lays it over its templates ({@code sjabloon:},
 * {@code !vast}, {@code !invullen}, {@code !verwijderd}, {@code !aanvullen}), fills {@code {{school}}}-style names,
 * and binds the result to the immutable records of {@code model}. Every problem is a diagnostic
 * with file, line and column; nothing is skipped silently.
 *
 * <p>Uses {@code model} and {@code diag} only.
 */
package be.leerlingenbegeleiding.handbook.load;
