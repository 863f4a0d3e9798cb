package com.griddesk.cases;

/** Complaint sub-classes (投诉分类) of the 95598 standards. */
public enum ComplaintCategory {
  SERVICE, BUSINESS, OUTAGE, POWER_QUALITY, GRID_CONSTRUCTION
}
