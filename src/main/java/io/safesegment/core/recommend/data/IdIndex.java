package io.safesegment.core.recommend.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A two-way map between external string ids and dense indices 0..size-1, in first-seen order. */
public final class IdIndex {
    private final Map<String, Integer> byId = new HashMap<>();
    private final List<String> ids = new ArrayList<>();

    /** Returns the index of {@code id}, adding it when new. */
    public int add(String id) {
        Integer existing = byId.get(id);
        if (existing != null) {
            return existing;
        }
        int index = ids.size();
        byId.put(id, index);
        ids.add(id);
        return index;
    }

    /** The index of {@code id}, or -1 when unknown. */
    public int indexOf(String id) {
        Integer index = byId.get(id);
        return index == null ? -1 : index;
    }

    /** The id at {@code index}. */
    public String id(int index) {
        return ids.get(index);
    }

    public int size() {
        return ids.size();
    }
}
