/**
 * The {@code handbook} command line (picocli): one command per user task, user errors printed
 * once with their tip, and named exit codes ({@link be.leerlingenbegeleiding.handbook.cli.ExitCode}).
 *
 * <p>Uses every other package; nothing uses it.
 */
package be.leerlingenbegeleiding.handbook.cli;
