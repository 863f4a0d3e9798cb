package com.griddesk.cases;

/** Where a case came in. GOV_12345 and GOV_12398 are government hotlines that forward cases to the utility. */
public enum Channel {
  HOTLINE, WEB, APP, WECHAT, ALIPAY, EMAIL, SMS, FAX, LETTER, SOCIAL, COUNTER, GOV_12345, GOV_12398
}
