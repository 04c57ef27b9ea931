package be.leerlingenbegeleiding.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.Fixtures;
import be.leerlingenbegeleiding.handbook.Pictures;
import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Building a handbook never reaches the network: a picture on the web is an error in the check
 * (HB040), and the PDF renderer refuses anything but the handbook's own files even when remote
 * addresses reach it another way (a theme, a stylesheet). A listener on 127.0.0.1 counts every
 * connection; it answers none, so a request that slipped through would also show as a slow build.
 */
class NoNetworkTest {
    @TempDir
    Path tmp;

    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private Thread acceptor;

    @BeforeEach
    void listen() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket s = listener.accept()) {
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "counting-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws IOException, InterruptedException {
        listener.close();
        acceptor.join(5_000);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/" + path;
    }

    private Path book() throws IOException {
        return Fixtures.copyTree(Fixtures.resources().resolve("geldig/minimaal"), tmp.resolve("content/testschool"));
    }

    @Test
    void aPictureFromTheWebIsAnErrorAtItsPlaceAndIsNeverFetched() throws IOException {
        Path book = book();
        Fixtures.write(book, "paginas/plan.md", "---\ntitel: Plan\n---\n# Plan\n\nZie ![het plan](" + url("plan.png")
                + ") hier.\n\nEn een [link naar de site](" + url("site") + ") mag.\n");
        Fixtures.Run run = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> Fixtures.run("build", book.toString(), "-o", tmp.resolve("uit").toString()));
        String err = run.err().replace(book + "/", "");
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), err);
        assertTrue(err.contains("paginas/plan.md:6:5: fout[HB040]"), err);
        assertFalse(err.contains("HB040]: '" + url("site")), err);
        assertEquals(0, connections.get(), "connections to the listener");
        Path out = tmp.resolve("uit");
        if (Files.exists(out)) {
            for (byte[] file : Fixtures.snapshot(out).values()) {
                assertFalse(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains(url("plan.png")),
                        "no page of the site embeds the picture");
            }
        }
    }

    @Test
    void aPictureByReferenceFromTheWebIsAnErrorAtThePicture() throws IOException {
        Path book = book();
        Fixtures.write(book, "paginas/plan.md", "---\ntitel: Plan\n---\n# Plan\n\nDit is ![het plan][p].\n\n[p]: "
                + url("plan.png") + "\n");
        Fixtures.Run run = Fixtures.run("check", book.toString());
        String err = run.err().replace(book + "/", "");
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), err);
        assertTrue(err.contains("paginas/plan.md:6:8: fout[HB040]"), err);
        assertEquals(0, connections.get(), "connections to the listener");
    }

    @Test
    void thePdfRendererFetchesNothingFromTheNetworkAndStillRenders() throws IOException {
        Handbook h = Build.check(book()).handbooks().get(0);
        String html = "<!DOCTYPE html><html lang=\"nl\"><head><title>Proef</title>"
                + "<link rel=\"stylesheet\" href=\"" + url("link.css") + "\">"
                + "<style>@import url(" + url("import.css") + ");\n"
                + "@font-face { font-family: Ver; src: url(" + url("font.ttf") + "); }\n"
                + "body { background: url(" + url("achtergrond.png") + "); font-family: Ver, 'Liberation Sans'; }</style>"
                + "</head><body><h1>Proefdruk</h1><p>Tekst blijft staan.</p>"
                + "<img src=\"" + url("plan.png") + "\" alt=\"plan\">"
                + "<img src=\"" + url("figuur.svg") + "\" alt=\"figuur\">"
                + "<object data=\"" + url("bijlage.pdf") + "\" type=\"application/pdf\"></object>"
                + "</body></html>";
        byte[] pdf = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Print.pdf(html, h, Labels.of(h.metadata().language())));
        assertEquals(0, connections.get(), "connections to the listener");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Tekst blijft staan."), text);
        }
    }

    @Test
    void aPictureOfTheHandbookStillShowsInThePdf() throws IOException {
        Path book = book();
        Files.createDirectories(book.resolve("afbeeldingen"));
        Files.write(book.resolve("afbeeldingen/stip.png"), Pictures.PNG);
        Handbook h = Build.check(book).handbooks().get(0);
        String html = "<!DOCTYPE html><html lang=\"nl\"><head><title>Proef</title></head><body><p>Met stip.</p>"
                + "<img src=\"afbeeldingen/stip.png\" alt=\"stip\"></body></html>";
        byte[] pdf = Print.pdf(html, h, Labels.of(h.metadata().language()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "the picture is in the PDF");
        }
    }
}
