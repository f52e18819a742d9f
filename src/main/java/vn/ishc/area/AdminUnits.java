package vn.ishc.area;

import org.springframework.data.repository.ListCrudRepository;

interface AdminUnits extends ListCrudRepository<AdminUnit, Long> {}
