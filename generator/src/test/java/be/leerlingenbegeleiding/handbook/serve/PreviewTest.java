package be.leerlingenbegeleiding.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.Fixtures;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live preview over real HTTP: what it serves, what it refuses, and that an edited file
 * reaches the browser, as a reload or as an error shown over the last good page.
 */
class PreviewTest {
    private static final Path CONTENT = Fixtures.repoRoot().resolve("content");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    private Preview preview;
    private final StringWriter log = new StringWriter();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void stop() {
        if (preview != null) preview.close();
    }

    private Path content(String... handbooks) throws IOException {
        Path root = tmp.resolve("content");
        for (String h : handbooks) Fixtures.copyTree(CONTENT.resolve(h), root.resolve(h));
        return root;
    }

    private Preview start(Path content) throws IOException {
        preview = Preview.start(content, new Preview.Options("127.0.0.1", 0,
                Build.Settings.on(LocalDate.of(2026, 11, 23)), null), new PrintWriter(log, true));
        return preview;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(preview.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request exactly as written, so that no client tidies the path first. */
    private String raw(String requestLine, String host) throws IOException {
        try (Socket s = new Socket(preview.uri().getHost(), preview.uri().getPort())) {
            OutputStream out = s.getOutputStream();
            out.write((requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
        }
    }

    @Test
    void servesTheHandbookOnLoopbackWithTheLiveScriptInEveryPage() throws Exception {
        start(content("de-kiem"));
        assertTrue(java.net.InetAddress.getByName(preview.uri().getHost()).isLoopbackAddress(), preview.uri().toString());

        HttpResponse<String> root = get("/");
        assertEquals(302, root.statusCode());
        assertEquals("/de-kiem/", root.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> page = get("/de-kiem/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(page.body().contains("<script src=\"/_handboek/live.js\" defer></script></head>"));
        assertTrue(page.body().contains("De Kiem"));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());

        assertEquals(200, get("/de-kiem/assets/stijl.css").statusCode());
        assertEquals(200, get("/_handboek/live.js").statusCode());
        HttpResponse<String> missing = get("/de-kiem/bestaat-niet.html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("live.js"), "the handbook's own 404 page, with the live script");
    }

    @Test
    void refusesPathsOutsideTheSiteOtherMethodsAndForeignHostNames() throws Exception {
        Path content = content("de-kiem");
        Files.writeString(tmp.resolve("geheim.txt"), "niet voor de browser");
        start(content);
        String host = "127.0.0.1:" + preview.uri().getPort();
        for (String path : List.of("/de-kiem/../../geheim.txt", "/de-kiem/%2e%2e/%2e%2e/geheim.txt",
                "/de-kiem/..%2f..%2fgeheim.txt", "/../geheim.txt", "/de-kiem//etc/passwd", "/de-kiem/..\\..\\geheim.txt",
                "/de-kiem/visie.yaml", "/de-kiem/%00")) {
            // 404 from the preview, or 400 when the JDK's server already refuses the request line.
            String status = raw("GET " + path + " HTTP/1.1", host);
            assertTrue(status.matches("HTTP/1.1 40[04] .*"), path + " answered " + status);
        }
        assertTrue(raw("POST /de-kiem/ HTTP/1.1", host).startsWith("HTTP/1.1 405"));
        assertTrue(raw("GET /de-kiem/ HTTP/1.1", "aanvaller.example:" + preview.uri().getPort()).startsWith("HTTP/1.1 403"),
                "a page from another site that renamed itself to 127.0.0.1 (DNS rebinding) gets nothing");
        assertTrue(raw("GET /de-kiem/ HTTP/1.1", "localhost:" + preview.uri().getPort()).startsWith("HTTP/1.1 200"));
    }

    @Test
    void refusesRequestsWithABodyAnEndlessAddressOrAPileOfHeaders() throws Exception {
        start(content("de-kiem"));
        String host = "127.0.0.1:" + preview.uri().getPort();
        try (Socket s = new Socket(preview.uri().getHost(), preview.uri().getPort())) {
            s.getOutputStream().write(("GET /de-kiem/ HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: 100000000\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
            assertTrue(status.startsWith("HTTP/1.1 413"), status);
        }
        assertTrue(raw("GET /de-kiem/" + "a".repeat(5000) + " HTTP/1.1", host).startsWith("HTTP/1.1 414"));
        StringBuilder many = new StringBuilder(host);
        for (int i = 0; i < 100; i++) many.append("\r\nX-Kop-").append(i).append(": ").append(i);
        assertTrue(raw("GET /de-kiem/ HTTP/1.1", many.toString()).matches("HTTP/1.1 (431|400) .*"));
    }

    /**
     * A thousand requests at once, as a load test on loopback: every one answered correctly,
     * within a bound, and the preview still answers afterwards.
     */
    @Test
    void survivesAThousandConcurrentRequests() throws Exception {
        start(content("de-kiem"));
        int count = 1000;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(64);
        try {
            HttpClient client = HttpClient.newBuilder().executor(pool).connectTimeout(Duration.ofSeconds(30)).build();
            List<String> pages = List.of("/de-kiem/", "/de-kiem/visie.html", "/de-kiem/assets/stijl.css",
                    "/de-kiem/rollen/index.html", "/de-kiem/bestaat-niet.html");
            List<java.util.concurrent.CompletableFuture<HttpResponse<byte[]>>> answers = new java.util.ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                answers.add(client.sendAsync(HttpRequest.newBuilder(preview.uri().resolve(pages.get(i % pages.size())))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray()));
            }
            java.util.concurrent.CompletableFuture.allOf(answers.toArray(new java.util.concurrent.CompletableFuture[0]))
                    .get(90, TimeUnit.SECONDS);
            for (int i = 0; i < count; i++) {
                int expected = i % pages.size() == 4 ? 404 : 200;
                assertEquals(expected, answers.get(i).get().statusCode(), pages.get(i % pages.size()));
                assertTrue(answers.get(i).get().body().length > 100);
            }
            System.out.printf("PreviewTest: %d concurrent requests answered in %d ms%n", count, (System.nanoTime() - start) / 1_000_000);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(200, get("/de-kiem/").statusCode());
    }

    @Test
    void anEditedFileIsServedAgainAndOpenTabsAreToldToReload() throws Exception {
        Path content = content("de-kiem");
        start(content);
        try (Events events = new Events(preview)) {
            events.next(e -> true); // the state on connecting
            Path visie = content.resolve("de-kiem/visie.yaml");
            Files.writeString(visie, Files.readString(visie).replace("De naam van onze school zegt het al",
                    "Onze naam zegt het al"));
            String event = events.next(e -> e.contains("de-kiem/visie.html"));
            assertTrue(event.contains("\"fouten\": []"), event);
        }
        assertTrue(get("/de-kiem/visie.html").body().contains("Onze naam zegt het al"));
    }

    @Test
    void aBrokenFileShowsItsErrorOverTheLastGoodPageUntilItIsFixed() throws Exception {
        Path content = content("de-kiem");
        start(content);
        Path visie = content.resolve("de-kiem/visie.yaml");
        String good = Files.readString(visie);
        try (Events events = new Events(preview)) {
            events.next(e -> true);
            Files.writeString(visie, good + "visei: verkeerd getypt\n");
            String broken = events.next(e -> e.contains("HB001"));
            int line = (int) good.lines().count() + 1;
            assertTrue(broken.contains("visie.yaml:" + line + ":1"), broken);
            assertTrue(broken.contains("'visei'") && broken.contains("\"tip\": \""), "message and tip: " + broken);
            HttpResponse<String> page = get("/de-kiem/visie.html");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("De naam van onze school zegt het al"), "the last good page stays");

            Files.writeString(visie, good);
            String fixed = events.next(e -> !e.contains("HB001"));
            assertTrue(fixed.contains("\"fouten\": []"), fixed);
        }
        assertTrue(log.toString().contains("fout[HB001]"), "the terminal shows the error too");
    }

    @Test
    void aChangeRebuildsOnlyTheHandbooksThatUseTheFile() throws Exception {
        Path content = content("sjabloon", "de-linde", "de-kiem");
        start(content);
        Preview.Snapshot first = preview.snapshot();
        try (Events events = new Events(preview)) {
            events.next(e -> true);
            Path kiem = content.resolve("de-kiem/visie.yaml");
            Files.writeString(kiem, Files.readString(kiem).replace("De naam van onze school zegt het al", "Onze naam zegt het al"));
            events.next(e -> e.contains("de-kiem/visie.html"));
            Preview.Snapshot second = preview.snapshot();
            assertTrue(second.changed().stream().noneMatch(p -> p.startsWith("de-linde/") || p.startsWith("sjabloon/")),
                    second.changed().toString());
            assertTrue(first.handbooks().get(folder(content, "de-linde")) == second.handbooks().get(folder(content, "de-linde")),
                    "de-linde was not built again");

            // The template's text reaches the school that builds on it.
            Path template = content.resolve("sjabloon/paginas/begrippen.md");
            Files.writeString(template, Files.readString(template) + "\nEen nieuwe zin van de ondersteunende dienst.\n");
            events.next(e -> e.contains("de-linde/paginas/begrippen.html"));
            assertTrue(first.handbooks().get(folder(content, "de-kiem")) != null);
            assertTrue(preview.snapshot().changed().stream().noneMatch(p -> p.startsWith("de-kiem/")));
        }
        assertTrue(get("/de-linde/paginas/begrippen.html").body().contains("Een nieuwe zin van de ondersteunende dienst."));
    }

    @Test
    void aHandbookBrokenFromTheStartGetsAPageWithItsErrorsAndAppearsOnceFixed() throws Exception {
        Path content = content("de-kiem");
        Path visie = content.resolve("de-kiem/visie.yaml");
        String good = Files.readString(visie);
        Files.writeString(visie, good + "visei: verkeerd getypt\n");
        start(content);
        HttpResponse<String> waiting = get("/de-kiem/visie.html");
        assertEquals(200, waiting.statusCode());
        assertTrue(waiting.body().contains("nog geen versie zonder fouten") && waiting.body().contains("live.js"), waiting.body());
        try (Events events = new Events(preview)) {
            assertTrue(events.next(e -> true).contains("HB001"));
            Files.writeString(visie, good);
            events.next(e -> e.contains("de-kiem/visie.html"));
        }
        assertTrue(get("/de-kiem/visie.html").body().contains("De naam van onze school zegt het al"));
    }

    @Test
    void anEditToTheThemeFolderReachesEveryHandbookButNoOtherBuild() throws Exception {
        Path content = content("de-kiem");
        Path theme = Fixtures.copyTree(Fixtures.repoRoot().resolve("templates"), tmp.resolve("templates"));
        preview = Preview.start(content, new Preview.Options("127.0.0.1", 0,
                Build.Settings.on(LocalDate.of(2026, 11, 23)), theme), new PrintWriter(log, true));
        try (Events events = new Events(preview)) {
            events.next(e -> true);
            Path css = theme.resolve("assets/stijl.css");
            Files.writeString(css, Files.readString(css) + "\n.live-proef { color: rebeccapurple; }\n");
            events.next(e -> e.contains("de-kiem/assets/stijl.css"));
        }
        assertTrue(get("/de-kiem/assets/stijl.css").body().contains(".live-proef"));
        // The theme is a value of the preview's settings, not a switch for the whole process.
        assertFalse(new String(Build.renderSite(Build.checkOne(content.resolve("de-kiem"), Build.Settings.on(LocalDate.of(2026, 11, 23)))
                .handbooks().get(0), null).get("assets/stijl.css"), StandardCharsets.UTF_8).contains(".live-proef"),
                "a build beside the preview uses the jar's theme");
        preview.close();
        assertFalse(new String(Build.renderSite(Build.checkOne(content.resolve("de-kiem"), Build.Settings.on(LocalDate.of(2026, 11, 23)))
                .handbooks().get(0), null).get("assets/stijl.css"), StandardCharsets.UTF_8).contains(".live-proef"),
                "after the preview, builds use the jar's theme again");
    }

    @Test
    void makesAPdfOnlyWhenItIsAskedFor() throws Exception {
        start(content("de-kiem"));
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(preview.uri().resolve("/de-kiem/handboek.pdf")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));
        assertFalse(log.toString().contains("pdf"), "building did not make PDFs");
    }

    private static Path folder(Path content, String name) {
        return content.resolve(name).toAbsolutePath().normalize();
    }

    /** A browser tab's event stream, read on its own thread; events arrive whole. */
    static final class Events implements AutoCloseable {
        private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        private final Thread reader;
        private volatile java.io.InputStream stream;

        Events(Preview preview) throws Exception {
            HttpResponse<java.io.InputStream> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(preview.uri().resolve("/_handboek/events")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/event-stream"));
            stream = r.body();
            reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                    StringBuilder event = new StringBuilder();
                    for (String line; (line = in.readLine()) != null; ) {
                        if (line.isEmpty()) {
                            if (event.length() > 0) queue.add(event.toString());
                            event.setLength(0);
                        } else if (line.startsWith("data: ")) {
                            event.append(line, 6, line.length()).append('\n');
                        }
                    }
                } catch (IOException e) {
                    // Closed by the test.
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        /** The next event that matches, skipping others; fails after the wait. */
        String next(Predicate<String> wanted) throws InterruptedException {
            long end = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < end) {
                String e = queue.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (e != null && wanted.test(e)) return e;
            }
            throw new AssertionError("no such event within " + WAIT);
        }

        @Override
        public void close() throws IOException {
            stream.close();
            reader.interrupt();
        }
    }
}
