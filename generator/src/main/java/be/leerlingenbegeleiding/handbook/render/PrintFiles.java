package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.model.ContentFile;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the PDF renderer may read besides the document it is given: the pictures in the
 * {@code afbeeldingen/} folders of the handbook's layers, nearest layer first, as the website
 * has them. Fonts and stylesheets are handed over in memory, so nothing else is ever needed;
 * an address on the network (from a theme, a stylesheet or content that skipped the check) is
 * left out of the PDF instead of being fetched from the build machine.
 */
final class PrintFiles {
    private static final String FOLDER = ContentFile.AFBEELDINGEN.fileName();

    /** The picture folders, nearest layer first, as real paths (a link out of them is no way out). */
    private final List<Path> folders = new ArrayList<>();

    PrintFiles(Handbook h) {
        for (Path layer : h.layers()) {
            Path dir = layer.resolve(FOLDER);
            try {
                if (Files.isDirectory(dir)) folders.add(dir.toRealPath());
            } catch (IOException unreadable) {
                // A folder that cannot be read has no pictures to offer.
            }
        }
    }

    /**
     * The file a relative address such as {@code afbeeldingen/plan.png} names, as a file: URI,
     * or null for anything else; openhtmltopdf then leaves the resource out.
     */
    String resolve(String base, String uri) {
        if (uri == null) return null;
        String path;
        try {
            URI u = new URI(uri.strip());
            if (u.isAbsolute() || u.getRawAuthority() != null || u.getPath() == null) return null;
            path = u.getPath();
        } catch (URISyntaxException e) {
            return null;
        }
        if (!path.startsWith(FOLDER + "/")) return null;
        String rest = path.substring(FOLDER.length() + 1);
        for (Path dir : folders) {
            Path p = dir.resolve(rest).normalize();
            if (!p.startsWith(dir) || !Files.isRegularFile(p)) continue;
            try {
                Path real = p.toRealPath();
                if (real.startsWith(dir)) return real.toUri().toString();
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    /** Whether the renderer may open this (already resolved) address: a file in a picture folder. */
    boolean allowed(String uri, ExternalResourceType type) {
        if (uri == null || !uri.startsWith("file:")) return false;
        try {
            Path p = Path.of(new URI(uri)).toRealPath();
            return folders.stream().anyMatch(p::startsWith);
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Stands in for the renderer's own HTTP client, should an address ever get past the checks
     * above: it opens no connection and yields nothing.
     */
    static final FSStreamFactory NO_NETWORK = url -> new FSStream() {
        @Override
        public InputStream getStream() {
            return null;
        }

        @Override
        public Reader getReader() {
            return null;
        }
    };
}
