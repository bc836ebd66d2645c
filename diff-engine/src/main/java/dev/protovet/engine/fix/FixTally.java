package dev.protovet.engine.fix;

import java.util.ArrayList;
import java.util.List;

/** How many deleted fields and enum values a fix reserves, and how many it restores as deprecated. */
public record FixTally(int reservedFields, int reservedValues, int deprecatedFields, int deprecatedValues) {

    public static final FixTally NONE = new FixTally(0, 0, 0, 0);

    public FixTally plus(FixTally other) {
        return new FixTally(reservedFields + other.reservedFields, reservedValues + other.reservedValues,
                deprecatedFields + other.deprecatedFields, deprecatedValues + other.deprecatedValues);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * What was done, as a clause: {@code restored 2 fields as deprecated, reserved 1 enum value}; in the
     * conditional ({@code would restore ...}) for a dry run.
     */
    String describe(boolean dryRun) {
        List<String> parts = new ArrayList<>();
        if (deprecatedFields + deprecatedValues > 0) {
            parts.add((dryRun ? "would restore " : "restored ") + things(deprecatedFields, deprecatedValues)
                    + " as deprecated");
        }
        if (reservedFields + reservedValues > 0) {
            parts.add((dryRun ? "would reserve " : "reserved ") + things(reservedFields, reservedValues));
        }
        return String.join(", ", parts);
    }

    private static String things(int fields, int values) {
        List<String> parts = new ArrayList<>();
        if (fields > 0) {
            parts.add(count(fields, "field", "fields"));
        }
        if (values > 0) {
            parts.add(count(values, "enum value", "enum values"));
        }
        return String.join(" and ", parts);
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
