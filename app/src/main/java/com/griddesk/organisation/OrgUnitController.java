package com.griddesk.organisation;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organisation for administrators (access in SecurityConfig). */
@RestController
@RequestMapping("/api/organisation/units")
public class OrgUnitController {

  private final OrgUnitAdministration administration;

  public OrgUnitController(OrgUnitAdministration administration) {
    this.administration = administration;
  }

  @GetMapping
  public List<OrgUnitView> units() {
    return administration.all();
  }

  @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<OrgUnitView> put(@PathVariable String code, @RequestBody OrgUnitRequest request,
      Principal user) {
    OrgUnitAdministration.Saved saved = administration.save(code, request, user.getName());
    return saved.created()
        ? ResponseEntity.created(URI.create("/api/organisation/units/" + code)).body(saved.unit())
        : ResponseEntity.ok(saved.unit());
  }
}
