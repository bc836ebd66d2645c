package dev.protovet.maven;

import java.util.Map;
import org.apache.maven.execution.MavenSession;

/**
 * One run of {@code protovet:register} or {@code protovet:compatibility}, as configured: the registry, its
 * credentials ({@code serverId}), the project's .proto files, and the subjects of files not registered under their
 * import path.
 *
 * @param subjects subject to file (a path relative to a source root), or null
 */
record RegistryGoal(boolean skip, String registryUrl, String serverId, Map<String, String> subjects,
                    ProjectProtos protos, MavenSession session) {
}
