package dev.protovet.engine.load;

import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import dev.protovet.engine.CompileException;
import dev.protovet.engine.InputException;
import dev.protovet.engine.config.BufConfig;
import dev.protovet.engine.config.ConfigParser;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.model.ImageBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns an input into an image: a directory of .proto files (compiled by protoc, module roots from its buf.yaml or
 * the given config) or a descriptor-set file (binary or JSON).
 */
public final class InputLoader {
    private final ProtocCompiler compiler;
    private final List<Path> extraIncludes;
    private final ImageCache cache;
    private final LinkOption[] links;

    public InputLoader(ProtocCompiler compiler, List<Path> extraIncludes) {
        this(compiler, extraIncludes, null, new LinkOption[0]);
    }

    private InputLoader(ProtocCompiler compiler, List<Path> extraIncludes, ImageCache cache, LinkOption[] links) {
        this.compiler = compiler;
        this.extraIncludes = List.copyOf(extraIncludes);
        this.cache = cache;
        this.links = links;
    }

    /** The same loader keeping what it compiles in {@code cache}, and compiling only what the cache lacks. */
    public InputLoader cachedIn(ImageCache cache) {
        return new InputLoader(compiler, extraIncludes, cache, links);
    }

    /**
     * The same loader not following symbolic links in a directory input (buf's {@code --disable-symlinks}): a linked
     * directory is not entered, a linked .proto file or buf.yaml is not read. By default links are followed, as in buf.
     */
    public InputLoader withoutSymlinks() {
        return new InputLoader(compiler, extraIncludes, cache, new LinkOption[] {LinkOption.NOFOLLOW_LINKS});
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

    private BufConfig configIn(Path dir) {
        for (String name : List.of("buf.yaml", "buf.yml")) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file, links)) {
                return ConfigParser.read(file);
            }
        }
        return BufConfig.defaults();
    }

    /**
     * The input as a buf-compatible image: a descriptor set with source info, where files that are only imports
     * carry buf's {@code is_import} mark. What {@code protovet build} writes.
     */
    public FileDescriptorSet descriptorSet(Path input, BufConfig config) {
        if (Files.isDirectory(input)) {
            BufConfig effective = config != null ? config : configIn(input);
            Compiled compiled = compileSources(input, effective, new HashMap<>(), new HashMap<>());
            return BufImages.markImports(compiled.set(), p -> !compiled.targets().contains(p));
        }
        if (Files.isRegularFile(input)) {
            return DescriptorSetReader.readSet(input);
        }
        throw new InputException(input.toString(), "no such directory or descriptor-set file");
    }

    private record Compiled(FileDescriptorSet set, Set<String> targets) {
    }

    private Image compileDirectory(Path dir, BufConfig config, Map<String, Path> diskPaths, Map<String, String> modules) {
        Compiled compiled = compileSources(dir, config, diskPaths, modules);
        return ImageBuilder.build(compiled.set().getFileList(), compiled.targets());
    }

    private Compiled compileSources(Path dir, BufConfig config, Map<String, Path> diskPaths, Map<String, String> modules) {
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
        Set<String> targets = new HashSet<>();
        for (int m = 0; m < roots.size(); m++) {
            Path root = roots.get(m);
            List<Path> excluded = config.modules().get(m).excludes().stream().map(e -> dir.resolve(e).normalize()).toList();
            for (Path file : protoFiles(root)) {
                if (excluded.stream().anyMatch(file::startsWith)) {
                    continue;
                }
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
        return new Compiled(compileOrReuse(roots, includes, files, targets, diskPaths), targets);
    }

    /** The compile of {@code files}: from the cache when it holds this exact input, else by protoc (and kept). */
    private FileDescriptorSet compileOrReuse(List<Path> roots, List<Path> includes, List<Path> files,
                                             Set<String> targets, Map<String, Path> diskPaths) {
        ImageCache.Key key = null;
        if (cache != null) {
            try {
                key = ImageCache.Key.of(compiler.executable(), roots, extraIncludes, files);
            } catch (RuntimeException e) {
                // a file that cannot be read now is reported by protoc below
            }
        }
        if (key != null) {
            Optional<FileDescriptorSet> kept = cache.get(key, includes);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        FileDescriptorSet set;
        try {
            set = compiler.compile(includes, files);
        } catch (InputException e) {
            // protoc names files by their path in the module; name them as the user sees them on disk
            List<InputException.Problem> onDisk = e.problems().stream()
                    .map(p -> diskPaths.containsKey(p.file())
                            ? new InputException.Problem(diskPaths.get(p.file()).toString(), p.line(), p.column(), p.message())
                            : p)
                    .toList();
            throw e instanceof CompileException ? new CompileException(onDisk) : new InputException(onDisk);
        }
        if (key != null) {
            cache.put(key, set, targets, includes);
        }
        return set;
    }

    private List<Path> protoFiles(Path root) {
        FileVisitOption[] walking = links.length == 0 ? new FileVisitOption[] {FileVisitOption.FOLLOW_LINKS}
                : new FileVisitOption[0];
        try (Stream<Path> walk = Files.walk(root, walking)) {
            return walk.filter(p -> p.toString().endsWith(".proto") && Files.isRegularFile(p, links))
                    .filter(p -> !hidden(root.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputException(root.toString(), "cannot list .proto files: " + e.getMessage());
        } catch (UncheckedIOException e) {
            // met while walking: an unreadable directory, or a symbolic link that loops back
            IOException cause = e.getCause();
            throw new InputException(root.toString(), "cannot list .proto files: "
                    + (cause instanceof FileSystemLoopException ? "symbolic link loop at " : "") + cause.getMessage());
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
