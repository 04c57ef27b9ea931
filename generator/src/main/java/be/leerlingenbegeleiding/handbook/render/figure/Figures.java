package be.leerlingenbegeleiding.handbook.render.figure;

import be.leerlingenbegeleiding.handbook.model.CareContinuum;
import be.leerlingenbegeleiding.handbook.model.Domain;
import be.leerlingenbegeleiding.handbook.model.GuidanceTeam;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Share;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The four generated figures, as inline SVG: the responsibility matrix in summary, the guidance
 * team, the care continuum and a function's time split. Each is "" when there is nothing to
 * draw, so a template can place it unconditionally.
 *
 * <p>Built in Java rather than in a template because the layout needs arithmetic (text wrapping,
 * label placement without overlap) that FreeMarker would make unreadable. Colours are never
 * written into the site's figures: shapes carry {@code fig-…} classes and
 * {@code assets/figuren.css} colours them for light, dark and print. Only the print variant
 * ({@link Medium#print}) carries its colours inline, for the PDF renderer, which cannot use
 * that stylesheet. Output depends only on the input: no random ids, no hash order, coordinates
 * rounded to one decimal without locale.
 */
public final class Figures {
    /** Ids of the figures; one figure of each kind per page, so fixed ids are unique. */
    public static final String MATRIX_ID = "fig-matrix";
    public static final String TEAM_ID = "fig-cel";
    public static final String CONTINUUM_ID = "fig-zorgcontinuum";
    public static final String TIME_SPLIT_ID = "fig-tijd";

    /**
     * The widths of the viewBoxes. figuren.css caps each figure at this many CSS pixels, and
     * none is wider than the 48rem (768px) the theme gives a figure: at full size one user unit
     * is one CSS pixel, so the font sizes are the sizes readers get.
     */
    static final double MATRIX_WIDTH = 768;
    static final double TEAM_WIDTH = 768;
    static final double CONTINUUM_WIDTH = 720;
    static final double TIME_SPLIT_WIDTH = 640;

    /** The width of the PDF's text block in millimetres; the widest figure fills it. */
    static final double PRINT_WIDTH_MM = 170;

    private Figures() {
    }

    /**
     * The rows of the responsibility matrix: every role that has tasks, in handbook order, with
     * a cell per domain. The page's table and the summary figure both read these.
     */
    public static List<MatrixRow> matrix(Handbook h) {
        return MatrixRow.of(h);
    }

    /** The summary figure of the responsibility matrix, or "" when no role has tasks. */
    public static String responsibilityMatrix(Handbook h, Texts t, Medium medium) {
        return MatrixFigure.draw(h == null ? List.of() : matrix(h), t, medium);
    }

    /** The guidance team's rings; "" without a team or without members. */
    public static String guidanceTeam(Handbook h, Texts t, Medium medium) {
        return TeamFigure.draw(h, h == null ? null : h.guidanceTeam(), TEAM_ID, t, medium);
    }

    /** One cel's rings, with an id of its own, so that several cels can share a page. */
    public static String guidanceTeam(Handbook h, GuidanceTeam cel, String id, Texts t, Medium medium) {
        return TeamFigure.draw(h, cel, id, t, medium);
    }

    /**
     * The care continuum's stepped pyramid; without {@code roleName} a layer counts its roles
     * instead of naming them. "" without a continuum or without phases.
     */
    public static String careContinuum(CareContinuum c, Function<String, String> roleName, Texts t, Medium medium) {
        return ContinuumFigure.draw(c, roleName, t, medium);
    }

    /** A function's time split as a bar per domain; "" when empty. */
    public static String timeSplit(Map<Domain, Share> split, Texts t, Medium medium) {
        return TimeSplitFigure.draw(split, t, TIME_SPLIT_ID, null, medium);
    }

    /**
     * A second time split on the same page (the yearly agreement's planned split) needs its own
     * ids, and a caption that says which split it is.
     */
    public static String timeSplit(Map<Domain, Share> split, Texts t, String id, String caption, Medium medium) {
        return TimeSplitFigure.draw(split, t, id, caption, medium);
    }

    // The screen figures, as the tests mostly want them.

    static String responsibilityMatrix(Handbook h, Texts t) {
        return responsibilityMatrix(h, t, Medium.SCREEN);
    }

    static String guidanceTeam(Handbook h, Texts t) {
        return guidanceTeam(h, t, Medium.SCREEN);
    }

    static String careContinuum(CareContinuum c, Function<String, String> roleName, Texts t) {
        return careContinuum(c, roleName, t, Medium.SCREEN);
    }

    static String timeSplit(Map<Domain, Share> split, Texts t) {
        return timeSplit(split, t, Medium.SCREEN);
    }

    static String timeSplit(Map<Domain, Share> split, Texts t, String id, String caption) {
        return timeSplit(split, t, id, caption, Medium.SCREEN);
    }

    /** The list without its null items; a missing list is empty. */
    static <T> List<T> nonNull(List<T> list) {
        if (list == null) return List.of();
        List<T> out = new ArrayList<>(list.size());
        for (T item : list) {
            if (item != null) out.add(item);
        }
        return out;
    }
}
