package be.leerlingenbegeleiding.handbook;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * What is drawn where on each page of a PDF, read back with PDFBox: every glyph with its box, and
 * the extent of everything painted (text, lines, fills, pictures), in points from the top left of
 * the page as a reader holds it (a rotated page is measured turned upright).
 */
final class PdfPages {
    /** One glyph: its text and box, in points from the page's top left. */
    record Glyph(String text, double x, double top, double width, double height) {
        double right() {
            return x + width;
        }

        double bottom() {
            return top + height;
        }
    }

    /** One page: its size as seen upright, its glyphs, and the box of each thing painted (text, path, picture). */
    record Page(int number, double width, double height, List<Glyph> glyphs, List<Rectangle2D> marks, String text) {
        boolean landscape() {
            return width > height;
        }
    }

    private PdfPages() {
    }

    static List<Page> read(PDDocument doc) {
        try {
            List<Page> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) pages.add(page(doc, i));
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Page page(PDDocument doc, int number) throws IOException {
        PDPage page = doc.getPage(number - 1);
        PDRectangle crop = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        double width = turned ? crop.getHeight() : crop.getWidth();
        double height = turned ? crop.getWidth() : crop.getHeight();
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                for (TextPosition t : positions) {
                    if (t.getUnicode() == null || t.getUnicode().isBlank()) continue;
                    // "DirAdj" values are relative to the upright page, so rotation is accounted for.
                    glyphs.add(new Glyph(t.getUnicode(), t.getXDirAdj() - crop.getLowerLeftX(),
                            t.getYDirAdj() - t.getHeightDir(), t.getWidthDirAdj(), t.getHeightDir()));
                }
                super.writeString(text, positions);
            }
        };
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        String text = stripper.getText(doc);
        List<Rectangle2D> marks = new ArrayList<>();
        for (Glyph g : glyphs) marks.add(new Rectangle2D.Double(g.x(), g.top(), g.width(), g.height()));
        Painter painter = new Painter(page);
        painter.processPage(page);
        // Device space has its origin at the bottom left; turn it to top-down like the glyphs.
        // (The generator never rotates pages; a rotated page is measured by its text alone.)
        if (!turned) {
            for (Rectangle2D b : painter.boxes) {
                marks.add(new Rectangle2D.Double(b.getX() - crop.getLowerLeftX(),
                        crop.getUpperRightY() - b.getMaxY(), b.getWidth(), b.getHeight()));
            }
        }
        return new Page(number, width, height, List.copyOf(glyphs), List.copyOf(marks), text);
    }

    private static Rectangle2D union(Rectangle2D a, Rectangle2D b) {
        if (a == null) return b;
        Rectangle2D r = new Rectangle2D.Double();
        Rectangle2D.union(a, b, r);
        return r;
    }

    /** The text of one marked-content sequence and how far down the page it reaches. */
    record Marked(String text, double top, double bottom) {
        Marked plus(Marked o) {
            return new Marked(text + o.text, Math.min(top, o.top), Math.max(bottom, o.bottom));
        }
    }

    /**
     * Each marked-content sequence of a page by its id (MCID), what the tagged structure points
     * at: its text, and the top and bottom of its glyphs in points from the top of the page.
     */
    static Map<Integer, Marked> markedText(PDPage page) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, Marked> marked = new HashMap<>();
        for (var mc : extractor.getMarkedContents()) collect(mc, marked);
        return marked;
    }

    private static void collect(org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent mc, Map<Integer, Marked> into) {
        StringBuilder b = new StringBuilder();
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) {
                b.append(t.getUnicode());
                top = Math.min(top, t.getYDirAdj() - t.getHeightDir());
                bottom = Math.max(bottom, t.getYDirAdj());
            } else if (o instanceof org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent inner) {
                collect(inner, into);
            }
        }
        if (mc.getMCID() >= 0) into.merge(mc.getMCID(), new Marked(b.toString(), top, bottom), Marked::plus);
    }

    /** Collects the bounding box of every painted path and picture of a page, in device space. */
    private static final class Painter extends PDFGraphicsStreamEngine {
        private final List<Point2D> path = new ArrayList<>();
        private Point2D current = new Point2D.Double();
        final List<Rectangle2D> boxes = new ArrayList<>();

        Painter(PDPage page) {
            super(page);
        }

        private void paint() {
            Rectangle2D box = null;
            for (Point2D p : path) box = union(box, new Rectangle2D.Double(p.getX(), p.getY(), 0, 0));
            if (box != null) boxes.add(box);
            path.clear();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.addAll(List.of(p0, p1, p2, p3));
        }

        @Override
        public void drawImage(PDImage image) {
            Matrix m = getGraphicsState().getCurrentTransformationMatrix();
            for (double[] c : new double[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
                path.add(m.transformPoint((float) c[0], (float) c[1]));
            }
            paint();
        }

        @Override
        public void clip(int windingRule) {
            // A clip paints nothing; the path it was built from is dropped at the next endPath.
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
            path.add(current);
        }

        @Override
        public void lineTo(float x, float y) {
            current = new Point2D.Float(x, y);
            path.add(current);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
            path.add(new Point2D.Float(x1, y1));
            path.add(new Point2D.Float(x2, y2));
            path.add(current);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void strokePath() {
            paint();
        }

        @Override
        public void fillPath(int windingRule) {
            paint();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            paint();
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
