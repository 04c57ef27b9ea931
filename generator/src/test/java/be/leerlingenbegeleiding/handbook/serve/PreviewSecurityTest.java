package be.leerlingenbegeleiding.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.Fixtures;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a page of another site, a client that holds connections open, or a build that breaks in
 * an unexpected way can do to the preview: nothing that reaches the draft, or stops it serving.
 */
class PreviewSecurityTest {
    private static final Path CONTENT = Fixtures.repoRoot().resolve("content");
    /** Generous: the old preview took more than a minute, or for ever. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    private Preview preview;
    private final StringWriter log = new StringWriter();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(BOUND).build();

    @AfterEach
    void stop() {
        if (preview != null) preview.close();
    }

    private Path start() throws IOException {
        Path root = tmp.resolve("content");
        Fixtures.copyTree(CONTENT.resolve("de-kiem"), root.resolve("de-kiem"));
        preview = Preview.start(root, new Preview.Options("127.0.0.1", 0,
                Build.Settings.on(LocalDate.of(2026, 11, 23)), null), new PrintWriter(log, true));
        return root;
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(preview.uri().resolve(path)).timeout(BOUND);
        if (headers.length > 0) r.headers(headers);
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String own() {
        return "http://127.0.0.1:" + preview.uri().getPort();
    }

    @Test
    void aPageOfAnotherSiteCannotLoadTheDraftAsAScript() throws Exception {
        start();
        String index = "/de-kiem/assets/zoekindex.js";
        for (String[] foreign : List.of(new String[] {"Sec-Fetch-Site", "cross-site"}, new String[] {"Sec-Fetch-Site", "same-site"},
                new String[] {"Origin", "http://evil.example"}, new String[] {"Origin", "null"},
                new String[] {"Origin", "http://localhost:" + (preview.uri().getPort() + 1)})) {
            HttpResponse<String> refused = get(index, foreign);
            assertEquals(403, refused.statusCode(), String.join(": ", foreign));
            assertTrue(refused.body().startsWith("Geweigerd"), refused.body());
            assertTrue(!refused.body().contains("HANDBOEK_ZOEKINDEX"));
        }
        HttpResponse<String> events = get(Preview.EVENTS, "Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site");
        assertEquals(403, events.statusCode(), "the event stream is refused too");

        for (String[] mine : List.of(new String[] {"Sec-Fetch-Site", "same-origin"}, new String[] {"Sec-Fetch-Site", "none"},
                new String[] {"Origin", own()}, new String[] {"Origin", "http://localhost:" + preview.uri().getPort()})) {
            HttpResponse<String> ok = get(index, mine);
            assertEquals(200, ok.statusCode(), String.join(": ", mine));
            assertTrue(ok.body().contains("HANDBOEK_ZOEKINDEX"));
        }
        HttpResponse<String> plain = get(index);
        assertEquals(200, plain.statusCode(), "curl and older browsers send neither header");
        for (HttpResponse<String> r : List.of(plain, get(index, "Origin", "http://evil.example"), get("/"))) {
            assertEquals("same-origin", r.headers().firstValue("Cross-Origin-Resource-Policy").orElse(""), r.uri() + " " + r.statusCode());
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), r.uri() + " " + r.statusCode());
        }
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(preview.uri().resolve(Preview.EVENTS))
                .header("Origin", own()).header("Sec-Fetch-Site", "same-origin").build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = stream.body()) {
            assertEquals(200, stream.statusCode());
            assertEquals("same-origin", stream.headers().firstValue("Cross-Origin-Resource-Policy").orElse(""));
        }
    }

    @Test
    void clientsThatSendHalfARequestDoNotBlockTheBrowser() throws Exception {
        start();
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < Preview.THREADS + 4; i++) {
                Socket s = new Socket();
                idle.add(s);
                s.connect(new InetSocketAddress("127.0.0.1", preview.uri().getPort()), 5000);
                s.getOutputStream().write("GET /de-kiem/ HTTP/1.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
            }
            Thread.sleep(300); // let them take the request threads
            long start = System.nanoTime();
            HttpResponse<String> page;
            try {
                page = get("/de-kiem/visie.html");
            } catch (HttpTimeoutException e) {
                throw new AssertionError("no answer within " + BOUND + " while " + idle.size() + " clients sent half a request", e);
            }
            assertEquals(200, page.statusCode());
            System.out.printf("PreviewSecurityTest: answered in %d ms next to %d half requests%n",
                    (System.nanoTime() - start) / 1_000_000, idle.size());
        } finally {
            for (Socket s : idle) s.close();
        }
    }

    @Test
    void aTabThatStopsReadingDoesNotKeepChangesFromOtherTabs() throws Exception {
        Path content = start();
        // A build failure whose text is megabytes long makes one event larger than the
        // connection's buffers: a tab that reads nothing stops taking it half-way.
        String huge = "x".repeat(3_000_000);
        AtomicInteger failures = new AtomicInteger();
        preview.fault = (stage, folder) -> {
            if (stage.equals("build") && failures.getAndIncrement() == 0) throw new IllegalStateException(huge);
        };
        try (Socket stuck = new Socket(); PreviewTest.Events other = new PreviewTest.Events(preview)) {
            stuck.setReceiveBufferSize(1024);
            stuck.connect(new InetSocketAddress("127.0.0.1", preview.uri().getPort()), 5000);
            stuck.getOutputStream().write(("GET " + Preview.EVENTS + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            stuck.getOutputStream().flush();
            readUntil(stuck.getInputStream(), "event: status"); // it listens; from now on it reads nothing
            other.next(e -> true);
            Path visie = content.resolve("de-kiem/visie.yaml");
            String good = Files.readString(visie);
            Files.writeString(visie, good.replace("De naam van onze school zegt het al", "Eerst mislukt"));
            other.next(e -> e.contains(huge));
            Files.writeString(visie, good.replace("De naam van onze school zegt het al", "Onze naam zegt het al"));
            String fixed = other.next(e -> e.contains("de-kiem/visie.html"));
            assertTrue(fixed.contains("\"fouten\": []"), fixed.length() > 500 ? fixed.substring(0, 500) : fixed);
            // The tab that read nothing was let go: what reached it ends, and the stream with it.
            long until = System.nanoTime() + BOUND.toNanos();
            while (preview.listening() > 1 && System.nanoTime() < until) Thread.sleep(100);
            assertEquals(1, preview.listening(), "the tab that read nothing is no longer listened to");
            stuck.setSoTimeout(1000);
            byte[] buffer = new byte[65536];
            long read = 0;
            long end = System.nanoTime() + BOUND.toNanos();
            boolean ended = false;
            while (!ended && System.nanoTime() < end) {
                try {
                    int n = stuck.getInputStream().read(buffer);
                    if (n < 0) ended = true;
                    else read += n;
                } catch (java.net.SocketTimeoutException e) {
                    // Nothing yet: look again until the bound.
                } catch (java.net.SocketException e) {
                    ended = true; // reset by the preview
                }
            }
            assertTrue(ended, "the preview let go of the tab that read nothing (" + read + " bytes came)");
            assertTrue(read < 2 * huge.length(), "cut off before the whole event: " + read + " bytes");
        }
        assertTrue(get("/de-kiem/visie.html").body().contains("Onze naam zegt het al"));
    }

    @Test
    void aBuildThatCrashesIsShownOverThePageAndTheNextEditUpdatesIt() throws Exception {
        Path content = start();
        AtomicInteger builds = new AtomicInteger();
        preview.fault = (stage, folder) -> {
            if (stage.equals("build") && builds.getAndIncrement() == 0) throw new StackOverflowError();
        };
        Path visie = content.resolve("de-kiem/visie.yaml");
        String good = Files.readString(visie);
        try (PreviewTest.Events events = new PreviewTest.Events(preview)) {
            events.next(e -> true);
            Files.writeString(visie, good.replace("De naam van onze school zegt het al", "Een pagina die vastloopt"));
            String crashed = events.next(e -> e.contains("StackOverflowError"));
            assertTrue(crashed.contains("\"handboek\": \"de-kiem\""), crashed);
            assertTrue(crashed.contains("de-kiem: interne fout"), "the overlay names the handbook: " + crashed);
            assertTrue(get("/de-kiem/visie.html").body().contains("De naam van onze school zegt het al"), "the last good page stays");

            Files.writeString(visie, good.replace("De naam van onze school zegt het al", "Onze naam zegt het al"));
            String fixed = events.next(e -> e.contains("de-kiem/visie.html"));
            assertTrue(fixed.contains("\"fouten\": []"), fixed);
        }
        assertTrue(get("/de-kiem/visie.html").body().contains("Onze naam zegt het al"));
        assertTrue(log.toString().contains("de-kiem: interne fout: java.lang.StackOverflowError"), log.toString());
    }

    @Test
    void aPdfThatFailsIsShownAsAnErrorAndNotMadeAgainOnEveryRequest() throws Exception {
        start();
        AtomicInteger tries = new AtomicInteger();
        preview.fault = (stage, folder) -> {
            if (stage.equals("pdf")) {
                tries.incrementAndGet();
                throw new StackOverflowError();
            }
        };
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> pdf = getOrFail("/de-kiem/handboek.pdf");
            assertEquals(500, pdf.statusCode());
            assertTrue(pdf.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
            assertTrue(pdf.body().contains("handboek.pdf") && pdf.body().contains("StackOverflowError"), pdf.body());
        }
        assertEquals(1, tries.get(), "made once for this build");
        assertTrue(log.toString().contains("handboek.pdf"), log.toString());
    }

    @Test
    void aPdfThatTakesTooLongIsGivenUpOnWithinItsLimit() throws Exception {
        start();
        preview.pdfLimit = Duration.ofSeconds(1);
        AtomicInteger tries = new AtomicInteger();
        preview.fault = (stage, folder) -> {
            if (!stage.equals("pdf")) return;
            tries.incrementAndGet();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        long start = System.nanoTime();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> pdf = getOrFail("/de-kiem/handboek.pdf");
            assertEquals(500, pdf.statusCode());
            assertTrue(pdf.body().contains("handboek.pdf"), pdf.body());
        }
        assertTrue(System.nanoTime() - start < BOUND.toNanos());
        assertEquals(1, tries.get(), "not started again for this build");
    }

    private static void readUntil(InputStream in, String text) throws IOException {
        StringBuilder seen = new StringBuilder();
        for (int b; !seen.toString().contains(text) && (b = in.read()) >= 0; ) seen.append((char) b);
        assertTrue(seen.toString().contains(text), seen.toString());
    }

    /** A GET that turns a dropped connection or a timeout into a failed assertion. */
    private HttpResponse<String> getOrFail(String path) throws InterruptedException {
        try {
            return get(path);
        } catch (IOException e) {
            throw new AssertionError(path + ": no answer: " + e, e);
        }
    }
}
