package com.griddesk.supervision;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/supervision/dashboard: the figures of the supervision dashboard as JSON. Who may read it is decided in
 * SecurityConfig (the central supervisors, auditors, administrators); the page /supervision reads it every
 * refresh with the reader's Tasklist session.
 */
@RestController
public class SupervisionController {

  private final SupervisionDashboard dashboard;

  public SupervisionController(SupervisionDashboard dashboard) {
    this.dashboard = dashboard;
  }

  @GetMapping(path = "/api/supervision/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Dashboard> dashboard() {
    // Figures of now: no browser or proxy may answer a refresh from its cache.
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(dashboard.now());
  }
}
