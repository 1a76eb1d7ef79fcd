package io.safesegment.core.recommend.data;

import java.util.Arrays;

/**
 * Collects (user, item, value, time) events in growable primitive arrays and turns them into an
 * {@link InteractionMatrix}, merging repeated (user, item) pairs.
 *
 * <p>Not thread-safe; one loader fills one builder.
 */
public final class InteractionBuilder {

    /** How repeated (user, item) events combine. */
    public enum Merge {
        /** Add values (implicit feedback: counts, spend). */
        SUM,
        /** Keep the latest event's value (explicit ratings re-rated later). */
        LATEST
    }

    /** Optional per-event re-weighting applied at build time, e.g. a recency decay that needs the latest time. */
    @FunctionalInterface
    public interface EventWeight {
        double weight(float value, long time, long latestTime);
    }

    private final IdIndex users = new IdIndex();
    private final IdIndex items = new IdIndex();
    private int[] u = new int[1024];
    private int[] i = new int[1024];
    private float[] v = new float[1024];
    private long[] t = new long[1024];
    private int size;
    private long latest = Long.MIN_VALUE;

    public IdIndex users() {
        return users;
    }

    public IdIndex items() {
        return items;
    }

    /** Number of events so far. */
    public int size() {
        return size;
    }

    /** Adds one event; {@code time} is epoch seconds or {@code Long.MIN_VALUE} when unknown. */
    public void add(String user, String item, float value, long time) {
        add(users.add(user), items.add(item), value, time);
    }

    /** Adds one event by indices already registered in {@link #users()} and {@link #items()}. */
    public void add(int user, int item, float value, long time) {
        if (size == u.length) {
            int cap = (int) Math.min(Integer.MAX_VALUE - 8, (long) size * 3 / 2 + 16);
            u = Arrays.copyOf(u, cap);
            i = Arrays.copyOf(i, cap);
            v = Arrays.copyOf(v, cap);
            t = Arrays.copyOf(t, cap);
        }
        u[size] = user;
        i[size] = item;
        v[size] = value;
        t[size] = time;
        latest = Math.max(latest, time);
        size++;
    }

    /** Builds the matrix; {@code weight} may be null to keep raw values. */
    public InteractionMatrix build(Merge merge, EventWeight weight, boolean explicit) {
        int nUsers = users.size();
        int[] ptr = new int[nUsers + 1];
        for (int k = 0; k < size; k++) {
            ptr[u[k] + 1]++;
        }
        for (int r = 0; r < nUsers; r++) {
            ptr[r + 1] += ptr[r];
        }
        // Counting sort of event ids by user, then each user's events by (item, time).
        int[] order = new int[size];
        int[] next = Arrays.copyOf(ptr, nUsers);
        for (int k = 0; k < size; k++) {
            order[next[u[k]]++] = k;
        }
        boolean hasTimes = latest != Long.MIN_VALUE;
        int[] cols = new int[size];
        float[] vals = new float[size];
        long[] times = hasTimes ? new long[size] : null;
        int[] outPtr = new int[nUsers + 1];
        int out = 0;
        long[] keys = new long[16];
        for (int r = 0; r < nUsers; r++) {
            int s = ptr[r];
            int e = ptr[r + 1];
            int len = e - s;
            if (keys.length < len) {
                keys = new long[Math.max(len, keys.length * 2)];
            }
            for (int k = 0; k < len; k++) {
                // item in the high bits, position in the low bits: sorting keeps event order within an item
                keys[k] = ((long) i[order[s + k]] << 32) | k;
            }
            Arrays.sort(keys, 0, len);
            int prevItem = -1;
            for (int k = 0; k < len; k++) {
                int ev = order[s + (int) (keys[k] & 0xffffffffL)];
                int item = i[ev];
                double w = weight == null ? v[ev] : weight.weight(v[ev], t[ev], latest);
                if (item != prevItem) {
                    cols[out] = item;
                    vals[out] = (float) w;
                    if (times != null) {
                        times[out] = t[ev];
                    }
                    out++;
                    prevItem = item;
                } else {
                    int last = out - 1;
                    boolean later = times == null || t[ev] >= times[last];
                    if (merge == Merge.SUM) {
                        vals[last] += (float) w;
                    } else if (later) {
                        vals[last] = (float) w;
                    }
                    if (times != null && later) {
                        times[last] = t[ev];
                    }
                }
            }
            outPtr[r + 1] = out;
        }
        return new InteractionMatrix(users, items, outPtr, Arrays.copyOf(cols, out), Arrays.copyOf(vals, out),
                times == null ? null : Arrays.copyOf(times, out), explicit);
    }
}
