/**
 * The live preview ({@code handbook serve}): the JDK's HTTP server on loopback, a file watcher
 * that rebuilds what changed, server-sent events that reload open pages, PDFs made when opened,
 * and problems shown over the page with file, line and tip.
 *
 * <p>Uses the pipeline ({@code build}) and what it renders; nothing uses this package but the CLI
 * and the benchmark.
 */
package be.leerlingenbegeleiding.handbook.serve;
