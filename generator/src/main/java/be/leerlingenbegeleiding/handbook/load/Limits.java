package be.leerlingenbegeleiding.handbook.load;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * How much one handbook may hold. The examples in {@code content/} have under 100 files,
 * 30 pages, 30 roles and 200 kB of text; each limit is far above that and far below what the
 * generator's memory (the launcher's heap, with one handbook per core) can carry through the
 * renderers. A folder beyond a limit is not read at all: the counting looks at names and sizes
 * only, so a folder of 50,000 exported files or a 900 MB picture costs nothing.
 */
final class Limits {
    static final long MB = 1024 * 1024;
    /** Files below a handbook folder, of every kind. */
    static final int MAX_FILES = 2_000;
    /** Pages and practice examples together, after merging with the template. */
    static final int MAX_PAGES = 500;
    /** Roles in rollen.yaml, after merging with the template. */
    static final int MAX_ROLES = 1_000;
    /**
     * All text files of a handbook together, its template's included. The PDF renderer holds a
     * whole handbook's layout: with the launcher's heap, two handbooks of 4 MB rendered at once
     * ran out of memory, two of 2 MB did not.
     */
    static final long MAX_TEXT_BYTES = 2 * MB;
    /** One file in afbeeldingen/ or vormgeving/: the site copies it and the PDF may embed it. */
    static final long MAX_PICTURE_BYTES = 20 * MB;
    /** All files in afbeeldingen/ and vormgeving/ of one folder together. */
    static final long MAX_PICTURES_BYTES = 100 * MB;

    private Limits() {
    }

    /**
     * Whether a handbook folder holds more than may be read, reported as HB044 at the folder
     * that holds too much. Hidden entries at the top are skipped, as the loader skips them.
     */
    static boolean exceeded(Path folder, List<Diagnostic> out) {
        long[] files = new long[1];
        long[] pages = new long[1];
        long[] text = new long[1];
        long[] pictures = new long[1];
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                    return hiddenTop(folder, dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    if (hiddenTop(folder, file)) return FileVisitResult.CONTINUE;
                    files[0]++;
                    ContentFile part = ContentFile.byName(folder.relativize(file).getName(0).toString()).orElse(null);
                    boolean copied = part != null && part.isFolder() && part.entryExtension() == null;
                    // A file over its own limit is reported at itself by the loader, and not read.
                    if (copied && a.size() <= MAX_PICTURE_BYTES) pictures[0] += a.size();
                    else if (!copied && a.size() <= Load.MAX_FILE_BYTES) text[0] += a.size();
                    if ((part == ContentFile.PAGINAS || part == ContentFile.PRAKTIJKVOORBEELDEN)
                            && file.getFileName().toString().endsWith(".md")) {
                        pages[0]++;
                    }
                    // Counted on well past the limit, so the message says how many there are roughly.
                    return files[0] > 50L * MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // Reported where the loader reads it.
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return false;
        }
        int before = out.size();
        if (files[0] > MAX_FILES) {
            out.add(tooMany(Position.ofFile(folder), files[0], Msg.of("count.files"), MAX_FILES));
        } else {
            if (pages[0] > MAX_PAGES) {
                Path at = folder.resolve(Files.isDirectory(folder.resolve("paginas")) ? "paginas" : "praktijkvoorbeelden");
                out.add(tooMany(Position.ofFile(at), pages[0], Msg.of("count.pages"), MAX_PAGES));
            }
            if (text[0] > MAX_TEXT_BYTES) {
                out.add(tooMany(Position.ofFile(folder), mb(text[0]), Msg.of("count.text"), MAX_TEXT_BYTES / MB));
            }
            if (pictures[0] > MAX_PICTURES_BYTES) {
                Path at = folder.resolve(ContentFile.AFBEELDINGEN.fileName());
                out.add(tooMany(Position.ofFile(Files.isDirectory(at) ? at : folder.resolve(ContentFile.VORMGEVING.fileName())),
                        mb(pictures[0]), Msg.of("count.pictures"), MAX_PICTURES_BYTES / MB));
            }
        }
        return out.size() > before;
    }

    private static boolean hiddenTop(Path folder, Path p) {
        return p.getParent() != null && p.getParent().equals(folder) && p.getFileName().toString().startsWith(".");
    }

    /**
     * After merging: pages and roles of all layers together. Each layer was within its limits,
     * so this only counts what is already in memory. Beyond a limit the rest is left out, so
     * that the checks after this one report once, not twenty thousand times.
     */
    static Load.Loaded merged(Load.Loaded loaded, List<Diagnostic> out) {
        List<Load.Document> docs = new ArrayList<>();
        int pages = 0;
        for (Load.Document d : loaded.documents()) {
            if (d.part() == ContentFile.PAGINAS || d.part() == ContentFile.PRAKTIJKVOORBEELDEN) {
                if (++pages > MAX_PAGES) continue;
            }
            docs.add(d.part() == ContentFile.ROLLEN ? roles(d, out) : d);
        }
        if (pages > MAX_PAGES) {
            out.add(tooMany(Position.ofFile(loaded.folder().resolve(ContentFile.PAGINAS.fileName())), pages,
                    Msg.of("count.pages"), MAX_PAGES));
        }
        long text = 0;
        for (Load.Document d : loaded.documents()) {
            try {
                text += Files.size(d.file());
            } catch (IOException e) {
                // It was just read; if it is gone now, it does not count.
            }
        }
        if (text > MAX_TEXT_BYTES) {
            out.add(tooMany(Position.ofFile(loaded.folder()), mb(text), Msg.of("count.text"), MAX_TEXT_BYTES / MB));
        }
        return new Load.Loaded(loaded.folder(), docs, loaded.diagnostics(), loaded.layers(), loaded.removed());
    }

    private static Load.Document roles(Load.Document d, List<Diagnostic> out) {
        if (!(d.node() instanceof MappingNode m)) return d;
        List<NodeTuple> tuples = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("rollen")
                    && t.getValueNode() instanceof SequenceNode roles && roles.getValue().size() > MAX_ROLES) {
                Position at = k.getStartMark().map(mk -> Yaml.position(Path.of(mk.getName()), mk)).orElse(Position.ofFile(d.file()));
                out.add(tooMany(at, roles.getValue().size(), Msg.of("count.roles"), MAX_ROLES));
                t = new NodeTuple(k, new SequenceNode(roles.getTag(), true, new ArrayList<>(roles.getValue().subList(0, MAX_ROLES)),
                        roles.getFlowStyle(), roles.getStartMark(), roles.getEndMark()));
            }
            tuples.add(t);
        }
        return new Load.Document(d.part(), d.file(), new MappingNode(m.getTag(), true, tuples, m.getFlowStyle(),
                m.getStartMark(), m.getEndMark()), d.body(), d.bodyLine());
    }

    private static Diagnostic tooMany(Position at, long count, Msg what, long limit) {
        return Diagnostic.error(Problem.TOO_MANY, at, count, what, limit);
    }

    private static long mb(long bytes) {
        return (bytes + MB - 1) / MB;
    }
}
