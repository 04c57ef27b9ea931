/**
 * Tools for the people who write handbooks and templates, outside the build: {@code init} (a new
 * school on a template, with only what it must fill in), {@code new} (a role, function, page or
 * practice example with a Dutch comment per key), and {@code upgrade-report}/{@code upgrade}
 * (what a newer template changes for a school).
 *
 * <p>Uses {@code pipeline} to check what it writes, {@code load} and {@code model}; the report page
 * is rendered through {@code render}'s standard theme.
 */
package be.leerlingenbegeleiding.handbook.author;
