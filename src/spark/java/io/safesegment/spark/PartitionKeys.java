package io.safesegment.spark;

import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.mask.MaskingException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The secret keys a masking policy's keyed rules need, taken out of the vault on the driver and shipped to the
 * executors inside the task closure (record 0037: the trust boundary). Only the named keys travel, never the vault
 * or its password; the object never prints its bytes ({@link #toString()}), is never logged, and Spark sends it only
 * in memory and over its RPC channel (encrypted when {@code spark.network.crypto.enabled}, which the engine requires
 * for a non-local master together with {@code spark.io.encryption.enabled} for anything Spark spills).
 */
final class PartitionKeys implements Serializable {
    private static final long serialVersionUID = 1L;
    private final HashMap<String, byte[]> keys;

    private PartitionKeys(HashMap<String, byte[]> keys) {
        this.keys = keys;
    }

    /** Copies the keys {@code required} names out of {@code source} (the unlocked vault). */
    static PartitionKeys of(Map<String, KeyPurpose> required, KeyMaterial source) {
        HashMap<String, byte[]> copy = new HashMap<>();
        required.forEach((name, purpose) -> copy.put(id(name, purpose), source.secretKey(name, purpose)));
        return new PartitionKeys(copy);
    }

    static PartitionKeys none() {
        return new PartitionKeys(new HashMap<>());
    }

    private static String id(String name, KeyPurpose purpose) {
        return purpose.name() + ":" + name;
    }

    /** The keys as the operators ask for them: a fresh copy per request, as the vault gives them. */
    KeyMaterial material() {
        return (name, purpose) -> {
            byte[] k = keys.get(id(name, purpose));
            if (k == null) {
                throw new MaskingException("Key '" + name + "' was not handed to the Spark executors");
            }
            return k.clone();
        };
    }

    /** Overwrites the driver's copies once the job has run. */
    void wipe() {
        keys.values().forEach(k -> Arrays.fill(k, (byte) 0));
    }

    int size() {
        return keys.size();
    }

    @Override
    public String toString() {
        return "PartitionKeys[" + keys.size() + " keys, not shown]";
    }
}
