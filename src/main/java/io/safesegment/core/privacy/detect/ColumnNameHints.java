package io.safesegment.core.privacy.detect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the column header: English and Chinese names such as {@code email}, {@code full_name}, 姓名, 手机, 身份证号,
 * 邮箱 or 地址 point at an entity before any value is looked at.
 *
 * <p>Headers are normalised (lower case, separators removed) and matched against keyword lists in order, so more
 * specific keywords ({@code national_id}) win over general ones ({@code id}).
 */
public final class ColumnNameHints {
    private static final Map<EntityType, List<String>> KEYWORDS = new LinkedHashMap<>();

    static {
        KEYWORDS.put(EntityType.EMAIL, List.of("email", "e-mail", "mail", "邮箱", "电子邮件", "邮件"));
        KEYWORDS.put(EntityType.CN_RESIDENT_ID, List.of("身份证", "residentid", "idcard", "sfz"));
        KEYWORDS.put(EntityType.US_SSN, List.of("ssn", "socialsecurity"));
        KEYWORDS.put(EntityType.PASSPORT, List.of("passport", "护照"));
        KEYWORDS.put(EntityType.NATIONAL_ID, List.of("nationalid", "nationalidentity", "taxid", "nino", "证件号"));
        KEYWORDS.put(EntityType.CREDIT_CARD, List.of("creditcard", "cardnumber", "ccnumber", "pan", "信用卡", "银行卡", "卡号"));
        KEYWORDS.put(EntityType.IBAN, List.of("iban", "bankaccount", "accountnumber", "银行账号", "账号"));
        KEYWORDS.put(EntityType.PHONE, List.of("phone", "mobile", "tel", "telephone", "cell", "手机", "电话", "联系方式"));
        KEYWORDS.put(EntityType.IP_ADDRESS, List.of("ipaddress", "ip", "clientip", "ipv4", "ipv6", "ip地址"));
        KEYWORDS.put(EntityType.MAC_ADDRESS, List.of("mac", "macaddress"));
        KEYWORDS.put(EntityType.URL, List.of("url", "website", "homepage", "link", "网址"));
        KEYWORDS.put(EntityType.DATE_OF_BIRTH, List.of("birthdate", "dateofbirth", "dob", "birthday", "born", "出生日期", "出生", "生日"));
        KEYWORDS.put(EntityType.AGE, List.of("age", "年龄"));
        KEYWORDS.put(EntityType.GENDER, List.of("gender", "sex", "性别"));
        KEYWORDS.put(EntityType.POSTCODE, List.of("postcode", "postalcode", "zip", "zipcode", "plz", "邮编", "邮政编码"));
        KEYWORDS.put(EntityType.STREET_ADDRESS, List.of("address", "street", "addr", "地址", "住址", "街道"));
        KEYWORDS.put(EntityType.CITY, List.of("city", "town", "城市", "市"));
        KEYWORDS.put(EntityType.GPS_COORDINATES, List.of("gps", "latlon", "latlng", "coordinates", "location", "latitude",
                "longitude", "经纬度", "坐标"));
        KEYWORDS.put(EntityType.PERSON_NAME, List.of("fullname", "firstname", "lastname", "surname", "givenname",
                "familyname", "customername", "name", "姓名", "名字", "客户名称", "姓"));
        KEYWORDS.put(EntityType.CUSTOMER_ID, List.of("customerid", "clientid", "userid", "memberid", "customerno",
                "客户编号", "会员号", "用户id"));
        KEYWORDS.put(EntityType.INCOME, List.of("income", "salary", "wage", "annualincome", "收入", "工资", "薪资"));
        KEYWORDS.put(EntityType.HEALTH, List.of("health", "diagnosis", "medical", "disease", "健康", "病"));
        KEYWORDS.put(EntityType.RELIGION, List.of("religion", "faith", "宗教", "信仰"));
        KEYWORDS.put(EntityType.ETHNICITY, List.of("ethnicity", "race", "民族", "种族"));
    }

    private ColumnNameHints() {
    }

    /** The entity a column header points at, if any. */
    public static Optional<EntityType> entityFor(String header) {
        String h = normalise(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        // Exact match of a keyword first, then containment, both in declaration order.
        for (var e : KEYWORDS.entrySet()) {
            if (e.getValue().contains(h)) {
                return Optional.of(e.getKey());
            }
        }
        for (var e : KEYWORDS.entrySet()) {
            for (String k : e.getValue()) {
                if (k.length() >= 3 && h.contains(k)) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** Lower case, without spaces, underscores, dashes and dots. */
    static String normalise(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
    }
}
