package com.griddesk.supervision;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The supervision dashboard page (督办看板), /supervision: the frame of the page, whose script
 * (static/supervision/dashboard.js) reads /api/supervision/dashboard with the Tasklist session on opening, every
 * griddesk.supervision.refresh-seconds and on 刷新, and draws the figures in place with Apache ECharts. Logged
 * in by the Tasklist session; who may open it is decided in SecurityConfig, as for the API.
 */
@Controller
public class SupervisionPage {

  static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";
  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  private final SupervisionSettings settings;

  SupervisionPage(SupervisionSettings settings) {
    this.settings = settings;
  }

  @GetMapping({"/supervision", "/supervision/"})
  public ResponseEntity<String> show(Authentication user) {
    return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore())
        .body(page(user.getName(), settings.refreshSeconds()));
  }

  static String page(String user, int refreshSeconds) {
    return """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="UTF-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>督办看板 - GridDesk</title>
        <link rel="stylesheet" href="/supervision/dashboard.css">
        <script src="%s"></script>
        <script src="/supervision/dashboard.js" defer></script>
        </head>
        <body data-api="/api/supervision/dashboard" data-refresh-seconds="%d">
        <header class="top">
          <h1>督办看板</h1>
          <span class="who">当前用户：%s</span>
          <span class="updated">最后更新时间：<b id="updated">—</b></span>
          <span class="auto">每 %d 秒自动刷新</span>
          <button type="button" id="refresh">刷新</button>
        </header>
        <div id="failure" class="failure" role="alert" hidden></div>
        <main id="board" class="loading">
          <section class="kpis">
            <div class="kpi"><span>在办工单</span><b id="kpi-open">—</b></div>
            <div class="kpi warn"><span>即将超时</span><b id="kpi-at-risk">—</b></div>
            <div class="kpi bad"><span>已超时（未办结）</span><b id="kpi-breached">—</b></div>
            <div class="kpi"><span>待领取任务</span><b id="kpi-unassigned">—</b></div>
            <div class="kpi"><span id="kpi-arrivals-label">来件</span><b id="kpi-arrivals">—</b></div>
            <div class="kpi good"><span id="kpi-satisfaction-label">回访满意率</span><b id="kpi-satisfaction">—</b></div>
          </section>
          <section class="panel"><h2>在办工单 · 按类型</h2><div class="chart" id="chart-type"></div></section>
          <section class="panel"><h2>在办工单 · 按处理单位</h2><div class="chart" id="chart-unit"></div></section>
          <section class="panel"><h2>在办工单 · 按状态</h2><div class="chart" id="chart-status"></div></section>
          <section class="panel"><h2>时限预警 · 即将超时 / 已超时</h2><div class="chart" id="chart-clocks"></div></section>
          <section class="panel wide"><h2>最紧急的时限</h2><div id="urgent"></div></section>
          <section class="panel wide"><h2>各组任务队列（按最久等待排序）</h2><div id="queues"></div></section>
          <section class="panel"><h2 id="title-hour">来件 · 按小时</h2><div class="chart" id="chart-hour"></div></section>
          <section class="panel"><h2 id="title-weekday">来件 · 按星期</h2><div class="chart" id="chart-weekday"></div></section>
          <section class="panel wide"><h2 id="title-heat">来件热力图 · 星期 × 小时</h2>
            <div class="chart tall" id="chart-heat"></div></section>
          <section class="panel"><h2 id="title-satisfaction">客户满意度</h2>
            <div class="chart" id="chart-satisfaction"></div><p id="satisfaction-detail" class="detail"></p></section>
          <section class="panel"><h2>问卷评分分布</h2><div class="chart" id="chart-scores"></div></section>
        </main>
        </body>
        </html>
        """.formatted(ECHARTS, refreshSeconds, HtmlUtils.htmlEscape(user), refreshSeconds);
  }
}
