package be.leerlingenbegeleiding.handbook.load;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.diag.Suggest;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Stage 1, load: reads a handbook folder into parsed documents with positions. It checks that
 * every file is one a handbook may hold, is UTF-8 and parses; it does not look at keys or
 * values (that is {@link Bind}).
 */
public final class Load {
    private Load() {
    }

    /**
     * One parsed file. For Markdown pages, {@code node} is the front matter; {@code origins} says
     * where the body's lines come from when a merge made it of several files (empty: all from
     * {@code file}, starting at {@code bodyLine}).
     */
    public record Document(ContentFile part, Path file, Node node, String body, int bodyLine,
            List<be.leerlingenbegeleiding.handbook.model.Markdown.Origin> origins) {
        public Document {
            origins = origins == null ? List.of() : List.copyOf(origins);
        }

        public Document(ContentFile part, Path file, Node node, String body, int bodyLine) {
            this(part, file, node, body, bodyLine, List.of());
        }
    }

    /**
     * The parsed files of one handbook folder and what was wrong with them.
     *
     * @param layers the folder and those of the templates merged into it, nearest first
     * @param removed what the layers took away from the templates below them, and where
     */
    public record Loaded(Path folder, List<Document> documents, List<Diagnostic> diagnostics, List<Path> layers,
            List<Removed> removed) {
        public Loaded {
            documents = List.copyOf(documents);
            diagnostics = List.copyOf(diagnostics);
            layers = List.copyOf(layers);
            removed = List.copyOf(removed);
        }

        /** Folders merged, nothing known to be removed. */
        public Loaded(Path folder, List<Document> documents, List<Diagnostic> diagnostics, List<Path> layers) {
            this(folder, documents, diagnostics, layers, List.of());
        }

        /** One folder on its own, before any template is merged in. */
        public Loaded(Path folder, List<Document> documents, List<Diagnostic> diagnostics) {
            this(folder, documents, diagnostics, List.of(folder));
        }

        /** Whether the file of this part was read without a syntax problem (or is absent), in every layer. */
        public boolean readable(ContentFile part) {
            return !unread().contains(part.fileName());
        }

        /**
         * The files that could not be read in some layer, named as inside a handbook folder
         * ("cel.yaml", "functies/x.yaml"). What a school wrote there is unknown, so the
         * template's file of the same name shows through unchanged.
         */
        public java.util.Set<String> unread() {
            java.util.Set<Path> read = new java.util.HashSet<>();
            for (Document d : documents) read.add(d.file().toAbsolutePath().normalize());
            java.util.Set<String> names = new java.util.TreeSet<>();
            for (Diagnostic d : diagnostics) {
                Path f = d.position().file().toAbsolutePath().normalize();
                if (d.problem() != null && UNREAD.contains(d.problem()) && !read.contains(f)) {
                    String name = nameInLayer(f);
                    if (name != null) names.add(name);
                }
            }
            return names;
        }

        /**
         * Whether a finding is a consequence of a file that could not be read: it stands in that
         * file or in its namesake in another layer (the template's open parts and references
         * that the school's file would have filled in or changed). The read error itself stays.
         */
        public boolean followsUnread(Diagnostic d, java.util.Set<String> unread) {
            if (unread.isEmpty() || d.problem() != null && UNREAD.contains(d.problem())) return false;
            String name = nameInLayer(d.position().file().toAbsolutePath().normalize());
            return name != null && unread.contains(name);
        }

        /** The findings without those that follow from a file that could not be read. */
        public List<Diagnostic> withoutFollowUps(List<Diagnostic> found) {
            java.util.Set<String> unread = unread();
            return found.stream().filter(d -> !followsUnread(d, unread)).toList();
        }

        /**
         * Whether the handbook's template could not be found or used (missing, a cycle, an
         * archive refused, or a handboek.yaml that does not parse, so that which template it
         * names is unknown): all that is reported then is that, since everything the template
         * would provide counts as missing.
         */
        public boolean templateUnresolved() {
            return !readable(ContentFile.HANDBOEK) || diagnostics.stream().anyMatch(d -> d.problem() == Problem.TEMPLATE_NOT_FOUND
                    || d.problem() == Problem.TEMPLATE_CYCLE || d.problem() == Problem.TEMPLATE_ARCHIVE);
        }

        /** {@code file} named relative to the deepest layer folder that holds it; null outside them all. */
        private String nameInLayer(Path file) {
            Path best = null;
            for (Path layer : layers) {
                Path l = layer.toAbsolutePath().normalize();
                if (file.startsWith(l) && !file.equals(l) && (best == null || l.getNameCount() > best.getNameCount())) best = l;
            }
            return best == null ? null : best.relativize(file).toString().replace('\\', '/');
        }
    }

    /** Problems after which nothing was read from a file. */
    private static final java.util.Set<Problem> UNREAD = java.util.EnumSet.of(Problem.YAML_SYNTAX, Problem.NOT_UTF8,
            Problem.EMPTY_FILE, Problem.UNREADABLE, Problem.TOO_LARGE, Problem.FRONT_MATTER, Problem.NOT_A_FILE);

    /** Whether a folder is a handbook folder (it has a {@code handboek.yaml}). */
    public static boolean isHandbook(Path folder) {
        return Files.isRegularFile(folder.resolve(ContentFile.HANDBOEK.fileName()));
    }

    /**
     * The largest text file read: the biggest file of the example handbooks is under 30 kB, so
     * anything above this is a mistake (a log, an export), and reading it would only cost time
     * and memory before the YAML reader gives up.
     */
    static final long MAX_FILE_BYTES = 1024 * 1024;

    public static Loaded handbook(Path folder) {
        List<Diagnostic> out = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        Path root = real(folder);
        if (Limits.exceeded(folder, out)) return new Loaded(folder, docs, out);
        for (Path entry : list(folder, out)) {
            String name = entry.getFileName().toString();
            ContentFile part = ContentFile.byName(name).orElse(null);
            if (leaves(root, entry, out)) {
                continue;
            } else if (part == null) {
                out.add(Diagnostic.error(Problem.UNKNOWN_FILE, Position.ofFile(entry), name,
                        Suggest.hint(name, ContentFile.names()), Msg.of("allowed.handbook", ContentFile.names())));
            } else if (part.isFolder() && !Files.isDirectory(entry)) {
                out.add(Diagnostic.error(Problem.UNREADABLE, Position.ofFile(entry), Msg.of("unreadable.notFolder")));
            } else if (part.isFolder()) {
                loadFolder(part, root, entry, docs, out);
            } else {
                loadFile(part, entry, docs, out);
            }
        }
        for (ContentFile part : ContentFile.values()) {
            if (part.required() && !Files.exists(folder.resolve(part.fileName()))) {
                out.add(Diagnostic.error(Problem.MISSING_FILE, Position.ofFile(folder.resolve(part.fileName())),
                        part.fileName()));
            }
        }
        return new Loaded(folder, docs, out);
    }

    private static void loadFolder(ContentFile part, Path root, Path dir, List<Document> docs, List<Diagnostic> out) {
        String ext = part.entryExtension();
        if (ext == null) {
            // Pictures and theme files are copied as they are, not read here; but the site must
            // not publish what a link inside them points to elsewhere on the computer.
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted().toList()) {
                    if (!leaves(root, p, out)) copied(p, out);
                }
            } catch (IOException e) {
                out.add(Diagnostic.error(Problem.UNREADABLE, Position.ofFile(dir), Msg.of("unreadable.io", e.getMessage())));
            }
            return;
        }
        for (Path entry : list(dir, out)) {
            String name = entry.getFileName().toString();
            if (leaves(root, entry, out)) {
                continue;
            } else if (Files.isDirectory(entry) && name.endsWith(ext)) {
                out.add(Diagnostic.error(Problem.NOT_A_FILE, Position.ofFile(entry), name));
            } else if (Files.isDirectory(entry) || !name.endsWith(ext)) {
                out.add(Diagnostic.error(Problem.UNKNOWN_FILE, Position.ofFile(entry), name,
                        renameHint(name, ext, Files.isDirectory(entry)), Msg.of("allowed.folder", part.fileName(), ext)));
            } else {
                loadFile(part, entry, docs, out);
            }
        }
    }

    /** 'x.yml' and 'x.markdown' are common spellings; name the file the author most likely meant. */
    private static Msg renameHint(String name, String ext, boolean directory) {
        int dot = name.lastIndexOf('.');
        if (directory || dot <= 0) return Msg.of("hint.none");
        return Msg.of("hint.didYouMean", name.substring(0, dot) + ext);
    }

    /** The folder as the file system sees it, links resolved; the folder itself when that fails. */
    private static Path real(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }

    /**
     * Whether a symbolic link leads out of the handbook, reported as an error: what it points at
     * (a password file, another school's folder) would otherwise be read or published.
     */
    private static boolean leaves(Path root, Path entry, List<Diagnostic> out) {
        if (!Files.isSymbolicLink(entry)) return false;
        Path target;
        try {
            target = entry.toRealPath();
        } catch (IOException e) {
            target = null;
        }
        if (target != null && target.startsWith(root)) return false;
        out.add(Diagnostic.error(Problem.OUTSIDE_HANDBOOK, Position.ofFile(entry), entry.getFileName().toString()));
        return true;
    }

    /**
     * A file of afbeeldingen/ or vormgeving/, which the build copies and may embed: it must be an
     * ordinary file (a pipe would make the copy wait forever) of a size a picture can have.
     * Only its attributes are read, never its bytes.
     */
    private static void copied(Path p, List<Diagnostic> out) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            if (a.isDirectory()) return;
            if (!a.isRegularFile()) {
                out.add(Diagnostic.error(Problem.NOT_A_FILE, Position.ofFile(p), p.getFileName().toString()));
            } else if (a.size() > Limits.MAX_PICTURE_BYTES) {
                out.add(Diagnostic.error(Problem.TOO_LARGE, Position.ofFile(p), (a.size() + 1023) / 1024,
                        Limits.MAX_PICTURE_BYTES / 1024));
            }
        } catch (IOException e) {
            out.add(Diagnostic.error(Problem.UNREADABLE, Position.ofFile(p), Msg.of("unreadable.io", e.getMessage())));
        }
    }

    private static void loadFile(ContentFile part, Path file, List<Document> docs, List<Diagnostic> out) {
        byte[] bytes;
        try {
            // Looked at before it is opened: opening a pipe waits until something writes to it.
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                out.add(Diagnostic.error(Problem.NOT_A_FILE, Position.ofFile(file), file.getFileName().toString()));
                return;
            }
            long size = a.size();
            if (size > MAX_FILE_BYTES) {
                out.add(Diagnostic.error(Problem.TOO_LARGE, Position.ofFile(file),
                        (size + 1023) / 1024, MAX_FILE_BYTES / 1024));
                return;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            out.add(Diagnostic.error(Problem.UNREADABLE, Position.ofFile(file), Msg.of("unreadable.io", e.getMessage())));
            return;
        }
        String text = Text.decode(file, bytes, out);
        if (text == null) return;
        String body = null;
        int bodyLine = 0;
        String yaml = text;
        if (file.getFileName().toString().endsWith(".md")) {
            FrontMatter.Split split = FrontMatter.split(file, text, out);
            if (split == null) return;
            yaml = split.yaml();
            body = split.body();
            bodyLine = split.bodyLine();
        }
        var node = Yaml.parse(file, yaml, out);
        if (node == null) return;
        if (node.isEmpty()) {
            out.add(Diagnostic.error(body == null ? Problem.EMPTY_FILE : Problem.FRONT_MATTER,
                    body == null ? Position.ofFile(file) : new Position(file, 1, 1),
                    body == null ? file.getFileName().toString() : Msg.of("frontMatter.empty")));
            return;
        }
        docs.add(new Document(part, file, node.get(), body, bodyLine));
    }

    /** The entries of a folder in name order, hidden ones (editor settings, .DS_Store) left out. */
    private static List<Path> list(Path dir, List<Diagnostic> out) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            out.add(Diagnostic.error(Problem.UNREADABLE, Position.ofFile(dir), Msg.of("unreadable.io", e.getMessage())));
            return List.of();
        }
    }
}
