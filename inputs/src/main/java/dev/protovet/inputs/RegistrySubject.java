package dev.protovet.inputs;

import dev.protovet.engine.InputException;
import dev.protovet.engine.load.ScratchDirectories;
import dev.protovet.inputs.registry.RegistryClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code registry:<url>/subjects/<subject>[/versions/<n|latest>]} as an input: the subject's schema and, recursively,
 * every schema it references, written as .proto files under their import names. The subject's own schema is
 * {@code <subject>.proto}, or the path given by {@code #path=} so that it pairs with a local file. Credentials come
 * from the caller, by default from {@code PROTOVET_REGISTRY_AUTH} ({@code user:password} or a bearer token).
 */
final class RegistrySubject {
    private RegistrySubject() {
    }

    /** Fetches the subject's version and its references; {@code auth} is {@code user:password}, a token or null. */
    static ResolvedInput fetch(InputSpec spec, String auth) {
        String text = spec.text();
        String location = spec.location().substring(InputSpec.REGISTRY_PREFIX.length());
        String rootName = spec.option("path");
        int at = location.indexOf("/subjects/");
        if (at < 0) {
            throw new InputException(text, "expected registry:<url>/subjects/<subject>[/versions/<n|latest>]");
        }
        String url = location.substring(0, at);
        try {
            java.net.URI base = new java.net.URI(url);
            if (base.getScheme() == null || !base.getScheme().matches("(?i)https?") || base.getHost() == null) {
                throw new InputException(text, "the registry URL \"" + url + "\" is not an http:// or https:// URL");
            }
        } catch (java.net.URISyntaxException e) {
            throw new InputException(text, "the registry URL \"" + url + "\" is not a URL: " + e.getReason()
                    + " at index " + e.getIndex());
        }
        String rest = location.substring(at + "/subjects/".length());
        String version = "latest";
        int versions = rest.lastIndexOf("/versions/");
        if (versions >= 0) {
            version = rest.substring(versions + "/versions/".length());
            rest = rest.substring(0, versions);
        }
        String subject = java.net.URLDecoder.decode(rest, java.nio.charset.StandardCharsets.UTF_8);
        RegistryClient client = new RegistryClient(url, auth);
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("protovet-registry-");
            Path out = Files.createDirectories(scratch.resolve("tree"));
            RegistryClient.SchemaVersion root = client.version(subject, version);
            write(out, rootName != null ? rootName : subject + ".proto", root.schema());
            Deque<RegistryClient.Reference> pending = new ArrayDeque<>(root.references());
            Set<String> seen = new HashSet<>();
            while (!pending.isEmpty()) {
                RegistryClient.Reference reference = pending.pop();
                if (!seen.add(reference.name()) || reference.name().startsWith("google/protobuf/")) {
                    continue;
                }
                RegistryClient.SchemaVersion referenced = client.version(reference.subject(), Integer.toString(reference.version()));
                write(out, reference.name(), referenced.schema());
                pending.addAll(referenced.references());
            }
            return new ResolvedInput(out, scratch);
        } catch (IOException e) {
            ScratchDirectories.delete(scratch);
            throw new InputException(text, "cannot write the schemas: " + e.getMessage());
        } catch (RuntimeException e) {
            ScratchDirectories.delete(scratch);
            throw e;
        }
    }

    private static void write(Path out, String name, String schema) throws IOException {
        Path file = out.resolve(name).normalize();
        if (!file.startsWith(out)) {
            throw new IOException("schema name \"" + name + "\" points outside the input");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, schema);
    }
}
