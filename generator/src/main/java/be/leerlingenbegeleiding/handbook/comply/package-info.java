/**
 * Stage 5, comply: holds a valid handbook against the rules of the decree (R1–R17, kept as data in
 * {@code regels.yaml}) and a template's or school's own rules ({@code naleving.yaml}): path
 * conditions, built-in code checks, exemptions and review dates, giving a report of findings with
 * positions and the rule's legal source.
 *
 * <p>Uses {@code model}, {@code diag} and {@code load} (to read the rule file).
 */
package be.leerlingenbegeleiding.handbook.comply;
