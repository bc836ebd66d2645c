package dev.protovet.inputs;

import dev.protovet.engine.InputException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An input as buf writes it: a location, then options after {@code #} ({@code .git#branch=main,subdir=proto},
 * {@code release.jar#subdir=protos}, {@code https://host/repo.git#tag=v1.2.0}, {@code maven:org.acme:api:1.2.0},
 * {@code registry:https://host/subjects/orders-value#path=acme/orders/v1/orders.proto}).
 */
public record InputSpec(String text, String location, Map<String, String> options) {

    /** What kind of input a location is. */
    public enum Kind { LOCAL, GIT, ZIP, TAR, MAVEN, REGISTRY }

    /** Starts a Maven input: {@code maven:group:artifact:version[:classifier][@extension]}. */
    public static final String MAVEN_PREFIX = "maven:";
    /** Starts a registry input: {@code registry:<url>/subjects/<subject>[/versions/<n|latest>]}. */
    public static final String REGISTRY_PREFIX = "registry:";

    private static final Set<String> GIT_OPTIONS = Set.of("branch", "tag", "ref", "commit", "subdir", "depth", "format");
    private static final Set<String> GIT_REFS = Set.of("branch", "tag", "ref", "commit");
    private static final Set<String> ARCHIVE_OPTIONS = Set.of("subdir", "strip_components", "format");
    private static final Set<String> LOCAL_OPTIONS = Set.of("format");
    private static final Set<String> REGISTRY_OPTIONS = Set.of("path");
    private static final Set<String> TAR_EXTENSIONS =
            Set.of(".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz");

    public static InputSpec parse(String text) {
        int hash = text.indexOf('#');
        String location = hash < 0 ? text : text.substring(0, hash);
        Map<String, String> options = new LinkedHashMap<>();
        if (hash >= 0) {
            for (String pair : text.substring(hash + 1).split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new InputException(text, "option \"" + pair + "\" is not key=value");
                }
                options.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        if (location.isEmpty()) {
            throw new InputException(text, "no location before \"#\"");
        }
        InputSpec spec = new InputSpec(text, location, Map.copyOf(options));
        spec.checkOptions();
        return spec;
    }

    public String option(String key) {
        return options.get(key);
    }

    public Kind kind() {
        String format = option("format");
        if (format != null) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "git" -> Kind.GIT;
                case "zip", "jar" -> Kind.ZIP;
                case "tar" -> Kind.TAR;
                case "dir", "binpb", "json", "protoset" -> Kind.LOCAL;
                default -> throw new InputException(text, "unknown format \"" + format
                        + "\"; expected git, zip, jar, tar, dir, binpb or json");
            };
        }
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith(MAVEN_PREFIX)) {
            return Kind.MAVEN;
        }
        if (lower.startsWith(REGISTRY_PREFIX)) {
            return Kind.REGISTRY;
        }
        if (GIT_REFS.stream().anyMatch(options::containsKey)) {
            return Kind.GIT; // a repository path without ".git", named by what to check out
        }
        if (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("ssh://")
                || lower.startsWith("git://") || lower.startsWith("file://") || lower.startsWith("git@")
                || lower.endsWith(".git")) {
            return Kind.GIT;
        }
        if (lower.endsWith(".zip") || lower.endsWith(".jar")) {
            return Kind.ZIP;
        }
        if (TAR_EXTENSIONS.stream().anyMatch(lower::endsWith)) {
            return Kind.TAR;
        }
        return Kind.LOCAL;
    }

    private void checkOptions() {
        Set<String> allowed = switch (kind()) {
            case GIT -> GIT_OPTIONS;
            case ZIP, TAR, MAVEN -> ARCHIVE_OPTIONS;
            case LOCAL -> LOCAL_OPTIONS;
            case REGISTRY -> REGISTRY_OPTIONS;
        };
        for (String key : options.keySet()) {
            if (!allowed.contains(key)) {
                throw new InputException(text, "unknown option \"" + key + "\" for a " + kind().name().toLowerCase(Locale.ROOT)
                        + " input; expected one of " + allowed.stream().sorted().toList());
            }
        }
    }
}
