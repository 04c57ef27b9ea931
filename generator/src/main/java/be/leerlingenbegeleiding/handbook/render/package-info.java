/**
 * Stage 6, render: turns a valid, checked handbook into its website (pages, search index,
 * sitemap, figures) and its PDFs (handbook, function descriptions, institution-bound tasks,
 * internal staff documents) through the FreeMarker theme ({@code templates/}, which a school may
 * override in {@code vormgeving/}, sandboxed), flexmark and openhtmltopdf.
 *
 * <p>Uses {@code model}, {@code diag} and the compliance report ({@code comply}); writes nothing to
 * disk itself: the pipeline writes its output atomically.
 */
package be.leerlingenbegeleiding.handbook.render;
