package dev.zhibiao.engine.metric;

import java.util.regex.Pattern;

/**
 * The deed whose beneficiaries a bare 惠及 counts, told in the clause before with no amount of its own (“一老一小”个人所得税
 * 专项附加扣除标准提高，惠及约6700万人; 这条公交线路正式开通，惠及沿线5万居民): that clause names what benefited them. Not a
 * clause reporting who said it (记者从省医保局获悉), nor a frame (今年以来, 在各方共同努力下).
 */
final class BenefitingDeeds {
    static final String BENEFITS = "惠及";
    /** A clause of reporting or speaking names a source, not a deed. */
    private static final Pattern REPORTING = Pattern.compile(
        Reporters.SPEAKING_VERBS + "|获悉|了解到|显示|介绍|分析|报道|宣布|透露|发布会|记者|据");
    /**
     * A frame of time, circumstance or means (在各方共同努力下, 随着项目的推进, 通过实施…工程, 按照新标准, 今年以来, 改革实施后,
     * 总的来看, 值得一提的是) tells when, how or that it matters, not what benefited them.
     */
    private static final Pattern FRAME = Pattern.compile(
        "^(?:在|随着|通过|经过|按照|依照|根据|为了|对于)|(?:来|下|期间|之际|时|后|中|看|的是)$");
    /** Words a deed may be written in besides Chinese characters: the quotation marks of a policy's nickname. */
    private static final Pattern DEED_CHARS = Pattern.compile("[\\p{IsHan}“”《》]+");
    /** A deed is a few words; a longer clause is a sentence of its own, not the benefit's cause. */
    private static final int MIN_DEED = 4;
    private static final int MAX_DEED = 24;

    private BenefitingDeeds() {
    }

    /** The deed before a bare 惠及, or "" when the clause before is none. */
    static String before(QuantityScope scope, String label) {
        if (!BENEFITS.equals(label)) {
            return "";
        }
        String clause = scope.previousClauseTopic();
        if (clause.isEmpty() || REPORTING.matcher(clause).find() || FRAME.matcher(clause).find()) {
            return "";
        }
        String deed = StrayMarks.tidy(Affixes.stripLeading(clause));
        boolean names = deed.length() >= MIN_DEED && deed.length() <= MAX_DEED && DEED_CHARS.matcher(deed).matches()
            && !NamelessWords.nameNothing(deed);
        return names ? deed : "";
    }
}
