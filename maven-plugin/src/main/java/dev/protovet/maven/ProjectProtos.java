package dev.protovet.maven;

import dev.protovet.engine.load.InputLoader;
import dev.protovet.engine.load.ProtocCompiler;
import dev.protovet.engine.load.ScratchDirectories;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * A project's .proto sources as both goals see them: the source roots that exist (relative to the project
 * directory), and how to compile them: protoc from Maven's resolver, the .proto files of dependency jars as imports.
 */
final class ProjectProtos {
    static final List<String> DEFAULT_ROOTS = List.of("src/main/proto", "src/main/protobuf");

    private final Path basedir;
    private final Path workDir;
    private final List<String> roots;

    private ProjectProtos(Path basedir, Path workDir, List<String> roots) {
        this.basedir = basedir;
        this.workDir = workDir;
        this.roots = List.copyOf(roots);
    }

    /** The project's source roots ({@code configuredRoots}, else the defaults), with {@code workDirectory} for scratch. */
    static ProjectProtos of(MavenProject project, File workDirectory, List<File> configuredRoots) {
        return of(project.getBasedir().toPath(), workDirectory.toPath(), configuredRoots);
    }

    /** {@code configuredRoots} null or empty means {@link #DEFAULT_ROOTS}; roots that do not exist are left out. */
    static ProjectProtos of(Path basedir, Path workDir, List<File> configuredRoots) {
        Path base = basedir.toAbsolutePath().normalize();
        List<Path> candidates = configuredRoots == null || configuredRoots.isEmpty()
                ? DEFAULT_ROOTS.stream().map(base::resolve).toList()
                : configuredRoots.stream().map(f -> base.resolve(f.toPath())).toList();
        List<String> roots = new ArrayList<>();
        for (Path root : candidates) {
            if (Files.isDirectory(root)) {
                String relative = base.relativize(root.normalize()).toString().replace('\\', '/');
                roots.add(relative.isEmpty() ? "." : relative);
            }
        }
        return new ProjectProtos(base, workDir, roots);
    }

    Path basedir() {
        return basedir;
    }

    Path workDir() {
        return workDir;
    }

    /** The source roots that exist, relative to the project directory. */
    List<String> roots() {
        return roots;
    }

    /** True when no source root holds a .proto file: there is nothing to compile or check. */
    boolean isEmpty() throws MojoExecutionException {
        try {
            return !hasProtos();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot list the .proto files: " + e.getMessage(), e);
        }
    }

    private boolean hasProtos() throws IOException {
        for (String root : roots) {
            try (Stream<Path> files = Files.walk(basedir.resolve(root))) {
                if (files.anyMatch(p -> p.toString().endsWith(".proto"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every .proto file under the source roots: its import path (relative to its root) to its text, sorted. */
    Map<String, String> sources() throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String root : roots) {
            Path dir = basedir.resolve(root);
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".proto")).sorted().toList()) {
                    out.putIfAbsent(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file));
                }
            }
        }
        return out;
    }

    /**
     * A loader compiling with protoc {@code protocVersion} (null: the default) from the build's repositories, with
     * the .proto files of {@code dependencies}' jars extracted to {@code target/protovet/deps-include} on the import
     * path.
     */
    InputLoader loader(BuildRepositories repositories, String protocVersion, Iterable<Artifact> dependencies)
            throws MojoExecutionException {
        return loader(new ProtocResolver(repositories).resolve(protocVersion, workDir), dependencies);
    }

    private InputLoader loader(Path protoc, Iterable<Artifact> dependencies) throws MojoExecutionException {
        Path include = workDir.resolve("deps-include");
        try {
            ScratchDirectories.delete(include);
            int extracted = 0;
            for (Artifact dependency : dependencies) {
                File file = dependency.getFile();
                if (file != null && file.isFile() && file.getName().endsWith(".jar")) {
                    extracted += ProtoJars.extract(file.toPath(), include);
                }
            }
            List<Path> includes = extracted > 0 ? List.of(include) : List.of();
            return new InputLoader(new ProtocCompiler(protoc), includes);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot extract the .proto files of the dependencies to " + include
                    + ": " + e.getMessage(), e);
        }
    }

    /** A path as the user should read it: relative to the project directory when it is inside it. */
    String shown(String path) {
        if (path == null) {
            return null;
        }
        String prefix = basedir.toString().replace('\\', '/') + "/";
        String normalized = path.replace('\\', '/');
        return normalized.startsWith(prefix) ? normalized.substring(prefix.length()) : path;
    }
}
