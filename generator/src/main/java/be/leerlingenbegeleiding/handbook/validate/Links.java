package be.leerlingenbegeleiding.handbook.validate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a link or picture in content may point. One rule for the check that reports a bad target
 * and for the renderer that, as a second line of defence, never writes one.
 */
public final class Links {
    /** What a target is. */
    public enum Kind {
        /** A web or mail link, an anchor, or a path inside the handbook. */
        SAFE,
        /** A scheme a reader cannot safely follow: {@code javascript:}, {@code data:}, {@code file:}, … */
        UNSAFE_SCHEME,
        /** A path that climbs above the handbook's root or starts at the computer's root. */
        OUTSIDE
    }

    /** Schemes a link in content may use. */
    private static final List<String> SAFE_SCHEMES = List.of("http:", "https:", "mailto:", "tel:");
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:");
    /** Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"). */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cntrl}\\s]");

    private Links() {
    }

    public static Kind of(String target) {
        String probe = probe(target);
        if (SCHEME.matcher(probe).find()) {
            return SAFE_SCHEMES.stream().anyMatch(probe::startsWith) ? Kind.SAFE : Kind.UNSAFE_SCHEME;
        }
        return leavesHandbook(probe) ? Kind.OUTSIDE : Kind.SAFE;
    }

    /** Whether the target names a scheme ({@code https:}, {@code mailto:}, …), as a browser reads it. */
    public static boolean hasScheme(String target) {
        return SCHEME.matcher(probe(target)).find();
    }

    /**
     * Whether the target is on another host ({@code https://…}, {@code //host/…}): for a picture,
     * something the build would have to download.
     */
    public static boolean isRemote(String target) {
        String probe = probe(target).replace('\\', '/');
        return probe.startsWith("http:") || probe.startsWith("https:") || probe.startsWith("//");
    }

    private static String probe(String target) {
        return INVISIBLE.matcher(target).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * Links are written from the handbook's root, and a site copied to another folder or server
     * must not reach out of it. A link to another host ({@code //host/...}) is a web link.
     */
    private static boolean leavesHandbook(String probe) {
        String path = probe.replace('\\', '/').replace("%2e", ".").split("[?#]", 2)[0];
        if (path.startsWith("//")) return false;
        if (path.startsWith("/")) return true;
        int depth = 0;
        for (String segment : path.split("/")) {
            if (segment.equals("..")) depth--;
            else if (!segment.isEmpty() && !segment.equals(".")) depth++;
            if (depth < 0) return true;
        }
        return false;
    }
}
