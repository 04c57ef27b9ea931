package be.leerlingenbegeleiding.handbook.cli;

import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The day the review dates and the compliance report are judged on; shared by check, build and serve. */
final class DateOption {
    @Option(names = "--datum", paramLabel = "JJJJ-MM-DD",
            description = "Werk alsof het deze datum is (herzieningsdata, nalevingsrapport); standaard vandaag.")
    LocalDate date;

    /** The date given, else the one the environment sets, else today. */
    LocalDate date() {
        return date != null ? date : Build.today();
    }
}
