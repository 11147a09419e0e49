package dev.zhibiao.engine.metric;

import java.util.regex.Pattern;

/**
 * A change written from one amount to another (合作社由十年前的不足百个发展到目前的1735个, 由62岁逐步提高为64岁): both
 * amounts are the same thing's, so the to-amount takes what the from-amount measures.
 */
final class FromToChanges {
    /** Verbs of changing a figure that 为 completes (调整为, 缩小为); 为 after anything else may say for whom. */
    private static final String CHANGES_TO =
        "(?:调整|调|更改|修改|改|变更|变|增加|增|提高|提升|扩大|延长|上调|下调|缩小|缩短|缩减|压缩|减少|减|降低|降|升)";
    /** How a change is made, between the from-amount and its verb (由62岁逐步提高为64岁). */
    private static final String CHANGE_ADVERBS = "逐步|逐渐|相应|统一|分别|再|已|将";
    /**
     * The words before the from-amount of a change: 由 or 从, the time it was at (由十年前的, 从2014年底的, 从2016年前), and the quote
     * a rule's old figure may be written in (由原先的“18至25周岁”).
     */
    private static final Pattern FROM_POINT = Pattern.compile(
        "[由从](?:[^，,。；;：:由从]{1,8}的|[0-9]{4}年(?:[前底初末])?)?“?$");
    /**
     * The words between a from-amount and the to-amount: a verb with 到 or 至 (缩小到, 发展到), or a verb of change with 为
     * (调整为, 逐步提高为, 压缩为), the time (发展到目前的), and the quotes around the figures (”调整为“). A noun before
     * 为 is the from-amount's own (由原来的8个部门改为3个部门), or 为 says for whom (由5支医疗队为3000多名村民…): no change.
     * A rate's time unit may be said again before the to-amount (单日业务量从2800万件增至每日4000万件).
     */
    private static final Pattern TO_POINT = Pattern.compile("^”?(?:\\p{IsHan}{0,4}?[到至]了?|(?:" + CHANGE_ADVERBS + ")?"
        + CHANGES_TO + "为)(?:[^，,。；;：:]{1,6}的|每[日天周月年]|[日周月年]均)?“?$");

    private FromToChanges() {
    }

    /**
     * Whether the words before an amount open the from-amount of a change (合作社由十年前的不足百个) and those after it
     * lead to the to-amount (发展到目前的1735个): the to-amount is the same thing's.
     */
    static boolean fromTo(String beforeFrom, String beforeTo) {
        return FROM_POINT.matcher(beforeFrom).find() && TO_POINT.matcher(beforeTo.strip()).matches();
    }
}
