/**
 * {@code handbook benchmark}: medians of building the website and the PDFs, warm, and of the live
 * preview's save-to-new-page loop, each beside a baseline measured in the same run. The larger
 * comparisons (other generators, batches of schools) live in the {@code bench} module.
 *
 * <p>Uses {@code pipeline}, {@code render} and {@code serve}; only the CLI uses it.
 */
package be.leerlingenbegeleiding.handbook.benchmark;
