package be.leerlingenbegeleiding.handbook.model;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One domain's share of a time split, as the author wrote it: a percentage ({@code 40},
 * {@code 40 %}), hours a week ({@code 6 uur}) or days a week ({@code 1,5 dag}). A split uses one
 * unit throughout; {@link #percentages} turns any of them into the percentages a figure draws.
 */
public record Share(double amount, Unit unit) {

    /** The unit of a share; {@code code} is how the page names it. */
    public enum Unit implements Coded {
        PROCENT("procent"),
        UREN("uren"),
        DAGEN("dagen");

        private final String code;

        Unit(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    // A decimal comma or point; the unit may follow with or without a space, in full or short.
    private static final Pattern FORM = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(%|procent|u|uur|uren|d|dag|dagen)?", Pattern.CASE_INSENSITIVE);

    /** The share written as {@code text}, or empty when it is not one. */
    public static Optional<Share> parse(String text) {
        if (text == null) return Optional.empty();
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        double amount = Double.parseDouble(m.group(1).replace(',', '.'));
        String unit = m.group(2) == null ? "%" : m.group(2).toLowerCase(Locale.ROOT);
        Unit u = switch (unit) {
            case "%", "procent" -> Unit.PROCENT;
            case "u", "uur", "uren" -> Unit.UREN;
            default -> Unit.DAGEN;
        };
        return Optional.of(new Share(amount, u));
    }

    /**
     * The split in percentages: as written for a split in percent, each share's part of the
     * whole for hours or days. Empty when the shares add up to nothing.
     */
    public static Map<Domain, Double> percentages(Map<Domain, Share> split) {
        Map<Domain, Double> out = new EnumMap<>(Domain.class);
        if (split == null || split.isEmpty()) return out;
        boolean percent = split.values().stream().allMatch(s -> s.unit() == Unit.PROCENT);
        double total = split.values().stream().mapToDouble(Share::amount).sum();
        if (!percent && total <= 0) return out;
        split.forEach((d, s) -> out.put(d, percent ? s.amount() : 100 * s.amount() / total));
        return out;
    }
}
