package dev.protovet.inputs;

import java.nio.file.Path;

/**
 * Where {@code maven:} inputs come from: a Maven build's own resolver inside the Maven plugin, else
 * {@link StandaloneMavenResolver} with the user's settings.xml.
 */
@FunctionalInterface
public interface MavenArtifactSource {

    /**
     * The artifact's file in the local repository, downloaded first when it is not there yet.
     *
     * @param input the input as the user wrote it, which errors name
     * @throws dev.protovet.engine.InputException when no repository has it, with one line saying where it looked
     */
    Path fetch(String input, MavenCoordinates coordinates);
}
