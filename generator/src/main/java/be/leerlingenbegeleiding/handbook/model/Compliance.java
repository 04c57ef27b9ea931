package be.leerlingenbegeleiding.handbook.model;

import java.util.List;
import java.util.Map;

/**
 * {@code naleving.yaml}: how the compliance check (rules R1–R17 and any added ones) applies to
 * this handbook. A template can add rules and change severities here; the schools that build on
 * it inherit them, and a template can lock them with {@code !vast}.
 */
public record Compliance(
        @Key(value = "regels", doc = "Eigen regels bovenop de ingebouwde regels R1–R17.") List<Rule> rules,
        @Key(value = "aanpassingen", doc = "Een andere ernst voor een bestaande regel, met de reden.") List<Adjustment> adjustments,
        @Key(value = "uitzonderingen", doc = "Meldingen die hier geen probleem zijn, elk met de reden; ze blijven in het rapport staan.") List<Exemption> exemptions,
        @Key(value = "rapport", doc = "Het nalevingsrapport op de website: intern (standaard: wel gemaakt, niet in menu of zoekfunctie), openbaar of weglaten.") ReportVisibility report,
        Source source) {

    /** A rule: what it checks, how bad a miss is and where the requirement comes from. */
    public record Rule(
            @Key(value = "id", required = true, doc = "Korte unieke code, bv. KOV1. R1–R17 zijn de ingebouwde regels.") String id,
            @Key(value = "titel", doc = "Wat de regel vraagt, in één zin.") String title,
            @Key(value = "ernst", required = true, doc = "fout, waarschuwing, info of uit.") RuleSeverity severity,
            @Key(value = "bron", doc = "De wettelijke of professionele bron, bv. 'art. 123/24 Codex Secundair Onderwijs'.") String basis,
            @Key(value = "ook_in_concept", doc = "true: ook in een concept een fout (bv. privacy). Anders meldt een concept fouten als waarschuwing.") Boolean alsoInDraft,
            @Key(value = "controles", required = true, doc = "Wat er gecontroleerd wordt: een pad met een voorwaarde, of een ingebouwde controle (code).") List<Condition> conditions,
            @Key(value = "niveau", doc = "Voor welke scholen de regel geldt: secundair, basis of beide (standaard: beide).") Level level,
            @Key(value = "bron_per_niveau", doc = "Een andere bron voor een niveau, bv. 'basis: decreet basisonderwijs van 25 februari 1997'. Zonder bron voor een niveau geldt 'bron'.") Map<Level, String> basisPerLevel,
            Source source) {

        /** Whether this rule applies to a school of {@code school}'s level. */
        public boolean appliesTo(Level school) {
            return level == null || level.covers(school);
        }

        /**
         * The source to show for a school of this level: the level's own, else {@code bron}. A
         * school with both levels sees both when they differ, each with its level.
         */
        public String basisFor(Level school) {
            if (school != Level.BEIDE) return basisPerLevel.getOrDefault(school, basis);
            String secondary = basisPerLevel.getOrDefault(Level.SECUNDAIR, basis);
            String primary = basisPerLevel.getOrDefault(Level.BASIS, basis);
            if (primary == null || primary.equals(secondary)) return secondary;
            if (secondary == null) return primary;
            return secondary + " (secundair); " + primary + " (basis)";
        }
    }

    /**
     * One check of a rule: a path into the handbook with a condition, or the name of a check
     * written in Java.
     */
    public record Condition(
            @Key(value = "pad", doc = "Waar in het handboek, bv. clb.afspraken of functies[*].eerste_evaluator.") String path,
            @Key(value = "code", doc = "Naam van een ingebouwde controle, bv. privacy, in plaats van een pad.") String code,
            @Key(value = "verplicht", doc = "true: elke plaats die het pad aanwijst, is ingevuld.") Boolean required,
            @Key(value = "minstens", doc = "Minstens zoveel items op elke plaats die het pad aanwijst.") Integer atLeast,
            @Key(value = "bevat", doc = "Deze waarden (sleutels, ids of codes) komen samen voor op de plaatsen die het pad aanwijst.") List<String> contains,
            @Key(value = "patroon", doc = "Elke tekst op het pad past bij deze reguliere expressie.") String pattern,
            @Key(value = "melding", doc = "De melding als de controle faalt; {0} is het pad, {1} wat ontbreekt of niet klopt.") String message,
            @Key(value = "tip", doc = "Hoe de school het oplost.") String tip,
            Source source) {
    }

    /** A different severity for an existing rule. */
    public record Adjustment(
            @Key(value = "id", required = true, doc = "Id van de regel, bv. R13.") String id,
            @Key(value = "ernst", required = true, doc = "fout, waarschuwing, info of uit.") RuleSeverity severity,
            @Key(value = "reden", doc = "Waarom deze regel hier anders weegt.") String reason,
            Source source) {
    }

    /** One finding that is not a problem here, silenced with its reason. */
    public record Exemption(
            @Key(value = "regel", required = true, doc = "Id van de regel, bv. R12.") String rule,
            @Key(value = "tekst", required = true, doc = "De tekst die de melding aanwijst, precies zoals de melding hem toont.") String text,
            @Key(value = "bestand", doc = "Optioneel: alleen in dit bestand, bv. rollen.yaml of praktijkvoorbeelden/gesprek.md.") String file,
            @Key(value = "reden", required = true, doc = "Waarom dit geen probleem is; het rapport toont de reden.") String reason,
            Source source) {
    }
}
