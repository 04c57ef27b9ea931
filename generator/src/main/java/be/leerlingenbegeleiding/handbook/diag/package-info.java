/**
 * Diagnostics: the one type every stage reports a problem with ({@link
 * be.leerlingenbegeleiding.handbook.diag.Diagnostic}: position, code, message, tip), the problem
 * codes ({@code HB001}…), and the Dutch and English message bundles that print them as
 * {@code content/rollen.yaml:12:5: fout[HB012]: …} plus a {@code tip:}.
 *
 * <p>Uses nothing else of the generator: every other package may use it.
 */
package be.leerlingenbegeleiding.handbook.diag;
