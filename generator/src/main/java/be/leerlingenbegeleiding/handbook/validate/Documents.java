package be.leerlingenbegeleiding.handbook.validate;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.diag.Suggest;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Policies;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The school's policy documents: the links of {@code beleid.yaml} and the PDFs in
 * {@code documenten/}. That folder is published as it is, like {@code afbeeldingen/}, so it holds
 * PDFs only, judged by their first bytes; a link points to an https address or to one of them.
 */
public final class Documents {
    /** The folder, with its closing slash: how a link names a file in it. */
    public static final String FOLDER = ContentFile.DOCUMENTEN.fileName() + "/";

    private Documents() {
    }

    static void check(Handbook h, List<Diagnostic> out) {
        for (Path layer : h.layers()) {
            Path dir = layer.resolve(ContentFile.DOCUMENTEN.fileName());
            try {
                for (Path file : published(dir)) {
                    Msg reason = reason(file);
                    if (reason != null) {
                        out.add(Diagnostic.error(Problem.POLICY_FILE, Position.ofFile(file), FOLDER + rel(dir, file), reason));
                    }
                }
            } catch (IOException e) {
                out.add(Diagnostic.error(Problem.UNREADABLE, Position.ofFile(dir), Msg.of("unreadable.io", e.getMessage())));
            }
        }
        if (h.policies() == null) return;
        for (Policies.Document d : h.policies().documents()) links(h, d, out);
    }

    private static void links(Handbook h, Policies.Document d, List<Diagnostic> out) {
        boolean url = d.url() != null && !d.url().isBlank();
        boolean file = d.file() != null && !d.file().isBlank();
        String title = String.valueOf(d.title());
        if (url == file) {
            Position at = url ? d.source().keyAt("bestand") : d.source().position();
            out.add(Diagnostic.error(Problem.POLICY_TARGET, at, title, Msg.of(url ? "policy.both" : "policy.none")));
        } else if (url && !d.url().strip().toLowerCase(Locale.ROOT).startsWith("https://")) {
            // The binder already refused what is no web address at all; what is left is plain http.
            if (d.url().strip().toLowerCase(Locale.ROOT).startsWith("http://")) {
                out.add(Diagnostic.error(Problem.POLICY_TARGET, d.source().valueAt("url"), title, Msg.of("policy.http", d.url())));
            }
        } else if (file) {
            Msg reason = fileReason(h, d.file().strip());
            if (reason != null) out.add(Diagnostic.error(Problem.POLICY_FILE, d.source().valueAt("bestand"), d.file().strip(), reason));
        }
    }

    /** Why a link's file is not one the site publishes, or null when it is. */
    private static Msg fileReason(Handbook h, String name) {
        if (!name.startsWith(FOLDER) || Links.of(name) != Links.Kind.SAFE || name.contains("..") || name.contains("\\")) {
            return Msg.of("document.folder");
        }
        String inside = name.substring(FOLDER.length());
        TreeSet<String> present = new TreeSet<>();
        for (Path layer : h.layers()) {
            Path dir = layer.resolve(ContentFile.DOCUMENTEN.fileName());
            try {
                for (Path f : published(dir)) {
                    String rel = rel(dir, f);
                    // A file that is there but no PDF is named once, where it lies.
                    if (rel.equals(inside)) return null;
                    present.add(FOLDER + rel);
                }
            } catch (IOException e) {
                return Msg.of("unreadable.io", e.getMessage());
            }
        }
        if (present.isEmpty()) return Msg.of("document.none");
        return Msg.of("document.missing", Suggest.hint(name, present), List.copyOf(present));
    }

    /**
     * The files of a documents folder that the website publishes, in path order: every file whose
     * name does not start with a dot. One list for the check and the copy.
     */
    public static List<Path> published(Path dir) throws IOException {
        return Images.published(dir);
    }

    /** Why a file is not a PDF, or null when it is one. */
    static Msg reason(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) return Msg.of("document.name");
        byte[] head = new byte[5];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (!Arrays.equals(Arrays.copyOf(head, n), "%PDF-".getBytes(StandardCharsets.US_ASCII))) return Msg.of("document.content");
        } catch (IOException e) {
            return Msg.of("image.unreadable");
        }
        return active(file);
    }

    /**
     * A published PDF is content, so it may not carry script or start a program: JavaScript in
     * its name tree, an opening action or a link, or a launch action. An encrypted PDF cannot be
     * looked into and is refused for that reason.
     */
    private static Msg active(Path file) {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            if (catalog.getNames() != null && catalog.getNames().getJavaScript() != null) return Msg.of("document.script");
            if (catalog.getOpenAction() instanceof PDAction a && activeAction(a)) return Msg.of("document.script");
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() != null && activeAction(link.getAction())) {
                        return Msg.of("document.script");
                    }
                }
            }
            return null;
        } catch (InvalidPasswordException e) {
            return Msg.of("document.encrypted");
        } catch (IOException e) {
            return Msg.of("document.content");
        }
    }

    private static boolean activeAction(PDAction action) {
        return action instanceof PDActionJavaScript || action instanceof PDActionLaunch;
    }

    private static String rel(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }
}
