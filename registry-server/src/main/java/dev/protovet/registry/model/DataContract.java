package dev.protovet.registry.model;

/**
 * Confluent's data contract of a schema id: its {@code metadata} and {@code ruleSet}, each as canonical JSON (keys
 * sorted, no spaces) or null when absent. The registry stores and returns them; serializers run the rules.
 */
public record DataContract(String metadata, String ruleSet) {
    public static final DataContract NONE = new DataContract(null, null);

    public boolean isEmpty() {
        return metadata == null && ruleSet == null;
    }
}
