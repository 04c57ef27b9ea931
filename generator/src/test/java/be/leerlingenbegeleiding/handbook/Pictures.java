package be.leerlingenbegeleiding.handbook;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small real pictures for fixtures built in a test. */
public final class Pictures {
    /** A 4×4 red PNG. */
    public static final byte[] PNG = encode("png");
    /** A 4×4 red JPEG. */
    public static final byte[] JPEG = encode("jpeg");
    /** A 4×4 red GIF. */
    public static final byte[] GIF = encode("gif");

    private Pictures() {
    }

    private static byte[] encode(String format) {
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 4; x++) for (int y = 0; y < 4; y++) img.setRGB(x, y, 0xCC0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) throw new IllegalStateException("no writer for " + format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
