package be.leerlingenbegeleiding.handbook.edition;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.diag.UserError;
import be.leerlingenbegeleiding.handbook.load.Layers;
import be.leerlingenbegeleiding.handbook.load.Load;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An earlier edition of a handbook, merged over its templates as the build merges it: a folder
 * that holds it, or a git revision (a tag such as {@code v2025}, a branch, a commit) of the
 * repository the handbook lives in. A revision is read with the machine's {@code git}, which
 * only reads: {@code git archive} of the content folder into a temporary folder, so that a
 * template beside the handbook ({@code sjabloon: ../sjabloon}) is there as it was then.
 */
public final class Earlier {
    private Earlier() {
    }

    /** What a revision may look like: no option, no shell, no path outside the repository. */
    private static final Pattern REVISION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/~^@{}-]*");

    /**
     * The parts of the earlier edition {@code ref} of the handbook in {@code handbook}.
     *
     * @param ref a folder (relative to {@code base}) or a git revision
     * @param base where a relative folder is looked up
     */
    public static Edition parts(Path handbook, String ref, Path base) throws IOException {
        Path folder = base.resolve(ref).normalize();
        if (Files.isDirectory(folder)) {
            if (!Load.isHandbook(folder)) {
                throw new UserError(Msg.of("edition.notHandbook", ref), Msg.of("edition.notHandbook.tip"));
            }
            return Edition.of(ref, Layers.handbook(folder));
        }
        Path tmp = Files.createTempDirectory("handboek-editie-");
        try {
            return Edition.of(ref, Layers.handbook(fromGit(handbook, ref, tmp)));
        } finally {
            delete(tmp);
        }
    }

    /**
     * An earlier edition: its parts, and what its handboek.yaml says it is ({@code schooljaar},
     * {@code editie}; null where it says nothing), for a reader who asks "since when?".
     */
    public record Edition(String ref, String schoolYear, String edition, java.util.Map<String, Parts.Part> parts) {
        static Edition of(String ref, Load.Loaded loaded) {
            String year = null;
            String edition = null;
            for (Load.Document d : loaded.documents()) {
                if (d.part() != be.leerlingenbegeleiding.handbook.model.ContentFile.HANDBOEK
                        || !(d.node() instanceof org.snakeyaml.engine.v2.nodes.MappingNode m)) continue;
                for (var t : m.getValue()) {
                    if (!(t.getKeyNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode k)
                            || !(t.getValueNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode v) || v.getValue().isBlank()) continue;
                    if (k.getValue().equals("schooljaar")) year = v.getValue().strip();
                    if (k.getValue().equals("editie")) edition = v.getValue().strip();
                }
            }
            return new Edition(ref, year, edition, Parts.of(loaded.documents()));
        }
    }

    /**
     * The problems of a {@code vorige_uitgave} in {@code handboek.yaml}: content is data, so it
     * may name only a folder inside the content folder (beside the handbook) or a revision of the
     * repository; git then only reads. Empty when the build can find that edition.
     */
    public static List<Diagnostic> problems(Path handbook, String ref, Position at) {
        Path folder = contentFolder(handbook, ref);
        if (folder != null) {
            Path content = handbook.toAbsolutePath().normalize().getParent();
            if (content == null || !folder.startsWith(content) || folder.equals(handbook.toAbsolutePath().normalize())) {
                return List.of(Diagnostic.error(Problem.EDITION_FOLDER, at, ref, Msg.of("edition.outside")));
            }
            if (!Load.isHandbook(folder)) return List.of(Diagnostic.error(Problem.EDITION_FOLDER, at, ref, Msg.of("edition.noHandbook")));
            return List.of();
        }
        try {
            commit(handbook, ref);
            return List.of();
        } catch (UserError e) {
            return List.of(Diagnostic.error(Problem.EDITION_NOT_FOUND, at, ref));
        }
    }

    /** The folder a {@code vorige_uitgave} names, when it names one (a path, or a folder that is there). */
    private static Path contentFolder(Path handbook, String ref) {
        Path folder = handbook.toAbsolutePath().normalize().resolve(ref).normalize();
        return ref.startsWith(".") || ref.startsWith("/") || Files.isDirectory(folder) ? folder : null;
    }

    /** The parts of the edition a {@code vorige_uitgave} names, which {@link #problems} found in order. */
    public static Edition published(Path handbook, String ref) throws IOException {
        return parts(handbook, ref, handbook.toAbsolutePath().normalize());
    }

    /** The handbook as it was at {@code ref}, written under {@code tmp}; its folder. */
    private static Path fromGit(Path handbook, String ref, Path tmp) throws IOException {
        String commit = commit(handbook, ref);
        Path top = Path.of(git(handbook, "rev-parse", "--show-toplevel").strip()).toRealPath();
        Path real = handbook.toRealPath();
        // The content folder, so that templates beside the handbook come along.
        Path content = real.getParent() != null && real.getParent().startsWith(top) ? real.getParent() : real;
        String prefix = top.relativize(content).toString().replace('\\', '/');
        List<String> args = new ArrayList<>(List.of("archive", "--format=zip", commit));
        if (!prefix.isEmpty()) args.add(prefix);
        byte[] zip = run(top, args);
        unzip(zip, tmp);
        Path earlier = tmp.resolve(top.relativize(real).toString());
        if (!Load.isHandbook(earlier)) {
            throw new UserError(Msg.of("edition.notInRevision", ref, top.relativize(real).toString().replace('\\', '/')),
                    Msg.of("edition.notInRevision.tip"));
        }
        return earlier;
    }

    /** The commit {@code ref} names in the handbook's repository; a user error when there is none. */
    private static String commit(Path handbook, String ref) {
        if (!REVISION.matcher(ref).matches() || ref.contains("..")) {
            throw new UserError(Msg.of("edition.unknown", ref), Msg.of("edition.unknown.tip"));
        }
        try {
            git(handbook, "rev-parse", "--show-toplevel");
        } catch (GitFailed e) {
            throw new UserError(Msg.of("edition.noRepository", ref, handbook), Msg.of("edition.noRepository.tip"));
        }
        try {
            return git(handbook, "rev-parse", "--verify", "--quiet", ref + "^{commit}").strip();
        } catch (GitFailed e) {
            throw new UserError(Msg.of("edition.unknown", ref), Msg.of("edition.unknown.tip"));
        }
    }

    private static final class GitFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GitFailed(String message) {
            super(message);
        }
    }

    private static String git(Path dir, String... args) {
        return new String(run(dir, List.of(args)), StandardCharsets.UTF_8);
    }

    /** Runs git in {@code dir} with {@code args}, without a shell; its output. */
    private static byte[] run(Path dir, List<String> args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toAbsolutePath().toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        // A repository's own settings may not start a pager or ask for a password.
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        pb.environment().put("GIT_PAGER", "cat");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new UserError(Msg.of("edition.noGit"), Msg.of("edition.noGit.tip"));
        }
        try (InputStream in = p.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new GitFailed("git took too long");
            }
            if (p.exitValue() != 0) throw new GitFailed("git " + args + ": " + p.exitValue());
            return out.toByteArray();
        } catch (IOException e) {
            throw new GitFailed(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitFailed("interrupted");
        }
    }

    private static void unzip(byte[] zip, Path to) throws IOException {
        Path root = to.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                Path target = root.resolve(e.getName()).normalize();
                if (!target.startsWith(root)) continue;
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
