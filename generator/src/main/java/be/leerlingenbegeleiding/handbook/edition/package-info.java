/**
 * Editions: a handbook cut into the parts a reader thinks in (one role, one task, one agreement,
 * one section of a page), and what changed between two editions part by part
 * ({@code handbook wijzigingen}, and the upgrade report). An earlier edition is a folder or a
 * git revision of the repository the handbook lives in.
 *
 * <p>Uses {@code load} (the merged documents), {@code model} and {@code diag}; used by the command
 * line and the authoring tools.
 */
package be.leerlingenbegeleiding.handbook.edition;
