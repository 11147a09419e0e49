package dev.zhibiao.query.rest;

/** Validated page parameters. */
record Paging(int page, int size) {
    static final int MAX_SIZE = 500;

    static Paging of(String page, String size) {
        Integer p = Params.integer("page", page);
        Integer s = Params.integer("size", size);
        int pageNumber = p == null ? 0 : p;
        int pageSize = s == null ? 50 : s;
        if (pageNumber < 0) {
            throw new BadParameterException("page must be 0 or more, got " + pageNumber);
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw new BadParameterException("size must be between 1 and " + MAX_SIZE + ", got " + pageSize);
        }
        return new Paging(pageNumber, pageSize);
    }
}
