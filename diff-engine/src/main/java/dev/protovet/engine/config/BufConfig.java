package dev.protovet.engine.config;

import dev.protovet.engine.rules.ConfigVersion;
import java.util.List;

/** A parsed buf.yaml: its version and modules. v1 configs and configs without modules have one module at ".". */
public record BufConfig(ConfigVersion version, List<ModuleConfig> modules) {

    public BufConfig {
        modules = List.copyOf(modules);
    }

    /**
     * No buf.yaml at all: one module at the input's root with buf's default rules of a v1 config, which is what buf
     * applies then (its v1 FILE category leaves out rules that v2 added, such as EXTENSION_NO_DELETE).
     */
    public static BufConfig defaults() {
        return new BufConfig(ConfigVersion.V1, List.of(new ModuleConfig(".", BreakingConfig.defaults(ConfigVersion.V1))));
    }

    public List<String> roots() {
        return modules.stream().map(ModuleConfig::path).toList();
    }
}
