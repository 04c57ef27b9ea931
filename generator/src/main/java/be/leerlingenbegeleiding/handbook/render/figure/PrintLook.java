package be.leerlingenbegeleiding.handbook.render.figure;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What figuren.css gives an element of a figure when printed, as an inline style: the PDF
 * renderer draws SVG with Batik, which neither sees the page's stylesheet as a browser does
 * nor knows CSS custom properties, and an inline style also wins over any page rule the
 * renderer copies in. The colours come from the stylesheet itself ({@link Palette}); how each
 * kind of shape uses them follows its rules, which FiguresTest applies by hand to check.
 * A class this table does not know fails loudly instead of printing unstyled.
 */
final class PrintLook {
    /** The family the PDF embeds, regular (400) and bold (700); the figures use no other face. */
    static final String FONT_FAMILY = "Liberation Sans";

    /** Classes that say how a shape or text uses its colour; colour classes are looked up apart. */
    private static final Set<String> SHAPE_CLASSES = Set.of("fig-achtergrond", "fig-tekst", "fig-vet", "fig-getal",
            "fig-label", "fig-naam", "fig-band", "fig-raster", "fig-as", "fig-as-punt", "fig-streep", "fig-staaf",
            "fig-vak", "fig-vak-leeg", "fig-niveau-1", "fig-niveau-2", "fig-niveau-3", "fig-niveau-4", "fig-stip",
            "fig-aan", "fig-uit", "fig-laag", "fig-apart", "fig-zone-kern", "fig-zone-aansluitend", "fig-punt",
            "fig-kern", "fig-aansluitend", "fig-verbinding");

    private static final String[] LEVEL_OPACITY = {"0.2", "0.45", "0.7", "1"};

    private PrintLook() {
    }

    /** The style attribute's value for an element with these classes, properties in a fixed order. */
    static String style(Palette palette, String element, String classAttr, double fontSize) {
        StringBuilder style = new StringBuilder();
        for (Map.Entry<String, String> e : look(palette, element, classAttr, fontSize).entrySet()) {
            if (style.length() > 0) style.append(';');
            style.append(e.getKey()).append(':').append(e.getValue());
        }
        return style.toString();
    }

    private static Map<String, String> look(Palette palette, String element, String classAttr, double fontSize) {
        Set<String> cls = new LinkedHashSet<>();
        for (String c : (classAttr == null ? "" : classAttr.strip()).split("\\s+")) {
            if (!c.isEmpty()) cls.add(c);
        }
        // A domain or phase class names the colour; the shape's own class says how to use it.
        String colour = null;
        String pale = null;
        for (String c : cls) {
            if (c.startsWith("fig-domein-") || c.equals("fig-neutraal")) {
                colour = palette.colour(c.substring("fig-".length()));
            } else if (c.startsWith("fig-fase-")) {
                colour = palette.colour(c.substring("fig-".length()));
                pale = palette.colour(c.substring("fig-".length()) + "-vlak");
            } else if (!SHAPE_CLASSES.contains(c)) {
                throw new IllegalArgumentException("no print look for class \"" + c + "\" on <" + element + ">");
            }
        }
        Map<String, String> p = new LinkedHashMap<>();
        if (element.equals("text")) {
            p.put("fill", palette.colour("tekst"));
            p.put("font-family", "'" + FONT_FAMILY + "'");
            p.put("font-size", Svg.n(fontSize) + "px");
            p.put("font-weight", cls.contains("fig-vet") ? "700" : "400");
            p.put("font-style", "normal");
            return p;
        }
        String where = "<" + element + " class=\"" + classAttr + "\">";
        ground(palette, cls, p);
        marks(palette, cls, need(colour, where, cls), p);
        if (cls.contains("fig-laag")) {
            p.put("fill", need(pale, where));
            stroke(p, colour, "2", cls.contains("fig-apart") ? "7 4" : null);
        }
        team(palette, cls, p);
        if (p.isEmpty()) throw new IllegalArgumentException("no print look for " + where);
        return p;
    }

    /** The background, bands, gridlines and axes: fixed colours of the palette. */
    private static void ground(Palette palette, Set<String> cls, Map<String, String> p) {
        if (cls.contains("fig-achtergrond")) p.put("fill", palette.colour("achtergrond"));
        if (cls.contains("fig-band")) p.put("fill", palette.colour("band"));
        if (cls.contains("fig-raster")) stroke(p, palette.colour("raster"), "1", null);
        if (cls.contains("fig-as")) stroke(p, palette.colour("lijn"), "1.5", null);
        if (cls.contains("fig-as-punt")) p.put("fill", palette.colour("lijn"));
    }

    /** Stripes, bars, cells and dots in the colour of their domain or phase. */
    private static void marks(Palette palette, Set<String> cls, String colour, Map<String, String> p) {
        if (cls.contains("fig-streep") || cls.contains("fig-staaf")) p.put("fill", colour);
        if (cls.contains("fig-vak")) {
            p.put("fill", colour);
            for (int level = 1; level <= 4; level++) {
                if (cls.contains("fig-niveau-" + level)) p.put("fill-opacity", LEVEL_OPACITY[level - 1]);
            }
            stroke(p, colour, "1.5", null);
        }
        if (cls.contains("fig-vak-leeg")) {
            p.put("fill", "none");
            stroke(p, palette.colour("raster"), null, "3 3");
        }
        if (cls.contains("fig-stip") && cls.contains("fig-aan")) {
            p.put("fill", colour);
            stroke(p, colour, "1.5", null);
        }
        if (cls.contains("fig-stip") && cls.contains("fig-uit")) {
            p.put("fill", "none");
            stroke(p, palette.colour("uit"), "1.5", null);
        }
    }

    /** The guidance team's zones, dots and connecting lines, in its neutral colours. */
    private static void team(Palette palette, Set<String> cls, Map<String, String> p) {
        if (cls.contains("fig-zone-kern")) {
            p.put("fill", palette.colour("kern-vlak"));
            stroke(p, palette.colour("kern"), "1.5", null);
        }
        if (cls.contains("fig-zone-aansluitend")) {
            p.put("fill", palette.colour("aansluitend-vlak"));
            stroke(p, palette.colour("aansluitend"), "1.5", "6 5");
        }
        if (cls.contains("fig-punt") && cls.contains("fig-kern")) {
            p.put("fill", palette.colour("kern"));
            stroke(p, palette.colour("kern"), "2", null);
        }
        if (cls.contains("fig-punt") && cls.contains("fig-aansluitend")) {
            p.put("fill", palette.colour("achtergrond"));
            stroke(p, palette.colour("kern"), "2.5", null);
        }
        if (cls.contains("fig-verbinding")) {
            p.put("fill", "none");
            stroke(p, palette.colour("lijn"), "1", null);
        }
    }

    private static void stroke(Map<String, String> p, String colour, String width, String dashes) {
        p.put("stroke", colour);
        if (width != null) p.put("stroke-width", width);
        if (dashes != null) p.put("stroke-dasharray", dashes);
    }

    /** The colour a mark needs; only asked for when the mark is one that uses it. */
    private static String need(String colour, String where, Set<String> cls) {
        boolean uses = cls.contains("fig-streep") || cls.contains("fig-staaf") || cls.contains("fig-vak")
                || (cls.contains("fig-stip") && cls.contains("fig-aan"));
        return uses ? need(colour, where) : colour;
    }

    private static String need(String colour, String where) {
        if (colour == null) throw new IllegalArgumentException("no domain or phase colour on " + where);
        return colour;
    }
}
