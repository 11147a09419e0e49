package dev.zhibiao.query.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A stored indicator fact of one post. */
@Entity
@Table(name = "indicator")
@SqlResultSetMapping(name = Indicator.WITH_TOTAL, entities = @EntityResult(entityClass = Indicator.class),
        columns = @ColumnResult(name = "total", type = Long.class))
public class Indicator extends PanacheEntityBase {
    /** Result of a native query selecting {@code i.*} and, as {@code total}, the number of all matches. */
    public static final String WITH_TOTAL = "IndicatorWithTotal";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "post_id", nullable = false)
    public String postId;
    /** Position among the post's indicators, in text order. */
    @Column(nullable = false)
    public int ordinal;
    @Column(nullable = false)
    public BigDecimal value;
    @Column(name = "max_value")
    public BigDecimal maxValue;
    @Column(nullable = false)
    public String unit;
    @Column(nullable = false)
    public String qualifier;
    @Column(nullable = false)
    public String text;
    @Column(nullable = false)
    public String metric;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "region_name")
    public String regionName;
    @Column(name = "region_level")
    public String regionLevel;
    /** Official names from the province down, joined with " > ". */
    @Column(name = "region_path")
    public String regionPath;
    public String period;
    /** The year of {@link #period}, for filtering. */
    public Integer year;
    @Column(nullable = false)
    public String sentence;
    @Column(name = "start_offset", nullable = false)
    public int startOffset;
    @Column(name = "end_offset", nullable = false)
    public int endOffset;
    public String change;
    public String basis;
    /** The date the fact refers to, for time series; see {@link dev.zhibiao.query.service.FactDate}. */
    @Column(name = "ref_date")
    public LocalDate refDate;
    /** How precise {@link #refDate} is: YEAR, HALF, QUARTER, MONTH or DAY. */
    @Column(name = "ref_precision")
    public String refPrecision;
}
