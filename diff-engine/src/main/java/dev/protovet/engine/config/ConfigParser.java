package dev.protovet.engine.config;

import dev.protovet.engine.InputException;
import dev.protovet.engine.rules.ConfigVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads buf.yaml (v1beta1, v1, v2) from a file, or from YAML/JSON text given on a command line. */
public final class ConfigParser {
    private static final Set<String> BREAKING_KEYS = Set.of("use", "except", "ignore", "ignore_only",
            "ignore_unstable_packages", "disable_builtin");

    /** buf's words for a config without a version (an empty file included). */
    static final String VERSION_NOT_SET = "\"version\" is not set. Please add \"version: v2\"";

    private ConfigParser() {
    }

    /**
     * A config given on the command line by {@code flag} ({@code --config}, {@code --against-config}): a path to a
     * file if one exists there, else YAML or JSON text. An argument that can only
     * be meant as a file (a path ending in .yaml, .yml or .json, no spaces, braces or colons) but names none is an
     * error saying so, not text that is "not a mapping".
     */
    public static BufConfig fromArgument(String argument, String flag) {
        try {
            Path path = Path.of(argument);
            if (Files.isRegularFile(path)) {
                return read(path);
            }
            if (looksLikeAFile(argument)) {
                throw new InputException(flag, "could not read file " + argument + ": "
                        + (Files.exists(path) ? "not a regular file" : "no such file or directory"));
            }
        } catch (InvalidPathException e) {
            // not a path: config text
        }
        return parse(argument, flag);
    }

    private static boolean looksLikeAFile(String argument) {
        return argument.matches("[^\\s{}\\[\\]:,]+\\.(yaml|yml|json)") || argument.matches("[^\\s{}\\[\\]:,]*/[^\\s{}\\[\\]:,]*");
    }

    public static BufConfig read(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read config: " + e.getMessage());
        }
    }

    public static BufConfig parse(String text, String origin) {
        Object root = YamlText.load(text, origin); // a key given twice is an error, as in buf
        Map<String, Object> map = root == null ? Map.of() : asMap(root, origin, "the config");
        if (map.get("version") == null) {
            throw new InputException(origin, VERSION_NOT_SET);
        }
        ConfigVersion version;
        try {
            version = ConfigVersion.parse(String.valueOf(map.get("version")));
        } catch (IllegalArgumentException e) {
            throw new InputException(origin, e.getMessage());
        }
        BreakingConfig topLevel = breaking(map.get("breaking"), version, origin, "breaking");
        List<ModuleConfig> modules = new ArrayList<>();
        if (version == ConfigVersion.V2 && map.get("modules") != null) {
            Object list = map.get("modules");
            if (!(list instanceof List<?> entries)) {
                throw new InputException(origin, "\"modules\" must be a list");
            }
            for (int i = 0; i < entries.size(); i++) {
                Map<String, Object> module = asMap(entries.get(i), origin, "modules[" + i + "]");
                Object path = module.get("path");
                if (path == null) {
                    throw new InputException(origin, "modules[" + i + "] has no \"path\"");
                }
                BreakingConfig own = module.containsKey("breaking")
                        ? breaking(module.get("breaking"), version, origin, "modules[" + i + "].breaking")
                        : topLevel;
                modules.add(new ModuleConfig(normalize(String.valueOf(path)),
                        relativePaths(module.get("excludes"), origin, "modules[" + i + "].excludes"), own));
            }
        }
        if (version != ConfigVersion.V2 && map.get("build") != null) {
            Map<String, Object> build = asMap(map.get("build"), origin, "\"build\"");
            List<String> excludes = relativePaths(build.get("excludes"), origin, "build.excludes");
            List<String> roots = relativePaths(build.get("roots"), origin, "build.roots");
            if (version == ConfigVersion.V1 && !roots.isEmpty()) {
                // only v1beta1 had roots; buf refuses them in v1
                throw new InputException(origin, "build.roots cannot be set on version v1: [" + String.join(" ", roots) + "]");
            }
            for (String moduleRoot : roots.isEmpty() ? List.of(".") : roots) {
                modules.add(new ModuleConfig(moduleRoot, excludes, topLevel));
            }
            for (String exclude : excludes) {
                if (roots.stream().noneMatch(r -> exclude.equals(r) || exclude.startsWith(r + "/"))
                        && !roots.isEmpty()) {
                    throw new InputException(origin, "exclude \"" + exclude + "\" is not contained in any root, which is not valid");
                }
            }
        }
        if (modules.isEmpty()) {
            modules.add(new ModuleConfig(".", topLevel));
        }
        return new BufConfig(version, modules);
    }

    /** A list of paths relative to the buf.yaml ({@code build.roots}, {@code excludes}), normalised. */
    private static List<String> relativePaths(Object value, String origin, String what) {
        List<String> paths = new ArrayList<>();
        for (String path : strings(value, origin, what)) {
            if (path.startsWith("/") || path.matches("[A-Za-z]:[\\\\/].*")) {
                throw new InputException(origin, what + ": " + path + " must be relative to the module");
            }
            paths.add(normalize(path));
        }
        return paths;
    }

    private static BreakingConfig breaking(Object value, ConfigVersion version, String origin, String where) {
        if (value == null) {
            return BreakingConfig.defaults(version);
        }
        Map<String, Object> map = asMap(value, origin, "\"" + where + "\"");
        for (String key : map.keySet()) {
            if (!BREAKING_KEYS.contains(key)) {
                throw new InputException(origin, "unknown key \"" + key + "\" in \"" + where + "\"; expected one of "
                        + BREAKING_KEYS.stream().sorted().toList());
            }
        }
        List<String> use = strings(map.get("use"), origin, where + ".use");
        Map<String, List<String>> ignoreOnly = new LinkedHashMap<>();
        if (map.get("ignore_only") != null) {
            asMap(map.get("ignore_only"), origin, where + ".ignore_only").forEach((id, paths) ->
                    ignoreOnly.put(id, strings(paths, origin, where + ".ignore_only." + id).stream()
                            .map(ConfigParser::normalize).toList()));
        }
        BreakingConfig config = new BreakingConfig(version, use.isEmpty() ? List.of("FILE") : use,
                strings(map.get("except"), origin, where + ".except"),
                strings(map.get("ignore"), origin, where + ".ignore").stream().map(ConfigParser::normalize).toList(),
                ignoreOnly, Boolean.TRUE.equals(map.get("ignore_unstable_packages")));
        try {
            // an unknown rule ID is the config's mistake: say so naming the config, before anything is compiled
            RuleSelector.select(config);
        } catch (InputException e) {
            throw new InputException(origin, e.getMessage());
        }
        return config;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String origin, String what) {
        if (!(value instanceof Map<?, ?>)) {
            throw new InputException(origin, what + " must be a mapping");
        }
        return (Map<String, Object>) value;
    }

    private static List<String> strings(Object value, String origin, String what) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new InputException(origin, "\"" + what + "\" must be a list");
        }
        return list.stream().map(String::valueOf).toList();
    }

    static String normalize(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? "." : p;
    }
}
