package be.leerlingenbegeleiding.handbook.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Decides how each table of a printed page is set, from what it holds. The PDF renderer does not
 * wrap a table that is wider than the line: it draws the last columns past the edge of the
 * paper. So every table is measured with the fonts it is printed in, before rendering:
 * <ul>
 * <li>a table that fits the portrait text block stays in the text (and is kept on one page when
 *     it is short);</li>
 * <li>a table that does not fit, or a table with many columns that runs over more than a page,
 *     gets landscape pages of its own ({@code div.breed}, named page {@code breed} in druk.css);</li>
 * <li>a table too wide even for landscape is set stacked: each row a block of "header: value"
 *     lines, so no column can be lost.</li>
 * </ul>
 * The numbers follow druk.css; keep them together when the print layout changes.
 */
final class PrintTables {
    private static final double MM = 72 / 25.4;
    /** Text block widths: A4 minus 20 mm left and right margins. */
    static final double PORTRAIT_WIDTH = (210 - 40) * MM;
    static final double LANDSCAPE_WIDTH = (297 - 40) * MM;
    /** Text block height of a portrait page: A4 minus 22 mm top and 20 mm bottom margins. */
    static final double PORTRAIT_HEIGHT = (297 - 42) * MM;
    /** Cell padding (1.8 mm a side) and border, per column. */
    private static final double CELL_EXTRA = 3.6 * MM + 0.75;
    /** Cell padding (1.2 mm top and bottom) and border, per row. */
    private static final double ROW_EXTRA = 2.4 * MM + 0.75;
    private static final double LINE_HEIGHT = 1.45;
    /** A few points of slack: the measure ignores kerning and rounding in the renderer. */
    private static final double SLACK = 6;
    /** From this many columns on, a table that runs over pages reads better across a landscape page. */
    private static final int MANY_COLUMNS = 5;
    /** A table of at most half a page is kept whole rather than split over two pages. */
    private static final double SHORT_TABLE = 0.5;

    private static final Metrics REGULAR = Metrics.load("LiberationSans-Regular.ttf");
    private static final Metrics BOLD = Metrics.load("LiberationSans-Bold.ttf");

    /** How a table is printed. */
    enum Layout { PORTRAIT, LANDSCAPE, STACKED }

    private PrintTables() {
    }

    /** Sets every table under {@code root} in the layout its content needs. */
    static void arrange(Element root) {
        for (Element table : root.select("table")) {
            // A table inside a table is measured as part of its cell.
            if (table.parent() == null || table.parent().closest("table") != null) continue;
            switch (layout(table)) {
                case LANDSCAPE -> landscape(table);
                case STACKED -> stack(table);
                case PORTRAIT -> {
                    // The wrapper holds the caption too: the renderer sets a caption outside the
                    // table's own box, so "avoid" on the table alone could leave it behind.
                    if (measure(table).height() < SHORT_TABLE * PORTRAIT_HEIGHT) table.wrap("<div class=\"heel\"></div>");
                    else titleBefore(table);
                }
            }
        }
    }

    /**
     * Puts a table on landscape pages, with the heading right above it: the page change would
     * otherwise leave that heading alone on a page.
     */
    private static void landscape(Element table) {
        table.wrap("<div class=\"breed\"></div>");
        Element wrapper = table.parent();
        Element before = wrapper.previousElementSibling();
        while (before != null && before.tagName().matches("h[1-6]")) {
            Element heading = before;
            before = before.previousElementSibling();
            wrapper.prependChild(heading);
        }
    }

    /**
     * A table that may break gets its caption as a title just before it: the renderer keeps a
     * block with the block after it, but leaves a caption behind at the foot of a page when the
     * table's first row moves on.
     */
    private static void titleBefore(Element table) {
        Element caption = table.selectFirst("caption");
        if (caption == null || caption.parent() != table) return;
        Element title = new Element("p").addClass("tabel-titel");
        title.appendChildren(caption.childNodesCopy());
        if (caption.hasAttr("id")) title.attr("id", caption.id());
        caption.remove();
        table.before(title);
        // The renderer starts a new page when less than this is left, so that the title and the
        // header row never stand at a page's foot without the first row. The estimate is rough
        // (labels in a narrow column wrap more than measured): twice it, but never more than
        // half a page, which is what a new page costs at worst.
        long points = Math.round(Math.min(2 * measure(table).opening() + 20, PORTRAIT_HEIGHT / 2));
        title.attr("style", "-fs-page-break-min-height: " + points + "pt");
    }

    /** The layout a table needs, from its measured widths and estimated height. */
    static Layout layout(Element table) {
        Measure m = measure(table);
        if (m.min() > LANDSCAPE_WIDTH - SLACK) return Layout.STACKED;
        if (m.min() > PORTRAIT_WIDTH - SLACK) return Layout.LANDSCAPE;
        if (m.columns() >= MANY_COLUMNS && m.height() > PORTRAIT_HEIGHT) return Layout.LANDSCAPE;
        return Layout.PORTRAIT;
    }

    /**
     * @param min the narrowest the table can be: per column its longest word (or unbreakable run)
     * @param height the estimated height in portrait, with columns shared as an automatic table
     *        layout does
     */
    /**
     * @param opening the estimated height of the caption, the header rows and the first body row:
     *     what must fit at the foot of a page for the table to start there
     */
    record Measure(int columns, double min, double max, double height, double opening) {
    }

    static Measure measure(Element table) {
        List<List<Cell>> rows = new ArrayList<>();
        int columns = 0;
        int firstBody = -1;
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) continue;
            if (firstBody < 0 && tr.closest("thead") == null) firstBody = rows.size();
            List<Cell> row = new ArrayList<>();
            for (Element c : tr.children()) {
                if (c.tagName().equals("td") || c.tagName().equals("th")) row.add(cell(c, table));
            }
            columns = Math.max(columns, row.size());
            rows.add(row);
        }
        double[] min = new double[columns];
        double[] max = new double[columns];
        for (List<Cell> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                // A cell spanning columns gives no width to one column alone.
                if (row.get(i).span() > 1) continue;
                min[i] = Math.max(min[i], row.get(i).min());
                max[i] = Math.max(max[i], row.get(i).max());
            }
        }
        double minSum = columns * CELL_EXTRA;
        double maxSum = columns * CELL_EXTRA;
        for (int i = 0; i < columns; i++) {
            minSum += min[i];
            maxSum += max[i];
        }
        // Widths as an automatic table layout shares them: each column its minimum, the rest of
        // the line in proportion to how much more each would like.
        double[] width = new double[columns];
        double spare = Math.max(0, PORTRAIT_WIDTH - minSum);
        double wish = 0;
        for (int i = 0; i < columns; i++) wish += max[i] - min[i];
        for (int i = 0; i < columns; i++) {
            width[i] = min[i] + (wish <= 0 ? 0 : spare * (max[i] - min[i]) / wish);
            if (maxSum <= PORTRAIT_WIDTH) width[i] = max[i];
        }
        double height = table.selectFirst("caption") == null ? 0 : 14;
        double opening = height;
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = rows.get(r);
            double tallest = 0;
            for (int i = 0; i < row.size(); i++) {
                Cell c = row.get(i);
                double w = c.span() > 1 ? PORTRAIT_WIDTH : Math.max(1, width[i]);
                double h = 0;
                for (double line : c.lines()) h += Math.max(1, Math.ceil(line / w)) * c.size() * LINE_HEIGHT;
                tallest = Math.max(tallest, h);
            }
            height += tallest + ROW_EXTRA;
            if (r <= firstBody) opening = height;
        }
        return new Measure(columns, minSum, maxSum, height, opening);
    }

    /** A cell's widths in points: its longest unbreakable run, and each of its lines unbroken. */
    private record Cell(double min, double max, List<Double> lines, double size, int span) {
    }

    private static Cell cell(Element c, Element table) {
        boolean header = c.tagName().equals("th");
        double size = table.hasClass("matrix") ? 8.5 : 9.5;
        List<Double> lines = new ArrayList<>();
        double[] min = {0};
        // In print each label stands on a line of its own (druk.css); the rest of the cell flows.
        StringBuilder rest = new StringBuilder();
        for (Node n : c.childNodes()) collect(n, header, size, lines, min, rest);
        if (!rest.toString().isBlank()) lines.add(width(rest.toString().strip(), header, size));
        double max = lines.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        int span = 1;
        try {
            span = Math.max(1, Integer.parseInt(c.attr("colspan").isEmpty() ? "1" : c.attr("colspan")));
        } catch (NumberFormatException e) {
            span = 1;
        }
        return new Cell(min[0], max, lines, size, span);
    }

    private static void collect(Node n, boolean bold, double size, List<Double> lines, double[] min, StringBuilder rest) {
        if (n instanceof TextNode t) {
            rest.append(t.text());
            for (String word : t.text().split("\\s+")) min[0] = Math.max(min[0], width(word, bold, size));
        } else if (n instanceof Element e) {
            if (e.hasClass("visueel-verborgen")) return;
            boolean b = bold || e.tagName().matches("strong|b|th");
            if (e.hasClass("label")) {
                String text = e.text();
                lines.add(width(text, b, 8.5));
                for (String word : text.split("\\s+")) min[0] = Math.max(min[0], width(word, b, 8.5) + 1.2 * 2 * MM);
                return;
            }
            if (e.isBlock() && !rest.toString().isBlank()) {
                lines.add(width(rest.toString().strip(), bold, size));
                rest.setLength(0);
            }
            for (Node child : e.childNodes()) collect(child, b, size, lines, min, rest);
        }
    }

    private static double width(String text, boolean bold, double size) {
        return (bold ? BOLD : REGULAR).width(text) * size;
    }

    /**
     * A table too wide for any page, as a list of blocks: the caption, then per row its cells,
     * each named by its column header. Row headers head their block.
     */
    private static void stack(Element table) {
        List<String> heads = new ArrayList<>();
        Element headRow = table.selectFirst("thead tr");
        if (headRow != null) for (Element th : headRow.children()) heads.add(th.text());
        Element stacked = new Element("div").addClass("gestapeld");
        if (table.hasAttr("id")) stacked.attr("id", table.id());
        Element caption = table.selectFirst("caption");
        if (caption != null) stacked.appendElement("p").addClass("gestapeld-titel").appendChildren(caption.childNodesCopy());
        for (Element tr : table.select("tr")) {
            if (tr.parent() != null && tr.parent().tagName().equals("thead")) continue;
            if (tr.closest("table") != table) continue;
            Element block = stacked.appendElement("div").addClass("gestapeld-rij");
            // Links to a row (a task) still arrive.
            if (tr.hasAttr("id")) block.attr("id", tr.id());
            Element dl = null;
            int col = 0;
            for (Element c : tr.children()) {
                if (c.tagName().equals("th") && c.attr("scope").equals("row")) {
                    block.appendElement("p").addClass("gestapeld-kop").appendChildren(c.childNodesCopy());
                } else {
                    if (dl == null) dl = block.appendElement("dl");
                    String head = col < heads.size() ? heads.get(col) : "";
                    dl.appendElement("dt").text(head);
                    dl.appendElement("dd").appendChildren(c.childNodesCopy());
                }
                col += 1;
            }
        }
        table.replaceWith(stacked);
    }

    /** Advance widths of one font, per point of font size. */
    private record Metrics(TrueTypeFont font, CmapLookup cmap, float unitsPerEm) {
        static Metrics load(String file) {
            try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(Theme.BUILT_IN.file("/liberation/" + file)));
                return new Metrics(ttf, ttf.getUnicodeCmapLookup(), ttf.getUnitsPerEm());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        synchronized double width(String text) {
            double units = 0;
            try {
                for (int i = 0; i < text.length(); ) {
                    int cp = text.codePointAt(i);
                    i += Character.charCount(cp);
                    units += font.getAdvanceWidth(cmap.getGlyphId(cp));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return units / unitsPerEm;
        }
    }
}
