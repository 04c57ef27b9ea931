/**
 * The generated figures of the site and the PDFs: the responsibility matrix, the guidance team,
 * the care continuum and a function's time split, as inline SVG.
 *
 * <p>A package of its own because the figures are a world apart from the pages: layout
 * arithmetic (text wrapping, label placement), an SVG writer and a print look, none of which
 * another part of the generator needs. Its public surface is {@link
 * be.leerlingenbegeleiding.handbook.render.figure.Figures} (the four figures and the matrix
 * data), the {@link be.leerlingenbegeleiding.handbook.render.figure.Texts} it reads its words
 * from, the matrix records templates read, and {@link
 * be.leerlingenbegeleiding.handbook.render.figure.Medium} (screen or print). Everything else,
 * one file per figure on a shared writer ({@code Svg}), text measure ({@code TextMetrics}) and
 * print look ({@code PrintLook}), stays package-private.
 *
 * <p>It may use the model and {@code diag.Messages}, never {@code render}: the render package
 * calls in here and hands over the labels and the theme's colours, so there is no cycle.
 *
 * <p>Colours have one home, the theme's {@code assets/figuren.css}: the site's figures carry
 * classes only, and the print colours are read from that stylesheet's {@code @media print}
 * block ({@link be.leerlingenbegeleiding.handbook.render.figure.Palette}), so a school's theme
 * stays a plain stylesheet it can replace.
 */
package be.leerlingenbegeleiding.handbook.render.figure;
