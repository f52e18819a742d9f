package vn.ishc.club;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("club")
class Club {
    @Id
    private Long id;

    private String name;
    private Long unitId;
    private LocalDate foundedOn;

    @Version
    private Integer version;

    Club(Long id, String name, Long unitId, LocalDate foundedOn, Integer version) {
        this.id = id;
        this.name = name;
        this.unitId = unitId;
        this.foundedOn = foundedOn;
        this.version = version;
    }

    static Club found(String name, long unitId, LocalDate foundedOn) {
        return new Club(null, name.strip(), unitId, foundedOn, null);
    }

    void rename(String newName) {
        this.name = newName.strip();
    }

    ClubView view() {
        return new ClubView(id, name, unitId, foundedOn, version);
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }
}
