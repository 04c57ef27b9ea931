package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school's own picture reaches the handbook's PDF, and a picture wider than the page is shrunk
 * to the text column instead of running off the paper.
 */
class PdfPicturesTest {
    @TempDir
    Path tmp;

    @Test
    void aWidePictureFitsBetweenThePageMargins() throws IOException {
        Path book = tmp.resolve("content/testschool");
        Fixtures.copyTree(Fixtures.resources().resolve("geldig/minimaal"), book);
        Files.createDirectories(book.resolve("afbeeldingen"));
        Files.write(book.resolve("afbeeldingen/plan.png"), png(3000, 300));
        Fixtures.write(book, "paginas/plan.md", "---\ntitel: Plan\n---\n# Plan\n\n![Plan van de school](afbeeldingen/plan.png)\n");
        Path out = tmp.resolve("uit");
        Fixtures.Run run = Fixtures.run("build", book.toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());

        try (PDDocument doc = Loader.loadPDF(out.resolve("testschool/handboek.pdf").toFile())) {
            List<float[]> drawn = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                Images images = new Images(page);
                images.processPage(page);
                for (float[] box : images.boxes) drawn.add(new float[] {box[0], box[1], page.getMediaBox().getWidth()});
            }
            assertEquals(1, drawn.size(), "the picture is drawn once");
            float[] d = drawn.get(0);
            assertTrue(d[0] >= 30, "left edge inside the margin: " + d[0]);
            assertTrue(d[0] + d[1] <= d[2] - 30, "right edge " + (d[0] + d[1]) + " inside the margin of a page " + d[2] + " wide");
        }
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) for (int y = 0; y < height; y++) img.setRGB(x, y, x % 200 < 100 ? 0x0B3D52 : 0xFFFFFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** Where images are drawn on a page: left edge and width, in points. */
    private static final class Images extends PDFGraphicsStreamEngine {
        final List<float[]> boxes = new ArrayList<>();

        Images(PDPage page) {
            super(page);
        }

        @Override
        public void drawImage(PDImage image) {
            Matrix m = getGraphicsState().getCurrentTransformationMatrix();
            boxes.add(new float[] {m.getTranslateX(), m.getScalingFactorX()});
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
        }

        @Override
        public void fillPath(int windingRule) {
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
        }

        @Override
        public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
        }
    }
}
