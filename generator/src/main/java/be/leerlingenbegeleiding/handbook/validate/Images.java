package be.leerlingenbegeleiding.handbook.validate;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * The {@code afbeeldingen/} folders are published as they are, next to the pages: a web page or
 * a scripted SVG there would run in the site's name. So they hold pictures only, judged by what
 * the file holds and not by its name alone: PNG, JPEG, GIF and WebP by their first bytes, SVG by
 * reading it as XML (never loading a DTD or entity) and finding nothing that runs or loads from
 * elsewhere. Refusing is clearer than cleaning: the author sees which file and why.
 */
public final class Images {
    private static final String FOLDER = ContentFile.AFBEELDINGEN.fileName();

    /** Extension to what the file must hold. */
    private static final Map<String, String> KINDS = Map.of(
            "png", "PNG", "jpg", "JPEG", "jpeg", "JPEG", "gif", "GIF", "webp", "WebP", "svg", "SVG");
    /** Elements that run script or embed a document of their own. */
    private static final List<String> ACTIVE = List.of("script", "foreignobject", "iframe", "embed", "object",
            "handler", "listener");
    /** Pictures an SVG may carry inside itself. */
    private static final Pattern INLINE_PICTURE = Pattern.compile("^data:image/(png|jpeg|gif|webp)[;,].*", Pattern.DOTALL);
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?\\s*([^'\")\\s]*)");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cntrl}\\s]");
    private static final int SHOWN = 40;

    private Images() {
    }

    /** Checks the picture folders of every layer: the school's and its templates'. */
    static void check(List<Path> layers, List<Diagnostic> out) {
        for (Path layer : layers) {
            Path dir = layer.resolve(FOLDER);
            try {
                for (Path file : published(dir)) {
                    Msg reason = reason(file);
                    if (reason != null) {
                        String name = FOLDER + "/" + dir.relativize(file).toString().replace('\\', '/');
                        out.add(Diagnostic.error(Problem.NOT_AN_IMAGE, Position.ofFile(file), name, reason));
                    }
                }
            } catch (IOException e) {
                out.add(Diagnostic.error(Problem.UNREADABLE, Position.ofFile(dir), Msg.of("unreadable.io", e.getMessage())));
            }
        }
    }

    /**
     * The files of a picture folder that the website publishes, in path order: every file whose
     * name does not start with a dot. One list for the check and the copy, so nothing unchecked
     * is published.
     */
    public static List<Path> published(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /** Why the file is not a picture the site can show safely, or null when it is one. */
    static Msg reason(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String kind = dot < 0 ? null : KINDS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (kind == null) return Msg.of("image.name");
        try {
            if (kind.equals("SVG")) return svg(file);
            byte[] head = new byte[12];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            return kind.equals(sniff(Arrays.copyOf(head, n))) ? null : Msg.of("image.content", kind);
        } catch (IOException e) {
            return Msg.of("image.unreadable");
        }
    }

    /** The raster format the first bytes announce, or null. */
    private static String sniff(byte[] b) {
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return "PNG";
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) return "JPEG";
        if (starts(b, 0, 'G', 'I', 'F', '8', '7', 'a') || starts(b, 0, 'G', 'I', 'F', '8', '9', 'a')) return "GIF";
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) return "WebP";
        return null;
    }

    private static boolean starts(byte[] b, int from, int... expected) {
        if (b.length < from + expected.length) return false;
        for (int i = 0; i < expected.length; i++) if ((b[from + i] & 0xFF) != expected[i]) return false;
        return true;
    }

    private static Msg svg(Path file) throws IOException {
        SvgCheck check = new SvgCheck();
        try (InputStream in = Files.newInputStream(file)) {
            SAXParser parser = PARSERS.newSAXParser();
            parser.setProperty("http://xml.org/sax/properties/declaration-handler", check);
            parser.setProperty("http://xml.org/sax/properties/lexical-handler", check);
            parser.parse(new InputSource(in), check);
        } catch (Refused r) {
            return r.reason;
        } catch (SAXException | ParserConfigurationException e) {
            return Msg.of("image.xml");
        }
        return check.sawRoot ? null : Msg.of("image.notSvg");
    }

    private static final SAXParserFactory PARSERS = parsers();

    /** XML reading that never opens another file or address, and expands no entity. */
    private static SAXParserFactory parsers() {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
        return f;
    }

    /** The first thing that makes an SVG unsafe, thrown to stop reading there. */
    private static final class Refused extends SAXException {
        private static final long serialVersionUID = 1L;
        private final transient Msg reason;

        Refused(Msg reason) {
            super(reason.key());
            this.reason = reason;
        }
    }

    private static final class SvgCheck extends DefaultHandler2 {
        boolean sawRoot;
        private int depth;
        private StringBuilder style;

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId) {
            // A declared DTD is never fetched: an empty one stands in.
            return new InputSource(new StringReader(""));
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) {
            return new InputSource(new StringReader(""));
        }

        // Declarations can add attributes (an onload) and entities that hide what follows.
        @Override
        public void elementDecl(String name, String model) throws SAXException {
            throw new Refused(Msg.of("image.declarations"));
        }

        @Override
        public void attributeDecl(String e, String a, String type, String mode, String value) throws SAXException {
            throw new Refused(Msg.of("image.declarations"));
        }

        @Override
        public void internalEntityDecl(String name, String value) throws SAXException {
            throw new Refused(Msg.of("image.declarations"));
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
            throw new Refused(Msg.of("image.declarations"));
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            if (target.equalsIgnoreCase("xml-stylesheet")) throw new Refused(Msg.of("image.external", shown(data)));
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attrs) throws SAXException {
            String element = local(localName, qName);
            if (depth++ == 0) {
                if (!element.equals("svg")) throw new Refused(Msg.of("image.notSvg"));
                sawRoot = true;
            }
            if (ACTIVE.contains(element.toLowerCase(Locale.ROOT))) {
                throw new Refused(Msg.of("image.element", "<" + element + ">"));
            }
            for (int i = 0; i < attrs.getLength(); i++) {
                String name = local(attrs.getLocalName(i), attrs.getQName(i)).toLowerCase(Locale.ROOT);
                String value = attrs.getValue(i);
                String probe = probe(value);
                if (name.startsWith("on")) throw new Refused(Msg.of("image.handler", attrs.getQName(i)));
                if (probe.contains("javascript:") || probe.contains("vbscript:")) throw new Refused(Msg.of("image.javascript"));
                if (name.equals("attributename") && (probe.endsWith("href") || probe.startsWith("on"))) {
                    throw new Refused(Msg.of("image.animation", value));
                }
                if (name.equals("href") || name.equals("src")) href(element, value);
                if (name.equals("style")) css(value);
            }
            if (element.equalsIgnoreCase("style")) style = new StringBuilder();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (style != null) style.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            depth--;
            if (style != null && local(localName, qName).equalsIgnoreCase("style")) {
                css(style.toString());
                style = null;
            }
        }

        /** A link a reader clicks may go to the web; anything the picture loads must be inside it. */
        private static void href(String element, String value) throws SAXException {
            String v = value.strip();
            if (v.startsWith("#") || INLINE_PICTURE.matcher(probe(v)).matches()) return;
            if (element.equals("a") && Links.of(v) == Links.Kind.SAFE && Links.hasScheme(v)) return;
            throw new Refused(Msg.of("image.external", shown(v)));
        }

        private static void css(String css) throws SAXException {
            String probe = probe(css);
            if (probe.contains("@import")) throw new Refused(Msg.of("image.external", "@import"));
            if (probe.contains("expression(") || probe.contains("javascript:")) throw new Refused(Msg.of("image.javascript"));
            Matcher m = CSS_URL.matcher(css);
            while (m.find()) {
                String target = m.group(1);
                if (!target.startsWith("#") && !INLINE_PICTURE.matcher(probe(target)).matches()) {
                    throw new Refused(Msg.of("image.external", shown(target)));
                }
            }
        }

        private static String local(String localName, String qName) {
            return localName == null || localName.isEmpty() ? qName : localName;
        }
    }

    /** A value as a browser reads a scheme in it: no blanks or control characters, lower case. */
    private static String probe(String s) {
        return INVISIBLE.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String shown(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= SHOWN ? one : one.substring(0, SHOWN - 1) + "…";
    }
}
