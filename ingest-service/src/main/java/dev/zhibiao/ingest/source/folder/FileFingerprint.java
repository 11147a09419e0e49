package dev.zhibiao.ingest.source.folder;

/** What a folder source remembers of a file: size and modification time (quick check) and content hash. */
record FileFingerprint(long size, long modifiedMillis, String sha256) {
    /** Null for null or for a value in an older format: the file is then read again. */
    static FileFingerprint parse(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split(":", 3);
        try {
            return parts.length == 3 ? new FileFingerprint(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2])
                    : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return size + ":" + modifiedMillis + ":" + sha256;
    }
}
