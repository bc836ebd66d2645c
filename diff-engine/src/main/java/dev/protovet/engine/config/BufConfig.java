package dev.protovet.engine.config;

import dev.protovet.engine.rules.ConfigVersion;
import java.util.List;

/** A parsed buf.yaml: its version and modules. v1 configs and configs without modules have one module at ".". */
public record BufConfig(ConfigVersion version, List<ModuleConfig> modules) {

    public BufConfig {
        modules = List.copyOf(modules);
    }

    /** No buf.yaml at all: one module at the input's root, default rules. */
    public static BufConfig defaults() {
        return new BufConfig(ConfigVersion.V2, List.of(new ModuleConfig(".", BreakingConfig.defaults(ConfigVersion.V2))));
    }

    public List<String> roots() {
        return modules.stream().map(ModuleConfig::path).toList();
    }
}
