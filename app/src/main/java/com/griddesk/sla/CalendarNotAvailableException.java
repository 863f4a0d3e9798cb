package com.griddesk.sla;

/** A deadline would fall in a year whose holiday notice is not loaded; GridDesk refuses to guess. */
public class CalendarNotAvailableException extends RuntimeException {

  private final int year;

  public CalendarNotAvailableException(int year) {
    super("工作日历缺少 " + year + " 年的节假日安排，无法计算时限；请管理员导入该年度国务院节假日通知");
    this.year = year;
  }

  public int year() {
    return year;
  }
}
