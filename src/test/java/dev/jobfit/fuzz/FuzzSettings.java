package dev.jobfit.fuzz;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the fuzz tests share. The bounds here apply to a fuzz test started from an IDE with
 * {@code JAZZER_FUZZ=1}; the build passes its own ({@code jazzer.max_duration}, {@code jazzer.max_executions};
 * see pom.xml and the README's "Fuzzing" section).
 */
public final class FuzzSettings {

    public static final String MAX_DURATION = "30s";
    public static final long MAX_EXECUTIONS = 5000;

    /**
     * One input may take this long (seconds) before it counts as a hang. The document readers give up after
     * 10 s; the rest is room for a loaded machine and for classes instrumented on first use.
     */
    public static final long INPUT_TIMEOUT_SECONDS = 60;

    /** Kept so that the levels set on them stay (java.util.logging holds loggers weakly). */
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"), Logger.getLogger("org.apache.poi"));

    private FuzzSettings() {
    }

    /**
     * Silences the document libraries, which log a warning for nearly every damaged input: thousands of
     * lines a second while fuzzing.
     */
    public static void quietLibraries() {
        QUIETED.forEach(logger -> logger.setLevel(Level.OFF));
    }
}
