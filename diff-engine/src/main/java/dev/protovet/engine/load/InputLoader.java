package dev.protovet.engine.load;

import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import dev.protovet.engine.InputException;
import dev.protovet.engine.config.BufConfig;
import dev.protovet.engine.config.ConfigParser;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.model.ImageBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns an input into an image: a directory of .proto files (compiled by protoc, module roots from its buf.yaml or
 * the given config) or a descriptor-set file (binary or JSON).
 */
public final class InputLoader {
    private final ProtocCompiler compiler;
    private final List<Path> extraIncludes;

    public InputLoader(ProtocCompiler compiler, List<Path> extraIncludes) {
        this.compiler = compiler;
        this.extraIncludes = List.copyOf(extraIncludes);
    }

    /**
     * What an input yields: its image, the config that applies to it, and where each target file is on disk (by its
     * module-relative path), for reporting paths the way buf does. Empty for descriptor sets.
     */
    public record Loaded(Image image, BufConfig config, Map<String, Path> diskPaths, Map<String, String> modules) {

        /** The module (its path in the buf.yaml) that a file of the image belongs to. */
        public String moduleOf(String path) {
            return modules.getOrDefault(path, config.modules().get(0).path());
        }

        /** The path to show for a file: where it is on disk when the input was a directory, else its image path. */
        public String displayPath(String path) {
            Path onDisk = diskPaths.get(path);
            return onDisk == null ? path : onDisk.toString().replace('\\', '/');
        }
    }

    /** Loads {@code input}; {@code config} overrides a buf.yaml found in the input directory (may be null). */
    public Loaded load(Path input, BufConfig config) {
        if (Files.isDirectory(input)) {
            BufConfig effective = config != null ? config : configIn(input);
            Map<String, Path> diskPaths = new HashMap<>();
            Map<String, String> modules = new HashMap<>();
            Image image = compileDirectory(input, effective, diskPaths, modules);
            return new Loaded(image, effective, Map.copyOf(diskPaths), Map.copyOf(modules));
        }
        if (Files.isRegularFile(input)) {
            return new Loaded(DescriptorSetReader.read(input), config != null ? config : BufConfig.defaults(), Map.of(),
                    Map.of());
        }
        throw new InputException(input.toString(), "no such directory or descriptor-set file");
    }

    /**
     * Compiles the .proto files of {@code dir}'s module roots (from {@code config}, else its buf.yaml) into a
     * descriptor set with source info and imports: what a later check can read back as its {@code --against}.
     */
    public FileDescriptorSet descriptorSet(Path dir, BufConfig config) {
        return compile(dir, config != null ? config : configIn(dir), new HashMap<>(), new HashMap<>(), new HashSet<>());
    }

    private static BufConfig configIn(Path dir) {
        for (String name : List.of("buf.yaml", "buf.yml")) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                return ConfigParser.read(file);
            }
        }
        return BufConfig.defaults();
    }

    private Image compileDirectory(Path dir, BufConfig config, Map<String, Path> diskPaths, Map<String, String> modules) {
        Set<String> targets = new HashSet<>();
        FileDescriptorSet set = compile(dir, config, diskPaths, modules, targets);
        return ImageBuilder.build(set.getFileList(), targets);
    }

    private FileDescriptorSet compile(Path dir, BufConfig config, Map<String, Path> diskPaths,
            Map<String, String> modules, Set<String> targets) {
        List<Path> roots = new ArrayList<>();
        List<String> moduleNames = config.roots();
        for (String root : moduleNames) {
            Path resolved = dir.resolve(root).normalize();
            if (!Files.isDirectory(resolved)) {
                throw new InputException(dir.resolve("buf.yaml").toString(), "module path \"" + root
                        + "\" is not a directory under " + dir);
            }
            roots.add(resolved);
        }
        List<Path> files = new ArrayList<>();
        for (int m = 0; m < roots.size(); m++) {
            Path root = roots.get(m);
            for (Path file : protoFiles(root)) {
                files.add(file);
                String path = root.relativize(file).toString().replace('\\', '/');
                targets.add(path);
                diskPaths.put(path, file);
                modules.put(path, moduleNames.get(m));
            }
        }
        if (files.isEmpty()) {
            throw new InputException(dir.toString(), "no .proto files found");
        }
        List<Path> includes = new ArrayList<>(roots);
        includes.addAll(extraIncludes);
        try {
            return compiler.compile(includes, files);
        } catch (InputException e) {
            // protoc names files by their path in the module; name them as the user sees them on disk
            throw new InputException(e.problems().stream()
                    .map(p -> diskPaths.containsKey(p.file())
                            ? new InputException.Problem(diskPaths.get(p.file()).toString(), p.line(), p.column(), p.message())
                            : p)
                    .toList());
        }
    }

    private static List<Path> protoFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".proto") && Files.isRegularFile(p))
                    .filter(p -> !hidden(root.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputException(root.toString(), "cannot list .proto files: " + e.getMessage());
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
