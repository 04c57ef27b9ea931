/**
 * Stage 4, validate: checks the bound model across files (every role reference resolves, ids are
 * unique, links and pictures stay inside the handbook, Markdown is safe and not too deep) and
 * reports what it finds as diagnostics.
 *
 * <p>Uses {@code model}, {@code diag} and the loader's positions ({@code load}).
 */
package be.leerlingenbegeleiding.handbook.validate;
