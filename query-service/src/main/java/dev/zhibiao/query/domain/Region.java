package dev.zhibiao.query.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A place of the administrative tree that a stored indicator names, itself or as an ancestor. */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {
    /** Division code (451022), or the ISO code of a foreign country. */
    @Id
    public String code;
    @Column(nullable = false)
    public String name;
    /** COUNTRY, PROVINCE, PREFECTURE, COUNTY, TOWNSHIP or VILLAGE. */
    public String level;
    /** Code of the place above it; null for provinces and countries. */
    @Column(name = "parent_code")
    public String parentCode;
    /** Official names from the province down, joined with " > ". */
    @Column(name = "full_name", nullable = false)
    public String fullName;
}
