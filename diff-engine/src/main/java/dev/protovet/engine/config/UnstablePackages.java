package dev.protovet.engine.config;

import java.util.regex.Pattern;

/** buf's notion of an unstable package: one whose last component is an alpha, beta or test version. */
public final class UnstablePackages {
    private static final Pattern UNSTABLE = Pattern.compile("v\\d+(p\\d+)?(alpha|beta)\\d*|v\\d+test.*");

    private UnstablePackages() {
    }

    public static boolean isUnstable(String packageName) {
        if (packageName == null || packageName.isEmpty()) {
            return false;
        }
        String last = packageName.substring(packageName.lastIndexOf('.') + 1);
        return UNSTABLE.matcher(last).matches();
    }
}
