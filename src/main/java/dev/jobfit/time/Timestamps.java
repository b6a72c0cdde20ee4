package dev.jobfit.time;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Timestamps for stored rows. */
public final class Timestamps {

    private Timestamps() {
    }

    /** Now in UTC, to the microsecond the databases keep, so an answer equals what is stored. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
