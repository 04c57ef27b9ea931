package be.leerlingenbegeleiding.handbook.comply;

import be.leerlingenbegeleiding.handbook.model.Handbook;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R12: likely personal data in a text the handbook publishes. For pupils it looks for national
 * register numbers (with a valid check number), personal mobile numbers, private e-mail
 * addresses where a function mailbox belongs, and names written right after "leerling"; for
 * staff, {@link StaffPrivacy} adds their development goals, evaluations and private numbers.
 * A school silences a false alarm in {@code naleving.yaml} under {@code uitzonderingen}.
 */
final class Privacy implements CodeCheck {

    /** Eleven digits as YY.MM.DD-XXX.CC, with or without the dots, dash or spaces. */
    private static final Pattern NATIONAL_NUMBER = Pattern.compile(
            "(?<![\\d.])(\\d{2})[. ]?(\\d{2})[. ]?(\\d{2})[-. ]?(\\d{3})[. ]?(\\d{2})(?![\\d])");
    /** Belgian mobile numbers: 04xx, +32 4xx or 0032 4xx, in the usual groupings. */
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![\\d+])(?:\\+32[ ]?(?:\\(0\\))?|0032[ ]?|0)4\\d{2}(?:[ ./-]?\\d{2}){3}(?!\\d)");
    /** Mail providers for private persons: an address there is someone's own, not a function's. */
    private static final Set<String> PRIVATE_MAIL = Set.of("gmail.com", "googlemail.com", "hotmail.com", "hotmail.be",
            "outlook.com", "outlook.be", "live.com", "live.be", "msn.com", "yahoo.com", "yahoo.fr", "icloud.com",
            "me.com", "telenet.be", "skynet.be", "proximus.be", "scarlet.be", "protonmail.com", "proton.me",
            "gmx.com", "gmx.net", "gmx.de", "aol.com", "mail.com");
    /**
     * "leerling Emma", "leerlinge Sara V.": a capitalised name right after the word. Possessive,
     * so a long run of blanks or letters is read once.
     */
    private static final Pattern PUPIL_NAME = Pattern.compile(
            "\\b[Ll]eerlinge?+\\s++(\\p{Lu}\\p{Ll}++(?:\\s++\\p{Lu}(?:\\p{Ll}++|\\.))?+)");
    /** Capitalised words that follow "leerling" in ordinary Dutch without being a name. */
    private static final Set<String> NOT_NAMES = Set.of("De", "Het", "Een", "En", "Of", "In", "Op", "Met", "Die", "Dat",
            "Als", "Zelf", "Centraal", "Ik", "Jij", "Wij");

    @Override
    public String name() {
        return "privacy";
    }

    @Override
    public void check(Handbook h, Findings out) {
        // Only what is published: an internal document may hold a staff member's own data.
        List<Texts.Text> texts = Texts.published(h);
        StaffPrivacy staff = StaffPrivacy.of(h);
        for (Texts.Text t : texts) {
            String s = t.text();
            // The number patterns have a fixed length, so they cost the same at every position;
            // a text without a digit skips them. E-mail addresses are found from their '@'.
            boolean anyDigit = hasDigit(s);
            Matcher m = NATIONAL_NUMBER.matcher(anyDigit ? s : "");
            while (m.find()) {
                String digits = m.group().replaceAll("\\D", "");
                if (validNationalNumber(digits)) {
                    out.add(t.at(m.start()), m.group(), "privacy.nationalNumber", "privacy.nationalNumber.tip", m.group());
                }
            }
            m = MOBILE.matcher(anyDigit ? s : "");
            while (m.find()) {
                String who = whose(staff, t, m.start());
                if (who != null) out.add(t.at(m.start()), m.group(), "privacy.staffMobile", "privacy.staffMobile.tip", m.group(), who);
                else out.add(t.at(m.start()), m.group(), "privacy.mobile", "privacy.mobile.tip", m.group());
            }
            for (Scan.Hit mail : Scan.emails(s)) {
                if (PRIVATE_MAIL.contains(mail.group(s, 1).toLowerCase(Locale.ROOT))) {
                    String address = s.substring(mail.start(), mail.end());
                    String who = whose(staff, t, mail.start());
                    if (who != null) out.add(t.at(mail.start()), address, "privacy.staffEmail", "privacy.staffEmail.tip", address, who);
                    else out.add(t.at(mail.start()), address, "privacy.email", "privacy.email.tip", address);
                }
            }
            m = PUPIL_NAME.matcher(s.contains("eerling") ? s : "");
            while (m.find()) {
                String name = m.group(1);
                if (NOT_NAMES.contains(name.split("\\s+")[0])) continue;
                out.add(t.at(m.start(1)), name, "privacy.pupil", "privacy.pupil.tip", name);
            }
        }
        staff.check(texts, out);
    }

    /** The staff member a number or address belongs to: the contact it is in, or a name in its sentence. */
    private static String whose(StaffPrivacy staff, Texts.Text t, int offset) {
        String who = staff.contactAt(t.start());
        return who != null ? who : staff.namedIn(t.text(), offset);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    /**
     * The check number is 97 minus the first nine digits modulo 97; for people born from 2000
     * on, the nine digits are preceded by a 2.
     */
    static boolean validNationalNumber(String digits) {
        if (digits.length() != 11) return false;
        long base = Long.parseLong(digits.substring(0, 9));
        int check = Integer.parseInt(digits.substring(9));
        return 97 - base % 97 == check || 97 - (2_000_000_000L + base) % 97 == check;
    }
}
