package io.safesegment.core.data.samples;

import java.util.List;

/**
 * The word pools fictitious people are drawn from: common given names and surnames (so no combination points at a
 * real person more than any other), and big cities with their real postcode prefixes, telephone area codes and,
 * for China, resident-id region codes, so that quasi-identifiers are internally consistent.
 */
final class PersonPools {
    private PersonPools() {
    }

    /** A given name or surname with the Latin spelling used for e-mail addresses. */
    record Name(String display, String latin) {
    }

    /**
     * A city.
     *
     * @param name           English name, the canonical spelling in {@code customers.csv}
     * @param postcodePrefix leading postcode digits; the rest are random
     * @param postcodeLength 5 (US ZIP) or 6 (PRC)
     * @param areaCode       US telephone area code (unused for China)
     * @param regionCodes    PRC resident-id region codes of districts of the city (empty for the US)
     */
    record City(String name, String postcodePrefix, int postcodeLength, String areaCode, List<String> regionCodes) {
    }

    static final List<String> WESTERN_FEMALE = List.of("Emma", "Olivia", "Ava", "Sophia", "Isabella", "Mia",
            "Charlotte", "Amelia", "Harper", "Evelyn", "Abigail", "Emily", "Elizabeth", "Sofia", "Madison", "Avery",
            "Ella", "Scarlett", "Grace", "Chloe", "Victoria", "Riley", "Aria", "Lily", "Hannah", "Laura", "Sarah",
            "Anna", "Julia", "Claire");
    static final List<String> WESTERN_MALE = List.of("Liam", "Noah", "William", "James", "Oliver", "Benjamin",
            "Elijah", "Lucas", "Mason", "Logan", "Alexander", "Ethan", "Jacob", "Michael", "Daniel", "Henry", "Jackson",
            "Sebastian", "Aiden", "Matthew", "Samuel", "David", "Joseph", "Carter", "Owen", "Wyatt", "John", "Jack",
            "Luke", "Thomas");
    static final List<String> WESTERN_SURNAMES = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia",
            "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
            "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez",
            "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres",
            "Nguyen", "Hill", "Flores");

    static final List<Name> CHINESE_SURNAMES = List.of(new Name("王", "wang"), new Name("李", "li"),
            new Name("张", "zhang"), new Name("刘", "liu"), new Name("陈", "chen"), new Name("杨", "yang"),
            new Name("黄", "huang"), new Name("赵", "zhao"), new Name("吴", "wu"), new Name("周", "zhou"),
            new Name("徐", "xu"), new Name("孙", "sun"), new Name("马", "ma"), new Name("朱", "zhu"),
            new Name("胡", "hu"), new Name("郭", "guo"), new Name("何", "he"), new Name("林", "lin"),
            new Name("高", "gao"), new Name("罗", "luo"));
    static final List<Name> CHINESE_MALE = List.of(new Name("伟", "wei"), new Name("强", "qiang"),
            new Name("磊", "lei"), new Name("军", "jun"), new Name("洋", "yang"), new Name("勇", "yong"),
            new Name("杰", "jie"), new Name("涛", "tao"), new Name("明", "ming"), new Name("超", "chao"),
            new Name("浩然", "haoran"), new Name("子轩", "zixuan"), new Name("宇航", "yuhang"),
            new Name("建华", "jianhua"), new Name("志强", "zhiqiang"));
    static final List<Name> CHINESE_FEMALE = List.of(new Name("芳", "fang"), new Name("娜", "na"),
            new Name("敏", "min"), new Name("静", "jing"), new Name("丽", "li"), new Name("艳", "yan"),
            new Name("婷", "ting"), new Name("雪", "xue"), new Name("慧", "hui"), new Name("欣怡", "xinyi"),
            new Name("梓涵", "zihan"), new Name("思雨", "siyu"), new Name("秀英", "xiuying"),
            new Name("玉兰", "yulan"), new Name("佳怡", "jiayi"));

    static final List<City> US_CITIES = List.of(
            us("New York", "100", "212"), us("Los Angeles", "900", "213"), us("Chicago", "606", "312"),
            us("Houston", "770", "713"), us("Phoenix", "850", "602"), us("Philadelphia", "191", "215"),
            us("San Antonio", "782", "210"), us("San Diego", "921", "619"), us("Dallas", "752", "214"),
            us("Seattle", "981", "206"), us("Boston", "021", "617"), us("Denver", "802", "303"));

    static final List<City> CN_CITIES = List.of(
            cn("Beijing", "100", "110101", "110102", "110105", "110106", "110108"),
            cn("Shanghai", "200", "310101", "310104", "310105", "310106", "310115"),
            cn("Guangzhou", "510", "440103", "440104", "440105", "440106"),
            cn("Shenzhen", "518", "440303", "440304", "440305", "440306"),
            cn("Chengdu", "610", "510104", "510105", "510106", "510107"),
            cn("Hangzhou", "310", "330102", "330105", "330106"),
            cn("Wuhan", "430", "420102", "420103", "420106"),
            cn("Nanjing", "210", "320102", "320104", "320105"),
            cn("Xi'an", "710", "610102", "610103", "610104"),
            cn("Chongqing", "400", "500101", "500103", "500104"));

    /** Mobile prefixes of PRC carriers (first three digits of the 11-digit number). */
    static final List<String> CN_MOBILE_PREFIXES = List.of("130", "131", "132", "133", "135", "136", "137", "138",
            "139", "150", "151", "152", "155", "156", "157", "158", "159", "186", "187", "188", "189");

    /** Domains reserved for documentation by RFC 2606, so no address can reach a real mailbox. */
    static final List<String> EMAIL_DOMAINS = List.of("example.com", "example.org", "example.net");

    private static City us(String name, String zipPrefix, String areaCode) {
        return new City(name, zipPrefix, 5, areaCode, List.of());
    }

    private static City cn(String name, String postcodePrefix, String... regionCodes) {
        return new City(name, postcodePrefix, 6, "", List.of(regionCodes));
    }
}
