package org.dronecoalition.domain.figures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The row that holds the drones' {@link FiguresVersion}; only queries read and move it. */
@Entity
@Table(name = "figures_version")
public class FiguresGeneration {

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "version", nullable = false)
    private long version;

    protected FiguresGeneration() {
    }
}
