package dev.zhibiao.engine.metric;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A term of office after the clause that fills the office (选举迪亚斯-卡内尔为古巴国家主席，任期5年; 出任公司董事长，任期三年):
 * 任期 alone names no one's term; it is the term of the office named after the verb of choosing or taking office
 * (古巴国家主席任期).
 */
final class OfficeTerms {
    private static final String TERM = "任期";
    /** Verbs of choosing someone for an office or of taking it; the office follows, after a 为 when one comes. */
    private static final Pattern FILLING = Pattern.compile("(?:选举产生|选举|推选|选出|当选|任命|委任|出任|担任|就任|连任|接任|继任)了?");
    private static final String AS = "为";
    /**
     * How the name of an office or of an elected body ends (国家主席, 中央银行行长, 世界卫生组织总干事, 驻华大使, 新一届村委会):
     * words after the verb that end otherwise are no office (连任成功, 选举下月举行, 选举投票, 当选为议员的张三).
     */
    private static final Pattern OFFICE = Pattern.compile(
        "\\p{IsHan}*(?:主席|总统|总理|首相|总督|国王|元首|长|书记|主任|总干事|总裁|总监|经理|大使|领事|专员|委员|议员|法官|"
            + "检察官|代表|理事|董事|监事|会|班子|政府)");
    /** An office is named in a few words; a longer run is a clause of its own. */
    private static final int MAX_OFFICE = 14;
    private static final int MIN_OFFICE = 2;

    private OfficeTerms() {
    }

    /** The term with the office it is of ({@code 古巴国家主席任期}), else {@code label} as it is. */
    static String named(QuantityScope scope, String label) {
        if (!label.equals(TERM)) {
            return label;
        }
        String clause = scope.previousClauseTopic();
        MatchResult filling = Phrases.lastMatch(FILLING, clause);
        if (filling == null) {
            return label;
        }
        String rest = clause.substring(filling.end());
        int as = rest.lastIndexOf(AS);
        String office = Affixes.stripLeading(as < 0 ? rest : rest.substring(as + AS.length()));
        boolean named = office.length() >= MIN_OFFICE && office.length() <= MAX_OFFICE && Phrases.isChinese(office)
            && OFFICE.matcher(office).matches();
        return named ? office + TERM : label;
    }
}
