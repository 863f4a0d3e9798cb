/*
 * The supervision dashboard (督办看板): reads /api/supervision/dashboard with the Tasklist session when the page
 * opens, every data-refresh-seconds and on 刷新, and redraws the figures in place with Apache ECharts. When a
 * refresh fails (session expired, no right, server or network down) the page says so in red and greys the old
 * figures out: it never shows them as if they were current. Plain script, no build step; text from the server is
 * put into the page as text (textContent), never as HTML.
 */
(function () {
  'use strict';

  const API = document.body.dataset.api;
  const REFRESH_SECONDS = Number(document.body.dataset.refreshSeconds) || 30;
  const TASKLIST = '/camunda/app/tasklist/default/';
  const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
  const HOURS = Array.from({ length: 24 }, (_, hour) => hour + '时');
  const COLORS = { main: '#0b4f8a', atRisk: '#f29900', breached: '#d93025', good: '#188038' };
  const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

  const board = document.getElementById('board');
  const failure = document.getElementById('failure');
  const header = document.querySelector('.top');
  const refreshButton = document.getElementById('refresh');
  const charts = {};
  let lastGood = null;
  let loading = false;

  /** An answer that means the figures could not be refreshed, with what to tell the reader. */
  class Failure extends Error {
    constructor(message, loginLink) {
      super(message);
      this.loginLink = loginLink;
    }
  }

  function chart(id) {
    if (!charts[id]) {
      charts[id] = echarts.init(document.getElementById(id));
    }
    return charts[id];
  }

  function draw(id, option) {
    chart(id).setOption(Object.assign({ textStyle: { fontFamily: FONT }, animation: false }, option), true);
  }

  async function refresh() {
    if (loading) {
      return;
    }
    loading = true;
    refreshButton.disabled = true;
    try {
      if (typeof echarts === 'undefined') {
        throw new Failure('图表库（ECharts）未能加载，看板无法显示。请刷新本页。');
      }
      let response;
      try {
        response = await fetch(API, {
          credentials: 'same-origin',
          cache: 'no-store',
          headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
        });
      } catch (offline) {
        throw new Failure('无法连接服务器，看板数据未能更新。请检查网络后重试。');
      }
      if (response.status === 401) {
        throw new Failure('登录已过期或尚未登录，看板数据无法更新。请重新登录 Tasklist 后刷新本页。', true);
      }
      if (response.status === 403) {
        throw new Failure('当前账号无权查看督办看板数据（仅限值班主管、审计和管理员）。');
      }
      if (!response.ok) {
        throw new Failure('服务器返回错误（HTTP ' + response.status + '），看板数据未能更新，请稍后重试。');
      }
      if (!(response.headers.get('Content-Type') || '').includes('json')) {
        throw new Failure('服务器的应答不是看板数据，可能登录已过期。请重新登录 Tasklist 后刷新本页。', true);
      }
      const data = await response.json();
      render(data);
      lastGood = data.generatedAt;
      showCurrent(data);
    } catch (error) {
      showFailure(error instanceof Failure ? error
          : new Failure('看板数据未能显示（' + error.message + '）。请刷新本页。'));
    } finally {
      loading = false;
      refreshButton.disabled = false;
    }
  }

  function showCurrent(data) {
    failure.hidden = true;
    failure.textContent = '';
    board.classList.remove('stale', 'loading');
    header.classList.remove('failed');
    document.getElementById('updated').textContent = dateTime(data.generatedAt, data.timeZone);
  }

  function showFailure(error) {
    failure.textContent = error.message + (lastGood
      ? ' 下方为 ' + dateTime(lastGood) + ' 的旧数据，已置灰，仅供参考。'
      : '');
    if (error.loginLink) {
      const link = document.createElement('a');
      link.href = TASKLIST;
      link.textContent = '前往 Tasklist 登录';
      failure.append(' ', link);
    }
    failure.hidden = false;
    board.classList.remove('loading');
    board.classList.add('stale');
    header.classList.add('failed');
  }

  function render(data) {
    renderKpis(data);
    renderOpenCases(data.openCases);
    renderClocks(data.clocks, data.timeZone);
    renderQueues(data.queues, data.timeZone);
    renderArrivals(data.arrivals);
    renderSatisfaction(data.satisfaction);
  }

  function renderKpis(data) {
    text('kpi-open', data.openCases.total);
    text('kpi-at-risk', data.clocks.atRisk);
    text('kpi-breached', data.clocks.breached);
    text('kpi-unassigned', data.queues.reduce((sum, queue) => sum + queue.unassignedTasks, 0));
    text('kpi-arrivals-label', '近 ' + data.arrivals.weeks + ' 周来件');
    text('kpi-arrivals', data.arrivals.total);
    text('kpi-satisfaction-label', '近 ' + data.satisfaction.days + ' 天回访满意率');
    text('kpi-satisfaction', percent(data.satisfaction.satisfactionRate));
  }

  function renderOpenCases(open) {
    draw('chart-type', bars(open.byType.map((row) => row.label), open.byType.map((row) => row.count), COLORS.main));
    const units = open.byUnit.slice().reverse();
    draw('chart-unit', Object.assign(bars(units.map(unitLabel), units.map((row) => row.count), COLORS.main), {
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: units.map(unitLabel) },
      grid: { left: 8, right: 40, top: 10, bottom: 10, containLabel: true },
      series: [barSeries(units.map((row) => row.count), COLORS.main, 'right')],
    }));
    draw('chart-status', bars(open.byStatus.map((row) => row.label), open.byStatus.map((row) => row.count),
        COLORS.main));
  }

  function renderClocks(clocks, zone) {
    const rows = clocks.byClock.slice().reverse();
    const names = rows.map((row) => row.caseTypeLabel + ' · ' + row.clockLabel);
    draw('chart-clocks', {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { data: ['即将超时', '已超时'], top: 0 },
      grid: { left: 8, right: 30, top: 30, bottom: 10, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: names },
      series: [
        Object.assign(barSeries(rows.map((row) => row.atRisk), COLORS.atRisk, 'inside'),
            { name: '即将超时', stack: 'alerts' }),
        Object.assign(barSeries(rows.map((row) => row.breached), COLORS.breached, 'inside'),
            { name: '已超时', stack: 'alerts' }),
      ],
      graphic: rows.length ? [] : [emptyNote('当前没有即将超时或已超时的时限')],
    });

    const table = tableOf(['工单号', '类型', '时限', '状态', '期限', '剩余 / 超时', '处理单位']);
    for (const clock of clocks.mostUrgent) {
      const breached = clock.state === 'BREACHED';
      const row = table.body.insertRow();
      row.className = breached ? 'breached' : 'at-risk';
      const caseCell = row.insertCell();
      const link = document.createElement('a');
      link.href = '/cases/' + encodeURIComponent(clock.caseNo) + '/clocks';
      link.textContent = clock.caseNo;
      caseCell.append(link);
      cell(row, clock.caseTypeLabel);
      cell(row, clock.clockLabel);
      cell(row, breached ? '已超时' : '即将超时', 'state');
      cell(row, dateTime(clock.dueAt, zone));
      cell(row, (clock.secondsToDue < 0 ? '已超 ' : '剩 ') + duration(Math.abs(clock.secondsToDue)),
          breached ? 'late' : '');
      cell(row, unitLabel(clock));
    }
    fill('urgent', table, clocks.mostUrgent.length, '当前没有即将超时或已超时的时限。');
  }

  function renderQueues(queues, zone) {
    const table = tableOf(['处理组', '在办任务', '待领取', '最久任务', '单号', '办理人', '创建时间', '已等待'],
        [1, 2]);
    for (const queue of queues) {
      const oldest = queue.oldestTask || {};
      const row = table.body.insertRow();
      cell(row, queue.groupName ? queue.groupName + '（' + queue.group + '）' : queue.group);
      cell(row, queue.openTasks, 'num');
      cell(row, queue.unassignedTasks, 'num');
      cell(row, oldest.name || '—');
      cell(row, oldest.reference || '—');
      cell(row, oldest.assignee || '未领取');
      cell(row, oldest.createdAt ? dateTime(oldest.createdAt, zone) : '—');
      cell(row, oldest.createdAt ? duration(oldest.waitingSeconds) : '—',
          oldest.waitingSeconds >= 24 * 3600 ? 'late' : '');
    }
    fill('queues', table, queues.length, '当前没有待办任务。');
  }

  function renderArrivals(arrivals) {
    const period = '（近 ' + arrivals.weeks + ' 周，北京时间）';
    text('title-hour', '来件 · 按小时' + period);
    text('title-weekday', '来件 · 按星期' + period);
    text('title-heat', '来件热力图 · 星期 × 小时' + period);
    draw('chart-hour', bars(HOURS, arrivals.byHour, COLORS.main));
    draw('chart-weekday', bars(WEEKDAYS, arrivals.byWeekday, COLORS.main));
    const cells = [];
    let max = 0;
    arrivals.byWeekdayAndHour.forEach((hours, weekday) => hours.forEach((count, hour) => {
      cells.push([hour, weekday, count]);
      max = Math.max(max, count);
    }));
    draw('chart-heat', {
      tooltip: {
        position: 'top',
        formatter: (p) => WEEKDAYS[p.value[1]] + ' ' + p.value[0] + ':00-' + (p.value[0] + 1) + ':00：' + p.value[2] + ' 件',
      },
      grid: { left: 8, right: 20, top: 10, bottom: 60, containLabel: true },
      xAxis: { type: 'category', data: HOURS, splitArea: { show: true } },
      yAxis: { type: 'category', data: WEEKDAYS, inverse: true, splitArea: { show: true } },
      visualMap: {
        min: 0, max: Math.max(max, 1), calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
        inRange: { color: ['#f7fbff', '#6baed6', '#08306b'] },
      },
      series: [{ type: 'heatmap', data: cells, label: { show: true, formatter: (p) => p.value[2] || '' } }],
    });
  }

  function renderSatisfaction(s) {
    text('title-satisfaction', '客户满意度（近 ' + s.days + ' 天）');
    const rate = s.satisfactionRate === null ? null : Math.round(Number(s.satisfactionRate) * 1000) / 10;
    draw('chart-satisfaction', {
      series: [{
        type: 'gauge', min: 0, max: 100, startAngle: 210, endAngle: -30,
        progress: { show: true, width: 18, itemStyle: { color: COLORS.good } },
        axisLine: { lineStyle: { width: 18 } },
        axisTick: { show: false }, splitLine: { show: false }, axisLabel: { show: false }, pointer: { show: false },
        detail: { valueAnimation: false, fontSize: 36, offsetCenter: [0, '-5%'], color: '#1f2933',
          formatter: () => rate === null ? '暂无回访' : rate + '%' },
        title: { offsetCenter: [0, '35%'], fontSize: 14, color: '#52606d' },
        data: [{ value: rate === null ? 0 : rate, name: '回访满意率' }],
      }],
    });
    text('satisfaction-detail',
        '回访 ' + s.callbacks + ' 次：接通 ' + s.reached + '（满意 ' + s.satisfied + '，基本满意 '
        + s.basicallySatisfied + '，不满意 ' + s.dissatisfied + '），未接通 ' + s.unreachable + '。'
        + '满意率 =（满意 + 基本满意）÷ 接通。问卷 ' + s.surveys + ' 份'
        + (s.averageScore === null ? '' : '，平均 ' + s.averageScore + ' 分') + '，低分 ' + s.lowScores + ' 份。');
    const scores = [1, 2, 3, 4, 5];
    draw('chart-scores', Object.assign(bars(scores.map((score) => score + ' 分'),
        scores.map((score) => s.surveyScores[score] || 0), COLORS.good),
        { graphic: s.surveys ? [] : [emptyNote('近 ' + s.days + ' 天没有问卷答复')] }));
  }

  // Building blocks

  function bars(categories, values, color) {
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: categories.length > 8 ? 35 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [barSeries(values, color, 'top')],
    };
  }

  function barSeries(values, color, labelPosition) {
    return {
      type: 'bar', data: values, itemStyle: { color: color }, barMaxWidth: 40,
      label: { show: true, position: labelPosition, formatter: (p) => p.value || '' },
    };
  }

  function emptyNote(message) {
    return { type: 'text', left: 'center', top: 'middle', style: { text: message, fill: '#7b8794', fontSize: 14 } };
  }

  function tableOf(headings, numeric) {
    const table = document.createElement('table');
    const head = table.createTHead().insertRow();
    headings.forEach((heading, index) => {
      const th = document.createElement('th');
      th.textContent = heading;
      if (numeric && numeric.includes(index)) {
        th.className = 'num';
      }
      head.append(th);
    });
    return { table: table, body: table.createTBody() };
  }

  function fill(id, table, rows, emptyMessage) {
    const container = document.getElementById(id);
    if (rows === 0) {
      const note = document.createElement('p');
      note.className = 'empty';
      note.textContent = emptyMessage;
      container.replaceChildren(note);
    } else {
      container.replaceChildren(table.table);
    }
  }

  function cell(row, value, className) {
    const td = row.insertCell();
    td.textContent = value === null || value === undefined ? '' : String(value);
    if (className) {
      td.className = className;
    }
    return td;
  }

  function text(id, value) {
    document.getElementById(id).textContent = String(value);
  }

  function unitLabel(row) {
    if (!row.unit) {
      return '未分派';
    }
    return row.unitName || row.unit;
  }

  function percent(rate) {
    return rate === null || rate === undefined ? '—' : (Math.round(Number(rate) * 1000) / 10) + '%';
  }

  function dateTime(instant, zone) {
    return new Intl.DateTimeFormat('zh-CN', {
      timeZone: zone || 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
    }).format(new Date(instant));
  }

  function duration(seconds) {
    const days = Math.floor(seconds / 86400);
    const hours = Math.floor((seconds % 86400) / 3600);
    const minutes = Math.floor((seconds % 3600) / 60);
    if (days > 0) {
      return days + ' 天 ' + hours + ' 小时';
    }
    if (hours > 0) {
      return hours + ' 小时 ' + minutes + ' 分';
    }
    return minutes + ' 分';
  }

  refreshButton.addEventListener('click', refresh);
  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
  setInterval(refresh, REFRESH_SECONDS * 1000);
  refresh();
}());
