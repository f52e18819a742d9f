package vn.ishc.area;

import org.springframework.data.repository.ListCrudRepository;

interface UnitChanges extends ListCrudRepository<UnitChange, Long> {}
