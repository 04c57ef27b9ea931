package be.leerlingenbegeleiding.handbook.model;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.ShortNumberInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Phone numbers as a reader's phone dials them. Authors write numbers the Belgian way, often with
 * hours or a name beside them ("014 55 20 11 (vóór 8.30 uur)"); a link made by keeping the digits
 * would dial the hours too. Numbers are parsed with libphonenumber (region BE), linked as
 * {@code tel:+32…}, and the text around them stays text.
 */
public final class Phone {
    private static final String REGION = "BE";
    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    private static final ShortNumberInfo SHORT = ShortNumberInfo.getInstance();

    /** A piece of a text with numbers: plain text ({@code href} null) or one number and its link. */
    public record Part(String text, String href) {
    }

    private Phone() {
    }

    /**
     * The {@code tel:} link of a value that is one number: a Belgian or international number, or a
     * Belgian short number (112, 1813); empty when the value is not one valid number.
     */
    public static Optional<String> href(String value) {
        String text = value.strip();
        try {
            PhoneNumber n = NUMBERS.parse(text, REGION);
            if (NUMBERS.isValidNumber(n)) return Optional.of("tel:" + NUMBERS.format(n, PhoneNumberUtil.PhoneNumberFormat.E164));
            if (text.chars().allMatch(Character::isDigit) && SHORT.isValidShortNumberForRegion(n, REGION)) return Optional.of("tel:" + text);
        } catch (NumberParseException e) {
            // Not a number at all: the caller reports it.
        }
        return Optional.empty();
    }

    /** A text cut into plain text and the valid numbers in it, each with its own link. */
    public static List<Part> parts(String text) {
        List<Part> out = new ArrayList<>();
        int at = 0;
        for (PhoneNumberMatch m : NUMBERS.findNumbers(text, REGION, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            if (m.start() > at) out.add(new Part(text.substring(at, m.start()), null));
            out.add(new Part(m.rawString(), "tel:" + NUMBERS.format(m.number(), PhoneNumberUtil.PhoneNumberFormat.E164)));
            at = m.end();
        }
        if (at < text.length()) out.add(new Part(text.substring(at), null));
        return out;
    }

    /**
     * The first thing in a text that is written like a phone number but is not one a phone can
     * dial (a digit too few, a wrong area code), or null. Hours such as "8.30" are not taken for
     * numbers; a typo in one of several numbers is found, not silently left without a link.
     */
    public static String firstInvalid(String text) {
        for (PhoneNumberMatch m : NUMBERS.findNumbers(text, REGION, PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
            if (!NUMBERS.isValidNumber(m.number()) && href(m.rawString()).isEmpty()) return m.rawString();
        }
        return null;
    }

    /** Whether a text holds at least one number a phone can dial, or is one short number. */
    public static boolean hasNumber(String text) {
        return href(text).isPresent() || parts(text).stream().anyMatch(p -> p.href() != null);
    }
}
