package be.leerlingenbegeleiding.handbook.benchmark;

import be.leerlingenbegeleiding.handbook.pipeline.Build;
import be.leerlingenbegeleiding.handbook.serve.Preview;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Measures the authoring loop: from saving one file to the new page being fetched, as an open
 * tab does after the reload event. The baseline, measured in the same run on the same copy, is
 * what the loop costs without the preview: a full {@code build} of the same folder.
 *
 * <p>The browser's own reload (parsing and painting the page) is not part of the figure; on
 * this kind of page it adds a few tens of milliseconds.
 */
public final class LiveBenchmark {
    private static final String PAGE = "paginas/meting.md";

    private LiveBenchmark() {
    }

    /** Runs on a copy of {@code content}, editing a page of {@code handbook}; prints and returns the medians. */
    public static double[] run(Path content, String handbook, int warmup, int runs, PrintWriter out) throws Exception {
        Path tmp = Files.createTempDirectory("handboek-meting");
        try {
            Path copy = tmp.resolve("content");
            // One handbook's folder, or a folder of handbooks: either way the copy holds handbooks.
            copy(content, Build.find(content).equals(List.of(content)) ? copy.resolve(content.getFileName().toString()) : copy);
            Path page = copy.resolve(handbook).resolve(PAGE);
            write(page, 0);
            Build.Settings settings = Build.Settings.standard();

            double[] full = new double[runs];
            for (int i = -warmup; i < runs; i++) {
                write(page, i + 1000);
                long start = System.nanoTime();
                Build.build(copy, tmp.resolve("uit"), settings, name -> { });
                if (i >= 0) full[i] = (System.nanoTime() - start) / 1e6;
            }

            double[] live = new double[runs];
            try (Preview p = Preview.start(copy, new Preview.Options("127.0.0.1", 0, settings, null),
                    new PrintWriter(new StringWriter()))) {
                HttpClient http = HttpClient.newHttpClient();
                BlockingQueue<String> events = listen(http, p);
                events.poll(10, TimeUnit.SECONDS);
                String served = handbook + "/" + PAGE.replace(".md", ".html");
                for (int i = -warmup; i < runs; i++) {
                    String marker = write(page, i + 2000);
                    long start = System.nanoTime();
                    awaitChange(events, served);
                    String body = http.send(HttpRequest.newBuilder(p.uri().resolve("/" + served)).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    if (!body.contains(marker)) throw new IllegalStateException("the page does not show the edit yet");
                    if (i >= 0) live[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            Benchmark.Result loop = Benchmark.Result.of("live voorbeeld: bewaren tot nieuwe pagina", live);
            Benchmark.Result baseline = Benchmark.Result.of("basislijn: volledige build van " + content.getFileName(), full);
            for (Benchmark.Result r : List.of(loop, baseline)) {
                out.printf(Locale.ROOT, "%-60s mediaan %8.1f ms  (min %.1f, max %.1f)%n", r.what(), r.median(), r.min(), r.max());
            }
            out.printf(Locale.ROOT, "%-60s %8.2f x basislijn (doel: onder 300 ms)%n", "live voorbeeld", loop.median() / baseline.median());
            out.flush();
            return new double[] {loop.median(), baseline.median()};
        } finally {
            deleteTree(tmp);
        }
    }

    /** Removes the measurement's own temporary folder. */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** A page whose text changes each time, so that every save changes what readers see. */
    private static String write(Path page, int n) throws IOException {
        String marker = "Meting " + n;
        Files.createDirectories(page.getParent());
        Files.writeString(page, "---\ntitel: Meting\nsamenvatting: Een pagina die de meting telkens herschrijft.\n---\n"
                + marker + ": een zin die bij elke meting verandert.\n", StandardCharsets.UTF_8);
        return marker;
    }

    private static BlockingQueue<String> listen(HttpClient http, Preview p) throws Exception {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        InputStream in = http.send(HttpRequest.newBuilder(p.uri().resolve(Preview.EVENTS)).build(),
                HttpResponse.BodyHandlers.ofInputStream()).body();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                StringBuilder event = new StringBuilder();
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isEmpty()) {
                        event.append(line).append('\n');
                    } else if (event.length() > 0) {
                        queue.add(event.toString());
                        event.setLength(0);
                    }
                }
            } catch (IOException e) {
                // The preview stopped.
            }
        }, "meting-luisteraar");
        t.setDaemon(true);
        t.start();
        return queue;
    }

    private static void awaitChange(BlockingQueue<String> events, String page) throws InterruptedException {
        while (true) {
            String e = events.poll(10, TimeUnit.SECONDS);
            if (e == null) throw new IllegalStateException("no reload event within 10 s");
            if (e.contains("\"" + page + "\"")) return;
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
