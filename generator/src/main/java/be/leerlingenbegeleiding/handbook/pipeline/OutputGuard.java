package be.leerlingenbegeleiding.handbook.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Before a build writes anything: the output may not lie in, on or around what the build reads
 * (the content folder, each handbook and every template it builds on), judged on real paths so
 * that a symbolic link cannot lead around it; and whatever already stands where the output goes
 * must be ours to replace. A school whose template folder got an output folder in it would fail
 * from then on with an unknown folder (HB015).
 */
final class OutputGuard {
    private OutputGuard() {
    }

    /**
     * @param layers the folders the build reads: the content folder first (see {@link #read}), the
     *     handbooks, their templates
     * @param names the output folders to be written under {@code out}, by handbook name
     * @param overview the file under {@code out} for the overview page with its mark, or null
     */
    static void check(Path out, Collection<Path> layers, Collection<String> names, String overview, String mark) throws IOException {
        Path realOut = real(out);
        Path content = layers.iterator().next();
        for (Path layer : layers) {
            Path r = real(layer);
            if (realOut.startsWith(r) || r.startsWith(realOut)) {
                throw UnsafeOutputException.overlaps(out, layer, content);
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) throw new UnsafeOutputException(out, UnsafeOutputException.Reason.NOT_A_FOLDER);
        for (String name : names) {
            Path target = out.resolve(name);
            if (Files.exists(target) && !Files.isDirectory(target)) {
                throw new UnsafeOutputException(target, UnsafeOutputException.Reason.NOT_A_FOLDER);
            }
            boolean ours;
            try {
                ours = AtomicOutput.replaceable(target);
            } catch (IOException e) {
                throw new UnsafeOutputException(target, UnsafeOutputException.Reason.UNREADABLE);
            }
            if (!ours) throw new UnsafeOutputException(target, UnsafeOutputException.Reason.NOT_OURS);
        }
        if (overview != null) AtomicOutput.ownFile(out.resolve(overview), mark);
    }

    /** The folders a build of these handbooks reads, the content folder first. */
    static Set<Path> read(Path content, List<Path> folders, List<List<Path>> layers) {
        Set<Path> all = new LinkedHashSet<>();
        all.add(content);
        all.addAll(folders);
        layers.forEach(all::addAll);
        return all;
    }

    /**
     * Where a path really leads: the real path of its nearest existing ancestor with the rest of
     * the names after it. A link along the way is followed, also one that leads nowhere yet.
     */
    static Path real(Path p) {
        Path at = p.toAbsolutePath().normalize();
        Deque<Path> rest = new ArrayDeque<>();
        for (int links = 0; at != null; ) {
            if (Files.exists(at)) {
                try {
                    Path r = at.toRealPath();
                    for (Path name : rest) r = r.resolve(name);
                    return r;
                } catch (IOException e) {
                    break;
                }
            }
            if (Files.isSymbolicLink(at) && links++ < 40) {
                try {
                    // A link to what does not exist yet: writing through it would create its target.
                    Path to = at.getParent().resolve(Files.readSymbolicLink(at)).normalize();
                    at = to;
                    continue;
                } catch (IOException e) {
                    break;
                }
            }
            if (at.getFileName() != null) rest.push(at.getFileName());
            at = at.getParent();
        }
        return p.toAbsolutePath().normalize();
    }
}
