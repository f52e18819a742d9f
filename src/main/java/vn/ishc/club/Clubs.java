package vn.ishc.club;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface Clubs extends ListCrudRepository<Club, Long> {
    Optional<Club> findByNameAndUnitId(String name, Long unitId);
}
