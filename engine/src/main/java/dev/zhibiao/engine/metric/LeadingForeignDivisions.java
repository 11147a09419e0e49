package dev.zhibiao.engine.metric;

/**
 * A division of a foreign country opening a label (格林达维克镇居民, 熊本县已发生余震): the fact's region, which the place
 * table cannot strip since it holds no foreign divisions.
 */
final class LeadingForeignDivisions {
    /** Kind words ending the name of a division of a foreign country (魁北克省, 熊本县, 罗斯托夫州). */
    private static final String FOREIGN_DIVISION_KINDS = "省州县市镇邦";
    /** After a division's name these make it part of a body's (州立大学, 省属企业, 市辖区). */
    private static final String NAME_RUNS_ON = "立属辖";

    private LeadingForeignDivisions() {
    }

    /**
     * The label without the foreign division it opens with (格林达维克镇居民 → 居民, 熊本县已发生余震 → 发生余震): the
     * fact's region, as a division at home is (青海都兰县的枸杞 → 枸杞), which the place table cannot strip here since it
     * holds no foreign divisions. Only a division by its kind word (省, 州, 县, 市, 镇, 邦), not a country (美国宇航员) nor
     * a named site (奥克兰机场航班, where the site is what is measured); the label as it is when too little is left.
     */
    static String without(String label, String division) {
        if (division.length() < 2 || FOREIGN_DIVISION_KINDS.indexOf(division.charAt(division.length() - 1)) < 0
                || !label.startsWith(division)) {
            return label;
        }
        String rest = StrayMarks.tidy(Affixes.strip(label.substring(division.length())));
        // 俄亥俄州立大学: the division's name runs on into a body's
        return rest.length() >= AttributeOwners.MIN_OWNER_LENGTH && Phrases.isChinese(rest)
            && NAME_RUNS_ON.indexOf(rest.charAt(0)) < 0
            ? rest : label;
    }
}
