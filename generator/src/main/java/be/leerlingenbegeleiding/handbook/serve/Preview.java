package be.leerlingenbegeleiding.handbook.serve;

import be.leerlingenbegeleiding.handbook.comply.Report;
import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import be.leerlingenbegeleiding.handbook.render.Theme;
import be.leerlingenbegeleiding.handbook.render.ThemeException;
import be.leerlingenbegeleiding.handbook.schema.Json;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The live preview: builds the handbooks of a folder in memory, serves them on the loopback
 * interface, watches the files and reloads open browser tabs after each change.
 *
 * <p>Only the handbooks a change touches are built again: a file belongs to every handbook that
 * has its folder as one of its layers, so an edit to a template rebuilds the schools on it and
 * an edit to one school rebuilds that school alone. A handbook with an error keeps serving its
 * last good pages; the browser shows the errors over them until the file is fixed. PDFs are made
 * only when someone opens one, once per build.
 */
public final class Preview implements AutoCloseable {
    /**
     * How to serve: {@code host} is 127.0.0.1 unless the user asks otherwise; port 0 picks a free
     * one; {@code theme} is a folder that replaces the built-in theme (and is watched), or null;
     * {@code lang} the language of messages (nl or en).
     */
    public record Options(String host, int port, Build.Settings settings, Path theme, String lang) {
        public Options(String host, int port, Build.Settings settings, Path theme) {
            this(host, port, settings, theme, "nl");
        }
    }

    /** Connections the system may hold for us before we accept them: a browser opens several at once. */
    private static final int BACKLOG = 512;
    /**
     * Request threads: far more than a browser's parallel fetches, so that a few clients that
     * send half a request (each holds a thread until {@link Deadlines#READ_MILLIS}) do not make
     * the browser wait. Made when needed, ended when idle.
     */
    static final int THREADS = 64;

    /** Tabs heard at once, each with a thread; past this the oldest is let go (an open tab comes back). */
    static final int MAX_TABS = 64;

    /** Paths under this prefix belong to the preview itself, never to a handbook. */
    static final String TOOL = "/_handboek/";
    /** The event stream a tab listens to: one {@code status} event per build. */
    public static final String EVENTS = TOOL + "events";
    private static final byte[] LIVE_SCRIPT = resource("live.js");

    private final Path content;
    private final Options options;
    /** The theme pages are rendered with; a fresh value after its files (or a vormgeving/ file) change. */
    private volatile Theme theme;
    private final PrintWriter log;
    private final Messages messages;
    private final HttpServer server;
    private final ExecutorService requests;
    private final ScheduledExecutorService heartbeat;
    private final Deadlines deadlines = new Deadlines();
    private final Watcher watcher;
    private final List<EventStream> clients = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    /** Tells a browser that reconnects whether it talks to the same server as before. */
    private final String run = Long.toString(System.nanoTime(), 36);
    private volatile Snapshot snapshot;
    /** Tests only: runs as each handbook's build ("build") and each PDF ("pdf") starts, to fail as a bug would. */
    volatile BiConsumer<String, Path> fault = (stage, folder) -> { };
    /** How long one PDF may take before the preview gives up on it; tests shorten it. */
    volatile Duration pdfLimit = Duration.ofSeconds(60);

    private Preview(Path content, Options options, PrintWriter log) throws IOException {
        this.content = content.toAbsolutePath().normalize();
        this.options = options;
        this.theme = Theme.of(options.theme());
        this.log = log;
        this.messages = Messages.forLanguage(options.lang());
        List<Path> watched = new ArrayList<>(List.of(this.content));
        if (options.theme() != null) watched.add(options.theme().toAbsolutePath().normalize());
        this.watcher = new Watcher(watched, this::changed);
        InetAddress address = InetAddress.getByName(options.host());
        this.server = HttpServer.create(new InetSocketAddress(address, options.port()), BACKLOG);
        // A bounded number of threads: a burst of requests waits its turn instead of starting a
        // thread each, and a client that sends half a request loses its thread after a while.
        // Event streams hold no request thread once their headers are sent.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), Deadlines.daemon("handboek-http"));
        pool.allowCoreThreadTimeOut(true);
        this.requests = pool;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(Deadlines.daemon("handboek-hartslag"));
        server.setExecutor(deadlines.reading(requests));
        server.createContext("/", new Handler(this, address.isLoopbackAddress(), origins(options.host(), server.getAddress().getPort())));
    }

    /** Builds everything under {@code content}, starts serving and watching; returns at once. */
    public static Preview start(Path content, Options options, PrintWriter log) throws IOException {
        Preview p = new Preview(content, options, log);
        p.snapshot = Snapshot.EMPTY;
        p.rebuild(null);
        p.server.start();
        p.watcher.start();
        // A silent proxy or a sleeping laptop can drop a stream without telling; a comment line
        // now and then finds out, and frees the connection.
        p.heartbeat.scheduleAtFixedRate(() -> p.clients.forEach(c -> c.send(": wakker\n\n")), 15, 15, TimeUnit.SECONDS);
        return p;
    }

    /** The address the preview answers on, e.g. {@code http://127.0.0.1:8000/}. */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create("http://" + host + ":" + a.getPort() + "/");
    }

    /** Blocks until {@link #close()} is called (from another thread, or a shutdown hook). */
    public void await() throws InterruptedException {
        closed.await();
    }

    /**
     * The origins of the preview's own pages, as a browser names them in {@code Origin}: the
     * loopback names and the host it was asked to serve on, with its port.
     */
    private static Set<String> origins(String host, int port) {
        Set<String> own = new HashSet<>();
        List<String> names = new ArrayList<>(List.of("127.0.0.1", "localhost", "[::1]"));
        String given = host.toLowerCase(Locale.ROOT);
        names.add(given.contains(":") && !given.startsWith("[") ? "[" + given + "]" : given);
        for (String name : names) own.add("http://" + name + ":" + port);
        return own;
    }

    @Override
    public void close() {
        if (closed.getCount() == 0) return;
        watcher.close();
        heartbeat.shutdownNow();
        clients.forEach(EventStream::close);
        server.stop(0);
        requests.shutdownNow();
        deadlines.close();
        closed.countDown();
    }

    /** What is being served now; replaced whole after each rebuild. */
    Snapshot snapshot() {
        return snapshot;
    }

    /** The language of the preview's own texts. */
    Messages messages() {
        return messages;
    }

    /** Time limits for threads that wait on a browser. */
    Deadlines deadlines() {
        return deadlines;
    }

    /** A new browser tab listens on this exchange; it hears the current state at once. */
    void listen(HttpExchange exchange) {
        EventStream c = new EventStream(exchange, deadlines, clients::remove);
        clients.add(c);
        while (clients.size() > MAX_TABS) clients.stream().findFirst().ifPresent(EventStream::close);
        c.send(event(snapshot, false));
        c.start();
        // Closed in the meantime: the stream ends with the rest.
        if (closed.getCount() == 0) c.close();
    }

    /** How many tabs listen now. */
    int listening() {
        return clients.size();
    }

    /** The watcher saw these files change (null: anything may have changed). */
    private void changed(Set<Path> paths) {
        try {
            rebuild(paths);
        } catch (Throwable e) {
            // The watcher must outlive any one bad build, whatever broke: the next save may fix it.
            log.println(messages.get("cli.internal", String.valueOf(e)));
            log.flush();
        }
    }

    /**
     * Builds the handbooks the changed paths belong to, or all of them for null, and swaps the
     * result in. One rebuild at a time: a second change waits and then sees the first's result.
     */
    synchronized void rebuild(Set<Path> paths) {
        long start = System.nanoTime();
        boolean theme = paths == null || paths.stream().anyMatch(this::isTheme);
        if (theme && paths != null) this.theme = this.theme.reread();
        Snapshot before = snapshot;
        List<Path> folders;
        try {
            folders = Build.find(content).stream().map(f -> f.toAbsolutePath().normalize()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> affected = folders.stream().filter(f -> theme || before.affects(f, paths)).toList();
        if (affected.isEmpty() && folders.equals(before.folders())) return;
        Map<Path, Served> built = new LinkedHashMap<>();
        affected.parallelStream().map(f -> build(f, before.handbooks().get(f))).toList().forEach(s -> built.put(s.folder(), s));
        Map<Path, Served> next = new LinkedHashMap<>();
        for (Path f : folders) next.put(f, built.containsKey(f) ? built.get(f) : before.handbooks().get(f));
        List<String> pages = new ArrayList<>();
        for (Served s : built.values()) {
            Served old = before.handbooks().get(s.folder());
            for (String path : s.changedSince(old)) pages.add(s.name() + "/" + path);
        }
        byte[] overview = folders.size() > 1 ? overview(next.values(), this.theme) : null;
        if (overview != null && !Arrays.equals(overview, before.overview())) pages.add("index.html");
        Snapshot after = new Snapshot(before.version() + 1, folders, next, overview, pages);
        snapshot = after;
        report(built.values(), pages.size(), (System.nanoTime() - start) / 1_000_000, before == Snapshot.EMPTY);
        String event = event(after, true);
        clients.forEach(c -> c.send(event));
    }

    private boolean isTheme(Path p) {
        Path theme = options.theme();
        if (theme != null && p.startsWith(theme.toAbsolutePath().normalize())) return true;
        for (Path part : p) if (part.toString().equals("vormgeving")) return true;
        return false;
    }

    /** One handbook through every stage but the PDFs; on failure its last good pages stay. */
    private Served build(Path folder, Served previous) {
        try {
            fault.accept("build", folder);
            Build.Result c = Build.checkOne(folder, options.settings().with(theme));
            Handbook h = c.handbooks().get(0);
            List<Path> layers = h.layers().stream().map(l -> l.toAbsolutePath().normalize()).toList();
            if (c.hasErrors()) {
                return previous == null
                        ? new Served(folder, h, null, layers, Map.of(), Map.of(), c.diagnostics(), null)
                        : previous.failed(layers, c.diagnostics(), null);
            }
            Report report = c.reports().get(folder);
            Map<String, byte[]> files;
            try {
                files = Build.renderSite(h, report, theme);
            } catch (ThemeException e) {
                // A broken theme file is an error at its line like any other; the last good pages stay.
                List<Diagnostic> d = new ArrayList<>(c.diagnostics());
                d.add(e.diagnostic());
                return previous == null
                        ? new Served(folder, h, null, layers, Map.of(), Map.of(), d, null)
                        : previous.failed(layers, d, null);
            }
            Map<String, PdfJob> pdfs = new TreeMap<>();
            String name = folder.getFileName().toString();
            Build.pdfs(h, report == null ? null : report.date(), theme).forEach((path, job) -> pdfs.put(path, new PdfJob(() -> {
                fault.accept("pdf", folder);
                return job.get();
            }, () -> pdfLimit, f -> pdfFailed(name + "/" + path, f))));
            return new Served(folder, h, report, layers, files, pdfs, c.diagnostics(), null);
        } catch (Throwable e) {
            // A theme being edited can break a layout; say what FreeMarker said, keep the pages.
            // A bug (a stack overflow on odd content, say) is shown the same way, not let loose
            // on the watcher: the next save that avoids it brings the handbook back.
            String why = e.getMessage() != null && !(e instanceof Error) ? e.getMessage() : e.toString();
            return previous == null
                    ? new Served(folder, null, null, List.of(folder), Map.of(), Map.of(), List.of(), why)
                    : previous.failed(previous.layers(), List.of(), why);
        }
    }

    private void pdfFailed(String pdf, PdfJob.Failed f) {
        log.println(pdfMessage(pdf, f));
        log.flush();
    }

    /** What a browser and the terminal are told about a PDF that could not be made. */
    String pdfMessage(String pdf, PdfJob.Failed f) {
        return f.slow ? messages.get("serve.pdf.slow", pdf, f.getMessage()) : messages.get("serve.pdf.failed", pdf, f.getMessage());
    }

    private static byte[] overview(java.util.Collection<Served> handbooks, Theme theme) {
        List<Build.Outcome> outcomes = new ArrayList<>();
        for (Served s : handbooks) {
            if (s.handbook() == null) continue;
            // The overview lists PDFs by name; here they exist on request, so name them all.
            java.util.SortedSet<String> listed = new java.util.TreeSet<>(s.files().keySet());
            listed.addAll(s.pdfs().keySet());
            outcomes.add(new Build.Outcome(s.handbook(), s.diagnostics(), s.report(), listed));
        }
        return Build.overview(outcomes, theme);
    }

    private void report(java.util.Collection<Served> built, int pages, long millis, boolean initial) {
        for (Served s : built) {
            for (String line : messages.formatAll(s.diagnostics().stream().filter(Diagnostic::isError).toList())) log.println(line);
            if (s.failure() != null) log.println(s.name() + ": " + messages.get("cli.internal", s.failure()));
        }
        String names = String.join(", ", built.stream().map(Served::name).toList());
        if (!built.isEmpty()) log.println(initial ? messages.get("serve.built", names, millis) : messages.get("serve.rebuilt", names, millis, pages));
        log.flush();
    }

    /** The state as the browser hears it: a version, the pages that changed, the errors. */
    String event(Snapshot s, boolean withChanges) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("server", run);
        data.put("versie", s.version());
        data.put("gewijzigd", withChanges ? s.changed() : List.of());
        List<Object> errors = new ArrayList<>();
        for (Served h : s.handbooks().values()) {
            for (Diagnostic d : h.diagnostics()) {
                if (!d.isError()) continue;
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("handboek", h.name());
                e.put("plaats", d.position().toString());
                e.put("code", d.code());
                e.put("melding", messages.message(d));
                e.put("tip", messages.tip(d));
                e.put("tekst", messages.format(d));
                errors.add(e);
            }
            if (h.failure() != null) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("handboek", h.name());
                e.put("plaats", "");
                e.put("code", "");
                e.put("melding", h.failure());
                e.put("tip", messages.get("serve.failure.tip"));
                e.put("tekst", h.name() + ": " + messages.get("cli.internal", h.failure()));
                errors.add(e);
            }
        }
        data.put("fouten", errors);
        data.put("teksten", Map.of(
                "titel", messages.get("serve.overlay.title"),
                "uitleg", messages.get("serve.overlay.explain"),
                "sluiten", messages.get("serve.overlay.close"),
                "balk", messages.get("serve.bar"),
                "pdf", messages.get("serve.bar.pdf")));
        StringBuilder sb = new StringBuilder("event: status\n");
        for (String line : Json.write(data).strip().split("\n")) sb.append("data: ").append(line).append('\n');
        return sb.append('\n').toString();
    }

    /** The script every served page loads: reload on change, errors over the page. */
    static byte[] liveScript() {
        return LIVE_SCRIPT;
    }

    private static byte[] resource(String name) {
        try (InputStream in = Preview.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("file missing from the jar: " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything the preview serves at one moment; never changed, only replaced. */
    record Snapshot(long version, List<Path> folders, Map<Path, Served> handbooks, byte[] overview, List<String> changed) {
        static final Snapshot EMPTY = new Snapshot(0, List.of(), Map.of(), null, List.of());

        Snapshot {
            folders = List.copyOf(folders);
            handbooks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(handbooks));
            changed = List.copyOf(changed);
        }

        /** Whether a change to these paths can alter the handbook in {@code folder}. */
        boolean affects(Path folder, Set<Path> paths) {
            Served s = handbooks.get(folder);
            if (s == null || paths == null) return true;
            for (Path p : paths) {
                for (Path layer : s.layers()) if (p.startsWith(layer) || layer.startsWith(p)) return true;
            }
            return false;
        }

        /** The handbook served under {@code /name/}, if any. */
        Served named(String name) {
            for (Served s : handbooks.values()) if (s.name().equals(name)) return s;
            return null;
        }
    }

    /**
     * One handbook as served: its last good files and PDFs, and the diagnostics and failure of
     * its latest build (which may be newer than the files).
     */
    record Served(Path folder, Handbook handbook, Report report, List<Path> layers, Map<String, byte[]> files,
                  Map<String, PdfJob> pdfs, List<Diagnostic> diagnostics, String failure) {
        String name() {
            return folder.getFileName().toString();
        }

        Served failed(List<Path> newLayers, List<Diagnostic> newDiagnostics, String why) {
            return new Served(folder, handbook, report, newLayers, files, pdfs, newDiagnostics, why);
        }

        /** The paths whose bytes differ from (or are missing in) the older build. */
        List<String> changedSince(Served old) {
            if (old == null) return List.copyOf(files.keySet());
            if (old.files() == files) return List.of();
            List<String> out = new ArrayList<>();
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                if (!Arrays.equals(e.getValue(), old.files().get(e.getKey()))) out.add(e.getKey());
            }
            for (String p : old.files().keySet()) if (!files.containsKey(p)) out.add(p);
            return out;
        }
    }
}
