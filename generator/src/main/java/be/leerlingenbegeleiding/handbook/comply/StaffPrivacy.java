package be.leerlingenbegeleiding.handbook.comply;

import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.model.Contact;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Field;
import be.leerlingenbegeleiding.handbook.model.Model;
import be.leerlingenbegeleiding.handbook.model.RecordType;
import be.leerlingenbegeleiding.handbook.model.Role;
import be.leerlingenbegeleiding.handbook.model.RoleRef;
import be.leerlingenbegeleiding.handbook.model.Source;
import be.leerlingenbegeleiding.handbook.model.ValuePath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R12 for staff: a public handbook names staff members with their function and work contact,
 * nothing more. Their development goals, evaluation remarks and private numbers and addresses
 * belong in the personnel file. Only published parts are read (see {@link Texts#published}), so
 * an internal document may hold them.
 *
 * <p>A staff member is named where the model says so: the {@code personen} of a role, the
 * {@code naam} of a contact, and the {@code naam} beside a {@code rol} (someone who signs).
 */
final class StaffPrivacy {

    /** Keys under which a published part holds one person's own development goals. */
    static final Set<String> GOAL_KEYS = Set.of("professionaliseringsdoelen", "persoonlijke_doelen", "ontwikkeldoelen");

    /**
     * Words for someone's own goals: "persoonlijke leerdoelen", "haar ontwikkeldoel", "mijn doel
     * dit jaar", "professionaliseringsdoelen". A finding needs a staff member's name in the same
     * sentence, so "de leerdoelen van de les" stays silent.
     */
    private static final Pattern GOAL = Pattern.compile(
            "(?iu)\\b(?:(?:persoonlijke?|eigen|haar|zijn|mijn)\\s+(?:leer|ontwikkel|ontwikkelings|professionaliserings)?doel(?:en|stellingen?)?"
                    + "|(?:ontwikkel|ontwikkelings|professionaliserings)doel(?:en|stellingen?)?"
                    + "|wil\\s+dit\\s+(?:school)?jaar\\s+(?:nog\\s+|meer\\s+)?(?:leren|bijleren))\\b");
    /** Words for an evaluation of a person: a functioning talk, an assessment, someone's evaluation. */
    private static final Pattern EVALUATION = Pattern.compile(
            "(?iu)\\b(?:(?:functionerings|evaluatie|beoordelings|planning)gesprek(?:ken)?|evaluatieverslag(?:en)?"
                    + "|beoordeling(?:en|sverslag)?|(?:haar|zijn|mijn)\\s+(?:laatste\\s+|jaarlijkse\\s+)?evaluatie|werkpunt(?:en)?)\\b");
    /** A phone number of any kind: landlines as well as mobiles. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:\\+32\\s?(?:\\(0\\))?|0032\\s?|0)\\d(?:[ ./-]?\\d){7,8}(?!\\d)");
    private static final Pattern MOBILE_START = Pattern.compile("(?:\\+32\\s?(?:\\(0\\))?|0032\\s?|0)4");
    /** Words that mark a number or address as someone's own. */
    private static final Pattern PRIVATE = Pattern.compile("(?iu)\\b(?:privé|prive|privénummer|thuis|thuisnummer|eigen\\s+gsm)\\b");

    /** A person's name: two to five words, the first and the last capitalised, nothing but letters. */
    private static final Pattern PERSON = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s[\\p{L}'’.-]+){0,3}\\s\\p{Lu}[\\p{L}'’.-]*");

    /** A staff member's name and the forms a text may use: the whole name, the first name, the surname. */
    private record Person(String name, List<Pattern> forms) {
    }

    private final List<Person> people = new ArrayList<>();
    /** Per file: the staff member it is about (the people of its role, else whoever signs it). */
    private final Map<Path, String> fileAbout = new HashMap<>();
    /** Where a phone number or address of a named person's contact stands, and whose it is. */
    private final Map<Position, String> contactOf = new HashMap<>();
    private final Set<Path> seen = new java.util.HashSet<>();
    private final Handbook h;

    private StaffPrivacy(Handbook h) {
        this.h = h;
    }

    static StaffPrivacy of(Handbook h) {
        StaffPrivacy s = new StaffPrivacy(h);
        Set<String> names = new LinkedHashSet<>();
        for (Role r : h.roles()) {
            if (r.people() != null) names.addAll(r.people());
            if (r.contact() != null && r.people() != null && !r.people().isEmpty()) s.contact(r.contact(), r.people().get(0));
        }
        s.collect(names);
        for (String n : names) {
            // A contact may be "het CLB-team, met een vaste contactpersoon": only a person's name counts.
            if (n == null || !PERSON.matcher(n.strip()).matches()) continue;
            s.people.add(new Person(n.strip(), forms(n.strip())));
        }
        return s;
    }

    private void contact(Contact c, String who) {
        if (c.phone() != null) contactOf.put(c.source().valueAt("telefoon"), who);
        if (c.email() != null) contactOf.put(c.source().valueAt("email"), who);
    }

    /** Collects the names of the published model, and what each file is about. */
    private void collect(Set<String> names) {
        // Whether each record being walked is the first of its file.
        java.util.Deque<Boolean> tops = new java.util.ArrayDeque<>();
        Model.walk(h, new Model.Visitor() {
            @Override
            public boolean enter(Model.Value v) {
                if (v.field() != null && v.field().internal()) return false;
                if (!(v.value() instanceof Record r)) return v.value() instanceof Collection<?> || v.value() instanceof Map<?, ?>;
                RecordType type = RecordType.of(r.getClass());
                if (type.internal()) return false;
                Source src = type.source(r);
                Path file = src == null || src.position() == null ? null : src.position().file();
                // Records are met parent first: the first one of a file is the file's own.
                tops.push(file != null && seen.add(file));
                return true;
            }

            @Override
            public void leave(Model.Value v) {
                if (v.value() instanceof Record r) about(r, tops.pop(), names);
            }
        });
    }

    /** Takes the name a record gives (after its parts, which may name someone first). */
    private void about(Record r, boolean top, Set<String> names) {
        RecordType type = RecordType.of(r.getClass());
        Source src = type.source(r);
        Path file = src == null || src.position() == null ? null : src.position().file();
        String name = published(type, "naam", r) instanceof String s ? s : null;
        RoleRef role = published(type, "rol", r) instanceof RoleRef ref ? ref : null;
        if (r instanceof Contact c && name != null && !name.isBlank()) {
            names.add(name);
            contact(c, name);
        }
        if (file != null) {
            if (role != null && name != null && !name.isBlank()) {
                names.add(name);
                fileAbout.putIfAbsent(file, name);
            }
            if (role != null && top) {
                // The file's own record names its role: the file is about the people in it.
                h.role(role.id()).filter(x -> x.people() != null && !x.people().isEmpty())
                        .ifPresent(x -> fileAbout.put(file, x.people().get(0)));
            }
        }
    }

    /** The value under {@code key} in a record, unless the key is absent or internal. */
    private static Object published(RecordType type, String key, Record r) {
        Field f = type.field(key);
        return f == null || f.internal() ? null : f.get(r);
    }

    private static List<Pattern> forms(String name) {
        List<Pattern> out = new ArrayList<>();
        out.add(word(name));
        int space = name.indexOf(' ');
        if (space > 0) {
            String first = name.substring(0, space);
            String last = name.substring(space + 1).strip();
            if (first.length() >= 3) out.add(word(first));
            if (last.length() >= 3) out.add(word(last));
        }
        return out;
    }

    private static Pattern word(String s) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(s) + "(?![\\p{L}\\p{N}])");
    }

    /** Reports the staff findings in the published texts. */
    void check(List<Texts.Text> texts, Findings out) {
        for (Texts.Text t : texts) {
            String s = t.text();
            if (isGoalKey(t.key())) {
                String who = t.start() == null ? null : fileAbout.get(t.start().file());
                if (who != null) {
                    out.add(t.start(), s, "privacy.staffGoal", "privacy.staffGoal.tip", s, who);
                    continue;
                }
            }
            if (people.isEmpty()) continue;
            phrases(t, GOAL, "privacy.staffGoal", out);
            phrases(t, EVALUATION, "privacy.staffEvaluation", out);
            if (!PRIVATE.matcher(s).find()) continue;
            Matcher m = PHONE.matcher(s);
            while (m.find()) {
                // A mobile number is already named as such by the pupils' check.
                if (MOBILE_START.matcher(m.group()).lookingAt() || !privateMarkIn(s, m.start())) continue;
                String who = namedIn(s, m.start());
                if (who != null) out.add(t.at(m.start()), m.group(), "privacy.staffNumber", "privacy.staffNumber.tip", m.group(), who);
            }
        }
    }

    private void phrases(Texts.Text t, Pattern p, String message, Findings out) {
        String s = t.text();
        Matcher m = p.matcher(s);
        while (m.find()) {
            String who = namedIn(s, m.start());
            if (who != null) out.add(t.at(m.start()), m.group(), message, message + ".tip", m.group(), who);
        }
    }

    private static boolean isGoalKey(ValuePath key) {
        String last = key == null ? null : key.lastKey();
        return last != null && GOAL_KEYS.contains(last);
    }

    /** The staff member whose name stands in the same sentence as {@code offset}, or null. */
    String namedIn(String s, int offset) {
        if (people.isEmpty()) return null;
        Index ix = index(s);
        int[] sentence = ix.sentence(offset);
        // The first name that starts in the sentence: found by binary search, so a long text with
        // many numbers costs no more than reading it once.
        int i = java.util.Arrays.binarySearch(ix.nameStarts, sentence[0]);
        if (i < 0) i = -i - 1;
        return i < ix.nameStarts.length && ix.nameStarts[i] < sentence[1] ? ix.names[i] : null;
    }

    /** Sentence ends and name occurrences of one text, found once. */
    private static final class Index {
        final String text;
        final int[] ends;
        final int[] nameStarts;
        final String[] names;

        Index(String text, List<Person> people) {
            this.text = text;
            List<Integer> e = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                if (endsSentence(text, i)) e.add(i);
            }
            ends = e.stream().mapToInt(Integer::intValue).toArray();
            java.util.TreeMap<Integer, String> hits = new java.util.TreeMap<>();
            for (Person p : people) {
                for (Pattern f : p.forms()) {
                    Matcher m = f.matcher(text);
                    while (m.find()) hits.putIfAbsent(m.start(), p.name());
                }
            }
            nameStarts = hits.keySet().stream().mapToInt(Integer::intValue).toArray();
            names = hits.values().toArray(new String[0]);
        }

        /** The sentence around {@code offset}: from just after the previous end to the next one. */
        int[] sentence(int offset) {
            int i = java.util.Arrays.binarySearch(ends, offset);
            int next = i >= 0 ? i : -i - 1;
            int start = next == 0 ? 0 : ends[next - 1] + 1;
            int end = next < ends.length ? ends[next] : text.length();
            return new int[] {start, end};
        }
    }

    private Index last;

    private Index index(String s) {
        if (last == null || last.text != s) last = new Index(s, people);
        return last;
    }

    /** The person whose contact holds the value at {@code at}, or null. */
    String contactAt(Position at) {
        return contactOf.get(at);
    }

    private boolean privateMarkIn(String s, int offset) {
        int[] sentence = index(s).sentence(offset);
        return PRIVATE.matcher(s).region(sentence[0], sentence[1]).find();
    }

    /**
     * Whether the sentence ends at {@code i}: a full stop, question or exclamation mark followed
     * by white space, a blank line, or a line where a new list item begins.
     */
    private static boolean endsSentence(String s, int i) {
        char c = s.charAt(i);
        if ((c == '.' || c == '!' || c == '?') && i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))) {
            // "05.12. " in a date is rare; a full stop between digits is a number, not a sentence's end.
            return !(i > 0 && Character.isDigit(s.charAt(i - 1)) && i + 2 < s.length() && Character.isDigit(s.charAt(i + 2)));
        }
        if (c != '\n') return false;
        int j = i + 1;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) j++;
        if (j >= s.length() || s.charAt(j) == '\n') return true;
        char d = s.charAt(j);
        if ((d == '-' || d == '*' || d == '+') && j + 1 < s.length() && s.charAt(j + 1) == ' ') return true;
        int k = j;
        while (k < s.length() && Character.isDigit(s.charAt(k))) k++;
        return k > j && k < s.length() && (s.charAt(k) == '.' || s.charAt(k) == ')');
    }
}
