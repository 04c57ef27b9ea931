package be.leerlingenbegeleiding.handbook.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What changed between two editions, part by part. */
public final class Changes {
    private Changes() {
    }

    /** New in the later edition, changed in it, or gone from it. */
    public enum Status {
        NIEUW, GEWIJZIGD, VERWIJDERD
    }

    /** One changed part; {@code before} is null for a new part, {@code after} for a removed one. */
    public record Change(Status status, Parts.Part before, Parts.Part after) {
        /** The part as it is now, or as it was when it is gone. */
        public Parts.Part part() {
            return after != null ? after : before;
        }
    }

    /**
     * The changed parts: new and changed ones in the later edition's order, then the removed ones.
     * A task of a role that is new or gone as a whole is not listed again (nor a section of such
     * a page, an action of such a domain): the role says it all.
     */
    public static List<Change> between(Map<String, Parts.Part> before, Map<String, Parts.Part> after) {
        List<Change> out = new ArrayList<>();
        after.forEach((key, a) -> {
            Parts.Part b = before.get(key);
            if (b == null && !(parent(key) != null && !before.containsKey(parent(key)) && after.containsKey(parent(key)))) {
                out.add(new Change(Status.NIEUW, null, a));
            } else if (b != null && !b.text().equals(a.text())) {
                out.add(new Change(Status.GEWIJZIGD, b, a));
            }
        });
        before.forEach((key, b) -> {
            if (after.containsKey(key)) return;
            String parent = parent(key);
            if (parent != null && before.containsKey(parent) && !after.containsKey(parent)) return;
            out.add(new Change(Status.VERWIJDERD, b, null));
        });
        return out;
    }

    /** The key of the part a part belongs to (the role of a task, the page of a section), or null. */
    static String parent(String key) {
        int slash = key.lastIndexOf('/');
        int hash = key.indexOf('#');
        if (hash >= 0 && slash > hash) return key.substring(0, slash);
        if (hash >= 0 && key.substring(0, hash).endsWith(".md")) return key.substring(0, hash);
        return null;
    }

    /** The changes of one status. */
    public static List<Change> of(List<Change> changes, Status status) {
        return changes.stream().filter(c -> c.status() == status).toList();
    }
}
