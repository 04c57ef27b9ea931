package be.leerlingenbegeleiding.handbook.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A whole handbook, bound from its folder. Parts whose file is absent are null (the compliance
 * checks say which parts a handbook still lacks); lists are empty, never null.
 *
 * <p>{@code rolesReview}: the review of {@code rollen.yaml} as a whole (the roles are kept as
 * a list, without the file's record).
 *
 * <p>{@code layers}: the handbook's folder and those of the templates merged into it, nearest
 * first; where pictures and the handbook's own theme files are looked up.
 *
 * <p>{@code staff} and {@code inspection}: internal, see {@link StaffMember} and {@link Inspection};
 * rendering uses {@link #publicPart()}.
 *
 * <p>{@code privacy}: the register of the pupil file ({@code privacy.yaml}), or null.
 */
public record Handbook(
        Path folder,
        Metadata metadata,
        School school,
        Vision vision,
        Domains domains,
        CareContinuum careContinuum,
        List<Role> roles,
        GuidanceTeam guidanceTeam,
        List<FunctionDescription> functions,
        ClbCooperation clb,
        LearningSupport learningSupport,
        CrisisProtocols crisis,
        QualityCare quality,
        Professionalisation professionalisation,
        ContactPoints contactPoints,
        Compliance compliance,
        List<Page> practiceExamples,
        List<Page> pages,
        Review rolesReview,
        List<Path> layers,
        InstitutionTasks institutionTasks,
        List<StaffMember> staff,
        PrivacyRegister privacy,
        Policies policies,
        Inspection inspection) {

    public Handbook {
        roles = List.copyOf(roles);
        functions = List.copyOf(functions);
        practiceExamples = List.copyOf(practiceExamples);
        pages = List.copyOf(pages);
        layers = layers == null ? List.of(folder) : List.copyOf(layers);
        staff = staff == null ? List.of() : List.copyOf(staff);
    }

    /**
     * This handbook without its internal parts (the staff members' hours and yearly agreements,
     * the mapping to the inspection's frame):
     * what the public site, its search index, sitemap and PDFs are made from, so that no
     * template, also not a school's own theme, can reach the personnel data.
     */
    public Handbook publicPart() {
        if (staff.isEmpty() && inspection == null) return this;
        return new Handbook(folder, metadata, school, vision, domains, careContinuum, roles, guidanceTeam, functions, clb,
                learningSupport,
                crisis,
                quality, professionalisation, contactPoints, compliance, practiceExamples, pages, rolesReview, layers,
                institutionTasks, List.of(), privacy, policies, null);
    }

    /**
     * The review of a content file's part: the part's own {@code herziening}, or for
     * {@code rollen.yaml} the file's. Null for a part that is absent or has none, and for a
     * folder (each of its files has its own).
     */
    public Review review(ContentFile part) {
        if (part == ContentFile.ROLLEN) return rolesReview;
        if (part.isFolder() || part.type() == null) return null;
        for (Field f : RecordType.of(Handbook.class).components()) {
            if (f.type() == part.type()) return f.get(this) instanceof Reviewed r ? r.review() : null;
        }
        return null;
    }

    /** The function description with this id (its file name), if any. */
    public Optional<FunctionDescription> function(String id) {
        return functions.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The handbook's name: its folder name, used for its output folder. */
    public String name() {
        return folder.getFileName().toString();
    }

    public Optional<Role> role(String id) {
        return roles.stream().filter(r -> id.equals(r.id())).findFirst();
    }

    /** The name of the role with this id, or the id itself when no such role exists. */
    public String roleName(String id) {
        return role(id).map(Role::name).orElse(id);
    }
}
