package dev.protovet.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Fetches {@code com.google.protobuf:protoc:<version>:exe:<platform>} through the running build's resolver (so
 * mirrors, proxies and offline mode apply) and copies it where it can be made executable.
 */
final class ProtocResolver {
    private final BuildRepositories repositories;

    ProtocResolver(BuildRepositories repositories) {
        this.repositories = repositories;
    }

    /** The protobuf version protovet was built with: the protoc it is tested against. */
    static String defaultVersion() {
        Properties properties = new Properties();
        try (InputStream in = ProtocResolver.class.getResourceAsStream("protovet.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("protovet.properties is missing from the plugin jar", e);
        }
        return properties.getProperty("protobuf.version");
    }

    /** protoc {@code version} (null: {@link #defaultVersion()}) for this platform, executable, in {@code workDir}. */
    Path resolve(String wanted, Path workDir) throws MojoExecutionException {
        String version = wanted == null || wanted.isBlank() ? defaultVersion() : wanted;
        String classifier;
        try {
            classifier = ProtocClassifier.current();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        DefaultArtifact artifact = new DefaultArtifact("com.google.protobuf", "protoc", classifier, "exe", version);
        Path resolved;
        try {
            resolved = repositories.resolve(artifact);
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException("cannot resolve protoc " + artifact + ": " + e.getMessage(), e);
        }
        String name = classifier.startsWith("windows") ? "protoc.exe" : "protoc";
        Path target = workDir.resolve(name);
        try {
            // a protoc already copied may be running in a parallel build: never overwrite an identical one
            if (!Files.isRegularFile(target) || Files.mismatch(target, resolved) != -1) {
                Files.createDirectories(target.getParent());
                Path partial = Files.createTempFile(target.getParent(), name, ".part");
                Files.copy(resolved, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!Files.isExecutable(target) && !target.toFile().setExecutable(true)) {
                throw new MojoExecutionException("cannot make " + target + " executable");
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot copy protoc to " + target + ": " + e.getMessage(), e);
        }
        return target;
    }
}
