package dev.zhibiao.query.rest;

/** Validated page parameters. */
record Paging(int page, int size) {
    static final int MAX_SIZE = 500;

    static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0) {
            throw new BadParameterException("page must be 0 or more, got " + p);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new BadParameterException("size must be between 1 and " + MAX_SIZE + ", got " + s);
        }
        return new Paging(p, s);
    }
}
