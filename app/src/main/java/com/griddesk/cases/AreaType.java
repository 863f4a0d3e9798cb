package com.griddesk.cases;

public enum AreaType {
  URBAN, RURAL, REMOTE
}
