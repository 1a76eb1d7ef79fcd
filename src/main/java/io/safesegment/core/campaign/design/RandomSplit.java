package io.safesegment.core.campaign.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A seeded random split of customers into a control group and equal offer arms. The ids are sorted before the
 * Fisher–Yates shuffle, so the same customers and seed give the same assignment whatever the order of the target
 * file. Sizes: control = round(n × share); the rest is dealt equally, the first arms taking one extra each when it
 * does not divide.
 */
public final class RandomSplit {
    private RandomSplit() {
    }

    /** Customer id → arm name ({@link CampaignDesign#CONTROL} or an offer), in shuffled order. */
    public static Map<String, String> assign(Iterable<String> customers, CampaignDesign design) {
        List<String> ids = new ArrayList<>(new TreeSet<>(toList(customers)));
        SplittableRandom random = new SplittableRandom(design.seed());
        for (int i = ids.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = ids.get(i);
            ids.set(i, ids.get(j));
            ids.set(j, t);
        }
        int n = ids.size();
        int control = (int) Math.round(n * design.controlShare());
        int arms = design.offers().size();
        int base = (n - control) / arms;
        int extra = (n - control) % arms;
        Map<String, String> assignment = new LinkedHashMap<>();
        int k = 0;
        for (int i = 0; i < control; i++) {
            assignment.put(ids.get(k++), CampaignDesign.CONTROL);
        }
        for (int a = 0; a < arms; a++) {
            int size = base + (a < extra ? 1 : 0);
            for (int i = 0; i < size; i++) {
                assignment.put(ids.get(k++), design.offers().get(a));
            }
        }
        return assignment;
    }

    private static List<String> toList(Iterable<String> customers) {
        List<String> list = new ArrayList<>();
        customers.forEach(list::add);
        return list;
    }
}
