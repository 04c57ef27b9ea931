package be.leerlingenbegeleiding.handbook.load;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.model.CareContinuum;
import be.leerlingenbegeleiding.handbook.model.ClbCooperation;
import be.leerlingenbegeleiding.handbook.model.LearningSupport;
import be.leerlingenbegeleiding.handbook.model.CrisisProtocols;
import be.leerlingenbegeleiding.handbook.model.Compliance;
import be.leerlingenbegeleiding.handbook.model.ContactPoints;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import be.leerlingenbegeleiding.handbook.model.Domains;
import be.leerlingenbegeleiding.handbook.model.FunctionDescription;
import be.leerlingenbegeleiding.handbook.model.GuidanceTeam;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.InstitutionTasks;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import be.leerlingenbegeleiding.handbook.model.Metadata;
import be.leerlingenbegeleiding.handbook.model.Page;
import be.leerlingenbegeleiding.handbook.model.PrivacyRegister;
import be.leerlingenbegeleiding.handbook.model.Professionalisation;
import be.leerlingenbegeleiding.handbook.model.QualityCare;
import be.leerlingenbegeleiding.handbook.model.Role;
import be.leerlingenbegeleiding.handbook.model.RolesFile;
import be.leerlingenbegeleiding.handbook.model.School;
import be.leerlingenbegeleiding.handbook.model.StaffMember;
import be.leerlingenbegeleiding.handbook.model.Vision;
import be.leerlingenbegeleiding.handbook.model.Policies;
import be.leerlingenbegeleiding.handbook.model.Inspection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 3, bind: turns the parsed documents of a handbook into the model's records, reporting
 * unknown keys, wrong types, missing fields and malformed values.
 */
public final class Bind {
    private Bind() {
    }

    /** The bound handbook and what binding found wrong. */
    /**
     * @param removed what the school took away from its templates (see {@link Removed})
     * @param unread files, in any layer, whose content is unknown because a file of that name
     *     could not be read: what stands in them may not be what the school meant
     */
    public record Bound(Handbook handbook, List<Diagnostic> diagnostics, boolean rolesReadable, List<Removed> removed,
            java.util.Set<Path> unread) {
        public Bound {
            diagnostics = List.copyOf(diagnostics);
            removed = List.copyOf(removed);
            unread = java.util.Set.copyOf(unread);
        }

        /** Nothing known to be removed from a template. */
        public Bound(Handbook handbook, List<Diagnostic> diagnostics, boolean rolesReadable) {
            this(handbook, diagnostics, rolesReadable, List.of(), java.util.Set.of());
        }
    }

    public static Bound handbook(Load.Loaded loaded) {
        List<Diagnostic> out = new ArrayList<>();
        Map<ContentFile, Record> single = new EnumMap<>(ContentFile.class);
        List<FunctionDescription> functions = new ArrayList<>();
        List<Page> examples = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        List<StaffMember> staff = new ArrayList<>();
        for (Load.Document doc : loaded.documents()) {
            Binder binder = new Binder(doc.file(), out);
            String stem = stem(doc.file().getFileName().toString());
            switch (doc.part()) {
                case FUNCTIES -> addIfBound(functions, binder.root(doc.node(), FunctionDescription.class, Map.of("id", stem)));
                case PERSONEEL -> addIfBound(staff, binder.root(doc.node(), StaffMember.class, Map.of("id", stem)));
                case PRAKTIJKVOORBEELDEN, PAGINAS -> {
                    Markdown body = new Markdown(doc.body(), new Position(doc.file(), doc.bodyLine(), 1), doc.origins());
                    Page page = binder.root(doc.node(), Page.class, Map.of("id", stem, "body", body));
                    addIfBound(doc.part() == ContentFile.PAGINAS ? pages : examples, page);
                }
                default -> addIfBound(single, doc.part(), binder.root(doc.node(), doc.part().type(), Map.of()));
            }
        }
        RolesFile rolesFile = (RolesFile) single.get(ContentFile.ROLLEN);
        List<Role> roles = rolesFile == null ? List.of() : rolesFile.roles();
        Handbook handbook = new Handbook(loaded.folder(),
                (Metadata) single.get(ContentFile.HANDBOEK),
                (School) single.get(ContentFile.SCHOOL),
                (Vision) single.get(ContentFile.VISIE),
                (Domains) single.get(ContentFile.DOMEINEN),
                (CareContinuum) single.get(ContentFile.ZORGCONTINUUM),
                roles,
                (GuidanceTeam) single.get(ContentFile.CEL),
                functions,
                (ClbCooperation) single.get(ContentFile.CLB),
                (LearningSupport) single.get(ContentFile.LEERSTEUN),
                (CrisisProtocols) single.get(ContentFile.CRISIS),
                (QualityCare) single.get(ContentFile.KWALITEIT),
                (Professionalisation) single.get(ContentFile.PROFESSIONALISERING),
                (ContactPoints) single.get(ContentFile.CONTACT),
                (Compliance) single.get(ContentFile.NALEVING),
                examples, pages, rolesFile == null ? null : rolesFile.review(), loaded.layers(),
                (InstitutionTasks) single.get(ContentFile.OPDRACHTEN), staff,
                (PrivacyRegister) single.get(ContentFile.PRIVACY),
                (Policies) single.get(ContentFile.BELEID),
                (Inspection) single.get(ContentFile.DOORLICHTING));
        java.util.Set<Path> unread = new java.util.HashSet<>();
        for (Path layer : loaded.layers()) {
            for (String name : loaded.unread()) unread.add(layer.resolve(name).toAbsolutePath().normalize());
        }
        return new Bound(handbook, out, loaded.readable(ContentFile.ROLLEN), loaded.removed(), unread);
    }

    /**
     * Binds YAML text that is not part of a handbook, such as the built-in rule set shipped in
     * the jar; {@code label} names it in diagnostics. Null when it does not parse or bind.
     */
    public static <T extends Record> T text(java.nio.file.Path label, String text, Class<T> type, List<Diagnostic> out) {
        var node = Yaml.parse(label, text, out);
        if (node == null || node.isEmpty()) return null;
        return new Binder(label, out).root(node.get(), type, Map.of());
    }

    private static <T> void addIfBound(List<T> list, T value) {
        if (value != null) list.add(value);
    }

    private static void addIfBound(Map<ContentFile, Record> map, ContentFile part, Record value) {
        if (value != null) map.put(part, value);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
