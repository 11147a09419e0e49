package dev.zhibiao.extract.consumer;

/** Test posts: one Jekyll front matter, the body each test needs. */
final class SamplePosts {
    private SamplePosts() {
    }

    /** A post titled 田东县村集体经济稳步增长, dated 2022-06-10, with {@code paragraph} as its only paragraph. */
    static String withParagraph(String paragraph) {
        return """
                ---
                title: "田东县村集体经济稳步增长"
                date: 2022-06-10 07:44:04 +0800
                categories: sample
                tags: 测试
                ---
                <p>%s</p>
                """.formatted(paragraph);
    }
}
