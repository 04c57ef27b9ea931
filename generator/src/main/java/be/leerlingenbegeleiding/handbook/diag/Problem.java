package be.leerlingenbegeleiding.handbook.diag;

/**
 * Every kind of problem the generator can report, with its stable code. The code is what users
 * search for and what tests assert; the wording lives in the message bundles
 * ({@code messages.properties}, keys {@code HB001.message} and {@code HB001.tip}).
 * Never renumber a code: add new ones at the end.
 */
public enum Problem {
    /** A key that the file's structure does not know. */
    UNKNOWN_KEY("HB001"),
    /** A value of the wrong kind: a list where text is expected, and so on. */
    WRONG_TYPE("HB002"),
    /** A required key is absent or empty. */
    MISSING_FIELD("HB003"),
    /** A value outside a fixed list (a domain, a phase, a status…). */
    UNKNOWN_VALUE("HB004"),
    /** Two items share one id. */
    DUPLICATE_ID("HB005"),
    /** A reference to a role that no file defines. */
    UNKNOWN_ROLE("HB006"),
    /** A task whose owner was left empty. */
    TASK_WITHOUT_OWNER("HB007"),
    /** A file that is not valid UTF-8. */
    NOT_UTF8("HB008"),
    /** YAML that does not parse. */
    YAML_SYNTAX("HB009"),
    /** Markdown front matter that does not parse or is not closed. */
    FRONT_MATTER("HB010"),
    /** A file every handbook needs is missing. */
    MISSING_FILE("HB011"),
    /** The same key twice in one mapping. */
    DUPLICATE_KEY("HB012"),
    /** A time split over the four domains that does not add up to 100. */
    TIME_SPLIT_SUM("HB013"),
    /** A content file without content. */
    EMPTY_FILE("HB014"),
    /** A file or folder the handbook does not know. */
    UNKNOWN_FILE("HB015"),
    /** An e-mail address that is not one. */
    INVALID_EMAIL("HB016"),
    /** A web address that is not an absolute http(s) address. */
    INVALID_URL("HB017"),
    /** An id with characters other than lowercase letters, digits and hyphens. */
    INVALID_ID("HB018"),
    /** A date that does not exist or is not written as YYYY-MM-DD. */
    INVALID_DATE("HB019"),
    /** A number outside its allowed range. */
    OUT_OF_RANGE("HB020"),
    /** A folder that holds no handbook. */
    NOT_A_HANDBOOK("HB021"),
    /** A file that cannot be read at all. */
    UNREADABLE("HB022"),
    /** A school year not written as 2025-2026. */
    INVALID_SCHOOL_YEAR("HB023"),
    /** The same item listed twice where once is meant. */
    DUPLICATE_ENTRY("HB024"),
    /** A list item with nothing in it. */
    EMPTY_ITEM("HB025"),
    /** A template named in handboek.yaml that is not a handbook folder. */
    TEMPLATE_NOT_FOUND("HB026"),
    /** Templates that build on each other in a circle. */
    TEMPLATE_CYCLE("HB027"),
    /** A value the template locks, changed or removed by the school. */
    LOCKED_CHANGED("HB028"),
    /** A placeholder of the template that the school has not filled in. */
    OPEN_PART("HB029"),
    /** A {{name}} in text that the handbook does not define. */
    UNKNOWN_VARIABLE("HB030"),
    /** A removal marker for something the template does not have. */
    NOTHING_TO_REMOVE("HB031"),
    /** A compliance rule in naleving.yaml that cannot be checked as written. */
    INVALID_RULE("HB032"),
    /** An adjustment or exemption for a rule that does not exist. */
    UNKNOWN_RULE("HB033"),
    /** An exemption that silences nothing (any more). */
    UNUSED_EXEMPTION("HB034"),
    /** A content file too large to be a handbook's text. */
    TOO_LARGE("HB035"),
    /** A symbolic link that leads out of the handbook folder. */
    OUTSIDE_HANDBOOK("HB036"),
    /** A link or picture in Markdown with a scheme a reader cannot safely follow (javascript:, data:, …). */
    UNSAFE_LINK("HB037"),
    /** A link or picture in Markdown whose path leaves the handbook. */
    LINK_OUTSIDE("HB038"),
    /** HTML in Markdown: shown as text, never run. */
    HTML_IN_MARKDOWN("HB039"),
    /** A picture or other resource that would be fetched from the network while building. */
    REMOTE_RESOURCE("HB040"),
    /** A file in afbeeldingen/ that is not a picture a browser shows safely (by its content). */
    NOT_AN_IMAGE("HB041"),
    /** Markdown nested deeper than a reader can follow or the renderers can lay out. */
    MARKDOWN_TOO_DEEP("HB042"),
    /** A pattern of a rule in naleving.yaml that takes too long on the handbook's text. */
    PATTERN_TOO_COSTLY("HB043"),
    /** More files, pages or roles than one handbook can hold. */
    TOO_MANY("HB044"),
    /** A text that grows too large once {{names}} are filled in. */
    FILLED_TOO_LARGE("HB045"),
    /** A template archive that cannot be unpacked safely (too large, too many entries, bad paths). */
    TEMPLATE_ARCHIVE("HB046"),
    /** Something where a file is expected that is not an ordinary file (a pipe, a device, a folder). */
    NOT_A_FILE("HB047"),
    /** A theme file (vormgeving/) that cannot be used: it fails to render or reaches beyond the page. */
    THEME_ERROR("HB048"),
    /** A block of Markdown with more links, pictures, code spans or entities than can be parsed quickly. */
    MARKDOWN_TOO_BUSY("HB049"),
    /** A value that must be one phone number and is not one a phone can dial. */
    PHONE_INVALID("HB050"),
    /** A publication address (publicatie_url) with a query, a fragment or a user name: it cannot name the site's folder. */
    PUBLICATION_URL("HB051"),
    /** A school's item (a role) under an id its template renamed: it would stand next to the renamed one. */
    RENAMED_ID("HB052"),
    /** A locked text ({@code !vast}) in a template without a {@code bron:} that names the rule it follows from. */
    LOCKED_WITHOUT_SOURCE("HB053"),
    /** An old key of a function description whose content is now the institution-bound task list (opdrachten.yaml). */
    MOVED_TO_TASKS("HB054"),
    /** An old key of a function description whose content is personal: now in the internal personeel/ files. */
    MOVED_TO_STAFF("HB055"),
    /** The old list of signers of a function description: the signature block now follows from the rules. */
    SIGNERS_FIXED("HB056"),
    /** A staff member's file that names a function description that does not exist. */
    UNKNOWN_FUNCTION("HB057"),
    /** A crisis protocol without steps: nobody knows what to do first. */
    CRISIS_WITHOUT_STEPS("HB058"),
    /** A step of a crisis protocol that does not say who takes it. */
    CRISIS_STEP_WITHOUT_ACTOR("HB059"),
    /** A retention period in privacy.yaml that says neither in words nor in years how long. */
    RETENTION_EMPTY("HB061"),
    /** A category of privacy.yaml that passes partly to a new school without saying which part. */
    TRANSFER_UNSAID("HB062"),
    /** A role named twice among the readers of one category of privacy.yaml. */
    DUPLICATE_READER("HB063"),
    /** An evidence path in doorlichting.yaml that names no part of the handbook. */
    UNKNOWN_EVIDENCE("HB064"),
    /** A link in beleid.yaml without exactly one target: an https address or a file of documenten/. */
    POLICY_TARGET("HB065"),
    /** A file of documenten/ (or one beleid.yaml names) that is not there or is not a PDF. */
    POLICY_FILE("HB066"),
    /** A {@code campus:} that names no campus of school.yaml. */
    UNKNOWN_CAMPUS("HB070"),
    /** A share of a time split that is not a number with one of the known units (%, uur, dag). */
    SHARE_INVALID("HB071"),
    /** One time split written in more than one unit (percent and days, say). */
    SHARE_MIXED_UNITS("HB072"),
    /** An article written before the cel's name ("de {{cel}}") that is not the name's own: a warning. */
    ARTICLE_MISMATCH("HB073"),
    /** {@code !aanvullen} on a value that is not a list: only a list can be added to. */
    APPEND_NOT_A_LIST("HB074"),
    /** {@code - !verwijderd x} in a school's list that replaces the template's: it takes {@code !aanvullen}. */
    REMOVAL_WITHOUT_APPEND("HB075"),
    /** A section a school's page removes ({@code !verwijderd}) that its template's page does not have. */
    UNKNOWN_SECTION("HB076"),
    /** {@code samenvoegen} in a page that has no template page of its name, or with a value we do not know. */
    SECTIONS_UNAVAILABLE("HB077"),
    /** A {@code vorige_uitgave} that is no folder of the content and no revision git knows. */
    EDITION_NOT_FOUND("HB078"),
    /** A {@code vorige_uitgave} folder outside the content folder, or one that holds no handbook. */
    EDITION_FOLDER("HB079");

    private final String code;

    Problem(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    private static final java.util.Map<String, Problem> BY_CODE = java.util.Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Problem::code, p -> p));

    /** The problem with this code, or null when the code is not one of ours (a rule's id). */
    public static Problem byCode(String code) {
        return BY_CODE.get(code);
    }
}
