package io.safesegment.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The engine's Spark session: the master given, else what spark-submit configured, else {@code local[*]}. */
final class SparkSessions {
    private SparkSessions() {
    }

    static SparkSession get(String master) {
        SparkConf submitted = new SparkConf(); // spark.* system properties, as spark-submit sets them
        SparkSession.Builder b = SparkSession.builder().appName("SafeSegment recipe");
        if (master != null && !master.isBlank()) {
            b.master(master);
        } else if (!submitted.contains("spark.master")) {
            b.master("local[*]");
        }
        // Anything Spark spills or caches on local disk (shuffle files, broadcast blocks) is encrypted with a
        // per-application key: masked or not, customer rows never rest in clear on an executor's disk.
        defaultTo(b, submitted, "spark.io.encryption.enabled", "true");
        defaultTo(b, submitted, "spark.ui.enabled", "false");
        defaultTo(b, submitted, "spark.sql.shuffle.partitions", "8");
        return b.getOrCreate();
    }

    private static void defaultTo(SparkSession.Builder b, SparkConf submitted, String key, String value) {
        if (!submitted.contains(key)) {
            b.config(key, value);
        }
    }

    /** Whether executors of this session run in other JVMs (then keys travel over the network). */
    static boolean isDistributed(SparkSession spark) {
        return !spark.sparkContext().isLocal();
    }
}
