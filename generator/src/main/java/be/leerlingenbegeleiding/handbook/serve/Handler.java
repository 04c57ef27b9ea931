package be.leerlingenbegeleiding.handbook.serve;

import be.leerlingenbegeleiding.handbook.render.PageKind;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers the browser: handbook files from the current snapshot, PDFs made on request, the
 * preview's script and its event stream. Only GET and HEAD; nothing outside the built site can
 * be named, because files are looked up by their path in memory, never on disk.
 */
final class Handler implements HttpHandler {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("xml", "application/xml"),
            Map.entry("woff2", "font/woff2"));

    private final Preview preview;
    /** On the loopback interface, only pages the user opened themselves: see {@link #trusted}. */
    private final boolean loopback;
    /** The preview's own origins ({@code http://127.0.0.1:8000}…): see {@link #sameOrigin}. */
    private final Set<String> origins;

    Handler(Preview preview, boolean loopback, Set<String> origins) {
        this.preview = preview;
        this.loopback = loopback;
        this.origins = Set.copyOf(origins);
    }

    @Override
    public void handle(HttpExchange x) throws IOException {
        // The request has been read; what follows waits on the preview, not on the client.
        preview.deadlines().clear();
        // Another site may still embed what slips through (an old browser sends neither header
        // checked below); these make the browser refuse it as a script, style or image there.
        x.getResponseHeaders().set("Cross-Origin-Resource-Policy", "same-origin");
        x.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        try {
            if (!trusted(x)) {
                send(x, 403, "text/plain; charset=utf-8", text("serve.forbidden"));
                return;
            }
            if (!sameOrigin(x)) {
                send(x, 403, "text/plain; charset=utf-8", text("serve.crossSite"));
                return;
            }
            String method = x.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                x.getResponseHeaders().set("Allow", "GET, HEAD");
                send(x, 405, "text/plain; charset=utf-8", text("serve.method"));
                return;
            }
            String refused = oversized(x);
            if (refused != null) {
                send(x, Integer.parseInt(refused.substring(0, 3)), "text/plain; charset=utf-8", text(refused.substring(4)));
                return;
            }
            String path = x.getRequestURI().getPath();
            if (!safe(path)) {
                send(x, 404, "text/plain; charset=utf-8", text("serve.notFound"));
                return;
            }
            if (path.equals(Preview.EVENTS)) {
                events(x);
                return;
            }
            if (path.equals(Preview.TOOL + "live.js")) {
                send(x, 200, TYPES.get("js"), Preview.liveScript());
                return;
            }
            site(x, path);
        } catch (RuntimeException e) {
            send(x, 500, "text/plain; charset=utf-8", preview.messages().get("cli.internal", String.valueOf(e)).getBytes(StandardCharsets.UTF_8));
        }
    }

    private void site(HttpExchange x, String path) throws IOException {
        Preview.Snapshot s = preview.snapshot();
        if (path.equals("/") || path.equals("/index.html")) {
            if (s.overview() != null) {
                send(x, 200, TYPES.get("html"), live(s.overview()));
            } else if (!s.handbooks().isEmpty()) {
                redirect(x, "/" + s.handbooks().values().iterator().next().name() + "/");
            } else {
                send(x, 404, "text/plain; charset=utf-8", text("serve.notFound"));
            }
            return;
        }
        String rest = path.substring(1);
        int slash = rest.indexOf('/');
        String name = slash < 0 ? rest : rest.substring(0, slash);
        Preview.Served h = s.named(name);
        if (h == null) {
            send(x, 404, "text/plain; charset=utf-8", text("serve.notFound"));
            return;
        }
        if (slash < 0) {
            redirect(x, "/" + name + "/");
            return;
        }
        String file = rest.substring(slash + 1);
        if (file.isEmpty() || file.endsWith("/")) file += "index.html";
        if (h.files().isEmpty()) {
            // Never built without errors yet: an empty page that carries the error overlay.
            send(x, 200, TYPES.get("html"), live(waiting(name)));
            return;
        }
        byte[] body = h.files().get(file);
        PdfJob pdf = body == null ? h.pdfs().get(file) : null;
        if (pdf != null) {
            try {
                body = pdf.get();
            } catch (PdfJob.Failed f) {
                send(x, 500, TYPES.get("html"), live(page(preview.pdfMessage(name + "/" + file, f), preview.messages().get("serve.pdf.tip"))));
                return;
            } catch (InterruptedException e) {
                // The preview stops.
                Thread.currentThread().interrupt();
                x.close();
                return;
            }
        }
        if (body == null && h.files().containsKey(file + "/index.html")) {
            redirect(x, path + "/");
            return;
        }
        if (body == null) {
            byte[] missing = h.files().get(PageKind.NIET_GEVONDEN.path());
            if (missing != null) send(x, 404, TYPES.get("html"), live(missing));
            else send(x, 404, "text/plain; charset=utf-8", text("serve.notFound"));
            return;
        }
        String type = type(file);
        send(x, 200, type, type.startsWith("text/html") ? live(body) : body);
    }

    private void events(HttpExchange x) throws IOException {
        x.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        x.getResponseHeaders().set("Cache-Control", "no-store");
        preview.deadlines().start(Deadlines.WRITE_MILLIS);
        x.sendResponseHeaders(200, 0);
        preview.deadlines().clear();
        // The exchange stays open after this method returns; the stream is closed when the tab
        // goes away, stops reading, or the preview stops.
        preview.listen(x);
    }

    /**
     * Whether the request comes from the preview's own pages, or from no page at all (the
     * address bar, curl). A page on another site may name the preview in a script tag or an
     * EventSource and read what comes back; browsers say so in {@code Sec-Fetch-Site} and
     * {@code Origin}. Older browsers send neither; the headers set in {@link #handle} cover those.
     */
    private boolean sameOrigin(HttpExchange x) {
        for (String site : x.getRequestHeaders().getOrDefault("Sec-Fetch-Site", List.of())) {
            String s = site.strip().toLowerCase(Locale.ROOT);
            if (s.equals("cross-site") || s.equals("same-site")) return false;
        }
        for (String origin : x.getRequestHeaders().getOrDefault("Origin", List.of())) {
            if (!origins.contains(origin.strip().toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /**
     * A browser page on another site may send requests to 127.0.0.1 too, or reach it through a
     * host name it controls (DNS rebinding); on loopback only the names of this machine are let
     * in. Someone who serves on another interface on purpose gets no such check.
     */
    private boolean trusted(HttpExchange x) {
        if (!loopback) return true;
        String host = x.getRequestHeaders().getFirst("Host");
        if (host == null) return true;
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.replaceFirst(":\\d+$", "");
        name = name.toLowerCase(Locale.ROOT);
        return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]") || name.endsWith(".localhost");
    }

    /** Longest address a page of a handbook can have, with room to spare. */
    static final int MAX_URI = 2048;
    /** More headers than any browser sends. */
    static final int MAX_HEADERS = 64;

    /**
     * A reason to refuse the request as too large ("status key"), or null. The preview only
     * reads: a request with a body, an endless address or a pile of headers is not a browser's.
     */
    private static String oversized(HttpExchange x) {
        String length = x.getRequestHeaders().getFirst("Content-Length");
        if (x.getRequestHeaders().containsKey("Transfer-Encoding") || length != null && !length.strip().equals("0")) {
            return "413 serve.tooLarge";
        }
        if (x.getRequestURI().getRawPath() != null && x.getRequestURI().toString().length() > MAX_URI) return "414 serve.tooLong";
        int headers = x.getRequestHeaders().values().stream().mapToInt(java.util.List::size).sum();
        return headers > MAX_HEADERS ? "431 serve.tooManyHeaders" : null;
    }

    /** No empty, dot or dot-dot segments, no backslashes or control characters. */
    static boolean safe(String path) {
        if (path == null || !path.startsWith("/")) return false;
        for (char c : path.toCharArray()) if (c < 0x20 || c == '\\' || c == 0x7f) return false;
        String[] parts = path.substring(1).split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.equals(".") || p.equals("..")) return false;
            if (p.isEmpty() && i < parts.length - 1) return false;
        }
        return true;
    }

    /** The page with the preview's script added, just before the head closes. */
    static byte[] live(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + Preview.TOOL + "live.js\" defer></script>";
        int at = page.indexOf("</head>");
        page = at < 0 ? tag + page : page.substring(0, at) + tag + page.substring(at);
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] waiting(String name) {
        return page(preview.messages().get("serve.waiting", name), null);
    }

    /** A page of the preview's own: a title, and a line of explanation if any. */
    private static byte[] page(String title, String text) {
        return ("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head><body><main><h1>" + escape(title) + "</h1>" + (text == null ? "" : "<p>" + escape(text) + "</p>")
                + "</main></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String type(String file) {
        int dot = file.lastIndexOf('.');
        String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private byte[] text(String key) {
        return (preview.messages().get(key) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private void redirect(HttpExchange x, String to) throws IOException {
        x.getResponseHeaders().set("Location", to);
        preview.deadlines().start(Deadlines.WRITE_MILLIS);
        x.sendResponseHeaders(302, -1);
        x.close();
    }

    /** Answers and closes; a browser that does not take the answer loses the connection after a while. */
    private void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        // A preview is never cached: the next reload must show the newest build.
        x.getResponseHeaders().set("Cache-Control", "no-store");
        preview.deadlines().start(Deadlines.WRITE_MILLIS);
        boolean head = x.getRequestMethod().equals("HEAD");
        x.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) x.getResponseBody().write(body);
        x.close();
    }
}
