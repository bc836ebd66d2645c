package dev.protovet.engine.rules;

/** buf.yaml versions; v1beta1 behaves as v1 for breaking rules. */
public enum ConfigVersion {
    V1BETA1, V1, V2;

    public static ConfigVersion parse(String text) {
        return switch (text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "v1beta1" -> V1BETA1;
            case "v1" -> V1;
            case "v2" -> V2;
            default -> throw new IllegalArgumentException("unknown config version \"" + text + "\": expected v1beta1, v1 or v2");
        };
    }
}
