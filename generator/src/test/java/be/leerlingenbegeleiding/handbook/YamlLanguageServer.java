package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The real YAML language server (Red Hat's, the one VS Code and most editors use), spoken to over
 * stdio as an editor would. It is not part of the build (it runs on Node.js): {@code .ci/run}
 * installs it, and a developer's machine without it skips the tests that need it, loudly.
 */
final class YamlLanguageServer implements AutoCloseable {
    /** Where {@code .ci/run} installs it; a developer may point elsewhere with the variable. */
    static final String VARIABLE = "HANDBOOK_YAML_LANGUAGE_SERVER";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final OutputStream in;
    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final List<JsonNode> seen = new ArrayList<>();
    private int nextId = 1;

    private YamlLanguageServer(Process process) {
        this.process = process;
        this.in = process.getOutputStream();
        Thread reader = new Thread(this::read, "yaml-language-server");
        reader.setDaemon(true);
        reader.start();
    }

    /** The server's executable, or null when it is not installed (and this is not CI). */
    static Path find(String test) {
        String configured = System.getenv(VARIABLE);
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) candidates.add(Path.of(configured));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) candidates.add(Path.of(dir, "yaml-language-server"));
        }
        for (Path p : candidates) if (Files.isExecutable(p)) return p;
        String why = test + " needs the YAML language server (set " + VARIABLE + " to its executable, or: "
                + "npm install --prefix ~/.cache/handbook-yamlls yaml-language-server@1.25.0)";
        if ("true".equals(System.getenv("CI"))) fail(why + ", and CI=true: the editor test must run in CI");
        System.err.println("\n*** SKIPPED: " + why + " ***\n");
        return null;
    }

    /** Starts the server with {@code root} as the editor's workspace. */
    static YamlLanguageServer start(Path executable, Path root) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(executable.toString(), "--stdio").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        YamlLanguageServer s = new YamlLanguageServer(p);
        ObjectNode params = JSON.createObjectNode();
        params.put("processId", ProcessHandle.current().pid());
        params.put("rootUri", root.toUri().toString());
        ObjectNode caps = params.putObject("capabilities");
        caps.putObject("textDocument").putObject("completion").putObject("completionItem").put("snippetSupport", false);
        caps.putObject("workspace").put("configuration", true);
        s.request("initialize", params);
        s.notify("initialized", JSON.createObjectNode());
        // As an editor that does nothing special: validation, completion and hover on.
        ObjectNode settings = JSON.createObjectNode();
        ObjectNode yaml = settings.putObject("settings").putObject("yaml");
        yaml.put("validate", true).put("completion", true).put("hover", true);
        s.notify("workspace/didChangeConfiguration", settings);
        return s;
    }

    void open(Path file, String text) throws IOException {
        ObjectNode params = JSON.createObjectNode();
        ObjectNode doc = params.putObject("textDocument");
        doc.put("uri", file.toUri().toString()).put("languageId", "yaml").put("version", 1).put("text", text);
        notify("textDocument/didOpen", params);
    }

    /** The labels the editor would offer at {@code line}:{@code character} (both from 0). */
    List<String> completions(Path file, int line, int character) throws IOException, InterruptedException {
        ObjectNode params = JSON.createObjectNode();
        params.putObject("textDocument").put("uri", file.toUri().toString());
        params.putObject("position").put("line", line).put("character", character);
        JsonNode result = request("textDocument/completion", params).path("result");
        JsonNode items = result.isArray() ? result : result.path("items");
        List<String> labels = new ArrayList<>();
        items.forEach(i -> labels.add(i.path("label").asText()));
        return labels;
    }

    /** The messages of the diagnostics the server publishes for {@code file}, after opening it. */
    List<String> diagnostics(Path file) throws InterruptedException {
        String uri = file.toUri().toString();
        JsonNode published = await(m -> "textDocument/publishDiagnostics".equals(m.path("method").asText())
                && uri.equals(m.path("params").path("uri").asText()));
        List<String> out = new ArrayList<>();
        published.path("params").path("diagnostics").forEach(d -> out.add(d.path("message").asText()));
        return out;
    }

    private JsonNode request(String method, JsonNode params) throws IOException, InterruptedException {
        int id = nextId++;
        ObjectNode m = JSON.createObjectNode();
        m.put("jsonrpc", "2.0").put("id", id).put("method", method).set("params", params);
        send(m);
        return await(x -> x.has("id") && x.path("id").asInt() == id && !x.has("method"));
    }

    private void notify(String method, JsonNode params) throws IOException {
        ObjectNode m = JSON.createObjectNode();
        m.put("jsonrpc", "2.0").put("method", method).set("params", params);
        send(m);
    }

    private synchronized void send(JsonNode message) throws IOException {
        byte[] body = JSON.writeValueAsBytes(message);
        in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        in.write(body);
        in.flush();
    }

    /** The first message that matches, answering the server's own requests on the way. */
    private JsonNode await(Predicate<JsonNode> wanted) throws InterruptedException {
        for (JsonNode m : seen) if (wanted.test(m)) return m;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            JsonNode m = messages.poll(1, TimeUnit.SECONDS);
            if (m == null) continue;
            if (m.has("method") && m.has("id")) answer(m);
            else if (wanted.test(m)) return m;
            else seen.add(m);
        }
        fail("the YAML language server did not answer within 60 s");
        return null;
    }

    /** Configuration and registration requests: an ordinary editor's answers. */
    private void answer(JsonNode request) {
        ObjectNode reply = JSON.createObjectNode();
        reply.put("jsonrpc", "2.0").set("id", request.get("id"));
        if ("workspace/configuration".equals(request.path("method").asText())) {
            var result = reply.putArray("result");
            for (JsonNode item : request.path("params").path("items")) {
                if ("yaml".equals(item.path("section").asText())) {
                    result.addObject().put("validate", true).put("completion", true).put("hover", true);
                } else {
                    result.addNull();
                }
            }
        } else {
            reply.putNull("result");
        }
        try {
            send(reply);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void read() {
        try (InputStream out = process.getInputStream()) {
            while (true) {
                int length = -1;
                String header;
                while (!(header = line(out)).isEmpty()) {
                    if (header.toLowerCase().startsWith("content-length:")) length = Integer.parseInt(header.substring(15).trim());
                }
                if (length < 0) return;
                messages.add(JSON.readTree(out.readNBytes(length)));
            }
        } catch (IOException | RuntimeException e) {
            // The server stopped; await() reports the silence.
        }
    }

    private static String line(InputStream s) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = s.read()) != -1 && c != '\n') if (c != '\r') b.write(c);
        if (c == -1 && b.size() == 0) throw new IOException("end of stream");
        return b.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
