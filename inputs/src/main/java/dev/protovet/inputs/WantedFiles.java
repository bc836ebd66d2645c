package dev.protovet.inputs;

/** Which files of a git tree or archive an input needs: the .proto sources and the buf config next to them. */
final class WantedFiles {
    private WantedFiles() {
    }

    static boolean wanted(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".proto") || name.equals("buf.yaml") || name.equals("buf.yml") || name.equals("buf.work.yaml");
    }

    /** A compiled descriptor set, as published next to or inside a release. */
    static boolean descriptorSet(String path) {
        return path.endsWith(".binpb") || path.endsWith(".protoset") || path.endsWith(".desc") || path.endsWith(".pb");
    }

    /** Strips {@code components} leading directories, or returns null when the path has no more than that. */
    static String strip(String path, int components) {
        String out = path;
        for (int i = 0; i < components; i++) {
            int slash = out.indexOf('/');
            if (slash < 0) {
                return null;
            }
            out = out.substring(slash + 1);
        }
        return out;
    }
}
