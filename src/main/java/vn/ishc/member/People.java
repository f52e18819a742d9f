package vn.ishc.member;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface People extends ListCrudRepository<Person, Long>, PeopleBatch {
    Optional<Person> findByNationalId(String nationalId);

    List<Person> findByNameKeyAndBirthYearAndMergedIntoIdIsNull(String nameKey, int birthYear);

    List<Person> findByMergedIntoId(Long personId);
}
