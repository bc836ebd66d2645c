package dev.protovet.maven;

import java.util.Locale;

/** The classifier of the protoc executable Maven Central publishes for a platform, as os-maven-plugin names it. */
final class ProtocClassifier {
    private ProtocClassifier() {
    }

    /** The classifier for this JVM's platform. */
    static String current() {
        return detect(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /**
     * {@code linux-x86_64}, {@code linux-aarch_64}, {@code osx-x86_64}, {@code osx-aarch_64} or {@code windows-x86_64}.
     *
     * @throws IllegalArgumentException for a platform protoc is not published for here
     */
    static String detect(String osName, String osArch) {
        String name = osName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String arch = osArch.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "");
        String os;
        if (name.startsWith("linux")) {
            os = "linux";
        } else if (name.startsWith("macosx") || name.startsWith("osx") || name.startsWith("darwin")) {
            os = "osx";
        } else if (name.startsWith("windows")) {
            os = "windows";
        } else {
            throw unsupported(osName, osArch);
        }
        String cpu = switch (arch) {
            case "x86_64", "amd64", "x64", "x8664", "em64t" -> "x86_64";
            case "aarch64", "arm64", "aarch_64" -> "aarch_64";
            default -> throw unsupported(osName, osArch);
        };
        if (os.equals("windows") && cpu.equals("aarch_64")) {
            throw unsupported(osName, osArch);
        }
        return os + "-" + cpu;
    }

    private static IllegalArgumentException unsupported(String osName, String osArch) {
        return new IllegalArgumentException("no protoc is published for " + osName + " on " + osArch
                + "; supported: linux-x86_64, linux-aarch_64, osx-x86_64, osx-aarch_64, windows-x86_64");
    }
}
