package be.leerlingenbegeleiding.handbook.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The files and folders a handbook folder may hold, with the record each file binds to. Names
 * are fixed, so that a misspelt file name is an error with a suggestion rather than a file that
 * is silently ignored.
 */
public enum ContentFile {
    HANDBOEK("handboek.yaml", Metadata.class, true),
    SCHOOL("school.yaml", School.class, true),
    VISIE("visie.yaml", Vision.class, false),
    DOMEINEN("domeinen.yaml", Domains.class, false),
    ZORGCONTINUUM("zorgcontinuum.yaml", CareContinuum.class, false),
    ROLLEN("rollen.yaml", RolesFile.class, false),
    CEL("cel.yaml", GuidanceTeam.class, false),
    CLB("clb.yaml", ClbCooperation.class, false),
    /** The agreements with the school's leersteuncentrum (since 1 September 2023). */
    LEERSTEUN("leersteun.yaml", LearningSupport.class, false),
    /** Crisis protocols: what the school does, step by step, in a crisis (issue 19). */
    CRISIS("crisis.yaml", CrisisProtocols.class, false),
    /** The register of the pupil file: data categories, who may read them, retention, transfer. */
    PRIVACY("privacy.yaml", PrivacyRegister.class, false),
    KWALITEIT("kwaliteit.yaml", QualityCare.class, false),
    PROFESSIONALISERING("professionalisering.yaml", Professionalisation.class, false),
    CONTACT("contact.yaml", ContactPoints.class, false),
    /** Added rules, changed severities and silenced findings of the compliance check. */
    NALEVING("naleving.yaml", Compliance.class, false),
    /** The institution-bound tasks and how they are divided: one list for all staff. */
    OPDRACHTEN("opdrachten.yaml", InstitutionTasks.class, false),
    /** One function description per {@code .yaml} file. */
    FUNCTIES("functies", FunctionDescription.class, false),
    /** Internal: one staff member's hours and yearly agreement per {@code .yaml} file. */
    PERSONEEL("personeel", StaffMember.class, false),
    /** Practice examples, one Markdown file with front matter each. */
    PRAKTIJKVOORBEELDEN("praktijkvoorbeelden", Page.class, false),
    /** Free pages, one Markdown file with front matter each. */
    PAGINAS("paginas", Page.class, false),
    /** Pictures and other files that pages link to; copied as they are. */
    AFBEELDINGEN("afbeeldingen", null, false),
    /** The handbook's own layouts, styles and scripts: each file replaces the theme's file. */
    VORMGEVING("vormgeving", null, false),
    /** Links to the school's other policies (school rules, bullying, absences, …). */
    BELEID("beleid.yaml", Policies.class, false),
    /** Internal: the inspection's expectations on guidance, mapped to the parts that give evidence. */
    DOORLICHTING("doorlichting.yaml", Inspection.class, false),
    /** PDFs of the school's policies that {@code beleid.yaml} links to; copied as they are. */
    DOCUMENTEN("documenten", null, false);

    private final String name;
    private final Class<? extends Record> type;
    private final boolean required;

    ContentFile(String name, Class<? extends Record> type, boolean required) {
        this.name = name;
        this.type = type;
        this.required = required;
    }

    /** The file or folder name inside the handbook folder. */
    public String fileName() {
        return name;
    }

    /** The record a file binds to (for a folder: each file in it), or null for plain files. */
    public Class<? extends Record> type() {
        return type;
    }

    public boolean required() {
        return required;
    }

    public boolean isFolder() {
        return !name.contains(".");
    }

    /** For folders: the extension of the files it holds, or null when any file may be there. */
    public String entryExtension() {
        return switch (this) {
            case FUNCTIES, PERSONEEL -> ".yaml";
            case PRAKTIJKVOORBEELDEN, PAGINAS -> ".md";
            default -> null;
        };
    }

    /** The base name of this part's JSON Schema file, e.g. {@code rollen} or {@code functie}. */
    public String schemaName() {
        return switch (this) {
            case FUNCTIES -> "functie";
            case PERSONEEL -> "personeelslid";
            case PRAKTIJKVOORBEELDEN, PAGINAS -> "pagina";
            default -> name.substring(0, name.indexOf('.'));
        };
    }

    public static Optional<ContentFile> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(ContentFile::fileName).toList();
    }
}
