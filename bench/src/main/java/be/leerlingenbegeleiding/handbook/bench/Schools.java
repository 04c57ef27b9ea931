package be.leerlingenbegeleiding.handbook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Generates N school handbooks that build on {@code content/sjabloon}, with {@code content/de-linde}
 * as the pattern: names, addresses, people, e-mail domains and one paragraph of text differ per
 * school, drawn from a seeded random generator so that every run gets the same input.
 *
 * <p>Layout: {@code root/sjabloon/} (a copy of the template) and {@code root/scholen/school-NNN/};
 * {@code handbook build root/scholen} then builds exactly the N schools.
 */
final class Schools {
    private static final List<String> TREES = List.of("Eik", "Beuk", "Es", "Wilg", "Berk", "Populier", "Esdoorn",
            "Hazelaar", "Kastanje", "Meidoorn", "Vlier", "Els", "Iep", "Plataan", "Taxus", "Ceder", "Lork", "Den");
    private static final List<String> FIRST = List.of("An", "Bart", "Charlotte", "Dirk", "Els", "Freek", "Griet",
            "Hamza", "Ines", "Jelle", "Karolien", "Lotte", "Mohamed", "Nele", "Oona", "Pieter", "Roos", "Sven",
            "Tine", "Yasmine");
    private static final List<String> LAST = List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems",
            "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Aerts", "Van Damme", "El Amrani",
            "Hermans", "Michiels", "Desmet", "Vermeulen", "Coppens");
    private static final List<String> SENTENCES = List.of(
            "Het team bespreekt de aanpak elk trimester opnieuw.",
            "De leerling kreeg een vaste vertrouwenspersoon op school.",
            "Ouders werden na twee weken opnieuw uitgenodigd voor een gesprek.",
            "De klassenraad legde de afspraken vast in het leerlingvolgsysteem.",
            "Na de kerstvakantie was de situatie duidelijk verbeterd.",
            "De zorgleerkracht volgde de toetsen met aanpassingen op.",
            "Het CLB gaf advies zonder dat een traject nodig was.");

    private Schools() {
    }

    /** Writes {@code n} schools under {@code root} and returns {@code root/scholen}. */
    static Path generate(Path content, Path root, int n, long seed) throws IOException {
        copy(content.resolve("sjabloon"), root.resolve("sjabloon"));
        Path schools = root.resolve("scholen");
        Path pattern = content.resolve("de-linde");
        List<Path> files;
        try (Stream<Path> s = Files.walk(pattern)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (int i = 1; i <= n; i++) {
            Random r = new Random(seed * 1_000_003L + i);
            String tree = TREES.get(r.nextInt(TREES.size()));
            String name = "De " + tree + " " + i;
            String slug = "de" + tree.toLowerCase(Locale.ROOT) + i;
            String street = tree + "laan " + (1 + r.nextInt(120));
            Path folder = schools.resolve(String.format(Locale.ROOT, "school-%03d", i));
            for (Path f : files) {
                String text = Files.readString(f, StandardCharsets.UTF_8)
                        .replace("sjabloon: ../sjabloon", "sjabloon: ../../sjabloon")
                        .replace("De Linde", name)
                        .replace("delinde", slug)
                        .replace("Lindelaan 7", street)
                        .replace("Hilde Verbruggen", person(r))
                        .replace("Jonas Wuyts", person(r))
                        .replace("Fatima Bouzidi", person(r));
                if (f.toString().endsWith(".md")) {
                    StringBuilder extra = new StringBuilder("\n## Bij ons op school\n\n");
                    for (int k = 0; k < 3 + r.nextInt(4); k++) extra.append(SENTENCES.get(r.nextInt(SENTENCES.size()))).append(' ');
                    text = text + extra.toString().trim() + "\n";
                }
                Path target = folder.resolve(pattern.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.writeString(target, text, StandardCharsets.UTF_8);
            }
        }
        return schools;
    }

    private static String person(Random r) {
        return FIRST.get(r.nextInt(FIRST.size())) + " " + LAST.get(r.nextInt(LAST.size()));
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
