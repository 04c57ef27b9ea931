package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder {@code afbeeldingen/} is published as it is, so it holds pictures only, judged by
 * their content: PNG, JPEG, GIF, WebP, and SVG without anything that runs or loads from
 * elsewhere. Anything else is HB041, named by file, in the school's folder and its template's.
 */
class ImagesTest {
    private static final String SVG_NS = "xmlns=\"http://www.w3.org/2000/svg\"";

    @TempDir
    Path tmp;

    private Path school() throws IOException {
        Path book = tmp.resolve("inhoud/school");
        if (!Files.exists(book)) Fixtures.copyTree(Fixtures.resources().resolve("geldig/minimaal"), book);
        return book;
    }

    private void picture(String path, byte[] bytes) throws IOException {
        Path p = school().resolve(path);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    private void picture(String path, String text) throws IOException {
        picture(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private String refused(String file) throws IOException {
        Fixtures.Run run = Fixtures.run("check", school().toString());
        String err = run.err().replace(school() + "/", "");
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), err);
        assertTrue(err.contains(file + ": fout[HB041]: '" + file + "'"), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception"), err);
        return err;
    }

    @Test
    void aWebPageRenamedToPngIsRefused() throws IOException {
        picture("afbeeldingen/plan.png", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
        assertTrue(refused("afbeeldingen/plan.png").contains("(de inhoud is geen PNG)"));
    }

    @Test
    void anSvgWithAScriptIsRefused() throws IOException {
        picture("afbeeldingen/logo.svg", "<svg " + SVG_NS + "><script>alert(1)</script><circle r=\"4\"/></svg>");
        assertTrue(refused("afbeeldingen/logo.svg").contains("<script>"));
    }

    @Test
    void anSvgWithAnEventHandlerIsRefused() throws IOException {
        picture("afbeeldingen/logo.svg", "<svg " + SVG_NS + " onload=\"alert(1)\"><circle r=\"4\"/></svg>");
        assertTrue(refused("afbeeldingen/logo.svg").contains("onload"));
    }

    @Test
    void anSvgThatLoadsFromElsewhereOrLinksToScriptIsRefused() throws IOException {
        picture("afbeeldingen/a.svg", "<svg " + SVG_NS + " xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<image xlink:href=\"https://example.org/x.png\"/></svg>");
        picture("afbeeldingen/b.svg", "<svg " + SVG_NS + "><a href=\" java\tscript:alert(1)\"><text>x</text></a></svg>");
        picture("afbeeldingen/c.svg", "<svg " + SVG_NS + "><foreignObject><p>x</p></foreignObject></svg>");
        picture("afbeeldingen/d.svg", "<svg " + SVG_NS + "><style>@import url(https://example.org/s.css);</style></svg>");
        picture("afbeeldingen/e.svg", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg " + SVG_NS + "><text>&x;</text></svg>");
        picture("afbeeldingen/f.svg", "<svg " + SVG_NS + "><set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>");
        String err = refused("afbeeldingen/a.svg");
        for (String f : new String[] {"b", "c", "d", "e", "f"}) {
            assertTrue(err.contains("afbeeldingen/" + f + ".svg: fout[HB041]"), err);
        }
        assertFalse(err.contains("root:"), "the file named by the entity is never read:\n" + err);
    }

    @Test
    void aNameThatIsNotAPictureIsRefusedWhateverItHolds() throws IOException {
        picture("afbeeldingen/plan.html", Pictures.PNG);
        refused("afbeeldingen/plan.html");
    }

    @Test
    void aTemplatesPicturesAreCheckedToo() throws IOException {
        Path template = tmp.resolve("inhoud/sjabloon");
        Fixtures.copyTree(Fixtures.resources().resolve("geldig/minimaal"), template);
        Fixtures.write(template, "afbeeldingen/logo.svg", "<svg " + SVG_NS + " onload=\"alert(1)\"/>");
        Fixtures.write(school(), "handboek.yaml", "titel: Ons beleid\nstatus: concept\nsjabloon: ../sjabloon\n");
        Fixtures.Run run = Fixtures.run("check", school().toString());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("sjabloon/afbeeldingen/logo.svg: fout[HB041]"), run.err());
    }

    @Test
    void realPicturesAndACleanSvgPass() throws IOException {
        picture("afbeeldingen/plan.png", Pictures.PNG);
        picture("afbeeldingen/foto.jpg", Pictures.JPEG);
        picture("afbeeldingen/map/anim.gif", Pictures.GIF);
        picture("afbeeldingen/klein.webp", webp());
        picture("afbeeldingen/logo.svg", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                + "<svg " + SVG_NS + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">"
                + "<defs><linearGradient id=\"g\"/></defs><style>.a { fill: url(#g); }</style>"
                + "<circle class=\"a\" r=\"4\"/><use xlink:href=\"#g\"/>"
                + "<image href=\"data:image/png;base64,iVBORw0KGgo=\"/><a href=\"https://example.org\"><text>x</text></a></svg>");
        picture("afbeeldingen/.DS_Store", "not a picture, not published");
        Fixtures.Run run = Fixtures.run("check", school().toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertFalse(run.err().contains("HB041"), run.err());
    }

    /** The smallest lossless WebP: a RIFF header with a VP8L chunk for one pixel. */
    private static byte[] webp() {
        return new byte[] {'R', 'I', 'F', 'F', 26, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L', 13, 0, 0, 0,
            0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, (byte) 0x88, (byte) 0x88, (byte) 0xfe, 0x07, 0};
    }
}
