package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page not found as a web server shows it: at an unknown address several folders deep, in
 * Chromium, served from 127.0.0.1 below a folder. It must be styled and its links must lead to
 * pages that exist, with a publication address and without one.
 */
@Tag("browser")
class PageNotFoundBrowserTest {
    private static final String PREFIX = "/handboek/";
    /** An address that does not exist, deeper than any page of the site. */
    private static final String NESTED = "rollen/bestaat-niet/x.html";

    @TempDir
    Path tmp;

    private HttpServer server;
    private ExecutorService threads;
    private ChromeDriver driver;
    private volatile Path site;
    private String base;
    /** Requests that got the page not found, other than the test's own address. */
    private final List<String> missing = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        String skip = Chromium.missing("PageNotFoundBrowserTest");
        Assumptions.assumeTrue(skip == null, skip);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        threads = Executors.newFixedThreadPool(4);
        server.setExecutor(threads);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
    }

    @AfterEach
    void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.stop(0);
        if (threads != null) threads.shutdownNow();
    }

    /** A plain static host: files by path below the prefix, 404.html with status 404 for the rest. */
    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            Path file = null;
            if (path.startsWith(PREFIX)) {
                file = site.resolve(path.substring(PREFIX.length())).normalize();
                if (!file.startsWith(site) || !Files.isRegularFile(file)) file = null;
            }
            int status = 200;
            if (file == null) {
                if (!path.endsWith(NESTED)) missing.add(path);
                status = 404;
                file = site.resolve("404.html");
            }
            String name = file.getFileName().toString();
            ex.getResponseHeaders().set("Content-Type", name.endsWith(".css") ? "text/css; charset=utf-8"
                    : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                    : name.endsWith(".svg") ? "image/svg+xml" : name.endsWith(".pdf") ? "application/pdf" : "text/html; charset=utf-8");
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            byte[] body = ex.getRequestMethod().equals("HEAD") ? new byte[0] : Files.readAllBytes(file);
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Opens the unknown nested address and checks that the theme's style applies. */
    private void openStyled() {
        driver = Chromium.start(tmp.resolve("profiel"));
        driver.get(base + NESTED);
        assertEquals("flex", driver.executeScript("return getComputedStyle(document.body).display"),
                "the page not found is unstyled at a nested address");
        assertEquals("grid", driver.executeScript("return getComputedStyle(document.querySelector('header.kop')).display"));
        assertEquals(Boolean.TRUE, driver.executeScript("return Array.from(document.querySelectorAll('link[rel=stylesheet]'))"
                + ".every(l => l.sheet !== null)"), "a stylesheet did not load");
        assertEquals(List.of(), missing, "files the page asked for that are not there");
    }

    /** The resolved address of every link on the page that stays on this server. */
    @SuppressWarnings("unchecked")
    private List<String> localLinks() {
        return (List<String>) driver.executeScript("return Array.from(document.querySelectorAll('a[href], form[action]'))"
                + ".map(e => e.href || e.action).filter(u => u.startsWith(location.origin) && !u.startsWith(location.href + '#'))");
    }

    private static int status(String url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void withAPublicationAddressThePageNotFoundIsStyledAndLinksToThePagesAtAnyDepth() throws Exception {
        site = PublishedSites.build(tmp, base);
        openStyled();
        List<String> links = localLinks();
        assertTrue(links.contains(base + "index.html"), "no link to the home page: " + links);
        assertTrue(links.size() > 10, "the menu is missing: " + links);
        for (String link : links) assertEquals(200, status(link.replaceFirst("[?#].*", "")), link);
    }

    @Test
    void withoutAPublicationAddressThePageNotFoundIsStyledAndHasNoLinkThatBreaks() throws Exception {
        site = PublishedSites.build(tmp, null);
        openStyled();
        assertEquals(List.of(), localLinks(), "links that depend on where the page is shown");
        assertFalse(driver.findElement(org.openqa.selenium.By.tagName("main")).getText().isBlank());
    }
}
