package be.leerlingenbegeleiding.handbook.diag;

import java.util.List;
import java.util.Objects;

/**
 * The user asked for something that cannot be done as asked: a folder that does not exist, an
 * id that is no id, an output folder that would overwrite what is not ours, a setting with a
 * value that means nothing. Not a bug and not an error in the content: the command stops, and
 * what the user sees is the {@link #message()}, any {@link #details()} and a {@link #tip()} on
 * what to do instead. The command line prints it in one place, with exit code 2.
 *
 * <p>It lives in {@code diag} so that every package that can refuse (build, load, the authoring
 * tools, the command line) throws the same type without depending on the command line. It is
 * unchecked because it may come from deep inside the pipeline (the output guard, the date
 * setting), through lambdas and parallel streams.
 */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Msg message;
    private final transient List<Msg> details;
    private final transient Msg tip;

    /** A refusal with a tip; {@code tip} may be null where the message says it all. */
    public UserError(Msg message, Msg tip) {
        this(message.key(), message, List.of(), tip);
    }

    /** A refusal whose message says it all. */
    public UserError(Msg message) {
        this(message, null);
    }

    /**
     * @param technical the exception's own {@link #getMessage()}, for logs and stack traces
     * @param details lines printed between the message and the tip
     */
    protected UserError(String technical, Msg message, List<Msg> details, Msg tip) {
        super(technical);
        // Printed through Messages.get, which looks texts up by key.
        if (message.key() == null || tip != null && tip.key() == null || details.stream().anyMatch(d -> d.key() == null)) {
            throw new IllegalArgumentException("a user error is told in the bundle's words: " + message);
        }
        this.message = Objects.requireNonNull(message);
        this.details = List.copyOf(details);
        this.tip = tip;
    }

    /** The one line that says what was refused. */
    public Msg message() {
        return message;
    }

    /** Further lines, indented under the message: what the refusal is about. */
    public List<Msg> details() {
        return details;
    }

    /** What to do instead, or null. */
    public Msg tip() {
        return tip;
    }
}
