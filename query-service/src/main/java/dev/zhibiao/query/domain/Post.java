package dev.zhibiao.query.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;

/** A stored post: metadata, clean text and which extraction produced its indicators. */
@Entity
@Table(name = "post")
public class Post extends PanacheEntityBase {
    @Id
    public String id;
    public String source;
    @Column(nullable = false)
    public String title;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> categories;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags;
    @Column(nullable = false)
    public String text;
    @Column(name = "event_id", nullable = false)
    public String eventId;
    @Column(name = "extractor_version", nullable = false)
    public String extractorVersion;
    @Column(name = "extracted_at", nullable = false)
    public OffsetDateTime extractedAt;
    @Column(name = "stored_at", nullable = false)
    public OffsetDateTime storedAt;
}
