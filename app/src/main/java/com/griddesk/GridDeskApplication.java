package com.griddesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GridDeskApplication {

  public static void main(String[] args) {
    SpringApplication.run(GridDeskApplication.class, args);
  }
}
