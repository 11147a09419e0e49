package dev.zhibiao.engine.metric;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Doers written before what they did to the thing a label names: an organization (启城水泥制品有限公司投资), the doer of
 * 将 or 把 (美联储将联邦基金利率目标区间上调), the doer 共 separates (该县共选派…). They are context: the label names what
 * was done or moved, keeping only a short firm name.
 */
final class Doers {
    /**
     * 共 before the verb separates the doer from what is counted: 该县共选派…194名 → 选派…; not before the amount's 分 (为,
     * 成): a whole divided into the parts counted (《读本》共分16个专题) owns them, as with 共有.
     */
    private static final Pattern TOTAL_MARKER = Pattern.compile("(?<![中公总一])共(?:有|计)?(?![享青同建产识])(?!分[为成]?$)");
    /** An object moved by 将/把 has a name of two characters or more. */
    private static final int MIN_DISPOSED_OBJECT = 2;
    /** A verb, adverb or modal after 将 makes it "will" (将新增, 将达到, 将继续增长, 将进一步提高, 将力争, 将有望). */
    private static final Pattern NOT_AN_OBJECT_START = Pattern.compile(
        "新增|增|减|降|提|升|下|上|达|实现|超|突破|扩大|缩|继续|进一步|逐步|逐渐|有所|有望|力争|保持|持续|稳步|不断|大幅|明显"
        + "|会|要|可|能|再|也|还|更|在|于|是|为|成为|迎来|完成");
    /**
     * Ends of an organization's name (…有限公司, …专业合作社): what comes after it is what the organization did (…有限公司
     * 投资 → 投资). Only legal forms: 上市公司, 子公司 name classes of companies, which can be what is counted.
     */
    private static final Pattern ORGANIZATION_END = Pattern.compile(
            "(?<=\\p{IsHan}{2})(?:有限公司|有限责任公司|股份公司|集团公司|合作社)(?=\\p{IsHan}{2})");
    /**
     * 实现 between a company as doer and a noun (集团连同其合营公司…实现累计合同销售金额): the noun is what is measured;
     * 实现的 qualifies it.
     */
    private static final List<String> COMPANY_WORDS = List.of("公司", "集团");
    /** A firm's name up to this long goes into the label of what it did; a longer one is a full register name. */
    private static final int MAX_FIRM_NAME = 6;
    private static final Pattern ACHIEVED = Pattern.compile("实现(?!的)(?=\\p{IsHan}{2})");

    private Doers() {
    }

    /**
     * What a change was made to, named after 将 or 把 (美联储将联邦基金利率目标区间上调25个基点 → 联邦基金利率目标区间); the label
     * when 将 means "will" there (排放将降17%, 园区企业将新增13条生产线).
     */
    static String afterDisposal(String label) {
        int at = Math.max(label.lastIndexOf('将'), label.lastIndexOf('把'));
        if (at <= 0 || Phrases.WORDS_WITH_DISPOSAL_MARK.stream().anyMatch(w -> label.startsWith(w, at))) {
            return label;
        }
        String object = label.substring(at + 1);
        return object.length() >= MIN_DISPOSED_OBJECT && !NOT_AN_OBJECT_START.matcher(object).lookingAt() ? object : label;
    }

    /**
     * What an organization named in the label did (启城水泥制品有限公司投资 → 投资) or what a doer achieved (集团连同其合营
     * 公司实现累计合同销售金额 → 累计合同销售金额); the label when it names neither.
     */
    static String afterOrganization(String label) {
        // both patterns need one of these words: most labels hold neither, and a lookbehind tried at every position
        // of every label was a measurable part of the labeler's time
        if (!label.contains("公司") && !label.contains("合作社") && !label.contains("实现")) {
            return label;
        }
        Matcher m = ORGANIZATION_END.matcher(label);
        int cut = 0;
        String name = "";
        while (m.find()) {
            name = label.substring(cut, m.start());
            cut = m.end();
        }
        Matcher achieved = ACHIEVED.matcher(label);
        while (achieved.find(cut)) {
            String doer = label.substring(0, achieved.start());
            if (COMPANY_WORDS.stream().noneMatch(doer::contains)) {
                break;  // 第一产业实现增加值: the sector is part of the thing
            }
            cut = achieved.end();
        }
        if (cut == 0) {
            return label;
        }
        String did = Affixes.strip(label.substring(cut));
        // a short firm name says whose the amount is (七棵树矿业有限公司投资 → 七棵树矿业投资)
        return name.length() <= MAX_FIRM_NAME && Phrases.isChinese(name) && !did.isEmpty() ? name + did : did;
    }

    /** The part after the last 共 marker; a marker right before the amount (电影票房共计15.19亿元) separates nothing. */
    static String afterTotalMarker(String phrase) {
        Matcher m = TOTAL_MARKER.matcher(phrase);
        int cut = 0;
        while (m.find()) {
            cut = m.end();
        }
        return cut == phrase.length() ? phrase : phrase.substring(cut);
    }
}
