package dev.protovet.engine.config;

import java.util.List;

/**
 * One module of a buf.yaml: its root directory (relative to the buf.yaml; for v1, one of its {@code build.roots}),
 * the directories left out of it ({@code excludes}, relative to the buf.yaml as well) and its breaking rules.
 */
public record ModuleConfig(String path, List<String> excludes, BreakingConfig breaking) {

    public ModuleConfig {
        excludes = List.copyOf(excludes);
    }

    public ModuleConfig(String path, BreakingConfig breaking) {
        this(path, List.of(), breaking);
    }
}
