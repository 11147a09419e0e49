package dev.zhibiao.engine.quantity;

import com.ibm.icu.text.CurrencyMetaInfo;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The currencies in use in a fixed window of years by their Simplified Chinese names, read from ICU's CLDR data —
 * maintained, never typed by hand: the full names (以色列新谢克尔, 哈萨克斯坦坚戈, 沙特里亚尔) and the names the news
 * writes without the country (新谢克尔, 坚戈, 里亚尔), which are what is left of a full name after its country's name
 * or the start of it (沙特 of 沙特阿拉伯).
 */
final class CurrencyNames {
    /** A country's name counts as written before a currency's from this many characters on (沙特 of 沙特阿拉伯). */
    private static final int MIN_COUNTRY_PREFIX = 2;
    /** Shorter remainders are everyday characters (元, 镑, 盾, 诺 of 玻利维亚诺): only the full name is a unit. */
    private static final int MIN_SHORT_NAME = 2;
    /**
     * The years whose legal tender is read: a fixed window, so that the units, and what a post yields, do not change
     * with the day the engine runs; from 2012, the earliest posts', as posts still write the currencies in use when they
     * were written (克罗地亚库纳, 保加利亚列弗), to the first day of 2026.
     */
    private static final long IN_USE_FROM = LocalDate.of(2012, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    private static final long IN_USE_TO = LocalDate.of(2026, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    /** A remainder that still names land (圣赫勒拿群岛磅) is no currency's short name. */
    private static final String LAND = "群岛";

    private CurrencyNames() {
    }

    /**
     * The names, full and short. A short name that begins with a one-character unit of the text (列伊 after 一列 in
     * 一列伊朗客车, 瓦图 after 5瓦) would read such a unit and the word after it as money: only its full name counts.
     */
    static Set<String> inUse(Predicate<Character> isOneCharacterUnit) {
        Set<String> names = new TreeSet<>();
        for (String region : ULocale.getISOCountries()) {
            ULocale place = new ULocale("", region);
            String country = place.getDisplayCountry(ULocale.SIMPLIFIED_CHINESE);
            List<String> codes = CurrencyMetaInfo.getInstance()
                .currencies(CurrencyMetaInfo.CurrencyFilter.onRegion(region).withDateRange(IN_USE_FROM, IN_USE_TO)
                    .withTender());
            for (String code : codes) {
                String name = Currency.getInstance(code).getName(ULocale.SIMPLIFIED_CHINESE, Currency.LONG_NAME, null);
                if (!name.codePoints().allMatch(Character::isIdeographic)) {
                    continue; // codes the locale does not name, and names with Latin words
                }
                names.add(name);
                String shortName = withoutCountry(name, country);
                if (shortName != null && !isOneCharacterUnit.test(shortName.charAt(0))) {
                    names.add(shortName);
                }
            }
        }
        return names;
    }

    /** The name after its country's name or that name's start, or null when the country is not written before it. */
    private static String withoutCountry(String name, String country) {
        int shared = 0;
        while (shared < Math.min(name.length(), country.length()) && name.charAt(shared) == country.charAt(shared)) {
            shared++;
        }
        String rest = name.substring(shared);
        return shared >= MIN_COUNTRY_PREFIX && rest.length() >= MIN_SHORT_NAME && !rest.startsWith(LAND) ? rest : null;
    }
}
