package dev.protovet.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A duration written as buf (Go) writes them: {@code 30s}, {@code 1m30s}, {@code 500ms}, {@code 1.5h}; {@code 0} alone
 * means none. Units: ns, us (or µs), ms, s, m, h.
 */
final class GoDuration implements ITypeConverter<Duration> {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");
    private static final Map<String, Long> NANOS = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L, "μs", 1_000L,
            "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    @Override
    public Duration convert(String text) {
        return parse(text);
    }

    static Duration parse(String text) {
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        Matcher part = PART.matcher(text);
        BigDecimal nanos = BigDecimal.ZERO;
        int at = 0;
        while (at < text.length() && part.find(at) && part.start() == at) {
            nanos = nanos.add(new BigDecimal(part.group(1)).multiply(BigDecimal.valueOf(NANOS.get(part.group(2)))));
            at = part.end();
        }
        if (at == 0 || at != text.length()) {
            throw new TypeConversionException("invalid duration \"" + text + "\" (write it as 30s, 1m30s, 500ms or 0)");
        }
        return Duration.ofNanos(nanos.longValue());
    }

    /** {@code duration} written back the same way: 1m30s, 500ms, 2h0m0s as Go would. */
    static String format(Duration duration) {
        long nanos = duration.toNanos();
        if (nanos < 1_000_000_000L) {
            return nanos % 1_000_000 == 0 ? nanos / 1_000_000 + "ms" : nanos % 1_000 == 0 ? nanos / 1_000 + "us" : nanos + "ns";
        }
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        String seconds = BigDecimal.valueOf(nanos % 60_000_000_000L, 9).stripTrailingZeros().toPlainString();
        return (hours > 0 ? hours + "h" : "") + (hours > 0 || minutes > 0 ? minutes + "m" : "") + seconds + "s";
    }
}
