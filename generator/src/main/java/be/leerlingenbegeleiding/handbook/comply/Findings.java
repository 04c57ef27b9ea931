package be.leerlingenbegeleiding.handbook.comply;

import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Where a {@link CodeCheck} reports what it finds; knows the date the check runs on. */
public final class Findings {

    /**
     * One finding before the rule gives it a severity. {@code subject} is the text the finding
     * is about (a phone number, a path); an exemption names it to silence this occurrence.
     */
    record Raw(Position at, String subject, Msg message, Msg tip) {
    }

    private final LocalDate today;
    final List<Raw> raw = new ArrayList<>();

    Findings(LocalDate today) {
        this.today = today;
    }

    /** The date the handbook is checked on: review dates before it are overdue. */
    public LocalDate today() {
        return today;
    }

    /**
     * Reports one finding. {@code message} and {@code tip} are message-bundle keys; both get
     * {@code args}. The tip may be null.
     */
    public void add(Position at, String subject, String message, String tip, Object... args) {
        raw.add(new Raw(at, subject, Msg.of(message, args), tip == null ? null : Msg.of(tip, args)));
    }

    void add(Raw r) {
        raw.add(r);
    }
}
