package com.griddesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** GridDesk. Scheduling is on for the nightly audit chain check (audit.NightlyChainCheck). */
@SpringBootApplication
@EnableScheduling
public class GridDeskApplication {

  public static void main(String[] args) {
    SpringApplication.run(GridDeskApplication.class, args);
  }
}
