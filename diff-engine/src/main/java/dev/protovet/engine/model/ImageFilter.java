package dev.protovet.engine.model;

import java.util.List;

/** Narrows an image to some paths, as buf's {@code --path} and {@code --exclude-path} do. */
public final class ImageFilter {
    private ImageFilter() {
    }

    /** Keeps files under one of {@code paths} (all when empty) and under none of {@code excludes}. */
    public static Image paths(Image image, List<String> paths, List<String> excludes) {
        if (paths.isEmpty() && excludes.isEmpty()) {
            return image;
        }
        return new Image(image.files().stream()
                .filter(f -> paths.isEmpty() || covers(paths, f.path()))
                .filter(f -> !covers(excludes, f.path()))
                .toList());
    }

    /** Whether {@code path} is one of {@code prefixes} or lies under one ("." covers everything). */
    public static boolean covers(List<String> prefixes, String path) {
        for (String prefix : prefixes) {
            String p = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
            if (p.equals(".") || path.equals(p) || path.startsWith(p + "/")) {
                return true;
            }
        }
        return false;
    }
}
